// Every action the audit trail records, grouped by the record it concerns. A typed union rather than free
// strings, so that a misspelt action fails to compile and the trail can be searched by a known list.
// Platform lists the names, as it lists the policy's actions; the features that write them are not imported.

const actions = {
  organisation: ['organisation.updated', 'demo.seeded', 'people.imported', 'outbox.read'],
  region: ['region.created'],
  academy: ['academy.created', 'academy.updated', 'academy.terms_set'],
  person: [
    'person.added',
    'person.updated',
    'person.disabled',
    'person.enabled',
    'person.invitation_accepted',
    'person.password_changed',
    'person.password_reset_requested',
    'person.password_reset',
    'person.email_changed',
    'person.two_factor_setup_started',
    'person.two_factor_enabled',
    'person.two_factor_disabled',
    'person.recovery_codes_replaced',
    'person.notification_preferences_changed',
    'person.data_exported',
    'calendar_feed.created',
    'calendar_feed.revoked',
  ],
  session: [
    'session.sign_in',
    'session.sign_in_failed',
    'session.two_factor_challenged',
    'session.two_factor_failed',
    'session.single_sign_on_refused',
    'session.sign_out',
    'session.sign_out_everywhere',
  ],
  two_factor_secrets: ['two_factor_secrets.sealed', 'two_factor_secrets.rotated'],
  audit_trail: ['audit.searched', 'audit.verified'],
  code_version: ['code_version.loaded', 'code_version.reloaded'],
  adoption: ['code.adopted'],
  attestation_campaign: ['attestation_campaign.started', 'attestation.made'],
  citation: ['provision.cited'],
  deadline: ['deadline.created', 'deadline.met', 'deadline.waived', 'deadline.escalated', 'deadline.urgent_notice_sent'],
  development: ['development.standards_chosen', 'development.shared', 'development.share_withdrawn', 'development.viewed_shared', 'development.exported'],
  self_assessment: [
    'self_assessment.started',
    'self_assessment.entry_saved',
    'self_assessment.evidence_added',
    'self_assessment.evidence_removed',
    'self_assessment.submitted',
    'self_assessment.viewed_shared',
  ],
  development_goal: ['development_goal.created', 'development_goal.updated', 'development_goal.deleted'],
  cpd_activity: ['cpd_activity.recorded', 'cpd_activity.updated', 'cpd_activity.deleted', 'cpd_activity.evidence_added', 'cpd_activity.evidence_removed'],
  file: ['file.uploaded', 'file.downloaded'],
  declaration: [
    'declaration.drafted',
    'declaration.edited',
    'declaration.discarded',
    'declaration.submitted',
    'declaration.acknowledged',
    'declaration.reviewed',
    'declaration.marked_for_case',
    'declaration.closed',
    'declaration.viewed',
  ],
  declaration_catalogue: ['declaration_catalogue.changed', 'register.exported'],
  declaration_campaign: ['declaration_campaign.started', 'declaration_return.made'],
  safe_working_request: ['safe_working.requested', 'safe_working.condition_recorded', 'safe_working.approved', 'safe_working.refused', 'safe_working.withdrawn'],
} as const;

export type AuditAction = (typeof actions)[keyof typeof actions][number];

/** Every audit action, for a search form's choices and for tests. */
export const AUDIT_ACTIONS: readonly AuditAction[] = Object.values(actions).flat();
