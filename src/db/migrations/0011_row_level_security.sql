-- A second wall between organisations (README, Architecture). Requests to an
-- organisation's routes run as probity_app (src/db/wall.ts), which is not a superuser, has no BYPASSRLS
-- and owns no table, so these policies bind it: it sees and writes only the rows of the organisation set
-- for its transaction (SET LOCAL app.organisation_id). With no organisation set it sees nothing.
-- The policies are not FORCEd: FORCE would bind the tables' owner too, and the owner is who does the
-- system's work across organisations (migrations, jobs, demo seeding, sign-in); where the connecting role
-- is not a superuser (a managed PostgreSQL), forcing would leave that work seeing nothing.
-- Roles belong to the whole server, not one database: another database on it may have made this one, or
-- its administrator may have, for a connecting role that may not create roles (then it needs only be a member).
DO $$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'probity_app') THEN
    CREATE ROLE probity_app NOLOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS;
  END IF;
EXCEPTION WHEN duplicate_object OR unique_violation THEN
  NULL;
END
$$;
--> statement-breakpoint
-- The connecting role switches to it for each request's transactions (a superuser may anyway).
DO $$
BEGIN
  IF NOT pg_has_role(CURRENT_USER, 'probity_app', 'MEMBER') THEN
    GRANT probity_app TO CURRENT_USER;
  END IF;
END
$$;
--> statement-breakpoint
GRANT USAGE ON SCHEMA public TO probity_app;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO probity_app;
--> statement-breakpoint
GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO probity_app;
--> statement-breakpoint
-- Tables and sequences that later migrations make are granted too; their policies are the test's to demand.
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO probity_app;
--> statement-breakpoint
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE ON SEQUENCES TO probity_app;
--> statement-breakpoint
-- The audit trail is append-only (0001); a request could not change it anyway, and now may not even try.
REVOKE UPDATE, DELETE ON audit_events FROM probity_app;
--> statement-breakpoint
REVOKE ALL ON probity_migrations FROM probity_app;
--> statement-breakpoint
DO $$
DECLARE
  tenant text;
BEGIN
  FOREACH tenant IN ARRAY ARRAY[
    'academies', 'academy_terms', 'adoptions', 'attestation_campaigns', 'attestations', 'audit_events',
    'citations', 'cpd_activities', 'deadlines', 'development_goals', 'development_shares', 'employments',
    'evidence', 'files', 'memberships', 'notifications', 'one_time_tokens', 'outbox', 'regions',
    'role_assignments', 'self_assessments', 'standards_choices'
  ] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', tenant);
    EXECUTE format(
      $policy$CREATE POLICY organisation_wall ON %I TO probity_app
        USING (organisation_id = nullif(current_setting('app.organisation_id', true), '')::uuid)
        WITH CHECK (organisation_id = nullif(current_setting('app.organisation_id', true), '')::uuid)$policy$,
      tenant);
  END LOOP;
END
$$;
--> statement-breakpoint
-- The organisation itself: a request reads and changes its own organisation's row only.
ALTER TABLE organisations ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY organisation_wall ON organisations TO probity_app
  USING (id = nullif(current_setting('app.organisation_id', true), '')::uuid)
  WITH CHECK (id = nullif(current_setting('app.organisation_id', true), '')::uuid);
--> statement-breakpoint
-- A self-assessment's entries carry no organisation of their own: they are their assessment's, which the
-- subquery sees only within the wall.
ALTER TABLE self_assessment_entries ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY organisation_wall ON self_assessment_entries TO probity_app
  USING (EXISTS (SELECT 1 FROM self_assessments WHERE self_assessments.id = self_assessment_entries.assessment_id))
  WITH CHECK (EXISTS (SELECT 1 FROM self_assessments WHERE self_assessments.id = self_assessment_entries.assessment_id));
--> statement-breakpoint
-- Account mail (a password reset) belongs to no organisation. An organisation's admins may read it in their
-- outbox when it is to one of their people, as the outbox list says; so may the wall, and only that: it is
-- read, never written, here, and role_assignments in the condition is itself behind the wall.
CREATE POLICY account_mail_of_its_people ON outbox FOR SELECT TO probity_app
  USING (organisation_id IS NULL AND EXISTS (SELECT 1 FROM role_assignments WHERE role_assignments.person_id = outbox.person_id));
