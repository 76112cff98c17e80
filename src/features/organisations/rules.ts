import { parse } from 'csv-parse/sync';
import type { FieldProblem } from '../../platform/errors.ts';
import type { Role } from '../../platform/policy.ts';
import { roleName } from '../../platform/people/schema.ts';

export type OrganisationKind = 'professional_body' | 'employer_trust' | 'association';

export const ROLES = roleName.enumValues;

/** Roles that make sense in each kind of organisation. */
const TRUST_ONLY: Role[] = ['staff', 'line_manager', 'principal', 'regional_education_director', 'chief_operating_officer', 'designated_safeguarding_lead'];
const MEMBER_BODY_ONLY: Role[] = ['member', 'professional_status_team', 'supporter', 'mentor', 'reviewer', 'moderator', 'panel_member'];

/** A role as people read and write it: `regional_education_director` → `regional education director`. */
export const roleWords = (role: Role | string) => role.replace(/_/g, ' ');

/** The roles an organisation of this kind gives. */
export const rolesFor = (kind: OrganisationKind): Role[] =>
  ROLES.filter((role) => (kind === 'employer_trust' ? !MEMBER_BODY_ONLY.includes(role) || role === 'mentor' : !TRUST_ONLY.includes(role)));

/**
 * Why a role cannot be held with this scope in this kind of organisation, or null when it can. `name` says
 * how to write the role: its API name by default, its words in a list a person wrote.
 */
export function roleProblem(kind: OrganisationKind, role: Role, scope: { academy: boolean; region: boolean }, name: (role: Role) => string = (r) => r): string | null {
  if (kind === 'employer_trust' && MEMBER_BODY_ONLY.includes(role) && role !== 'mentor') return `${name(role)} is not a role in an employer trust`;
  if (kind !== 'employer_trust' && TRUST_ONLY.includes(role)) return `${name(role)} is a role only in an employer trust`;
  if (scope.academy && scope.region) return 'a role is held in one academy or one region, not both';
  if (role === 'regional_education_director' && !scope.region) return 'a regional education director is appointed to a region';
  if (scope.region && role !== 'regional_education_director') return `${name(role)} is not held by region`;
  if (role === 'principal' && !scope.academy) return 'a principal leads one academy';
  if (scope.academy && kind !== 'employer_trust') return 'only an employer trust has academies';
  return null;
}

export const IMPORT_COLUMNS = [
  'email',
  'given_name',
  'family_name',
  'roles',
  'academy',
  'region',
  'job_role',
  'line_manager_email',
  'member_number',
  'membership_status',
  'started_on',
] as const;
type Column = (typeof IMPORT_COLUMNS)[number];

export interface ImportContext {
  kind: OrganisationKind;
  academies: Map<string, string>; // lower-case name → id
  regions: Map<string, string>;
  /** Emails already in this organisation (lower case). */
  existingEmails: Set<string>;
  /** Member numbers already used in this organisation. */
  existingMemberNumbers: Set<string>;
}

export interface ImportRow {
  line: number;
  email: string;
  givenName: string;
  familyName: string;
  roles: { role: Role; academyId: string | null; regionId: string | null }[];
  academyId: string | null;
  jobRole: string | null;
  lineManagerEmail: string | null;
  memberNumber: string | null;
  membershipStatus: 'applicant' | 'active' | 'suspended' | 'lapsed' | 'cancelled';
  startedOn: string | null;
}

