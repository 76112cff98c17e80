import crypto from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents } from '../src/platform/audit/schema.ts';
import { clock } from '../src/platform/clock.ts';
import { deadlines } from '../src/features/deadlines/schema.ts';
import { employments, roleAssignments } from '../src/platform/people/schema.ts';
import { loadCodes } from '../src/features/codes/index.ts';
import { conductLogAccessGrants, conductLogEntries } from '../src/features/conduct-log/schema.ts';
import { PROGRAMMES, register } from '../src/features/programmes/rules.ts';
import { programmeCommunications } from '../src/features/programmes/communications-schema.ts';
import { adjustmentRequests, portfolioEvidence, programmeCohorts, programmeParticipants, supportAppeals, supportRequests, supporterInvitations } from '../src/features/programmes/schema.ts';
import { legalHolds } from '../src/features/retention/schema.ts';
import { testApp, type TestApp } from './app.ts';
import { makeOrganisation, makePerson, signIn, type SignedIn, type TestOrganisation, type TestPerson } from './factories.ts';

// A person who belongs to two organisations makes records of every kind in one, then tries each route
// that takes a record id with those ids through the other's path. Every such route must answer as if the
// record did not exist there, and change nothing in either organisation. The routes are walked from the
// server's own list, so a new route with an id in its path fails here until it is given a record below.

interface Records {
  academyId: string;
  personId: string;
  assessmentId: string;
  standardId: string;
  assessmentEvidenceId: string;
  goalId: string;
  activityId: string;
  activityEvidenceId: string;
  shareId: string;
  fileId: string;
  campaignId: string;
  contentHash: string;
  deadlineId: string;
  /** Someone in A only, who shares their development record with the person of both organisations. */
  sharerId: string;
  /** A case in A about someone of A only, its officer and panel member, and the request put to them with the document they answered with. */
  caseId: string;
  caseOfficerId: string;
  panelistId: string;
  requestId: string;
  documentId: string;
  /** The letter the case sent its person when it was opened. */
  letterId: string;
  /** A draft declaration of the person of both in A, a gift they declared there, A's re-declaration and their safe-working request. */
  declarationId: string;
  giftId: string;
  declarationCampaignId: string;
  safeWorkingId: string;
  /** A safeguarding concern the person of both recorded in A, and an entry of A's conduct log with a grant of access to it. */
  concernId: string;
  /** The learner's file A sent to a third trust, as the person of both, a designated safeguarding lead in A too. */
  transferId: string;
  conductEntryId: string;
  conductGrantId: string;
  /** A confidential report raised in A, entered by the person of both as its handler, with a file its reporter added and their request to know who made it. */
  reportId: string;
  reportAttachmentId: string;
  revealRequestId: string;
  /** A cohort of a programme in A, and a participant on it. */
  cohortId: string;
  participantId: string;
  /** The participant's support request, adjustment request and appeal. */
  supportRequestId: string;
  adjustmentId: string;
  appealId: string;
  /** The participant's invitation to their supporter. */
  supporterInvitationId: string;
  /** Evidence attached under a section of the participant's portfolio. */
  portfolioEvidenceId: string;
  /** A message scheduled for A's cohort. */
  communicationId: string;
  /** A legal hold A's data protection officer placed on its report. */
  legalHoldId: string;
}

interface Attempt {
  params: Record<string, (r: Records) => string>;
  body?: (r: Records) => unknown;
  /** How the other organisation answers; by default 404, as if the record did not exist. */
  check?: (response: { statusCode: number; json(): unknown }, r: Records) => void;
}

const text = { kind: 'text', text: 'Tried from the other organisation' };
const REASONS = 'Tried from the other organisation, with reasons enough.';

/** A list of the other organisation, answered, in which the record of A does not appear. */
function holdsNothingOf(id: (r: Records) => string): NonNullable<Attempt['check']> {
  return (response, r) => {
    expect(response.statusCode).toBe(200);
    expect(JSON.stringify(response.json())).not.toContain(id(r));
  };
}

/** B is a trust: it runs no programme, whatever is asked of it. */
const refusedAsNoBody: NonNullable<Attempt['check']> = (response) => {
  expect(response.statusCode).toBe(409);
  expect(response.json()).toMatchObject({ type: '/rules/programmes-of-a-body' });
};

