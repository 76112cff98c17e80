-- Tenant tables are keyed by organisation first, and a reference from one tenant table to another names the
-- organisation on both sides, so that they can be distributed by organisation_id (README: "Beyond one database
-- server") and so that the database refuses a row pointing at another organisation's record. The references
-- are dropped first, as they depend on the keys they point at, and made again last.
ALTER TABLE "academies" DROP CONSTRAINT "academies_region_id_regions_id_fk";
--> statement-breakpoint
ALTER TABLE "academy_terms" DROP CONSTRAINT "academy_terms_academy_id_academies_id_fk";
--> statement-breakpoint
ALTER TABLE "employments" DROP CONSTRAINT "employments_academy_id_academies_id_fk";
--> statement-breakpoint
ALTER TABLE "role_assignments" DROP CONSTRAINT "role_assignments_academy_id_academies_id_fk";
--> statement-breakpoint
ALTER TABLE "role_assignments" DROP CONSTRAINT "role_assignments_region_id_regions_id_fk";
--> statement-breakpoint
ALTER TABLE "deadlines" DROP CONSTRAINT "deadlines_academy_id_academies_id_fk";
--> statement-breakpoint
ALTER TABLE "attestation_campaigns" DROP CONSTRAINT "attestation_campaigns_adoption_id_adoptions_id_fk";
--> statement-breakpoint
ALTER TABLE "attestations" DROP CONSTRAINT "attestations_campaign_id_attestation_campaigns_id_fk";
--> statement-breakpoint
ALTER TABLE "evidence" DROP CONSTRAINT "evidence_assessment_id_self_assessments_id_fk";
--> statement-breakpoint
ALTER TABLE "evidence" DROP CONSTRAINT "evidence_activity_id_cpd_activities_id_fk";
--> statement-breakpoint
ALTER TABLE "evidence" DROP CONSTRAINT "evidence_file_id_files_id_fk";
--> statement-breakpoint
ALTER TABLE "self_assessment_entries" DROP CONSTRAINT "self_assessment_entries_assessment_id_self_assessments_id_fk";
--> statement-breakpoint
ALTER TABLE "declaration_recipients" DROP CONSTRAINT "declaration_recipients_declaration_id_declarations_id_fk";
--> statement-breakpoint
ALTER TABLE "declaration_returns" DROP CONSTRAINT "declaration_returns_campaign_id_declaration_campaigns_id_fk";
--> statement-breakpoint
ALTER TABLE "declaration_steps" DROP CONSTRAINT "declaration_steps_declaration_id_declarations_id_fk";
--> statement-breakpoint
ALTER TABLE "declarations" DROP CONSTRAINT "declarations_academy_id_academies_id_fk";
--> statement-breakpoint
ALTER TABLE "safe_working_requests" DROP CONSTRAINT "safe_working_requests_academy_id_academies_id_fk";
--> statement-breakpoint
ALTER TABLE "case_consents" DROP CONSTRAINT "case_consents_request_id_case_information_requests_id_fk";
--> statement-breakpoint
ALTER TABLE "case_consents" DROP CONSTRAINT "case_consents_case_id_cases_id_fk";
--> statement-breakpoint
ALTER TABLE "case_documents" DROP CONSTRAINT "case_documents_case_id_cases_id_fk";
--> statement-breakpoint
ALTER TABLE "case_documents" DROP CONSTRAINT "case_documents_request_id_case_information_requests_id_fk";
--> statement-breakpoint
ALTER TABLE "case_documents" DROP CONSTRAINT "case_documents_file_id_files_id_fk";
--> statement-breakpoint
ALTER TABLE "case_events" DROP CONSTRAINT "case_events_case_id_cases_id_fk";
--> statement-breakpoint
ALTER TABLE "case_information_requests" DROP CONSTRAINT "case_information_requests_case_id_cases_id_fk";
--> statement-breakpoint
ALTER TABLE "case_letters" DROP CONSTRAINT "case_letters_case_id_cases_id_fk";
--> statement-breakpoint
ALTER TABLE "case_letters" DROP CONSTRAINT "case_letters_request_id_case_information_requests_id_fk";
--> statement-breakpoint
ALTER TABLE "case_officers" DROP CONSTRAINT "case_officers_case_id_cases_id_fk";
--> statement-breakpoint
ALTER TABLE "case_panel" DROP CONSTRAINT "case_panel_case_id_cases_id_fk";
--> statement-breakpoint
ALTER TABLE "case_recusals" DROP CONSTRAINT "case_recusals_case_id_cases_id_fk";
--> statement-breakpoint
ALTER TABLE "cases" DROP CONSTRAINT "cases_declaration_id_declarations_id_fk";
--> statement-breakpoint
ALTER TABLE "body_map_marks" DROP CONSTRAINT "body_map_marks_concern_id_safeguarding_concerns_id_fk";
--> statement-breakpoint
ALTER TABLE "safeguarding_access_grants" DROP CONSTRAINT "safeguarding_access_grants_concern_id_safeguarding_concerns_id_fk";
--> statement-breakpoint
ALTER TABLE "safeguarding_actions" DROP CONSTRAINT "safeguarding_actions_concern_id_safeguarding_concerns_id_fk";
--> statement-breakpoint
ALTER TABLE "safeguarding_alerts" DROP CONSTRAINT "safeguarding_alerts_concern_id_safeguarding_concerns_id_fk";
--> statement-breakpoint
ALTER TABLE "safeguarding_concerns" DROP CONSTRAINT "safeguarding_concerns_academy_id_academies_id_fk";
--> statement-breakpoint
ALTER TABLE "safeguarding_concerns" DROP CONSTRAINT "safeguarding_concerns_case_id_cases_id_fk";
--> statement-breakpoint
ALTER TABLE "safeguarding_deputies" DROP CONSTRAINT "safeguarding_deputies_academy_id_academies_id_fk";
--> statement-breakpoint
ALTER TABLE "safeguarding_referrals" DROP CONSTRAINT "safeguarding_referrals_concern_id_safeguarding_concerns_id_fk";
--> statement-breakpoint
ALTER TABLE "safeguarding_steps" DROP CONSTRAINT "safeguarding_steps_concern_id_safeguarding_concerns_id_fk";
--> statement-breakpoint
ALTER TABLE "safeguarding_transfers_received" DROP CONSTRAINT "safeguarding_transfers_received_academy_id_academies_id_fk";
--> statement-breakpoint
ALTER TABLE "safeguarding_transfers_sent" DROP CONSTRAINT "safeguarding_transfers_sent_academy_id_academies_id_fk";
--> statement-breakpoint
ALTER TABLE "safeguarding_transfers_sent" DROP CONSTRAINT "safeguarding_transfers_sent_to_academy_id_academies_id_fk";
--> statement-breakpoint
ALTER TABLE "conduct_log_access_grants" DROP CONSTRAINT "conduct_log_access_grants_academy_id_academies_id_fk";
--> statement-breakpoint
ALTER TABLE "conduct_log_access_grants" DROP CONSTRAINT "conduct_log_access_grants_entry_id_conduct_log_entries_id_fk";
--> statement-breakpoint
ALTER TABLE "conduct_log_entries" DROP CONSTRAINT "conduct_log_entries_academy_id_academies_id_fk";
--> statement-breakpoint
ALTER TABLE "concern_attachments" DROP CONSTRAINT "concern_attachments_report_id_concern_reports_id_fk";
--> statement-breakpoint
ALTER TABLE "concern_events" DROP CONSTRAINT "concern_events_report_id_concern_reports_id_fk";
--> statement-breakpoint
ALTER TABLE "concern_exclusions" DROP CONSTRAINT "concern_exclusions_report_id_concern_reports_id_fk";
--> statement-breakpoint
ALTER TABLE "concern_follow_sessions" DROP CONSTRAINT "concern_follow_sessions_report_id_concern_reports_id_fk";
--> statement-breakpoint
ALTER TABLE "concern_messages" DROP CONSTRAINT "concern_messages_report_id_concern_reports_id_fk";
--> statement-breakpoint
ALTER TABLE "concern_notes" DROP CONSTRAINT "concern_notes_report_id_concern_reports_id_fk";
--> statement-breakpoint
ALTER TABLE "concern_reporter_accounts" DROP CONSTRAINT "concern_reporter_accounts_report_id_concern_reports_id_fk";
--> statement-breakpoint
ALTER TABLE "concern_reporters" DROP CONSTRAINT "concern_reporters_report_id_concern_reports_id_fk";
--> statement-breakpoint
ALTER TABLE "concern_reports" DROP CONSTRAINT "concern_reports_case_id_cases_id_fk";
--> statement-breakpoint
ALTER TABLE "concern_reveals" DROP CONSTRAINT "concern_reveals_report_id_concern_reports_id_fk";
--> statement-breakpoint
ALTER TABLE "programme_adjustment_requests" DROP CONSTRAINT "programme_adjustment_requests_participant_id_programme_participants_id_fk";
--> statement-breakpoint
ALTER TABLE "programme_mentor_requests" DROP CONSTRAINT "programme_mentor_requests_participant_id_programme_participants_id_fk";
--> statement-breakpoint
ALTER TABLE "portfolio_evidence" DROP CONSTRAINT "portfolio_evidence_participant_id_programme_participants_id_fk";
--> statement-breakpoint
ALTER TABLE "portfolio_evidence" DROP CONSTRAINT "portfolio_evidence_file_id_files_id_fk";
--> statement-breakpoint
ALTER TABLE "portfolio_sections" DROP CONSTRAINT "portfolio_sections_participant_id_programme_participants_id_fk";
--> statement-breakpoint
ALTER TABLE "portfolio_submissions" DROP CONSTRAINT "portfolio_submissions_participant_id_programme_participants_id_fk";
--> statement-breakpoint
ALTER TABLE "programme_participants" DROP CONSTRAINT "programme_participants_cohort_id_programme_cohorts_id_fk";
--> statement-breakpoint
ALTER TABLE "programme_support_appeals" DROP CONSTRAINT "programme_support_appeals_participant_id_programme_participants_id_fk";
--> statement-breakpoint
ALTER TABLE "programme_support_requests" DROP CONSTRAINT "programme_support_requests_participant_id_programme_participants_id_fk";
--> statement-breakpoint
ALTER TABLE "programme_supporter_invitations" DROP CONSTRAINT "programme_supporter_invitations_participant_id_programme_participants_id_fk";
--> statement-breakpoint
ALTER TABLE "programme_communications" DROP CONSTRAINT "programme_communications_cohort_id_programme_cohorts_id_fk";
--> statement-breakpoint
DROP INDEX "attestations_once";--> statement-breakpoint
DROP INDEX "case_documents_file";--> statement-breakpoint
DROP INDEX "case_recusals_person";--> statement-breakpoint
DROP INDEX "safeguarding_access_grants_current";--> statement-breakpoint
DROP INDEX "safeguarding_alerts_once";--> statement-breakpoint
DROP INDEX "concern_exclusions_person";--> statement-breakpoint
DROP INDEX "portfolio_evidence_file";--> statement-breakpoint
DROP INDEX "programme_supporter_invitations_token";--> statement-breakpoint
ALTER TABLE "self_assessment_entries" DROP CONSTRAINT "self_assessment_entries_assessment_id_provision_id_pk";--> statement-breakpoint
ALTER TABLE "declaration_recipients" DROP CONSTRAINT "declaration_recipients_declaration_id_person_id_pk";--> statement-breakpoint
ALTER TABLE "declaration_returns" DROP CONSTRAINT "declaration_returns_campaign_id_person_id_pk";--> statement-breakpoint
ALTER TABLE "case_officers" DROP CONSTRAINT "case_officers_case_id_person_id_pk";--> statement-breakpoint
ALTER TABLE "case_panel" DROP CONSTRAINT "case_panel_case_id_person_id_pk";--> statement-breakpoint
ALTER TABLE "safeguarding_deputies" DROP CONSTRAINT "safeguarding_deputies_academy_id_person_id_pk";--> statement-breakpoint
ALTER TABLE "programme_mentor_pool" DROP CONSTRAINT "programme_mentor_pool_organisation_id_person_id_pk";--> statement-breakpoint
ALTER TABLE "portfolio_sections" DROP CONSTRAINT "portfolio_sections_participant_id_section_pk";--> statement-breakpoint
ALTER TABLE "portfolio_submissions" DROP CONSTRAINT "portfolio_submissions_participant_id_attempt_pk";--> statement-breakpoint
ALTER TABLE "programme_settings" DROP CONSTRAINT "programme_settings_organisation_id_programme_pk";--> statement-breakpoint
ALTER TABLE "retention_periods" DROP CONSTRAINT "retention_periods_organisation_id_record_type_pk";--> statement-breakpoint
ALTER TABLE "academies" DROP CONSTRAINT "academies_pkey";--> statement-breakpoint
ALTER TABLE "academy_terms" DROP CONSTRAINT "academy_terms_pkey";--> statement-breakpoint
ALTER TABLE "employments" DROP CONSTRAINT "employments_pkey";--> statement-breakpoint
ALTER TABLE "memberships" DROP CONSTRAINT "memberships_pkey";--> statement-breakpoint
ALTER TABLE "regions" DROP CONSTRAINT "regions_pkey";--> statement-breakpoint
ALTER TABLE "role_assignments" DROP CONSTRAINT "role_assignments_pkey";--> statement-breakpoint
ALTER TABLE "deadlines" DROP CONSTRAINT "deadlines_pkey";--> statement-breakpoint
ALTER TABLE "adoptions" DROP CONSTRAINT "adoptions_pkey";--> statement-breakpoint
ALTER TABLE "attestation_campaigns" DROP CONSTRAINT "attestation_campaigns_pkey";--> statement-breakpoint
ALTER TABLE "attestations" DROP CONSTRAINT "attestations_pkey";--> statement-breakpoint
ALTER TABLE "citations" DROP CONSTRAINT "citations_pkey";--> statement-breakpoint
ALTER TABLE "files" DROP CONSTRAINT "files_pkey";--> statement-breakpoint
ALTER TABLE "cpd_activities" DROP CONSTRAINT "cpd_activities_pkey";--> statement-breakpoint
ALTER TABLE "development_goals" DROP CONSTRAINT "development_goals_pkey";--> statement-breakpoint
ALTER TABLE "development_shares" DROP CONSTRAINT "development_shares_pkey";--> statement-breakpoint
ALTER TABLE "evidence" DROP CONSTRAINT "evidence_pkey";--> statement-breakpoint
ALTER TABLE "self_assessments" DROP CONSTRAINT "self_assessments_pkey";--> statement-breakpoint
ALTER TABLE "standards_choices" DROP CONSTRAINT "standards_choices_pkey";--> statement-breakpoint
ALTER TABLE "declaration_campaigns" DROP CONSTRAINT "declaration_campaigns_pkey";--> statement-breakpoint
ALTER TABLE "declaration_catalogues" DROP CONSTRAINT "declaration_catalogues_pkey";--> statement-breakpoint
ALTER TABLE "declaration_steps" DROP CONSTRAINT "declaration_steps_pkey";--> statement-breakpoint
ALTER TABLE "declarations" DROP CONSTRAINT "declarations_pkey";--> statement-breakpoint
ALTER TABLE "safe_working_requests" DROP CONSTRAINT "safe_working_requests_pkey";--> statement-breakpoint
ALTER TABLE "case_consents" DROP CONSTRAINT "case_consents_pkey";--> statement-breakpoint
ALTER TABLE "case_documents" DROP CONSTRAINT "case_documents_pkey";--> statement-breakpoint
ALTER TABLE "case_events" DROP CONSTRAINT "case_events_pkey";--> statement-breakpoint
ALTER TABLE "case_information_requests" DROP CONSTRAINT "case_information_requests_pkey";--> statement-breakpoint
ALTER TABLE "case_letters" DROP CONSTRAINT "case_letters_pkey";--> statement-breakpoint
ALTER TABLE "case_recusals" DROP CONSTRAINT "case_recusals_pkey";--> statement-breakpoint
ALTER TABLE "cases" DROP CONSTRAINT "cases_pkey";--> statement-breakpoint
ALTER TABLE "body_map_marks" DROP CONSTRAINT "body_map_marks_pkey";--> statement-breakpoint
ALTER TABLE "safeguarding_access_grants" DROP CONSTRAINT "safeguarding_access_grants_pkey";--> statement-breakpoint
ALTER TABLE "safeguarding_actions" DROP CONSTRAINT "safeguarding_actions_pkey";--> statement-breakpoint
ALTER TABLE "safeguarding_alerts" DROP CONSTRAINT "safeguarding_alerts_pkey";--> statement-breakpoint
ALTER TABLE "safeguarding_concerns" DROP CONSTRAINT "safeguarding_concerns_pkey";--> statement-breakpoint
ALTER TABLE "safeguarding_referrals" DROP CONSTRAINT "safeguarding_referrals_pkey";--> statement-breakpoint
ALTER TABLE "safeguarding_steps" DROP CONSTRAINT "safeguarding_steps_pkey";--> statement-breakpoint
ALTER TABLE "safeguarding_transfers_received" DROP CONSTRAINT "safeguarding_transfers_received_pkey";--> statement-breakpoint
ALTER TABLE "safeguarding_transfers_sent" DROP CONSTRAINT "safeguarding_transfers_sent_pkey";--> statement-breakpoint
ALTER TABLE "conduct_log_access_grants" DROP CONSTRAINT "conduct_log_access_grants_pkey";--> statement-breakpoint
ALTER TABLE "conduct_log_entries" DROP CONSTRAINT "conduct_log_entries_pkey";--> statement-breakpoint
ALTER TABLE "conduct_log_settings" DROP CONSTRAINT "conduct_log_settings_pkey";--> statement-breakpoint
ALTER TABLE "concern_attachments" DROP CONSTRAINT "concern_attachments_pkey";--> statement-breakpoint
ALTER TABLE "concern_events" DROP CONSTRAINT "concern_events_pkey";--> statement-breakpoint
ALTER TABLE "concern_exclusions" DROP CONSTRAINT "concern_exclusions_pkey";--> statement-breakpoint
ALTER TABLE "concern_follow_sessions" DROP CONSTRAINT "concern_follow_sessions_pkey";--> statement-breakpoint
ALTER TABLE "concern_lookup_failures" DROP CONSTRAINT "concern_lookup_failures_pkey";--> statement-breakpoint
ALTER TABLE "concern_messages" DROP CONSTRAINT "concern_messages_pkey";--> statement-breakpoint
ALTER TABLE "concern_notes" DROP CONSTRAINT "concern_notes_pkey";--> statement-breakpoint
ALTER TABLE "concern_policies" DROP CONSTRAINT "concern_policies_pkey";--> statement-breakpoint
ALTER TABLE "concern_reporter_accounts" DROP CONSTRAINT "concern_reporter_accounts_pkey";--> statement-breakpoint
ALTER TABLE "concern_reporters" DROP CONSTRAINT "concern_reporters_pkey";--> statement-breakpoint
ALTER TABLE "concern_reports" DROP CONSTRAINT "concern_reports_pkey";--> statement-breakpoint
ALTER TABLE "concern_reveals" DROP CONSTRAINT "concern_reveals_pkey";--> statement-breakpoint
ALTER TABLE "programme_adjustment_requests" DROP CONSTRAINT "programme_adjustment_requests_pkey";--> statement-breakpoint
ALTER TABLE "programme_mentor_requests" DROP CONSTRAINT "programme_mentor_requests_pkey";--> statement-breakpoint
ALTER TABLE "portfolio_evidence" DROP CONSTRAINT "portfolio_evidence_pkey";--> statement-breakpoint
ALTER TABLE "programme_cohorts" DROP CONSTRAINT "programme_cohorts_pkey";--> statement-breakpoint
ALTER TABLE "programme_participants" DROP CONSTRAINT "programme_participants_pkey";--> statement-breakpoint
ALTER TABLE "programme_support_appeals" DROP CONSTRAINT "programme_support_appeals_pkey";--> statement-breakpoint
ALTER TABLE "programme_support_requests" DROP CONSTRAINT "programme_support_requests_pkey";--> statement-breakpoint
ALTER TABLE "programme_supporter_invitations" DROP CONSTRAINT "programme_supporter_invitations_pkey";--> statement-breakpoint
ALTER TABLE "programme_communications" DROP CONSTRAINT "programme_communications_pkey";--> statement-breakpoint
ALTER TABLE "legal_holds" DROP CONSTRAINT "legal_holds_pkey";--> statement-breakpoint
ALTER TABLE "retention_deletions" DROP CONSTRAINT "retention_deletions_pkey";--> statement-breakpoint
ALTER TABLE "retention_reviews" DROP CONSTRAINT "retention_reviews_pkey";--> statement-breakpoint
-- A self-assessment's entries now carry its organisation, like every other tenant table.
ALTER TABLE "self_assessment_entries" ADD COLUMN "organisation_id" uuid;--> statement-breakpoint
UPDATE "self_assessment_entries" e SET "organisation_id" = a."organisation_id" FROM "self_assessments" a WHERE a."id" = e."assessment_id";--> statement-breakpoint
ALTER TABLE "self_assessment_entries" ALTER COLUMN "organisation_id" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "academies" ADD CONSTRAINT "academies_pkey" PRIMARY KEY("organisation_id","id");--> statement-breakpoint
ALTER TABLE "academy_terms" ADD CONSTRAINT "academy_terms_pkey" PRIMARY KEY("organisation_id","id");--> statement-breakpoint
ALTER TABLE "employments" ADD CONSTRAINT "employments_pkey" PRIMARY KEY("organisation_id","id");--> statement-breakpoint
ALTER TABLE "memberships" ADD CONSTRAINT "memberships_pkey" PRIMARY KEY("organisation_id","id");--> statement-breakpoint
ALTER TABLE "regions" ADD CONSTRAINT "regions_pkey" PRIMARY KEY("organisation_id","id");--> statement-breakpoint
ALTER TABLE "role_assignments" ADD CONSTRAINT "role_assignments_pkey" PRIMARY KEY("organisation_id","id");--> statement-breakpoint
ALTER TABLE "deadlines" ADD CONSTRAINT "deadlines_pkey" PRIMARY KEY("organisation_id","id");--> statement-breakpoint
ALTER TABLE "adoptions" ADD CONSTRAINT "adoptions_pkey" PRIMARY KEY("organisation_id","id");--> statement-breakpoint
ALTER TABLE "attestation_campaigns" ADD CONSTRAINT "attestation_campaigns_pkey" PRIMARY KEY("organisation_id","id");--> statement-breakpoint
ALTER TABLE "attestations" ADD CONSTRAINT "attestations_pkey" PRIMARY KEY("organisation_id","id");--> statement-breakpoint
ALTER TABLE "citations" ADD CONSTRAINT "citations_pkey" PRIMARY KEY("organisation_id","id");--> statement-breakpoint
ALTER TABLE "files" ADD CONSTRAINT "files_pkey" PRIMARY KEY("organisation_id","id");--> statement-breakpoint
ALTER TABLE "cpd_activities" ADD CONSTRAINT "cpd_activities_pkey" PRIMARY KEY("organisation_id","id");--> statement-breakpoint
ALTER TABLE "development_goals" ADD CONSTRAINT "development_goals_pkey" PRIMARY KEY("organisation_id","id");--> statement-breakpoint
ALTER TABLE "development_shares" ADD CONSTRAINT "development_shares_pkey" PRIMARY KEY("organisation_id","id");--> statement-breakpoint
ALTER TABLE "evidence" ADD CONSTRAINT "evidence_pkey" PRIMARY KEY("organisation_id","id");--> statement-breakpoint
ALTER TABLE "self_assessment_entries" ADD CONSTRAINT "self_assessment_entries_pkey" PRIMARY KEY("organisation_id","assessment_id","provision_id");--> statement-breakpoint
ALTER TABLE "self_assessments" ADD CONSTRAINT "self_assessments_pkey" PRIMARY KEY("organisation_id","id");--> statement-breakpoint
ALTER TABLE "standards_choices" ADD CONSTRAINT "standards_choices_pkey" PRIMARY KEY("organisation_id");--> statement-breakpoint
ALTER TABLE "declaration_campaigns" ADD CONSTRAINT "declaration_campaigns_pkey" PRIMARY KEY("organisation_id","id");--> statement-breakpoint
ALTER TABLE "declaration_catalogues" ADD CONSTRAINT "declaration_catalogues_pkey" PRIMARY KEY("organisation_id");--> statement-breakpoint
ALTER TABLE "declaration_recipients" ADD CONSTRAINT "declaration_recipients_pkey" PRIMARY KEY("organisation_id","declaration_id","person_id");--> statement-breakpoint
ALTER TABLE "declaration_returns" ADD CONSTRAINT "declaration_returns_pkey" PRIMARY KEY("organisation_id","campaign_id","person_id");--> statement-breakpoint
ALTER TABLE "declaration_steps" ADD CONSTRAINT "declaration_steps_pkey" PRIMARY KEY("organisation_id","id");--> statement-breakpoint
ALTER TABLE "declarations" ADD CONSTRAINT "declarations_pkey" PRIMARY KEY("organisation_id","id");--> statement-breakpoint
ALTER TABLE "safe_working_requests" ADD CONSTRAINT "safe_working_requests_pkey" PRIMARY KEY("organisation_id","id");--> statement-breakpoint
ALTER TABLE "case_consents" ADD CONSTRAINT "case_consents_pkey" PRIMARY KEY("organisation_id","request_id");--> statement-breakpoint
ALTER TABLE "case_documents" ADD CONSTRAINT "case_documents_pkey" PRIMARY KEY("organisation_id","id");--> statement-breakpoint
ALTER TABLE "case_events" ADD CONSTRAINT "case_events_pkey" PRIMARY KEY("organisation_id","id");--> statement-breakpoint
ALTER TABLE "case_information_requests" ADD CONSTRAINT "case_information_requests_pkey" PRIMARY KEY("organisation_id","id");--> statement-breakpoint
ALTER TABLE "case_letters" ADD CONSTRAINT "case_letters_pkey" PRIMARY KEY("organisation_id","id");--> statement-breakpoint
ALTER TABLE "case_officers" ADD CONSTRAINT "case_officers_pkey" PRIMARY KEY("organisation_id","case_id","person_id");--> statement-breakpoint
ALTER TABLE "case_panel" ADD CONSTRAINT "case_panel_pkey" PRIMARY KEY("organisation_id","case_id","person_id");--> statement-breakpoint
ALTER TABLE "case_recusals" ADD CONSTRAINT "case_recusals_pkey" PRIMARY KEY("organisation_id","id");--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_pkey" PRIMARY KEY("organisation_id","id");--> statement-breakpoint
ALTER TABLE "body_map_marks" ADD CONSTRAINT "body_map_marks_pkey" PRIMARY KEY("organisation_id","id");--> statement-breakpoint
ALTER TABLE "safeguarding_access_grants" ADD CONSTRAINT "safeguarding_access_grants_pkey" PRIMARY KEY("organisation_id","id");--> statement-breakpoint
ALTER TABLE "safeguarding_actions" ADD CONSTRAINT "safeguarding_actions_pkey" PRIMARY KEY("organisation_id","id");--> statement-breakpoint
ALTER TABLE "safeguarding_alerts" ADD CONSTRAINT "safeguarding_alerts_pkey" PRIMARY KEY("organisation_id","id");--> statement-breakpoint
ALTER TABLE "safeguarding_concerns" ADD CONSTRAINT "safeguarding_concerns_pkey" PRIMARY KEY("organisation_id","id");--> statement-breakpoint
ALTER TABLE "safeguarding_deputies" ADD CONSTRAINT "safeguarding_deputies_pkey" PRIMARY KEY("organisation_id","academy_id","person_id");--> statement-breakpoint
ALTER TABLE "safeguarding_referrals" ADD CONSTRAINT "safeguarding_referrals_pkey" PRIMARY KEY("organisation_id","id");--> statement-breakpoint
ALTER TABLE "safeguarding_steps" ADD CONSTRAINT "safeguarding_steps_pkey" PRIMARY KEY("organisation_id","id");--> statement-breakpoint
ALTER TABLE "safeguarding_transfers_received" ADD CONSTRAINT "safeguarding_transfers_received_pkey" PRIMARY KEY("organisation_id","id");--> statement-breakpoint
ALTER TABLE "safeguarding_transfers_sent" ADD CONSTRAINT "safeguarding_transfers_sent_pkey" PRIMARY KEY("organisation_id","id");--> statement-breakpoint
ALTER TABLE "conduct_log_access_grants" ADD CONSTRAINT "conduct_log_access_grants_pkey" PRIMARY KEY("organisation_id","id");--> statement-breakpoint
ALTER TABLE "conduct_log_entries" ADD CONSTRAINT "conduct_log_entries_pkey" PRIMARY KEY("organisation_id","id");--> statement-breakpoint
ALTER TABLE "conduct_log_settings" ADD CONSTRAINT "conduct_log_settings_pkey" PRIMARY KEY("organisation_id");--> statement-breakpoint
ALTER TABLE "concern_attachments" ADD CONSTRAINT "concern_attachments_pkey" PRIMARY KEY("organisation_id","id");--> statement-breakpoint
ALTER TABLE "concern_events" ADD CONSTRAINT "concern_events_pkey" PRIMARY KEY("organisation_id","id");--> statement-breakpoint
ALTER TABLE "concern_exclusions" ADD CONSTRAINT "concern_exclusions_pkey" PRIMARY KEY("organisation_id","id");--> statement-breakpoint
ALTER TABLE "concern_follow_sessions" ADD CONSTRAINT "concern_follow_sessions_pkey" PRIMARY KEY("organisation_id","token_hash");--> statement-breakpoint
ALTER TABLE "concern_lookup_failures" ADD CONSTRAINT "concern_lookup_failures_pkey" PRIMARY KEY("organisation_id","id");--> statement-breakpoint
ALTER TABLE "concern_messages" ADD CONSTRAINT "concern_messages_pkey" PRIMARY KEY("organisation_id","id");--> statement-breakpoint
ALTER TABLE "concern_notes" ADD CONSTRAINT "concern_notes_pkey" PRIMARY KEY("organisation_id","id");--> statement-breakpoint
ALTER TABLE "concern_policies" ADD CONSTRAINT "concern_policies_pkey" PRIMARY KEY("organisation_id");--> statement-breakpoint
ALTER TABLE "concern_reporter_accounts" ADD CONSTRAINT "concern_reporter_accounts_pkey" PRIMARY KEY("organisation_id","report_id");--> statement-breakpoint
ALTER TABLE "concern_reporters" ADD CONSTRAINT "concern_reporters_pkey" PRIMARY KEY("organisation_id","report_id");--> statement-breakpoint
ALTER TABLE "concern_reports" ADD CONSTRAINT "concern_reports_pkey" PRIMARY KEY("organisation_id","id");--> statement-breakpoint
ALTER TABLE "concern_reveals" ADD CONSTRAINT "concern_reveals_pkey" PRIMARY KEY("organisation_id","id");--> statement-breakpoint
ALTER TABLE "programme_adjustment_requests" ADD CONSTRAINT "programme_adjustment_requests_pkey" PRIMARY KEY("organisation_id","id");--> statement-breakpoint
ALTER TABLE "programme_mentor_pool" ADD CONSTRAINT "programme_mentor_pool_pkey" PRIMARY KEY("organisation_id","person_id");--> statement-breakpoint
ALTER TABLE "programme_mentor_requests" ADD CONSTRAINT "programme_mentor_requests_pkey" PRIMARY KEY("organisation_id","participant_id");--> statement-breakpoint
ALTER TABLE "portfolio_evidence" ADD CONSTRAINT "portfolio_evidence_pkey" PRIMARY KEY("organisation_id","id");--> statement-breakpoint
ALTER TABLE "portfolio_sections" ADD CONSTRAINT "portfolio_sections_pkey" PRIMARY KEY("organisation_id","participant_id","section");--> statement-breakpoint
ALTER TABLE "portfolio_submissions" ADD CONSTRAINT "portfolio_submissions_pkey" PRIMARY KEY("organisation_id","participant_id","attempt");--> statement-breakpoint
ALTER TABLE "programme_cohorts" ADD CONSTRAINT "programme_cohorts_pkey" PRIMARY KEY("organisation_id","id");--> statement-breakpoint
ALTER TABLE "programme_participants" ADD CONSTRAINT "programme_participants_pkey" PRIMARY KEY("organisation_id","id");--> statement-breakpoint
ALTER TABLE "programme_settings" ADD CONSTRAINT "programme_settings_pkey" PRIMARY KEY("organisation_id","programme");--> statement-breakpoint
ALTER TABLE "programme_support_appeals" ADD CONSTRAINT "programme_support_appeals_pkey" PRIMARY KEY("organisation_id","id");--> statement-breakpoint
ALTER TABLE "programme_support_requests" ADD CONSTRAINT "programme_support_requests_pkey" PRIMARY KEY("organisation_id","id");--> statement-breakpoint
ALTER TABLE "programme_supporter_invitations" ADD CONSTRAINT "programme_supporter_invitations_pkey" PRIMARY KEY("organisation_id","id");--> statement-breakpoint
ALTER TABLE "programme_communications" ADD CONSTRAINT "programme_communications_pkey" PRIMARY KEY("organisation_id","id");--> statement-breakpoint
ALTER TABLE "legal_holds" ADD CONSTRAINT "legal_holds_pkey" PRIMARY KEY("organisation_id","id");--> statement-breakpoint
ALTER TABLE "retention_deletions" ADD CONSTRAINT "retention_deletions_pkey" PRIMARY KEY("organisation_id","id");--> statement-breakpoint
ALTER TABLE "retention_periods" ADD CONSTRAINT "retention_periods_pkey" PRIMARY KEY("organisation_id","record_type");--> statement-breakpoint
ALTER TABLE "retention_reviews" ADD CONSTRAINT "retention_reviews_pkey" PRIMARY KEY("organisation_id","id");--> statement-breakpoint
ALTER TABLE "academies" ADD CONSTRAINT "academies_region_id_fk" FOREIGN KEY ("organisation_id","region_id") REFERENCES "public"."regions"("organisation_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "academy_terms" ADD CONSTRAINT "academy_terms_academy_id_fk" FOREIGN KEY ("organisation_id","academy_id") REFERENCES "public"."academies"("organisation_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "employments" ADD CONSTRAINT "employments_academy_id_fk" FOREIGN KEY ("organisation_id","academy_id") REFERENCES "public"."academies"("organisation_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "role_assignments" ADD CONSTRAINT "role_assignments_academy_id_fk" FOREIGN KEY ("organisation_id","academy_id") REFERENCES "public"."academies"("organisation_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "role_assignments" ADD CONSTRAINT "role_assignments_region_id_fk" FOREIGN KEY ("organisation_id","region_id") REFERENCES "public"."regions"("organisation_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deadlines" ADD CONSTRAINT "deadlines_academy_id_fk" FOREIGN KEY ("organisation_id","academy_id") REFERENCES "public"."academies"("organisation_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attestation_campaigns" ADD CONSTRAINT "attestation_campaigns_adoption_id_fk" FOREIGN KEY ("organisation_id","adoption_id") REFERENCES "public"."adoptions"("organisation_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attestations" ADD CONSTRAINT "attestations_campaign_id_fk" FOREIGN KEY ("organisation_id","campaign_id") REFERENCES "public"."attestation_campaigns"("organisation_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evidence" ADD CONSTRAINT "evidence_assessment_id_fk" FOREIGN KEY ("organisation_id","assessment_id") REFERENCES "public"."self_assessments"("organisation_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evidence" ADD CONSTRAINT "evidence_activity_id_fk" FOREIGN KEY ("organisation_id","activity_id") REFERENCES "public"."cpd_activities"("organisation_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evidence" ADD CONSTRAINT "evidence_file_id_fk" FOREIGN KEY ("organisation_id","file_id") REFERENCES "public"."files"("organisation_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "self_assessment_entries" ADD CONSTRAINT "self_assessment_entries_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "self_assessment_entries" ADD CONSTRAINT "self_assessment_entries_assessment_id_fk" FOREIGN KEY ("organisation_id","assessment_id") REFERENCES "public"."self_assessments"("organisation_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "declaration_recipients" ADD CONSTRAINT "declaration_recipients_declaration_id_fk" FOREIGN KEY ("organisation_id","declaration_id") REFERENCES "public"."declarations"("organisation_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "declaration_returns" ADD CONSTRAINT "declaration_returns_campaign_id_fk" FOREIGN KEY ("organisation_id","campaign_id") REFERENCES "public"."declaration_campaigns"("organisation_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "declaration_steps" ADD CONSTRAINT "declaration_steps_declaration_id_fk" FOREIGN KEY ("organisation_id","declaration_id") REFERENCES "public"."declarations"("organisation_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "declarations" ADD CONSTRAINT "declarations_academy_id_fk" FOREIGN KEY ("organisation_id","academy_id") REFERENCES "public"."academies"("organisation_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "safe_working_requests" ADD CONSTRAINT "safe_working_requests_academy_id_fk" FOREIGN KEY ("organisation_id","academy_id") REFERENCES "public"."academies"("organisation_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_consents" ADD CONSTRAINT "case_consents_request_id_fk" FOREIGN KEY ("organisation_id","request_id") REFERENCES "public"."case_information_requests"("organisation_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_consents" ADD CONSTRAINT "case_consents_case_id_fk" FOREIGN KEY ("organisation_id","case_id") REFERENCES "public"."cases"("organisation_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_documents" ADD CONSTRAINT "case_documents_case_id_fk" FOREIGN KEY ("organisation_id","case_id") REFERENCES "public"."cases"("organisation_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_documents" ADD CONSTRAINT "case_documents_request_id_fk" FOREIGN KEY ("organisation_id","request_id") REFERENCES "public"."case_information_requests"("organisation_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_documents" ADD CONSTRAINT "case_documents_file_id_fk" FOREIGN KEY ("organisation_id","file_id") REFERENCES "public"."files"("organisation_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_events" ADD CONSTRAINT "case_events_case_id_fk" FOREIGN KEY ("organisation_id","case_id") REFERENCES "public"."cases"("organisation_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_information_requests" ADD CONSTRAINT "case_information_requests_case_id_fk" FOREIGN KEY ("organisation_id","case_id") REFERENCES "public"."cases"("organisation_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_letters" ADD CONSTRAINT "case_letters_case_id_fk" FOREIGN KEY ("organisation_id","case_id") REFERENCES "public"."cases"("organisation_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_letters" ADD CONSTRAINT "case_letters_request_id_fk" FOREIGN KEY ("organisation_id","request_id") REFERENCES "public"."case_information_requests"("organisation_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_officers" ADD CONSTRAINT "case_officers_case_id_fk" FOREIGN KEY ("organisation_id","case_id") REFERENCES "public"."cases"("organisation_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_panel" ADD CONSTRAINT "case_panel_case_id_fk" FOREIGN KEY ("organisation_id","case_id") REFERENCES "public"."cases"("organisation_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_recusals" ADD CONSTRAINT "case_recusals_case_id_fk" FOREIGN KEY ("organisation_id","case_id") REFERENCES "public"."cases"("organisation_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_declaration_id_fk" FOREIGN KEY ("organisation_id","declaration_id") REFERENCES "public"."declarations"("organisation_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "body_map_marks" ADD CONSTRAINT "body_map_marks_concern_id_fk" FOREIGN KEY ("organisation_id","concern_id") REFERENCES "public"."safeguarding_concerns"("organisation_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "safeguarding_access_grants" ADD CONSTRAINT "safeguarding_access_grants_concern_id_fk" FOREIGN KEY ("organisation_id","concern_id") REFERENCES "public"."safeguarding_concerns"("organisation_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "safeguarding_actions" ADD CONSTRAINT "safeguarding_actions_concern_id_fk" FOREIGN KEY ("organisation_id","concern_id") REFERENCES "public"."safeguarding_concerns"("organisation_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "safeguarding_alerts" ADD CONSTRAINT "safeguarding_alerts_concern_id_fk" FOREIGN KEY ("organisation_id","concern_id") REFERENCES "public"."safeguarding_concerns"("organisation_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "safeguarding_concerns" ADD CONSTRAINT "safeguarding_concerns_academy_id_fk" FOREIGN KEY ("organisation_id","academy_id") REFERENCES "public"."academies"("organisation_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "safeguarding_concerns" ADD CONSTRAINT "safeguarding_concerns_case_id_fk" FOREIGN KEY ("organisation_id","case_id") REFERENCES "public"."cases"("organisation_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "safeguarding_deputies" ADD CONSTRAINT "safeguarding_deputies_academy_id_fk" FOREIGN KEY ("organisation_id","academy_id") REFERENCES "public"."academies"("organisation_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "safeguarding_referrals" ADD CONSTRAINT "safeguarding_referrals_concern_id_fk" FOREIGN KEY ("organisation_id","concern_id") REFERENCES "public"."safeguarding_concerns"("organisation_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "safeguarding_steps" ADD CONSTRAINT "safeguarding_steps_concern_id_fk" FOREIGN KEY ("organisation_id","concern_id") REFERENCES "public"."safeguarding_concerns"("organisation_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "safeguarding_transfers_received" ADD CONSTRAINT "safeguarding_transfers_received_academy_id_fk" FOREIGN KEY ("organisation_id","academy_id") REFERENCES "public"."academies"("organisation_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "safeguarding_transfers_sent" ADD CONSTRAINT "safeguarding_transfers_sent_academy_id_fk" FOREIGN KEY ("organisation_id","academy_id") REFERENCES "public"."academies"("organisation_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "safeguarding_transfers_sent" ADD CONSTRAINT "safeguarding_transfers_sent_to_academy_id_fk" FOREIGN KEY ("to_organisation_id","to_academy_id") REFERENCES "public"."academies"("organisation_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conduct_log_access_grants" ADD CONSTRAINT "conduct_log_access_grants_academy_id_fk" FOREIGN KEY ("organisation_id","academy_id") REFERENCES "public"."academies"("organisation_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conduct_log_access_grants" ADD CONSTRAINT "conduct_log_access_grants_entry_id_fk" FOREIGN KEY ("organisation_id","entry_id") REFERENCES "public"."conduct_log_entries"("organisation_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conduct_log_entries" ADD CONSTRAINT "conduct_log_entries_academy_id_fk" FOREIGN KEY ("organisation_id","academy_id") REFERENCES "public"."academies"("organisation_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "concern_attachments" ADD CONSTRAINT "concern_attachments_report_id_fk" FOREIGN KEY ("organisation_id","report_id") REFERENCES "public"."concern_reports"("organisation_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "concern_events" ADD CONSTRAINT "concern_events_report_id_fk" FOREIGN KEY ("organisation_id","report_id") REFERENCES "public"."concern_reports"("organisation_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "concern_exclusions" ADD CONSTRAINT "concern_exclusions_report_id_fk" FOREIGN KEY ("organisation_id","report_id") REFERENCES "public"."concern_reports"("organisation_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "concern_follow_sessions" ADD CONSTRAINT "concern_follow_sessions_report_id_fk" FOREIGN KEY ("organisation_id","report_id") REFERENCES "public"."concern_reports"("organisation_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "concern_messages" ADD CONSTRAINT "concern_messages_report_id_fk" FOREIGN KEY ("organisation_id","report_id") REFERENCES "public"."concern_reports"("organisation_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "concern_notes" ADD CONSTRAINT "concern_notes_report_id_fk" FOREIGN KEY ("organisation_id","report_id") REFERENCES "public"."concern_reports"("organisation_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "concern_reporter_accounts" ADD CONSTRAINT "concern_reporter_accounts_report_id_fk" FOREIGN KEY ("organisation_id","report_id") REFERENCES "public"."concern_reports"("organisation_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "concern_reporters" ADD CONSTRAINT "concern_reporters_report_id_fk" FOREIGN KEY ("organisation_id","report_id") REFERENCES "public"."concern_reports"("organisation_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "concern_reports" ADD CONSTRAINT "concern_reports_case_id_fk" FOREIGN KEY ("organisation_id","case_id") REFERENCES "public"."cases"("organisation_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "concern_reveals" ADD CONSTRAINT "concern_reveals_report_id_fk" FOREIGN KEY ("organisation_id","report_id") REFERENCES "public"."concern_reports"("organisation_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_adjustment_requests" ADD CONSTRAINT "programme_adjustment_requests_participant_id_fk" FOREIGN KEY ("organisation_id","participant_id") REFERENCES "public"."programme_participants"("organisation_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_mentor_requests" ADD CONSTRAINT "programme_mentor_requests_participant_id_fk" FOREIGN KEY ("organisation_id","participant_id") REFERENCES "public"."programme_participants"("organisation_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "portfolio_evidence" ADD CONSTRAINT "portfolio_evidence_participant_id_fk" FOREIGN KEY ("organisation_id","participant_id") REFERENCES "public"."programme_participants"("organisation_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "portfolio_evidence" ADD CONSTRAINT "portfolio_evidence_file_id_fk" FOREIGN KEY ("organisation_id","file_id") REFERENCES "public"."files"("organisation_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "portfolio_sections" ADD CONSTRAINT "portfolio_sections_participant_id_fk" FOREIGN KEY ("organisation_id","participant_id") REFERENCES "public"."programme_participants"("organisation_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "portfolio_submissions" ADD CONSTRAINT "portfolio_submissions_participant_id_fk" FOREIGN KEY ("organisation_id","participant_id") REFERENCES "public"."programme_participants"("organisation_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_participants" ADD CONSTRAINT "programme_participants_cohort_id_fk" FOREIGN KEY ("organisation_id","cohort_id") REFERENCES "public"."programme_cohorts"("organisation_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_support_appeals" ADD CONSTRAINT "programme_support_appeals_participant_id_fk" FOREIGN KEY ("organisation_id","participant_id") REFERENCES "public"."programme_participants"("organisation_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_support_requests" ADD CONSTRAINT "programme_support_requests_participant_id_fk" FOREIGN KEY ("organisation_id","participant_id") REFERENCES "public"."programme_participants"("organisation_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_supporter_invitations" ADD CONSTRAINT "programme_supporter_invitations_participant_id_fk" FOREIGN KEY ("organisation_id","participant_id") REFERENCES "public"."programme_participants"("organisation_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_communications" ADD CONSTRAINT "programme_communications_cohort_id_fk" FOREIGN KEY ("organisation_id","cohort_id") REFERENCES "public"."programme_cohorts"("organisation_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "attestations_once" ON "attestations" USING btree ("organisation_id","campaign_id","person_id");--> statement-breakpoint
CREATE UNIQUE INDEX "case_documents_file" ON "case_documents" USING btree ("organisation_id","request_id","file_id");--> statement-breakpoint
CREATE UNIQUE INDEX "case_recusals_person" ON "case_recusals" USING btree ("organisation_id","case_id","person_id");--> statement-breakpoint
CREATE UNIQUE INDEX "safeguarding_access_grants_current" ON "safeguarding_access_grants" USING btree ("organisation_id","concern_id","person_id") WHERE revoked_at is null;--> statement-breakpoint
CREATE UNIQUE INDEX "safeguarding_alerts_once" ON "safeguarding_alerts" USING btree ("organisation_id","concern_id","place","person_id");--> statement-breakpoint
CREATE UNIQUE INDEX "concern_exclusions_person" ON "concern_exclusions" USING btree ("organisation_id","report_id","person_id");--> statement-breakpoint
CREATE UNIQUE INDEX "portfolio_evidence_file" ON "portfolio_evidence" USING btree ("organisation_id","participant_id","section","file_id");--> statement-breakpoint
CREATE UNIQUE INDEX "programme_supporter_invitations_token" ON "programme_supporter_invitations" USING btree ("organisation_id","token_hash");--> statement-breakpoint
-- Walled by its own organisation now, as every other tenant table is, rather than through its assessment.
DROP POLICY organisation_wall ON "self_assessment_entries";--> statement-breakpoint
CREATE POLICY organisation_wall ON "self_assessment_entries" TO probity_app
  USING (organisation_id = nullif(current_setting('app.organisation_id', true), '')::uuid)
  WITH CHECK (organisation_id = nullif(current_setting('app.organisation_id', true), '')::uuid);
