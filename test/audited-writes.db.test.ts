import { and, desc, eq, isNull, like } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents, type AuditAction } from '../src/platform/audit/index.ts';
import { createSession, csrfTokenFor } from '../src/platform/auth/sessions.ts';
import { totpCode } from '../src/platform/auth/two-factor.ts';
import { clock } from '../src/platform/clock.ts';
import { outbox } from '../src/platform/mail/schema.ts';
import { notifications } from '../src/platform/notifications/index.ts';
import { caseInformationRequests } from '../src/features/cases/schema.ts';
import { employments, organisations, people } from '../src/platform/people/schema.ts';
import { concernReveals } from '../src/features/raising-concerns/schema.ts';
import { conductLogEntries } from '../src/features/conduct-log/schema.ts';
import { programmeCohorts } from '../src/features/programmes/schema.ts';
import { loadCodes } from '../src/features/codes/index.ts';
import { testApp, type TestApp } from './app.ts';
import { PASSWORD, makeOrganisation, makePerson, signIn, unique, type SignedIn, type TestOrganisation, type TestPerson } from './factories.ts';

// Every write route (POST, PUT, PATCH, DELETE), walked from the server's own list. A request that succeeds
// must have written at least one audit entry under its request id: the entry is written in the transaction
// of the change, so it is there by the time the answer is. A request refused must have written none. A new
// write route fails the first test until it is given a valid request below, so no write goes unaudited by
// being forgotten.

/** Write routes that are not audited, each with why: only a person's own state, or nothing at all. */
const NOT_AUDITED: Record<string, string> = {
  'POST /api/me/notifications/:notificationId/read': "the person's own inbox state, which decides nothing (features/notifications/service.ts)",
  'POST /api/me/notifications/read-all': "the person's own inbox state, which decides nothing (features/notifications/service.ts)",
  'POST /api/orgs/:orgId/people/import/preview': 'writes nothing: a POST only to carry the CSV it checks',
  'POST /api/supporter-invitations/look-up': 'writes nothing: a POST only to carry the token it looks up, out of the address',
  'DELETE /api/raising-concerns/:organisation/report/session': "ends the reporter's own session on their report, which decides nothing; its start is recorded (features/raising-concerns/service.ts)",
};

interface Call {
  url: string;
  payload?: unknown;
  /** The signed-in administrator's, unless given. */
  headers?: Record<string, string>;
  /** Whose request it is, when that is not the administrator. */
  person?: TestPerson;
}

interface Write {
  /** Makes what the request needs, and returns a request that succeeds. */
  valid(): Promise<Call>;
  /** A refusal the route records on purpose (a failed sign-in is worth knowing), and the one action it writes. */
  refused?: { call(valid: Call): Promise<Call> | Call; records: AuditAction };
}

let t: TestApp;
let org: TestOrganisation;
let admin: TestPerson;
let adminSession: SignedIn;
let colleague: TestPerson;
let lineManager: TestPerson;
let standardId: string;
let campaignId: string;
let contentHash: string;
let officerSession: SignedIn;
let subject: TestPerson;
let subjectSession: SignedIn;
let panel: TestPerson[];

const db = () => t.database.db;
const inOrg = (path: string) => `/api/orgs/${org.id}${path}`;
const STRONG_PASSWORD = 'violet orbit canyon 71 marmalade';

function send(method: string, call: Call) {
  const headers = call.headers ?? adminSession.headers;
  return t.app.inject({ method: method as 'POST', url: call.url, headers, ...(call.payload === undefined ? {} : { payload: call.payload as object }) });
}

async function made(method: string, url: string, payload?: unknown, headers?: Record<string, string>) {
  const response = await send(method, { url, payload, ...(headers ? { headers } : {}) });
  if (response.statusCode >= 300) throw new Error(`${method} ${url}: ${response.statusCode} ${response.body}`);
  return response.json();
}

/** A data protection officer, signed in: the headers of their session. */
const dataProtectionOfficer = async () => (await newcomer([{ role: 'staff' }, { role: 'data_protection_officer' }])).session.headers;

/** Someone new on the staff at Northfield, signed in. */
async function newcomer(grants: Parameters<typeof makePerson>[2] = [{ role: 'staff' }]) {
  const person = await makePerson(db(), org.id, grants, { employedAt: org.academies.northfield });
  return { person, session: await signIn(t.app, person.email) };
}

/** Someone new on the staff whose line manager receives what the code asks them to report to one. */
async function managed() {
  const { person, session } = await newcomer();
  await db().update(employments).set({ lineManagerId: lineManager.id }).where(eq(employments.personId, person.id));
  return session;
}

/** Someone new with an authenticator app set up and two-factor sign-in on. */
async function enrolled() {
  const { person, session } = await newcomer();
  const { secret } = await made('POST', '/api/me/two-factor/setup', { password: PASSWORD }, session.headers);
  const { recoveryCodes } = await made('POST', '/api/me/two-factor/enable', { code: totpCode(secret, clock.now()) }, session.headers);
  return { person, session, recoveryCodes: recoveryCodes as string[] };
}

async function challengeFor(person: TestPerson) {
  return (await made('POST', '/api/session', { email: person.email, password: PASSWORD }, {})).challenge as string;
}

/** The token in the newest email that holds one to the person. */
async function tokenSentTo(personId: string) {
  const [mail] = await db().select({ text: outbox.text }).from(outbox).where(and(eq(outbox.personId, personId), like(outbox.text, '%token=%'))).orderBy(desc(outbox.createdAt)).limit(1);
  return /token=([\w-]+)/.exec(mail!.text)![1]!;
}

const startAssessment = async (session: SignedIn) => made('POST', inOrg('/self-assessments'), {}, session.headers);
const newGoal = () => made('POST', inOrg('/development/goals'), { title: `Observe a colleague ${unique()}`, successMeasure: 'Notes written', targetDate: '2030-07-01' });
const newDeclaration = () => made('POST', inOrg('/declarations'), { kind: 'conflict-of-interest', fields: { interest: 'A family business', decisions: 'Contracts' } });
const newActivity = () => made('POST', inOrg('/development/cpd'), { kind: 'course', title: `Safeguarding refresher ${unique()}`, happenedOn: '2025-01-15', minutes: 90 });
const newDeadline = () => made('POST', inOrg('/deadlines'), { kind: 'task', ownerId: admin.id, title: `Task ${unique()}` });
const csvOf = (email: string) => `email,given_name,family_name,roles,academy,region,job_role,line_manager_email\n${email},Ada,Able,staff,Northfield,,Teacher,`;

/** A staff conduct case about the subject, opened by the case officer, then taken through the steps given (each a path and body). */
async function caseAfter(...steps: [string, object][]) {
  const opened = await made('POST', inOrg('/cases'), { type: 'staff_conduct', subjectId: subject.id, summary: `Conduct on a school trip ${unique()}`, openedFrom: 'concern' }, officerSession.headers);
  for (const [path, body] of steps) await made('POST', inOrg(`/cases/${opened.id}/${path}`), body, officerSession.headers);
  return opened.id as string;
}
const REASONS = 'The investigation found the conduct as reported by two colleagues.';
const panelSeats = (): [string, object][] => panel.map((p, i) => ['panel', { personId: p.id, kind: i < 2 ? 'practitioner' : 'lay' }]);
const decidedCase = () => caseAfter(...panelSeats(), ['advance', { to: 'decision' }], ['decide', { outcome: 'first_written_warning', reasons: REASONS }]);
const asOfficer = (url: string, payload?: object): Call => ({ url: inOrg(url), ...(payload ? { payload } : {}), headers: officerSession.headers });

const ACCOUNT = 'Petty cash was taken from the office safe on three Fridays in March.';
/** A concern a new handler entered (so it is theirs), taken through the steps given; with its receipt code. */
async function handledReport(report: object = {}, steps: [string, object][] = [], grants: Parameters<typeof makePerson>[2] = []) {
  const { person, session } = await newcomer([{ role: 'staff' }, { role: 'concerns_handler' }, ...grants]);
  const entered = await made('POST', inOrg('/raised-concerns'), { channel: 'phone', mode: 'anonymous', category: 'malpractice', account: ACCOUNT, ...report }, session.headers);
  for (const [path, body] of steps) await made('POST', inOrg(`/raised-concerns/${entered.id}/${path}`), body, session.headers);
  return { id: entered.id as string, receiptCode: entered.receiptCode as string, person, session };
}
const publicly = async (path: string) => `/api/raising-concerns/${(await db().select({ slug: organisations.slug }).from(organisations).where(eq(organisations.id, org.id)))[0]!.slug}${path}`;
/** A reporter's session on a new report, as the headers that carry it. */
async function following() {
  const { receiptCode } = await handledReport();
  const { token } = await made('POST', await publicly('/follow'), { receiptCode }, {});
  return { authorization: `Bearer ${token as string}` };
}

