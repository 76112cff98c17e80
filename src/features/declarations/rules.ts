import { addDays, CalendarError, inLondon, parseIsoDate, type IsoDate } from '../../platform/calendar/index.ts';
import type { FieldProblem } from '../../platform/errors.ts';
import type { Role } from '../../platform/policy.ts';
import type { KindName } from '../deadlines/index.ts';
import { ok, refused, type ProvisionCitation, type Refusal, type Result } from '../../platform/result.ts';

// Duties and declarations as data and rules. The catalogue says, for each kind of declaration, what it
// asks, which provisions of which code impose it, who receives it, how soon it is due, whether it is
// sensitive and how long it is kept. An organisation tailors the catalogue within limits. A declaration
// moves through an explicit state machine; who may take each step is the policy's (an action and the
// person's relation to the declaration), never decided here. Pure functions: every date and `now` is passed in.

// ─── The catalogue ───────────────────────────────────────────────────────────────────────────────────────

/**
 * What a field holds. `past_date`: the day something happened or became known, never after today and
 * never before the person was born; `date`: any real date (an insurance expiry); `pence`: money, a whole
 * number of pence, never negative; `person`: someone of the organisation the declaration names, who then
 * never receives it.
 */
export const FIELD_TYPES = ['past_date', 'date', 'text', 'long_text', 'pence', 'person', 'choice', 'yes_no'] as const;
export type FieldType = (typeof FIELD_TYPES)[number];

export interface FieldSpec {
  name: string;
  label: string;
  type: FieldType;
  required: boolean;
  choices?: readonly string[];
}

/** Who is for the declarant to tell: their own line manager, or the holders of a role where they work. */
export type Recipient = 'line_manager' | Role;

/**
 * Whom a declaration goes to, by where the declarant stands. 003 §20.4 and §20.5 route a principal's own
 * matter and a central colleague's differently from everyone else's; a situation left out falls back to
 * `colleague`.
 */
export interface Routing {
  /** A colleague who works in an academy day to day (and, in a professional body, any member). */
  colleague: readonly Recipient[];
  /** A principal or executive principal. */
  principal?: readonly Recipient[];
  /** A colleague not working in one of the academies day to day (the central team). */
  central?: readonly Recipient[];
}

/**
 * How soon a declaration is due after the day it happened (or became known): a number of calendar days
 * (000 provision 10: 21), or immediately (003 "immediately", "without delay"); null where the code sets no time.
 */
export type TimeLimit = { type: 'calendar_days'; days: number } | { type: 'immediately' } | null;

export interface Retention {
  /** An ISO 8601 duration in days, as the retention schedule states it. */
  keptFor: string;
  after: 'closed';
  action: 'delete' | 'anonymise';
  /** Why: no seed code sets a period for declarations, so each says so and what the default rests on. */
  reason: string;
}

/** Who makes a declaration of the kind: a member of a professional body, a member of staff, a self-employed member. */
export const AUDIENCES = ['member', 'staff', 'self_employed_member'] as const;
export type Audience = (typeof AUDIENCES)[number];

export interface DeclarationKind {
  id: string;
  title: string;
  /** What the provisions ask, in plain words, for the form and the person's list of duties. */
  asks: string;
  audience: Audience;
  /** The provisions that impose or ask for it; a kind an organisation adds of its own may cite none. */
  cites: readonly ProvisionCitation[];
  /** A duty a code imposes: an organisation that adopted the code cannot withdraw the kind. */
  imposedByCode: boolean;
  fields: readonly FieldSpec[];
  routing: Routing;
  /** The code names the recipients: an organisation may add to them but not replace them. */
  recipientsNamedByCode: boolean;
  timeLimit: TimeLimit;
  /** The Deadlines engine's kind for the duty's deadline, where it has one (its catalogue cites the same provision). */
  deadlineKind: KindName | null;
  /** Every reading of one is recorded in the audit trail, and it is shown only to those who must see it. */
  sensitive: boolean;
  retention: Retention;
}

const cop = (...provisions: string[]): ProvisionCitation => ({ code: 'set-code-of-practice', version: '2018', provisions });
const staffCode = (...provisions: string[]): ProvisionCitation => ({ code: 'att-staff-code-of-conduct', version: '2020', provisions });
// 002 and 004 are two versions of one code: items A–K in 2015, (a)–(k) in 2009, keyed C and c and so on.
const conduct2015 = (...provisions: string[]): ProvisionCitation => ({ code: 'education-improvement-code-of-conduct', version: '2015', provisions });
const conduct2009 = (...provisions: string[]): ProvisionCitation => ({ code: 'education-improvement-code-of-conduct', version: '2009', provisions });

const SIX_YEARS = 'P2192D';
const keptSixYears = (why: string): Retention => ({ keptFor: SIX_YEARS, after: 'closed', action: 'delete', reason: `No code sets a period. ${why}` });
const memberRecord = keptSixYears('Kept six years after it is closed, the default for what may bear on a member\'s suitability (000, related procedures: action against members).');
const staffRecord = keptSixYears('Kept six years after it is closed, the default for a record of an employee\'s conduct.');
const registerRecord = keptSixYears('Kept six years after it is closed, the default for the registers of interests and of gifts and hospitality.');

const happenedOn = (label = 'The date it happened'): FieldSpec => ({ name: 'occurredOn', label, type: 'past_date', required: true });
const details = (label = 'What happened'): FieldSpec => ({ name: 'details', label, type: 'long_text', required: true });
const learner: FieldSpec = { name: 'learner', label: 'The learner', type: 'text', required: true };

// 000 provision 10: "Notify SET within 21 days of any of the following occurring".
const WITHIN_21_DAYS: TimeLimit = { type: 'calendar_days', days: 21 };
const IMMEDIATELY: TimeLimit = { type: 'immediately' };
const toTheBody: Routing = { colleague: ['case_officer'] };
const toLineManager: Routing = { colleague: ['line_manager'] };

const memberNotification = (id: string, title: string, asks: string, provision: string, fields: FieldSpec[]): DeclarationKind => ({
  id,
  title,
  asks,
  audience: 'member',
  cites: [cop('10', provision)],
  imposedByCode: true,
  fields: [happenedOn(), ...fields, details()],
  routing: toTheBody,
  recipientsNamedByCode: true,
  timeLimit: WITHIN_21_DAYS,
  deadlineKind: 'notification-duty',
  sensitive: true,
  retention: memberRecord,
});