/** Every route under /api/orgs/:orgId with a record id in its path, and the record of A to try it with. */
const BY_PATH: Record<string, Attempt> = {
  'PATCH /api/orgs/:orgId/academies/:academyId': { params: { academyId: (r) => r.academyId }, body: () => ({ name: 'Taken over' }) },
  'PUT /api/orgs/:orgId/academies/:academyId/terms': { params: { academyId: (r) => r.academyId }, body: () => ({ terms: [] }) },
  'GET /api/orgs/:orgId/people/:personId': { params: { personId: (r) => r.personId } },
  'PATCH /api/orgs/:orgId/people/:personId': { params: { personId: (r) => r.personId }, body: () => ({ givenName: 'Renamed' }) },
  'GET /api/orgs/:orgId/self-assessments/:assessmentId': { params: { assessmentId: (r) => r.assessmentId } },
  'PUT /api/orgs/:orgId/self-assessments/:assessmentId/standards/:provisionId': {
    params: { assessmentId: (r) => r.assessmentId, provisionId: (r) => r.standardId },
    body: () => ({ rating: 1, reflection: 'Overwritten' }),
  },
  'POST /api/orgs/:orgId/self-assessments/:assessmentId/standards/:provisionId/evidence': {
    params: { assessmentId: (r) => r.assessmentId, provisionId: (r) => r.standardId },
    body: () => text,
  },
  'DELETE /api/orgs/:orgId/self-assessments/:assessmentId/evidence/:evidenceId': { params: { assessmentId: (r) => r.assessmentId, evidenceId: (r) => r.assessmentEvidenceId } },
  'POST /api/orgs/:orgId/self-assessments/:assessmentId/submit': { params: { assessmentId: (r) => r.assessmentId }, body: () => ({}) },
  'PATCH /api/orgs/:orgId/development/goals/:goalId': { params: { goalId: (r) => r.goalId }, body: () => ({ title: 'Overwritten' }) },
  'DELETE /api/orgs/:orgId/development/goals/:goalId': { params: { goalId: (r) => r.goalId } },
  'PATCH /api/orgs/:orgId/development/cpd/:activityId': { params: { activityId: (r) => r.activityId }, body: () => ({ title: 'Overwritten' }) },
  'DELETE /api/orgs/:orgId/development/cpd/:activityId': { params: { activityId: (r) => r.activityId } },
  'POST /api/orgs/:orgId/development/cpd/:activityId/evidence': { params: { activityId: (r) => r.activityId }, body: () => text },
  'DELETE /api/orgs/:orgId/development/cpd/:activityId/evidence/:evidenceId': { params: { activityId: (r) => r.activityId, evidenceId: (r) => r.activityEvidenceId } },
  'DELETE /api/orgs/:orgId/development/shares/:shareId': { params: { shareId: (r) => r.shareId } },
  'GET /api/orgs/:orgId/files/:fileId': { params: { fileId: (r) => r.fileId } },
  'GET /api/orgs/:orgId/attestation-campaigns/:campaignId': { params: { campaignId: (r) => r.campaignId } },
  'POST /api/orgs/:orgId/attestation-campaigns/:campaignId/attest': {
    params: { campaignId: (r) => r.campaignId },
    body: (r) => ({ contentHash: r.contentHash, statement: 'I have read and understood this code, and I will follow it.' }),
  },
  'POST /api/orgs/:orgId/deadlines/:deadlineId/met': { params: { deadlineId: (r) => r.deadlineId }, body: () => ({}) },
  'POST /api/orgs/:orgId/deadlines/:deadlineId/waive': { params: { deadlineId: (r) => r.deadlineId }, body: () => ({ reason: 'Tried from the other organisation' }) },
  'GET /api/orgs/:orgId/cases/:caseId': { params: { caseId: (r) => r.caseId } },
  'POST /api/orgs/:orgId/cases/:caseId/advance': { params: { caseId: (r) => r.caseId }, body: () => ({ to: 'decision' }) },
  'POST /api/orgs/:orgId/cases/:caseId/information-requests': { params: { caseId: (r) => r.caseId }, body: () => ({ question: 'Tried from the other organisation', dueOn: '2026-03-20' }) },
  'POST /api/orgs/:orgId/cases/:caseId/decide': { params: { caseId: (r) => r.caseId }, body: () => ({ outcome: 'no_action', reasons: REASONS }) },
  'POST /api/orgs/:orgId/cases/:caseId/issue-outcome': { params: { caseId: (r) => r.caseId }, body: () => ({}) },
  'POST /api/orgs/:orgId/cases/:caseId/appeal': { params: { caseId: (r) => r.caseId }, body: () => ({ grounds: REASONS }) },
  'POST /api/orgs/:orgId/cases/:caseId/decide-appeal': { params: { caseId: (r) => r.caseId }, body: () => ({ result: 'upheld', reasons: REASONS }) },
  'POST /api/orgs/:orgId/cases/:caseId/close': { params: { caseId: (r) => r.caseId }, body: () => ({ reasons: REASONS }) },
  'GET /api/orgs/:orgId/cases/:caseId/candidates': { params: { caseId: (r) => r.caseId } },
  'POST /api/orgs/:orgId/cases/:caseId/officers': { params: { caseId: (r) => r.caseId }, body: (r) => ({ personId: r.personId }) },
  'DELETE /api/orgs/:orgId/cases/:caseId/officers/:personId': { params: { caseId: (r) => r.caseId, personId: (r) => r.caseOfficerId } },
  'POST /api/orgs/:orgId/cases/:caseId/panel': { params: { caseId: (r) => r.caseId }, body: (r) => ({ personId: r.panelistId, kind: 'lay' }) },
  'DELETE /api/orgs/:orgId/cases/:caseId/panel/:personId': { params: { caseId: (r) => r.caseId, personId: (r) => r.panelistId } },
  'POST /api/orgs/:orgId/cases/:caseId/step-aside': { params: { caseId: (r) => r.caseId }, body: () => ({ reason: 'Tried from the other organisation' }) },
  'GET /api/orgs/:orgId/cases/:caseId/documents/:documentId': { params: { caseId: (r) => r.caseId, documentId: (r) => r.documentId } },
  'GET /api/orgs/:orgId/cases/:caseId/letters/:letterId': { params: { caseId: (r) => r.caseId, letterId: (r) => r.letterId } },
  'POST /api/orgs/:orgId/information-requests/:requestId/answer': { params: { requestId: (r) => r.requestId }, body: () => ({ answer: 'Tried from the other organisation' }) },
  'GET /api/orgs/:orgId/declarations/:declarationId': { params: { declarationId: (r) => r.declarationId } },
  'PATCH /api/orgs/:orgId/declarations/:declarationId': { params: { declarationId: (r) => r.declarationId }, body: () => ({ fields: { interest: 'Overwritten' } }) },
  'DELETE /api/orgs/:orgId/declarations/:declarationId': { params: { declarationId: (r) => r.declarationId } },
  'POST /api/orgs/:orgId/declarations/:declarationId/steps': { params: { declarationId: (r) => r.giftId }, body: () => ({ type: 'acknowledge' }) },
  'GET /api/orgs/:orgId/declaration-campaigns/:campaignId': { params: { campaignId: (r) => r.declarationCampaignId } },
  'POST /api/orgs/:orgId/declaration-campaigns/:campaignId/return': { params: { campaignId: (r) => r.declarationCampaignId }, body: () => ({ kind: 'nil' }) },
  'GET /api/orgs/:orgId/safe-working/:requestId': { params: { requestId: (r) => r.safeWorkingId } },
  'GET /api/orgs/:orgId/safeguarding/concerns/:concernId': { params: { concernId: (r) => r.concernId } },
  'GET /api/orgs/:orgId/safeguarding/concerns/:concernId/pdf': { params: { concernId: (r) => r.concernId } },
  'POST /api/orgs/:orgId/safeguarding/concerns/:concernId/steps': { params: { concernId: (r) => r.concernId }, body: () => ({ type: 'triage', level: 'record_only', note: REASONS }) },
  'POST /api/orgs/:orgId/safeguarding/concerns/:concernId/access': { params: { concernId: (r) => r.concernId }, body: (r) => ({ personId: r.personId, reason: REASONS }) },
  'DELETE /api/orgs/:orgId/safeguarding/concerns/:concernId/access/:personId': { params: { concernId: (r) => r.concernId, personId: (r) => r.personId } },
  'POST /api/orgs/:orgId/safeguarding/concerns/:concernId/break-glass': { params: { concernId: (r) => r.concernId }, body: () => ({ reason: REASONS }) },
  'POST /api/orgs/:orgId/safeguarding/concerns/:concernId/case': { params: { concernId: (r) => r.concernId }, body: () => ({ summary: REASONS }) },
  'GET /api/orgs/:orgId/safeguarding/transfers/sent/:transferId': { params: { transferId: (r) => r.transferId } },
  'GET /api/orgs/:orgId/safeguarding/transfers/received/:transferId': { params: { transferId: (r) => r.transferId } },
  'POST /api/orgs/:orgId/safeguarding/transfers/received/:transferId/accept': { params: { transferId: (r) => r.transferId }, body: () => ({ learnerRef: 'B-1' }) },
  'POST /api/orgs/:orgId/safeguarding/transfers/received/:transferId/decline': { params: { transferId: (r) => r.transferId }, body: () => ({ reason: REASONS }) },
  'GET /api/orgs/:orgId/safeguarding/academies/:academyId/deputies': { params: { academyId: (r) => r.academyId } },
  'PUT /api/orgs/:orgId/safeguarding/academies/:academyId/deputies/:personId': { params: { academyId: (r) => r.academyId, personId: (r) => r.personId } },
  'DELETE /api/orgs/:orgId/safeguarding/academies/:academyId/deputies/:personId': { params: { academyId: (r) => r.academyId, personId: (r) => r.personId } },
  'GET /api/orgs/:orgId/conduct-log/entries/:entryId': { params: { entryId: (r) => r.conductEntryId } },
  'PATCH /api/orgs/:orgId/conduct-log/entries/:entryId': { params: { entryId: (r) => r.conductEntryId }, body: () => ({ outcome: 'formal_process' }) },
  'POST /api/orgs/:orgId/conduct-log/entries/:entryId/share': { params: { entryId: (r) => r.conductEntryId } },
  'DELETE /api/orgs/:orgId/conduct-log/access/:grantId': { params: { grantId: (r) => r.conductGrantId } },
  'POST /api/orgs/:orgId/safe-working/:requestId/steps': { params: { requestId: (r) => r.safeWorkingId }, body: () => ({ type: 'withdraw' }) },
  'GET /api/orgs/:orgId/raised-concerns/:reportId': { params: { reportId: (r) => r.reportId } },
  'POST /api/orgs/:orgId/raised-concerns/:reportId/acknowledge': { params: { reportId: (r) => r.reportId }, body: () => ({}) },
  'POST /api/orgs/:orgId/raised-concerns/:reportId/begin': { params: { reportId: (r) => r.reportId }, body: () => ({}) },
  'POST /api/orgs/:orgId/raised-concerns/:reportId/close': { params: { reportId: (r) => r.reportId }, body: () => ({ outcome: 'no_further_action', reasons: REASONS }) },
  'POST /api/orgs/:orgId/raised-concerns/:reportId/reopen': { params: { reportId: (r) => r.reportId }, body: () => ({ reason: REASONS }) },
  'POST /api/orgs/:orgId/raised-concerns/:reportId/messages': { params: { reportId: (r) => r.reportId }, body: () => ({ body: 'Tried from the other organisation' }) },
  'POST /api/orgs/:orgId/raised-concerns/:reportId/notes': { params: { reportId: (r) => r.reportId }, body: () => ({ body: 'Tried from the other organisation' }) },
  'POST /api/orgs/:orgId/raised-concerns/:reportId/step-aside': { params: { reportId: (r) => r.reportId }, body: () => ({ reason: 'Tried from the other organisation' }) },
  'POST /api/orgs/:orgId/raised-concerns/:reportId/assign': { params: { reportId: (r) => r.reportId }, body: (r) => ({ personId: r.personId }) },
  'POST /api/orgs/:orgId/raised-concerns/:reportId/reveal-requests': { params: { reportId: (r) => r.reportId }, body: () => ({ reason: REASONS }) },
  'GET /api/orgs/:orgId/raised-concerns/:reportId/identity': { params: { reportId: (r) => r.reportId } },
  'POST /api/orgs/:orgId/raised-concerns/:reportId/files': { params: { reportId: (r) => r.reportId } },
  'POST /api/orgs/:orgId/raised-concerns/:reportId/case': { params: { reportId: (r) => r.reportId }, body: (r) => ({ type: 'protected', subjectId: r.personId, summary: REASONS }) },
  'GET /api/orgs/:orgId/raised-concerns/:reportId/attachments/:attachmentId': { params: { reportId: (r) => r.reportId, attachmentId: (r) => r.reportAttachmentId } },
  'POST /api/orgs/:orgId/reveal-requests/:requestId/decision': { params: { requestId: (r) => r.revealRequestId }, body: () => ({ decision: 'approved' }) },
  // A register is named, not a record: the other organisation's holds nothing of A's.
  'GET /api/orgs/:orgId/registers/:register': { params: { register: () => 'gifts' }, check: holdsNothingOf((r) => r.giftId) },
  // A provision belongs to a code, not to an organisation: the other organisation's answer holds none of A's citations.
  'GET /api/orgs/:orgId/provisions/:provisionId/citations': {
    params: { provisionId: (r) => r.standardId },
    check: (response) => {
      expect(response.statusCode).toBe(200);
      expect(response.json()).toEqual([]);
    },
  },
  // A programme is not a record: B, a trust, runs none, and refuses before it looks at A's cohort.
  'PUT /api/orgs/:orgId/programmes/:programmeId/settings': { params: { programmeId: () => 'qtls' }, body: () => ({ supportRequestLimit: 9 }), check: refusedAsNoBody },
  'POST /api/orgs/:orgId/programmes/:programmeId/cohorts': { params: { programmeId: () => 'qtls' }, body: () => ({ startsOn: '2026-06-01' }), check: refusedAsNoBody },
  'POST /api/orgs/:orgId/programmes/:programmeId/registrations': {
    params: { programmeId: () => 'qtls' },
    body: (r) => ({ cohortId: r.cohortId, answers: {}, acceptTerms: true }),
    check: refusedAsNoBody,
  },
  'GET /api/orgs/:orgId/programmes/:programmeId/people': { params: { programmeId: () => 'qtls' }, check: refusedAsNoBody },
  'GET /api/orgs/:orgId/participants/:participantId': { params: { participantId: (r) => r.participantId } },
  'PUT /api/orgs/:orgId/participants/:participantId/portfolio/:section': { params: { participantId: (r) => r.participantId, section: () => 'values' }, body: () => ({ text: 'Overwritten' }) },
  'POST /api/orgs/:orgId/participants/:participantId/steps': { params: { participantId: (r) => r.participantId }, body: () => ({ type: 'withdraw', reason: REASONS }) },
  'GET /api/orgs/:orgId/participants/:participantId/evidence': { params: { participantId: (r) => r.participantId } },
  'POST /api/orgs/:orgId/participants/:participantId/portfolio/:section/evidence': { params: { participantId: (r) => r.participantId, section: () => 'values' }, body: (r) => ({ fileId: r.fileId }) },
  'DELETE /api/orgs/:orgId/participants/:participantId/evidence/:evidenceId': { params: { participantId: (r) => r.participantId, evidenceId: (r) => r.portfolioEvidenceId } },
  'GET /api/orgs/:orgId/participants/:participantId/evidence/files/:fileId': { params: { participantId: (r) => r.participantId, fileId: (r) => r.fileId } },
  'GET /api/orgs/:orgId/participants/:participantId/support': { params: { participantId: (r) => r.participantId } },
  'POST /api/orgs/:orgId/participants/:participantId/support-requests': { params: { participantId: (r) => r.participantId }, body: () => ({ channel: 'general', question: REASONS }) },
  'POST /api/orgs/:orgId/participants/:participantId/support-requests/:requestId/answer': {
    params: { participantId: (r) => r.participantId, requestId: (r) => r.supportRequestId },
    body: () => ({ text: REASONS }),
  },
  'POST /api/orgs/:orgId/participants/:participantId/adjustments': { params: { participantId: (r) => r.participantId }, body: () => ({ needs: REASONS }) },
  'POST /api/orgs/:orgId/participants/:participantId/adjustments/:adjustmentId/decision': {
    params: { participantId: (r) => r.participantId, adjustmentId: (r) => r.adjustmentId },
    body: () => ({ agreed: false, reasons: REASONS }),
  },
  'POST /api/orgs/:orgId/participants/:participantId/appeals': { params: { participantId: (r) => r.participantId }, body: () => ({ grounds: REASONS }) },
  'POST /api/orgs/:orgId/participants/:participantId/appeals/:appealId/response': { params: { participantId: (r) => r.participantId, appealId: (r) => r.appealId }, body: () => ({ text: REASONS }) },
  // The records' retention: a hold of A is not found through B; a type of record is the same in every
  // organisation, and B's own period for it is refused as shorter than the default before anything is written.
  'POST /api/orgs/:orgId/retention/holds/:holdId/lift': { params: { holdId: (r) => r.legalHoldId }, body: () => ({ reason: REASONS }) },
  'PUT /api/orgs/:orgId/retention/records/:recordType': {
    params: { recordType: () => 'conduct-log-entry' },
    body: () => ({ keptFor: 'P1Y' }),
    check: (response) => {
      expect(response.statusCode).toBe(400);
      expect(response.json()).toMatchObject({ type: '/rules/period-not-shorter' });
    },
  },
  'GET /api/orgs/:orgId/programme-cohorts/:cohortId': { params: { cohortId: (r) => r.cohortId } },
  // The mentor pool: B, a trust, keeps none; A's participant is not found through B.
  'PATCH /api/orgs/:orgId/mentor-pool/:personId': { params: { personId: (r) => r.personId }, body: () => ({ capacity: 5 }), check: refusedAsNoBody },
  'DELETE /api/orgs/:orgId/mentor-pool/:personId': { params: { personId: (r) => r.personId }, check: refusedAsNoBody },
  'POST /api/orgs/:orgId/participants/:participantId/mentor-request': { params: { participantId: (r) => r.participantId }, body: () => ({ subject: 'Mathematics' }) },
  'GET /api/orgs/:orgId/participants/:participantId/supporter-invitations': { params: { participantId: (r) => r.participantId } },
  'POST /api/orgs/:orgId/participants/:participantId/supporter-invitations': {
    params: { participantId: (r) => r.participantId },
    body: () => ({ givenName: 'Taken', familyName: 'Over', email: 'taken-over@example.test' }),
  },
  'POST /api/orgs/:orgId/participants/:participantId/supporter-invitations/:invitationId/withdraw': {
    params: { participantId: (r) => r.participantId, invitationId: (r) => r.supporterInvitationId },
    body: () => ({}),
  },
  'POST /api/orgs/:orgId/programme-cohorts/:cohortId/sample': { params: { cohortId: (r) => r.cohortId }, body: () => ({}) },
  'POST /api/orgs/:orgId/programme-cohorts/:cohortId/release': { params: { cohortId: (r) => r.cohortId }, body: () => ({}) },
  'GET /api/orgs/:orgId/programme-cohorts/:cohortId/communications': { params: { cohortId: (r) => r.cohortId } },
  'POST /api/orgs/:orgId/programme-cohorts/:cohortId/communications': {
    params: { cohortId: (r) => r.cohortId },
    body: () => ({ kind: 'message', title: 'Sent across', body: 'A message tried from the other organisation.', stage: 'startsOn', offsetDays: 0, time: '09:00', audience: 'open' }),
  },
  'PATCH /api/orgs/:orgId/programme-communications/:communicationId': { params: { communicationId: (r) => r.communicationId }, body: () => ({ title: 'Changed across' }) },
  'POST /api/orgs/:orgId/programme-communications/:communicationId/cancel': { params: { communicationId: (r) => r.communicationId }, body: () => ({}) },
  'GET /api/orgs/:orgId/participants/:participantId/webinars': { params: { participantId: (r) => r.participantId } },
};