/** Someone new at Northfield who holds a role there: a designated safeguarding lead, or its principal. */
const atNorthfield = (role: 'designated_safeguarding_lead' | 'principal') => newcomer([{ role: 'staff' }, { role, academyId: org.academies.northfield }]);
/** A safeguarding concern the administrator records at Northfield, where they work. */
const newConcern = (extra: object = {}) =>
  made('POST', inOrg('/safeguarding/concerns'), { learnerRef: 'NF-1', category: 'neglect', seenAt: '2026-03-02T09:00:00Z', account: 'Said there was no food at home.', ...extra });
/** A concern (about a learner of their own, given), and a new DSL of its academy to work it. */
async function concernWithDsl(learnerRef?: string) {
  const { session } = await atNorthfield('designated_safeguarding_lead');
  return { id: (await newConcern(learnerRef ? { learnerRef } : {})).id as string, headers: session.headers };
}
/** Another trust with a designated safeguarding lead at its Northfield, to send learners' files to (made once). */
let receiving: Promise<{ id: string; academyId: string; session: SignedIn }> | undefined;
function receiver() {
  receiving ??= (async () => {
    const other = await makeOrganisation(db(), 'employer_trust');
    const dsl = await makePerson(db(), other.id, [{ role: 'staff' }, { role: 'designated_safeguarding_lead', academyId: other.academies.northfield }], { employedAt: other.academies.northfield });
    return { id: other.id, academyId: other.academies.northfield, session: await signIn(t.app, dsl.email) };
  })();
  return receiving;
}
/** A learner's file sent by a new DSL of Northfield to the other trust's Northfield; the id, and where its DSL answers it. */
async function transferSent() {
  const learnerRef = `NF-${unique()}`;
  const { headers } = await concernWithDsl(learnerRef);
  const to = await receiver();
  const sent = await made('POST', inOrg('/safeguarding/transfers'), { learnerRef, toOrganisationId: to.id, toAcademyId: to.academyId }, headers);
  return { at: `/api/orgs/${to.id}/safeguarding/transfers/received/${sent.id as string}`, headers: to.session.headers };
}
/** An entry in Northfield's conduct log about the colleague, by a new principal of Northfield. */
async function conductEntry() {
  const { session } = await atNorthfield('principal');
  const body = { academyId: org.academies.northfield, staffId: colleague.id, occurredOn: '2026-02-20', categories: ['professional-boundaries'], provisions: ['8.2'], description: 'Discussed a learner in front of the class.', actionTaken: 'Spoke with them.' };
  return { id: (await made('POST', inOrg('/conduct-log/entries'), body, session.headers)).id as string, headers: session.headers, body };
}
const deputies = () => inOrg(`/safeguarding/academies/${org.academies.northfield}/deputies`);

