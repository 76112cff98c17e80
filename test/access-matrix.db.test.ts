import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSession, csrfTokenFor } from '../src/platform/auth/sessions.ts';
import type { Role } from '../src/platform/policy.ts';
import type { RouteAccess } from '../src/platform/auth/plugin.ts';
import { testApp, type TestApp } from './app.ts';
import { makeOrganisation, makePerson, type TestOrganisation, type TestPerson } from './factories.ts';

// Every API route × several roles × own and another organisation. The expectations are written out here,
// apart from the policy, so that a change to the policy that widens access fails this test.

const ROLES: Role[] = ['staff', 'line_manager', 'principal', 'designated_safeguarding_lead', 'data_protection_officer', 'auditor', 'organisation_admin'];
const EVERYONE = new Set<Role>(ROLES);
const EXPECTED: Record<Exclude<RouteAccess, 'public' | 'signed-in'>, Set<Role>> = {
  'organisation.read': EVERYONE,
  'organisation.manage': new Set(['organisation_admin']),
  // Anyone may ask; the list and each record are then narrowed to what the person may see.
  'people.read': EVERYONE,
  'people.manage': new Set(['organisation_admin']),
  'people.import': new Set(['organisation_admin']),
  'audit.read': new Set(['auditor', 'data_protection_officer']),
  'audit.verify': new Set(['auditor', 'data_protection_officer', 'organisation_admin']),
  'outbox.read': new Set(['organisation_admin']),
  'retention.read': new Set(['organisation_admin', 'data_protection_officer', 'auditor']),
  'retention.review': new Set(['data_protection_officer']),
  'retention.hold': new Set(['data_protection_officer']),
  'retention.configure': new Set(['data_protection_officer']),
  'deadline.read': EVERYONE,
  'deadline.meet': EVERYONE,
  'deadline.create': new Set(['organisation_admin']),
  'deadline.oversee': new Set(['organisation_admin', 'principal']),
  'deadline.waive': new Set(['organisation_admin']),
  'codes.read': EVERYONE,
  'codes.adopt': new Set(['organisation_admin']),
  'attestation.make': EVERYONE,
  'attestation.oversee': new Set(['organisation_admin', 'principal']),
  'citation.create': new Set(['organisation_admin', 'designated_safeguarding_lead', 'principal']),
  'citation.read': new Set(['organisation_admin', 'designated_safeguarding_lead', 'principal', 'auditor']),
  // Each person's own development record, and what others share with them: anyone may ask; the service
  // then answers only for records the person owns or has been shared.
  'development.read': EVERYONE,
  'development.edit': EVERYONE,
  'development.share': EVERYONE,
  'development.insights': new Set(['organisation_admin', 'principal']),
  // Each person's own declarations and safe-working requests, and those routed to them: anyone may ask; the
  // service then answers only for records the person made or receives.
  'declaration.make': EVERYONE,
  'declaration.read': EVERYONE,
  'declaration.acknowledge': EVERYONE,
  'declaration.review': EVERYONE,
  'declaration.mark_for_case': EVERYONE,
  'declaration.close': EVERYONE,
  'declaration.oversee': new Set(['organisation_admin', 'principal']),
  'declaration.configure': new Set(['organisation_admin']),
  'safe_working.request': EVERYONE,
  'safe_working.read': EVERYONE,
  'safe_working.decide': EVERYONE,
  // Cases: case officers open them (a role none of these holds); everything else about a case is by the
  // person's relation to it (its officers, its panel, the person it is about), which the service checks.
  // Programmes: by relation to the participant (anyone may ask; the service answers for their own, their
  // supportee's, the portfolio allocated to them), members register, the team manages, moderators moderate.
  'programme.read': EVERYONE,
  'programme.register': new Set(),
  'programme.participate': EVERYONE,
  'programme.manage': new Set(['organisation_admin']),
  'programme.review': EVERYONE,
  'programme.moderate': new Set(),
  'case.open': new Set(),
  'case.read': EVERYONE,
  'case.progress': EVERYONE,
  'case.decide': EVERYONE,
  'case.appeal': EVERYONE,
  'case.team': EVERYONE,
  'case.step_aside': EVERYONE,
  'case.respond': EVERYONE,
  'case.letters': EVERYONE,
  'case.statistics': new Set(['organisation_admin']),
  // Safeguarding: anyone records a concern, and may ask to break the glass; everything about a concern is by
  // the person's relation to it (its DSL team, those it reached up the alert chain or was shared with), which
  // the service checks, as it checks each step's own action. The dashboard is the DSL team's (the service
  // refuses anyone on no academy's team); a designated safeguarding lead appoints deputies.
  'safeguarding.record': EVERYONE,
  'safeguarding.read': EVERYONE,
  'safeguarding.triage': EVERYONE,
  'safeguarding.act': EVERYONE,
  'safeguarding.refer': EVERYONE,
  'safeguarding.conclude': EVERYONE,
  'safeguarding.grant': EVERYONE,
  'safeguarding.break_glass': EVERYONE,
  'safeguarding.dashboard': new Set(['designated_safeguarding_lead']),
  'safeguarding.appoint_deputy': new Set(['designated_safeguarding_lead']),
  // A learner's file transferred between organisations: by the person's place on the DSL team of the academy
  // on each side, which the service checks (anyone else is answered with nothing of it, or not found). The
  // list of organisations a file may go to is the DSL team's, as the dashboard is (under its action).
  'safeguarding.transfer_send': EVERYONE,
  'safeguarding.transfer_read': EVERYONE,
  'safeguarding.transfer_accept': EVERYONE,
  // The conduct log: its principal keeps it; anyone may ask to read, and is answered only with the entries
  // granted or shared with them; the patterns are for leaders; the trust sets what counts as repeated.
  'conduct_log.record': new Set(['principal']),
  'conduct_log.read': EVERYONE,
  'conduct_log.amend': new Set(['principal']),
  'conduct_log.share': new Set(['principal']),
  'conduct_log.grant': new Set(['principal']),
  'conduct_log.analyse': new Set(['principal']),
  'conduct_log.configure': new Set(['organisation_admin']),
  'provisions.report': new Set(['principal', 'data_protection_officer', 'organisation_admin']),
  // Raising concerns in confidence: handlers enter concerns and see the figures, custodians decide reveals
  // (roles none of these holds); everything about a report is by the person's relation to it (a handler not
  // excluded from it, the handler it is assigned to), which the service checks. The reporter's routes are public.
  'report.enter': new Set(),
  'report.read': EVERYONE,
  'report.acknowledge': EVERYONE,
  'report.message': EVERYONE,
  'report.note': EVERYONE,
  'report.progress': EVERYONE,
  'report.assign': EVERYONE,
  'report.step_aside': EVERYONE,
  'report.request_reveal': EVERYONE,
  'report.reveal': EVERYONE,
  'report.open_case': EVERYONE,
  'report.approve_reveal': new Set(),
  'report.statistics': new Set(),
  'report.configure': new Set(['organisation_admin']),
};

