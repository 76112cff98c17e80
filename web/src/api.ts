// The one typed client of Probity's API. Its types come from the server's schemas: api-types.ts is generated
// from the OpenAPI document (`npm run api:types`), and `npm run check` fails when it no longer matches the
// server, so a server change the web app does not follow fails to compile here. Where the server's schema
// says less than it sends (a plain string where the value is one of a list), a type below narrows it, marked
// "Narrowed", with the server's own type where it has one; the server's schema is where to say it instead.
// Imports from src/ are types only (erased from the bundle), except from modules without imports.

import type { paths } from './api-types.ts';
import type { ATTESTATION_STATEMENT as ServerStatement } from '../../src/features/codes/service.ts';
import type { PROVISION_KINDS } from '../../src/features/codes/format.ts';
import type { ProvisionChange } from '../../src/features/codes/rules.ts';
import type { Schedule } from '../../src/features/deadlines/rules.ts';
import type { organisationKind } from '../../src/platform/people/schema.ts';
import { CPD_KINDS, GOAL_STATUSES, MAX_FILE_BYTES, MAX_TITLE_LENGTH, MIN_PASSWORD_LENGTH, NATIONS, ROLES } from '../../src/platform/vocabulary.ts';
// A module of pure rules with no imports, so the web app bundles the server's own list.
import { INSIGHT_GROUPINGS } from '../../src/features/self-assessment/rules.ts';
// Words for the cases' codes, which the server's letters say alike (a module without imports).
import { CASE_TYPE_WORDS, EVENT_WORDS, OUTCOME_WORDS, STAGE_WORDS, wordsFor } from '../../src/features/cases/words.ts';

// The server's own lists and limits, for forms to offer and say.
export { CPD_KINDS, GOAL_STATUSES, INSIGHT_GROUPINGS, MAX_FILE_BYTES, MAX_TITLE_LENGTH, MIN_PASSWORD_LENGTH, NATIONS, ROLES };
export { CASE_TYPE_WORDS, EVENT_WORDS, OUTCOME_WORDS, STAGE_WORDS, wordsFor };

type Path = keyof paths;
type Verb = 'get' | 'put' | 'post' | 'patch' | 'delete';
type Operation<P extends Path, V extends Verb> = NonNullable<paths[P][V]>;
type Json<T> = T extends { content: { 'application/json': infer J } } ? J : never;
/** What a route answers with when it succeeds. */
type Answer<P extends Path, V extends Verb> = Operation<P, V> extends { responses: infer R } ? Json<R[Extract<keyof R, 200 | 201 | 202 | 204>]> : never;
/** The JSON body a route takes. */
type Body<P extends Path, V extends Verb> = Operation<P, V> extends { requestBody: { content: { 'application/json': infer J } } } ? J : never;
/** The query parameters a route takes. */
type Query<P extends Path, V extends Verb> = Operation<P, V> extends { parameters: { query?: infer Q } } ? NonNullable<Q> : never;
type Item<T> = T extends readonly (infer I)[] ? I : never;
/**
 * The server's type with some fields said more precisely than its schema says them. Each narrowed field must
 * exist in the server's type and fit it, so a renamed or retyped field still fails to compile.
 */
type Narrowed<T, N extends { [K in keyof N]: K extends keyof T ? T[K] : never }> = Omit<T, keyof N> & N;

export type Role = (typeof ROLES)[number];
export type Nation = (typeof NATIONS)[number];
export type OrganisationKind = (typeof organisationKind.enumValues)[number];


// Problems are the error plugin's RFC 9457 answers, which the routes do not declare.
export interface FieldProblem {
  /** Null where a rule refused the request as a whole rather than one field of it. */
  field: string | null;
  reason: string;
}

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  errors?: FieldProblem[];
}

export class ApiError extends Error {
  constructor(readonly problem: Problem) {
    super(problem.detail || problem.title);
  }
  get status(): number {
    return this.problem.status;
  }
}

// Session and account

type SignInAnswer = Answer<'/api/session', 'post'>;
export type SignedIn = Extract<SignInAnswer, { csrfToken: string }>;
export type TwoFactorRequired = Extract<SignInAnswer, { twoFactorRequired: true }>;

type ServerMe = Answer<'/api/me', 'get'>;
type ServerMyOrganisation = Item<ServerMe['organisations']>;
export type MyRole = Item<ServerMyOrganisation['roles']>;
export type MyOrganisation = ServerMyOrganisation;
export type Me = ServerMe;
export type SignInProvider = Item<Answer<'/api/auth/providers', 'get'>>;

// Organisations and people

type ServerOrganisation = Answer<'/api/orgs/{orgId}', 'get'>;
export type Region = Item<ServerOrganisation['regions']>;
export type Academy = Item<ServerOrganisation['academies']>;
export type Term = Item<Academy['terms']>;
export type Organisation = ServerOrganisation;
/**
 * What the signed-in person may do, in the policy's own names: every record's `allowed` list, as the server's
 * schema lists them. The web app shows or hides what it offers by these and decides nothing itself.
 */
export type OrganisationAction = Item<Organisation['allowed']>;
export type OrganisationChanges = Body<'/api/orgs/{orgId}', 'patch'>;
export type AcademyChanges = Body<'/api/orgs/{orgId}/academies/{academyId}', 'patch'>;

type ServerPerson = Answer<'/api/orgs/{orgId}/people/{personId}', 'get'>;
export type MembershipStatus = NonNullable<NonNullable<Body<'/api/orgs/{orgId}/people/{personId}', 'patch'>['membership']>['status']>;
export type RoleGrant = Item<ServerPerson['roles']>;
export type Employment = NonNullable<ServerPerson['employment']>;
export type Membership = NonNullable<ServerPerson['membership']>;
export type Person = ServerPerson;
export type NewPerson = Body<'/api/orgs/{orgId}/people', 'post'>;
export type PersonChanges = Body<'/api/orgs/{orgId}/people/{personId}', 'patch'>;
export type ImportRequest = Body<'/api/orgs/{orgId}/people/import/preview', 'post'>;
type ServerImportPreview = Answer<'/api/orgs/{orgId}/people/import/preview', 'post'>;
/** Narrowed: the server's schema says `role: string`. */
export type ImportPreview = Narrowed<ServerImportPreview, { rows: Narrowed<Item<ServerImportPreview['rows']>, { roles: RoleGrant[] }>[] }>;

// Outbox and audit

export type OutboxMessage = Item<Answer<'/api/orgs/{orgId}/outbox', 'get'>>;
export type AuditEntry = Item<Answer<'/api/orgs/{orgId}/audit', 'get'>>;
/** Narrowed: the server's schema leaves `from` and `to` untyped (dates it coerces). */
export type AuditFilters = Narrowed<Query<'/api/orgs/{orgId}/audit', 'get'>, { from?: string; to?: string }>;
export type AuditVerification = Answer<'/api/orgs/{orgId}/audit/verify', 'post'>;

// Deadlines and the inbox

export type DeadlineState = Item<Answer<'/api/me/deadlines', 'get'>>['state'];
/** The states in the order the filter offers them. Every state the server knows must be here (checked below). */
export const DEADLINE_STATES = ['upcoming', 'due_soon', 'overdue', 'met', 'met_late', 'waived'] as const satisfies readonly DeadlineState[];

export type Deadline = Item<Answer<'/api/me/deadlines', 'get'>>;
export type NewDeadline = Body<'/api/orgs/{orgId}/deadlines', 'post'>;
export type DeadlineRule = NonNullable<NewDeadline['rule']>;
export type DeadlineKindName = NewDeadline['kind'];
/**
 * Narrowed: the server's schema says `kind: string` where a new deadline takes one of the kinds, and leaves
 * `rule` and `schedule` untyped (`z.unknown()`); these are the server's own types.
 */
export type DeadlineKind = Narrowed<Item<Answer<'/api/deadline-kinds', 'get'>>, { kind: DeadlineKindName; rule: DeadlineRule; schedule: Schedule }>;
export type DeadlineFilters = Pick<Query<'/api/orgs/{orgId}/deadlines', 'get'>, 'state' | 'kind' | 'ownerId'>;
/** Narrowed: the route also answers CSV (`?format=csv`), which this client never asks for as JSON. */
type ServerOverdueReport = Exclude<Answer<'/api/orgs/{orgId}/deadlines/overdue', 'get'>, string>;
export type OverdueReport = Narrowed<ServerOverdueReport, { items: Deadline[] }>;

export type Inbox = Answer<'/api/me/notifications', 'get'>;
export type Notification = Item<Inbox['items']>;
export type EmailPreference = Answer<'/api/me/notification-preferences', 'get'>['email'];
export type CalendarFeed = Answer<'/api/me/calendar-feed', 'get'>;

// Codes

export type CodeSummary = Item<Answer<'/api/codes', 'get'>>;
type ServerCodeVersion = Answer<'/api/codes/{codeId}/versions/{version}', 'get'>;
export type ProvisionKind = (typeof PROVISION_KINDS)[number];
export type Provision = Item<ServerCodeVersion['provisions']>;
export type CodeVersion = ServerCodeVersion;

type ServerComparison = Answer<'/api/codes/{codeId}/compare', 'get'>;
type ServerChange = Item<ServerComparison['changes']>;
export type ChangeKind = ProvisionChange['change'];
export type ProvisionBrief = NonNullable<ServerChange['from']>;
/** Narrowed: the server's schema says `change: string` and counts by any string. */
export type Comparison = Narrowed<ServerComparison, { counts: Partial<Record<ChangeKind, number>>; changes: Narrowed<ServerChange, { change: ChangeKind }>[] }>;

export type ThemeProvision = Item<Answer<'/api/themes/{theme}', 'get'>>;
export type SearchResult = Item<Answer<'/api/orgs/{orgId}/codes/search', 'get'>>;
export type Adoption = Item<Answer<'/api/orgs/{orgId}/adoptions', 'get'>>;
export type NewAdoption = Body<'/api/orgs/{orgId}/adoptions', 'post'>;
export type AdoptionResult = Answer<'/api/orgs/{orgId}/adoptions', 'post'>;
export type CodeBindingMe = Item<Answer<'/api/me/codes', 'get'>>;

/** The words a person confirms, exactly as the server requires them (a different text fails to compile). */
export const ATTESTATION_STATEMENT: typeof ServerStatement = 'I have read and understood this code, and I will follow it.';

export type Attestation = Answer<'/api/orgs/{orgId}/attestation-campaigns/{campaignId}/attest', 'post'>;
export type Campaign = Item<Answer<'/api/orgs/{orgId}/attestation-campaigns', 'get'>>;
/** The route also answers CSV (`?format=csv`), which this client asks for by link, not as JSON. */
export type CampaignDashboard = Exclude<Answer<'/api/orgs/{orgId}/attestation-campaigns/{campaignId}', 'get'>, string>;
export type CampaignGroup = Item<CampaignDashboard['byAcademy']>;
/** Whom the dashboard's list shows: an academy (or `central`), a role, confirmed or not, a name or email. */
export type CampaignFilters = Pick<Query<'/api/orgs/{orgId}/attestation-campaigns/{campaignId}', 'get'>, 'academyId' | 'role' | 'status' | 'q'>;
export type ProvisionCitation = Item<Answer<'/api/orgs/{orgId}/provisions/{provisionId}/citations', 'get'>>;