/** A request that succeeds for every write route, keyed as the server lists it. */
const WRITES: Record<string, Write> = {
  // Accounts and sessions
  'POST /api/session': {
    valid: async () => {
      const { person } = await newcomer();
      return { url: '/api/session', payload: { email: person.email, password: PASSWORD }, headers: {} };
    },
    refused: { call: (valid) => ({ ...valid, payload: { ...(valid.payload as object), password: 'not the password at all' } }), records: 'session.sign_in_failed' },
  },
  'POST /api/session/two-factor': {
    valid: async () => {
      const { person, recoveryCodes } = await enrolled();
      return { url: '/api/session/two-factor', payload: { challenge: await challengeFor(person), code: recoveryCodes[0] }, headers: {}, person };
    },
    refused: { call: async (valid) => ({ ...valid, payload: { challenge: await challengeFor(valid.person!), code: '000000' } }), records: 'session.two_factor_failed' },
  },
  'POST /api/me/two-factor/setup': {
    valid: async () => ({ url: '/api/me/two-factor/setup', payload: { password: PASSWORD }, headers: (await newcomer()).session.headers }),
  },
  'POST /api/me/two-factor/enable': {
    valid: async () => {
      const { session } = await newcomer();
      const { secret } = await made('POST', '/api/me/two-factor/setup', { password: PASSWORD }, session.headers);
      return { url: '/api/me/two-factor/enable', payload: { code: totpCode(secret, clock.now()) }, headers: session.headers };
    },
  },
  'POST /api/me/two-factor/recovery-codes': {
    valid: async () => ({ url: '/api/me/two-factor/recovery-codes', payload: { password: PASSWORD }, headers: (await enrolled()).session.headers }),
  },
  'DELETE /api/me/two-factor': {
    valid: async () => ({ url: '/api/me/two-factor', payload: { password: PASSWORD }, headers: (await enrolled()).session.headers }),
  },
  'DELETE /api/session': { valid: async () => ({ url: '/api/session', headers: (await newcomer()).session.headers }) },
  'DELETE /api/sessions': { valid: async () => ({ url: '/api/sessions', headers: (await newcomer()).session.headers }) },
  'PUT /api/me/password': {
    valid: async () => ({ url: '/api/me/password', payload: { currentPassword: PASSWORD, newPassword: STRONG_PASSWORD }, headers: (await newcomer()).session.headers }),
  },
  'PUT /api/me/email': {
    valid: async () => ({ url: '/api/me/email', payload: { password: PASSWORD, email: `changed-${unique()}@example.test` }, headers: (await newcomer()).session.headers }),
  },
  'POST /api/password-reset': { valid: async () => ({ url: '/api/password-reset', payload: { email: (await newcomer()).person.email }, headers: {} }) },
  'POST /api/password-reset/complete': {
    valid: async () => {
      const { person } = await newcomer();
      await made('POST', '/api/password-reset', { email: person.email }, {});
      return { url: '/api/password-reset/complete', payload: { token: await tokenSentTo(person.id), password: STRONG_PASSWORD }, headers: {} };
    },
  },
  'POST /api/invitations/accept': {
    valid: async () => {
      const invited = await made('POST', inOrg('/people'), { email: `invited-${unique()}@example.test`, givenName: 'Ivy', familyName: 'Invited', roles: [{ role: 'staff' }] });
      return { url: '/api/invitations/accept', payload: { token: await tokenSentTo(invited.id), password: STRONG_PASSWORD }, headers: {} };
    },
  },
  'PUT /api/me/notification-preferences': { valid: async () => ({ url: '/api/me/notification-preferences', payload: { email: 'daily_digest' } }) },
  'POST /api/me/notifications/:notificationId/read': {
    valid: async () => {
      await newDeadline();
      const [notice] = await db().select({ id: notifications.id }).from(notifications).where(and(eq(notifications.personId, admin.id), isNull(notifications.readAt))).limit(1);
      return { url: `/api/me/notifications/${notice!.id}/read`, payload: {} };
    },
  },
  'POST /api/me/notifications/read-all': { valid: async () => ({ url: '/api/me/notifications/read-all', payload: {} }) },
  'POST /api/me/calendar-feed': { valid: async () => ({ url: '/api/me/calendar-feed', payload: {} }) },
  'DELETE /api/me/calendar-feed': { valid: async () => ({ url: '/api/me/calendar-feed' }) },

  // The organisation and its people
  'PATCH /api/orgs/:orgId': { valid: async () => ({ url: inOrg(''), payload: { name: `Renamed trust ${unique()}` } }) },
  'POST /api/orgs/:orgId/regions': { valid: async () => ({ url: inOrg('/regions'), payload: { name: `Region ${unique()}` } }) },
  'POST /api/orgs/:orgId/academies': { valid: async () => ({ url: inOrg('/academies'), payload: { name: `Academy ${unique()}`, regionId: org.regions.north } }) },
  'PATCH /api/orgs/:orgId/academies/:academyId': { valid: async () => ({ url: inOrg(`/academies/${org.academies.riverside}`), payload: { dayEndsAt: '16:30' } }) },
  'PUT /api/orgs/:orgId/academies/:academyId/terms': {
    valid: async () => ({ url: inOrg(`/academies/${org.academies.riverside}/terms`), payload: { terms: [{ startsOn: '2026-01-05', endsOn: '2026-03-27' }] } }),
  },
  'POST /api/orgs/:orgId/people': {
    valid: async () => ({ url: inOrg('/people'), payload: { email: `added-${unique()}@example.test`, givenName: 'Ada', familyName: 'Added', roles: [{ role: 'staff' }] } }),
  },
  'PATCH /api/orgs/:orgId/people/:personId': {
    valid: async () => ({ url: inOrg(`/people/${(await newcomer()).person.id}`), payload: { givenName: 'Renamed' } }),
  },
  'POST /api/orgs/:orgId/people/import/preview': { valid: async () => ({ url: inOrg('/people/import/preview'), payload: { csv: csvOf(`previewed-${unique()}@example.test`) } }) },
  'POST /api/orgs/:orgId/people/import': { valid: async () => ({ url: inOrg('/people/import'), payload: { csv: csvOf(`imported-${unique()}@example.test`) } }) },
  'POST /api/orgs/:orgId/audit/verify': { valid: async () => ({ url: inOrg('/audit/verify'), payload: {} }) },

  // Codes, attestation and citations
  'POST /api/orgs/:orgId/adoptions': {
    valid: async () => ({ url: inOrg('/adoptions'), payload: { codeId: 'test-mentor-standards', version: '1', adoptedFrom: '2020-01-01', material: false } }),
  },
  'POST /api/orgs/:orgId/attestation-campaigns/:campaignId/attest': {
    valid: async () => ({
      url: inOrg(`/attestation-campaigns/${campaignId}/attest`),
      payload: { contentHash, statement: 'I have read and understood this code, and I will follow it.' },
      headers: (await newcomer()).session.headers,
    }),
  },
  'POST /api/orgs/:orgId/citations': {
    valid: async () => ({ url: inOrg('/citations'), payload: { provisionIds: [standardId], recordType: 'cpd_activity', recordId: (await newActivity()).id } }),
  },

  // Deadlines
  'POST /api/orgs/:orgId/deadlines': { valid: async () => ({ url: inOrg('/deadlines'), payload: { kind: 'task', ownerId: admin.id } }) },
  'POST /api/orgs/:orgId/deadlines/:deadlineId/met': { valid: async () => ({ url: inOrg(`/deadlines/${(await newDeadline()).id}/met`), payload: {} }) },
  'POST /api/orgs/:orgId/deadlines/:deadlineId/waive': { valid: async () => ({ url: inOrg(`/deadlines/${(await newDeadline()).id}/waive`), payload: { reason: 'No longer needed' } }) },

  // Self-assessment and development
  'POST /api/orgs/:orgId/self-assessments': { valid: async () => ({ url: inOrg('/self-assessments'), payload: {}, headers: (await newcomer()).session.headers }) },
  'PUT /api/orgs/:orgId/self-assessments/:assessmentId/standards/:provisionId': {
    valid: async () => {
      const { session } = await newcomer();
      const draft = await startAssessment(session);
      return { url: inOrg(`/self-assessments/${draft.id}/standards/${draft.standards[0].id}`), payload: { rating: 3, reflection: 'Going well' }, headers: session.headers };
    },
  },
  'POST /api/orgs/:orgId/self-assessments/:assessmentId/standards/:provisionId/evidence': {
    valid: async () => {
      const { session } = await newcomer();
      const draft = await startAssessment(session);
      return { url: inOrg(`/self-assessments/${draft.id}/standards/${draft.standards[0].id}/evidence`), payload: { kind: 'text', text: 'Lesson notes' }, headers: session.headers };
    },
  },
  'DELETE /api/orgs/:orgId/self-assessments/:assessmentId/evidence/:evidenceId': {
    valid: async () => {
      const { session } = await newcomer();
      const draft = await startAssessment(session);
      const withEvidence = await made('POST', inOrg(`/self-assessments/${draft.id}/standards/${draft.standards[0].id}/evidence`), { kind: 'text', text: 'Lesson notes' }, session.headers);
      return { url: inOrg(`/self-assessments/${draft.id}/evidence/${withEvidence.standards[0].evidence[0].id}`), headers: session.headers };
    },
  },
  'POST /api/orgs/:orgId/self-assessments/:assessmentId/submit': {
    valid: async () => {
      const { session } = await newcomer();
      const draft = await startAssessment(session);
      for (const standard of draft.standards) await made('PUT', inOrg(`/self-assessments/${draft.id}/standards/${standard.id}`), { rating: 2, reflection: 'Steady' }, session.headers);
      return { url: inOrg(`/self-assessments/${draft.id}/submit`), payload: {}, headers: session.headers };
    },
  },
  'POST /api/orgs/:orgId/development/goals': { valid: async () => ({ url: inOrg('/development/goals'), payload: { title: 'Observe a colleague', successMeasure: 'Notes written', targetDate: '2030-07-01' } }) },
  'PATCH /api/orgs/:orgId/development/goals/:goalId': { valid: async () => ({ url: inOrg(`/development/goals/${(await newGoal()).id}`), payload: { progress: 50 } }) },
  'DELETE /api/orgs/:orgId/development/goals/:goalId': { valid: async () => ({ url: inOrg(`/development/goals/${(await newGoal()).id}`) }) },
  'POST /api/orgs/:orgId/development/cpd': { valid: async () => ({ url: inOrg('/development/cpd'), payload: { kind: 'reading', title: 'A book on assessment', happenedOn: '2025-02-01', minutes: 120 } }) },
  'PATCH /api/orgs/:orgId/development/cpd/:activityId': { valid: async () => ({ url: inOrg(`/development/cpd/${(await newActivity()).id}`), payload: { minutes: 60 } }) },
  'DELETE /api/orgs/:orgId/development/cpd/:activityId': { valid: async () => ({ url: inOrg(`/development/cpd/${(await newActivity()).id}`) }) },
  'POST /api/orgs/:orgId/development/cpd/:activityId/evidence': {
    valid: async () => ({ url: inOrg(`/development/cpd/${(await newActivity()).id}/evidence`), payload: { kind: 'link', url: 'https://example.test/certificate' } }),
  },
  'DELETE /api/orgs/:orgId/development/cpd/:activityId/evidence/:evidenceId': {
    valid: async () => {
      const activity = await made('POST', inOrg(`/development/cpd/${(await newActivity()).id}/evidence`), { kind: 'text', text: 'Notes' });
      return { url: inOrg(`/development/cpd/${activity.id}/evidence/${activity.evidence[0].id}`) };
    },
  },
  'POST /api/orgs/:orgId/development/shares': { valid: async () => ({ url: inOrg('/development/shares'), payload: { viewerId: lineManager.id }, headers: (await newcomer()).session.headers }) },
  'DELETE /api/orgs/:orgId/development/shares/:shareId': {
    valid: async () => {
      const { session } = await newcomer();
      const share = await made('POST', inOrg('/development/shares'), { viewerId: lineManager.id }, session.headers);
      return { url: inOrg(`/development/shares/${share.id}`), headers: session.headers };
    },
  },
  'PUT /api/orgs/:orgId/development/standards': { valid: async () => ({ url: inOrg('/development/standards'), payload: { codeId: 'test-standards' } }) },
  'POST /api/orgs/:orgId/declarations': { valid: async () => ({ url: inOrg('/declarations'), payload: { kind: 'conflict-of-interest', fields: { interest: 'My brother sells books', decisions: 'Buying books' } } }) },
  'PATCH /api/orgs/:orgId/declarations/:declarationId': { valid: async () => ({ url: inOrg(`/declarations/${(await newDeclaration()).id}`), payload: { fields: { interest: 'My sister sells books' } } }) },
  'DELETE /api/orgs/:orgId/declarations/:declarationId': { valid: async () => ({ url: inOrg(`/declarations/${(await newDeclaration()).id}`) }) },
  'POST /api/orgs/:orgId/declarations/:declarationId/steps': {
    valid: async () => {
      const session = await managed();
      const fields = { learner: 'L-1', occurredOn: '2026-03-01', details: 'A learner fell and was upset.' };
      const declared = await made('POST', inOrg('/declarations'), { kind: 'comforting-contact', fields }, session.headers);
      return { url: inOrg(`/declarations/${declared.id}/steps`), payload: { type: 'submit' }, headers: session.headers };
    },
  },
  // Cases
  'PUT /api/orgs/:orgId/programmes/:programmeId/settings': { valid: async () => ({ url: inSociety('/programmes/ats/settings'), payload: { supportRequestLimit: 7 }, headers: team.headers }) },
  'POST /api/orgs/:orgId/programmes/:programmeId/cohorts': {
    valid: async () => ({ url: inSociety('/programmes/ats/cohorts'), payload: { startsOn: '2028-01-01' }, headers: team.headers }),
  },
  'POST /api/orgs/:orgId/programmes/:programmeId/registrations': {
    valid: async () => ({ url: inSociety('/programmes/qtls/registrations'), payload: { cohortId: await cohort(), answers: QTLS_ANSWERS, acceptTerms: true }, headers: (await member()).session.headers }),
  },
  'PUT /api/orgs/:orgId/participants/:participantId/portfolio/:section': {
    valid: async () => {
      const { id, session } = await participant('writing');
      return { url: inSociety(`/participants/${id}/portfolio/values`), payload: { text: 'Rewritten with more evidence.' }, headers: session.headers };
    },
  },
  'POST /api/orgs/:orgId/participants/:participantId/portfolio/:section/evidence': {
    valid: async () => {
      const { id, session } = await participant('writing');
      return { url: inSociety(`/participants/${id}/portfolio/skills/evidence`), payload: { fileId: await portfolioFile(session) }, headers: session.headers };
    },
  },
  'DELETE /api/orgs/:orgId/participants/:participantId/evidence/:evidenceId': {
    valid: async () => {
      const { id, session } = await participant('writing');
      const attached = await made('POST', inSociety(`/participants/${id}/portfolio/skills/evidence`), { fileId: await portfolioFile(session) }, session.headers);
      return { url: inSociety(`/participants/${id}/evidence/${attached.sections[2].evidence[0].id}`), headers: session.headers };
    },
  },
  'POST /api/orgs/:orgId/participants/:participantId/steps': {
    valid: async () => {
      const { id, session } = await participant('registered');
      return { url: inSociety(`/participants/${id}/steps`), payload: { type: 'withdraw', reason: 'A new job abroad.' }, headers: session.headers };
    },
  },
  'POST /api/orgs/:orgId/participants/:participantId/support-requests': {
    valid: async () => {
      const { id, session } = await participant('registered');
      return { url: inSociety(`/participants/${id}/support-requests`), payload: { channel: 'general', question: 'Where are the guidance notes?' }, headers: session.headers };
    },
  },
  'POST /api/orgs/:orgId/participants/:participantId/support-requests/:requestId/answer': {
    valid: async () => {
      const { id, session } = await participant('registered');
      const { requests } = await made('POST', inSociety(`/participants/${id}/support-requests`), { channel: 'general', question: 'Where are the guidance notes?' }, session.headers);
      return { url: inSociety(`/participants/${id}/support-requests/${requests[0].id}/answer`), payload: { text: 'Under each section of the portfolio.' }, headers: team.headers };
    },
  },
  'POST /api/orgs/:orgId/participants/:participantId/adjustments': {
    valid: async () => {
      const { id, session } = await participant('registered');
      return { url: inSociety(`/participants/${id}/adjustments`), payload: { needs: 'Extra time to write, as I have dyslexia.' }, headers: session.headers };
    },
  },
  'POST /api/orgs/:orgId/participants/:participantId/adjustments/:adjustmentId/decision': {
    valid: async () => {
      const { id, session } = await participant('registered');
      const { adjustments } = await made('POST', inSociety(`/participants/${id}/adjustments`), { needs: 'Extra time to write, as I have dyslexia.' }, session.headers);
      return { url: inSociety(`/participants/${id}/adjustments/${adjustments[0].id}/decision`), payload: { agreed: false, reasons: REASONS }, headers: team.headers };
    },
  },
  'POST /api/orgs/:orgId/participants/:participantId/appeals': {
    valid: async () => {
      const { id, session } = await participant('registered');
      return { url: inSociety(`/participants/${id}/appeals`), payload: { grounds: 'My questions went unanswered for three weeks.' }, headers: session.headers };
    },
  },
  'POST /api/orgs/:orgId/participants/:participantId/appeals/:appealId/response': {
    valid: async () => {
      const { id, session } = await participant('registered');
      const { appeals } = await made('POST', inSociety(`/participants/${id}/appeals`), { grounds: 'My questions went unanswered for three weeks.' }, session.headers);
      return { url: inSociety(`/participants/${id}/appeals/${appeals[0].id}/response`), payload: { text: 'We are sorry: an adviser now answers within two days.' }, headers: team.headers };
    },
  },
  'POST /api/orgs/:orgId/mentor-pool': {
    valid: async () => ({ url: inSociety('/mentor-pool'), payload: { email: (await makePerson(db(), society.id, [{ role: 'staff' }])).email, capacity: 2, subjects: ['Mathematics'] }, headers: team.headers }),
  },
  'PATCH /api/orgs/:orgId/mentor-pool/:personId': {
    valid: async () => ({ url: inSociety(`/mentor-pool/${await poolMentor()}`), payload: { capacity: 3 }, headers: team.headers }),
  },
  'DELETE /api/orgs/:orgId/mentor-pool/:personId': { valid: async () => ({ url: inSociety(`/mentor-pool/${await poolMentor()}`), headers: team.headers }) },
  'POST /api/orgs/:orgId/participants/:participantId/mentor-request': {
    valid: async () => {
      const { session } = await member();
      atsCohortStarts++;
      const cohortId = (await made('POST', inSociety('/programmes/ats/cohorts'), { startsOn: `2027-02-${String(atsCohortStarts).padStart(2, '0')}` }, team.headers)).id as string;
      const { id } = await made('POST', inSociety('/programmes/ats/registrations'), { cohortId, answers: { member: true, qualifiedTeacher: true, teachingInSector: true, mentorIdentified: false }, acceptTerms: true }, session.headers);
      return { url: inSociety(`/participants/${id}/mentor-request`), payload: { subject: 'Mathematics' }, headers: session.headers };
    },
  },
  'POST /api/orgs/:orgId/participants/:participantId/supporter-invitations': {
    valid: async () => {
      const { id, session } = await participant('registered');
      return { url: inSociety(`/participants/${id}/supporter-invitations`), payload: { givenName: 'Sam', familyName: 'Lee', email: `sam-${unique()}@example.test` }, headers: session.headers };
    },
  },
  'POST /api/orgs/:orgId/participants/:participantId/supporter-invitations/:invitationId/withdraw': {
    valid: async () => {
      const { id, session } = await participant('registered');
      const [sent] = await made('POST', inSociety(`/participants/${id}/supporter-invitations`), { givenName: 'Sam', familyName: 'Lee', email: `sam-${unique()}@example.test` }, session.headers);
      return { url: inSociety(`/participants/${id}/supporter-invitations/${sent.id}/withdraw`), headers: session.headers };
    },
  },
  'POST /api/supporter-invitations/accept': {
    valid: async () => {
      const { id, session } = await participant('registered');
      const invitee = await makePerson(db(), society.id, [{ role: 'staff' }]);
      await made('POST', inSociety(`/participants/${id}/supporter-invitations`), { givenName: 'Ivy', familyName: 'Invited', email: invitee.email }, session.headers);
      return { url: '/api/supporter-invitations/accept', payload: { token: await tokenSentTo(invitee.id) }, headers: (await signIn(t.app, invitee.email)).headers };
    },
  },
  'POST /api/supporter-invitations/look-up': {
    valid: async () => {
      const { id, session } = await participant('registered');
      const invitee = await makePerson(db(), society.id, [{ role: 'staff' }]);
      await made('POST', inSociety(`/participants/${id}/supporter-invitations`), { givenName: 'Ivy', familyName: 'Invited', email: invitee.email }, session.headers);
      return { url: '/api/supporter-invitations/look-up', payload: { token: await tokenSentTo(invitee.id) }, headers: {} };
    },
  },
  'POST /api/orgs/:orgId/programme-cohorts/:cohortId/sample': {
    valid: async () => ({ url: inSociety(`/programme-cohorts/${(await participant('reviewed')).cohortId}/sample`), headers: moderatorSession.headers }),
  },
  'POST /api/orgs/:orgId/programme-cohorts/:cohortId/release': {
    valid: async () => ({ url: inSociety(`/programme-cohorts/${(await participant('moderated')).cohortId}/release`), headers: team.headers }),
  },
  'POST /api/orgs/:orgId/programme-cohorts/:cohortId/communications': {
    valid: async () => ({
      url: inSociety(`/programme-cohorts/${await cohort()}/communications`),
      payload: { kind: 'webinar', title: 'Induction webinar', body: 'An hour on the portfolio and its guidance notes.', stage: 'startsOn', offsetDays: 7, time: '16:00', audience: 'open', joinUrl: 'https://meet.example.org/induction' },
      headers: team.headers,
    }),
  },
  'PATCH /api/orgs/:orgId/programme-communications/:communicationId': {
    valid: async () => ({ url: inSociety(`/programme-communications/${await scheduledMessage()}`), payload: { offsetDays: -10 }, headers: team.headers }),
  },
  'POST /api/orgs/:orgId/programme-communications/:communicationId/cancel': {
    valid: async () => ({ url: inSociety(`/programme-communications/${await scheduledMessage()}/cancel`), headers: team.headers }),
  },
  'POST /api/orgs/:orgId/cases': {
    valid: async () => ({ url: inOrg('/cases'), payload: { type: 'staff_conduct', subjectId: subject.id, summary: 'Conduct on a school trip', openedFrom: 'concern' }, headers: officerSession.headers }),
  },
  'POST /api/orgs/:orgId/cases/:caseId/advance': { valid: async () => asOfficer(`/cases/${await caseAfter()}/advance`, { to: 'investigation' }) },
  'POST /api/orgs/:orgId/cases/:caseId/information-requests': {
    valid: async () => asOfficer(`/cases/${await caseAfter(['advance', { to: 'investigation' }])}/information-requests`, { question: 'Who else was on the trip?', dueOn: '2026-03-20' }),
  },
  'POST /api/orgs/:orgId/cases/:caseId/decide': {
    valid: async () => asOfficer(`/cases/${await caseAfter(...panelSeats(), ['advance', { to: 'decision' }])}/decide`, { outcome: 'no_action', reasons: REASONS }),
  },
  'POST /api/orgs/:orgId/cases/:caseId/issue-outcome': { valid: async () => asOfficer(`/cases/${await decidedCase()}/issue-outcome`, {}) },
  'POST /api/orgs/:orgId/cases/:caseId/appeal': {
    valid: async () => {
      const caseId = await decidedCase();
      await made('POST', inOrg(`/cases/${caseId}/issue-outcome`), {}, officerSession.headers);
      return asOfficer(`/cases/${caseId}/appeal`, { grounds: 'The hearing did not hear my witness at all.' });
    },
  },
  'POST /api/orgs/:orgId/cases/:caseId/decide-appeal': {
    valid: async () => {
      const caseId = await decidedCase();
      await made('POST', inOrg(`/cases/${caseId}/issue-outcome`), {}, officerSession.headers);
      await made('POST', inOrg(`/cases/${caseId}/appeal`), { grounds: 'The hearing did not hear my witness at all.' }, officerSession.headers);
      return asOfficer(`/cases/${caseId}/decide-appeal`, { result: 'dismissed', reasons: 'The witness statement was before the hearing.' });
    },
  },
  'POST /api/orgs/:orgId/cases/:caseId/close': { valid: async () => asOfficer(`/cases/${await caseAfter()}/close`, { reasons: 'The concern was withdrawn and nothing was found.' }) },
  'POST /api/orgs/:orgId/cases/:caseId/officers': {
    valid: async () => asOfficer(`/cases/${await caseAfter()}/officers`, { personId: (await newcomer([{ role: 'staff' }, { role: 'case_officer' }])).person.id }),
  },
  'DELETE /api/orgs/:orgId/cases/:caseId/officers/:personId': {
    valid: async () => {
      const { person } = await newcomer([{ role: 'staff' }, { role: 'case_officer' }]);
      return asOfficer(`/cases/${await caseAfter(['officers', { personId: person.id }])}/officers/${person.id}`);
    },
  },
  'POST /api/orgs/:orgId/cases/:caseId/panel': { valid: async () => asOfficer(`/cases/${await caseAfter()}/panel`, { personId: panel[2]!.id, kind: 'lay' }) },
  'DELETE /api/orgs/:orgId/cases/:caseId/panel/:personId': {
    valid: async () => asOfficer(`/cases/${await caseAfter(['panel', { personId: panel[0]!.id, kind: 'practitioner' }])}/panel/${panel[0]!.id}`),
  },
  'POST /api/orgs/:orgId/cases/:caseId/step-aside': {
    valid: async () => {
      const { person, session } = await newcomer([{ role: 'staff' }, { role: 'case_officer' }]);
      const caseId = await caseAfter(['officers', { personId: person.id }]);
      return { url: inOrg(`/cases/${caseId}/step-aside`), payload: { reason: 'I line-manage the person this is about.' }, headers: session.headers };
    },
  },
  'POST /api/orgs/:orgId/information-requests/:requestId/answer': {
    valid: async () => {
      const caseId = await caseAfter(['advance', { to: 'investigation' }], ['information-requests', { question: 'Who else was on the trip?', dueOn: '2026-03-20' }]);
      const [request] = await db().select({ id: caseInformationRequests.id }).from(caseInformationRequests).where(eq(caseInformationRequests.caseId, caseId));
      return { url: inOrg(`/information-requests/${request!.id}/answer`), payload: { answer: 'Two colleagues and thirty pupils.' }, headers: subjectSession.headers };
    },
  },
  'PUT /api/orgs/:orgId/declaration-settings': { valid: async () => ({ url: inOrg('/declaration-settings'), payload: { giftThresholdPence: 2500, acknowledgeWithinMinutes: null, tailoring: {} } }) },
  'POST /api/orgs/:orgId/declaration-campaigns': { valid: async () => ({ url: inOrg('/declaration-campaigns'), payload: { year: 2027, dueOn: '2026-04-30' } }) },
  'POST /api/orgs/:orgId/declaration-campaigns/:campaignId/return': {
    valid: async () => {
      const campaign = await made('POST', inOrg('/declaration-campaigns'), { year: 2028, dueOn: '2026-04-30' });
      return { url: inOrg(`/declaration-campaigns/${campaign.campaign.id}/return`), payload: { kind: 'nil' }, headers: (await newcomer()).session.headers };
    },
  },
  'POST /api/orgs/:orgId/safe-working': {
    valid: async () => ({ url: inOrg('/safe-working'), payload: { kind: 'learner-in-car', learner: 'L-2', purpose: 'A lift home after a match', eventAt: '2026-03-03T17:00:00Z' }, headers: (await managed()).headers }),
  },
  'POST /api/orgs/:orgId/safe-working/:requestId/steps': {
    valid: async () => {
      const headers = (await managed()).headers;
      const asked = await made('POST', inOrg('/safe-working'), { kind: 'learner-in-car', learner: 'L-3', purpose: 'A lift to a fixture', eventAt: '2026-03-04T08:00:00Z' }, headers);
      return { url: inOrg(`/safe-working/${asked.id}/steps`), payload: { type: 'record_condition', condition: 'risk-assessment' }, headers };
    },
  },
  // Safeguarding
  'POST /api/orgs/:orgId/safeguarding/concerns': {
    valid: async () => ({ url: inOrg('/safeguarding/concerns'), payload: { learnerRef: 'NF-2', category: 'emotional_abuse', seenAt: '2026-03-02T09:30:00Z', account: 'Was crying about being shouted at.' } }),
  },
  'POST /api/orgs/:orgId/safeguarding/concerns/:concernId/steps': {
    valid: async () => {
      const { id, headers } = await concernWithDsl();
      return { url: inOrg(`/safeguarding/concerns/${id}/steps`), payload: { type: 'triage', level: 'record_only', note: 'Recorded; nothing more to do.' }, headers };
    },
  },
  'POST /api/orgs/:orgId/safeguarding/concerns/:concernId/access': {
    valid: async () => {
      const { id, headers } = await concernWithDsl();
      return { url: inOrg(`/safeguarding/concerns/${id}/access`), payload: { personId: lineManager.id, reason: 'The learner’s head of year.' }, headers };
    },
  },
  'DELETE /api/orgs/:orgId/safeguarding/concerns/:concernId/access/:personId': {
    valid: async () => {
      const { id, headers } = await concernWithDsl();
      await made('POST', inOrg(`/safeguarding/concerns/${id}/access`), { personId: lineManager.id, reason: 'The learner’s head of year.' }, headers);
      return { url: inOrg(`/safeguarding/concerns/${id}/access/${lineManager.id}`), headers };
    },
  },
  'POST /api/orgs/:orgId/safeguarding/concerns/:concernId/break-glass': {
    valid: async () => ({ url: inOrg(`/safeguarding/concerns/${(await newConcern()).id}/break-glass`), payload: { reason: 'The learner is on my trip tomorrow.' }, headers: (await newcomer()).session.headers }),
  },
  'POST /api/orgs/:orgId/safeguarding/concerns/:concernId/case': {
    valid: async () => {
      const principal = await atNorthfield('principal');
      const officer = await newcomer([{ role: 'staff' }, { role: 'case_officer' }]);
      const allegation = await newConcern({ category: 'physical_abuse', allegation: { staffMemberId: subject.id } });
      await made('POST', inOrg(`/safeguarding/concerns/${allegation.id}/access`), { personId: officer.person.id, reason: 'The case officer who will manage it.' }, principal.session.headers);
      return { url: inOrg(`/safeguarding/concerns/${allegation.id}/case`), payload: { summary: 'An allegation of physical harm.' }, headers: officer.session.headers };
    },
  },
  'POST /api/orgs/:orgId/safeguarding/transfers': {
    valid: async () => {
      const learnerRef = `NF-${unique()}`;
      const { headers } = await concernWithDsl(learnerRef);
      const to = await receiver();
      return { url: inOrg('/safeguarding/transfers'), payload: { learnerRef, toOrganisationId: to.id, toAcademyId: to.academyId }, headers };
    },
  },
  'POST /api/orgs/:orgId/safeguarding/transfers/received/:transferId/accept': {
    valid: async () => {
      const { at, headers } = await transferSent();
      return { url: `${at}/accept`, payload: { learnerRef: `RV-${unique()}` }, headers };
    },
  },
  'POST /api/orgs/:orgId/safeguarding/transfers/received/:transferId/decline': {
    valid: async () => {
      const { at, headers } = await transferSent();
      return { url: `${at}/decline`, payload: { reason: 'The learner has not joined us after all.' }, headers };
    },
  },
  'PUT /api/orgs/:orgId/safeguarding/academies/:academyId/deputies/:personId': {
    valid: async () => ({ url: `${deputies()}/${(await newcomer()).person.id}`, headers: (await atNorthfield('designated_safeguarding_lead')).session.headers }),
  },
  'DELETE /api/orgs/:orgId/safeguarding/academies/:academyId/deputies/:personId': {
    valid: async () => {
      const { session } = await atNorthfield('designated_safeguarding_lead');
      const { person } = await newcomer();
      await made('PUT', `${deputies()}/${person.id}`, undefined, session.headers);
      return { url: `${deputies()}/${person.id}`, headers: session.headers };
    },
  },
  // The conduct log
  'POST /api/orgs/:orgId/conduct-log/entries': {
    valid: async () => {
      const { headers, body } = await conductEntry();
      return { url: inOrg('/conduct-log/entries'), payload: body, headers };
    },
  },
  'PATCH /api/orgs/:orgId/conduct-log/entries/:entryId': {
    valid: async () => {
      const { id, headers } = await conductEntry();
      return { url: inOrg(`/conduct-log/entries/${id}`), payload: { outcome: 'advice_given' }, headers };
    },
  },
  'POST /api/orgs/:orgId/conduct-log/entries/:entryId/share': {
    valid: async () => {
      const { id, headers } = await conductEntry();
      return { url: inOrg(`/conduct-log/entries/${id}/share`), headers };
    },
  },
  'POST /api/orgs/:orgId/conduct-log/access': {
    valid: async () => {
      const { id, headers } = await conductEntry();
      const officer = await newcomer([{ role: 'staff' }, { role: 'case_officer' }]);
      return { url: inOrg('/conduct-log/access'), payload: { entryId: id, personId: officer.person.id, reason: 'The HR case officer advising on it.' }, headers };
    },
  },
  'DELETE /api/orgs/:orgId/conduct-log/access/:grantId': {
    valid: async () => {
      const { id, headers } = await conductEntry();
      const officer = await newcomer([{ role: 'staff' }, { role: 'case_officer' }]);
      const grant = await made('POST', inOrg('/conduct-log/access'), { entryId: id, personId: officer.person.id, reason: 'The HR case officer advising on it.' }, headers);
      return { url: inOrg(`/conduct-log/access/${grant.id}`), headers };
    },
  },
  'PUT /api/orgs/:orgId/conduct-log/settings': { valid: async () => ({ url: inOrg('/conduct-log/settings'), payload: { windowDays: 120, threshold: 3 } }) },
  'POST /api/orgs/:orgId/files': {
    valid: async () => ({
      url: inOrg('/files?name=notes.txt'),
      payload: Buffer.from('My notes from the course.'),
      headers: { ...adminSession.headers, 'content-type': 'application/octet-stream' },
    }),
  },
  // Raising concerns in confidence: the reporter's public routes (after a handler exists), then the handlers' and custodians'.
  'POST /api/raising-concerns/:organisation/reports': {
    valid: async () => {
      await handledReport();
      return { url: await publicly('/reports'), payload: { mode: 'anonymous', category: 'misconduct', account: ACCOUNT }, headers: {} };
    },
  },
  'POST /api/raising-concerns/:organisation/follow': { valid: async () => ({ url: await publicly('/follow'), payload: { receiptCode: (await handledReport()).receiptCode }, headers: {} }) },
  'POST /api/raising-concerns/:organisation/report/messages': { valid: async () => ({ url: await publicly('/report/messages'), payload: { body: 'It happened again on Friday.' }, headers: await following() }) },
  'POST /api/raising-concerns/:organisation/report/files': {
    valid: async () => ({ url: await publicly('/report/files?name=notes.txt'), payload: Buffer.from('Dates the safe was opened.'), headers: { ...(await following()), 'content-type': 'application/octet-stream' } }),
  },
  'DELETE /api/raising-concerns/:organisation/report/session': { valid: async () => ({ url: await publicly('/report/session'), headers: await following() }) },
  'POST /api/orgs/:orgId/raised-concerns': {
    valid: async () => ({ url: inOrg('/raised-concerns'), payload: { channel: 'letter', mode: 'anonymous', category: 'unethical', account: ACCOUNT }, headers: (await newcomer([{ role: 'staff' }, { role: 'concerns_handler' }])).session.headers }),
  },
  'POST /api/orgs/:orgId/raised-concerns/:reportId/acknowledge': { valid: async () => handling(await handledReport(), 'acknowledge', {}) },
  'POST /api/orgs/:orgId/raised-concerns/:reportId/begin': { valid: async () => handling(await handledReport({}, [['acknowledge', {}]]), 'begin', {}) },
  'POST /api/orgs/:orgId/raised-concerns/:reportId/close': { valid: async () => handling(await handledReport({}, [['acknowledge', {}]]), 'close', { outcome: 'no_further_action', reasons: REASONS }) },
  'POST /api/orgs/:orgId/raised-concerns/:reportId/reopen': {
    valid: async () => handling(await handledReport({}, [['acknowledge', {}], ['close', { outcome: 'no_further_action', reasons: REASONS }]]), 'reopen', { reason: 'The reporter sent new evidence in a second report.' }),
  },
  'POST /api/orgs/:orgId/raised-concerns/:reportId/messages': { valid: async () => handling(await handledReport({}, [['acknowledge', {}]]), 'messages', { body: 'Which office do you mean?' }) },
  'POST /api/orgs/:orgId/raised-concerns/:reportId/notes': { valid: async () => handling(await handledReport(), 'notes', { body: 'Checked the safe log.' }) },
  'POST /api/orgs/:orgId/raised-concerns/:reportId/step-aside': { valid: async () => handling(await handledReport(), 'step-aside', { reason: 'I manage the office it concerns.' }) },
  'POST /api/orgs/:orgId/raised-concerns/:reportId/assign': {
    valid: async () => {
      const next = await newcomer([{ role: 'staff' }, { role: 'concerns_handler' }]);
      return handling(await handledReport(), 'assign', { personId: next.person.id });
    },
  },
  'POST /api/orgs/:orgId/raised-concerns/:reportId/files': {
    valid: async () => {
      const report = await handledReport({}, [['acknowledge', {}]]);
      return { url: inOrg(`/raised-concerns/${report.id}/files?name=notice.txt`), payload: Buffer.from('The notice put up in the staff room.'), headers: { ...report.session.headers, 'content-type': 'application/octet-stream' } };
    },
  },
  'POST /api/me/raised-concerns/link': {
    valid: async () => {
      const report = await handledReport({ mode: 'named', identity: { name: 'Robin Whistle' } });
      return { url: '/api/me/raised-concerns/link', payload: { organisation: (await publicly('')).split('/').pop(), receiptCode: report.receiptCode }, headers: (await newcomer()).session.headers };
    },
  },
  // The records' retention, by the data protection officer.
  'POST /api/orgs/:orgId/retention/due/refresh': { valid: async () => ({ url: inOrg('/retention/due/refresh'), payload: {}, headers: await dataProtectionOfficer() }) },
  'POST /api/orgs/:orgId/retention/due/confirm': {
    valid: async () => {
      const headers = await dataProtectionOfficer();
      // An entry about the admin from long before the six years the schedule keeps it.
      const [entry] = await db()
        .insert(conductLogEntries)
        .values({ organisationId: org.id, academyId: org.academies.northfield, staffId: colleague.id, recordedBy: admin.id, occurredOn: '2019-05-01', categories: ['professional-boundaries'], provisions: [], description: 'Long ago.', actionTaken: 'Advice.' })
        .returning({ id: conductLogEntries.id });
      const listed = await made('POST', inOrg('/retention/due/refresh'), {}, headers);
      return { url: inOrg('/retention/due/confirm'), payload: { reviewIds: [listed.find((r: { recordId: string }) => r.recordId === entry!.id).id] }, headers };
    },
  },
  'PUT /api/orgs/:orgId/retention/records/:recordType': { valid: async () => ({ url: inOrg('/retention/records/case:protected'), payload: { keptFor: 'P7Y' }, headers: await dataProtectionOfficer() }) },
  'POST /api/orgs/:orgId/retention/holds': {
    valid: async () => ({ url: inOrg('/retention/holds'), payload: { scope: 'type', recordType: 'case:protected', reason: 'The regulator asked us to keep them.' }, headers: await dataProtectionOfficer() }),
  },
  'POST /api/orgs/:orgId/retention/holds/:holdId/lift': {
    valid: async () => {
      const headers = await dataProtectionOfficer();
      const hold = await made('POST', inOrg('/retention/holds'), { scope: 'person', personId: colleague.id, reason: 'A claim names this person.' }, headers);
      return { url: inOrg(`/retention/holds/${hold.id}/lift`), payload: { reason: 'The claim was withdrawn.' }, headers };
    },
  },
  'PUT /api/orgs/:orgId/raised-concerns/settings': { valid: async () => ({ url: inOrg('/raised-concerns/settings'), payload: { acknowledge: { type: 'calendar_days', days: 5 }, feedback: { type: 'months', months: 2 } } }) },
  'POST /api/orgs/:orgId/raised-concerns/:reportId/reveal-requests': {
    valid: async () => handling(await handledReport({ mode: 'confidential', identity: { name: 'Robin Whistle' } }), 'reveal-requests', { reason: 'We need a witness statement from the reporter.' }),
  },
  'POST /api/orgs/:orgId/raised-concerns/:reportId/case': {
    valid: async () => {
      const named = await makePerson(db(), org.id, [{ role: 'staff' }], { name: `Named${unique()}` });
      const [person] = await db().select({ givenName: people.givenName, familyName: people.familyName }).from(people).where(eq(people.id, named.id));
      const report = await handledReport({ namedPeople: [`${person!.givenName} ${person!.familyName}`] }, [], [{ role: 'case_officer' }]);
      return handling(report, 'case', { type: 'protected', subjectId: named.id, summary: 'Moved off the timetable after raising a concern.' });
    },
  },
  'POST /api/orgs/:orgId/reveal-requests/:requestId/decision': {
    valid: async () => {
      const { id } = await handledReport({ mode: 'confidential', identity: { name: 'Robin Whistle' } }, [['reveal-requests', { reason: 'We need a witness statement from the reporter.' }]]);
      const [request] = await db().select({ id: concernReveals.id }).from(concernReveals).where(eq(concernReveals.reportId, id));
      const custodian = await newcomer([{ role: 'staff' }, { role: 'identity_custodian' }]);
      return { url: inOrg(`/reveal-requests/${request!.id}/decision`), payload: { decision: 'approved' }, headers: custodian.session.headers };
    },
  },
};

