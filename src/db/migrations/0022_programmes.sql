CREATE TYPE "public"."programme_marking_stage" AS ENUM('not_started', 'in_review', 'review_done', 'in_moderation', 'ready_for_release', 'released');--> statement-breakpoint
CREATE TYPE "public"."programme_participant_state" AS ENUM('registered', 'awaiting_mentor', 'support_arranged', 'in_progress', 'submitted', 'in_review', 'moderated', 'not_met', 'resubmitted', 'restart_required', 'awarded', 'restarted', 'withdrawn');--> statement-breakpoint
CREATE TYPE "public"."programme_id" AS ENUM('qtls', 'ats');--> statement-breakpoint
CREATE TABLE "portfolio_sections" (
	"participant_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"section" text NOT NULL,
	"text" text NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "portfolio_sections_participant_id_section_pk" PRIMARY KEY("participant_id","section")
);
--> statement-breakpoint
CREATE TABLE "portfolio_submissions" (
	"participant_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"attempt" integer NOT NULL,
	"content" jsonb NOT NULL,
	"content_hash" text NOT NULL,
	"locked_at" timestamp with time zone NOT NULL,
	CONSTRAINT "portfolio_submissions_participant_id_attempt_pk" PRIMARY KEY("participant_id","attempt")
);
--> statement-breakpoint
CREATE TABLE "programme_cohorts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"programme" "programme_id" NOT NULL,
	"starts_on" date NOT NULL,
	"blind_secret" text NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "programme_participants" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"cohort_id" uuid NOT NULL,
	"programme" "programme_id" NOT NULL,
	"person_id" uuid NOT NULL,
	"state" "programme_participant_state" NOT NULL,
	"support_person_id" uuid,
	"reviewer_id" uuid,
	"marking_stage" "programme_marking_stage",
	"answers" jsonb NOT NULL,
	"record" jsonb NOT NULL,
	"restarted_from" uuid,
	"registered_at" timestamp with time zone NOT NULL,
	"closed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "programme_settings" (
	"organisation_id" uuid NOT NULL,
	"programme" "programme_id" NOT NULL,
	"settings" jsonb NOT NULL,
	"updated_by" uuid NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "programme_settings_organisation_id_programme_pk" PRIMARY KEY("organisation_id","programme")
);--> statement-breakpoint
ALTER TABLE "portfolio_sections" ADD CONSTRAINT "portfolio_sections_participant_id_programme_participants_id_fk" FOREIGN KEY ("participant_id") REFERENCES "public"."programme_participants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "portfolio_sections" ADD CONSTRAINT "portfolio_sections_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "portfolio_submissions" ADD CONSTRAINT "portfolio_submissions_participant_id_programme_participants_id_fk" FOREIGN KEY ("participant_id") REFERENCES "public"."programme_participants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "portfolio_submissions" ADD CONSTRAINT "portfolio_submissions_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_cohorts" ADD CONSTRAINT "programme_cohorts_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_cohorts" ADD CONSTRAINT "programme_cohorts_created_by_people_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_participants" ADD CONSTRAINT "programme_participants_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_participants" ADD CONSTRAINT "programme_participants_cohort_id_programme_cohorts_id_fk" FOREIGN KEY ("cohort_id") REFERENCES "public"."programme_cohorts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_participants" ADD CONSTRAINT "programme_participants_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_participants" ADD CONSTRAINT "programme_participants_support_person_id_people_id_fk" FOREIGN KEY ("support_person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_participants" ADD CONSTRAINT "programme_participants_reviewer_id_people_id_fk" FOREIGN KEY ("reviewer_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_settings" ADD CONSTRAINT "programme_settings_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_settings" ADD CONSTRAINT "programme_settings_updated_by_people_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "programme_cohorts_start" ON "programme_cohorts" USING btree ("organisation_id","programme","starts_on");--> statement-breakpoint
CREATE INDEX "programme_participants_cohort" ON "programme_participants" USING btree ("organisation_id","cohort_id","state");--> statement-breakpoint
CREATE INDEX "programme_participants_person" ON "programme_participants" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "programme_participants_support" ON "programme_participants" USING btree ("support_person_id");--> statement-breakpoint
CREATE INDEX "programme_participants_reviewer" ON "programme_participants" USING btree ("reviewer_id");--> statement-breakpoint
-- The second wall (0011): seen and written by probity_app only within the organisation set for its transaction.
ALTER TABLE "programme_settings" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY organisation_wall ON "programme_settings" TO probity_app
  USING (organisation_id = nullif(current_setting('app.organisation_id', true), '')::uuid)
  WITH CHECK (organisation_id = nullif(current_setting('app.organisation_id', true), '')::uuid);--> statement-breakpoint
ALTER TABLE "programme_cohorts" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY organisation_wall ON "programme_cohorts" TO probity_app
  USING (organisation_id = nullif(current_setting('app.organisation_id', true), '')::uuid)
  WITH CHECK (organisation_id = nullif(current_setting('app.organisation_id', true), '')::uuid);--> statement-breakpoint
ALTER TABLE "programme_participants" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY organisation_wall ON "programme_participants" TO probity_app
  USING (organisation_id = nullif(current_setting('app.organisation_id', true), '')::uuid)
  WITH CHECK (organisation_id = nullif(current_setting('app.organisation_id', true), '')::uuid);--> statement-breakpoint
ALTER TABLE "portfolio_sections" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY organisation_wall ON "portfolio_sections" TO probity_app
  USING (organisation_id = nullif(current_setting('app.organisation_id', true), '')::uuid)
  WITH CHECK (organisation_id = nullif(current_setting('app.organisation_id', true), '')::uuid);--> statement-breakpoint
ALTER TABLE "portfolio_submissions" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY organisation_wall ON "portfolio_submissions" TO probity_app
  USING (organisation_id = nullif(current_setting('app.organisation_id', true), '')::uuid)
  WITH CHECK (organisation_id = nullif(current_setting('app.organisation_id', true), '')::uuid);