// Self-assessment and development (000 §2)

export type RatingLevel = Item<Answer<'/api/rating-scale', 'get'>>;
export type SelfAssessmentSummary = Item<Answer<'/api/orgs/{orgId}/self-assessments', 'get'>>;
export type AssessmentStatus = SelfAssessmentSummary['status'];
export type SelfAssessment = Answer<'/api/orgs/{orgId}/self-assessments/{assessmentId}', 'get'>;
export type AssessedStandard = Item<SelfAssessment['standards']>;
export type Evidence = Item<AssessedStandard['evidence']>;
export type NewEvidence = Body<'/api/orgs/{orgId}/self-assessments/{assessmentId}/standards/{provisionId}/evidence', 'post'>;
export type StandardRating = Body<'/api/orgs/{orgId}/self-assessments/{assessmentId}/standards/{provisionId}', 'put'>;

export type DevelopmentDashboard = Answer<'/api/orgs/{orgId}/development/dashboard', 'get'>;
export type StandardStanding = Item<DevelopmentDashboard['priorities']>;

export type GoalStatus = (typeof GOAL_STATUSES)[number];
export type Goal = Item<Answer<'/api/orgs/{orgId}/development/goals', 'get'>>;
export type GoalInput = Body<'/api/orgs/{orgId}/development/goals', 'post'>;
export type GoalChanges = Body<'/api/orgs/{orgId}/development/goals/{goalId}', 'patch'>;

export type CpdKind = (typeof CPD_KINDS)[number];
export type CpdActivity = Item<Answer<'/api/orgs/{orgId}/development/cpd', 'get'>>;
export type CpdInput = Body<'/api/orgs/{orgId}/development/cpd', 'post'>;
export type CpdChanges = Body<'/api/orgs/{orgId}/development/cpd/{activityId}', 'patch'>;
export type CpdSummary = Answer<'/api/orgs/{orgId}/development/cpd/summary', 'get'>;

export type DevelopmentShares = Answer<'/api/orgs/{orgId}/development/shares', 'get'>;
export type DevelopmentShare = Item<DevelopmentShares['sharedWith']>;
export type NewShare = Answer<'/api/orgs/{orgId}/development/shares', 'post'>;
/** Someone one may share a development record with: by name and viewer roles only. */
export type DevelopmentViewer = Item<Answer<'/api/orgs/{orgId}/development/viewers', 'get'>>;
export type StandardsSetting = Answer<'/api/orgs/{orgId}/development/standards', 'get'>;
export type StandardsCode = Item<StandardsSetting['candidates']>;

export type DevelopmentInsights = Answer<'/api/orgs/{orgId}/development/insights', 'get'>;
export type InsightGrouping = DevelopmentInsights['grouping'];
export type InsightGroup = Item<DevelopmentInsights['standards']>['overall'];

export type UploadedFile = Answer<'/api/orgs/{orgId}/files', 'post'>;

// Duties and declarations

export type DeclarationKind = Item<Answer<'/api/orgs/{orgId}/declaration-kinds', 'get'>>;
export type DeclarationField = Item<DeclarationKind['fields']>;
export type Declaration = Answer<'/api/orgs/{orgId}/declarations/{declarationId}', 'get'>;
export type DeclarationState = Declaration['state'];
export type DeclarationOutcome = NonNullable<Declaration['outcome']>;
/** The outcomes a recipient closes a declaration with, in the order the form offers them (checked below). */
export const DECLARATION_OUTCOMES = ['no_action', 'advice_given', 'action_taken', 'referred', 'case_opened', 'approved', 'declined'] as const satisfies readonly DeclarationOutcome[];
export type MyDeclarations = Answer<'/api/orgs/{orgId}/declarations/mine', 'get'>;
export type DeclarationSummary = Item<MyDeclarations['declarations']>;
export type DutyElsewhere = Item<MyDeclarations['dutiesElsewhere']>;
export type QueueBucket = NonNullable<Query<'/api/orgs/{orgId}/declarations/queue', 'get'>['bucket']>;
/** The queue's tabs in the order it shows them (checked below). */
export const QUEUE_BUCKETS = ['new', 'open', 'late', 'marked_for_case', 'closed'] as const satisfies readonly QueueBucket[];
type ServerQueue = Answer<'/api/orgs/{orgId}/declarations/queue', 'get'>;
/** Narrowed: the server's schema counts by any string, where it counts every bucket. */
export type DeclarationQueue = Narrowed<ServerQueue, { counts: Record<QueueBucket, number> }>;
export type QueuedDeclaration = Item<ServerQueue['items']>;
export type NewDeclaration = Body<'/api/orgs/{orgId}/declarations', 'post'>;
export type DeclarationFields = NonNullable<NewDeclaration['fields']>;
export type DeclarationStep = Body<'/api/orgs/{orgId}/declarations/{declarationId}/steps', 'post'>;
export type CaseTypeId = NonNullable<Extract<DeclarationStep, { type: 'mark_for_case' }>['openCase']>['type'];
/** Someone of the organisation a declaration may name: by name only. */
export type PersonToName = Item<Answer<'/api/orgs/{orgId}/declarations/people', 'get'>>;

export type RegisterName = Operation<'/api/orgs/{orgId}/registers/{register}', 'get'>['parameters']['path']['register'];
/** The registers in the order the pages offer them (checked below). */
export const REGISTER_NAMES = ['interests', 'gifts', 'insurance'] as const satisfies readonly RegisterName[];
export type RegisterFilters = Omit<Query<'/api/orgs/{orgId}/registers/{register}', 'get'>, 'format'>;
/** The route also answers CSV (`?format=csv`), which this client asks for by link, not as JSON. */
export type Register = Exclude<Answer<'/api/orgs/{orgId}/registers/{register}', 'get'>, string>;
export type RegisterEntry = Item<Register['entries']>;
export type DeclarationSettings = Answer<'/api/orgs/{orgId}/declaration-settings', 'get'>;
export type DeclarationSettingsChanges = Body<'/api/orgs/{orgId}/declaration-settings', 'put'>;
export type OwnKind = Item<NonNullable<DeclarationSettingsChanges['tailoring']['addedKinds']>>;
export type Recipient = Item<OwnKind['routing']['colleague']>;
export type DeclarationAudience = OwnKind['audience'];
/** Who makes a kind of declaration, in the order the form offers them (checked below). */
export const DECLARATION_AUDIENCES = ['staff', 'member', 'self_employed_member'] as const satisfies readonly DeclarationAudience[];
export type FieldType = DeclarationField['type'];
/** The kinds of field a declaration asks for, in the order the form offers them (checked below). */
export const FIELD_TYPES = ['text', 'long_text', 'past_date', 'date', 'pence', 'choice', 'yes_no', 'person'] as const satisfies readonly FieldType[];
export type Redeclaration = Item<Answer<'/api/orgs/{orgId}/declaration-campaigns', 'get'>>;
export type RedeclarationDashboard = Answer<'/api/orgs/{orgId}/declaration-campaigns/{campaignId}', 'get'>;
export type MyReturn = Item<Answer<'/api/orgs/{orgId}/declaration-campaigns/mine', 'get'>>;
export type DeclarationReturn = Body<'/api/orgs/{orgId}/declaration-campaigns/{campaignId}/return', 'post'>;
export type TimelinessReport = Answer<'/api/orgs/{orgId}/declarations/report', 'get'>;
export type SafeWorkingKind = Item<Answer<'/api/orgs/{orgId}/safe-working-kinds', 'get'>>;
export type SafeWorkingList = Answer<'/api/orgs/{orgId}/safe-working', 'get'>;
export type SafeWorking = Answer<'/api/orgs/{orgId}/safe-working/{requestId}', 'get'>;
export type NewSafeWorking = Body<'/api/orgs/{orgId}/safe-working', 'post'>;
export type SafeWorkingStep = Body<'/api/orgs/{orgId}/safe-working/{requestId}/steps', 'post'>;

// Cases

export type CaseSummary = Item<Answer<'/api/orgs/{orgId}/cases', 'get'>>;
export type CaseFilters = Query<'/api/orgs/{orgId}/cases', 'get'>;
export type CaseDetail = Answer<'/api/orgs/{orgId}/cases/{caseId}', 'get'>;
export type CaseStage = CaseDetail['stage'];
/** The stages in the order a case passes through them. Every stage the server knows must be here (checked below). */
export const CASE_STAGES = ['intake', 'assessment', 'investigation', 'decision', 'outcome', 'appeal', 'closed'] as const satisfies readonly CaseStage[];
export type CaseStep = Item<CaseDetail['steps']>;
export type CaseLetter = Item<CaseDetail['letters']>;
export type PanelKind = Body<'/api/orgs/{orgId}/cases/{caseId}/panel', 'post'>['kind'];
export type NewCase = Body<'/api/orgs/{orgId}/cases', 'post'>;
export type CaseCandidates = Answer<'/api/orgs/{orgId}/cases/{caseId}/candidates', 'get'>;
export type MyCase = Item<Answer<'/api/orgs/{orgId}/cases/mine', 'get'>>;
export type InformationRequest = Item<MyCase['requests']>;
export type CaseStatistics = Answer<'/api/orgs/{orgId}/cases/statistics', 'get'>;
/** Each step's address under a case; a step the server adds or renames fails to compile here. */
const CASE_STEP_PATHS = {
  advance: 'advance',
  request_information: 'information-requests',
  decide: 'decide',
  issue_outcome: 'issue-outcome',
  appeal: 'appeal',
  decide_appeal: 'decide-appeal',
  close: 'close',
} as const satisfies Record<CaseStep, string>;
type StepPaths = typeof CASE_STEP_PATHS;
/** What a step's route takes; a step that takes nothing (issuing the outcome) may send an empty body. */
type StepBody<P> = P extends Path ? (Operation<P, 'post'> extends { requestBody?: { content: { 'application/json': infer J } } } ? NonNullable<J> : Record<string, never>) : never;
/** A step with what it carries, as its route takes it, and which step it is. */
export type CaseStepBody = { [S in keyof StepPaths]: { step: S } & StepBody<`/api/orgs/{orgId}/cases/{caseId}/${StepPaths[S]}`> }[keyof StepPaths];

// Safeguarding and the conduct log

