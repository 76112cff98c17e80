CREATE TABLE "programme_adjustment_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"participant_id" uuid NOT NULL,
	"needs" text NOT NULL,
	"requested_at" timestamp with time zone NOT NULL,
	"late" boolean NOT NULL,
	"before_start" boolean NOT NULL,
	"decision" jsonb,
	"decided_by" uuid
);
--> statement-breakpoint
CREATE TABLE "programme_support_appeals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"participant_id" uuid NOT NULL,
	"grounds" text NOT NULL,
	"lodged_at" timestamp with time zone NOT NULL,
	"response_due_on" date NOT NULL,
	"response" text,
	"responded_by" uuid,
	"responded_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "programme_support_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"participant_id" uuid NOT NULL,
	"channel" text NOT NULL,
	"question" text NOT NULL,
	"asked_at" timestamp with time zone NOT NULL,
	"answer" text,
	"answered_by" uuid,
	"answered_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "programme_adjustment_requests" ADD CONSTRAINT "programme_adjustment_requests_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_adjustment_requests" ADD CONSTRAINT "programme_adjustment_requests_participant_id_programme_participants_id_fk" FOREIGN KEY ("participant_id") REFERENCES "public"."programme_participants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_adjustment_requests" ADD CONSTRAINT "programme_adjustment_requests_decided_by_people_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_support_appeals" ADD CONSTRAINT "programme_support_appeals_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_support_appeals" ADD CONSTRAINT "programme_support_appeals_participant_id_programme_participants_id_fk" FOREIGN KEY ("participant_id") REFERENCES "public"."programme_participants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_support_appeals" ADD CONSTRAINT "programme_support_appeals_responded_by_people_id_fk" FOREIGN KEY ("responded_by") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_support_requests" ADD CONSTRAINT "programme_support_requests_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_support_requests" ADD CONSTRAINT "programme_support_requests_participant_id_programme_participants_id_fk" FOREIGN KEY ("participant_id") REFERENCES "public"."programme_participants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_support_requests" ADD CONSTRAINT "programme_support_requests_answered_by_people_id_fk" FOREIGN KEY ("answered_by") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "programme_adjustment_requests_participant" ON "programme_adjustment_requests" USING btree ("participant_id","requested_at");--> statement-breakpoint
CREATE INDEX "programme_support_appeals_participant" ON "programme_support_appeals" USING btree ("participant_id","lodged_at");--> statement-breakpoint
CREATE INDEX "programme_support_requests_participant" ON "programme_support_requests" USING btree ("participant_id","asked_at");--> statement-breakpoint
CREATE INDEX "programme_support_requests_open" ON "programme_support_requests" USING btree ("organisation_id","answered_at");--> statement-breakpoint
-- The second wall (0011): seen and written by probity_app only within the organisation set for its transaction.
ALTER TABLE "programme_support_requests" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY organisation_wall ON "programme_support_requests" TO probity_app
  USING (organisation_id = nullif(current_setting('app.organisation_id', true), '')::uuid)
  WITH CHECK (organisation_id = nullif(current_setting('app.organisation_id', true), '')::uuid);--> statement-breakpoint
ALTER TABLE "programme_adjustment_requests" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY organisation_wall ON "programme_adjustment_requests" TO probity_app
  USING (organisation_id = nullif(current_setting('app.organisation_id', true), '')::uuid)
  WITH CHECK (organisation_id = nullif(current_setting('app.organisation_id', true), '')::uuid);--> statement-breakpoint
ALTER TABLE "programme_support_appeals" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY organisation_wall ON "programme_support_appeals" TO probity_app
  USING (organisation_id = nullif(current_setting('app.organisation_id', true), '')::uuid)
  WITH CHECK (organisation_id = nullif(current_setting('app.organisation_id', true), '')::uuid);
