-- 003 §20.3–20.5: an open police-contact deadline escalates to whom the colleague must inform (their
-- principal; a principal's regional education director; central staff's chief operating officer), not to
-- their line manager. Deadlines keep their schedule, so the open ones are brought in line.
UPDATE "deadlines" SET "schedule" = jsonb_set("schedule", '{escalateTo}', '"police_contact"')
WHERE "kind" = 'police-contact-report' AND "met_at" IS NULL AND "waived_at" IS NULL;