export const DEFAULT_KINDS: readonly DeclarationKind[] = [
  // 000 provision 10.1: a bar, partial bar, warning or other action by the Secretary of State or the DBS.
  memberNotification('bar-or-warning', 'A bar or a warning', 'Tell the Society within 21 days if you are barred, partly barred, warned or otherwise acted against by the Secretary of State or the Disclosure and Barring Service.', '10.1', [
    { name: 'by', label: 'Who took the action', type: 'choice', required: true, choices: ['secretary_of_state', 'disclosure_and_barring_service'] },
    { name: 'action', label: 'The action', type: 'choice', required: true, choices: ['bar', 'partial_bar', 'warning', 'other'] },
  ]),
  // 000 provision 10.2: charged with, convicted of, or cautioned for a criminal offence.
  memberNotification('charge-conviction-or-caution', 'A charge, conviction or caution', 'Tell the Society within 21 days if you are charged with, convicted of or cautioned for a criminal offence.', '10.2', [
    { name: 'which', label: 'Charged, convicted or cautioned', type: 'choice', required: true, choices: ['charged', 'convicted', 'cautioned'] },
    { name: 'offence', label: 'The offence', type: 'text', required: true },
  ]),
  // 000 provision 10.3: a disciplinary finding by a professional or regulatory body or an employer, here or abroad.
  memberNotification('disciplinary-finding', 'A disciplinary finding', 'Tell the Society within 21 days if a professional or regulatory body, or an employer, in this country or abroad, makes a disciplinary finding against you.', '10.3', [
    { name: 'madeBy', label: 'The body or employer that made the finding', type: 'text', required: true },
  ]),
  // 000 provision 10.4: told of an investigation by a professional or regulatory body, or of an employer's disciplinary hearing.
  memberNotification('investigation', 'An investigation or a disciplinary hearing', 'Tell the Society within 21 days if you are told that a professional or regulatory body is investigating you, or that an employer will hold a disciplinary hearing about you, in this country or abroad.', '10.4', [
    { name: 'by', label: 'The body or employer', type: 'text', required: true },
  ]),
  // 000 provision 11: "any other information which may have a bearing on your suitability". It sets no time
  // limit of its own (provision 10's 21 days covers 10.1–10.4 only), so such a notification is never late.
  {
    id: 'other-suitability-information',
    title: 'Anything else bearing on your suitability',
    asks: 'Tell the Society of anything else that may bear on your suitability for membership, including anything likely to diminish the trust and confidence the public places in you and in the profession.',
    audience: 'member',
    cites: [cop('11')],
    imposedByCode: true,
    fields: [happenedOn(), details()],
    routing: toTheBody,
    recipientsNamedByCode: true,
    timeLimit: null,
    deadlineKind: null,
    sensitive: true,
    retention: memberRecord,
  },
  // 003 §8.5: a relationship with a colleague, parent or carer is identified "to the Principal or Director
  // or Executive Leader": the principal in an academy, the regional education director for a principal,
  // the chief operating officer for the central team.
  {
    id: 'relationship',
    title: 'A relationship with a colleague, parent or carer',
    asks: 'Tell your principal (or director) if you are in a relationship with a colleague, a parent or carer, or anyone else associated with the academy or trust.',
    audience: 'staff',
    cites: [staffCode('8.5')],
    imposedByCode: true,
    fields: [
      { name: 'connection', label: 'They are', type: 'choice', required: true, choices: ['colleague', 'parent', 'carer', 'other'] },
      { name: 'colleague', label: 'The colleague', type: 'person', required: false },
      { name: 'who', label: 'Who they are', type: 'text', required: true },
      { name: 'occurredOn', label: 'Since when', type: 'past_date', required: false },
      { name: 'details', label: 'Anything that may create a conflict of interest', type: 'long_text', required: false },
    ],
    routing: { colleague: ['principal'], principal: ['regional_education_director'], central: ['chief_operating_officer'] },
    recipientsNamedByCode: true,
    timeLimit: null,
    deadlineKind: null,
    sensitive: true,
    retention: staffRecord,
  },
  // 003 §19.1: "Any potential conflicts of interest must be declared"; 002 C and 004 (c): disclose to the
  // employer any interest that may affect its decisions. No code names the recipient: the trust's default
  // is the principal, the regional education director for a principal, the COO for the central team.
  {
    id: 'conflict-of-interest',
    title: 'A conflict of interest',
    asks: 'Declare any interest, yours or of someone close to you, that could affect or appear to affect a decision you take part in.',
    audience: 'staff',
    cites: [staffCode('19.1'), conduct2015('C'), conduct2009('c')],
    imposedByCode: true,
    fields: [
      { name: 'interest', label: 'The interest', type: 'long_text', required: true },
      { name: 'decisions', label: 'The decisions it could affect', type: 'long_text', required: true },
      { name: 'person', label: 'A colleague it concerns', type: 'person', required: false },
      { name: 'occurredOn', label: 'Since when', type: 'past_date', required: false },
    ],
    routing: { colleague: ['principal'], principal: ['regional_education_director'], central: ['chief_operating_officer'] },
    recipientsNamedByCode: false,
    timeLimit: null,
    deadlineKind: null,
    sensitive: false,
    retention: registerRecord,
  },
  // 003 §18.1 (the trust's gifts and hospitality policy), §18.2 (no gifts to learners outside recognised
  // practice); 002 H and 004 (h): no hospitality or inducements that could influence judgement.
  {
    id: 'gift-or-hospitality',
    title: 'A gift or hospitality, given or received',
    asks: 'Record any gift or hospitality you give or receive in your work, with its value and who gave it or received it.',
    audience: 'staff',
    cites: [staffCode('18.1', '18.2'), conduct2015('H'), conduct2009('h')],
    imposedByCode: true,
    fields: [
      { name: 'direction', label: 'Given or received', type: 'choice', required: true, choices: ['given', 'received'] },
      { name: 'counterparty', label: 'Who gave it, or to whom it was given', type: 'text', required: true },
      { name: 'description', label: 'What it was', type: 'text', required: true },
      { name: 'valuePence', label: 'Its value', type: 'pence', required: true },
      happenedOn('The date it was given or received'),
    ],
    routing: { colleague: ['principal'], principal: ['regional_education_director'], central: ['chief_operating_officer'] },
    recipientsNamedByCode: false,
    timeLimit: null,
    deadlineKind: null,
    sensitive: false,
    retention: registerRecord,
  },
  // 003 §12.2: personal contact details given to a learner are reported "to their line manager immediately".
  {
    id: 'contact-details-given',
    title: 'Personal contact details given to a learner',
    asks: 'Tell your line manager at once if you had to give a learner your personal phone number, email address or other contact details.',
    audience: 'staff',
    cites: [staffCode('12.2')],
    imposedByCode: true,
    fields: [learner, { name: 'given', label: 'The details given', type: 'text', required: true }, happenedOn('The date you gave them'), details('Why they were given')],
    routing: toLineManager,
    recipientsNamedByCode: true,
    timeLimit: IMMEDIATELY,
    deadlineKind: 'contact-details-report',
    sensitive: true,
    retention: staffRecord,
  },
  // 003 §12.3: contact with a learner outside school that concerns you or could be misinterpreted, to the line manager immediately.
  {
    id: 'contact-outside-school',
    title: 'Contact with a learner outside school',
    asks: 'Tell your line manager at once of any contact with a learner outside school that concerns you or could be misinterpreted.',
    audience: 'staff',
    cites: [staffCode('12.3')],
    imposedByCode: true,
    fields: [learner, happenedOn(), details()],
    routing: toLineManager,
    recipientsNamedByCode: true,
    timeLimit: IMMEDIATELY,
    deadlineKind: 'outside-contact-report',
    sensitive: true,
    retention: staffRecord,
  },
  // 003 §8.4: an infatuation is discussed "with their line manager immediately".
  {
    id: 'infatuation',
    title: "A learner's infatuation",
    asks: 'Tell your line manager at once if you become aware that a learner is strongly attracted to you or infatuated, so that you get support in handling it.',
    audience: 'staff',
    cites: [staffCode('8.4')],
    imposedByCode: true,
    fields: [learner, happenedOn('The date you became aware'), details('What you noticed')],
    routing: toLineManager,
    recipientsNamedByCode: true,
    timeLimit: IMMEDIATELY,
    deadlineKind: 'infatuation-report',
    sensitive: true,
    retention: staffRecord,
  },
  // 003 §10.2: comfort given through physical contact "is always reported to a line manager"; no time is set.
  {
    id: 'comforting-contact',
    title: 'Physical contact to comfort a learner',
    asks: 'Tell your line manager whenever you comforted a learner in distress with physical contact, and how.',
    audience: 'staff',
    cites: [staffCode('10.2')],
    imposedByCode: true,
    fields: [learner, happenedOn(), details('What happened and why')],
    routing: toLineManager,
    recipientsNamedByCode: true,
    timeLimit: null,
    deadlineKind: null,
    sensitive: true,
    retention: staffRecord,
  },
  // 003 §9.2: data at risk of compromise or loss, reported "immediately to the data protection lead or the Data Protection Officer".
  {
    id: 'data-at-risk',
    title: 'Data at risk of compromise or loss',
    asks: 'Tell the data protection officer at once if you become aware that data is at risk of compromise or loss.',
    audience: 'staff',
    cites: [staffCode('9.2')],
    imposedByCode: true,
    fields: [happenedOn('The date you became aware'), { name: 'data', label: 'The data at risk', type: 'text', required: true }, details('How it is at risk')],
    routing: { colleague: ['data_protection_officer'] },
    recipientsNamedByCode: true,
    timeLimit: IMMEDIATELY,
    deadlineKind: 'data-risk-report',
    sensitive: false,
    retention: staffRecord,
  },
  // 003 §21.2: conduct outside work that could affect one's role or the trust's reputation, to the line manager "immediately and without delay".
  {
    id: 'conduct-outside-work',
    title: 'Conduct outside work',
    asks: 'Tell your line manager at once of anything that happened outside work that could affect your role or the reputation of the academy or trust.',
    audience: 'staff',
    cites: [staffCode('21.2')],
    imposedByCode: true,
    fields: [happenedOn(), details()],
    routing: toLineManager,
    recipientsNamedByCode: true,
    timeLimit: IMMEDIATELY,
    deadlineKind: 'outside-work-conduct-report',
    sensitive: true,
    retention: staffRecord,
  },
  // 003 §20.3: questioned by the police, charged or convicted, to the academy principal immediately;
  // §20.4: a principal's own matter to the regional education director; §20.5: a colleague not working in
  // an academy day to day, to the chief operating officer.
  {
    id: 'police-contact',
    title: 'Questioned by the police, charged or convicted',
    asks: 'Tell your principal at once if you are questioned by the police, charged with or convicted of any crime, at work or outside it.',
    audience: 'staff',
    cites: [staffCode('20.3', '20.4', '20.5')],
    imposedByCode: true,
    fields: [{ name: 'which', label: 'Questioned, charged or convicted', type: 'choice', required: true, choices: ['questioned', 'charged', 'convicted'] }, happenedOn(), details()],
    routing: { colleague: ['principal'], principal: ['regional_education_director'], central: ['chief_operating_officer'] },
    recipientsNamedByCode: true,
    timeLimit: IMMEDIATELY,
    deadlineKind: 'police-contact-report',
    sensitive: true,
    retention: staffRecord,
  },
  // 002 J and 004 (j): self-employed members keep adequate professional indemnity insurance.
  {
    id: 'indemnity-insurance',
    title: 'Professional indemnity insurance',
    asks: 'Keep your professional indemnity insurance on record: the insurer, the cover and when it expires.',
    audience: 'self_employed_member',
    cites: [conduct2015('J'), conduct2009('j')],
    imposedByCode: true,
    fields: [
      { name: 'insurer', label: 'The insurer', type: 'text', required: true },
      { name: 'coverPence', label: 'The cover', type: 'pence', required: true },
      { name: 'expiresOn', label: 'It expires on', type: 'date', required: true },
    ],
    routing: toTheBody,
    recipientsNamedByCode: false,
    timeLimit: null,
    deadlineKind: null,
    sensitive: false,
    retention: keptSixYears('Kept six years after it is closed, the default for a member\'s insurance on record.'),
  },
  // 002 K and 004 (k): before accepting a commission, check that no conflict of interest exists.
  {
    id: 'commission-conflict-check',
    title: 'A conflict-of-interest check before a commission',
    asks: 'Before you accept a commission, check and record that your own duties or interests do not conflict with the client\'s.',
    audience: 'self_employed_member',
    cites: [conduct2015('K'), conduct2009('k')],
    imposedByCode: true,
    fields: [
      { name: 'client', label: 'The client', type: 'text', required: true },
      { name: 'commission', label: 'The commission', type: 'text', required: true },
      happenedOn('The date you checked'),
      { name: 'conflictFound', label: 'A conflict was found', type: 'yes_no', required: true },
      { name: 'details', label: 'What you checked', type: 'long_text', required: true },
    ],
    routing: toTheBody,
    recipientsNamedByCode: false,
    timeLimit: null,
    deadlineKind: null,
    sensitive: false,
    retention: registerRecord,
  },
];