// Programmes, in a professional body of their own: its team, and a reviewer and a moderator.
let society: TestOrganisation;
let team: SignedIn;
let reviewer: TestPerson;
let reviewerSession: SignedIn;
let moderatorSession: SignedIn;
let cohortStarts = 0;
const inSociety = (path: string) => `/api/orgs/${society.id}${path}`;
const QTLS_ANSWERS = { member: true, teachingQualification: true, englishAndMaths: true, teachingInSector: true, supporterIdentified: true };

/** A cohort opened by the team, each on a later day than the last. */
async function cohort() {
  cohortStarts++;
  return (await made('POST', inSociety('/programmes/qtls/cohorts'), { startsOn: `2027-01-${String(cohortStarts).padStart(2, '0')}` }, team.headers)).id as string;
}

let atsCohortStarts = 0;

/** A default message of a new cohort, not yet sent: its id. */
async function scheduledMessage() {
  const cohortId = await cohort();
  return (await made('GET', inSociety(`/programme-cohorts/${cohortId}/communications`), undefined, team.headers))[0].id as string;
}

/** A person of the society added to the mentor pool by the team; their id. */
async function poolMentor() {
  const person = await makePerson(db(), society.id, [{ role: 'staff' }]);
  await made('POST', inSociety('/mentor-pool'), { email: person.email, capacity: 2, subjects: [] }, team.headers);
  return person.id;
}

