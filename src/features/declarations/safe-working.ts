import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/index.ts';
import { audit } from '../../platform/audit/index.ts';
import { clock } from '../../platform/clock.ts';
import { Conflict, Invalid, NotFound } from '../../platform/errors.ts';
import { notify } from '../../platform/notifications/index.ts';
import { personName } from '../../platform/people/queries.ts';
import { people } from '../../platform/people/schema.ts';
import { accessible, allowedOn, can, relationColumns, relationsIn, type Actor, type RecordAccess, type Subject } from '../../platform/policy.ts';
import { unwrap } from '../../platform/result.ts';
import { readCitations } from '../codes/index.ts';
import type { DeadlinesContext } from '../deadlines/index.ts';
import { SAFE_WORKING_KINDS, route, safeWorkingRequest, safeWorkingStanding, safeWorkingStep, type SafeWorkingEvent, type SafeWorkingKind, type SafeWorkingRequest } from './rules.ts';
import { safeWorkingRequests } from './schema.ts';
import { holdersFor, standingOf } from './service.ts';

// Safe-working approvals and notices (003 Appendix 1; §15.1): the request, whom it goes to, each condition
// as it is met, and the manager's decision; the record shows what was met before the journey or meeting.

type Row = typeof safeWorkingRequests.$inferSelect;

/** A request as the policy sees it: its requester's; assigned to those it was routed to, who decide it or are told of it. */
const safeWorkingAccess: RecordAccess = {
  organisationId: safeWorkingRequests.organisationId,
  ownerId: safeWorkingRequests.requesterId,
  relations: { assigned: (personId) => sql`${personId}::uuid = any(${safeWorkingRequests.deciderIds})` },
};

const subjectOf = (row: Row & Record<string, unknown>): Subject => ({ organisationId: row.organisationId, academyId: row.academyId, ownerId: row.requesterId, relations: relationsIn(row) });

const kindOf = (id: string): SafeWorkingKind => {
  const kind = SAFE_WORKING_KINDS.find((k) => k.id === id);
  if (!kind) throw Invalid.field('body.kind', `is one of ${SAFE_WORKING_KINDS.map((k) => k.id).join(', ')}`);
  return kind;
};

const dates = (conditions: Readonly<Record<string, Date | null>>) => Object.fromEntries(Object.entries(conditions).map(([id, at]) => [id, at ? at.toISOString() : null]));

/** The request as the rules hold it. */
const domainOf = (row: Row): SafeWorkingRequest => ({
  kind: row.kind,
  requesterId: row.requesterId,
  eventAt: row.eventAt,
  requestedAt: row.requestedAt,
  state: row.state,
  conditions: Object.fromEntries(Object.entries(row.conditions).map(([id, at]) => [id, at ? new Date(at) : null])),
  decision: row.decidedAt && row.decidedBy ? { by: row.decidedBy, at: row.decidedAt, approved: row.state === 'approved', reason: row.reason } : null,
  lastChangedAt: row.lastChangedAt,
});

/** The kinds of request, each with the provisions that ask for it and the conditions it records. */
export async function safeWorkingKinds(db: Db, actor: Actor) {
  return Promise.all(
    SAFE_WORKING_KINDS.map(async (k) => ({
      id: k.id,
      title: k.title,
      needs: k.needs,
      cites: (await readCitations(db, [...k.cites], actor.organisationId)).filter((c) => c !== null),
      conditions: k.conditions.map((c) => ({ id: c.id, label: c.label, metByApproval: c.metByApproval ?? false })),
    })),
  );
}

async function loadFor(db: Tx, actor: Actor, id: string, lock = false) {
  const query = db
    .select({ row: safeWorkingRequests, relations: relationColumns(actor, safeWorkingAccess) })
    .from(safeWorkingRequests)
    .where(and(eq(safeWorkingRequests.id, id), eq(safeWorkingRequests.organisationId, actor.organisationId)));
  const [found] = lock ? await query.for('update', { of: safeWorkingRequests }) : await query;
  const row = found && { ...found.row, ...found.relations };
  if (!row || !can(actor, 'safe_working.read', subjectOf(row))) throw new NotFound('safe-working request');
  return row;
}