// ─── Tailoring by an organisation ────────────────────────────────────────────────────────────────────────

/**
 * How an organisation changes the defaults. It may add kinds of its own and add recipients to any kind;
 * where no code names the recipients it may replace them; it may withdraw only kinds that no code imposes.
 */
export interface Tailoring {
  addedKinds?: readonly DeclarationKind[];
  addedRecipients?: Readonly<Record<string, readonly Recipient[]>>;
  replacedRouting?: Readonly<Record<string, Routing>>;
  withdrawnKinds?: readonly string[];
}

/** What an organisation says of a kind it adds of its own. */
export type OwnKind = Pick<DeclarationKind, 'id' | 'title' | 'asks' | 'audience' | 'fields' | 'routing' | 'timeLimit' | 'sensitive'>;

/** A kind an organisation adds of its own: no code imposes it or names its recipients, it cites none, and it is kept as the organisation's other records are. */
export const ownKind = (kind: OwnKind): DeclarationKind => ({
  ...kind,
  cites: [],
  imposedByCode: false,
  recipientsNamedByCode: false,
  deadlineKind: null,
  retention: keptSixYears("Kept six years after it is closed, the organisation's default for a kind of declaration of its own."),
});

const KIND_ID = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;
const union = (a: readonly Recipient[], b: readonly Recipient[]) => [...new Set([...a, ...b])];