/** Routes under /api/orgs/:orgId that take a record id in their query string, and what to ask them. */
const BY_QUERY: Record<string, { query: (r: Records) => Record<string, string>; check?: Attempt['check'] }> = {
  'GET /api/orgs/:orgId/self-assessments': { query: (r) => ({ personId: r.sharerId }) },
  'GET /api/orgs/:orgId/development/dashboard': { query: (r) => ({ personId: r.sharerId }) },
  'GET /api/orgs/:orgId/development/goals': { query: (r) => ({ personId: r.sharerId }) },
  'GET /api/orgs/:orgId/development/cpd': { query: (r) => ({ personId: r.sharerId }) },
  'GET /api/orgs/:orgId/development/cpd/summary': { query: (r) => ({ personId: r.sharerId, year: '2025' }) },
  'GET /api/orgs/:orgId/development/export': { query: (r) => ({ personId: r.sharerId, format: 'csv' }) },
  'GET /api/orgs/:orgId/participants': { query: (r) => ({ cohortId: r.cohortId }), check: holdsNothingOf((r) => r.participantId) },
  // Filters of a list: the other organisation's list holds nothing of A.
  'GET /api/orgs/:orgId/deadlines': { query: (r) => ({ ownerId: r.personId }), check: holdsNothingOf((r) => r.personId) },
  'GET /api/orgs/:orgId/cases': { query: (r) => ({ declarationId: r.declarationId }), check: holdsNothingOf((r) => r.caseId) },
  'GET /api/orgs/:orgId/citations': { query: (r) => ({ recordType: 'cpd_activity', recordId: r.activityId }), check: holdsNothingOf((r) => r.activityId) },
  'GET /api/orgs/:orgId/audit': { query: (r) => ({ recordId: r.activityId }), check: holdsNothingOf((r) => r.activityId) },
  'GET /api/orgs/:orgId/registers/:register': { query: (r) => ({ academyId: r.academyId }), check: holdsNothingOf((r) => r.giftId) },
  'GET /api/orgs/:orgId/conduct-log/entries': { query: (r) => ({ academyId: r.academyId, staffId: r.personId }), check: holdsNothingOf((r) => r.conductEntryId) },
  // An academy of A is not found through B: a report names no academy it does not oversee.
  'GET /api/orgs/:orgId/conduct-log/patterns': { query: (r) => ({ from: '2025-09-01', to: '2026-03-01', academyId: r.academyId }) },
  'GET /api/orgs/:orgId/conduct-log/training-needs': { query: (r) => ({ from: '2025-09-01', to: '2026-03-01', academyId: r.academyId }) },
  'GET /api/orgs/:orgId/provisions-report': { query: (r) => ({ from: '2025-09-01', to: '2026-03-01', academyId: r.academyId }) },
  // A's campaign is not found through B, with A's academy as its filter (B's own campaign refuses A's academy: codes.db.test.ts).
  'GET /api/orgs/:orgId/attestation-campaigns/:campaignId': { query: (r) => ({ academyId: r.academyId }) },
};

