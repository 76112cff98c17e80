import { describe, expect, it } from 'vitest';
import { isIsoDate, previewImport, readDate, roleProblem, type ImportContext } from './rules.ts';

const trust: ImportContext = {
  kind: 'employer_trust',
  academies: new Map([['northfield', 'a1'], ['southgate', 'a2']]),
  regions: new Map([['north', 'r1']]),
  existingEmails: new Set(['already@example.test']),
  existingMemberNumbers: new Set(),
};
const header = 'email,given_name,family_name,roles,academy,region,job_role,line_manager_email';

describe('roles by kind of organisation and scope', () => {
  it.each([
    ['employer_trust', 'principal', { academy: true, region: false }, null],
    ['employer_trust', 'principal', { academy: false, region: false }, 'a principal leads one academy'],
    ['employer_trust', 'regional_education_director', { academy: false, region: true }, null],
    ['employer_trust', 'regional_education_director', { academy: false, region: false }, 'a regional education director is appointed to a region'],
    ['employer_trust', 'staff', { academy: false, region: true }, 'staff is not held by region'],
    ['employer_trust', 'staff', { academy: true, region: true }, 'a role is held in one academy or one region, not both'],
    ['employer_trust', 'member', { academy: false, region: false }, 'member is not a role in an employer trust'],
    ['employer_trust', 'mentor', { academy: true, region: false }, null],
    ['professional_body', 'staff', { academy: false, region: false }, 'staff is a role only in an employer trust'],
    ['professional_body', 'reviewer', { academy: false, region: false }, null],
    ['association', 'auditor', { academy: false, region: false }, null],
  ] as const)('%s %s %o → %s', (kind, role, scope, expected) => {
    expect(roleProblem(kind, role, scope)).toBe(expected);
  });
});

describe('reading a staff list', () => {
  it('reads a good row, scoping academy roles to the row’s academy', () => {
    const { rows, fileErrors } = previewImport(`${header}\nNew@Example.test , Nia , New , staff; line manager ,Northfield,,Teacher,`, trust);
    expect(fileErrors).toEqual([]);
    expect(rows[0]).toMatchObject({
      line: 2,
      email: 'new@example.test',
      givenName: 'Nia',
      roles: [
        { role: 'staff', academyId: 'a1', regionId: null },
        { role: 'line_manager', academyId: 'a1', regionId: null },
      ],
      errors: [],
    });
  });

  it('scopes a regional education director to the row’s region', () => {
    const { rows } = previewImport(`${header}\nred@example.test,Rhys,Red,regional_education_director,,North,Director,`, trust);
    expect(rows[0]!.roles).toEqual([{ role: 'regional_education_director', academyId: null, regionId: 'r1' }]);
  });

  it('finds repeated emails and people already in the organisation', () => {
    const { rows } = previewImport(`${header}\nsame@example.test,A,A,staff,,,T,\nSAME@example.test,B,B,staff,,,T,\nalready@example.test,C,C,staff,,,T,`, trust);
    expect(rows.map((r) => r.errors)).toEqual([[], [{ field: 'email', reason: 'repeats line 2' }], [{ field: 'email', reason: 'is already in this organisation' }]]);
  });

  it('needs a line manager who is in the organisation or the file', () => {
    const { rows } = previewImport(`${header}\nx@example.test,X,X,staff,,,T,ghost@example.test\ny@example.test,Y,Y,staff,,,T,already@example.test`, trust);
    expect(rows[0]!.errors).toEqual([{ field: 'line_manager_email', reason: 'is not a person in this organisation or in this file' }]);
    expect(rows[1]!.errors).toEqual([]);
  });

  it('refuses an over-long value', () => {
    const { rows } = previewImport(`${header}\nx@example.test,${'X'.repeat(201)},X,staff,,,T,`, trust);
    expect(rows[0]!.errors).toEqual([{ field: 'given_name', reason: 'must be at most 200 characters' }]);
  });

  it('keeps injection strings as plain text', () => {
    const { rows } = previewImport(`${header}\nx@example.test,"Robert'); DROP TABLE people;--",<script>alert(1)</script>,staff,,,T,`, trust);
    expect(rows[0]).toMatchObject({ givenName: "Robert'); DROP TABLE people;--", familyName: '<script>alert(1)</script>', errors: [] });
  });

  it('says when the file has no rows', () => {
    expect(previewImport(header, trust).fileErrors).toEqual([{ field: 'csv', reason: 'has no rows' }]);
  });

  it('checks started_on is a real date', () => {
    const { rows } = previewImport(`email,given_name,family_name,roles,job_role,started_on\nx@example.test,X,X,staff,T,2026-02-30`, trust);
    expect(rows[0]!.errors).toEqual([{ field: 'started_on', reason: '"2026-02-30" is not a date: write it as 01/09/2026 (day, month, year) or 2026-09-01' }]);
  });

  it('reads a UK date, day first, as well as an ISO one', () => {
    const { rows } = previewImport(`email,given_name,family_name,roles,job_role,started_on\nx@example.test,X,X,staff,T,01/09/2026\ny@example.test,Y,Y,staff,T,2026-09-01`, trust);
    expect(rows.map((r) => [r.startedOn, r.errors])).toEqual([
      ['2026-09-01', []],
      ['2026-09-01', []],
    ]);
  });

  it('names roles as people write them, listing the roles the organisation gives', () => {
    const { rows } = previewImport(`${header}\nx@example.test,X,X,Regional Education Director;headteacher,Northfield,,T,\ny@example.test,Y,Y,member,,,T,`, trust);
    expect(rows[0]!.errors).toEqual([
      { field: 'roles', reason: 'a regional education director is appointed to a region' },
      {
        field: 'roles',
        reason:
          '"headteacher" is not a role here. The roles are: staff, line manager, principal, regional education director, chief operating officer, designated safeguarding lead, data protection officer, case officer, mentor, organisation admin, auditor, concerns handler, identity custodian (written with spaces, underscores or hyphens, in any case; several separated by ;)',
      },
    ]);
    expect(rows[1]!.errors).toEqual([{ field: 'roles', reason: 'member is not a role in an employer trust' }]);
  });
});

describe('dates', () => {
  it.each([
    ['2026-02-28', true],
    ['2024-02-29', true],
    ['2026-02-29', false],
    ['2026-13-01', false],
    ['26-01-01', false],
    ['2026-1-1', false],
  ])('%s is a date: %s', (value, ok) => expect(isIsoDate(value)).toBe(ok));

  it.each([
    ['01/09/2026', '2026-09-01'],
    ['1/9/2026', '2026-09-01'],
    ['29/02/2024', '2024-02-29'],
    ['2026-09-01', '2026-09-01'],
    ['29/02/2026', null],
    ['09/13/2026', null],
    ['1 September 2026', null],
  ])('%s reads as %s', (value, iso) => expect(readDate(value)).toBe(iso));
});
