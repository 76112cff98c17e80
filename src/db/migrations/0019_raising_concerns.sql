CREATE TYPE "public"."concern_exclusion_ground" AS ENUM('named', 'declared', 'stepped_aside');--> statement-breakpoint
CREATE TYPE "public"."concern_message_from" AS ENUM('reporter', 'handler');--> statement-breakpoint
CREATE TYPE "public"."concern_report_category" AS ENUM('misconduct', 'malpractice', 'illegal', 'unethical', 'treated_unfairly_for_raising_a_concern');--> statement-breakpoint
CREATE TYPE "public"."concern_report_channel" AS ENUM('web', 'phone', 'letter', 'email', 'in_person');--> statement-breakpoint
CREATE TYPE "public"."concern_report_mode" AS ENUM('named', 'confidential', 'anonymous');--> statement-breakpoint
CREATE TYPE "public"."concern_report_outcome" AS ENUM('action_taken', 'no_further_action', 'insufficient_information', 'referred_to_case', 'referred_outside');--> statement-breakpoint
CREATE TYPE "public"."concern_report_status" AS ENUM('received', 'acknowledged', 'in_progress', 'closed');--> statement-breakpoint
CREATE TYPE "public"."concern_reveal_decision" AS ENUM('approved', 'refused');--> statement-breakpoint
ALTER TYPE "public"."role_name" ADD VALUE 'concerns_handler';--> statement-breakpoint
ALTER TYPE "public"."role_name" ADD VALUE 'identity_custodian';--> statement-breakpoint
CREATE TABLE "concern_attachments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"report_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"from" "concern_message_from" NOT NULL,
	"added_by" uuid,
	"name" text NOT NULL,
	"media_type" text NOT NULL,
	"size" integer NOT NULL,
	"sha256" text NOT NULL,
	"storage_key" text NOT NULL,
	"removed" text[] DEFAULT '{}'::text[] NOT NULL,
	"at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "concern_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"report_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"event" text NOT NULL,
	"from_status" "concern_report_status",
	"to_status" "concern_report_status",
	"at" timestamp with time zone NOT NULL,
	"actor_id" uuid,
	"person_id" uuid,
	"note" text
);
--> statement-breakpoint
CREATE TABLE "concern_exclusions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"report_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"ground" "concern_exclusion_ground" NOT NULL,
	"reason" text,
	"recorded_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "concern_follow_sessions" (
	"token_hash" text PRIMARY KEY NOT NULL,
	"report_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"expires_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "concern_lookup_failures" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "concern_messages" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"report_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"from" "concern_message_from" NOT NULL,
	"author_id" uuid,
	"body" text NOT NULL,
	"feedback" boolean DEFAULT false NOT NULL,
	"at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "concern_notes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"report_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"author_id" uuid NOT NULL,
	"body" text NOT NULL,
	"at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "concern_policies" (
	"organisation_id" uuid PRIMARY KEY NOT NULL,
	"time_limits" jsonb NOT NULL,
	"updated_by" uuid NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "concern_reporters" (
	"report_id" uuid PRIMARY KEY NOT NULL,
	"organisation_id" uuid NOT NULL,
	"sealed" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "concern_reports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"reference" text NOT NULL,
	"receipt_hash" text NOT NULL,
	"mode" "concern_report_mode" NOT NULL,
	"category" "concern_report_category" NOT NULL,
	"channel" "concern_report_channel" NOT NULL,
	"account" text NOT NULL,
	"happened_when" text,
	"happened_where" text,
	"named_people" text[] DEFAULT '{}'::text[] NOT NULL,
	"named_person_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"status" "concern_report_status" DEFAULT 'received' NOT NULL,
	"received_at" timestamp with time zone NOT NULL,
	"acknowledged_at" timestamp with time zone,
	"feedback_at" timestamp with time zone,
	"closed_at" timestamp with time zone,
	"outcome" "concern_report_outcome",
	"time_limits" jsonb NOT NULL,
	"assigned_to" uuid,
	"entered_by" uuid,
	"case_id" uuid
);
--> statement-breakpoint
CREATE TABLE "concern_reveals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"report_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"requested_by" uuid NOT NULL,
	"reason" text NOT NULL,
	"requested_at" timestamp with time zone NOT NULL,
	"decision" "concern_reveal_decision",
	"decided_by" uuid,
	"decision_note" text,
	"decided_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "concern_attachments" ADD CONSTRAINT "concern_attachments_report_id_concern_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."concern_reports"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "concern_attachments" ADD CONSTRAINT "concern_attachments_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "concern_attachments" ADD CONSTRAINT "concern_attachments_added_by_people_id_fk" FOREIGN KEY ("added_by") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "concern_events" ADD CONSTRAINT "concern_events_report_id_concern_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."concern_reports"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "concern_events" ADD CONSTRAINT "concern_events_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "concern_events" ADD CONSTRAINT "concern_events_actor_id_people_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "concern_events" ADD CONSTRAINT "concern_events_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "concern_exclusions" ADD CONSTRAINT "concern_exclusions_report_id_concern_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."concern_reports"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "concern_exclusions" ADD CONSTRAINT "concern_exclusions_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "concern_exclusions" ADD CONSTRAINT "concern_exclusions_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "concern_follow_sessions" ADD CONSTRAINT "concern_follow_sessions_report_id_concern_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."concern_reports"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "concern_follow_sessions" ADD CONSTRAINT "concern_follow_sessions_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "concern_lookup_failures" ADD CONSTRAINT "concern_lookup_failures_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "concern_messages" ADD CONSTRAINT "concern_messages_report_id_concern_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."concern_reports"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "concern_messages" ADD CONSTRAINT "concern_messages_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "concern_messages" ADD CONSTRAINT "concern_messages_author_id_people_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "concern_notes" ADD CONSTRAINT "concern_notes_report_id_concern_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."concern_reports"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "concern_notes" ADD CONSTRAINT "concern_notes_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "concern_notes" ADD CONSTRAINT "concern_notes_author_id_people_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "concern_policies" ADD CONSTRAINT "concern_policies_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "concern_policies" ADD CONSTRAINT "concern_policies_updated_by_people_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "concern_reporters" ADD CONSTRAINT "concern_reporters_report_id_concern_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."concern_reports"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "concern_reporters" ADD CONSTRAINT "concern_reporters_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "concern_reports" ADD CONSTRAINT "concern_reports_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "concern_reports" ADD CONSTRAINT "concern_reports_assigned_to_people_id_fk" FOREIGN KEY ("assigned_to") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "concern_reports" ADD CONSTRAINT "concern_reports_entered_by_people_id_fk" FOREIGN KEY ("entered_by") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "concern_reports" ADD CONSTRAINT "concern_reports_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "concern_reveals" ADD CONSTRAINT "concern_reveals_report_id_concern_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."concern_reports"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "concern_reveals" ADD CONSTRAINT "concern_reveals_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "concern_reveals" ADD CONSTRAINT "concern_reveals_requested_by_people_id_fk" FOREIGN KEY ("requested_by") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "concern_reveals" ADD CONSTRAINT "concern_reveals_decided_by_people_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "concern_attachments_report" ON "concern_attachments" USING btree ("report_id","at");--> statement-breakpoint