let t: TestApp;
let own: TestOrganisation;
let other: TestOrganisation;
const holders = new Map<Role, TestPerson>();
let colleague: TestPerson;

beforeAll(async () => {
  t = await testApp();
  own = await makeOrganisation(t.database.db, 'employer_trust');
  other = await makeOrganisation(t.database.db, 'employer_trust');
  for (const role of ROLES) {
    const academyId = ['line_manager', 'principal', 'designated_safeguarding_lead'].includes(role) ? own.academies.northfield : null;
    holders.set(role, await makePerson(t.database.db, own.id, [{ role: 'staff' }, ...(role === 'staff' ? [] : [{ role, academyId }])], { employedAt: own.academies.northfield }));
  }
  colleague = await makePerson(t.database.db, own.id, [{ role: 'staff' }], { employedAt: own.academies.northfield });
});
afterAll(() => t.close());

function path(url: string, orgId: string) {
  return url.replace(':orgId', orgId).replace(':personId', colleague.id).replace(/:\w+/g, crypto.randomUUID());
}

async function call(method: string, url: string, person?: TestPerson) {
  const headers: Record<string, string> = {};
  if (person) {
    const token = await createSession(t.database.db, person.id, { idleMinutes: 30, absoluteHours: 12 });
    headers.cookie = `probity_session=${token}`;
    headers['x-csrf-token'] = csrfTokenFor(token);
  }
  const write = !['GET', 'DELETE'].includes(method);
  return t.app.inject({ method: method as 'GET', url, headers, ...(write ? { payload: {} } : {}) });
}

describe('the access-control matrix', () => {
  it('knows every route and what it needs', () => {
    expect(t.app.apiRoutes.length).toBeGreaterThan(15);
    for (const route of t.app.apiRoutes) {
      if (route.access === 'public' || route.access === 'signed-in') continue;
      expect(EXPECTED, `${route.method} ${route.url}`).toHaveProperty(route.access);
    }
  });

  it('refuses every non-public route without a session', async () => {
    for (const route of t.app.apiRoutes.filter((r) => r.access !== 'public')) {
      const r = await call(route.method, path(route.url, own.id));
      expect(r.statusCode, `${route.method} ${route.url}`).toBe(401);
    }
  });

  it('allows exactly the expected roles in their own organisation, and nobody in another', async () => {
    const unexpected: string[] = [];
    for (const route of t.app.apiRoutes.filter((r) => r.url.includes(':orgId'))) {
      const allowedRoles = EXPECTED[route.access as keyof typeof EXPECTED];
      for (const role of ROLES) {
        const person = holders.get(role)!;
        const mine = await call(route.method, path(route.url, own.id), person);
        const denied = mine.statusCode === 403 || (mine.statusCode === 404 && mine.json().detail === 'No such organisation.');
        if (denied === allowedRoles.has(role)) unexpected.push(`${role} ${route.method} ${route.url} in own organisation: ${mine.statusCode}`);
        const theirs = await call(route.method, path(route.url, other.id), person);
        if (theirs.statusCode !== 404) unexpected.push(`${role} ${route.method} ${route.url} in another organisation: ${theirs.statusCode}`);
      }
    }
    expect(unexpected).toEqual([]);
    // Every route, for every role, in two organisations: hundreds of requests, each with a session of its own.
  }, 300_000);
});