/** The organisation's catalogue: the defaults with its tailoring, or every reason the tailoring is refused. */
export function tailor(defaults: readonly DeclarationKind[], tailoring: Tailoring): Result<DeclarationKind[]> {
  const refusals: Refusal[] = [];
  const byId = new Map(defaults.map((kind) => [kind.id, kind]));
  (tailoring.addedKinds ?? []).forEach((kind, i) => {
    const field = `addedKinds.${i}`;
    if (!KIND_ID.test(kind.id)) refusals.push({ rule: 'kind-id', field: `${field}.id`, detail: 'A kind is named in lower-case words joined by dashes.' });
    else if (byId.has(kind.id)) refusals.push({ rule: 'kind-exists', field: `${field}.id`, detail: `The catalogue already has a kind "${kind.id}".` });
    else if (kind.routing.colleague.length === 0) refusals.push({ rule: 'declaration-needs-a-recipient', field: `${field}.routing`, detail: 'A kind of declaration goes to someone.' });
    // A kind the organisation adds is its own rule, however it is worded: no code imposes it.
    else byId.set(kind.id, { ...kind, imposedByCode: false, recipientsNamedByCode: false });
  });
  for (const id of tailoring.withdrawnKinds ?? []) {
    const kind = byId.get(id);
    if (!kind) refusals.push({ rule: 'unknown-kind', field: `withdrawnKinds.${id}`, detail: `No kind "${id}" in the catalogue.` });
    else if (kind.imposedByCode) refusals.push({ rule: 'cannot-drop-a-duty', field: `withdrawnKinds.${id}`, detail: `${citationWords(kind.cites)} imposes "${kind.title}"; an organisation that adopted it cannot withdraw it.` });
    else byId.delete(id);
  }
  for (const [id, routing] of Object.entries(tailoring.replacedRouting ?? {})) {
    const kind = byId.get(id);
    if (!kind) refusals.push({ rule: 'unknown-kind', field: `replacedRouting.${id}`, detail: `No kind "${id}" in the catalogue.` });
    else if (kind.recipientsNamedByCode) refusals.push({ rule: 'cannot-drop-a-duty', field: `replacedRouting.${id}`, detail: `${citationWords(kind.cites)} names who receives "${kind.title}": recipients may be added, not replaced.` });
    else if (routing.colleague.length === 0) refusals.push({ rule: 'declaration-needs-a-recipient', field: `replacedRouting.${id}`, detail: 'A kind of declaration goes to someone.' });
    else byId.set(id, { ...kind, routing });
  }
  for (const [id, added] of Object.entries(tailoring.addedRecipients ?? {})) {
    const kind = byId.get(id);
    if (!kind) {
      refusals.push({ rule: 'unknown-kind', field: `addedRecipients.${id}`, detail: `No kind "${id}" in the catalogue.` });
      continue;
    }
    const { colleague, principal, central } = kind.routing;
    byId.set(id, {
      ...kind,
      routing: { colleague: union(colleague, added), ...(principal && { principal: union(principal, added) }), ...(central && { central: union(central, added) }) },
    });
  }
  return refusals.length ? refused(...refusals) : ok([...byId.values()]);
}

const citationWords = (cites: readonly ProvisionCitation[]) =>
  cites.length ? cites.map((c) => `${c.code} ${c.version}, ${c.provisions.join(', ')}`).join('; ') : 'The organisation';

// ─── Codes adopted ───────────────────────────────────────────────────────────────────────────────────────

/** A version of a code the organisation has adopted and has in force. */
export interface AdoptedCode {
  code: string;
  version: string;
}

/**
 * The citations a declaration of this kind is made under in an organisation: those of the kind's codes
 * the organisation has in force (the exact version where it has it; otherwise the same code's keys, which
 * the codes library reads through its mappings). A kind under codes none of which is adopted is refused:
 * the duty is the code's, and the organisation has not taken the code on. A kind the organisation added
 * of its own cites no code and is always open. `under` names one code the person chose.
 */
export function citationsUnder(kind: DeclarationKind, adopted: readonly AdoptedCode[], under?: string): Result<ProvisionCitation[]> {
  if (kind.cites.length === 0) return ok([]);
  if (under !== undefined && !kind.cites.some((c) => c.code === under)) {
    return refused({ rule: 'kind-not-under-code', field: 'code', detail: `"${kind.title}" is not a declaration under ${under}.` });
  }
  const codes = [...new Set(kind.cites.map((c) => c.code))].filter((code) => under === undefined || code === under);
  const chosen = codes.flatMap((code) => {
    const versions = adopted.filter((a) => a.code === code).map((a) => a.version);
    if (versions.length === 0) return [];
    const ofCode = kind.cites.filter((c) => c.code === code);
    const exact = ofCode.filter((c) => versions.includes(c.version));
    return exact.length ? exact : ofCode.slice(0, 1);
  });
  if (chosen.length === 0) {
    const named = under ?? codes.join(' or ');
    return refused({ rule: 'code-not-adopted', field: 'code', detail: `"${kind.title}" is a duty under ${named}, which this organisation has not adopted.` });
  }
  return ok(chosen);
}

// ─── Fields ──────────────────────────────────────────────────────────────────────────────────────────────

export type FieldValues = Readonly<Record<string, unknown>>;

export interface FieldContext {
  /** Today's London date: nothing that happened is dated after it. */
  today: IsoDate;
  /** The declarant's date of birth, where known: nothing they declare happened before it. */
  bornOn: IsoDate | null;
  declarantId: string;
}

const MAX_TEXT = 500;
const MAX_LONG_TEXT = 10_000;

function realDate(value: unknown): IsoDate | null {
  if (typeof value !== 'string') return null;
  try {
    return parseIsoDate(value);
  } catch (error) {
    if (error instanceof CalendarError) return null;
    throw error;
  }
}

/** Every problem with a declaration's fields at once, each naming its field; `complete` asks for every required field too. */
export function fieldProblems(kind: DeclarationKind, values: FieldValues, ctx: FieldContext, complete: boolean): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const specs = new Map(kind.fields.map((f) => [f.name, f]));
  for (const name of Object.keys(values)) if (!specs.has(name)) problems.push({ field: name, reason: `"${kind.title}" has no such field` });
  for (const spec of kind.fields) {
    const value = values[spec.name];
    const field = spec.name;
    if (value === undefined || value === null || value === '') {
      if (complete && spec.required) problems.push({ field, reason: 'is needed' });
      continue;
    }
    switch (spec.type) {
      case 'past_date':
      case 'date': {
        const date = realDate(value);
        if (date === null) problems.push({ field, reason: 'not a real date as YYYY-MM-DD' });
        else if (spec.type === 'past_date' && date > ctx.today) problems.push({ field, reason: 'is in the future' });
        else if (spec.type === 'past_date' && ctx.bornOn !== null && date < ctx.bornOn) problems.push({ field, reason: 'is before you were born' });
        break;
      }
      case 'text':
      case 'long_text': {
        const max = spec.type === 'text' ? MAX_TEXT : MAX_LONG_TEXT;
        if (typeof value !== 'string' || value.trim() === '') problems.push({ field, reason: 'needs some words' });
        else if (value.length > max) problems.push({ field, reason: `is longer than ${max} characters` });
        break;
      }
      case 'pence':
        if (typeof value !== 'number' || !Number.isSafeInteger(value)) problems.push({ field, reason: 'is a whole number of pence' });
        else if (value < 0) problems.push({ field, reason: 'cannot be negative' });
        break;
      case 'person':
        if (typeof value !== 'string') problems.push({ field, reason: 'is a person of the organisation' });
        else if (value === ctx.declarantId) problems.push({ field, reason: 'names you: a declaration names someone else' });
        break;
      case 'choice':
        if (typeof value !== 'string' || !spec.choices?.includes(value)) problems.push({ field, reason: `is one of ${spec.choices?.join(', ')}` });
        break;
      case 'yes_no':
        if (typeof value !== 'boolean') problems.push({ field, reason: 'is yes or no' });
        break;
    }
  }
  return problems;
}