async function present(db: Db, actor: Actor, row: Row & Record<string, unknown>) {
  const kind = kindOf(row.kind);
  const standing = safeWorkingStanding(domainOf(row), kind);
  const ids = [row.requesterId, ...(row.decidedBy ? [row.decidedBy] : [])];
  const names = await db.select({ id: people.id, name: personName }).from(people).where(inArray(people.id, ids));
  const nameOf = (id: string) => names.find((n) => n.id === id)?.name ?? 'someone';
  const open = row.state === 'requested';
  return {
    id: row.id,
    kind: { id: kind.id, title: kind.title, needs: kind.needs },
    requester: { id: row.requesterId, name: nameOf(row.requesterId) },
    learner: row.learner,
    purpose: row.purpose,
    eventAt: row.eventAt,
    requestedAt: row.requestedAt,
    state: row.state,
    conditions: standing.conditions.map((c) => ({ ...c, metAt: row.conditions[c.id] ?? null })),
    allMetBeforeEvent: standing.allMetBeforeEvent,
    approvedAfterEvent: standing.approvedAfterEvent,
    decision: row.decidedAt && row.decidedBy ? { by: nameOf(row.decidedBy), at: row.decidedAt, approved: row.state === 'approved', reason: row.reason } : null,
    // Requested: the requester records conditions or withdraws, the manager decides. Approved: conditions are still recorded as they are met.
    allowed: allowedOn(actor, subjectOf(row), open && kind.needs === 'approval' ? ['safe_working.request', 'safe_working.decide'] : open || row.state === 'approved' ? ['safe_working.request'] : []),
  };
}

/** The actor's own requests and notices, and those that came to them, newest events first. */
export async function listSafeWorking(db: Db, actor: Actor) {
  const rows = await db
    .select({ row: safeWorkingRequests, relations: relationColumns(actor, safeWorkingAccess) })
    .from(safeWorkingRequests)
    .where(accessible(actor, 'safe_working.read', safeWorkingAccess))
    .orderBy(desc(safeWorkingRequests.eventAt))
    .limit(500);
  const presented = await Promise.all(rows.map((r) => present(db, actor, { ...r.row, ...r.relations })));
  return { mine: presented.filter((r) => r.requester.id === actor.personId), toMe: presented.filter((r) => r.requester.id !== actor.personId) };
}

export async function getSafeWorking(db: Db, actor: Actor, id: string) {
  return present(db, actor, await loadFor(db, actor, id));
}

/** Asks for a manager's agreement in advance, or gives notice beforehand, as the kind needs; it goes to the requester's line manager (stepping up where there is none). */
export async function requestSafeWorking(ctx: DeadlinesContext, actor: Actor, input: { kind: string; learner: string; purpose: string; eventAt: Date }) {
  const kind = kindOf(input.kind);
  const { audiences, declarant } = await standingOf(ctx.db, actor.organisationId, actor.personId);
  if (!audiences.includes('staff')) throw new Conflict('staff-only', 'For staff', 'Safe-working requests are made by staff of the organisation.');
  const holders = await holdersFor(ctx.db, actor.organisationId, { routing: { colleague: [kind.to] } }, declarant);
  const deciders = unwrap(route({ title: kind.title, routing: { colleague: [kind.to] } }, declarant, [], holders)).map((r) => r.personId);
  const now = clock.now();
  const request = safeWorkingRequest(kind, actor.personId, input.eventAt, now);
  const id = await ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(safeWorkingRequests)
      .values({ organisationId: actor.organisationId, requesterId: actor.personId, academyId: declarant.academyId, kind: kind.id, learner: input.learner, purpose: input.purpose, eventAt: input.eventAt, requestedAt: now, conditions: dates(request.conditions), deciderIds: deciders, lastChangedAt: now })
      .returning();
    const [me] = await tx.select({ name: personName }).from(people).where(eq(people.id, actor.personId));
    for (const personId of deciders) {
      await notify(tx, ctx.mailer, ctx.publicUrl, {
        personId,
        organisationId: actor.organisationId,
        kind: 'safe_working.requested',
        title: `${kind.needs === 'approval' ? 'Approval asked' : 'Notice given'}: ${kind.title.toLowerCase()} (${me!.name})`,
        body: kind.needs === 'approval' ? `${me!.name} asks you to agree in advance. Decide before it takes place.` : `${me!.name} tells you beforehand, as the code asks.`,
        link: `/orgs/${actor.organisationId}/safe-working/${row!.id}`,
        urgent: kind.needs === 'approval',
        dedupeKey: `safe_working:${row!.id}:requested:${personId}`,
      });
    }
    await audit(tx, actor, { organisationId: actor.organisationId, action: 'safe_working.requested', recordType: 'safe_working_request', recordId: row!.id, details: { kind: kind.id, eventAt: input.eventAt.toISOString() } });
    return row!.id;
  });
  void ctx.mailer.deliver().catch(() => 0);
  return getSafeWorking(ctx.db, actor, id);
}

