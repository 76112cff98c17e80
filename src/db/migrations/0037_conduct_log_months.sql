CREATE TABLE "conduct_log_months" (
	"organisation_id" uuid NOT NULL,
	"academy_id" uuid NOT NULL,
	"month" date NOT NULL,
	"kind" text NOT NULL,
	"value" text NOT NULL,
	"entries" integer NOT NULL,
	"people" bit varying NOT NULL,
	CONSTRAINT "conduct_log_months_pkey" PRIMARY KEY("organisation_id","kind","month","academy_id","value")
);
--> statement-breakpoint
CREATE TABLE "conduct_log_staff" (
	"organisation_id" uuid NOT NULL,
	"staff_id" uuid NOT NULL,
	"bit" integer NOT NULL,
	CONSTRAINT "conduct_log_staff_pkey" PRIMARY KEY("organisation_id","staff_id"),
	CONSTRAINT "conduct_log_staff_bit" UNIQUE("organisation_id","bit")
);
--> statement-breakpoint
ALTER TABLE "conduct_log_months" ADD CONSTRAINT "conduct_log_months_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conduct_log_months" ADD CONSTRAINT "conduct_log_months_academy_id_fk" FOREIGN KEY ("organisation_id","academy_id") REFERENCES "public"."academies"("organisation_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conduct_log_staff" ADD CONSTRAINT "conduct_log_staff_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conduct_log_staff" ADD CONSTRAINT "conduct_log_staff_staff_id_people_id_fk" FOREIGN KEY ("staff_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
-- The entries of one organisation (of one academy, where given) from `from_day` to `to_day`, counted as
-- conduct_log_months keeps them: by academy and month, all of them, by category and by provision, each count
-- with the set of people behind it as bits (conduct_log_staff). Every set of one organisation is as long as
-- its numbered staff need, in steps of 1,024, so that sets of any of its months can be joined.
CREATE FUNCTION conduct_log_tally(organisation uuid, academy uuid, from_day date, to_day date)
RETURNS TABLE (academy_id uuid, month date, kind text, value text, entries integer, people bit varying)
LANGUAGE sql STABLE AS $$
  WITH width AS (
    SELECT repeat('0', (coalesce(max(s.bit), 0) / 1024 + 1) * 1024)::bit varying AS nobody FROM conduct_log_staff s WHERE s.organisation_id = organisation
  ),
  counted AS MATERIALIZED (
    SELECT e.academy_id, date_trunc('month', e.occurred_on)::date AS month, e.categories, e.provisions, set_bit(width.nobody, s.bit, 1) AS person
    FROM conduct_log_entries e
    JOIN conduct_log_staff s ON s.organisation_id = e.organisation_id AND s.staff_id = e.staff_id
    CROSS JOIN width
    WHERE e.organisation_id = organisation AND (academy IS NULL OR e.academy_id = academy) AND e.occurred_on BETWEEN from_day AND to_day
  )
  SELECT academy_id, month, 'entries', '', count(*)::int, bit_or(person) FROM counted GROUP BY academy_id, month
  UNION ALL
  SELECT academy_id, month, 'category', c, count(*)::int, bit_or(person) FROM counted CROSS JOIN unnest(categories) AS c GROUP BY academy_id, month, c
  UNION ALL
  SELECT academy_id, month, 'provision', p, count(*)::int, bit_or(person) FROM counted CROSS JOIN unnest(provisions) AS p GROUP BY academy_id, month, p
$$;
--> statement-breakpoint
-- Kept by the database after every statement that writes entries, so that no path that writes them (the
-- log's pages, retention, erasure, bulk loading) can leave the tallies behind: the people of new entries get
-- their bits (one writer at a time, so that no bit is given twice), each organisation's sets grow when its
-- staff outgrow them, and every academy month an entry left or joined, or changed within, is counted again
-- from its entries.
CREATE FUNCTION conduct_log_keep_months() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  organisation_ids uuid[];
  academy_ids uuid[];
  months date[];
  cell record;
BEGIN
  IF TG_OP = 'DELETE' THEN
    SELECT array_agg(o.organisation_id), array_agg(o.academy_id), array_agg(o.month) INTO organisation_ids, academy_ids, months
      FROM (SELECT DISTINCT organisation_id, academy_id, date_trunc('month', occurred_on)::date AS month FROM old_entries) o;
  ELSE
    IF TG_OP = 'INSERT' THEN
      SELECT array_agg(n.organisation_id), array_agg(n.academy_id), array_agg(n.month) INTO organisation_ids, academy_ids, months
        FROM (SELECT DISTINCT organisation_id, academy_id, date_trunc('month', occurred_on)::date AS month FROM new_entries) n;
    ELSE
      SELECT array_agg(c.organisation_id), array_agg(c.academy_id), array_agg(c.month) INTO organisation_ids, academy_ids, months
        FROM (
          SELECT DISTINCT v.organisation_id, v.academy_id, date_trunc('month', v.occurred_on)::date AS month
          FROM old_entries o JOIN new_entries n ON n.organisation_id = o.organisation_id AND n.id = o.id
          CROSS JOIN LATERAL (VALUES (o.organisation_id, o.academy_id, o.occurred_on), (n.organisation_id, n.academy_id, n.occurred_on)) AS v(organisation_id, academy_id, occurred_on)
          WHERE (o.academy_id, o.staff_id, o.occurred_on, o.categories, o.provisions) IS DISTINCT FROM (n.academy_id, n.staff_id, n.occurred_on, n.categories, n.provisions)
        ) c;
    END IF;
    IF EXISTS (SELECT 1 FROM new_entries n WHERE NOT EXISTS (SELECT 1 FROM conduct_log_staff s WHERE s.organisation_id = n.organisation_id AND s.staff_id = n.staff_id)) THEN
      PERFORM pg_advisory_xact_lock(hashtext('conduct_log_staff'));
      INSERT INTO conduct_log_staff (organisation_id, staff_id, bit)
        SELECT n.organisation_id, n.staff_id,
               coalesce((SELECT max(s.bit) + 1 FROM conduct_log_staff s WHERE s.organisation_id = n.organisation_id), 0) + row_number() OVER (PARTITION BY n.organisation_id ORDER BY n.staff_id) - 1
        FROM (SELECT DISTINCT organisation_id, staff_id FROM new_entries) n
        WHERE NOT EXISTS (SELECT 1 FROM conduct_log_staff s WHERE s.organisation_id = n.organisation_id AND s.staff_id = n.staff_id);
      UPDATE conduct_log_months m SET people = m.people || repeat('0', w.width - length(m.people))::bit varying
        FROM (SELECT s.organisation_id, (max(s.bit) / 1024 + 1) * 1024 AS width FROM conduct_log_staff s WHERE s.organisation_id IN (SELECT organisation_id FROM new_entries) GROUP BY s.organisation_id) w
        WHERE m.organisation_id = w.organisation_id AND length(m.people) < w.width;
    END IF;
  END IF;
  -- One writer at a time recounts an academy month, so that each counts what the one before it committed;
  -- the months in one order, so that two writers of the same months wait in turn rather than for each other.
  FOR cell IN SELECT * FROM unnest(organisation_ids, academy_ids, months) AS c(organisation_id, academy_id, month) ORDER BY 1, 2, 3 LOOP
    PERFORM pg_advisory_xact_lock(hashtextextended(cell.organisation_id::text || cell.academy_id::text || cell.month::text, 0));
    DELETE FROM conduct_log_months m WHERE m.organisation_id = cell.organisation_id AND m.academy_id = cell.academy_id AND m.month = cell.month;
    INSERT INTO conduct_log_months (organisation_id, academy_id, month, kind, value, entries, people)
      SELECT cell.organisation_id, t.academy_id, t.month, t.kind, t.value, t.entries, t.people
      FROM conduct_log_tally(cell.organisation_id, cell.academy_id, cell.month, (cell.month + interval '1 month' - interval '1 day')::date) t;
  END LOOP;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER conduct_log_entries_inserted AFTER INSERT ON conduct_log_entries REFERENCING NEW TABLE AS new_entries
  FOR EACH STATEMENT EXECUTE FUNCTION conduct_log_keep_months();
--> statement-breakpoint
CREATE TRIGGER conduct_log_entries_updated AFTER UPDATE ON conduct_log_entries REFERENCING OLD TABLE AS old_entries NEW TABLE AS new_entries
  FOR EACH STATEMENT EXECUTE FUNCTION conduct_log_keep_months();
--> statement-breakpoint
CREATE TRIGGER conduct_log_entries_deleted AFTER DELETE ON conduct_log_entries REFERENCING OLD TABLE AS old_entries
  FOR EACH STATEMENT EXECUTE FUNCTION conduct_log_keep_months();
--> statement-breakpoint
-- The entries already kept, counted once.
INSERT INTO conduct_log_staff (organisation_id, staff_id, bit)
  SELECT organisation_id, staff_id, row_number() OVER (PARTITION BY organisation_id ORDER BY staff_id) - 1 FROM (SELECT DISTINCT organisation_id, staff_id FROM conduct_log_entries) e;
--> statement-breakpoint
INSERT INTO conduct_log_months (organisation_id, academy_id, month, kind, value, entries, people)
  SELECT o.id, t.academy_id, t.month, t.kind, t.value, t.entries, t.people FROM organisations o CROSS JOIN LATERAL conduct_log_tally(o.id, NULL, '-infinity', 'infinity') t;
--> statement-breakpoint
-- The second wall (0011): seen and written by probity_app only within the organisation set for its transaction.
ALTER TABLE "conduct_log_months" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY organisation_wall ON "conduct_log_months" TO probity_app
  USING (organisation_id = nullif(current_setting('app.organisation_id', true), '')::uuid)
  WITH CHECK (organisation_id = nullif(current_setting('app.organisation_id', true), '')::uuid);--> statement-breakpoint
ALTER TABLE "conduct_log_staff" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY organisation_wall ON "conduct_log_staff" TO probity_app
  USING (organisation_id = nullif(current_setting('app.organisation_id', true), '')::uuid)
  WITH CHECK (organisation_id = nullif(current_setting('app.organisation_id', true), '')::uuid);