CREATE INDEX "concern_events_report" ON "concern_events" USING btree ("report_id","at");--> statement-breakpoint
CREATE UNIQUE INDEX "concern_exclusions_person" ON "concern_exclusions" USING btree ("report_id","person_id");--> statement-breakpoint
CREATE INDEX "concern_exclusions_person_any" ON "concern_exclusions" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "concern_follow_sessions_expiry" ON "concern_follow_sessions" USING btree ("expires_at");--> statement-breakpoint
CREATE INDEX "concern_lookup_failures_at" ON "concern_lookup_failures" USING btree ("organisation_id","at");--> statement-breakpoint
CREATE INDEX "concern_messages_report" ON "concern_messages" USING btree ("report_id","at");--> statement-breakpoint
CREATE INDEX "concern_notes_report" ON "concern_notes" USING btree ("report_id","at");--> statement-breakpoint
CREATE UNIQUE INDEX "concern_reports_reference" ON "concern_reports" USING btree ("organisation_id","reference");--> statement-breakpoint
CREATE UNIQUE INDEX "concern_reports_receipt" ON "concern_reports" USING btree ("organisation_id","receipt_hash");--> statement-breakpoint
CREATE INDEX "concern_reports_status" ON "concern_reports" USING btree ("organisation_id","status","received_at");--> statement-breakpoint
CREATE INDEX "concern_reports_assigned" ON "concern_reports" USING btree ("assigned_to");--> statement-breakpoint
CREATE INDEX "concern_reveals_report" ON "concern_reveals" USING btree ("report_id","requested_at");--> statement-breakpoint
-- The second wall (0011): each table of reports raised in confidence is seen and written by probity_app only
-- within the organisation set for its transaction.
DO $$
DECLARE
  tenant text;
BEGIN
  FOREACH tenant IN ARRAY ARRAY['concern_policies', 'concern_reports', 'concern_messages', 'concern_attachments', 'concern_notes', 'concern_exclusions', 'concern_events', 'concern_reporters', 'concern_reveals', 'concern_follow_sessions', 'concern_lookup_failures'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', tenant);
    EXECUTE format(
      $policy$CREATE POLICY organisation_wall ON %I TO probity_app
        USING (organisation_id = nullif(current_setting('app.organisation_id', true), '')::uuid)
        WITH CHECK (organisation_id = nullif(current_setting('app.organisation_id', true), '')::uuid)$policy$,
      tenant);
  END LOOP;
END
$$;