/** A new member of the society, signed in. */
async function member() {
  const person = await makePerson(db(), society.id, [{ role: 'member' }], { member: true });
  return { person, session: await signIn(t.app, person.email) };
}

/**
 * A member registered on a new cohort with a supporter, then, once the cohort has started (its start moved
 * into the past, as days pass), their portfolio written; submitted, reviewed by the reviewer and moderated
 * as far as `until` asks.
 */
async function participant(until: 'registered' | 'writing' | 'reviewed' | 'moderated') {
  const cohortId = await cohort();
  const { session } = await member();
  const supporter = await makePerson(db(), society.id, [{ role: 'supporter' }]);
  const { id } = await made('POST', inSociety('/programmes/qtls/registrations'), { cohortId, answers: QTLS_ANSWERS, acceptTerms: true }, session.headers);
  await made('POST', inSociety(`/participants/${id}/steps`), { type: 'arrange_support', personId: supporter.id }, session.headers);
  const result = { id: id as string, cohortId, session };
  if (until === 'registered') return result;
  await db().update(programmeCohorts).set({ startsOn: `2026-02-${String(cohortStarts).padStart(2, '0')}` }).where(eq(programmeCohorts.id, cohortId));
  await made('POST', inSociety(`/participants/${id}/steps`), { type: 'begin' }, session.headers);
  for (const section of ['values', 'knowledge', 'skills']) await made('PUT', inSociety(`/participants/${id}/portfolio/${section}`), { text: `Evidence for ${section}.` }, session.headers);
  if (until === 'writing') return result;
  await made('POST', inSociety(`/participants/${id}/steps`), { type: 'submit' }, session.headers);
  await made('POST', inSociety(`/participants/${id}/steps`), { type: 'allocate_reviewer', reviewerId: reviewer.id }, team.headers);
  for (const criterion of ['values', 'knowledge', 'skills']) {
    await made('POST', inSociety(`/participants/${id}/steps`), { type: 'review_criterion', criterion, outcome: 'criteria_met', feedback: REASONS }, reviewerSession.headers);
  }
  await made('POST', inSociety(`/participants/${id}/steps`), { type: 'complete_review' }, reviewerSession.headers);
  if (until === 'reviewed') return result;
  await made('POST', inSociety(`/programme-cohorts/${cohortId}/sample`), undefined, moderatorSession.headers);
  await made('POST', inSociety(`/participants/${id}/steps`), { type: 'moderate', decision: 'confirm', reasons: REASONS }, moderatorSession.headers);
  return result;
}