export type NewConcern = Body<'/api/orgs/{orgId}/safeguarding/concerns', 'post'>;
export type ConcernCategory = NewConcern['category'];
/** The categories in the order the form offers them (checked below). */
export const CONCERN_CATEGORIES = ['physical_abuse', 'emotional_abuse', 'sexual_abuse', 'neglect', 'radicalisation', 'other'] as const satisfies readonly ConcernCategory[];
export type ConcernReceipt = Answer<'/api/orgs/{orgId}/safeguarding/concerns', 'post'>;
export type ConcernSummary = Item<Answer<'/api/orgs/{orgId}/safeguarding/concerns', 'get'>>;
export type ConcernFilters = Query<'/api/orgs/{orgId}/safeguarding/concerns', 'get'>;
export type ConcernState = ConcernSummary['state'];
/** Where a record stands, in the order the filter offers them (checked below). */
export const CONCERN_STATES = ['recorded', 'triaged', 'acting', 'outcome_recorded', 'closed', 'allegation'] as const satisfies readonly ConcernState[];
export type Concern = Answer<'/api/orgs/{orgId}/safeguarding/concerns/{concernId}', 'get'>;
export type ConcernStep = Body<'/api/orgs/{orgId}/safeguarding/concerns/{concernId}/steps', 'post'>;
export type TriageLevel = Extract<ConcernStep, { type: 'triage' }>['level'];
/** The DSL's decisions at triage, in the order the form offers them (checked below). */
export const TRIAGE_LEVELS = ['record_only', 'pastoral_support', 'early_help', 'statutory_referral'] as const satisfies readonly TriageLevel[];
export type Agency = Extract<ConcernStep, { type: 'refer' }>['agency'];
/** The agencies a concern is referred to, in the order the form offers them (checked below). */
export const AGENCIES = ['childrens_social_care', 'police', 'early_help'] as const satisfies readonly Agency[];
export type ConcernOutcome = Extract<ConcernStep, { type: 'record_outcome' }>['outcome'];
/** A concern's outcomes, in the order the form offers them (checked below). */
export const CONCERN_OUTCOMES = ['no_further_action', 'monitoring', 'pastoral_support', 'early_help', 'child_in_need', 'child_protection', 'police_action'] as const satisfies readonly ConcernOutcome[];
export type SafeguardingDashboard = Answer<'/api/orgs/{orgId}/safeguarding/dashboard', 'get'>;
export type DashboardItem = Item<SafeguardingDashboard['new']>;
export type LearnerChronology = Answer<'/api/orgs/{orgId}/safeguarding/chronology', 'get'>;
export type AllegationCase = Body<'/api/orgs/{orgId}/safeguarding/concerns/{concernId}/case', 'post'>;
export type ConcernAccess = Body<'/api/orgs/{orgId}/safeguarding/concerns/{concernId}/access', 'post'>;
export type Deputy = Item<Answer<'/api/orgs/{orgId}/safeguarding/academies/{academyId}/deputies', 'get'>>;
export type TransferDestination = Item<Answer<'/api/orgs/{orgId}/safeguarding/transfer-destinations', 'get'>>;
export type NewTransfer = Body<'/api/orgs/{orgId}/safeguarding/transfers', 'post'>;
export type SentTransfer = Answer<'/api/orgs/{orgId}/safeguarding/transfers/sent/{transferId}', 'get'>;
export type ReceivedTransfer = Answer<'/api/orgs/{orgId}/safeguarding/transfers/received/{transferId}', 'get'>;
export type TransferredFile = NonNullable<SentTransfer['file']>;
export type ConductEntryChanges = Body<'/api/orgs/{orgId}/conduct-log/entries/{entryId}', 'patch'>;

export type ConductCategories = Answer<'/api/orgs/{orgId}/conduct-log/categories', 'get'>;
export type ConductCategory = Item<ConductCategories['categories']>;
export type ConductEntry = Answer<'/api/orgs/{orgId}/conduct-log/entries/{entryId}', 'get'>;
/** An entry in a list: without its citation, which the entry gives when read. */
export type ListedConductEntry = Item<Answer<'/api/orgs/{orgId}/conduct-log/entries', 'get'>>;
export type NewConductEntry = Body<'/api/orgs/{orgId}/conduct-log/entries', 'post'>;
export type ConductOutcome = NonNullable<ConductEntry['outcome']>;
/** What came of an entry, in the order the form offers them (checked below). */
export const CONDUCT_OUTCOMES = ['no_further_action', 'advice_given', 'training_arranged', 'support_plan', 'formal_process'] as const satisfies readonly ConductOutcome[];
export type ConductEntryFilters = Omit<Query<'/api/orgs/{orgId}/conduct-log/entries', 'get'>, 'limit' | 'offset'>;
export type ConductGrant = Item<Answer<'/api/orgs/{orgId}/conduct-log/access', 'get'>>;
export type NewConductGrant = Body<'/api/orgs/{orgId}/conduct-log/access', 'post'>;
export type ConductPatterns = Answer<'/api/orgs/{orgId}/conduct-log/patterns', 'get'>;
export type ConductPeriod = Query<'/api/orgs/{orgId}/conduct-log/patterns', 'get'>;
export type ConductFigure = ConductPatterns['academiesCompared']['total']['entries'];
export type ConductDrillDown = ConductFigure['drillDown'];
export type TrainingNeeds = Answer<'/api/orgs/{orgId}/conduct-log/training-needs', 'get'>;
export type ConductSettings = Answer<'/api/orgs/{orgId}/conduct-log/settings', 'get'>;
/** The route also answers CSV (`?format=csv`), which this client asks for by link, not as JSON. */
export type ProvisionsReport = Exclude<Answer<'/api/orgs/{orgId}/provisions-report', 'get'>, string>;
export type ProvisionsReportRow = Item<ProvisionsReport['provisions']>;
export type ProvisionsReportFilters = Omit<Query<'/api/orgs/{orgId}/provisions-report', 'get'>, 'format'>;

// Raising concerns in confidence (003 Key Principle 6, 000 provision 12)

export type ReportingChannel = Answer<'/api/raising-concerns/{organisation}', 'get'>;
export type ReportMode = Item<ReportingChannel['modes']>;
export type ReportCategory = Item<ReportingChannel['categories']>;
export type ReporterRelationship = Item<ReportingChannel['relationships']>;
export type NewRaisedConcern = Body<'/api/raising-concerns/{organisation}/reports', 'post'>;
export type RaisedConcernReceipt = Answer<'/api/raising-concerns/{organisation}/reports', 'post'>;
export type ReportSession = Answer<'/api/raising-concerns/{organisation}/follow', 'post'>;
export type ReporterReport = Answer<'/api/raising-concerns/{organisation}/report', 'get'>;
export type ReportAttachment = Item<ReporterReport['attachments']>;
export type ReportProof = Answer<'/api/raising-concerns/{organisation}/report/proof', 'get'>;
export type RaisedConcernSummary = Item<Answer<'/api/orgs/{orgId}/raised-concerns', 'get'>>;
export type RaisedConcernFilters = Query<'/api/orgs/{orgId}/raised-concerns', 'get'>;
export type RaisedConcern = Answer<'/api/orgs/{orgId}/raised-concerns/{reportId}', 'get'>;
export type RaisedConcernStatus = RaisedConcern['status'];
/** The statuses in the order a report passes through them. */
export const RAISED_CONCERN_STATUSES = ['received', 'acknowledged', 'in_progress', 'closed'] as const satisfies readonly RaisedConcernStatus[];
export type RaisedConcernOutcome = NonNullable<RaisedConcern['outcome']>;
export const RAISED_CONCERN_OUTCOMES = ['action_taken', 'no_further_action', 'insufficient_information', 'referred_to_case', 'referred_outside'] as const satisfies readonly RaisedConcernOutcome[];
export type RaisedConcernStatistics = Answer<'/api/orgs/{orgId}/raised-concerns/statistics', 'get'>;
export type ReporterIdentity = Answer<'/api/orgs/{orgId}/raised-concerns/{reportId}/identity', 'get'>;
export type RevealRequest = Item<Answer<'/api/orgs/{orgId}/reveal-requests', 'get'>>;
export type RevealDecision = Body<'/api/orgs/{orgId}/reveal-requests/{requestId}/decision', 'post'>;
export type ReportCase = Body<'/api/orgs/{orgId}/raised-concerns/{reportId}/case', 'post'>;

// Professional status programmes

export type Programme = Item<Answer<'/api/orgs/{orgId}/programmes', 'get'>>;
export type ProgrammeId = Programme['id'];
export type ProgrammeCohort = Item<Programme['cohorts']>;
export type ProgrammeSettings = Body<'/api/orgs/{orgId}/programmes/{programmeId}/settings', 'put'>;
export type Registration = Body<'/api/orgs/{orgId}/programmes/{programmeId}/registrations', 'post'>;
export type Participant = Answer<'/api/orgs/{orgId}/participants/{participantId}', 'get'>;
export type ParticipantSummary = Item<Answer<'/api/orgs/{orgId}/participants', 'get'>>;
export type ParticipantFilters = Query<'/api/orgs/{orgId}/participants', 'get'>;
export type ParticipantState = Participant['state'];
export type MarkingStage = NonNullable<ParticipantSummary['markingStage']>;
export type ParticipantStep = Body<'/api/orgs/{orgId}/participants/{participantId}/steps', 'post'>;
export type CohortDashboard = Answer<'/api/orgs/{orgId}/programme-cohorts/{cohortId}', 'get'>;
export type ProgrammePerson = Item<Answer<'/api/orgs/{orgId}/programmes/{programmeId}/people', 'get'>>;
export type ProgrammePickerRole = NonNullable<Query<'/api/orgs/{orgId}/programmes/{programmeId}/people', 'get'>['role']>;
export type ProgrammeSupport = Answer<'/api/orgs/{orgId}/participants/{participantId}/support', 'get'>;
/** A portfolio's evidence under each section, its locked copies' and a QTLS participant's development record. */
export type PortfolioEvidence = Answer<'/api/orgs/{orgId}/participants/{participantId}/evidence', 'get'>;
export type SupportChannel = Item<ProgrammeSupport['channels']>['channel'];
export type AdjustmentDecision = Body<'/api/orgs/{orgId}/participants/{participantId}/adjustments/{adjustmentId}/decision', 'post'>;
export type ProgrammeSupportQueue = Answer<'/api/orgs/{orgId}/programme-support', 'get'>;
export type MentorPool = Answer<'/api/orgs/{orgId}/mentor-pool', 'get'>;
export type PoolMentor = Item<MentorPool['mentors']>;
export type NewPoolMentor = Body<'/api/orgs/{orgId}/mentor-pool', 'post'>;
export type PoolMentorChange = Body<'/api/orgs/{orgId}/mentor-pool/{personId}', 'patch'>;
export type SupporterInvitation = Item<Answer<'/api/orgs/{orgId}/participants/{participantId}/supporter-invitations', 'get'>>;
/** A cohort's message or webinar at a key stage (001 §6.1.4), with what was sent, when and to how many. */
export type ProgrammeCommunication = Item<Answer<'/api/orgs/{orgId}/programme-cohorts/{cohortId}/communications', 'get'>>;
export type NewProgrammeCommunication = Body<'/api/orgs/{orgId}/programme-cohorts/{cohortId}/communications', 'post'>;
export type UpcomingWebinar = Item<Answer<'/api/orgs/{orgId}/participants/{participantId}/webinars', 'get'>>;
export type NewSupporterInvitation = Body<'/api/orgs/{orgId}/participants/{participantId}/supporter-invitations', 'post'>;
export type SupporterInvitationLookUp = Answer<'/api/supporter-invitations/look-up', 'post'>;
export type EnteredConcern = Body<'/api/orgs/{orgId}/raised-concerns', 'post'>;
export type EnteredConcernReceipt = Answer<'/api/orgs/{orgId}/raised-concerns', 'post'>;
export type RaisedConcernSettings = Answer<'/api/orgs/{orgId}/raised-concerns/settings', 'get'>;
// The records' retention, for the data protection officer.
export type RecordRetention = Item<Answer<'/api/orgs/{orgId}/retention/records', 'get'>>;
export type DueForDeletion = Item<Answer<'/api/orgs/{orgId}/retention/due', 'get'>>;
export type DeletionRecord = Item<Answer<'/api/orgs/{orgId}/retention/deletions', 'get'>>;
export type LegalHold = Item<Answer<'/api/orgs/{orgId}/retention/holds', 'get'>>;
export type NewLegalHold = Body<'/api/orgs/{orgId}/retention/holds', 'post'>;
export type ConfirmedDeletions = Answer<'/api/orgs/{orgId}/retention/due/confirm', 'post'>;
export type RaisedConcernTimeLimits = Body<'/api/orgs/{orgId}/raised-concerns/settings', 'put'>;
type ReportStepPath = 'acknowledge' | 'begin' | 'close' | 'reopen';
/** A handler's step on a report, by the step's own path and body. */
/** A step's body; `begin` takes none (its schema is an empty object). */
type ReportStepBody<S extends ReportStepPath> = S extends 'begin' ? object : NonNullable<Body<`/api/orgs/{orgId}/raised-concerns/{reportId}/${S}`, 'post'>>;
export type RaisedConcernStep = { [S in ReportStepPath]: { step: S } & ReportStepBody<S> }[ReportStepPath];

