import type { OrganisationKind, Role } from '../api.ts';

// Words shown to people for the API's codes.

export function roleLabel(role: Role | string): string {
  const words = role.replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

const KINDS: Record<OrganisationKind, string> = {
  professional_body: 'Professional body',
  employer_trust: 'Employer trust',
  association: 'Association',
};

export function kindLabel(kind: OrganisationKind | string): string {
  return KINDS[kind as OrganisationKind] ?? kind;
}

/** Where a role holds: one academy, one region, or the whole organisation. */
export function scopeLabel(scope: { academyName?: string | null; regionName?: string | null }): string {
  if (scope.academyName) return scope.academyName;
  if (scope.regionName) return `${scope.regionName} region`;
  return 'Whole organisation';
}

const dateTime = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' });
const dateOnly = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeZone: 'UTC' });

export function formatDateTime(value: string | Date): string {
  return dateTime.format(new Date(value));
}

/** A date without time (YYYY-MM-DD), shown as a date in any time zone. */
export function formatDate(value: string | null): string {
  if (!value) return '—';
  return dateOnly.format(new Date(`${value}T00:00:00Z`));
}

export function fullName(person: { givenName: string; familyName: string }): string {
  return `${person.givenName} ${person.familyName}`;
}

/** `england-and-wales` → `England and Wales`. */
export function nationLabel(nation: string): string {
  if (!nation) return '—';
  return nation
    .split('-')
    .map((word) => (word === 'and' ? word : word.charAt(0).toUpperCase() + word.slice(1)))
    .join(' ');
}
