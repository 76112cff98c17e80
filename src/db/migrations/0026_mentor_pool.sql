CREATE TABLE "programme_mentor_pool" (
	"organisation_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"capacity" integer NOT NULL,
	"subjects" text[] NOT NULL,
	"available" boolean NOT NULL,
	"added_by" uuid NOT NULL,
	"added_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "programme_mentor_pool_organisation_id_person_id_pk" PRIMARY KEY("organisation_id","person_id")
);
--> statement-breakpoint
CREATE TABLE "programme_mentor_requests" (
	"participant_id" uuid PRIMARY KEY NOT NULL,
	"organisation_id" uuid NOT NULL,
	"subject" text,
	"asked_at" timestamp with time zone NOT NULL,
	"mentor_id" uuid,
	"matched_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "programme_supporter_invitations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"participant_id" uuid NOT NULL,
	"invitee_id" uuid NOT NULL,
	"email" text NOT NULL,
	"token_hash" text NOT NULL,
	"invited_at" timestamp with time zone NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"accepted_at" timestamp with time zone,
	"withdrawn_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "programme_mentor_pool" ADD CONSTRAINT "programme_mentor_pool_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_mentor_pool" ADD CONSTRAINT "programme_mentor_pool_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_mentor_pool" ADD CONSTRAINT "programme_mentor_pool_added_by_people_id_fk" FOREIGN KEY ("added_by") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_mentor_requests" ADD CONSTRAINT "programme_mentor_requests_participant_id_programme_participants_id_fk" FOREIGN KEY ("participant_id") REFERENCES "public"."programme_participants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_mentor_requests" ADD CONSTRAINT "programme_mentor_requests_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_mentor_requests" ADD CONSTRAINT "programme_mentor_requests_mentor_id_people_id_fk" FOREIGN KEY ("mentor_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_supporter_invitations" ADD CONSTRAINT "programme_supporter_invitations_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_supporter_invitations" ADD CONSTRAINT "programme_supporter_invitations_participant_id_programme_participants_id_fk" FOREIGN KEY ("participant_id") REFERENCES "public"."programme_participants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_supporter_invitations" ADD CONSTRAINT "programme_supporter_invitations_invitee_id_people_id_fk" FOREIGN KEY ("invitee_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "programme_mentor_requests_waiting" ON "programme_mentor_requests" USING btree ("organisation_id","matched_at","asked_at");--> statement-breakpoint
CREATE UNIQUE INDEX "programme_supporter_invitations_token" ON "programme_supporter_invitations" USING btree ("token_hash");--> statement-breakpoint
CREATE INDEX "programme_supporter_invitations_participant" ON "programme_supporter_invitations" USING btree ("participant_id","invited_at");--> statement-breakpoint
-- The second wall (0011): seen and written by probity_app only within the organisation set for its transaction.
ALTER TABLE "programme_mentor_pool" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY organisation_wall ON "programme_mentor_pool" TO probity_app
  USING (organisation_id = nullif(current_setting('app.organisation_id', true), '')::uuid)
  WITH CHECK (organisation_id = nullif(current_setting('app.organisation_id', true), '')::uuid);--> statement-breakpoint
ALTER TABLE "programme_mentor_requests" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY organisation_wall ON "programme_mentor_requests" TO probity_app
  USING (organisation_id = nullif(current_setting('app.organisation_id', true), '')::uuid)
  WITH CHECK (organisation_id = nullif(current_setting('app.organisation_id', true), '')::uuid);--> statement-breakpoint
ALTER TABLE "programme_supporter_invitations" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY organisation_wall ON "programme_supporter_invitations" TO probity_app
  USING (organisation_id = nullif(current_setting('app.organisation_id', true), '')::uuid)
  WITH CHECK (organisation_id = nullif(current_setting('app.organisation_id', true), '')::uuid);
