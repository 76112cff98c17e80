CREATE TYPE "public"."declaration_return_kind" AS ENUM('confirmed', 'nil');--> statement-breakpoint
CREATE TYPE "public"."safe_working_state" AS ENUM('requested', 'approved', 'refused', 'withdrawn');--> statement-breakpoint
CREATE TABLE "declaration_campaigns" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"due_on" date NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "declaration_returns" (
	"campaign_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"kind" "declaration_return_kind" NOT NULL,
	"declaration_ids" uuid[] NOT NULL,
	"made_at" timestamp with time zone NOT NULL,
	CONSTRAINT "declaration_returns_campaign_id_person_id_pk" PRIMARY KEY("campaign_id","person_id")
);
--> statement-breakpoint
CREATE TABLE "safe_working_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"requester_id" uuid NOT NULL,
	"academy_id" uuid,
	"kind" text NOT NULL,
	"learner" text NOT NULL,
	"purpose" text NOT NULL,
	"event_at" timestamp with time zone NOT NULL,
	"requested_at" timestamp with time zone NOT NULL,
	"state" "safe_working_state" DEFAULT 'requested' NOT NULL,
	"conditions" jsonb NOT NULL,
	"decider_ids" uuid[] NOT NULL,
	"decided_by" uuid,
	"decided_at" timestamp with time zone,
	"reason" text,
	"last_changed_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "declaration_catalogues" ADD COLUMN "gift_threshold_pence" integer;--> statement-breakpoint
ALTER TABLE "declarations" ADD COLUMN "academy_id" uuid;--> statement-breakpoint
ALTER TABLE "declarations" ADD COLUMN "named_person_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL;--> statement-breakpoint
ALTER TABLE "declarations" ADD COLUMN "consent" jsonb;--> statement-breakpoint
ALTER TABLE "declaration_campaigns" ADD CONSTRAINT "declaration_campaigns_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "declaration_campaigns" ADD CONSTRAINT "declaration_campaigns_created_by_people_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "declaration_returns" ADD CONSTRAINT "declaration_returns_campaign_id_declaration_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."declaration_campaigns"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "declaration_returns" ADD CONSTRAINT "declaration_returns_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "declaration_returns" ADD CONSTRAINT "declaration_returns_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "safe_working_requests" ADD CONSTRAINT "safe_working_requests_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "safe_working_requests" ADD CONSTRAINT "safe_working_requests_requester_id_people_id_fk" FOREIGN KEY ("requester_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "safe_working_requests" ADD CONSTRAINT "safe_working_requests_academy_id_academies_id_fk" FOREIGN KEY ("academy_id") REFERENCES "public"."academies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "safe_working_requests" ADD CONSTRAINT "safe_working_requests_decided_by_people_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "declaration_campaigns_year" ON "declaration_campaigns" USING btree ("organisation_id","year");--> statement-breakpoint
CREATE INDEX "safe_working_requests_requester" ON "safe_working_requests" USING btree ("requester_id","event_at");--> statement-breakpoint
CREATE INDEX "safe_working_requests_deciders" ON "safe_working_requests" USING gin ("decider_ids");--> statement-breakpoint
ALTER TABLE "declarations" ADD CONSTRAINT "declarations_academy_id_academies_id_fk" FOREIGN KEY ("academy_id") REFERENCES "public"."academies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "declarations_named" ON "declarations" USING gin ("named_person_ids");--> statement-breakpoint
-- The second wall (0011) for the new tables.
DO $$
DECLARE
  tenant text;
BEGIN
  FOREACH tenant IN ARRAY ARRAY['safe_working_requests', 'declaration_campaigns', 'declaration_returns'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', tenant);
    EXECUTE format(
      $policy$CREATE POLICY organisation_wall ON %I TO probity_app
        USING (organisation_id = nullif(current_setting('app.organisation_id', true), '')::uuid)
        WITH CHECK (organisation_id = nullif(current_setting('app.organisation_id', true), '')::uuid)$policy$,
      tenant);
  END LOOP;
END
$$;