/** A file the participant uploaded, to attach as evidence in their portfolio. */
async function portfolioFile(session: SignedIn): Promise<string> {
  const uploaded = await t.app.inject({ method: 'POST', url: inSociety('/files?name=observation.txt'), headers: { ...session.headers, 'content-type': 'application/octet-stream' }, payload: Buffer.from('Notes from my observed lesson.') });
  expect(uploaded.statusCode, uploaded.body).toBe(201);
  return uploaded.json().id;
}

/** A step of a report, by the handler it is assigned to. */
const handling = (report: { id: string; session: SignedIn }, path: string, payload: object): Call => ({ url: inOrg(`/raised-concerns/${report.id}/${path}`), payload, headers: report.session.headers });

beforeAll(async () => {
  clock.set(new Date('2026-03-02T10:00:00Z'));
  t = await testApp();
  org = await makeOrganisation(db(), 'employer_trust');
  admin = await makePerson(db(), org.id, [{ role: 'staff' }, { role: 'organisation_admin' }, { role: 'auditor' }], { employedAt: org.academies.northfield, name: 'Admin' });
  adminSession = await signIn(t.app, admin.email);
  colleague = await makePerson(db(), org.id, [{ role: 'staff' }], { employedAt: org.academies.northfield, name: 'Colleague' });
  lineManager = await makePerson(db(), org.id, [{ role: 'staff' }, { role: 'line_manager', academyId: org.academies.northfield }], { employedAt: org.academies.northfield, name: 'Manager' });
  await made('POST', inOrg('/adoptions'), { codeId: 'test-standards', version: '1', adoptedFrom: '2020-01-01', material: false });
  const adopted = await made('POST', inOrg('/adoptions'), { codeId: 'test-conduct', version: '1', adoptedFrom: '2020-01-01', attestationDueOn: '2030-01-01' });
  campaignId = adopted.campaignId;
  contentHash = (await made('GET', '/api/codes/test-conduct/versions/1')).contentHash;
  standardId = (await startAssessment(adminSession)).standards[0].id;
  officerSession = (await newcomer([{ role: 'staff' }, { role: 'case_officer' }])).session;
  ({ person: subject, session: subjectSession } = await newcomer());
  panel = await Promise.all([1, 2, 3].map(() => makePerson(db(), org.id, [{ role: 'panel_member' }])));
  // Declarations cite the staff code of the real library, which the organisation adopts.
  await loadCodes(db());
  await made('POST', inOrg('/adoptions'), { codeId: 'att-staff-code-of-conduct', version: '2020', adoptedFrom: '2020-01-01', material: false });
  society = await makeOrganisation(db(), 'professional_body');
  team = await signIn(t.app, (await makePerson(db(), society.id, [{ role: 'professional_status_team' }])).email);
  reviewer = await makePerson(db(), society.id, [{ role: 'reviewer' }]);
  reviewerSession = await signIn(t.app, reviewer.email);
  moderatorSession = await signIn(t.app, (await makePerson(db(), society.id, [{ role: 'moderator' }])).email);
});
afterAll(async () => {
  await t.close();
  clock.set(null);
});

