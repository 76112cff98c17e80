CREATE TABLE "conduct_log_trust_months" (
	"organisation_id" uuid NOT NULL,
	"month" date NOT NULL,
	"kind" text NOT NULL,
	"value" text NOT NULL,
	"entries" integer NOT NULL,
	"people" bit varying NOT NULL,
	CONSTRAINT "conduct_log_trust_months_pkey" PRIMARY KEY("organisation_id","kind","month","value")
);
--> statement-breakpoint
DROP INDEX "conduct_log_entries_staff";--> statement-breakpoint
ALTER TABLE "conduct_log_trust_months" ADD CONSTRAINT "conduct_log_trust_months_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "conduct_log_months_month" ON "conduct_log_months" USING btree ("organisation_id","month","academy_id");--> statement-breakpoint
CREATE INDEX "conduct_log_months_entries" ON "conduct_log_months" USING btree ("organisation_id","kind","month","academy_id","value","entries");--> statement-breakpoint
CREATE INDEX "conduct_log_entries_staff" ON "conduct_log_entries" USING btree ("staff_id","occurred_on","organisation_id","academy_id","shared_at","id","categories");--> statement-breakpoint
-- As in 0037, and after each academy month is counted again, its organisation's month across academies is
-- made again from that month's academy rows: by one writer at a time, after the academy months, in order.
CREATE OR REPLACE FUNCTION conduct_log_keep_months() RETURNS trigger LANGUAGE plpgsql AS $$
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
      -- Every set of each organisation, of academies and across them, grows to the width its staff now need.
      FOR cell IN SELECT s.organisation_id, (max(s.bit) / 1024 + 1) * 1024 AS width FROM conduct_log_staff s WHERE s.organisation_id IN (SELECT organisation_id FROM new_entries) GROUP BY s.organisation_id LOOP
        UPDATE conduct_log_months m SET people = m.people || repeat('0', cell.width - length(m.people))::bit varying WHERE m.organisation_id = cell.organisation_id AND length(m.people) < cell.width;
        UPDATE conduct_log_trust_months m SET people = m.people || repeat('0', cell.width - length(m.people))::bit varying WHERE m.organisation_id = cell.organisation_id AND length(m.people) < cell.width;
      END LOOP;
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
  -- Then each organisation month across its academies, likewise one writer at a time and in one order, taken
  -- only after every academy month, so that no writer waits for an academy month while holding one of these.
  FOR cell IN SELECT DISTINCT c.organisation_id, c.month FROM unnest(organisation_ids, months) AS c(organisation_id, month) ORDER BY 1, 2 LOOP
    PERFORM pg_advisory_xact_lock(hashtextextended(cell.organisation_id::text || 'across' || cell.month::text, 0));
    DELETE FROM conduct_log_trust_months m WHERE m.organisation_id = cell.organisation_id AND m.month = cell.month;
    INSERT INTO conduct_log_trust_months (organisation_id, month, kind, value, entries, people)
      SELECT cell.organisation_id, cell.month, m.kind, m.value, sum(m.entries)::int, bit_or(m.people)
      FROM conduct_log_months m WHERE m.organisation_id = cell.organisation_id AND m.month = cell.month GROUP BY m.kind, m.value;
  END LOOP;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
-- The months already counted, made once.
INSERT INTO conduct_log_trust_months (organisation_id, month, kind, value, entries, people)
  SELECT organisation_id, month, kind, value, sum(entries)::int, bit_or(people) FROM conduct_log_months GROUP BY organisation_id, month, kind, value;
--> statement-breakpoint
-- The second wall (0011): seen and written by probity_app only within the organisation set for its transaction.
ALTER TABLE "conduct_log_trust_months" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY organisation_wall ON "conduct_log_trust_months" TO probity_app
  USING (organisation_id = nullif(current_setting('app.organisation_id', true), '')::uuid)
  WITH CHECK (organisation_id = nullif(current_setting('app.organisation_id', true), '')::uuid);
