CREATE TYPE "public"."case_appeal_result" AS ENUM('upheld', 'dismissed');--> statement-breakpoint
CREATE TYPE "public"."case_opened_from" AS ENUM('intake', 'declaration', 'concern', 'third_party');--> statement-breakpoint
CREATE TYPE "public"."case_stage" AS ENUM('intake', 'assessment', 'investigation', 'decision', 'outcome', 'appeal', 'closed');--> statement-breakpoint
CREATE TYPE "public"."case_type" AS ENUM('membership_application', 'suitability', 'allegation', 'staff_conduct', 'protected');--> statement-breakpoint
CREATE TYPE "public"."case_panel_kind" AS ENUM('practitioner', 'lay');--> statement-breakpoint
CREATE TYPE "public"."case_recusal_ground" AS ENUM('declared', 'named', 'stepped_aside');--> statement-breakpoint
CREATE TABLE "case_consents" (
	"request_id" uuid PRIMARY KEY NOT NULL,
	"case_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"given" boolean NOT NULL,
	"statement" text NOT NULL,
	"recorded_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "case_documents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"request_id" uuid NOT NULL,
	"file_id" uuid NOT NULL,
	"added_by" uuid NOT NULL,
	"added_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "case_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"event" text NOT NULL,
	"from_stage" "case_stage",
	"to_stage" "case_stage",
	"at" timestamp with time zone NOT NULL,
	"actor_id" uuid NOT NULL,
	"person_id" uuid,
	"note" text
);
--> statement-breakpoint
CREATE TABLE "case_information_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"question" text NOT NULL,
	"consent_from" text,
	"due_on" date NOT NULL,
	"asked_by" uuid NOT NULL,
	"asked_at" timestamp with time zone NOT NULL,
	"answer" text,
	"answered_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "case_officers" (
	"case_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"appointed_by" uuid NOT NULL,
	"appointed_at" timestamp with time zone NOT NULL,
	CONSTRAINT "case_officers_case_id_person_id_pk" PRIMARY KEY("case_id","person_id")
);
--> statement-breakpoint
CREATE TABLE "case_panel" (
	"case_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"kind" "case_panel_kind" NOT NULL,
	"appointed_by" uuid NOT NULL,
	"appointed_at" timestamp with time zone NOT NULL,
	CONSTRAINT "case_panel_case_id_person_id_pk" PRIMARY KEY("case_id","person_id")
);
--> statement-breakpoint
CREATE TABLE "case_recusals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"ground" "case_recusal_ground" NOT NULL,
	"reason" text,
	"recorded_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "cases" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"type" "case_type" NOT NULL,
	"stage" "case_stage" DEFAULT 'intake' NOT NULL,
	"subject_id" uuid NOT NULL,
	"harm_threshold" boolean DEFAULT false NOT NULL,
	"opened_from" "case_opened_from" NOT NULL,
	"declaration_id" uuid,
	"source_note" text,
	"summary" text NOT NULL,
	"named_person_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"opened_by" uuid NOT NULL,
	"opened_at" timestamp with time zone NOT NULL,
	"decision_outcome" text,
	"decision_reasons" text,
	"decision_panel" jsonb,
	"decided_at" timestamp with time zone,
	"outcome" text,
	"outcome_issued_at" timestamp with time zone,
	"appeal_grounds" text,
	"appeal_lodged_at" timestamp with time zone,
	"appeal_result" "case_appeal_result",
	"closed_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "case_consents" ADD CONSTRAINT "case_consents_request_id_case_information_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."case_information_requests"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_consents" ADD CONSTRAINT "case_consents_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_consents" ADD CONSTRAINT "case_consents_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_consents" ADD CONSTRAINT "case_consents_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_documents" ADD CONSTRAINT "case_documents_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_documents" ADD CONSTRAINT "case_documents_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_documents" ADD CONSTRAINT "case_documents_request_id_case_information_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."case_information_requests"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_documents" ADD CONSTRAINT "case_documents_file_id_files_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."files"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_documents" ADD CONSTRAINT "case_documents_added_by_people_id_fk" FOREIGN KEY ("added_by") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_events" ADD CONSTRAINT "case_events_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_events" ADD CONSTRAINT "case_events_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_events" ADD CONSTRAINT "case_events_actor_id_people_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_events" ADD CONSTRAINT "case_events_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_information_requests" ADD CONSTRAINT "case_information_requests_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_information_requests" ADD CONSTRAINT "case_information_requests_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_information_requests" ADD CONSTRAINT "case_information_requests_asked_by_people_id_fk" FOREIGN KEY ("asked_by") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_officers" ADD CONSTRAINT "case_officers_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_officers" ADD CONSTRAINT "case_officers_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_officers" ADD CONSTRAINT "case_officers_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_officers" ADD CONSTRAINT "case_officers_appointed_by_people_id_fk" FOREIGN KEY ("appointed_by") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_panel" ADD CONSTRAINT "case_panel_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_panel" ADD CONSTRAINT "case_panel_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_panel" ADD CONSTRAINT "case_panel_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_panel" ADD CONSTRAINT "case_panel_appointed_by_people_id_fk" FOREIGN KEY ("appointed_by") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_recusals" ADD CONSTRAINT "case_recusals_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_recusals" ADD CONSTRAINT "case_recusals_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_recusals" ADD CONSTRAINT "case_recusals_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_subject_id_people_id_fk" FOREIGN KEY ("subject_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_declaration_id_declarations_id_fk" FOREIGN KEY ("declaration_id") REFERENCES "public"."declarations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_opened_by_people_id_fk" FOREIGN KEY ("opened_by") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "case_documents_file" ON "case_documents" USING btree ("request_id","file_id");--> statement-breakpoint
CREATE INDEX "case_documents_case" ON "case_documents" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "case_events_case" ON "case_events" USING btree ("case_id","at");--> statement-breakpoint
CREATE INDEX "case_information_requests_case" ON "case_information_requests" USING btree ("case_id","asked_at");--> statement-breakpoint
CREATE INDEX "case_officers_person" ON "case_officers" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "case_panel_person" ON "case_panel" USING btree ("person_id");--> statement-breakpoint
CREATE UNIQUE INDEX "case_recusals_person" ON "case_recusals" USING btree ("case_id","person_id");--> statement-breakpoint
CREATE INDEX "cases_organisation_stage" ON "cases" USING btree ("organisation_id","stage","opened_at");--> statement-breakpoint
CREATE INDEX "cases_subject" ON "cases" USING btree ("subject_id");--> statement-breakpoint
-- The second wall (0011): each cases table is seen and written by probity_app only within the organisation
-- set for its transaction.
DO $$
DECLARE
  tenant text;
BEGIN
  FOREACH tenant IN ARRAY ARRAY['cases', 'case_officers', 'case_panel', 'case_recusals', 'case_events', 'case_information_requests', 'case_consents', 'case_documents'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', tenant);
    EXECUTE format(
      $policy$CREATE POLICY organisation_wall ON %I TO probity_app
        USING (organisation_id = nullif(current_setting('app.organisation_id', true), '')::uuid)
        WITH CHECK (organisation_id = nullif(current_setting('app.organisation_id', true), '')::uuid)$policy$,
      tenant);
  END LOOP;
END
$$;
