CREATE TYPE "public"."body_map_view" AS ENUM('front', 'back');--> statement-breakpoint
CREATE TYPE "public"."safeguarding_agency" AS ENUM('childrens_social_care', 'police', 'early_help');--> statement-breakpoint
CREATE TYPE "public"."safeguarding_alert_place" AS ENUM('designated_safeguarding_lead', 'deputy_designated_safeguarding_lead', 'principal', 'regional_education_director');--> statement-breakpoint
CREATE TYPE "public"."safeguarding_category" AS ENUM('physical_abuse', 'emotional_abuse', 'sexual_abuse', 'neglect', 'radicalisation', 'other');--> statement-breakpoint
CREATE TYPE "public"."safeguarding_outcome" AS ENUM('no_further_action', 'monitoring', 'pastoral_support', 'early_help', 'child_in_need', 'child_protection', 'police_action');--> statement-breakpoint
CREATE TYPE "public"."safeguarding_state" AS ENUM('recorded', 'triaged', 'acting', 'outcome_recorded', 'closed', 'allegation');--> statement-breakpoint
CREATE TYPE "public"."safeguarding_triage_level" AS ENUM('record_only', 'pastoral_support', 'early_help', 'statutory_referral');--> statement-breakpoint
CREATE TYPE "public"."conduct_outcome" AS ENUM('no_further_action', 'advice_given', 'training_arranged', 'support_plan', 'formal_process');--> statement-breakpoint
CREATE TABLE "body_map_marks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"concern_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"view" "body_map_view" NOT NULL,
	"x" double precision NOT NULL,
	"y" double precision NOT NULL,
	"region" text NOT NULL,
	"description" text
);
--> statement-breakpoint
CREATE TABLE "safeguarding_access_grants" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"concern_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"granted_by" uuid NOT NULL,
	"reason" text NOT NULL,
	"granted_at" timestamp with time zone NOT NULL,
	"revoked_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "safeguarding_actions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"concern_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"description" text NOT NULL,
	"assignee_id" uuid NOT NULL,
	"due_on" date,
	"done_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "safeguarding_alerts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"concern_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"place" "safeguarding_alert_place" NOT NULL,
	"person_id" uuid NOT NULL,
	"due_at" timestamp with time zone NOT NULL,
	"sent_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "safeguarding_concerns" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"academy_id" uuid NOT NULL,
	"learner_ref" text NOT NULL,
	"category" "safeguarding_category" NOT NULL,
	"seen_at" timestamp with time zone NOT NULL,
	"recorded_at" timestamp with time zone NOT NULL,
	"recorded_by" uuid NOT NULL,
	"account" text NOT NULL,
	"immediate_action" text,
	"allegation_staff_id" uuid,
	"state" "safeguarding_state" DEFAULT 'recorded' NOT NULL,
	"act_by" timestamp with time zone NOT NULL,
	"triage_level" "safeguarding_triage_level",
	"triaged_at" timestamp with time zone,
	"outcome" "safeguarding_outcome",
	"outcome_at" timestamp with time zone,
	"closed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "safeguarding_deputies" (
	"organisation_id" uuid NOT NULL,
	"academy_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"appointed_by" uuid NOT NULL,
	"appointed_at" timestamp with time zone NOT NULL,
	CONSTRAINT "safeguarding_deputies_academy_id_person_id_pk" PRIMARY KEY("academy_id","person_id")
);
--> statement-breakpoint
CREATE TABLE "safeguarding_referrals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"concern_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"agency" "safeguarding_agency" NOT NULL,
	"made_at" timestamp with time zone NOT NULL,
	"made_by" uuid NOT NULL,
	"reference" text,
	"responded_at" timestamp with time zone,
	"accepted" boolean,
	"concluded_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "safeguarding_steps" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"concern_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"event" text NOT NULL,
	"from_state" "safeguarding_state" NOT NULL,
	"to_state" "safeguarding_state" NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"actor_id" uuid NOT NULL,
	"note" text
);
--> statement-breakpoint
CREATE TABLE "conduct_log_access_grants" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"academy_id" uuid NOT NULL,
	"entry_id" uuid,
	"person_id" uuid NOT NULL,
	"granted_by" uuid NOT NULL,
	"reason" text NOT NULL,
	"granted_at" timestamp with time zone NOT NULL,
	"expires_on" date,
	"revoked_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "conduct_log_entries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"academy_id" uuid NOT NULL,
	"staff_id" uuid NOT NULL,
	"recorded_by" uuid NOT NULL,
	"occurred_on" date NOT NULL,
	"categories" text[] NOT NULL,
	"provisions" text[] NOT NULL,
	"description" text NOT NULL,
	"action_taken" text NOT NULL,
	"outcome" "conduct_outcome",
	"shared_at" timestamp with time zone,
	"shared_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "conduct_log_settings" (
	"organisation_id" uuid PRIMARY KEY NOT NULL,
	"repeat_window_days" integer NOT NULL,
	"repeat_threshold" integer NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "body_map_marks" ADD CONSTRAINT "body_map_marks_concern_id_safeguarding_concerns_id_fk" FOREIGN KEY ("concern_id") REFERENCES "public"."safeguarding_concerns"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "body_map_marks" ADD CONSTRAINT "body_map_marks_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "safeguarding_access_grants" ADD CONSTRAINT "safeguarding_access_grants_concern_id_safeguarding_concerns_id_fk" FOREIGN KEY ("concern_id") REFERENCES "public"."safeguarding_concerns"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "safeguarding_access_grants" ADD CONSTRAINT "safeguarding_access_grants_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "safeguarding_access_grants" ADD CONSTRAINT "safeguarding_access_grants_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "safeguarding_access_grants" ADD CONSTRAINT "safeguarding_access_grants_granted_by_people_id_fk" FOREIGN KEY ("granted_by") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "safeguarding_actions" ADD CONSTRAINT "safeguarding_actions_concern_id_safeguarding_concerns_id_fk" FOREIGN KEY ("concern_id") REFERENCES "public"."safeguarding_concerns"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "safeguarding_actions" ADD CONSTRAINT "safeguarding_actions_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "safeguarding_actions" ADD CONSTRAINT "safeguarding_actions_assignee_id_people_id_fk" FOREIGN KEY ("assignee_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "safeguarding_alerts" ADD CONSTRAINT "safeguarding_alerts_concern_id_safeguarding_concerns_id_fk" FOREIGN KEY ("concern_id") REFERENCES "public"."safeguarding_concerns"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "safeguarding_alerts" ADD CONSTRAINT "safeguarding_alerts_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "safeguarding_alerts" ADD CONSTRAINT "safeguarding_alerts_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "safeguarding_concerns" ADD CONSTRAINT "safeguarding_concerns_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "safeguarding_concerns" ADD CONSTRAINT "safeguarding_concerns_academy_id_academies_id_fk" FOREIGN KEY ("academy_id") REFERENCES "public"."academies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "safeguarding_concerns" ADD CONSTRAINT "safeguarding_concerns_recorded_by_people_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "safeguarding_concerns" ADD CONSTRAINT "safeguarding_concerns_allegation_staff_id_people_id_fk" FOREIGN KEY ("allegation_staff_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "safeguarding_deputies" ADD CONSTRAINT "safeguarding_deputies_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "safeguarding_deputies" ADD CONSTRAINT "safeguarding_deputies_academy_id_academies_id_fk" FOREIGN KEY ("academy_id") REFERENCES "public"."academies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "safeguarding_deputies" ADD CONSTRAINT "safeguarding_deputies_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "safeguarding_deputies" ADD CONSTRAINT "safeguarding_deputies_appointed_by_people_id_fk" FOREIGN KEY ("appointed_by") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "safeguarding_referrals" ADD CONSTRAINT "safeguarding_referrals_concern_id_safeguarding_concerns_id_fk" FOREIGN KEY ("concern_id") REFERENCES "public"."safeguarding_concerns"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "safeguarding_referrals" ADD CONSTRAINT "safeguarding_referrals_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "safeguarding_referrals" ADD CONSTRAINT "safeguarding_referrals_made_by_people_id_fk" FOREIGN KEY ("made_by") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "safeguarding_steps" ADD CONSTRAINT "safeguarding_steps_concern_id_safeguarding_concerns_id_fk" FOREIGN KEY ("concern_id") REFERENCES "public"."safeguarding_concerns"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "safeguarding_steps" ADD CONSTRAINT "safeguarding_steps_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "safeguarding_steps" ADD CONSTRAINT "safeguarding_steps_actor_id_people_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conduct_log_access_grants" ADD CONSTRAINT "conduct_log_access_grants_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conduct_log_access_grants" ADD CONSTRAINT "conduct_log_access_grants_academy_id_academies_id_fk" FOREIGN KEY ("academy_id") REFERENCES "public"."academies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conduct_log_access_grants" ADD CONSTRAINT "conduct_log_access_grants_entry_id_conduct_log_entries_id_fk" FOREIGN KEY ("entry_id") REFERENCES "public"."conduct_log_entries"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conduct_log_access_grants" ADD CONSTRAINT "conduct_log_access_grants_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conduct_log_access_grants" ADD CONSTRAINT "conduct_log_access_grants_granted_by_people_id_fk" FOREIGN KEY ("granted_by") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conduct_log_entries" ADD CONSTRAINT "conduct_log_entries_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conduct_log_entries" ADD CONSTRAINT "conduct_log_entries_academy_id_academies_id_fk" FOREIGN KEY ("academy_id") REFERENCES "public"."academies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conduct_log_entries" ADD CONSTRAINT "conduct_log_entries_staff_id_people_id_fk" FOREIGN KEY ("staff_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conduct_log_entries" ADD CONSTRAINT "conduct_log_entries_recorded_by_people_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conduct_log_entries" ADD CONSTRAINT "conduct_log_entries_shared_by_people_id_fk" FOREIGN KEY ("shared_by") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conduct_log_settings" ADD CONSTRAINT "conduct_log_settings_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "body_map_marks_concern" ON "body_map_marks" USING btree ("concern_id");--> statement-breakpoint
CREATE UNIQUE INDEX "safeguarding_access_grants_current" ON "safeguarding_access_grants" USING btree ("concern_id","person_id") WHERE revoked_at is null;--> statement-breakpoint
CREATE INDEX "safeguarding_access_grants_person" ON "safeguarding_access_grants" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "safeguarding_actions_concern" ON "safeguarding_actions" USING btree ("concern_id");--> statement-breakpoint
CREATE UNIQUE INDEX "safeguarding_alerts_once" ON "safeguarding_alerts" USING btree ("concern_id","place","person_id");--> statement-breakpoint
CREATE INDEX "safeguarding_concerns_academy_state" ON "safeguarding_concerns" USING btree ("organisation_id","academy_id","state");--> statement-breakpoint
CREATE INDEX "safeguarding_concerns_learner" ON "safeguarding_concerns" USING btree ("organisation_id","learner_ref","seen_at");--> statement-breakpoint
CREATE INDEX "safeguarding_referrals_concern" ON "safeguarding_referrals" USING btree ("concern_id");--> statement-breakpoint
CREATE INDEX "safeguarding_steps_concern" ON "safeguarding_steps" USING btree ("concern_id","at");--> statement-breakpoint
CREATE INDEX "conduct_log_access_grants_person" ON "conduct_log_access_grants" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "conduct_log_entries_academy" ON "conduct_log_entries" USING btree ("organisation_id","academy_id","occurred_on");--> statement-breakpoint
CREATE INDEX "conduct_log_entries_staff" ON "conduct_log_entries" USING btree ("staff_id","occurred_on");--> statement-breakpoint
-- The second wall (0011): each safeguarding and conduct-log table is seen and written by probity_app only
-- within the organisation set for its transaction.
DO $$
DECLARE
  tenant text;
BEGIN
  FOREACH tenant IN ARRAY ARRAY['safeguarding_concerns', 'safeguarding_steps', 'safeguarding_actions', 'safeguarding_referrals', 'safeguarding_alerts', 'body_map_marks', 'safeguarding_deputies', 'safeguarding_access_grants', 'conduct_log_entries', 'conduct_log_access_grants', 'conduct_log_settings'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', tenant);
    EXECUTE format(
      $policy$CREATE POLICY organisation_wall ON %I TO probity_app
        USING (organisation_id = nullif(current_setting('app.organisation_id', true), '')::uuid)
        WITH CHECK (organisation_id = nullif(current_setting('app.organisation_id', true), '')::uuid)$policy$,
      tenant);
  END LOOP;
END
$$;