/** The people a declaration names: they never receive it (and the policy recuses them from it). */
export function namedPeople(kind: DeclarationKind, values: FieldValues): string[] {
  return kind.fields.filter((f) => f.type === 'person' && typeof values[f.name] === 'string').map((f) => values[f.name] as string);
}

// ─── Time limits ─────────────────────────────────────────────────────────────────────────────────────────

const dayNumber = (date: IsoDate) => Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / 86_400_000;
/** Whole calendar days from one date to another (negative when `to` is earlier). */
export const daysBetween = (from: IsoDate, to: IsoDate) => dayNumber(parseIsoDate(to)) - dayNumber(parseIsoDate(from));

export type Timeliness =
  | { type: 'within'; days: number; dueOn: IsoDate; late: boolean; daysLate: number }
  | { type: 'immediately'; daysAfter: number };

/**
 * Whether a declaration was made in time, from two dates only: the day it happened and the London day it
 * was submitted. 000 provision 10: within 21 days of it occurring, so by the end of the 21st day after it
 * (the Deadlines engine's `calendar_days` rule); submitted on the 22nd day it is one day late. For a duty
 * to report immediately, how many days after it was reported (the recipient's alert and its escalation
 * are the Deadlines engine's). Null where the code sets no time, or nothing says when it happened.
 */
export function timeliness(limit: TimeLimit, occurredOn: IsoDate | null, submittedAt: Date): Timeliness | null {
  if (limit === null || occurredOn === null) return null;
  const submittedOn = inLondon(submittedAt).date;
  if (limit.type === 'immediately') return { type: 'immediately', daysAfter: Math.max(0, daysBetween(occurredOn, submittedOn)) };
  const dueOn = addDays(occurredOn, limit.days);
  const daysLate = Math.max(0, daysBetween(dueOn, submittedOn));
  return { type: 'within', days: limit.days, dueOn, late: daysLate > 0, daysLate };
}

/** "3 days late", for the intake queue and the declarant's list; null when it was not late. */
export const daysLateWords = (daysLate: number | null): string | null => (daysLate ? `${daysLate} ${daysLate === 1 ? 'day' : 'days'} late` : null);
export const latenessWords = (t: Timeliness | null): string | null => (t?.type === 'within' ? daysLateWords(t.daysLate) : null);

// ─── Routing ─────────────────────────────────────────────────────────────────────────────────────────────

/** Where the declarant stands, as routing asks it. */
export interface Declarant {
  personId: string;
  /** A principal or executive principal (003 §20.4). */
  isPrincipal: boolean;
  /** Set when they work in an academy day to day; null for the central team (003 §20.5). */
  academyId: string | null;
}

/** The recipients a kind names for this declarant. */
export function recipientsFor(routing: Routing, declarant: Declarant): readonly Recipient[] {
  if (declarant.isPrincipal && routing.principal) return routing.principal;
  if (declarant.academyId === null && routing.central) return routing.central;
  return routing.colleague;
}

/**
 * When no one can take a recipient's place (there is none, or every holder is the declarant or named in
 * the declaration), the declaration goes one step up instead: a line manager's place to the principal, a
 * principal's to the regional education director, theirs to the chief operating officer.
 */
export const STEP_UP: Partial<Record<Recipient, Recipient>> = {
  line_manager: 'principal',
  principal: 'regional_education_director',
  regional_education_director: 'chief_operating_officer',
  data_protection_officer: 'chief_operating_officer',
  designated_safeguarding_lead: 'principal',
};

/** The people who hold each recipient's place for this declarant, as the service found them. */
export type Holders = (recipient: Recipient) => readonly string[];

export interface Routed {
  personId: string;
  /** The place they receive it in, and the place the kind named where it stepped up. */
  as: Recipient;
  steppedUpFrom: Recipient | null;
}

/**
 * Who receives a declaration: the holders of each place the kind names for this declarant, never the
 * declarant themself and never anyone the declaration names; a place left empty by that steps up (STEP_UP).
 * Refused when nobody at all is left to receive it.
 */
export function route(kind: Pick<DeclarationKind, 'routing' | 'title'>, declarant: Declarant, named: readonly string[], holders: Holders): Result<Routed[]> {
  const excluded = new Set([declarant.personId, ...named]);
  const routed = new Map<string, Routed>();
  for (const place of recipientsFor(kind.routing, declarant)) {
    const seen = new Set<Recipient>();
    for (let current: Recipient | undefined = place; current !== undefined && !seen.has(current); current = STEP_UP[current]) {
      seen.add(current);
      const people = holders(current).filter((p) => !excluded.has(p));
      if (people.length === 0) continue;
      for (const personId of people) if (!routed.has(personId)) routed.set(personId, { personId, as: current, steppedUpFrom: current === place ? null : place });
      break;
    }
  }
  if (routed.size === 0) return refused({ rule: 'declaration-needs-a-recipient', detail: `Nobody but the declarant or someone it names could receive "${kind.title}".` });
  return ok([...routed.values()]);
}

// ─── The lifecycle ───────────────────────────────────────────────────────────────────────────────────────

/**
 * A declaration is written as a draft, submitted by the declarant, acknowledged by a recipient, reviewed
 * (the recipient records what was done), and closed with an outcome; from submission on it may instead be
 * marked for a case (the body's suitability procedures, 000 related procedures), which a case closes.
 */
export const STATES = ['draft', 'submitted', 'acknowledged', 'under_review', 'marked_for_case', 'closed'] as const;
export type State = (typeof STATES)[number];

export const OUTCOMES = ['no_action', 'advice_given', 'action_taken', 'referred', 'case_opened', 'approved', 'declined'] as const;
export type Outcome = (typeof OUTCOMES)[number];
/** The outcomes of a gift that needs approval before it is accepted (giftNeedsApproval), and of nothing else. */
const APPROVALS: readonly Outcome[] = ['approved', 'declined'];

/**
 * The policy action each step needs. The policy decides who holds it, by role and by the person's
 * relation to the declaration (its owner writes and submits it; those it is assigned to acknowledge,
 * review and close it; recusal always wins): these names are the ones the policy's actions take.
 */
export type DeclarationAction = 'declaration.make' | 'declaration.acknowledge' | 'declaration.review' | 'declaration.mark_for_case' | 'declaration.close';

export type DeclarationEvent =
  | { type: 'edit'; fields: FieldValues }
  | { type: 'submit' }
  | { type: 'acknowledge' }
  | { type: 'record_action'; note: string }
  | { type: 'mark_for_case'; reason: string }
  | { type: 'close'; outcome: Outcome; note?: string };
export type EventType = DeclarationEvent['type'];