let t: TestApp;
let a: TestOrganisation;
let b: TestOrganisation;
let both: TestPerson;
let session: SignedIn;
let records: Records;

const db = () => t.database.db;

async function inject(method: string, url: string, payload?: unknown) {
  const response = await t.app.inject({ method: method as 'GET', url, headers: method === 'GET' ? { cookie: session.cookie } : session.headers, ...(payload === undefined ? {} : { payload: payload as object }) });
  return response;
}

async function made(method: string, url: string, payload?: unknown) {
  const response = await inject(method, url, payload);
  if (response.statusCode >= 300) throw new Error(`${method} ${url}: ${response.statusCode} ${response.body}`);
  return response.json();
}

beforeAll(async () => {
  clock.set(new Date('2026-03-02T10:00:00Z'));
  t = await testApp();
  a = await makeOrganisation(db(), 'employer_trust');
  b = await makeOrganisation(db(), 'employer_trust');
  // Administrator of both, and an auditor of B so that B's audit trail can be searched too.
  both = await makePerson(db(), a.id, [{ role: 'staff' }, { role: 'organisation_admin' }], { employedAt: a.academies.northfield, name: 'Both' });
  await db().insert(roleAssignments).values(['staff', 'organisation_admin', 'auditor'].map((role) => ({ organisationId: b.id, personId: both.id, role: role as 'staff' })));
  await db().insert(employments).values({ organisationId: b.id, personId: both.id, academyId: b.academies.northfield, jobRole: 'Teacher' });
  session = await signIn(t.app, both.email);
  const lineManager = await makePerson(db(), a.id, [{ role: 'staff' }, { role: 'line_manager', academyId: a.academies.northfield }], { employedAt: a.academies.northfield });
  const onlyInA = await makePerson(db(), a.id, [{ role: 'staff' }], { employedAt: a.academies.southgate, name: 'OnlyInA' });

  const inA = (path: string) => `/api/orgs/${a.id}${path}`;
  const adopted = await made('POST', inA('/adoptions'), { codeId: 'test-standards', version: '1', adoptedFrom: '2020-01-01', attestationDueOn: '2030-01-01' });
  const { contentHash } = await made('GET', '/api/codes/test-standards/versions/1');
  const assessment = await made('POST', inA('/self-assessments'), {});
  const standardId = assessment.standards[0].id as string;
  const withEvidence = await made('POST', inA(`/self-assessments/${assessment.id}/standards/${standardId}/evidence`), text);
  const goal = await made('POST', inA('/development/goals'), { title: 'Observe a colleague', successMeasure: 'Notes written', targetDate: '2030-07-01' });
  const activity = await made('POST', inA('/development/cpd'), { kind: 'course', title: 'Safeguarding refresher', happenedOn: '2025-01-15', minutes: 90 });
  const activityWithEvidence = await made('POST', inA(`/development/cpd/${activity.id}/evidence`), text);
  const shared = await made('POST', inA('/development/shares'), { viewerId: lineManager.id });
  const file = await t.app.inject({ method: 'POST', url: inA('/files?name=notes.txt'), headers: { ...session.headers, 'content-type': 'application/octet-stream' }, payload: Buffer.from('My notes from the course.') });
  await made('POST', inA('/citations'), { provisionIds: [standardId], recordType: 'cpd_activity', recordId: activity.id });
  const [deadline] = await db().select({ id: deadlines.id }).from(deadlines).where(and(eq(deadlines.organisationId, a.id), eq(deadlines.ownerId, both.id)));
  // Someone of A only shares their record with the person of both: readable in A, not through B.
  const sharer = await makePerson(db(), a.id, [{ role: 'staff' }], { employedAt: a.academies.northfield, name: 'Sharer' });
  await db().insert(roleAssignments).values({ organisationId: a.id, personId: both.id, role: 'line_manager', academyId: a.academies.northfield });
  const sharerSession = await signIn(t.app, sharer.email);
  const sharing = await t.app.inject({ method: 'POST', url: inA('/development/shares'), headers: sharerSession.headers, payload: { viewerId: both.id } });
  expect(sharing.statusCode).toBe(201);
  // A case about someone of A only, with its panel, and a request put to them that they answered with a document.
  await db().insert(roleAssignments).values({ organisationId: a.id, personId: both.id, role: 'case_officer' });
  const panelist = await makePerson(db(), a.id, [{ role: 'panel_member' }]);
  const opened = await made('POST', inA('/cases'), { type: 'staff_conduct', subjectId: onlyInA.id, summary: 'Conduct on a school trip', openedFrom: 'concern' });
  await made('POST', inA(`/cases/${opened.id}/panel`), { personId: panelist.id, kind: 'lay' });
  await made('POST', inA(`/cases/${opened.id}/advance`), { to: 'investigation' });
  const asked = await made('POST', inA(`/cases/${opened.id}/information-requests`), { question: 'Who else was on the trip?', dueOn: '2026-03-20' });
  const subjectSession = await signIn(t.app, onlyInA.email);
  const tripList = await t.app.inject({ method: 'POST', url: inA('/files?name=trip.txt'), headers: { ...subjectSession.headers, 'content-type': 'application/octet-stream' }, payload: Buffer.from('The trip list.') });
  const answered = await t.app.inject({ method: 'POST', url: inA(`/information-requests/${asked.informationRequests[0].id}/answer`), headers: subjectSession.headers, payload: { answer: 'Two colleagues.', fileIds: [tripList.json().id] } });
  expect(answered.statusCode).toBe(200);
  // Declarations under the staff code, which A adopts: a draft, a gift declared to A's principal, A's
  // re-declaration, and a request to take a learner in the car, to the person's line manager in A.
  await loadCodes(db());
  await made('POST', inA('/adoptions'), { codeId: 'att-staff-code-of-conduct', version: '2020', adoptedFrom: '2020-01-01', material: false });
  await makePerson(db(), a.id, [{ role: 'staff' }, { role: 'principal', academyId: a.academies.northfield }], { employedAt: a.academies.northfield });
  await db().update(employments).set({ lineManagerId: lineManager.id }).where(and(eq(employments.organisationId, a.id), eq(employments.personId, both.id)));
  const draftDeclaration = await made('POST', inA('/declarations'), { kind: 'conflict-of-interest', fields: { interest: 'A family business' } });
  const giftDraft = await made('POST', inA('/declarations'), { kind: 'gift-or-hospitality', fields: { direction: 'received', counterparty: 'A supplier', description: 'A hamper', valuePence: 4000, occurredOn: '2026-03-01' } });
  await made('POST', inA(`/declarations/${giftDraft.id}/steps`), { type: 'submit' });
  const redeclaration = await made('POST', inA('/declaration-campaigns'), { year: 2026, dueOn: '2026-04-30' });
  const lift = await made('POST', inA('/safe-working'), { kind: 'learner-in-car', learner: 'L-9', purpose: 'A lift home after a match', eventAt: '2026-03-03T17:00:00Z' });
  // A safeguarding concern the person of both records in A, and an entry of A's conduct log about someone of A
  // only, shared with A's case officer. In B they are also a principal, a designated safeguarding lead and a
  // case officer, so that the routes only those roles reach look for the record through B.
  const concern = await made('POST', inA('/safeguarding/concerns'), { learnerRef: 'NF-9', category: 'neglect', seenAt: '2026-03-02T09:00:00Z', account: 'Said there was no food at home.' });
  // As a designated safeguarding lead of A's Northfield, they send the learner's file to a third trust.
  await db().insert(roleAssignments).values({ organisationId: a.id, personId: both.id, role: 'designated_safeguarding_lead', academyId: a.academies.northfield });
  const third = await makeOrganisation(db(), 'employer_trust');
  await makePerson(db(), third.id, [{ role: 'staff' }, { role: 'designated_safeguarding_lead', academyId: third.academies.northfield }], { employedAt: third.academies.northfield });
  const transfer = await made('POST', inA('/safeguarding/transfers'), { learnerRef: 'NF-9', toOrganisationId: third.id, toAcademyId: third.academies.northfield });
  const [conductEntry] = await db()
    .insert(conductLogEntries)
    .values({ organisationId: a.id, academyId: a.academies.southgate, staffId: onlyInA.id, recordedBy: lineManager.id, occurredOn: '2026-02-20', categories: ['professional-boundaries'], provisions: ['8.2'], description: 'Spoke about a learner in class.', actionTaken: 'Advice.' })
    .returning();
  const [conductGrant] = await db()
    .insert(conductLogAccessGrants)
    .values({ organisationId: a.id, academyId: a.academies.southgate, entryId: conductEntry!.id, personId: both.id, grantedBy: lineManager.id, reason: 'The HR case officer advising on it.', grantedAt: clock.now() })
    .returning();
  // A confidential report raised in A, entered by the person of both as A's handler of concerns, a file its
  // reporter added with the receipt code, and the handler's request to know who made it. In B they are a handler
  // and a custodian too, so that every route of reports looks for the record through B.
  await db().insert(roleAssignments).values({ organisationId: a.id, personId: both.id, role: 'concerns_handler' });
  const entered = await made('POST', inA('/raised-concerns'), { channel: 'phone', mode: 'confidential', category: 'malpractice', account: 'Petty cash went missing from the office safe.', identity: { name: 'Robin Whistle' } });
  const { rows: [organisationA] } = await db().execute<{ slug: string }>(sql`select slug from organisations where id = ${a.id}`);
  const follow = await t.app.inject({ method: 'POST', url: `/api/raising-concerns/${organisationA!.slug}/follow`, payload: { receiptCode: entered.receiptCode } });
  const reportFile = await t.app.inject({ method: 'POST', url: `/api/raising-concerns/${organisationA!.slug}/report/files?name=dates.txt`, headers: { authorization: `Bearer ${follow.json().token}`, 'content-type': 'application/octet-stream' }, payload: Buffer.from('The dates the safe was opened.') });
  const revealing = await made('POST', inA(`/raised-concerns/${entered.id}/reveal-requests`), { reason: 'We need a witness statement from the reporter.' });
  await db().insert(roleAssignments).values([
    { organisationId: b.id, personId: both.id, role: 'concerns_handler' },
    { organisationId: b.id, personId: both.id, role: 'identity_custodian' },
    { organisationId: b.id, personId: both.id, role: 'principal', academyId: b.academies.northfield },
    { organisationId: b.id, personId: both.id, role: 'designated_safeguarding_lead', academyId: b.academies.northfield },
    { organisationId: b.id, personId: both.id, role: 'case_officer' },
    { organisationId: b.id, personId: both.id, role: 'member' },
    { organisationId: b.id, personId: both.id, role: 'moderator' },
    { organisationId: b.id, personId: both.id, role: 'data_protection_officer' },
  ]);
  const [legalHold] = await db()
    .insert(legalHolds)
    .values({ organisationId: a.id, scope: 'record', recordType: 'concern-report', recordId: entered.id, reason: 'A claim names this report.', placedBy: both.id, placedAt: clock.now() })
    .returning();
  // A's programme records, made as a body makes them: a trust opens no cohort through the API.
  const participantId = crypto.randomUUID();
  const [cohortOfA] = await db().insert(programmeCohorts).values({ organisationId: a.id, programme: 'qtls', startsOn: '2026-04-01', blindSecret: 'secret of A', createdBy: both.id, createdAt: clock.now() }).returning();
  const participant = register(PROGRAMMES.qtls, { id: cohortOfA!.id, programme: 'qtls', startsOn: '2026-04-01' }, onlyInA.id, participantId, clock.now());
  await db().insert(programmeParticipants).values({ id: participantId, organisationId: a.id, cohortId: cohortOfA!.id, programme: 'qtls', personId: onlyInA.id, state: participant.state, answers: {}, record: JSON.parse(JSON.stringify(participant)), registeredAt: clock.now() });
  const [supportRequest] = await db().insert(supportRequests).values({ organisationId: a.id, participantId, channel: 'general', question: 'Asked in A', askedAt: clock.now() }).returning();
  const [adjustment] = await db().insert(adjustmentRequests).values({ organisationId: a.id, participantId, needs: 'Asked in A', requestedAt: clock.now(), late: false, beforeStart: true }).returning();
  const [supporterInvitation] = await db()
    .insert(supporterInvitations)
    .values({ organisationId: a.id, participantId, inviteeId: both.id, email: 'invited-in-a@example.test', tokenHash: `hash-${participantId}`, invitedAt: clock.now(), expiresAt: new Date(clock.now().getTime() + 86_400_000) })
    .returning();
  const [evidenceOfA] = await db().insert(portfolioEvidence).values({ organisationId: a.id, participantId, section: 'values', fileId: file.json().id, addedAt: clock.now() }).returning();
  const [appeal] = await db().insert(supportAppeals).values({ organisationId: a.id, participantId, grounds: 'Appealed in A', lodgedAt: clock.now(), responseDueOn: '2026-03-16' }).returning();
  const [communication] = await db()
    .insert(programmeCommunications)
    .values({ organisationId: a.id, cohortId: cohortOfA!.id, kind: 'message', title: 'Scheduled in A', body: 'A message scheduled for the cohort of A.', stage: 'startsOn', offsetDays: 0, time: '09:00', audience: 'open', at: new Date('2026-04-01T08:00:00Z'), sendAt: new Date('2026-04-01T08:00:00Z'), createdBy: both.id, createdAt: clock.now(), updatedAt: clock.now() })
    .returning();

  records = {
    academyId: a.academies.northfield,
    personId: onlyInA.id,
    assessmentId: assessment.id,
    standardId,
    assessmentEvidenceId: withEvidence.standards[0].evidence[0].id,
    goalId: goal.id,
    activityId: activity.id,
    activityEvidenceId: activityWithEvidence.evidence[0].id,
    shareId: shared.id,
    fileId: file.json().id,
    campaignId: adopted.campaignId,
    contentHash,
    deadlineId: deadline!.id,
    sharerId: sharer.id,
    caseId: opened.id,
    caseOfficerId: both.id,
    panelistId: panelist.id,
    requestId: asked.informationRequests[0].id,
    documentId: answered.json().documents[0].id,
    letterId: opened.letters[0].id,
    declarationId: draftDeclaration.id,
    giftId: giftDraft.id,
    declarationCampaignId: redeclaration.campaign.id,
    safeWorkingId: lift.id,
    concernId: concern.id,
    transferId: transfer.id,
    conductEntryId: conductEntry!.id,
    conductGrantId: conductGrant!.id,
    reportId: entered.id,
    reportAttachmentId: reportFile.json().id,
    revealRequestId: revealing.reveals[0].id,
    cohortId: cohortOfA!.id,
    participantId,
    supportRequestId: supportRequest!.id,
    adjustmentId: adjustment!.id,
    appealId: appeal!.id,
    supporterInvitationId: supporterInvitation!.id,
    portfolioEvidenceId: evidenceOfA!.id,
    communicationId: communication!.id,
    legalHoldId: legalHold!.id,
  };
  // Each record is there for its owner in A, so that a 404 through B says something about B's path only.
  expect((await inject('GET', inA(`/self-assessments/${records.assessmentId}`))).statusCode).toBe(200);
  expect((await inject('GET', inA(`/files/${records.fileId}`))).statusCode).toBe(200);
  expect((await inject('GET', inA(`/development/cpd?personId=${records.sharerId}`))).statusCode).toBe(200);
  expect((await inject('GET', inA(`/cases/${records.caseId}/documents/${records.documentId}`))).statusCode).toBe(200);
  expect((await inject('GET', inA(`/cases/${records.caseId}/letters/${records.letterId}`))).statusCode).toBe(200);
});
afterAll(async () => {
  await t.close();
  clock.set(null);
});

