ALTER TABLE "deadlines" ADD COLUMN "due_soon_at" timestamp with time zone;--> statement-breakpoint
-- Existing deadlines: due soon from their earliest reminder, or a day before without one (rules: dueSoonFrom).
UPDATE "deadlines" SET "due_soon_at" = "due_at" - GREATEST(interval '1 day', COALESCE((SELECT max("before"::interval) FROM jsonb_array_elements_text("schedule"->'remindBefore') AS "before"), interval '0'));--> statement-breakpoint
ALTER TABLE "deadlines" ALTER COLUMN "due_soon_at" SET NOT NULL;--> statement-breakpoint
CREATE INDEX "deadlines_organisation_open" ON "deadlines" USING btree ("organisation_id","due_at") WHERE "deadlines"."met_at" IS NULL AND "deadlines"."waived_at" IS NULL;
