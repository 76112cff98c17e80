import { describe, expect, it } from 'vitest';
import { allowedOn, can, scopeOf, type Actor, type RoleGrant } from './policy.ts';

const org = 'org-1';
const actor = (...roles: Partial<RoleGrant>[]): Actor => ({
  personId: 'me',
  requestId: 'r',
  organisationId: org,
  roles: roles.map((r) => ({ role: 'staff', academyId: null, regionId: null, ...r })),
});

describe('the policy', () => {
  it('denies anything to a person with no role here', () => {
    expect(can(actor(), 'organisation.read')).toBe(false);
  });

  it('denies a record of another organisation whatever the roles', () => {
    expect(can(actor({ role: 'organisation_admin' }), 'people.manage', { organisationId: 'org-2' })).toBe(false);
  });

  it('grants an organisation-wide role everywhere in the organisation', () => {
    expect(can(actor({ role: 'organisation_admin' }), 'people.manage', { organisationId: org, academyId: 'a' })).toBe(true);
  });

  it('grants an academy role only in that academy', () => {
    const principal = actor({ role: 'principal', academyId: 'a' });
    expect(can(principal, 'people.read', { organisationId: org, academyId: 'a' })).toBe(true);
    expect(can(principal, 'people.read', { organisationId: org, academyId: 'b' })).toBe(false);
    expect(can(principal, 'people.read', { organisationId: org, academyId: null })).toBe(false);
  });

  it('grants a regional role only in that region', () => {
    const red = actor({ role: 'regional_education_director', regionId: 'north' });
    expect(can(red, 'people.read', { organisationId: org, regionId: 'north', academyId: 'a' })).toBe(true);
    expect(can(red, 'people.read', { organisationId: org, regionId: 'south', academyId: 'c' })).toBe(false);
  });

  it('lets a person read their own record', () => {
    expect(can(actor(), 'people.read', { organisationId: org })).toBe(false);
    expect(can(actor({ role: 'staff' }), 'people.read', { organisationId: org, ownerId: 'me' })).toBe(true);
    expect(can(actor({ role: 'staff' }), 'people.read', { organisationId: org, ownerId: 'someone' })).toBe(false);
    expect(can(actor({ role: 'staff' }), 'people.manage', { organisationId: org, ownerId: 'me' })).toBe(false);
  });

  it('keeps the audit trail to auditors and the DPO', () => {
    expect(can(actor({ role: 'organisation_admin' }), 'audit.read')).toBe(false);
    expect(can(actor({ role: 'auditor' }), 'audit.read')).toBe(true);
    expect(can(actor({ role: 'data_protection_officer' }), 'audit.read')).toBe(true);
  });

  it('gives the scope of an action, for queries to narrow', () => {
    expect(scopeOf(actor({ role: 'organisation_admin' }), 'people.read')).toEqual({ everywhere: true, academyIds: [], regionIds: [], own: true });
    expect(scopeOf(actor({ role: 'staff' }, { role: 'principal', academyId: 'a' }, { role: 'regional_education_director', regionId: 'n' }), 'people.read')).toEqual({
      everywhere: false,
      academyIds: ['a'],
      regionIds: ['n'],
      own: true,
    });
    expect(scopeOf(actor({ role: 'staff' }), 'people.manage')).toEqual({ everywhere: false, academyIds: [], regionIds: [], own: false });
    expect(scopeOf(actor(), 'organisation.read').everywhere).toBe(false);
  });

  it('lists the actions allowed on a record', () => {
    expect(allowedOn(actor({ role: 'organisation_admin' }), { organisationId: org }, ['people.manage', 'audit.read'])).toEqual(['people.manage']);
  });
});
