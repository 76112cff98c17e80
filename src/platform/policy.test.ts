import { describe, expect, it } from 'vitest';
import { allowedOn, can, everywhere, type Actor, type RoleGrant } from './policy.ts';

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

  it('grants a scoped role on a record that lies in several places when any of them is in scope', () => {
    const principal = actor({ role: 'principal', academyId: 'b' });
    const twoPosts = { organisationId: org, places: [{ academyId: 'a', regionId: 'north' }, { academyId: 'b', regionId: 'south' }] };
    expect(can(principal, 'people.read', twoPosts)).toBe(true);
    expect(can(actor({ role: 'regional_education_director', regionId: 'south' }), 'people.read', twoPosts)).toBe(true);
    expect(can(actor({ role: 'principal', academyId: 'c' }), 'people.read', twoPosts)).toBe(false);
    expect(can(principal, 'people.read', { organisationId: org, places: [] })).toBe(false);
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

  it('grants by relation to the record: the owner, and those it is shared with', () => {
    const teacher = actor({ role: 'staff' });
    expect(can(teacher, 'development.read', { organisationId: org, ownerId: 'me' })).toBe(true);
    expect(can(teacher, 'development.read', { organisationId: org, ownerId: 'colleague' })).toBe(false);
    expect(can(teacher, 'development.read', { organisationId: org, ownerId: 'colleague', relations: ['shared_with'] })).toBe(true);
    expect(can(teacher, 'development.edit', { organisationId: org, ownerId: 'colleague', relations: ['shared_with'] })).toBe(false);
    expect(can(actor({ role: 'organisation_admin' }), 'development.read', { organisationId: org, ownerId: 'colleague' })).toBe(false);
  });

  it('lets recusal win over every role and relation', () => {
    const admin = actor({ role: 'organisation_admin' });
    expect(can(admin, 'people.manage', { organisationId: org, relations: ['recused'] })).toBe(false);
    expect(can(admin, 'development.read', { organisationId: org, ownerId: 'me', relations: ['recused'] })).toBe(false);
    expect(can(admin, 'development.read', { organisationId: org, ownerId: 'colleague', relations: ['shared_with', 'recused'] })).toBe(false);
  });

  it('lets a route ask before the record is loaded: yes when a role or a relation could grant it', () => {
    expect(can(actor({ role: 'staff' }), 'development.read')).toBe(true);
    expect(can(actor({ role: 'staff' }), 'deadline.oversee')).toBe(false);
    expect(can(actor({ role: 'principal', academyId: 'a' }), 'deadline.oversee')).toBe(true);
    expect(can(actor(), 'development.read')).toBe(false);
  });

  it('tells an organisation-wide grant from one held in some academies', () => {
    expect(everywhere(actor({ role: 'organisation_admin' }), 'people.manage')).toBe(true);
    expect(everywhere(actor({ role: 'organisation_admin', academyId: 'a' }), 'people.manage')).toBe(false);
    expect(everywhere(actor({ role: 'staff' }), 'people.manage')).toBe(false);
  });

  it('lists the actions allowed on a record', () => {
    expect(allowedOn(actor({ role: 'organisation_admin' }), { organisationId: org }, ['people.manage', 'audit.read'])).toEqual(['people.manage']);
  });
});
