import { ok, refused, type Refusal, type Result } from '../../platform/result.ts';
import type { PlacedMark } from './body-map.ts';
import { LEARNER_REF, chronology, learnerReference, type Agency, type Category, type Concern, type Outcome, type State, type TriageLevel } from './rules.ts';

// A learner's safeguarding file, transferred when they move school to another organisation in Probity.
// Keeping Children Safe in Education, which the staff code 003 §1.2 takes account of: when a learner leaves,
// the designated safeguarding lead makes sure their child protection file is transferred to the new school
// as soon as possible (within five school days of an in-year move), separately from the main pupil file,
// and that confirmation of receipt is obtained. The receipt trail here is that confirmation: sent, viewed,
// accepted (or declined, with a reason, when the learner is not joining the receiving school). The receiving
// school has five school days to accept it before its DSLs are alerted (the Deadlines engine's kind
// 'safeguarding-file-acceptance'). Pure functions: every `now` is passed in.

export const TRANSFER_STATES = ['sent', 'viewed', 'accepted', 'declined'] as const;
export type TransferState = (typeof TRANSFER_STATES)[number];

/** The receipt trail, as both sides keep it: who took each step and when (names, since the two sides do not share people). */
export interface Transfer {
  state: TransferState;
  sentAt: Date;
  viewed: { at: Date; by: string } | null;
  accepted: { at: Date; by: string; learnerRef: string } | null;
  declined: { at: Date; by: string; reason: string } | null;
}

export type TransferEvent = { type: 'view' } | { type: 'accept'; learnerRef: string } | { type: 'decline'; reason: string };

/** The learner's file as it crossed: a copy taken when it was sent, so that what the sender changes later never reaches the receiver. */
export interface FileSnapshot {
  learnerRef: string;
  takenAt: string;
  concerns: SnapshotConcern[];
  /** The learner's chronology across those concerns, in time order; `concern` is the concern's number in the file. */
  chronology: { at: string; concern: number; category: Category; event: string; by: string; note: string | null }[];
}

export interface SnapshotConcern {
  number: number;
  category: Category;
  seenAt: string;
  recordedAt: string;
  recordedBy: string;
  account: string;
  immediateAction: string | null;
  state: State;
  triage: { level: TriageLevel; at: string } | null;
  actions: { description: string; assignee: string; dueOn: string | null; doneAt: string | null }[];
  referrals: { agency: Agency; madeAt: string; reference: string | null; response: { at: string; accepted: boolean } | null; concludedAt: string | null }[];
  outcome: { outcome: Outcome; at: string } | null;
  closedAt: string | null;
  marks: PlacedMark[];
}

const iso = (d: Date) => d.toISOString();
const isoOrNull = (d: Date | null | undefined) => (d ? d.toISOString() : null);

/**
 * The file of one learner as it is sent: each concern about them (never an allegation about a member of
 * staff, which is not the learner's file), its steps, actions, referrals and body-map marks, and the
 * chronology across them. People are named, not referred to by id: the receiving organisation does not
 * share the sender's people.
 */
export function fileSnapshot(learnerRef: string, concerns: readonly { id: string; concern: Concern }[], nameOf: (personId: string) => string, now: Date): Result<FileSnapshot> {
  const ref = learnerReference(learnerRef);
  const file = concerns.filter(({ concern }) => concern.learnerRef === ref && concern.state !== 'allegation').sort((a, b) => a.concern.seenAt.getTime() - b.concern.seenAt.getTime());
  if (file.length === 0) return refused({ rule: 'nothing-to-transfer', field: 'learnerRef', detail: 'There is no safeguarding record about this learner that you may send.' });
  const number = new Map(file.map(({ id }, i) => [id, i + 1]));
  return ok({
    learnerRef: ref,
    takenAt: iso(now),
    concerns: file.map(({ id, concern: c }) => ({
      number: number.get(id)!,
      category: c.category,
      seenAt: iso(c.seenAt),
      recordedAt: iso(c.recordedAt),
      recordedBy: nameOf(c.recorderId),
      account: c.account,
      immediateAction: c.immediateAction,
      state: c.state,
      triage: c.triage ? { level: c.triage.level, at: iso(c.triage.at) } : null,
      actions: c.actions.map((a) => ({ description: a.description, assignee: nameOf(a.assigneeId), dueOn: a.dueOn, doneAt: isoOrNull(a.doneAt) })),
      referrals: c.referrals.map((r) => ({ agency: r.agency, madeAt: iso(r.madeAt), reference: r.reference, response: r.response ? { at: iso(r.response.at), accepted: r.response.accepted } : null, concludedAt: isoOrNull(r.conclusion?.at) })),
      outcome: c.outcome ? { outcome: c.outcome.outcome, at: iso(c.outcome.at) } : null,
      closedAt: isoOrNull(c.closedAt),
      marks: [...c.marks],
    })),
    chronology: chronology(ref, file).map((e) => ({ at: iso(e.at), concern: number.get(e.concernId)!, category: e.category, event: e.event, by: nameOf(e.by), note: e.note })),
  });
}

