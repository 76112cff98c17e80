CREATE TABLE "programme_communications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"cohort_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"default_key" text,
	"title" text NOT NULL,
	"body" text NOT NULL,
	"stage" text NOT NULL,
	"offset_days" integer NOT NULL,
	"time" text NOT NULL,
	"audience" text NOT NULL,
	"join_url" text,
	"at" timestamp with time zone NOT NULL,
	"send_at" timestamp with time zone NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"cancelled_at" timestamp with time zone,
	"cancelled_by" uuid,
	"sent_at" timestamp with time zone,
	"sent_count" integer
);
--> statement-breakpoint
ALTER TABLE "programme_communications" ADD CONSTRAINT "programme_communications_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_communications" ADD CONSTRAINT "programme_communications_cohort_id_programme_cohorts_id_fk" FOREIGN KEY ("cohort_id") REFERENCES "public"."programme_cohorts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_communications" ADD CONSTRAINT "programme_communications_created_by_people_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_communications" ADD CONSTRAINT "programme_communications_cancelled_by_people_id_fk" FOREIGN KEY ("cancelled_by") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "programme_communications_cohort" ON "programme_communications" USING btree ("organisation_id","cohort_id","at");--> statement-breakpoint
CREATE INDEX "programme_communications_due" ON "programme_communications" USING btree ("send_at") WHERE "programme_communications"."sent_at" IS NULL AND "programme_communications"."cancelled_at" IS NULL;--> statement-breakpoint
-- The second wall (0011): seen and written by probity_app only within the organisation set for its transaction.
ALTER TABLE "programme_communications" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY organisation_wall ON "programme_communications" TO probity_app
  USING (organisation_id = nullif(current_setting('app.organisation_id', true), '')::uuid)
  WITH CHECK (organisation_id = nullif(current_setting('app.organisation_id', true), '')::uuid);
