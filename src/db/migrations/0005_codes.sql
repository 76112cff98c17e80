CREATE TABLE "adoptions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"version_id" uuid NOT NULL,
	"adopted_from" date NOT NULL,
	"roles" "role_name"[] DEFAULT '{}'::role_name[] NOT NULL,
	"academy_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"material" boolean DEFAULT true NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"ended_on" date
);
--> statement-breakpoint
CREATE TABLE "attestation_campaigns" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"adoption_id" uuid NOT NULL,
	"version_id" uuid NOT NULL,
	"title" text NOT NULL,
	"due_on" date NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "attestations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"campaign_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"version_id" uuid NOT NULL,
	"content_hash" text NOT NULL,
	"statement" text NOT NULL,
	"attested_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "citations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"provision_id" uuid NOT NULL,
	"record_type" text NOT NULL,
	"record_id" text NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "code_versions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code_id" text NOT NULL,
	"version" text NOT NULL,
	"title" text NOT NULL,
	"effective_from" date NOT NULL,
	"source_document" text NOT NULL,
	"source_title" text NOT NULL,
	"preamble" text,
	"notes" text,
	"content_hash" text NOT NULL,
	"file" text NOT NULL,
	"loaded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "codes" (
	"id" text PRIMARY KEY NOT NULL,
	"title" text NOT NULL,
	"publisher" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "provisions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"version_id" uuid NOT NULL,
	"key" text NOT NULL,
	"parent_key" text,
	"position" integer NOT NULL,
	"depth" integer NOT NULL,
	"number" text NOT NULL,
	"heading" text,
	"text" text NOT NULL,
	"kind" text NOT NULL,
	"footnotes" jsonb NOT NULL,
	"themes" text[] NOT NULL,
	"links" jsonb NOT NULL,
	"search" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('english', coalesce("provisions"."number", '') || ' ' || coalesce("provisions"."heading", '')), 'A') || setweight(to_tsvector('english', "provisions"."text"), 'B')) STORED
);
--> statement-breakpoint
CREATE TABLE "version_mappings" (
	"code_id" text NOT NULL,
	"from_version" text NOT NULL,
	"to_version" text NOT NULL,
	"pairs" jsonb NOT NULL
);
--> statement-breakpoint
ALTER TABLE "adoptions" ADD CONSTRAINT "adoptions_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "adoptions" ADD CONSTRAINT "adoptions_version_id_code_versions_id_fk" FOREIGN KEY ("version_id") REFERENCES "public"."code_versions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "adoptions" ADD CONSTRAINT "adoptions_created_by_people_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attestation_campaigns" ADD CONSTRAINT "attestation_campaigns_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attestation_campaigns" ADD CONSTRAINT "attestation_campaigns_adoption_id_adoptions_id_fk" FOREIGN KEY ("adoption_id") REFERENCES "public"."adoptions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attestation_campaigns" ADD CONSTRAINT "attestation_campaigns_version_id_code_versions_id_fk" FOREIGN KEY ("version_id") REFERENCES "public"."code_versions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attestation_campaigns" ADD CONSTRAINT "attestation_campaigns_created_by_people_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attestations" ADD CONSTRAINT "attestations_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attestations" ADD CONSTRAINT "attestations_campaign_id_attestation_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."attestation_campaigns"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attestations" ADD CONSTRAINT "attestations_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attestations" ADD CONSTRAINT "attestations_version_id_code_versions_id_fk" FOREIGN KEY ("version_id") REFERENCES "public"."code_versions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "citations" ADD CONSTRAINT "citations_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "citations" ADD CONSTRAINT "citations_provision_id_provisions_id_fk" FOREIGN KEY ("provision_id") REFERENCES "public"."provisions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "citations" ADD CONSTRAINT "citations_created_by_people_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "code_versions" ADD CONSTRAINT "code_versions_code_id_codes_id_fk" FOREIGN KEY ("code_id") REFERENCES "public"."codes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "provisions" ADD CONSTRAINT "provisions_version_id_code_versions_id_fk" FOREIGN KEY ("version_id") REFERENCES "public"."code_versions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "version_mappings" ADD CONSTRAINT "version_mappings_code_id_codes_id_fk" FOREIGN KEY ("code_id") REFERENCES "public"."codes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "adoptions_organisation" ON "adoptions" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "attestation_campaigns_organisation" ON "attestation_campaigns" USING btree ("organisation_id");--> statement-breakpoint
CREATE UNIQUE INDEX "attestations_once" ON "attestations" USING btree ("campaign_id","person_id");--> statement-breakpoint
CREATE INDEX "attestations_person" ON "attestations" USING btree ("person_id");--> statement-breakpoint
CREATE UNIQUE INDEX "citations_unique" ON "citations" USING btree ("organisation_id","provision_id","record_type","record_id");--> statement-breakpoint
CREATE INDEX "citations_record" ON "citations" USING btree ("record_type","record_id");--> statement-breakpoint
CREATE UNIQUE INDEX "code_versions_version" ON "code_versions" USING btree ("code_id","version");--> statement-breakpoint
CREATE UNIQUE INDEX "provisions_key" ON "provisions" USING btree ("version_id","key");--> statement-breakpoint
CREATE INDEX "provisions_search" ON "provisions" USING gin ("search");--> statement-breakpoint
CREATE INDEX "provisions_themes" ON "provisions" USING gin ("themes");--> statement-breakpoint
CREATE UNIQUE INDEX "version_mappings_pair" ON "version_mappings" USING btree ("code_id","from_version","to_version");