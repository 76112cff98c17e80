// Words shared by the server and the web app. No imports: the web app bundles this file as it is.

/** Every role a person can hold in an organisation, an academy or a region. */
export const ROLES = [
  'member',
  'staff',
  'line_manager',
  'principal',
  'regional_education_director',
  'chief_operating_officer',
  'designated_safeguarding_lead',
  'data_protection_officer',
  'case_officer',
  'professional_status_team',
  'supporter',
  'mentor',
  'reviewer',
  'moderator',
  'panel_member',
  'organisation_admin',
  'auditor',
  // Raising concerns in confidence (003 Key Principle 6): those who handle the reports, and those who decide
  // whether a handler may know a confidential reporter's identity.
  'concerns_handler',
  'identity_custodian',
] as const;

/** The kinds of organisation Probity serves: a professional body, an employer (a trust of academies), an association. */
export const ORGANISATION_KINDS = ['professional_body', 'employer_trust', 'association'] as const;

/** Where a member of a professional body stands. */
export const MEMBERSHIP_STATUSES = ['applicant', 'active', 'suspended', 'lapsed', 'cancelled'] as const;

/** The nations of the UK, whose bank holidays differ, so that working days are counted by nation. */
export const NATIONS = ['england-and-wales', 'scotland', 'northern-ireland'] as const;

/** Passwords: at least this long (and hard to guess), at most this long. */
export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 256;

/** Evidence files: at most this many bytes each. */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;

/** The longest title a goal or a CPD activity (and its provider) may have, in characters. */
export const MAX_TITLE_LENGTH = 200;

/** The kinds of CPD activity a person records. */
export const CPD_KINDS = ['course', 'workshop', 'conference', 'reading', 'research', 'observation', 'mentoring', 'coaching', 'qualification', 'online', 'other'] as const;

/** Where a goal of a development plan stands. */
export const GOAL_STATUSES = ['not_started', 'in_progress', 'achieved', 'dropped'] as const;

/** The themes the codes' provisions are tagged with, so that codes can be read side by side. */
export const THEMES = [
  'safeguarding',
  'equality-and-diversity',
  'integrity',
  'confidentiality',
  'conflicts-of-interest',
  'professional-development',
  'duty-of-care',
  'relationships-and-boundaries',
  'reporting-and-notification',
  'data-protection',
  'health-and-safety',
  'reputation-and-conduct',
  'leadership',
  'learner-outcomes',
  'collaboration',
  'support-and-fairness',
  'assessment',
] as const;

/**
 * Calendar days a person has to confirm a code that binds them, when the adoption names no date. No code
 * sets a time for it; this is the organisation's default, stated once for the codes' rules, the deadlines
 * catalogue and the adoption form.
 */
export const ATTESTATION_PERIOD_DAYS = 28;

/**
 * 000 §2: members assess themselves "at least annually" against the Professional Standards. The next
 * self-assessment falls due this many months after one is submitted: for self-assessment's rules, the
 * deadlines catalogue and the self-assessment page.
 */
export const MONTHS_BETWEEN_ASSESSMENTS = 12;