const WRITE_METHODS = ['POST', 'PUT', 'PATCH', 'DELETE'];
const writeRoutes = () => t.app.apiRoutes.filter((r) => WRITE_METHODS.includes(r.method));

/** The audit entries written under a response's request id. */
async function auditedIn(response: { headers: Record<string, unknown> }): Promise<string[]> {
  const requestId = response.headers['x-request-id'];
  if (typeof requestId !== 'string') throw new Error('the response has no x-request-id header to find its audit entries by');
  return (await db().select({ action: auditEvents.action }).from(auditEvents).where(eq(auditEvents.requestId, requestId)).orderBy(auditEvents.seq)).map((e) => e.action);
}

/** A fresh session of a colleague who holds no more than the staff role, as headers for a write. */
async function colleagueHeaders() {
  const token = await createSession(db(), colleague.id, { idleMinutes: 30, absoluteHours: 12 });
  return { cookie: `probity_session=${token}`, 'x-csrf-token': csrfTokenFor(token) };
}

describe('audit entries of every write', () => {
  it('has a request that succeeds for every write route, and no entry for a route that is gone', () => {
    const routes = writeRoutes().map((r) => `${r.method} ${r.url}`);
    expect(routes.length).toBeGreaterThan(40);
    expect(routes.filter((key) => !WRITES[key]), 'write routes with no request to try them with: give each one below, and audit what it writes').toEqual([]);
    expect(Object.keys(WRITES).filter((key) => !routes.includes(key)), 'entries for routes that no longer exist').toEqual([]);
    expect(Object.keys(NOT_AUDITED).filter((key) => !routes.includes(key)), 'exemptions for routes that no longer exist').toEqual([]);
  });

  it('writes an audit entry in the request of every write that succeeds, and none in a request refused', async () => {
    const problems: string[] = [];
    let refusals = 0;
    for (const route of writeRoutes()) {
      const key = `${route.method} ${route.url}`;
      const write = WRITES[key];
      if (!write) continue; // reported by the test above
      const exempt = key in NOT_AUDITED;
      const valid = await write.valid();
      const done = await send(route.method, valid);
      const entries = await auditedIn(done);
      if (done.statusCode >= 300) problems.push(`${key}: the valid request was answered ${done.statusCode} ${done.body.slice(0, 300)}`);
      else if (exempt && entries.length > 0) problems.push(`${key} is audited now (${entries.join(', ')}): take it off NOT_AUDITED`);
      else if (!exempt && entries.length === 0) problems.push(`${key} succeeded (${done.statusCode}) and wrote no audit entry`);

      // Refusals: the same request again (a second submission, a used token, an ended session), by a colleague
      // who may not, without a session, with a body that does not fit, and any the route records on purpose.
      const { 'content-type': contentType, ...headers }: Record<string, string> = valid.headers ?? adminSession.headers;
      const sameContent: Record<string, string> = contentType ? { 'content-type': contentType } : {};
      const attempts: [string, Call, AuditAction | null][] = [['again', valid, null]];
      if (route.access !== 'public') {
        attempts.push(['by a colleague', { ...valid, headers: { ...sameContent, ...(await colleagueHeaders()) } }, null]);
        attempts.push(['without a session', { ...valid, headers: sameContent }, null]);
      }
      if (route.method !== 'DELETE') attempts.push(['with a body that does not fit', { ...valid, payload: { unexpected: true }, headers }, null]);
      if (write.refused) attempts.push(['refused on purpose', await write.refused.call(valid), write.refused.records]);
      let refusedOnce = false;
      for (const [what, call, records] of attempts) {
        const response = await send(route.method, call);
        const written = await auditedIn(response);
        if (response.statusCode < 300) {
          if (!exempt && written.length === 0) problems.push(`${key} ${what}: succeeded (${response.statusCode}) and wrote no audit entry`);
          if (records) problems.push(`${key} ${what}: was not refused (${response.statusCode})`);
          continue;
        }
        if (response.statusCode >= 500 || response.statusCode < 400) problems.push(`${key} ${what}: answered ${response.statusCode}`);
        refusedOnce = true;
        refusals++;
        const expected = records ? [records] : [];
        if (JSON.stringify(written) !== JSON.stringify(expected)) problems.push(`${key} ${what}: refused (${response.statusCode}) and wrote ${JSON.stringify(written)}, not ${JSON.stringify(expected)}`);
      }
      if (!refusedOnce) problems.push(`${key}: no refusal was tried`);
    }
    expect(problems).toEqual([]);
    expect(refusals).toBeGreaterThan(100);
    // Every write route, tried several ways each: its time grows with the routes there are.
  }, 180_000);
});