const STEP_ACTION = { record_condition: 'safe_working.request', withdraw: 'safe_working.request', approve: 'safe_working.decide', refuse: 'safe_working.decide' } as const;
const AUDITED = { record_condition: 'safe_working.condition_recorded', withdraw: 'safe_working.withdrawn', approve: 'safe_working.approved', refuse: 'safe_working.refused' } as const;

export type SafeWorkingStep = { type: 'record_condition'; condition: string } | { type: 'approve'; reason?: string | undefined } | { type: 'refuse'; reason: string } | { type: 'withdraw' };

/** One step of a request (rules: safeWorkingStep), if the policy lets the actor take it; a decision is told to the requester. */
export async function stepSafeWorking(ctx: DeadlinesContext, actor: Actor, id: string, step: SafeWorkingStep) {
  await ctx.db.transaction(async (tx) => {
    const row = await loadFor(tx, actor, id, true);
    if (!can(actor, STEP_ACTION[step.type], subjectOf(row))) throw new NotFound('safe-working request');
    const kind = kindOf(row.kind);
    const now = clock.now();
    const event: SafeWorkingEvent =
      step.type === 'approve' ? { type: 'approve', by: actor.personId, ...(step.reason ? { reason: step.reason } : {}) } : step.type === 'refuse' ? { type: 'refuse', by: actor.personId, reason: step.reason } : step;
    const next = unwrap(safeWorkingStep(domainOf(row), event, kind, now));
    await tx
      .update(safeWorkingRequests)
      .set({ state: next.state, conditions: dates(next.conditions), decidedBy: next.decision?.by ?? null, decidedAt: next.decision?.at ?? null, reason: next.decision?.reason ?? null, lastChangedAt: next.lastChangedAt })
      .where(eq(safeWorkingRequests.id, row.id));
    await audit(tx, actor, { organisationId: actor.organisationId, action: AUDITED[step.type], recordType: 'safe_working_request', recordId: row.id, details: step.type === 'record_condition' ? { condition: step.condition } : {} });
    if (step.type === 'approve' || step.type === 'refuse') {
      await notify(tx, ctx.mailer, ctx.publicUrl, {
        personId: row.requesterId,
        organisationId: actor.organisationId,
        kind: 'safe_working.decided',
        title: `${kind.title}: ${step.type === 'approve' ? 'approved' : 'refused'}`,
        body: step.type === 'approve' ? 'Your request was approved. Record each condition as it is met, before it takes place.' : `Your request was refused: ${step.reason}`,
        link: `/orgs/${actor.organisationId}/safe-working/${row.id}`,
        dedupeKey: `safe_working:${row.id}:decided`,
      });
    }
  });
  void ctx.mailer.deliver().catch(() => 0);
  return getSafeWorking(ctx.db, actor, id);
}