/**
 * Everything both organisations hold: every table with an organisation id, and the rows that belong to
 * them through another (people). B's own audit trail is compared apart, since searching it is
 * itself recorded.
 */
async function snapshot(): Promise<Record<string, string>> {
  const { rows: tables } = await db().execute<{ table_name: string }>(
    sql`SELECT table_name FROM information_schema.columns WHERE column_name = 'organisation_id' AND table_schema = current_schema() ORDER BY table_name`,
  );
  const state: Record<string, string> = {};
  const digest = (rows: unknown[]) => JSON.stringify(rows.map((r) => JSON.stringify(r)).sort());
  for (const { table_name: table } of tables) {
    const { rows } = await db().execute(sql`SELECT to_jsonb(x) AS row FROM ${sql.identifier(table)} x WHERE organisation_id = ${a.id} OR (organisation_id = ${b.id} AND ${table} <> 'audit_events')`);
    state[table] = digest(rows);
  }
  const { rows: people } = await db().execute(sql`SELECT to_jsonb(p) AS row FROM people p WHERE id IN (SELECT person_id FROM role_assignments WHERE organisation_id IN (${a.id}, ${b.id}))`);
  state.people = digest(people);
  return state;
}

async function auditedInB(since: number) {
  return db()
    .select({ action: auditEvents.action, recordType: auditEvents.recordType, recordId: auditEvents.recordId })
    .from(auditEvents)
    .where(and(eq(auditEvents.organisationId, b.id), sql`${auditEvents.seq} > ${since}`));
}