export const TRANSITIONS: Readonly<Record<EventType, { from: readonly State[]; to: State | 'same'; action: DeclarationAction }>> = {
  edit: { from: ['draft'], to: 'same', action: 'declaration.make' },
  submit: { from: ['draft'], to: 'submitted', action: 'declaration.make' },
  acknowledge: { from: ['submitted'], to: 'acknowledged', action: 'declaration.acknowledge' },
  record_action: { from: ['acknowledged', 'under_review'], to: 'under_review', action: 'declaration.review' },
  mark_for_case: { from: ['submitted', 'acknowledged', 'under_review'], to: 'marked_for_case', action: 'declaration.mark_for_case' },
  close: { from: ['acknowledged', 'under_review', 'marked_for_case'], to: 'closed', action: 'declaration.close' },
};

export const EVENT_TYPES = Object.keys(TRANSITIONS) as EventType[];

export interface HistoryEntry {
  event: EventType;
  at: Date;
  from: State;
  to: State;
  /** The recipient's note (a recorded action, the reason for a case, the closing note): never shown to the declarant. */
  note: string | null;
}

export interface Declaration {
  kind: string;
  state: State;
  fields: FieldValues;
  occurredOn: IsoDate | null;
  createdAt: Date;
  submittedAt: Date | null;
  acknowledgedAt: Date | null;
  markedForCaseAt: Date | null;
  closedAt: Date | null;
  outcome: Outcome | null;
  history: readonly HistoryEntry[];
}

/** A new draft. */
export const draft = (kind: DeclarationKind, now: Date): Declaration => ({
  kind: kind.id,
  state: 'draft',
  fields: {},
  occurredOn: null,
  createdAt: now,
  submittedAt: null,
  acknowledgedAt: null,
  markedForCaseAt: null,
  closedAt: null,
  outcome: null,
  history: [],
});

/** The steps open from a state, whoever takes them (the policy then says who may). */
export const eventsFrom = (state: State): EventType[] => EVENT_TYPES.filter((type) => TRANSITIONS[type].from.includes(state));

export interface TransitionContext {
  now: Date;
  kind: DeclarationKind;
  bornOn: IsoDate | null;
  declarantId: string;
  /** A gift received above the organisation's threshold: it is approved or declined, not merely closed. */
  approvalNeeded?: boolean;
}

const STATE_WORDS: Record<State, string> = { draft: 'a draft', submitted: 'submitted', acknowledged: 'acknowledged', under_review: 'under review', marked_for_case: 'marked for a case', closed: 'closed' };
const STEP_WORDS: Record<EventType, string> = { edit: 'changed', submit: 'submitted', acknowledge: 'acknowledged', record_action: 'reviewed', mark_for_case: 'marked for a case', close: 'closed' };
const lastChange = (d: Declaration) => d.history.at(-1)?.at ?? d.createdAt;
const MAX_NOTE = 10_000;

function noteProblem(field: string, note: string | undefined, required: boolean): Refusal | null {
  if (note === undefined || note.trim() === '') return required ? { rule: 'note-needed', field, detail: 'Say what was done.' } : null;
  return note.length > MAX_NOTE ? { rule: 'note-too-long', field, detail: `A note is at most ${MAX_NOTE} characters.` } : null;
}

/**
 * Takes one step of the lifecycle, or refuses it and changes nothing. Every step is guarded here by the
 * declaration's own facts (its state, its fields, the order of time); whether this person may take it is
 * the policy's question, asked by the service with TRANSITIONS[type].action before calling this.
 */
export function transition(d: Declaration, event: DeclarationEvent, ctx: TransitionContext): Result<Declaration> {
  const { from, to } = TRANSITIONS[event.type];
  if (ctx.kind.id !== d.kind) return refused({ rule: 'kind-mismatch', detail: `This declaration is a "${d.kind}", not a "${ctx.kind.id}".` });
  if (d.state === 'closed') return refused({ rule: 'declaration-closed', detail: 'A closed declaration does not change.' });
  if (!from.includes(d.state)) return refused({ rule: 'declaration-state', detail: `A declaration that is ${STATE_WORDS[d.state]} cannot be ${STEP_WORDS[event.type]}.` });
  if (ctx.now.getTime() < lastChange(d).getTime()) return refused({ rule: 'time-goes-forward', detail: 'A step is not dated before the one it follows.' });
  const fieldCtx = { today: inLondon(ctx.now).date, bornOn: ctx.bornOn, declarantId: ctx.declarantId };
  const next = to === 'same' ? d.state : to;
  const entry = (note: string | null): HistoryEntry => ({ event: event.type, at: ctx.now, from: d.state, to: next, note });

  switch (event.type) {
    case 'edit': {
      const fields = { ...d.fields, ...event.fields };
      const problems = fieldProblems(ctx.kind, fields, fieldCtx, false);
      if (problems.length) return refused(...problems.map((p) => ({ rule: 'declaration-field', field: p.field, detail: p.reason })));
      const occurredOn = typeof fields.occurredOn === 'string' && fields.occurredOn !== '' ? fields.occurredOn : null;
      return ok({ ...d, fields, occurredOn, history: [...d.history, entry(null)] });
    }
    case 'submit': {
      // Checked again at submission: a draft dated today may have been written before a later birthday
      // was known, and "in the future" is judged on the day it is submitted.
      const problems = fieldProblems(ctx.kind, d.fields, fieldCtx, true);
      if (problems.length) return refused(...problems.map((p) => ({ rule: 'declaration-field', field: p.field, detail: p.reason })));
      return ok({ ...d, state: next, submittedAt: ctx.now, history: [...d.history, entry(null)] });
    }
    case 'acknowledge':
      return ok({ ...d, state: next, acknowledgedAt: ctx.now, history: [...d.history, entry(null)] });
    case 'record_action': {
      const problem = noteProblem('note', event.note, true);
      if (problem) return refused(problem);
      return ok({ ...d, state: next, history: [...d.history, entry(event.note)] });
    }
    case 'mark_for_case': {
      const problem = noteProblem('reason', event.reason, true);
      if (problem) return refused(problem);
      return ok({ ...d, state: next, markedForCaseAt: ctx.now, history: [...d.history, entry(event.reason)] });
    }
    case 'close': {
      if (!OUTCOMES.includes(event.outcome)) return refused({ rule: 'declaration-outcome', field: 'outcome', detail: `An outcome is one of ${OUTCOMES.join(', ')}.` });
      if (ctx.approvalNeeded && !APPROVALS.includes(event.outcome)) return refused({ rule: 'approval-needed', field: 'outcome', detail: 'A gift above the organisation’s threshold is approved or declined before it is accepted.' });
      if (!ctx.approvalNeeded && APPROVALS.includes(event.outcome)) return refused({ rule: 'declaration-outcome', field: 'outcome', detail: 'Only a gift above the organisation’s threshold is approved or declined.' });
      const problem = noteProblem('note', event.note, false);
      if (problem) return refused(problem);
      return ok({ ...d, state: next, closedAt: ctx.now, outcome: event.outcome, history: [...d.history, entry(event.note ?? null)] });
    }
  }
}