/** Why a file may not be sent there: to the sender's own organisation, or for a learner named other than by reference. */
export function sendProblems(input: { learnerRef: string; fromOrganisationId: string; toOrganisationId: string }): Refusal[] {
  const problems: Refusal[] = [];
  if (!LEARNER_REF.test(learnerReference(input.learnerRef))) problems.push({ rule: 'learner-reference', field: 'learnerRef', detail: "The learner is named by the academy's reference for them (letters, digits and - / . _), never by their name." });
  if (input.toOrganisationId === input.fromOrganisationId) problems.push({ rule: 'transfer-to-another-organisation', field: 'toOrganisationId', detail: 'A file is transferred to the organisation the learner moves to, not within this one.' });
  return problems;
}

/** A transfer as sent: the first step of its trail. */
export const sent = (now: Date): Transfer => ({ state: 'sent', sentAt: now, viewed: null, accepted: null, declined: null });

const MAX_REASON = 1_000;

/**
 * A step of the receipt trail, or why not. Opening a transfer marks it viewed the first time (later readings
 * are audited, and change nothing); accepting or declining answers it once, for good. Accepting without having
 * opened it is not possible in the pages, but the trail then shows it viewed at the same moment.
 */
export function transferStep(t: Transfer, event: TransferEvent, ctx: { now: Date; by: string }): Result<Transfer> {
  switch (event.type) {
    case 'view':
      return ok(t.viewed ? t : { ...t, state: t.state === 'sent' ? 'viewed' : t.state, viewed: { at: ctx.now, by: ctx.by } });
    case 'accept': {
      if (t.state === 'accepted' || t.state === 'declined') return refused({ rule: 'transfer-answered', detail: `This transfer was already ${t.state}.` });
      const learnerRef = learnerReference(event.learnerRef);
      if (!LEARNER_REF.test(learnerRef)) return refused({ rule: 'learner-reference', field: 'learnerRef', detail: "Give the learner your academy's own reference for them (letters, digits and - / . _), never their name." });
      return ok({ ...t, state: 'accepted', viewed: t.viewed ?? { at: ctx.now, by: ctx.by }, accepted: { at: ctx.now, by: ctx.by, learnerRef } });
    }
    case 'decline': {
      if (t.state === 'accepted' || t.state === 'declined') return refused({ rule: 'transfer-answered', detail: `This transfer was already ${t.state}.` });
      if (event.reason.trim().length < 10) return refused({ rule: 'reason-needed', field: 'reason', detail: 'Say, in a sentence, why you do not accept it (the learner is not joining you, say), so that the sender can act.' });
      if (event.reason.length > MAX_REASON) return refused({ rule: 'text-too-long', field: 'reason', detail: `At most ${MAX_REASON} characters.` });
      return ok({ ...t, state: 'declined', viewed: t.viewed ?? { at: ctx.now, by: ctx.by }, declined: { at: ctx.now, by: ctx.by, reason: event.reason } });
    }
  }
}

/** Whether the receiving school is late to accept: still unanswered after the time it had. */
export const overdue = (t: Pick<Transfer, 'state'>, acceptBy: Date, now: Date) => (t.state === 'sent' || t.state === 'viewed') && now.getTime() > acceptBy.getTime();

/** The receiving DSLs' notice of a file sent to them: that it exists, from where, and a link; never its content. */
export const arrivalMessage = (from: string, link: string) => ({
  subject: "A learner's safeguarding file has been sent to you",
  body: `${from} has sent you the safeguarding file of a learner moving to your school. Open it in Probity to read and accept it within five school days.\n\n${link}`,
});

/** The sending DSL's notice of the answer: accepted or declined, and a link to the trail. */
export const answerMessage = (state: 'accepted' | 'declined', to: string, link: string) => ({
  subject: state === 'accepted' ? 'A safeguarding file you sent was accepted' : 'A safeguarding file you sent was declined',
  body: `${to} ${state} the safeguarding file you sent.${state === 'declined' ? ' Their reason is in the transfer’s trail.' : ''}\n\n${link}`,
});