async function lastSeq() {
  const [row] = await db().select({ seq: sql<number>`coalesce(max(${auditEvents.seq}), 0)`.mapWith(Number) }).from(auditEvents);
  return row!.seq;
}

/** 404 from the service that looked for the record, not the organisation refused at the door. */
function notFoundInB(response: { statusCode: number; body: string; json(): { detail?: string } }) {
  expect(response.statusCode, response.body).toBe(404);
  expect(response.json().detail).not.toBe('No such organisation.');
}

const orgRoutes = () => t.app.apiRoutes.filter((r) => r.url.startsWith('/api/orgs/:orgId/'));
const pathParams = (url: string) => [...url.matchAll(/:(\w+)/g)].map((m) => m[1]!).filter((p) => p !== 'orgId');

/** Query parameters that name a record (…Id), from the server's OpenAPI document. */
function queryIds(): Map<string, string[]> {
  const document = t.app.swagger() as { paths: Record<string, Record<string, { parameters?: { in: string; name: string }[] }>> };
  const found = new Map<string, string[]>();
  for (const [path, operations] of Object.entries(document.paths)) {
    if (!path.startsWith('/api/orgs/{orgId}/')) continue;
    for (const [method, operation] of Object.entries(operations)) {
      const ids = (operation.parameters ?? []).filter((p) => p.in === 'query' && /Id$/.test(p.name)).map((p) => p.name);
      if (ids.length) found.set(`${method.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ':$1')}`, ids);
    }
  }
  return found;
}