/** What the declarant sees of their own declaration: where it stands, never the recipients' notes. */
export function declarantView(d: Declaration) {
  return {
    kind: d.kind,
    state: d.state,
    fields: d.fields,
    occurredOn: d.occurredOn,
    submittedAt: d.submittedAt,
    acknowledgedAt: d.acknowledgedAt,
    closedAt: d.closedAt,
    outcome: d.outcome,
    history: d.history.map(({ event, at, from, to }) => ({ event, at, from, to })),
  };
}

// ─── Safe-working approvals and notices ──────────────────────────────────────────────────────────────────

/** A condition a safe-working request records, and the provision that sets it. */
export interface SafeWorkingCondition {
  id: string;
  label: string;
  provision: string;
  /** Met by the manager's approval itself, not recorded on its own. */
  metByApproval?: boolean;
}

export interface SafeWorkingKind {
  id: string;
  title: string;
  cites: readonly ProvisionCitation[];
  /** `approval`: a manager agrees in advance; `notice`: a colleague or line manager is told beforehand. */
  needs: 'approval' | 'notice';
  conditions: readonly SafeWorkingCondition[];
  /** Who decides an approval, or is told of a notice. */
  to: Recipient;
}

export const SAFE_WORKING_KINDS: readonly SafeWorkingKind[] = [
  // 003 Appendix 1, "Never … take a child/learner in your car, but where this is unavoidable": a manager
  // agrees in advance, a risk assessment, a roadworthy vehicle insured for business use, a parent's or
  // carer's permission (preferably in writing).
  {
    id: 'learner-in-car',
    title: 'Taking a learner in your car',
    cites: [staffCode('appendix-1-never-15', 'appendix-1-never-15-1', 'appendix-1-never-15-2', 'appendix-1-never-15-3', 'appendix-1-never-15-4')],
    needs: 'approval',
    conditions: [
      { id: 'manager-agreed', label: 'A manager agreed in advance', provision: 'appendix-1-never-15-1', metByApproval: true },
      { id: 'risk-assessment', label: 'A risk assessment is prepared', provision: 'appendix-1-never-15-2' },
      { id: 'vehicle-insured', label: 'The vehicle is roadworthy and its insurance covers business use', provision: 'appendix-1-never-15-3' },
      { id: 'parental-permission', label: "A parent's or carer's permission, preferably in writing", provision: 'appendix-1-never-15-4' },
    ],
    to: 'line_manager',
  },
  // 003 §15.1: working one to one with a learner, "Inform a colleague or line manager of the meeting beforehand".
  {
    id: 'one-to-one-meeting',
    title: 'A one-to-one meeting with a learner',
    cites: [staffCode('15.1', '15.1-3')],
    needs: 'notice',
    conditions: [{ id: 'colleague-informed', label: 'A colleague or line manager was told beforehand', provision: '15.1-3' }],
    to: 'line_manager',
  },
];

export const SAFE_WORKING_STATES = ['requested', 'approved', 'refused', 'withdrawn'] as const;
export type SafeWorkingState = (typeof SAFE_WORKING_STATES)[number];

export interface SafeWorkingRequest {
  kind: string;
  requesterId: string;
  /** When the journey or the meeting takes place. */
  eventAt: Date;
  requestedAt: Date;
  state: SafeWorkingState;
  /** When each condition was met; null until it is. */
  conditions: Readonly<Record<string, Date | null>>;
  decision: { by: string; at: Date; approved: boolean; reason: string | null } | null;
  lastChangedAt: Date;
}

export type SafeWorkingEvent =
  | { type: 'record_condition'; condition: string }
  | { type: 'approve'; by: string; reason?: string }
  | { type: 'refuse'; by: string; reason: string }
  | { type: 'withdraw' };

/** A new request (or notice). A notice is itself the telling: its one condition is met when it is made. */
export function safeWorkingRequest(kind: SafeWorkingKind, requesterId: string, eventAt: Date, now: Date): SafeWorkingRequest {
  const conditions = Object.fromEntries(kind.conditions.map((c) => [c.id, kind.needs === 'notice' ? now : null]));
  return { kind: kind.id, requesterId, eventAt, requestedAt: now, state: 'requested', conditions, decision: null, lastChangedAt: now };
}

/** Takes one step of a safe-working request, or refuses it and changes nothing. Whether this person may is the policy's. */
export function safeWorkingStep(r: SafeWorkingRequest, event: SafeWorkingEvent, kind: SafeWorkingKind, now: Date): Result<SafeWorkingRequest> {
  if (kind.id !== r.kind) return refused({ rule: 'kind-mismatch', detail: `This request is a "${r.kind}", not a "${kind.id}".` });
  if (r.state === 'refused' || r.state === 'withdrawn') return refused({ rule: 'request-closed', detail: `A request ${r.state} does not change.` });
  if (now.getTime() < r.lastChangedAt.getTime()) return refused({ rule: 'time-goes-forward', detail: 'A step is not dated before the one it follows.' });
  switch (event.type) {
    case 'record_condition': {
      const condition = kind.conditions.find((c) => c.id === event.condition);
      if (!condition) return refused({ rule: 'unknown-condition', field: 'condition', detail: `"${kind.title}" has no condition "${event.condition}".` });
      if (condition.metByApproval) return refused({ rule: 'met-by-approval', field: 'condition', detail: `${condition.label}: met by the manager's approval itself.` });
      if (r.conditions[condition.id]) return refused({ rule: 'condition-already-met', field: 'condition', detail: `${condition.label}: already recorded.` });
      return ok({ ...r, conditions: { ...r.conditions, [condition.id]: now }, lastChangedAt: now });
    }
    case 'approve':
    case 'refuse': {
      if (kind.needs === 'notice') return refused({ rule: 'no-decision-needed', detail: `"${kind.title}" is a notice to a colleague or line manager: nobody approves it.` });
      if (r.state !== 'requested') return refused({ rule: 'request-decided', detail: 'The request has been decided.' });
      // An approval is a second person's judgement: the requester never decides their own request.
      if (event.by === r.requesterId) return refused({ rule: 'no-self-approval', field: 'by', detail: 'A request is decided by someone other than the person who made it.' });
      const reason = event.reason?.trim() ? event.reason : null;
      if (event.type === 'refuse' && reason === null) return refused({ rule: 'reason-needed', field: 'reason', detail: 'A refusal says why.' });
      if (reason !== null && reason.length > MAX_NOTE) return refused({ rule: 'note-too-long', field: 'reason', detail: `A reason is at most ${MAX_NOTE} characters.` });
      const approved = event.type === 'approve';
      const agreed = Object.fromEntries(kind.conditions.filter((c) => c.metByApproval).map((c) => [c.id, approved ? now : null]));
      return ok({ ...r, state: approved ? 'approved' : 'refused', conditions: { ...r.conditions, ...agreed }, decision: { by: event.by, at: now, approved, reason }, lastChangedAt: now });
    }
    case 'withdraw':
      return ok({ ...r, state: 'withdrawn', lastChangedAt: now });
  }
}

/**
 * What the record shows: each condition, whether it was met before the journey or meeting, whether all
 * were, and an approval given only after the event, marked so (003 Appendix 1: "agreed in advance").
 */