/** A page of a list, and how many there are in all. */
export interface Paged<T> {
  items: T[];
  total: number;
  /** The total was counted only so far, and there are more (X-Total-Count-More). */
  more: boolean;
}

// The lists the web app offers must be exactly the values the server's schemas accept: a value added or
// removed on one side only fails to compile here ("'false' does not satisfy the constraint 'true'").
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Holds<T extends true> = T;
type _ListsMatchTheServer = [
  Holds<Same<(typeof DEADLINE_STATES)[number], DeadlineState>>,
  Holds<Same<CpdKind, CpdInput['kind']>>,
  Holds<Same<GoalStatus, NonNullable<GoalInput['status']>>>,
  Holds<Same<(typeof INSIGHT_GROUPINGS)[number], InsightGrouping>>,
  Holds<Same<Nation, NonNullable<OrganisationChanges['nation']>>>,
  Holds<Same<Role, Item<NonNullable<OrganisationChanges['twoFactorRoles']>>>>,
  Holds<Same<(typeof DECLARATION_OUTCOMES)[number], DeclarationOutcome>>,
  Holds<Same<(typeof QUEUE_BUCKETS)[number], QueueBucket>>,
  Holds<Same<(typeof REGISTER_NAMES)[number], RegisterName>>,
  Holds<Same<(typeof DECLARATION_AUDIENCES)[number], DeclarationAudience>>,
  Holds<Same<(typeof FIELD_TYPES)[number], FieldType>>,
  Holds<Same<Role, Recipient>>,
  Holds<Same<(typeof CASE_STAGES)[number], CaseStage>>,
  Holds<Same<(typeof CONCERN_CATEGORIES)[number], ConcernCategory>>,
  Holds<Same<(typeof CONCERN_STATES)[number], ConcernState>>,
  Holds<Same<(typeof TRIAGE_LEVELS)[number], TriageLevel>>,
  Holds<Same<(typeof AGENCIES)[number], Agency>>,
  Holds<Same<(typeof CONCERN_OUTCOMES)[number], ConcernOutcome>>,
  Holds<Same<(typeof CONDUCT_OUTCOMES)[number], ConductOutcome>>,
  Holds<Same<(typeof RAISED_CONCERN_STATUSES)[number], RaisedConcernStatus>>,
  Holds<Same<(typeof RAISED_CONCERN_OUTCOMES)[number], RaisedConcernOutcome>>,
];
// The session cookie is httpOnly; writes also need the session's CSRF token, which the server hands out at
// sign-in and with every GET /api/me (so a reloaded page has it again once it knows who is signed in).
let csrfToken: string | null = null;

function remember<T extends { csrfToken?: string }>(result: T): T {
  if (result.csrfToken) csrfToken = result.csrfToken;
  return result;
}

export function forgetSession(): void {
  csrfToken = null;
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/**
 * Someone raising a concern: their requests carry no cookie and no CSRF token, only the session their receipt
 * code began (`token`, kept in memory by the page, never stored).
 */
interface AsReporter {
  token?: string;
}

/** One exchange with the API: JSON in and out, or raw bytes in; a refusal becomes an ApiError with its problem. */
async function exchange<T>(method: Method, path: string, body?: unknown, raw?: Blob, reporter?: AsReporter): Promise<{ data: T; headers: Headers }> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (raw) headers['content-type'] = 'application/octet-stream';
  else if (body !== undefined) headers['content-type'] = 'application/json';
  if (reporter?.token) headers.authorization = `Bearer ${reporter.token}`;
  else if (method !== 'GET' && csrfToken && !reporter) headers['x-csrf-token'] = csrfToken;
  let response: Response;
  try {
    response = await fetch(path, { method, headers, credentials: reporter ? 'omit' : 'same-origin', body: raw ?? (body === undefined ? undefined : JSON.stringify(body)) });
  } catch {
    throw new ApiError({ type: '/problems/network', title: 'No connection', status: 0, detail: 'Probity could not be reached. Check your connection and try again.' });
  }
  const text = await response.text();
  let data: unknown = undefined;
  if (text) {
    try {
      data = JSON.parse(text);
    } catch {
      data = undefined;
    }
  }
  if (!response.ok) {
    const problem = data && typeof data === 'object' && 'status' in data ? (data as Problem) : undefined;
    throw new ApiError(problem ?? { type: `/problems/http-${response.status}`, title: response.statusText || 'Error', status: response.status, detail: `The server answered ${response.status}.` });
  }
  return { data: data as T, headers: response.headers };
}

async function request<T>(method: Method, path: string, body?: unknown): Promise<T> {
  return (await exchange<T>(method, path, body)).data;
}

/** A page of a list whose total the server gives in X-Total-Count (and, where it counted only so far, X-Total-Count-More). */
async function paged<T>(path: string): Promise<Paged<T>> {
  const { data, headers } = await exchange<T[]>('GET', path);
  const total = Number(headers.get('x-total-count'));
  return { items: data, total: Number.isFinite(total) && headers.has('x-total-count') ? total : data.length, more: headers.get('x-total-count-more') === 'true' };
}

const encode = encodeURIComponent;
const query = (params: Record<string, string | number | undefined>) => {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value !== undefined && value !== '') search.set(key, String(value));
  const text = search.toString();
  return text ? `?${text}` : '';
};