export interface ImportPreview {
  rows: (ImportRow & { errors: FieldProblem[] })[];
  /** Problems with the file itself rather than a row. */
  fileErrors: FieldProblem[];
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const STATUSES = ['applicant', 'active', 'suspended', 'lapsed', 'cancelled'] as const;
const MAX_ROWS = 5000;
const MAX_TEXT = 200;

export function isIsoDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

const UK_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

/**
 * A date as a UK list writes it (day first: 01/09/2026, 1/9/2026) or as ISO 8601 (2026-09-01), as ISO 8601;
 * null when it is neither or no such day.
 */
export function readDate(value: string): string | null {
  const uk = UK_DATE.exec(value);
  const iso = uk ? `${uk[3]}-${uk[2]!.padStart(2, '0')}-${uk[1]!.padStart(2, '0')}` : value;
  return isIsoDate(iso) ? iso : null;
}

/**
 * Reads a staff or member list and checks every row, so that a preview can show each row's problems
 * before anything is written. Pure: the organisation's academies, regions and people come in `ctx`.
 */
export function previewImport(csv: string, ctx: ImportContext): ImportPreview {
  let records: Record<string, string>[];
  try {
    records = parse(csv, { columns: (header: string[]) => header.map((h) => h.trim().toLowerCase()), skip_empty_lines: true, trim: true, bom: true });
  } catch (error) {
    return { rows: [], fileErrors: [{ field: 'csv', reason: `is not readable CSV: ${(error as Error).message}` }] };
  }
  const header = records.length > 0 ? Object.keys(records[0] ?? {}) : csv.split(/\r?\n/, 1)[0]?.split(',').map((h) => h.trim().toLowerCase()) ?? [];
  const fileErrors: FieldProblem[] = [];
  const unknown = header.filter((h) => !(IMPORT_COLUMNS as readonly string[]).includes(h));
  if (unknown.length) fileErrors.push({ field: 'csv', reason: `has unknown columns: ${unknown.join(', ')} (known: ${IMPORT_COLUMNS.join(', ')})` });
  for (const required of ['email', 'given_name', 'family_name', 'roles'] as const) {
    if (!header.includes(required)) fileErrors.push({ field: 'csv', reason: `has no ${required} column` });
  }
  if (records.length === 0) fileErrors.push({ field: 'csv', reason: 'has no rows' });
  if (records.length > MAX_ROWS) fileErrors.push({ field: 'csv', reason: `has ${records.length} rows; import at most ${MAX_ROWS} at a time` });
  if (fileErrors.length) return { rows: [], fileErrors };

  const seenEmails = new Map<string, number>();
  const seenNumbers = new Map<string, number>();
  const rows = records.map((record, index) => {
    const line = index + 2; // the header is line 1
    const get = (column: Column) => (record[column] ?? '').trim();
    const errors: FieldProblem[] = [];
    const problem = (column: Column, reason: string) => errors.push({ field: column, reason });
    for (const column of IMPORT_COLUMNS) if (get(column).length > MAX_TEXT) problem(column, `must be at most ${MAX_TEXT} characters`);

    const email = get('email').toLowerCase();
    if (!EMAIL.test(email)) problem('email', 'must be an email address');
    else if (ctx.existingEmails.has(email)) problem('email', 'is already in this organisation');
    else if (seenEmails.has(email)) problem('email', `repeats line ${seenEmails.get(email)}`);
    else seenEmails.set(email, line);
    if (!get('given_name')) problem('given_name', 'is required');
    if (!get('family_name')) problem('family_name', 'is required');

    const academyName = get('academy');
    const academyId = academyName ? (ctx.academies.get(academyName.toLowerCase()) ?? null) : null;
    if (academyName && !academyId) problem('academy', `"${academyName}" is not an academy of this organisation`);
    const regionName = get('region');
    const regionId = regionName ? (ctx.regions.get(regionName.toLowerCase()) ?? null) : null;
    if (regionName && !regionId) problem('region', `"${regionName}" is not a region of this organisation`);

    const roles: ImportRow['roles'] = [];
    const roleNames = get('roles').split(/[;|]/).map((r) => r.trim().toLowerCase().replace(/[\s-]+/g, '_')).filter(Boolean);
    if (roleNames.length === 0) problem('roles', 'names at least one role');
    for (const name of roleNames) {
      if (!(ROLES as readonly string[]).includes(name)) {
        problem('roles', `"${roleWords(name)}" is not a role here. The roles are: ${rolesFor(ctx.kind).map(roleWords).join(', ')} (written with spaces, underscores or hyphens, in any case; several separated by ;)`);
        continue;
      }
      const role = name as Role;
      const scope = { academy: role !== 'regional_education_director' && academyId !== null, region: role === 'regional_education_director' && regionId !== null };
      const why = roleProblem(ctx.kind, role, scope, roleWords);
      if (why) problem('roles', why);
      else roles.push({ role, academyId: scope.academy ? academyId : null, regionId: scope.region ? regionId : null });
    }

    const jobRole = get('job_role') || null;
    const lineManagerEmail = get('line_manager_email').toLowerCase() || null;
    if (ctx.kind === 'employer_trust') {
      if (!jobRole) problem('job_role', 'is required for staff of a trust');
      if (lineManagerEmail && !EMAIL.test(lineManagerEmail)) problem('line_manager_email', 'must be an email address');
      if (lineManagerEmail === email) problem('line_manager_email', 'cannot be the person themself');
    } else {
      if (academyName) problem('academy', 'only an employer trust has academies');
      if (jobRole) problem('job_role', 'applies only to staff of an employer trust');
    }

    const memberNumber = get('member_number') || null;
    const status = (get('membership_status') || 'active').toLowerCase();
    if (ctx.kind === 'employer_trust') {
      if (memberNumber) problem('member_number', 'applies only to a professional body or association');
    } else if (!memberNumber) {
      problem('member_number', 'is required for a member');
    } else if (ctx.existingMemberNumbers.has(memberNumber)) {
      problem('member_number', 'is already used in this organisation');
    } else if (seenNumbers.has(memberNumber)) {
      problem('member_number', `repeats line ${seenNumbers.get(memberNumber)}`);
    } else seenNumbers.set(memberNumber, line);
    if (!(STATUSES as readonly string[]).includes(status)) problem('membership_status', `must be one of ${STATUSES.join(', ')}`);

    const startedOnText = get('started_on');
    const startedOn = startedOnText ? readDate(startedOnText) : null;
    if (startedOnText && !startedOn) problem('started_on', `"${startedOnText}" is not a date: write it as 01/09/2026 (day, month, year) or 2026-09-01`);

    return {
      line,
      email,
      givenName: get('given_name'),
      familyName: get('family_name'),
      roles,
      academyId,
      jobRole,
      lineManagerEmail,
      memberNumber,
      membershipStatus: status as ImportRow['membershipStatus'],
      startedOn,
      errors,
    };
  });

  // A line manager must be in the organisation already or be imported in the same file.
  for (const row of rows) {
    if (row.lineManagerEmail && !ctx.existingEmails.has(row.lineManagerEmail) && !seenEmails.has(row.lineManagerEmail)) {
      row.errors.push({ field: 'line_manager_email', reason: 'is not a person in this organisation or in this file' });
    }
  }
  return { rows, fileErrors: [] };
}