export function safeWorkingStanding(r: SafeWorkingRequest, kind: SafeWorkingKind) {
  const before = (at: Date | null | undefined) => at != null && at.getTime() <= r.eventAt.getTime();
  const conditions = kind.conditions.map((c) => ({ id: c.id, label: c.label, provision: c.provision, met: r.conditions[c.id] != null, metBeforeEvent: before(r.conditions[c.id]) }));
  const approvedAfterEvent = r.decision?.approved === true && r.decision.at.getTime() > r.eventAt.getTime();
  return { conditions, allMetBeforeEvent: conditions.every((c) => c.metBeforeEvent), approvedAfterEvent };
}

// ─── Registers and insurance ─────────────────────────────────────────────────────────────────────────────

/**
 * The registers an organisation keeps, and the kinds whose declarations are their entries: interests (003
 * §19.1; 002 and 004 C, and K's check before a commission), gifts and hospitality (003 §18; 002 and 004 H),
 * and self-employed members' insurance (002 and 004 J).
 */
export const REGISTERS = {
  interests: ['conflict-of-interest', 'commission-conflict-check'],
  gifts: ['gift-or-hospitality'],
  insurance: ['indemnity-insurance'],
} as const satisfies Record<string, readonly string[]>;
export type Register = keyof typeof REGISTERS;
export const REGISTER_NAMES = Object.keys(REGISTERS) as Register[];

/** The kinds whose entries a person confirms, or returns nil for, in the annual re-declaration. */
export const REDECLARED: readonly string[] = [...REGISTERS.interests, ...REGISTERS.gifts];

/**
 * Whether a gift or hospitality received needs approval before it is accepted: its value is above the
 * organisation's threshold. 003 §18.1 defers to the trust's own gifts and hospitality policy, which sets
 * the threshold; none set, none needs approval. A gift given is governed by §18.2, not by the threshold.
 */
export function giftNeedsApproval(gift: { direction: 'given' | 'received'; valuePence: number }, thresholdPence: number | null): boolean {
  return gift.direction === 'received' && thresholdPence !== null && gift.valuePence > thresholdPence;
}

/** Whether a declaration is a gift or hospitality received above the organisation's threshold, which is approved or declined. */
export function needsApproval(kind: string, fields: FieldValues, thresholdPence: number | null): boolean {
  if (!(REGISTERS.gifts as readonly string[]).includes(kind)) return false;
  return giftNeedsApproval({ direction: fields.direction === 'given' ? 'given' : 'received', valuePence: typeof fields.valuePence === 'number' ? fields.valuePence : 0 }, thresholdPence);
}

/**
 * 002 J and 004 (j): a self-employed member's professional indemnity insurance on `today` (a London date):
 * in force up to and including its expiry day, lapsed after it, and how many days are left.
 */
export function insuranceStanding(expiresOn: IsoDate, today: IsoDate): { lapsed: boolean; daysLeft: number } {
  const daysLeft = daysBetween(today, expiresOn);
  return { lapsed: daysLeft < 0, daysLeft: Math.max(0, daysLeft) };
}

// ─── One event, every duty it triggers ───────────────────────────────────────────────────────────────────

/**
 * A declaration of one kind whose facts are also another kind's duty, perhaps in another organisation the
 * person belongs to: which fields carry over (to's name: from's name), and when.
 */
export interface RelatedDuty {
  from: string;
  to: string;
  when?: (fields: FieldValues) => boolean;
  carry: Readonly<Record<string, string>>;
}

export const RELATED_DUTIES: readonly RelatedDuty[] = [
  // 003 §20.3 refers to 000 provision 10.2 (the staff code's own link): a charge or a conviction told to the
  // trust is one the Society must be told of within 21 days.
  { from: 'police-contact', to: 'charge-conviction-or-caution', when: (f) => f.which === 'charged' || f.which === 'convicted', carry: { occurredOn: 'occurredOn', which: 'which', details: 'details' } },
  // Being questioned is neither a charge nor an investigation by a professional body (10.2, 10.4), but may
  // bear on suitability (provision 11), as may conduct outside work (003 §21.2).
  { from: 'police-contact', to: 'other-suitability-information', when: (f) => f.which === 'questioned', carry: { occurredOn: 'occurredOn', details: 'details' } },
  { from: 'conduct-outside-work', to: 'other-suitability-information', carry: { occurredOn: 'occurredOn', details: 'details' } },
];

/** The person's standing in one organisation they belong to, as the duties elsewhere are read against it. */
export interface Membership {
  organisationId: string;
  audiences: readonly Audience[];
  catalogue: readonly DeclarationKind[];
  adopted: readonly AdoptedCode[];
}

export interface DutyElsewhere {
  organisationId: string;
  kind: string;
  /** The fields the declaration could carry over, if the person chooses to send them. */
  carried: FieldValues;
  /** By when, counted from the same date it happened; null where that code sets no time. */
  dueOn: IsoDate | null;
}

/**
 * The duties a declaration made in one organisation also triggers in the person's other organisations:
 * where that organisation has the related kind in its catalogue, under a code it has adopted, for someone
 * the person is there (a member, staff). Nothing is sent: the person is shown the duty and chooses.
 */
export function dutiesElsewhere(declaration: { kind: string; fields: FieldValues }, here: string, memberships: readonly Membership[]): DutyElsewhere[] {
  return memberships
    .filter((m) => m.organisationId !== here)
    .flatMap((m) =>
      RELATED_DUTIES.filter((r) => r.from === declaration.kind && (r.when?.(declaration.fields) ?? true)).flatMap((r) => {
        const kind = m.catalogue.find((k) => k.id === r.to);
        if (!kind || !m.audiences.includes(kind.audience) || !citationsUnder(kind, m.adopted).ok) return [];
        const carried = Object.fromEntries(Object.entries(r.carry).flatMap(([to, from]) => (declaration.fields[from] === undefined ? [] : [[to, declaration.fields[from]]])));
        const occurredOn = typeof carried.occurredOn === 'string' ? carried.occurredOn : null;
        const dueOn = kind.timeLimit?.type === 'calendar_days' && occurredOn ? addDays(occurredOn, kind.timeLimit.days) : null;
        return [{ organisationId: m.organisationId, kind: kind.id, carried, dueOn }];
      }),
    );
}

/** The person's recorded consent to send facts from one organisation's record to another's. */
export interface Consent {
  givenAt: Date;
  /** The words they agreed to, kept with the record. */
  statement: string;
}

/**
 * What crosses to the other organisation: only the fields the person chose, of those the duty carries,
 * and only with their recorded consent. 000 provision 8 (and the product's rule for every organisation):
 * nothing about a person crosses between organisations without it; neither organisation sees the other's record.
 */
export function fieldsToSend(duty: DutyElsewhere, chosen: readonly string[], consent: Consent | null): Result<FieldValues> {
  if (consent === null || consent.statement.trim() === '') return refused({ rule: 'consent-needed', field: 'consent', detail: 'Nothing is sent to another organisation without your recorded consent.' });
  const unknown = chosen.filter((name) => !(name in duty.carried));
  if (unknown.length) return refused(...unknown.map((name) => ({ rule: 'not-carried', field: `chosen.${name}`, detail: `"${name}" is not something this duty carries over.` })));
  return ok(Object.fromEntries(chosen.map((name) => [name, duty.carried[name]])));
}