/**
 * One request through B: what it answers (404 unless the attempt checks otherwise), and what it must not
 * do: change a row, or write an audit entry in B (but for the one action a read through B records).
 */
async function tryThroughB(key: string, method: string, url: string, attempt: { body?: Attempt['body']; check?: Attempt['check'] }, recordedRead?: string): Promise<string[]> {
  const problems: string[] = [];
  const before = await snapshot();
  const since = await lastSeq();
  const response = await inject(method, url, attempt.body?.(records));
  try {
    if (attempt.check) attempt.check(response, records);
    else notFoundInB(response);
  } catch (error) {
    problems.push(`${key}: ${(error as Error).message}`);
  }
  const after = await snapshot();
  for (const table of Object.keys(before)) if (before[table] !== after[table]) problems.push(`${key} changed ${table}`);
  const audited = (await auditedInB(since)).filter((e) => e.action !== recordedRead);
  if (audited.length) problems.push(`${key} audited in B: ${JSON.stringify(audited)}`);
  return problems;
}

describe('records of one organisation through another organisation’s path', () => {
  it('has a record of A for every route with an id in its path or query, and no entry for a route that is gone', () => {
    const routes = orgRoutes();
    const withIds = routes.filter((r) => pathParams(r.url).length > 0).map((r) => `${r.method} ${r.url}`);
    expect(withIds.length).toBeGreaterThan(15);
    expect(withIds.filter((key) => !BY_PATH[key]), 'routes with an id in the path and no record to try them with').toEqual([]);
    for (const key of withIds) expect(Object.keys(BY_PATH[key]!.params).sort(), key).toEqual(pathParams(key.split(' ')[1]!).sort());
    expect(Object.keys(BY_PATH).filter((key) => !withIds.includes(key)), 'entries for routes that no longer exist').toEqual([]);

    const inQuery = queryIds();
    expect(inQuery.size).toBeGreaterThan(5);
    expect([...inQuery.keys()].filter((key) => !BY_QUERY[key]), 'routes with an id in the query and no record to try them with').toEqual([]);
    for (const [key, names] of inQuery) expect(Object.keys(BY_QUERY[key]!.query(records)), key).toEqual(expect.arrayContaining(names));
    expect(Object.keys(BY_QUERY).filter((key) => !inQuery.has(key)), 'entries for routes that no longer exist').toEqual([]);
  });

  it('answers 404 through B for every record of A in a path, and changes nothing in either', async () => {
    const problems: string[] = [];
    for (const route of orgRoutes().filter((r) => pathParams(r.url).length > 0)) {
      const key = `${route.method} ${route.url}`;
      const attempt = BY_PATH[key];
      if (!attempt) continue; // reported by the test above
      const url = Object.entries(attempt.params).reduce((path, [name, value]) => path.replace(`:${name}`, value(records)), route.url.replace(':orgId', b.id));
      problems.push(...(await tryThroughB(key, route.method, url, attempt)));
    }
    expect(problems).toEqual([]);
  });

  it('answers through B without any record of A named in a query, and changes nothing in either', async () => {
    const problems: string[] = [];
    for (const [key, attempt] of Object.entries(BY_QUERY)) {
      const [method, path] = key.split(' ') as [string, string];
      // A path that also names something (a register) is filled as its entry by path says.
      const filled = Object.entries(BY_PATH[key]?.params ?? {}).reduce((url, [name, value]) => url.replace(`:${name}`, value(records)), path.replace(':orgId', b.id));
      const url = `${filled}?${new URLSearchParams(attempt.query(records))}`;
      problems.push(...(await tryThroughB(key, method, url, attempt, 'audit.searched')));
    }
    expect(problems).toEqual([]);
  });

  it('refuses through B to cite provisions from a record of A, and writes nothing', async () => {
    const before = await snapshot();
    const since = await lastSeq();
    const cited = await inject('POST', `/api/orgs/${b.id}/citations`, { provisionIds: [records.standardId], recordType: 'cpd_activity', recordId: records.activityId });
    notFoundInB(cited);
    expect(await snapshot()).toEqual(before);
    expect(await auditedInB(since)).toEqual([]);
  });

  it('still lets the owner withdraw the share through its own organisation', async () => {
    const withdrawn = await inject('DELETE', `/api/orgs/${a.id}/development/shares/${records.shareId}`);
    expect(withdrawn.statusCode).toBe(204);
    const [event] = await db()
      .select({ organisationId: auditEvents.organisationId })
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'development.share_withdrawn'), eq(auditEvents.actorId, both.id)));
    expect(event!.organisationId).toBe(a.id);
  });
});
