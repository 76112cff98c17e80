CREATE TYPE "public"."declaration_outcome" AS ENUM('no_action', 'advice_given', 'action_taken', 'referred', 'case_opened');--> statement-breakpoint
CREATE TYPE "public"."declaration_state" AS ENUM('draft', 'submitted', 'acknowledged', 'under_review', 'marked_for_case', 'closed');--> statement-breakpoint
CREATE TABLE "declaration_catalogues" (
	"organisation_id" uuid PRIMARY KEY NOT NULL,
	"tailoring" jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "declaration_recipients" (
	"declaration_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"receives_as" text NOT NULL,
	"stepped_up_from" text,
	CONSTRAINT "declaration_recipients_declaration_id_person_id_pk" PRIMARY KEY("declaration_id","person_id")
);
--> statement-breakpoint
CREATE TABLE "declaration_steps" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"declaration_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"event" text NOT NULL,
	"from_state" "declaration_state" NOT NULL,
	"to_state" "declaration_state" NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"actor_id" uuid NOT NULL,
	"note" text
);
--> statement-breakpoint
CREATE TABLE "declarations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"declarant_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"state" "declaration_state" DEFAULT 'draft' NOT NULL,
	"fields" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"occurred_on" date,
	"cites" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"submitted_at" timestamp with time zone,
	"acknowledged_at" timestamp with time zone,
	"marked_for_case_at" timestamp with time zone,
	"closed_at" timestamp with time zone,
	"outcome" "declaration_outcome",
	"days_late" integer
);
--> statement-breakpoint
ALTER TABLE "declaration_catalogues" ADD CONSTRAINT "declaration_catalogues_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "declaration_recipients" ADD CONSTRAINT "declaration_recipients_declaration_id_declarations_id_fk" FOREIGN KEY ("declaration_id") REFERENCES "public"."declarations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "declaration_recipients" ADD CONSTRAINT "declaration_recipients_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "declaration_recipients" ADD CONSTRAINT "declaration_recipients_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "declaration_steps" ADD CONSTRAINT "declaration_steps_declaration_id_declarations_id_fk" FOREIGN KEY ("declaration_id") REFERENCES "public"."declarations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "declaration_steps" ADD CONSTRAINT "declaration_steps_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "declaration_steps" ADD CONSTRAINT "declaration_steps_actor_id_people_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "declarations" ADD CONSTRAINT "declarations_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "declarations" ADD CONSTRAINT "declarations_declarant_id_people_id_fk" FOREIGN KEY ("declarant_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "declaration_recipients_person" ON "declaration_recipients" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "declaration_steps_declaration" ON "declaration_steps" USING btree ("declaration_id","at");--> statement-breakpoint
CREATE INDEX "declarations_organisation_state" ON "declarations" USING btree ("organisation_id","state");--> statement-breakpoint
CREATE INDEX "declarations_declarant" ON "declarations" USING btree ("declarant_id","created_at");--> statement-breakpoint
-- The second wall (0011): each declarations table is seen and written by probity_app only within the
-- organisation set for its transaction.
DO $$
DECLARE
  tenant text;
BEGIN
  FOREACH tenant IN ARRAY ARRAY['declarations', 'declaration_recipients', 'declaration_steps', 'declaration_catalogues'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', tenant);
    EXECUTE format(
      $policy$CREATE POLICY organisation_wall ON %I TO probity_app
        USING (organisation_id = nullif(current_setting('app.organisation_id', true), '')::uuid)
        WITH CHECK (organisation_id = nullif(current_setting('app.organisation_id', true), '')::uuid)$policy$,
      tenant);
  END LOOP;
END
$$;
