CREATE TYPE "public"."safeguarding_transfer_state" AS ENUM('sent', 'viewed', 'accepted', 'declined');--> statement-breakpoint
CREATE TABLE "safeguarding_transfers_received" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organisation_id" uuid NOT NULL,
	"academy_id" uuid NOT NULL,
	"from_organisation_id" uuid NOT NULL,
	"from_organisation_name" text NOT NULL,
	"from_academy_name" text NOT NULL,
	"learner_ref" text NOT NULL,
	"file" jsonb NOT NULL,
	"state" "safeguarding_transfer_state" DEFAULT 'sent' NOT NULL,
	"sent_at" timestamp with time zone NOT NULL,
	"sent_by" text NOT NULL,
	"accept_by" timestamp with time zone NOT NULL,
	"viewed_at" timestamp with time zone,
	"viewed_by" uuid,
	"accepted_at" timestamp with time zone,
	"accepted_by" uuid,
	"local_ref" text,
	"declined_at" timestamp with time zone,
	"declined_by" uuid,
	"decline_reason" text
);
--> statement-breakpoint
CREATE TABLE "safeguarding_transfers_sent" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organisation_id" uuid NOT NULL,
	"academy_id" uuid NOT NULL,
	"learner_ref" text NOT NULL,
	"to_organisation_id" uuid NOT NULL,
	"to_academy_id" uuid NOT NULL,
	"to_organisation_name" text NOT NULL,
	"to_academy_name" text NOT NULL,
	"file" jsonb NOT NULL,
	"state" "safeguarding_transfer_state" DEFAULT 'sent' NOT NULL,
	"sent_at" timestamp with time zone NOT NULL,
	"sent_by" uuid NOT NULL,
	"accept_by" timestamp with time zone NOT NULL,
	"viewed_at" timestamp with time zone,
	"viewed_by" text,
	"accepted_at" timestamp with time zone,
	"accepted_by" text,
	"declined_at" timestamp with time zone,
	"declined_by" text,
	"decline_reason" text
);
--> statement-breakpoint
ALTER TABLE "safeguarding_transfers_received" ADD CONSTRAINT "safeguarding_transfers_received_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "safeguarding_transfers_received" ADD CONSTRAINT "safeguarding_transfers_received_academy_id_academies_id_fk" FOREIGN KEY ("academy_id") REFERENCES "public"."academies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "safeguarding_transfers_received" ADD CONSTRAINT "safeguarding_transfers_received_from_organisation_id_organisations_id_fk" FOREIGN KEY ("from_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "safeguarding_transfers_received" ADD CONSTRAINT "safeguarding_transfers_received_viewed_by_people_id_fk" FOREIGN KEY ("viewed_by") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "safeguarding_transfers_received" ADD CONSTRAINT "safeguarding_transfers_received_accepted_by_people_id_fk" FOREIGN KEY ("accepted_by") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "safeguarding_transfers_received" ADD CONSTRAINT "safeguarding_transfers_received_declined_by_people_id_fk" FOREIGN KEY ("declined_by") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "safeguarding_transfers_sent" ADD CONSTRAINT "safeguarding_transfers_sent_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "safeguarding_transfers_sent" ADD CONSTRAINT "safeguarding_transfers_sent_academy_id_academies_id_fk" FOREIGN KEY ("academy_id") REFERENCES "public"."academies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "safeguarding_transfers_sent" ADD CONSTRAINT "safeguarding_transfers_sent_to_organisation_id_organisations_id_fk" FOREIGN KEY ("to_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "safeguarding_transfers_sent" ADD CONSTRAINT "safeguarding_transfers_sent_to_academy_id_academies_id_fk" FOREIGN KEY ("to_academy_id") REFERENCES "public"."academies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "safeguarding_transfers_sent" ADD CONSTRAINT "safeguarding_transfers_sent_sent_by_people_id_fk" FOREIGN KEY ("sent_by") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "safeguarding_transfers_received_academy" ON "safeguarding_transfers_received" USING btree ("organisation_id","academy_id","state");--> statement-breakpoint
CREATE INDEX "safeguarding_transfers_received_learner" ON "safeguarding_transfers_received" USING btree ("organisation_id","local_ref");--> statement-breakpoint
CREATE INDEX "safeguarding_transfers_sent_academy" ON "safeguarding_transfers_sent" USING btree ("organisation_id","academy_id","sent_at");--> statement-breakpoint
-- The second wall (0011): each side of a transfer is seen and written by probity_app only within its own
-- organisation; the service crosses deliberately, outside the wall, to write both sides at once.
ALTER TABLE "safeguarding_transfers_sent" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY organisation_wall ON "safeguarding_transfers_sent" TO probity_app
  USING (organisation_id = nullif(current_setting('app.organisation_id', true), '')::uuid)
  WITH CHECK (organisation_id = nullif(current_setting('app.organisation_id', true), '')::uuid);--> statement-breakpoint
ALTER TABLE "safeguarding_transfers_received" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY organisation_wall ON "safeguarding_transfers_received" TO probity_app
  USING (organisation_id = nullif(current_setting('app.organisation_id', true), '')::uuid)
  WITH CHECK (organisation_id = nullif(current_setting('app.organisation_id', true), '')::uuid);