export const api = {
  // Session and account
  signIn: async (body: Body<'/api/session', 'post'>) => {
    const result = await request<SignedIn | TwoFactorRequired>('POST', '/api/session', body);
    return 'csrfToken' in result ? remember(result) : result;
  },
  completeTwoFactor: async (body: Body<'/api/session/two-factor', 'post'>) => remember(await request<SignedIn>('POST', '/api/session/two-factor', body)),
  signOut: async () => {
    await request<null>('DELETE', '/api/session');
    forgetSession();
  },
  signOutEverywhere: async () => {
    await request<null>('DELETE', '/api/sessions');
    forgetSession();
  },
  me: async () => remember(await request<Me>('GET', '/api/me')),
  /** Everything Probity holds about the signed-in person, as a JSON download (a plain link: the cookie is enough for a GET). */
  exportPath: '/api/me/export',
  changeEmail: (body: Body<'/api/me/email', 'put'>) => request<null>('PUT', '/api/me/email', body),
  setUpTwoFactor: (body: Body<'/api/me/two-factor/setup', 'post'>) => request<Answer<'/api/me/two-factor/setup', 'post'>>('POST', '/api/me/two-factor/setup', body),
  enableTwoFactor: (body: Body<'/api/me/two-factor/enable', 'post'>) => request<Answer<'/api/me/two-factor/enable', 'post'>>('POST', '/api/me/two-factor/enable', body),
  replaceRecoveryCodes: (body: Body<'/api/me/two-factor/recovery-codes', 'post'>) => request<Answer<'/api/me/two-factor/recovery-codes', 'post'>>('POST', '/api/me/two-factor/recovery-codes', body),
  disableTwoFactor: (body: Body<'/api/me/two-factor', 'delete'>) => request<null>('DELETE', '/api/me/two-factor', body),
  changePassword: async (body: Body<'/api/me/password', 'put'>) => remember(await request<SignedIn>('PUT', '/api/me/password', body)),
  requestPasswordReset: (body: Body<'/api/password-reset', 'post'>) => request<null>('POST', '/api/password-reset', body),
  completePasswordReset: (body: Body<'/api/password-reset/complete', 'post'>) => request<Answer<'/api/password-reset/complete', 'post'>>('POST', '/api/password-reset/complete', body),
  acceptInvitation: (body: Body<'/api/invitations/accept', 'post'>) => request<Answer<'/api/invitations/accept', 'post'>>('POST', '/api/invitations/accept', body),
  /** Single sign-on providers; none where the server does not offer any. */
  providers: async (): Promise<SignInProvider[]> => {
    try {
      return await request<SignInProvider[]>('GET', '/api/auth/providers');
    } catch (error) {
      if (error instanceof ApiError && error.status === 404) return [];
      throw error;
    }
  },

  // Organisations
  organisation: (orgId: string) => request<Organisation>('GET', `/api/orgs/${encode(orgId)}`),
  updateOrganisation: (orgId: string, body: OrganisationChanges) => request<Organisation>('PATCH', `/api/orgs/${encode(orgId)}`, body),
  createRegion: (orgId: string, body: Body<'/api/orgs/{orgId}/regions', 'post'>) => request<Region>('POST', `/api/orgs/${encode(orgId)}/regions`, body),
  createAcademy: (orgId: string, body: Body<'/api/orgs/{orgId}/academies', 'post'>) => request<Academy>('POST', `/api/orgs/${encode(orgId)}/academies`, body),
  updateAcademy: (orgId: string, academyId: string, body: AcademyChanges) =>
    request<Organisation>('PATCH', `/api/orgs/${encode(orgId)}/academies/${encode(academyId)}`, body),
  setTerms: (orgId: string, academyId: string, body: Body<'/api/orgs/{orgId}/academies/{academyId}/terms', 'put'>) => request<Organisation>('PUT', `/api/orgs/${encode(orgId)}/academies/${encode(academyId)}/terms`, body),

  // People
  /** The first page (100) of the people the signed-in person may see, matching `q`. */
  people: (orgId: string, q?: string) => request<Person[]>('GET', `/api/orgs/${encode(orgId)}/people${query({ q })}`),
  peoplePage: (orgId: string, options: { q?: string; limit?: number; offset?: number }) => paged<Person>(`/api/orgs/${encode(orgId)}/people${query({ ...options })}`),
  person: (orgId: string, personId: string) => request<Person>('GET', `/api/orgs/${encode(orgId)}/people/${encode(personId)}`),
  createPerson: (orgId: string, body: NewPerson) => request<Person>('POST', `/api/orgs/${encode(orgId)}/people`, body),
  updatePerson: (orgId: string, personId: string, body: PersonChanges) => request<Person>('PATCH', `/api/orgs/${encode(orgId)}/people/${encode(personId)}`, body),
  previewImport: (orgId: string, body: ImportRequest) => request<ImportPreview>('POST', `/api/orgs/${encode(orgId)}/people/import/preview`, body),
  importPeople: (orgId: string, body: ImportRequest) => request<Answer<'/api/orgs/{orgId}/people/import', 'post'>>('POST', `/api/orgs/${encode(orgId)}/people/import`, body),

  // Outbox and audit
  outbox: (orgId: string, limit = 100) => request<OutboxMessage[]>('GET', `/api/orgs/${encode(orgId)}/outbox${query({ limit })}`),
  audit: (orgId: string, filters: AuditFilters) => paged<AuditEntry>(`/api/orgs/${encode(orgId)}/audit${query({ ...filters })}`),
  verifyAudit: (orgId: string) => request<AuditVerification>('POST', `/api/orgs/${encode(orgId)}/audit/verify`),

  // Deadlines
  myDeadlines: (closed = false) => request<Deadline[]>('GET', `/api/me/deadlines${query({ closed: String(closed) })}`),
  deadlineKinds: () => request<DeadlineKind[]>('GET', '/api/deadline-kinds'),
  deadlines: (orgId: string, filters: DeadlineFilters & { limit?: number; offset?: number } = {}) => paged<Deadline>(`/api/orgs/${encode(orgId)}/deadlines${query({ ...filters })}`),
  overdueDeadlines: (orgId: string, page: { limit?: number; offset?: number } = {}) => request<OverdueReport>('GET', `/api/orgs/${encode(orgId)}/deadlines/overdue${query({ ...page })}`),
  /** The overdue report as a spreadsheet (a plain link: the cookie is enough for a GET). */
  overdueCsvPath: (orgId: string) => `/api/orgs/${encode(orgId)}/deadlines/overdue?format=csv`,
  createDeadline: (orgId: string, body: NewDeadline) => request<Deadline>('POST', `/api/orgs/${encode(orgId)}/deadlines`, body),
  meetDeadline: (orgId: string, deadlineId: string) => request<Deadline>('POST', `/api/orgs/${encode(orgId)}/deadlines/${encode(deadlineId)}/met`, {}),
  waiveDeadline: (orgId: string, deadlineId: string, body: Body<'/api/orgs/{orgId}/deadlines/{deadlineId}/waive', 'post'>) => request<Deadline>('POST', `/api/orgs/${encode(orgId)}/deadlines/${encode(deadlineId)}/waive`, body),
  calendarFeed: () => request<CalendarFeed>('GET', '/api/me/calendar-feed'),
  newCalendarFeed: () => request<Answer<'/api/me/calendar-feed', 'post'>>('POST', '/api/me/calendar-feed', {}),
  stopCalendarFeed: () => request<null>('DELETE', '/api/me/calendar-feed'),

  // Inbox
  inbox: (options: { unread?: boolean; limit?: number } = {}) => request<Inbox>('GET', `/api/me/notifications${query({ unread: options.unread ? 'true' : undefined, limit: options.limit })}`),
  markRead: (notificationId: string) => request<Answer<'/api/me/notifications/{notificationId}/read', 'post'>>('POST', `/api/me/notifications/${encode(notificationId)}/read`, {}),
  markAllRead: () => request<Answer<'/api/me/notifications/read-all', 'post'>>('POST', '/api/me/notifications/read-all', {}),
  notificationPreferences: () => request<Answer<'/api/me/notification-preferences', 'get'>>('GET', '/api/me/notification-preferences'),
  setNotificationPreferences: (body: Body<'/api/me/notification-preferences', 'put'>) => request<Answer<'/api/me/notification-preferences', 'put'>>('PUT', '/api/me/notification-preferences', body),

  // Codes
  codes: () => request<CodeSummary[]>('GET', '/api/codes'),
  codeVersion: (codeId: string, version: string) => request<CodeVersion>('GET', `/api/codes/${encode(codeId)}/versions/${encode(version)}`),
  compareVersions: (codeId: string, from: string, to: string) => request<Comparison>('GET', `/api/codes/${encode(codeId)}/compare${query({ from, to })}`),
  theme: (theme: string) => request<ThemeProvision[]>('GET', `/api/themes/${encode(theme)}`),
  searchCodes: (orgId: string, q: string, options: { asYouType?: boolean; limit?: number } = {}) =>
    request<SearchResult[]>('GET', `/api/orgs/${encode(orgId)}/codes/search${query({ q, asYouType: options.asYouType ? 'true' : undefined, limit: options.limit })}`),
  adoptions: (orgId: string) => request<Adoption[]>('GET', `/api/orgs/${encode(orgId)}/adoptions`),
  adopt: (orgId: string, body: NewAdoption) => request<AdoptionResult>('POST', `/api/orgs/${encode(orgId)}/adoptions`, body),
  myCodes: () => request<CodeBindingMe[]>('GET', '/api/me/codes'),
  attest: (orgId: string, campaignId: string, body: Body<'/api/orgs/{orgId}/attestation-campaigns/{campaignId}/attest', 'post'>) =>
    request<Attestation>('POST', `/api/orgs/${encode(orgId)}/attestation-campaigns/${encode(campaignId)}/attest`, body),
  campaigns: (orgId: string) => request<Campaign[]>('GET', `/api/orgs/${encode(orgId)}/attestation-campaigns`),
  /** The totals, and a page of the people who match the filters (`matching` counts them). */
  campaign: (orgId: string, campaignId: string, filters: CampaignFilters & { limit?: number; offset?: number } = {}) =>
    request<CampaignDashboard>('GET', `/api/orgs/${encode(orgId)}/attestation-campaigns/${encode(campaignId)}${query({ ...filters })}`),
  /** Everyone who matches the filters, as a spreadsheet. */
  campaignCsvPath: (orgId: string, campaignId: string, filters: CampaignFilters = {}) => `/api/orgs/${encode(orgId)}/attestation-campaigns/${encode(campaignId)}${query({ format: 'csv', ...filters })}`,
  provisionCitations: (orgId: string, provisionId: string) => request<ProvisionCitation[]>('GET', `/api/orgs/${encode(orgId)}/provisions/${encode(provisionId)}/citations`),

  // Self-assessment and development. `personId` reads the record of someone who shares theirs (read-only).
  ratingScale: () => request<RatingLevel[]>('GET', '/api/rating-scale'),
  selfAssessments: (orgId: string, personId?: string) => request<SelfAssessmentSummary[]>('GET', `/api/orgs/${encode(orgId)}/self-assessments${query({ personId })}`),
  startSelfAssessment: (orgId: string, body: Body<'/api/orgs/{orgId}/self-assessments', 'post'> = {}) => request<SelfAssessment>('POST', `/api/orgs/${encode(orgId)}/self-assessments`, body),
  selfAssessment: (orgId: string, assessmentId: string) => request<SelfAssessment>('GET', `/api/orgs/${encode(orgId)}/self-assessments/${encode(assessmentId)}`),
  saveStandard: (orgId: string, assessmentId: string, provisionId: string, body: StandardRating) =>
    request<SelfAssessment>('PUT', `/api/orgs/${encode(orgId)}/self-assessments/${encode(assessmentId)}/standards/${encode(provisionId)}`, body),
  addEvidence: (orgId: string, assessmentId: string, provisionId: string, body: NewEvidence) =>
    request<SelfAssessment>('POST', `/api/orgs/${encode(orgId)}/self-assessments/${encode(assessmentId)}/standards/${encode(provisionId)}/evidence`, body),
  removeEvidence: (orgId: string, assessmentId: string, evidenceId: string) =>
    request<SelfAssessment>('DELETE', `/api/orgs/${encode(orgId)}/self-assessments/${encode(assessmentId)}/evidence/${encode(evidenceId)}`),
  submitSelfAssessment: (orgId: string, assessmentId: string) => request<SelfAssessment>('POST', `/api/orgs/${encode(orgId)}/self-assessments/${encode(assessmentId)}/submit`, {}),
  /** An evidence file as its raw bytes; the server judges its kind from the content. */
  uploadFile: async (orgId: string, file: File) => (await exchange<UploadedFile>('POST', `/api/orgs/${encode(orgId)}/files${query({ name: file.name })}`, undefined, file)).data,
  filePath: (orgId: string, fileId: string) => `/api/orgs/${encode(orgId)}/files/${encode(fileId)}`,
  developmentDashboard: (orgId: string, personId?: string) => request<DevelopmentDashboard>('GET', `/api/orgs/${encode(orgId)}/development/dashboard${query({ personId })}`),
  goals: (orgId: string, personId?: string) => request<Goal[]>('GET', `/api/orgs/${encode(orgId)}/development/goals${query({ personId })}`),
  createGoal: (orgId: string, body: GoalInput) => request<Goal>('POST', `/api/orgs/${encode(orgId)}/development/goals`, body),
  updateGoal: (orgId: string, goalId: string, body: GoalChanges) => request<Goal>('PATCH', `/api/orgs/${encode(orgId)}/development/goals/${encode(goalId)}`, body),
  deleteGoal: (orgId: string, goalId: string) => request<null>('DELETE', `/api/orgs/${encode(orgId)}/development/goals/${encode(goalId)}`),
  cpd: (orgId: string, personId?: string) => request<CpdActivity[]>('GET', `/api/orgs/${encode(orgId)}/development/cpd${query({ personId })}`),
  createCpd: (orgId: string, body: CpdInput) => request<CpdActivity>('POST', `/api/orgs/${encode(orgId)}/development/cpd`, body),
  updateCpd: (orgId: string, activityId: string, body: CpdChanges) => request<CpdActivity>('PATCH', `/api/orgs/${encode(orgId)}/development/cpd/${encode(activityId)}`, body),
  deleteCpd: (orgId: string, activityId: string) => request<null>('DELETE', `/api/orgs/${encode(orgId)}/development/cpd/${encode(activityId)}`),
  addCpdEvidence: (orgId: string, activityId: string, body: NewEvidence) => request<CpdActivity>('POST', `/api/orgs/${encode(orgId)}/development/cpd/${encode(activityId)}/evidence`, body),
  removeCpdEvidence: (orgId: string, activityId: string, evidenceId: string) => request<CpdActivity>('DELETE', `/api/orgs/${encode(orgId)}/development/cpd/${encode(activityId)}/evidence/${encode(evidenceId)}`),
  cpdSummary: (orgId: string, year: number, personId?: string) => request<CpdSummary>('GET', `/api/orgs/${encode(orgId)}/development/cpd/summary${query({ year, personId })}`),
  developmentShares: (orgId: string) => request<DevelopmentShares>('GET', `/api/orgs/${encode(orgId)}/development/shares`),
  /** At most 50 line managers, supporters and mentors, by family name, whose name matches `q` (never oneself). */
  developmentViewers: (orgId: string, q?: string) => request<DevelopmentViewer[]>('GET', `/api/orgs/${encode(orgId)}/development/viewers${query({ q })}`),
  shareDevelopment: (orgId: string, body: Body<'/api/orgs/{orgId}/development/shares', 'post'>) => request<NewShare>('POST', `/api/orgs/${encode(orgId)}/development/shares`, body),
  withdrawShare: (orgId: string, shareId: string) => request<null>('DELETE', `/api/orgs/${encode(orgId)}/development/shares/${encode(shareId)}`),
  standardsSetting: (orgId: string) => request<StandardsSetting>('GET', `/api/orgs/${encode(orgId)}/development/standards`),
  chooseStandards: (orgId: string, codeId: Body<'/api/orgs/{orgId}/development/standards', 'put'>['codeId']) => request<StandardsSetting>('PUT', `/api/orgs/${encode(orgId)}/development/standards`, { codeId }),
  developmentInsights: (orgId: string, year: number, groupBy: InsightGrouping) => request<DevelopmentInsights>('GET', `/api/orgs/${encode(orgId)}/development/insights${query({ year, groupBy })}`),
  /** A development record as a download, one's own or one shared (a plain link: the cookie is enough for a GET). */
  developmentExportPath: (orgId: string, format: 'pdf' | 'csv', personId?: string) => `/api/orgs/${encode(orgId)}/development/export${query({ format, personId })}`,

  // Duties and declarations
  declarationKinds: (orgId: string) => request<DeclarationKind[]>('GET', `/api/orgs/${encode(orgId)}/declaration-kinds`),
  myDeclarations: (orgId: string) => request<MyDeclarations>('GET', `/api/orgs/${encode(orgId)}/declarations/mine`),
  declarationQueue: (orgId: string, bucket: QueueBucket, page: { limit?: number; offset?: number } = {}) => request<DeclarationQueue>('GET', `/api/orgs/${encode(orgId)}/declarations/queue${query({ bucket, ...page })}`),
  declaration: (orgId: string, declarationId: string) => request<Declaration>('GET', `/api/orgs/${encode(orgId)}/declarations/${encode(declarationId)}`),
  createDeclaration: (orgId: string, body: NewDeclaration) => request<Declaration>('POST', `/api/orgs/${encode(orgId)}/declarations`, body),
  /** Changes a draft's fields: those given, null clearing one. */
  updateDeclaration: (orgId: string, declarationId: string, fields: DeclarationFields) => request<Declaration>('PATCH', `/api/orgs/${encode(orgId)}/declarations/${encode(declarationId)}`, { fields }),
  discardDeclaration: (orgId: string, declarationId: string) => request<null>('DELETE', `/api/orgs/${encode(orgId)}/declarations/${encode(declarationId)}`),
  declarationStep: (orgId: string, declarationId: string, body: DeclarationStep) => request<Declaration>('POST', `/api/orgs/${encode(orgId)}/declarations/${encode(declarationId)}/steps`, body),
  /** At most 20 people of the organisation whose name holds `q` (two letters or more), never oneself. */
  declarationPeople: (orgId: string, q: string) => request<PersonToName[]>('GET', `/api/orgs/${encode(orgId)}/declarations/people${query({ q })}`),
  register: (orgId: string, register: RegisterName, filters: RegisterFilters) => request<Register>('GET', `/api/orgs/${encode(orgId)}/registers/${encode(register)}${query(filters)}`),
  /** Every entry that matches the filters, as a spreadsheet (a plain link: the cookie is enough for a GET). */
  registerCsvPath: (orgId: string, register: RegisterName, filters: RegisterFilters) => `/api/orgs/${encode(orgId)}/registers/${encode(register)}${query({ ...filters, format: 'csv' })}`,
  declarationSettings: (orgId: string) => request<DeclarationSettings>('GET', `/api/orgs/${encode(orgId)}/declaration-settings`),
  changeDeclarationSettings: (orgId: string, body: DeclarationSettingsChanges) => request<DeclarationSettings>('PUT', `/api/orgs/${encode(orgId)}/declaration-settings`, body),
  redeclarations: (orgId: string) => request<Redeclaration[]>('GET', `/api/orgs/${encode(orgId)}/declaration-campaigns`),
  startRedeclaration: (orgId: string, body: Body<'/api/orgs/{orgId}/declaration-campaigns', 'post'>) => request<RedeclarationDashboard>('POST', `/api/orgs/${encode(orgId)}/declaration-campaigns`, body),
  redeclaration: (orgId: string, campaignId: string) => request<RedeclarationDashboard>('GET', `/api/orgs/${encode(orgId)}/declaration-campaigns/${encode(campaignId)}`),
  myReturns: (orgId: string) => request<MyReturn[]>('GET', `/api/orgs/${encode(orgId)}/declaration-campaigns/mine`),
  makeReturn: (orgId: string, campaignId: string, body: DeclarationReturn) => request<MyReturn[]>('POST', `/api/orgs/${encode(orgId)}/declaration-campaigns/${encode(campaignId)}/return`, body),
  declarationReport: (orgId: string, year: number) => request<TimelinessReport>('GET', `/api/orgs/${encode(orgId)}/declarations/report${query({ year })}`),
  safeWorkingKinds: (orgId: string) => request<SafeWorkingKind[]>('GET', `/api/orgs/${encode(orgId)}/safe-working-kinds`),
  safeWorkingList: (orgId: string) => request<SafeWorkingList>('GET', `/api/orgs/${encode(orgId)}/safe-working`),
  requestSafeWorking: (orgId: string, body: NewSafeWorking) => request<SafeWorking>('POST', `/api/orgs/${encode(orgId)}/safe-working`, body),
  safeWorking: (orgId: string, requestId: string) => request<SafeWorking>('GET', `/api/orgs/${encode(orgId)}/safe-working/${encode(requestId)}`),
  safeWorkingStep: (orgId: string, requestId: string, body: SafeWorkingStep) => request<SafeWorking>('POST', `/api/orgs/${encode(orgId)}/safe-working/${encode(requestId)}/steps`, body),

  // Cases
  cases: (orgId: string, filters: CaseFilters = {}) => paged<CaseSummary>(`/api/orgs/${encode(orgId)}/cases${query({ ...filters })}`),
  openCase: (orgId: string, body: NewCase) => request<CaseDetail>('POST', `/api/orgs/${encode(orgId)}/cases`, body),
  /** A case, to its officers and panel: each reading is recorded in the audit trail. */
  case: (orgId: string, caseId: string) => request<CaseDetail>('GET', `/api/orgs/${encode(orgId)}/cases/${encode(caseId)}`),
  caseStep: (orgId: string, caseId: string, { step, ...body }: CaseStepBody) => request<CaseDetail>('POST', `/api/orgs/${encode(orgId)}/cases/${encode(caseId)}/${CASE_STEP_PATHS[step]}`, body),
  caseCandidates: (orgId: string, caseId: string) => request<CaseCandidates>('GET', `/api/orgs/${encode(orgId)}/cases/${encode(caseId)}/candidates`),
  appointCaseOfficer: (orgId: string, caseId: string, personId: string) => request<CaseDetail>('POST', `/api/orgs/${encode(orgId)}/cases/${encode(caseId)}/officers`, { personId }),
  removeCaseOfficer: (orgId: string, caseId: string, personId: string) => request<null>('DELETE', `/api/orgs/${encode(orgId)}/cases/${encode(caseId)}/officers/${encode(personId)}`),
  appointPanelMember: (orgId: string, caseId: string, body: Body<'/api/orgs/{orgId}/cases/{caseId}/panel', 'post'>) => request<CaseDetail>('POST', `/api/orgs/${encode(orgId)}/cases/${encode(caseId)}/panel`, body),
  removePanelMember: (orgId: string, caseId: string, personId: string) => request<null>('DELETE', `/api/orgs/${encode(orgId)}/cases/${encode(caseId)}/panel/${encode(personId)}`),
  stepAside: (orgId: string, caseId: string, reason: string) => request<null>('POST', `/api/orgs/${encode(orgId)}/cases/${encode(caseId)}/step-aside`, { reason }),
  /** A document sent with an answer, or a letter the case sent, as a download (a plain link: the cookie is enough for a GET). */
  caseDocumentPath: (orgId: string, caseId: string, documentId: string) => `/api/orgs/${encode(orgId)}/cases/${encode(caseId)}/documents/${encode(documentId)}`,
  caseLetterPath: (orgId: string, caseId: string, letterId: string) => `/api/orgs/${encode(orgId)}/cases/${encode(caseId)}/letters/${encode(letterId)}`,
  myCases: (orgId: string) => request<MyCase[]>('GET', `/api/orgs/${encode(orgId)}/cases/mine`),
  answerRequest: (orgId: string, requestId: string, body: Body<'/api/orgs/{orgId}/information-requests/{requestId}/answer', 'post'>) =>
    request<InformationRequest>('POST', `/api/orgs/${encode(orgId)}/information-requests/${encode(requestId)}/answer`, body),
  caseStatistics: (orgId: string, year?: number) => request<CaseStatistics>('GET', `/api/orgs/${encode(orgId)}/cases/statistics${query({ year })}`),

  // Safeguarding and the conduct log
  recordConcern: (orgId: string, body: NewConcern) => request<ConcernReceipt>('POST', `/api/orgs/${encode(orgId)}/safeguarding/concerns`, body),
  concerns: (orgId: string, filters: ConcernFilters = {}) => paged<ConcernSummary>(`/api/orgs/${encode(orgId)}/safeguarding/concerns${query({ ...filters })}`),
  concern: (orgId: string, concernId: string) => request<Concern>('GET', `/api/orgs/${encode(orgId)}/safeguarding/concerns/${encode(concernId)}`),
  concernStep: (orgId: string, concernId: string, body: ConcernStep) => request<Concern>('POST', `/api/orgs/${encode(orgId)}/safeguarding/concerns/${encode(concernId)}/steps`, body),
  grantConcernAccess: (orgId: string, concernId: string, body: ConcernAccess) => request<Concern>('POST', `/api/orgs/${encode(orgId)}/safeguarding/concerns/${encode(concernId)}/access`, body),
  withdrawConcernAccess: (orgId: string, concernId: string, personId: string) => request<null>('DELETE', `/api/orgs/${encode(orgId)}/safeguarding/concerns/${encode(concernId)}/access/${encode(personId)}`),
  breakGlass: (orgId: string, concernId: string, reason: string) => request<Concern>('POST', `/api/orgs/${encode(orgId)}/safeguarding/concerns/${encode(concernId)}/break-glass`, { reason }),
  openAllegationCase: (orgId: string, concernId: string, body: AllegationCase) => request<Concern>('POST', `/api/orgs/${encode(orgId)}/safeguarding/concerns/${encode(concernId)}/case`, body),
  safeguardingDashboard: (orgId: string) => request<SafeguardingDashboard>('GET', `/api/orgs/${encode(orgId)}/safeguarding/dashboard`),
  learnerChronology: (orgId: string, learnerRef: string) => request<LearnerChronology>('GET', `/api/orgs/${encode(orgId)}/safeguarding/chronology${query({ learnerRef })}`),
  /** A safeguarding record as PDF with its body map (a plain link: the cookie is enough for a GET; each download is recorded). */
  concernPdfPath: (orgId: string, concernId: string) => `/api/orgs/${encode(orgId)}/safeguarding/concerns/${encode(concernId)}/pdf`,
  deputies: (orgId: string, academyId: string) => request<Deputy[]>('GET', `/api/orgs/${encode(orgId)}/safeguarding/academies/${encode(academyId)}/deputies`),
  appointDeputy: (orgId: string, academyId: string, personId: string) => request<Deputy[]>('PUT', `/api/orgs/${encode(orgId)}/safeguarding/academies/${encode(academyId)}/deputies/${encode(personId)}`),
  removeDeputy: (orgId: string, academyId: string, personId: string) => request<null>('DELETE', `/api/orgs/${encode(orgId)}/safeguarding/academies/${encode(academyId)}/deputies/${encode(personId)}`),
  safeguardingPeople: (orgId: string, q: string) => request<PersonToName[]>('GET', `/api/orgs/${encode(orgId)}/safeguarding/people${query({ q })}`),
  transferDestinations: (orgId: string) => request<TransferDestination[]>('GET', `/api/orgs/${encode(orgId)}/safeguarding/transfer-destinations`),
  sendTransfer: (orgId: string, body: NewTransfer) => request<SentTransfer>('POST', `/api/orgs/${encode(orgId)}/safeguarding/transfers`, body),
  sentTransfers: (orgId: string) => request<SentTransfer[]>('GET', `/api/orgs/${encode(orgId)}/safeguarding/transfers/sent`),
  /** A file sent, with its trail: each reading is recorded. */
  sentTransfer: (orgId: string, transferId: string) => request<SentTransfer>('GET', `/api/orgs/${encode(orgId)}/safeguarding/transfers/sent/${encode(transferId)}`),
  receivedTransfers: (orgId: string) => request<ReceivedTransfer[]>('GET', `/api/orgs/${encode(orgId)}/safeguarding/transfers/received`),
  /** Opens a file sent here: the first opening marks it viewed; each reading is recorded. */
  receivedTransfer: (orgId: string, transferId: string) => request<ReceivedTransfer>('GET', `/api/orgs/${encode(orgId)}/safeguarding/transfers/received/${encode(transferId)}`),
  acceptTransfer: (orgId: string, transferId: string, learnerRef: string) => request<ReceivedTransfer>('POST', `/api/orgs/${encode(orgId)}/safeguarding/transfers/received/${encode(transferId)}/accept`, { learnerRef }),
  declineTransfer: (orgId: string, transferId: string, reason: string) => request<ReceivedTransfer>('POST', `/api/orgs/${encode(orgId)}/safeguarding/transfers/received/${encode(transferId)}/decline`, { reason }),
  conductCategories: (orgId: string) => request<ConductCategories>('GET', `/api/orgs/${encode(orgId)}/conduct-log/categories`),
  conductEntries: (orgId: string, filters: ConductEntryFilters & { limit?: number; offset?: number }) => paged<ListedConductEntry>(`/api/orgs/${encode(orgId)}/conduct-log/entries${query({ ...filters })}`),
  conductEntry: (orgId: string, entryId: string) => request<ConductEntry>('GET', `/api/orgs/${encode(orgId)}/conduct-log/entries/${encode(entryId)}`),
  recordConductEntry: (orgId: string, body: NewConductEntry) => request<ConductEntry>('POST', `/api/orgs/${encode(orgId)}/conduct-log/entries`, body),
  amendConductEntry: (orgId: string, entryId: string, body: ConductEntryChanges) => request<ConductEntry>('PATCH', `/api/orgs/${encode(orgId)}/conduct-log/entries/${encode(entryId)}`, body),
  shareConductEntry: (orgId: string, entryId: string) => request<ConductEntry>('POST', `/api/orgs/${encode(orgId)}/conduct-log/entries/${encode(entryId)}/share`, {}),
  conductGrants: (orgId: string) => request<ConductGrant[]>('GET', `/api/orgs/${encode(orgId)}/conduct-log/access`),
  grantConductAccess: (orgId: string, body: NewConductGrant) => request<ConductGrant>('POST', `/api/orgs/${encode(orgId)}/conduct-log/access`, body),
  withdrawConductGrant: (orgId: string, grantId: string) => request<null>('DELETE', `/api/orgs/${encode(orgId)}/conduct-log/access/${encode(grantId)}`),
  conductPatterns: (orgId: string, period: ConductPeriod) => request<ConductPatterns>('GET', `/api/orgs/${encode(orgId)}/conduct-log/patterns${query({ ...period })}`),
  conductTrainingNeeds: (orgId: string, period: ConductPeriod) => request<TrainingNeeds>('GET', `/api/orgs/${encode(orgId)}/conduct-log/training-needs${query({ ...period })}`),
  conductSettings: (orgId: string) => request<ConductSettings>('GET', `/api/orgs/${encode(orgId)}/conduct-log/settings`),
  setConductSettings: (orgId: string, body: ConductSettings) => request<ConductSettings>('PUT', `/api/orgs/${encode(orgId)}/conduct-log/settings`, body),
  provisionsReport: (orgId: string, filters: ProvisionsReportFilters) => request<ProvisionsReport>('GET', `/api/orgs/${encode(orgId)}/provisions-report${query({ ...filters })}`),
  /** The provisions report as a spreadsheet (a plain link: the cookie is enough for a GET). */
  provisionsReportCsvPath: (orgId: string, filters: ProvisionsReportFilters) => `/api/orgs/${encode(orgId)}/provisions-report${query({ ...filters, format: 'csv' })}`,

  // Raising concerns in confidence. The public routes are the reporter's: no cookie, no CSRF token.
  reportingChannel: async (organisation: string) => (await exchange<ReportingChannel>('GET', `/api/raising-concerns/${encode(organisation)}`, undefined, undefined, {})).data,
  raiseConcern: async (organisation: string, body: NewRaisedConcern) => (await exchange<RaisedConcernReceipt>('POST', `/api/raising-concerns/${encode(organisation)}/reports`, body, undefined, {})).data,
  followReport: async (organisation: string, receiptCode: string) => (await exchange<ReportSession>('POST', `/api/raising-concerns/${encode(organisation)}/follow`, { receiptCode }, undefined, {})).data,
  reporterReport: async (organisation: string, token: string) => (await exchange<ReporterReport>('GET', `/api/raising-concerns/${encode(organisation)}/report`, undefined, undefined, { token })).data,
  reporterWrites: async (organisation: string, token: string, body: string) => (await exchange<ReporterReport>('POST', `/api/raising-concerns/${encode(organisation)}/report/messages`, { body }, undefined, { token })).data,
  reporterAddsFile: async (organisation: string, token: string, file: File) =>
    (await exchange<ReportAttachment>('POST', `/api/raising-concerns/${encode(organisation)}/report/files${query({ name: file.name })}`, undefined, file, { token })).data,
  reportProof: async (organisation: string, token: string) => (await exchange<ReportProof>('GET', `/api/raising-concerns/${encode(organisation)}/report/proof`, undefined, undefined, { token })).data,
  /** A file of the reporter's report, as bytes: a plain link cannot carry the session, which is a bearer token held in memory. */
  reporterAttachment: async (organisation: string, token: string, attachmentId: string): Promise<Blob> => {
    let response: Response;
    try {
      response = await fetch(`/api/raising-concerns/${encode(organisation)}/report/attachments/${encode(attachmentId)}`, { headers: { authorization: `Bearer ${token}` }, credentials: 'omit' });
    } catch {
      throw new ApiError({ type: '/problems/network', title: 'No connection', status: 0, detail: 'Probity could not be reached. Check your connection and try again.' });
    }
    if (!response.ok) {
      const problem = (await response.json().catch(() => null)) as Problem | null;
      throw new ApiError(problem && typeof problem === 'object' && 'status' in problem ? problem : { type: `/problems/http-${response.status}`, title: 'Error', status: response.status, detail: `The server answered ${response.status}.` });
    }
    return response.blob();
  },
  endReportSession: async (organisation: string, token: string) => {
    await exchange<null>('DELETE', `/api/raising-concerns/${encode(organisation)}/report/session`, undefined, undefined, { token });
  },
  raisedConcerns: (orgId: string, filters: RaisedConcernFilters = {}) => request<RaisedConcernSummary[]>('GET', `/api/orgs/${encode(orgId)}/raised-concerns${query({ ...filters, mine: filters.mine === undefined ? undefined : String(filters.mine) })}`),
  /** A report, to its handlers: each reading is recorded in the audit trail. */
  raisedConcern: (orgId: string, reportId: string) => request<RaisedConcern>('GET', `/api/orgs/${encode(orgId)}/raised-concerns/${encode(reportId)}`),
  raisedConcernStep: (orgId: string, reportId: string, { step, ...body }: RaisedConcernStep) => request<RaisedConcern>('POST', `/api/orgs/${encode(orgId)}/raised-concerns/${encode(reportId)}/${step}`, body),
  messageReporter: (orgId: string, reportId: string, body: Body<'/api/orgs/{orgId}/raised-concerns/{reportId}/messages', 'post'>) => request<RaisedConcern>('POST', `/api/orgs/${encode(orgId)}/raised-concerns/${encode(reportId)}/messages`, body),
  addReportNote: (orgId: string, reportId: string, body: string) => request<RaisedConcern>('POST', `/api/orgs/${encode(orgId)}/raised-concerns/${encode(reportId)}/notes`, { body }),
  stepAsideFromReport: (orgId: string, reportId: string, reason: string) => request<null>('POST', `/api/orgs/${encode(orgId)}/raised-concerns/${encode(reportId)}/step-aside`, { reason }),
  assignReport: (orgId: string, reportId: string, personId: string) => request<RaisedConcern>('POST', `/api/orgs/${encode(orgId)}/raised-concerns/${encode(reportId)}/assign`, { personId }),
  requestReveal: (orgId: string, reportId: string, reason: string) => request<RaisedConcern>('POST', `/api/orgs/${encode(orgId)}/raised-concerns/${encode(reportId)}/reveal-requests`, { reason }),
  /** Each reading of a reporter's identity is recorded, and a confidential reporter is shown it. */
  reporterIdentity: (orgId: string, reportId: string) => request<ReporterIdentity>('GET', `/api/orgs/${encode(orgId)}/raised-concerns/${encode(reportId)}/identity`),
  openCaseFromReport: (orgId: string, reportId: string, body: ReportCase) => request<RaisedConcern>('POST', `/api/orgs/${encode(orgId)}/raised-concerns/${encode(reportId)}/case`, body),
  /** A concern received by phone, letter, email or in person, entered by a handler: the answer holds the receipt code to give the reporter, shown this once. */
  enterConcern: (orgId: string, body: EnteredConcern) => request<EnteredConcernReceipt>('POST', `/api/orgs/${encode(orgId)}/raised-concerns`, body),
  /** A file for the reporter, who reads it with their receipt code; what could identify its maker is removed first. */
  sendReporterFile: async (orgId: string, reportId: string, file: File) =>
    (await exchange<RaisedConcern>('POST', `/api/orgs/${encode(orgId)}/raised-concerns/${encode(reportId)}/files${query({ name: file.name })}`, undefined, file)).data,
  raisedConcernSettings: (orgId: string) => request<RaisedConcernSettings>('GET', `/api/orgs/${encode(orgId)}/raised-concerns/settings`),
  setRaisedConcernSettings: (orgId: string, body: RaisedConcernTimeLimits) => request<RaisedConcernSettings>('PUT', `/api/orgs/${encode(orgId)}/raised-concerns/settings`, body),
  /** Links a report the signed-in person made by name to their account, with its receipt code, for their own data export. */
  linkReportToAccount: (organisation: string, receiptCode: string) => request<{ reference: string; linked: true }>('POST', '/api/me/raised-concerns/link', { organisation, receiptCode }),

  // The records' retention: periods, what is due, deletions and legal holds
  recordRetention: (orgId: string) => request<RecordRetention[]>('GET', `/api/orgs/${encode(orgId)}/retention/records`),
  setRecordRetention: (orgId: string, recordType: string, keptFor: string) => request<RecordRetention[]>('PUT', `/api/orgs/${encode(orgId)}/retention/records/${encode(recordType)}`, { keptFor }),
  dueForDeletion: (orgId: string) => request<DueForDeletion[]>('GET', `/api/orgs/${encode(orgId)}/retention/due`),
  listDueNow: (orgId: string) => request<DueForDeletion[]>('POST', `/api/orgs/${encode(orgId)}/retention/due/refresh`, {}),
  confirmDeletions: (orgId: string, reviewIds: string[]) => request<ConfirmedDeletions>('POST', `/api/orgs/${encode(orgId)}/retention/due/confirm`, { reviewIds }),
  deletionRecords: (orgId: string) => request<DeletionRecord[]>('GET', `/api/orgs/${encode(orgId)}/retention/deletions`),
  legalHolds: (orgId: string) => request<LegalHold[]>('GET', `/api/orgs/${encode(orgId)}/retention/holds`),
  placeLegalHold: (orgId: string, body: NewLegalHold) => request<LegalHold>('POST', `/api/orgs/${encode(orgId)}/retention/holds`, body),
  liftLegalHold: (orgId: string, holdId: string, reason: string) => request<LegalHold>('POST', `/api/orgs/${encode(orgId)}/retention/holds/${encode(holdId)}/lift`, { reason }),
  /** A file sent with a report, as a download (a plain link: the cookie is enough for a GET; each download is recorded). */
  reportAttachmentPath: (orgId: string, reportId: string, attachmentId: string) => `/api/orgs/${encode(orgId)}/raised-concerns/${encode(reportId)}/attachments/${encode(attachmentId)}`,
  raisedConcernStatistics: (orgId: string) => request<RaisedConcernStatistics>('GET', `/api/orgs/${encode(orgId)}/raised-concerns/statistics`),
  /** The reports as a spreadsheet without personal data (a plain link: the cookie is enough for a GET). */
  raisedConcernsCsvPath: (orgId: string) => `/api/orgs/${encode(orgId)}/raised-concerns/export`,
  revealRequests: (orgId: string) => request<RevealRequest[]>('GET', `/api/orgs/${encode(orgId)}/reveal-requests`),
  decideReveal: (orgId: string, requestId: string, body: RevealDecision) => request<null>('POST', `/api/orgs/${encode(orgId)}/reveal-requests/${encode(requestId)}/decision`, body),

  // Professional status programmes
  programmes: (orgId: string) => request<Programme[]>('GET', `/api/orgs/${encode(orgId)}/programmes`),
  setProgrammeSettings: (orgId: string, programmeId: ProgrammeId, body: ProgrammeSettings) => request<Programme>('PUT', `/api/orgs/${encode(orgId)}/programmes/${encode(programmeId)}/settings`, body),
  openCohort: (orgId: string, programmeId: ProgrammeId, startsOn: string) => request<ProgrammeCohort>('POST', `/api/orgs/${encode(orgId)}/programmes/${encode(programmeId)}/cohorts`, { startsOn }),
  registerOnProgramme: (orgId: string, programmeId: ProgrammeId, body: Registration) => request<Participant>('POST', `/api/orgs/${encode(orgId)}/programmes/${encode(programmeId)}/registrations`, body),
  /** The people a programme's picker offers: its supporters or mentors (to a member), or its reviewers (to the team). */
  programmePeople: (orgId: string, programmeId: ProgrammeId, role: ProgrammePickerRole) => request<ProgrammePerson[]>('GET', `/api/orgs/${encode(orgId)}/programmes/${encode(programmeId)}/people${query({ role })}`),
  participants: (orgId: string, filters: ParticipantFilters = {}) => paged<ParticipantSummary>(`/api/orgs/${encode(orgId)}/participants${query({ ...filters })}`),
  /** A participant, as far as one may see them: each reading by anyone but the participant is recorded in the audit trail. */
  participant: (orgId: string, participantId: string) => request<Participant>('GET', `/api/orgs/${encode(orgId)}/participants/${encode(participantId)}`),
  writeSection: (orgId: string, participantId: string, section: string, text: string) => request<Participant>('PUT', `/api/orgs/${encode(orgId)}/participants/${encode(participantId)}/portfolio/${encode(section)}`, { text }),
  participantStep: (orgId: string, participantId: string, body: ParticipantStep) => request<Participant>('POST', `/api/orgs/${encode(orgId)}/participants/${encode(participantId)}/steps`, body),
  /** A portfolio's evidence and development record: each reading by anyone but the participant is recorded with the participant's. */
  portfolioEvidence: (orgId: string, participantId: string) => request<PortfolioEvidence>('GET', `/api/orgs/${encode(orgId)}/participants/${encode(participantId)}/evidence`),
  attachPortfolioEvidence: (orgId: string, participantId: string, section: string, fileId: string) =>
    request<PortfolioEvidence>('POST', `/api/orgs/${encode(orgId)}/participants/${encode(participantId)}/portfolio/${encode(section)}/evidence`, { fileId }),
  removePortfolioEvidence: (orgId: string, participantId: string, evidenceId: string) => request<PortfolioEvidence>('DELETE', `/api/orgs/${encode(orgId)}/participants/${encode(participantId)}/evidence/${encode(evidenceId)}`),
  evidenceFilePath: (orgId: string, participantId: string, fileId: string) => `/api/orgs/${encode(orgId)}/participants/${encode(participantId)}/evidence/files/${encode(fileId)}`,
  cohortDashboard: (orgId: string, cohortId: string) => request<CohortDashboard>('GET', `/api/orgs/${encode(orgId)}/programme-cohorts/${encode(cohortId)}`),
  drawSample: (orgId: string, cohortId: string) => request<Answer<'/api/orgs/{orgId}/programme-cohorts/{cohortId}/sample', 'post'>>('POST', `/api/orgs/${encode(orgId)}/programme-cohorts/${encode(cohortId)}/sample`, {}),
  releaseCohort: (orgId: string, cohortId: string) => request<Answer<'/api/orgs/{orgId}/programme-cohorts/{cohortId}/release', 'post'>>('POST', `/api/orgs/${encode(orgId)}/programme-cohorts/${encode(cohortId)}/release`, {}),
  /** A participant's support requests, adjustments and appeals: each reading by anyone but the participant is recorded in the audit trail. */
  programmeSupport: (orgId: string, participantId: string) => request<ProgrammeSupport>('GET', `/api/orgs/${encode(orgId)}/participants/${encode(participantId)}/support`),
  askForSupport: (orgId: string, participantId: string, body: { channel: SupportChannel; question: string }) => request<ProgrammeSupport>('POST', `/api/orgs/${encode(orgId)}/participants/${encode(participantId)}/support-requests`, body),
  answerSupport: (orgId: string, participantId: string, requestId: string, text: string) =>
    request<ProgrammeSupport>('POST', `/api/orgs/${encode(orgId)}/participants/${encode(participantId)}/support-requests/${encode(requestId)}/answer`, { text }),
  askForAdjustment: (orgId: string, participantId: string, needs: string) => request<ProgrammeSupport>('POST', `/api/orgs/${encode(orgId)}/participants/${encode(participantId)}/adjustments`, { needs }),
  decideAdjustment: (orgId: string, participantId: string, adjustmentId: string, body: AdjustmentDecision) =>
    request<ProgrammeSupport>('POST', `/api/orgs/${encode(orgId)}/participants/${encode(participantId)}/adjustments/${encode(adjustmentId)}/decision`, body),
  appealSupport: (orgId: string, participantId: string, grounds: string) => request<ProgrammeSupport>('POST', `/api/orgs/${encode(orgId)}/participants/${encode(participantId)}/appeals`, { grounds }),
  respondToAppeal: (orgId: string, participantId: string, appealId: string, text: string) =>
    request<ProgrammeSupport>('POST', `/api/orgs/${encode(orgId)}/participants/${encode(participantId)}/appeals/${encode(appealId)}/response`, { text }),
  /** The Professional Status Team's queue across cohorts: what waits for an answer, a decision or a response. */
  programmeSupportQueue: (orgId: string) => request<ProgrammeSupportQueue>('GET', `/api/orgs/${encode(orgId)}/programme-support`),
  /** The mentor pool with each mentor's load, and those waiting for a mentor, first asked first. */
  mentorPool: (orgId: string) => request<MentorPool>('GET', `/api/orgs/${encode(orgId)}/mentor-pool`),
  addPoolMentor: (orgId: string, body: NewPoolMentor) => request<MentorPool>('POST', `/api/orgs/${encode(orgId)}/mentor-pool`, body),
  changePoolMentor: (orgId: string, personId: string, body: PoolMentorChange) => request<MentorPool>('PATCH', `/api/orgs/${encode(orgId)}/mentor-pool/${encode(personId)}`, body),
  removePoolMentor: (orgId: string, personId: string) => request<MentorPool>('DELETE', `/api/orgs/${encode(orgId)}/mentor-pool/${encode(personId)}`),
  askForMentor: (orgId: string, participantId: string, subject: string) =>
    request<Participant>('POST', `/api/orgs/${encode(orgId)}/participants/${encode(participantId)}/mentor-request`, subject.trim() ? { subject } : {}),
  supporterInvitations: (orgId: string, participantId: string) => request<SupporterInvitation[]>('GET', `/api/orgs/${encode(orgId)}/participants/${encode(participantId)}/supporter-invitations`),
  inviteSupporter: (orgId: string, participantId: string, body: NewSupporterInvitation) =>
    request<SupporterInvitation[]>('POST', `/api/orgs/${encode(orgId)}/participants/${encode(participantId)}/supporter-invitations`, body),
  withdrawSupporterInvitation: (orgId: string, participantId: string, invitationId: string) =>
    request<SupporterInvitation[]>('POST', `/api/orgs/${encode(orgId)}/participants/${encode(participantId)}/supporter-invitations/${encode(invitationId)}/withdraw`, {}),
  lookUpSupporterInvitation: (token: string) => request<SupporterInvitationLookUp>('POST', '/api/supporter-invitations/look-up', { token }),
  acceptSupporterInvitation: (token: string) => request<Answer<'/api/supporter-invitations/accept', 'post'>>('POST', '/api/supporter-invitations/accept', { token }),
  /** A cohort's messages and webinars in the order they happen; the team adds, changes and cancels those not yet sent. */
  programmeCommunications: (orgId: string, cohortId: string) => request<ProgrammeCommunication[]>('GET', `/api/orgs/${encode(orgId)}/programme-cohorts/${encode(cohortId)}/communications`),
  addProgrammeCommunication: (orgId: string, cohortId: string, body: NewProgrammeCommunication) =>
    request<ProgrammeCommunication>('POST', `/api/orgs/${encode(orgId)}/programme-cohorts/${encode(cohortId)}/communications`, body),
  cancelProgrammeCommunication: (orgId: string, communicationId: string) => request<ProgrammeCommunication>('POST', `/api/orgs/${encode(orgId)}/programme-communications/${encode(communicationId)}/cancel`, {}),
  /** The webinars to come for a participant, with their joining links. */
  upcomingWebinars: (orgId: string, participantId: string) => request<UpcomingWebinar[]>('GET', `/api/orgs/${encode(orgId)}/participants/${encode(participantId)}/webinars`),
};
