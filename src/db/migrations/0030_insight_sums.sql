CREATE TABLE "development_insight_refreshes" (
	"organisation_id" uuid NOT NULL,
	"version_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"standard_ids" uuid[] NOT NULL,
	"refreshed_at" timestamp with time zone NOT NULL,
	CONSTRAINT "development_insight_refreshes_pkey" PRIMARY KEY("organisation_id","version_id","year")
);
--> statement-breakpoint
CREATE TABLE "development_insight_sums" (
	"organisation_id" uuid NOT NULL,
	"version_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"signature" text NOT NULL,
	"posts" jsonb NOT NULL,
	"joined_in" integer,
	"programme_cohort_id" uuid,
	"people" integer NOT NULL,
	"rating_totals" integer[] NOT NULL,
	"rating_counts" integer[] NOT NULL,
	"cpd_minutes" integer[] NOT NULL,
	"cpd_total" integer NOT NULL,
	CONSTRAINT "development_insight_sums_pkey" PRIMARY KEY("organisation_id","version_id","year","signature")
);
--> statement-breakpoint
ALTER TABLE "development_insight_refreshes" ADD CONSTRAINT "development_insight_refreshes_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "development_insight_refreshes" ADD CONSTRAINT "development_insight_refreshes_version_id_code_versions_id_fk" FOREIGN KEY ("version_id") REFERENCES "public"."code_versions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "development_insight_sums" ADD CONSTRAINT "development_insight_sums_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "development_insight_sums" ADD CONSTRAINT "development_insight_sums_version_id_code_versions_id_fk" FOREIGN KEY ("version_id") REFERENCES "public"."code_versions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "development_insight_sums" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY organisation_wall ON "development_insight_sums" TO probity_app
  USING (organisation_id = nullif(current_setting('app.organisation_id', true), '')::uuid)
  WITH CHECK (organisation_id = nullif(current_setting('app.organisation_id', true), '')::uuid);
--> statement-breakpoint
ALTER TABLE "development_insight_refreshes" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY organisation_wall ON "development_insight_refreshes" TO probity_app
  USING (organisation_id = nullif(current_setting('app.organisation_id', true), '')::uuid)
  WITH CHECK (organisation_id = nullif(current_setting('app.organisation_id', true), '')::uuid);
