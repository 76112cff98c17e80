import { and, asc, desc, eq, inArray, isNotNull, isNull, ne, or, sql, type AnyColumn, type SQL } from 'drizzle-orm';
import type { Db, Transaction, Tx } from '../../db/index.ts';
import { outsideTheWall, withinOrganisation } from '../../db/wall.ts';
import { audit } from '../../platform/audit/index.ts';
import { endOfLondonDay, inLondon, londonInstant, type IsoDate } from '../../platform/calendar/index.ts';
import { clock } from '../../platform/clock.ts';
import { Conflict, Invalid, NotFound, Refused } from '../../platform/errors.ts';
import { notify } from '../../platform/notifications/index.ts';
import type { Page } from '../../platform/paging.ts';
import { peopleByName, personName, roleHolders } from '../../platform/people/queries.ts';
import { academies, employments, memberships, organisations, people, roleAssignments } from '../../platform/people/schema.ts';
import { accessible, allowedOn, can, relationColumns, relationsIn, type Action, type Actor, type RecordAccess, type Role, type Subject } from '../../platform/policy.ts';
import { unwrap } from '../../platform/result.ts';
import { readCitations, versionsInForce } from '../codes/index.ts';
import { openCase as openCaseFrom, type CasesContext, type CaseTypeId } from '../cases/index.ts';
import { KINDS, createDeadline, durationMs, meetRecordDeadlines } from '../deadlines/index.ts';
import {
  DEFAULT_KINDS,
  RELATED_DUTIES,
  STEP_UP,
  TRANSITIONS,
  citationsUnder,
  declarantView,
  draft,
  dutiesElsewhere,
  eventsFrom,
  fieldsToSend,
  daysLateWords,
  namedPeople,
  needsApproval,
  route,
  tailor,
  timeliness,
  transition,
  type AdoptedCode,
  type Audience,
  type Declarant,
  type Declaration,
  type DeclarationEvent,
  type DeclarationKind,
  type DutyElsewhere,
  type FieldValues,
  type Membership,
  type Recipient,
} from './rules.ts';
import { declarationCatalogues, declarationRecipients, declarations, declarationSteps } from './schema.ts';

// Declarations as a service: the catalogue of each organisation, drafts, submission and routing, the
// recipients' steps, and the duties one event triggers in a person's other organisations. The rules are
// rules.ts; who may take each step is the policy's, asked with the declaration's relations to the actor.

export type DeclarationsContext = CasesContext;
type Row = typeof declarations.$inferSelect;

/** The organisation's catalogue: the defaults with its tailoring, and its gift threshold. */
export async function catalogueOf(db: Tx, organisationId: string) {
  const [row] = await db.select().from(declarationCatalogues).where(eq(declarationCatalogues.organisationId, organisationId));
  return {
    kinds: unwrap(tailor(DEFAULT_KINDS, row?.tailoring ?? {})),
    giftThresholdPence: row?.giftThresholdPence ?? null,
    acknowledgeWithinMinutes: row?.acknowledgeWithinMinutes ?? DEFAULT_ACKNOWLEDGE_WITHIN_MINUTES,
  };
}

/** A report the code asks for at once goes to the recipient's line manager when not acknowledged within the organisation's time; by default the deadline kind's. */
export const DEFAULT_ACKNOWLEDGE_WITHIN_MINUTES = durationMs(KINDS['declaration-acknowledgement'].schedule.escalateAfter!) / 60_000;

/** The versions of codes the organisation has in force, as the rules read adoption. */
async function adoptedCodes(db: Tx, organisationId: string): Promise<AdoptedCode[]> {
  return (await versionsInForce(db, organisationId)).map((v) => ({ code: v.codeId, version: v.version }));
}

/** Where a person stands in an organisation: whom its declarations are for (member, staff) and where they work. */
export async function standingOf(db: Tx, organisationId: string, personId: string): Promise<{ audiences: Audience[]; declarant: Declarant }> {
  // One after another: `db` may be a transaction, whose one connection takes one query at a time.
  const [membership] = await db.select({ status: memberships.status, selfEmployed: memberships.selfEmployed }).from(memberships).where(and(eq(memberships.organisationId, organisationId), eq(memberships.personId, personId)));
  const [post] = await db.select({ academyId: employments.academyId }).from(employments).where(and(eq(employments.organisationId, organisationId), eq(employments.personId, personId), isNull(employments.endedOn))).limit(1);
  const [principal] = await db.select({ academyId: roleAssignments.academyId }).from(roleAssignments).where(and(eq(roleAssignments.organisationId, organisationId), eq(roleAssignments.personId, personId), eq(roleAssignments.role, 'principal'))).limit(1);
  // A member whose membership has ended owes the body nothing more; an applicant already does (000 provision 11).
  const member = membership && ['applicant', 'active', 'suspended'].includes(membership.status);
  const audiences: Audience[] = [...(member ? ['member' as const] : []), ...(member && membership.selfEmployed ? ['self_employed_member' as const] : []), ...(post ? ['staff' as const] : [])];
  return { audiences, declarant: { personId, isPrincipal: Boolean(principal), academyId: principal?.academyId ?? post?.academyId ?? null } };
}

/** Who holds each place a kind may name for this declarant, the places it steps up to included. */
export async function holdersFor(db: Tx, organisationId: string, kind: Pick<DeclarationKind, 'routing'>, declarant: Declarant) {
  const places = new Set<Recipient>();
  for (const start of [...kind.routing.colleague, ...(kind.routing.principal ?? []), ...(kind.routing.central ?? [])]) {
    for (let place: Recipient | undefined = start; place && !places.has(place); place = STEP_UP[place]) places.add(place);
  }
  const roles = [...places].filter((p): p is Role => p !== 'line_manager');
  const byRole = await roleHolders(db, organisationId, roles, declarant.academyId);
  const [post] = await db.select({ managerId: employments.lineManagerId }).from(employments).where(and(eq(employments.organisationId, organisationId), eq(employments.personId, declarant.personId), isNull(employments.endedOn))).limit(1);
  return (place: Recipient): readonly string[] => (place === 'line_manager' ? (post?.managerId ? [post.managerId] : []) : (byRole.get(place) ?? []));
}

const kindNamed = (kinds: readonly DeclarationKind[], id: string, field = 'body.kind') => {
  const kind = kinds.find((k) => k.id === id);
  if (!kind) throw Invalid.field(field, 'is not a kind of declaration in this organisation');
  return kind;
};

// ─── Access ──────────────────────────────────────────────────────────────────────────────────────────────

/**
 * A declaration as the policy sees it: its declarant owns it; it is assigned to those it was routed to;
 * anyone it names is recused from it; for leaders' registers it lies in the declarant's academy.
 */
export const declarationAccess: RecordAccess = {
  organisationId: declarations.organisationId,
  ownerId: declarations.declarantId,
  within: (academyIds, regionIds) =>
    or(
      academyIds.length ? inArray(declarations.academyId, academyIds) : undefined,
      regionIds.length ? sql`${declarations.academyId} in (select ${academies.id} from ${academies} where ${inArray(academies.regionId, regionIds)})` : undefined,
      sql`false`,
    )!,
  relations: {
    // The declarations that came to the person, gathered once for the whole query and found by their key.
    assigned: (personId, organisationId) =>
      sql`${declarations.id} = any(array(select ${declarationRecipients.declarationId} from ${declarationRecipients} where ${declarationRecipients.organisationId} = ${organisationId} and ${declarationRecipients.personId} = ${personId}))`,
    recused: (personId) => sql`${personId}::uuid = any(${declarations.namedPersonIds})`,
  },
};

const subjectOf = (row: Row & Record<string, unknown>): Subject => ({ organisationId: row.organisationId, academyId: row.academyId, ownerId: row.declarantId, relations: relationsIn(row) });

/** One declaration the actor may take the action on, with their relations to it; otherwise not found. */
async function loadFor(db: Tx, actor: Actor, id: string, action: Action, lock = false) {
  const query = db
    .select({ row: declarations, relations: relationColumns(actor, declarationAccess) })
    .from(declarations)
    .where(and(eq(declarations.id, id), eq(declarations.organisationId, actor.organisationId)));
  const [found] = lock ? await query.for('update', { of: declarations }) : await query;
  if (!found) throw new NotFound('declaration');
  const row = { ...found.row, ...found.relations };
  if (!can(actor, 'declaration.read', subjectOf(row)) || !can(actor, action, subjectOf(row))) throw new NotFound('declaration');
  return row;
}

/** The declaration as the rules hold it: the row and its steps so far. */
async function domainOf(db: Tx, row: Row): Promise<Declaration> {
  const steps = await db.select().from(declarationSteps).where(eq(declarationSteps.declarationId, row.id)).orderBy(asc(declarationSteps.at));
  return {
    kind: row.kind,
    state: row.state,
    fields: row.fields,
    occurredOn: row.occurredOn,
    createdAt: row.createdAt,
    submittedAt: row.submittedAt,
    acknowledgedAt: row.acknowledgedAt,
    markedForCaseAt: row.markedForCaseAt,
    closedAt: row.closedAt,
    outcome: row.outcome,
    history: steps.map((s) => ({ event: s.event as DeclarationEvent['type'], at: s.at, from: s.fromState, to: s.toState, note: s.note })),
  };
}

// ─── Presenting ──────────────────────────────────────────────────────────────────────────────────────────

const CANDIDATES = ['declaration.make', 'declaration.acknowledge', 'declaration.review', 'declaration.mark_for_case', 'declaration.close'] as const;

/** What the actor may do next with a declaration in its state: the policy's answer for the steps open from it. */
function allowedFor(actor: Actor, row: Row & Record<string, unknown>) {
  const open = new Set(eventsFrom(row.state).map((event) => TRANSITIONS[event].action));
  return allowedOn(actor, subjectOf(row), CANDIDATES.filter((action) => open.has(action)));
}

const timeLimitWords = (kind: DeclarationKind) =>
  kind.timeLimit === null ? null : kind.timeLimit.type === 'immediately' ? 'at once' : `within ${kind.timeLimit.days} days of it happening`;

const fieldSpecs = (kind: DeclarationKind) => kind.fields.map((f) => ({ name: f.name, label: f.label, type: f.type, required: f.required, choices: f.choices ? [...f.choices] : null }));

/** A kind as a form reads it: what it asks, which provisions ask for it, its fields, and how soon it is due. */
async function presentKind(db: Db, organisationId: string, kind: DeclarationKind, adopted: readonly AdoptedCode[], goesTo: { id: string; name: string; as: string }[]) {
  const under = citationsUnder(kind, adopted);
  const cites = under.ok ? (await readCitations(db, under.value, organisationId)).filter((c) => c !== null) : [];
  return {
    id: kind.id,
    title: kind.title,
    asks: kind.asks,
    audience: kind.audience,
    fields: fieldSpecs(kind),
    cites,
    imposedByCode: kind.imposedByCode,
    sensitive: kind.sensitive,
    timeLimit: timeLimitWords(kind),
    /** Null when it may be made here; otherwise why not (its code is not adopted). */
    closedBecause: under.ok ? null : under.refusals[0]!.detail,
    /** Whom it would go to, as its routing stands today (before anyone it names is left out). */
    goesTo,
  };
}

async function present(db: Db, actor: Actor, row: Row & Record<string, unknown>) {
  const [{ kinds, giftThresholdPence }, domain] = await Promise.all([catalogueOf(db, row.organisationId), domainOf(db, row)]);
  const kind = kinds.find((k) => k.id === row.kind);
  const receiving = relationsIn(row).includes('assigned');
  const [recipients, names, actors, cites] = await Promise.all([
    db
      .select({ id: declarationRecipients.personId, name: personName, as: declarationRecipients.receivesAs, steppedUpFrom: declarationRecipients.steppedUpFrom })
      .from(declarationRecipients)
      .innerJoin(people, eq(people.id, declarationRecipients.personId))
      .where(eq(declarationRecipients.declarationId, row.id)),
    db.select({ id: people.id, name: personName }).from(people).where(inArray(people.id, [row.declarantId, ...row.namedPersonIds])),
    receiving ? db.select({ at: declarationSteps.at, by: personName }).from(declarationSteps).innerJoin(people, eq(people.id, declarationSteps.actorId)).where(eq(declarationSteps.declarationId, row.id)).orderBy(asc(declarationSteps.at)) : [],
    readCitations(db, row.cites, row.organisationId),
  ]);
  const nameOf = (id: string) => names.find((n) => n.id === id)?.name ?? 'someone';
  // The declarant sees where it stands, never the recipients' notes (rules: declarantView); a recipient sees all.
  const history = receiving ? domain.history.map((h, i) => ({ ...h, by: actors[i]?.by ?? null })) : declarantView(domain).history.map((h) => ({ ...h, note: null, by: null }));
  return {
    id: row.id,
    organisationId: row.organisationId,
    kind: { id: row.kind, title: kind?.title ?? row.kind, sensitive: kind?.sensitive ?? true, timeLimit: kind ? timeLimitWords(kind) : null, fields: kind ? fieldSpecs(kind) : [] },
    state: row.state,
    fields: row.fields as Record<string, unknown>,
    occurredOn: row.occurredOn,
    createdAt: row.createdAt,
    submittedAt: row.submittedAt,
    acknowledgedAt: row.acknowledgedAt,
    markedForCaseAt: row.markedForCaseAt,
    closedAt: row.closedAt,
    outcome: row.outcome,
    daysLate: row.daysLate,
    lateness: daysLateWords(row.daysLate),
    cites: cites.filter((c) => c !== null),
    declarant: { id: row.declarantId, name: nameOf(row.declarantId) },
    named: row.namedPersonIds.map((id) => ({ id, name: nameOf(id) })),
    recipients,
    consent: row.consent,
    /** A gift above the threshold: its recipient closes it approved or declined. */
    approvalNeeded: needsApproval(row.kind, row.fields, giftThresholdPence),
    history,
    allowed: allowedFor(actor, row),
  };
}

// ─── The catalogue as a person reads it ──────────────────────────────────────────────────────────────────

/** The kinds the actor may make here (those for a member, for staff, for the self-employed, as they are), each with why it may not be made where its code is not adopted. */
export async function kindsFor(db: Db, actor: Actor) {
  const [{ kinds }, { audiences, declarant }, adopted] = await Promise.all([catalogueOf(db, actor.organisationId), standingOf(db, actor.organisationId, actor.personId), adoptedCodes(db, actor.organisationId)]);
  const mine = kinds.filter((k) => audiences.includes(k.audience));
  // Every place any of the kinds names, looked up once.
  const places = [...new Set(mine.flatMap((k) => [...k.routing.colleague, ...(k.routing.principal ?? []), ...(k.routing.central ?? [])]))];
  const holders = await holdersFor(db, actor.organisationId, { routing: { colleague: places } }, declarant);
  const routed = mine.map((k) => route(k, declarant, [], holders));
  const ids = [...new Set(routed.flatMap((r) => (r.ok ? r.value.map((p) => p.personId) : [])))];
  const names = ids.length ? await db.select({ id: people.id, name: personName }).from(people).where(inArray(people.id, ids)) : [];
  return Promise.all(
    mine.map((k, i) => {
      const r = routed[i]!;
      const goesTo = r.ok ? r.value.map((p) => ({ id: p.personId, name: names.find((n) => n.id === p.personId)?.name ?? '', as: p.as })) : [];
      return presentKind(db, actor.organisationId, k, adopted, goesTo);
    }),
  );
}

/** People of the organisation by name, for a declaration's field that names someone: their name only. */
export const peopleToName = (db: Db, actor: Actor, q: string) => peopleByName(db, actor.organisationId, q, { except: actor.personId });

// ─── Drafts ──────────────────────────────────────────────────────────────────────────────────────────────

export interface NewDeclaration {
  kind: string;
  /** One of the kind's codes, where it cites several and the person chose. */
  code?: string | undefined;
  fields: FieldValues;
  /** Facts carried from the person's own declaration in another organisation, with their consent (000 provision 8). */
  carriedFrom?: { organisationId: string; declarationId: string; chosen: string[]; consent: string } | undefined;
}

/**
 * The declarant's own deadline for a kind's duty (the Deadlines engine's kind for it): from the day it
 * happened for a duty counted in days; from now for one to be reported at once.
 */
async function startDuty(ctx: DeclarationsContext, tx: Transaction, actor: Actor, row: Row, kind: DeclarationKind) {
  if (!kind.deadlineKind || !row.occurredOn) return;
  const startsAt = kind.timeLimit?.type === 'calendar_days' ? londonInstant(row.occurredOn as IsoDate, '00:00') : clock.now();
  await createDeadline(ctx, tx, actor, { organisationId: row.organisationId, kind: kind.deadlineKind, ownerId: row.declarantId, startsAt, academyId: row.academyId, recordType: 'declaration', recordId: row.id });
}

/** The fields of the person's own declaration elsewhere that they chose to carry here, with their consent. */
async function carried(db: Db, actor: Actor, kind: DeclarationKind, from: NonNullable<NewDeclaration['carriedFrom']>): Promise<{ fields: FieldValues; consent: { statement: string; givenAt: string } }> {
  if (from.organisationId === actor.organisationId) throw Invalid.field('body.carriedFrom.organisationId', 'is this organisation: facts are carried from another one');
  // A person's own record in another organisation they belong to, read behind that organisation's wall: by
  // their own right as its declarant, and only to copy the fields they chose, with their consent.
  const [source] = await withinOrganisation(from.organisationId, async () =>
    await db
      .select()
      .from(declarations)
      .where(and(eq(declarations.id, from.declarationId), eq(declarations.organisationId, from.organisationId), eq(declarations.declarantId, actor.personId), ne(declarations.state, 'draft'))),
  );
  if (!source) throw new NotFound('declaration');
  const memberships = await membershipsOf(db, actor.personId);
  const duty = dutiesElsewhere({ kind: source.kind, fields: source.fields }, source.organisationId, memberships).find((d) => d.organisationId === actor.organisationId && d.kind === kind.id);
  if (!duty) throw Invalid.field('body.kind', `is not a duty here that "${source.kind}" triggers`);
  const givenAt = clock.now();
  const fields = unwrap(fieldsToSend(duty, from.chosen, from.consent.trim() ? { statement: from.consent, givenAt } : null), 'body.carriedFrom');
  return { fields, consent: { statement: from.consent, givenAt: givenAt.toISOString() } };
}

/** Starts a declaration as a draft, with any fields given; refused when its code is not adopted here. */
export async function draftDeclaration(ctx: DeclarationsContext, actor: Actor, input: NewDeclaration) {
  const [{ kinds }, { audiences, declarant }, adopted] = await Promise.all([catalogueOf(ctx.db, actor.organisationId), standingOf(ctx.db, actor.organisationId, actor.personId), adoptedCodes(ctx.db, actor.organisationId)]);
  const kind = kindNamed(kinds, input.kind);
  if (!audiences.includes(kind.audience)) throw Invalid.field('body.kind', `is for ${kind.audience.replaceAll('_', ' ')}s, which you are not here`);
  const cites = unwrap(citationsUnder(kind, adopted, input.code));
  const from = input.carriedFrom ? await carried(ctx.db, actor, kind, input.carriedFrom) : null;
  const now = clock.now();
  const edited = unwrap(transition(draft(kind, now), { type: 'edit', fields: { ...input.fields, ...from?.fields } }, { now, kind, bornOn: null, declarantId: actor.personId }), 'body.fields');
  const id = await ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(declarations)
      .values({ organisationId: actor.organisationId, declarantId: actor.personId, academyId: declarant.academyId, kind: kind.id, fields: edited.fields, occurredOn: edited.occurredOn, cites, consent: from?.consent ?? null, createdAt: now })
      .returning();
    await audit(tx, actor, { organisationId: actor.organisationId, action: 'declaration.drafted', recordType: 'declaration', recordId: row!.id, details: { kind: kind.id, withConsentFrom: from ? 'another organisation' : null } });
    await startDuty(ctx, tx, actor, row!, kind);
    return row!.id;
  });
  return present(ctx.db, actor, await loadFor(ctx.db, actor, id, 'declaration.read'));
}

/** Changes a draft's fields (those given; null clears one). A changed date restarts the duty's deadline from it. */
export async function editDeclaration(ctx: DeclarationsContext, actor: Actor, id: string, fields: FieldValues) {
  await ctx.db.transaction(async (tx) => {
    const row = await loadFor(tx, actor, id, 'declaration.make', true);
    const kind = kindNamed((await catalogueOf(tx, actor.organisationId)).kinds, row.kind);
    const cleared = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== null));
    const kept = Object.fromEntries(Object.entries(row.fields).filter(([name]) => !(name in fields)));
    const domain = { ...(await domainOf(tx, row)), fields: kept };
    const next = unwrap(transition(domain, { type: 'edit', fields: cleared }, { now: clock.now(), kind, bornOn: null, declarantId: actor.personId }), 'body.fields');
    await tx.update(declarations).set({ fields: next.fields, occurredOn: next.occurredOn }).where(eq(declarations.id, row.id));
    await audit(tx, actor, { organisationId: actor.organisationId, action: 'declaration.edited', recordType: 'declaration', recordId: row.id, details: { fields: Object.keys(fields) } });
    if (next.occurredOn !== row.occurredOn) {
      await meetRecordDeadlines(tx, actor, { organisationId: row.organisationId, recordType: 'declaration', recordId: row.id, ownerId: row.declarantId, waivedReason: 'The date it happened was changed' });
      await startDuty(ctx, tx, actor, { ...row, occurredOn: next.occurredOn }, kind);
    }
  });
  return present(ctx.db, actor, await loadFor(ctx.db, actor, id, 'declaration.read'));
}

/** Discards a draft: nothing was sent, so nothing is kept but the trail's entry; its deadline is waived. */
export async function discardDeclaration(ctx: DeclarationsContext, actor: Actor, id: string) {
  await ctx.db.transaction(async (tx) => {
    const row = await loadFor(tx, actor, id, 'declaration.make', true);
    if (row.state !== 'draft') throw new Conflict('declaration-state', 'Not a draft', `Only a draft is discarded; this one is ${row.state.replaceAll('_', ' ')}.`);
    await meetRecordDeadlines(tx, actor, { organisationId: row.organisationId, recordType: 'declaration', recordId: row.id, waivedReason: 'The draft was discarded' });
    await tx.delete(declarations).where(eq(declarations.id, row.id));
    await audit(tx, actor, { organisationId: actor.organisationId, action: 'declaration.discarded', recordType: 'declaration', recordId: row.id, details: { kind: row.kind } });
  });
}


/** The people a declaration names must be people of the organisation: nobody of another organisation is named here. */
async function namedHere(db: Tx, organisationId: string, kind: DeclarationKind, fields: FieldValues) {
  const named = namedPeople(kind, fields);
  if (named.length === 0) return named;
  const found = await db.selectDistinct({ id: roleAssignments.personId }).from(roleAssignments).where(and(eq(roleAssignments.organisationId, organisationId), inArray(roleAssignments.personId, named)));
  const strangers = kind.fields.filter((f) => f.type === 'person' && typeof fields[f.name] === 'string' && !found.some((p) => p.id === fields[f.name]));
  if (strangers.length) throw new Invalid(strangers.map((f) => ({ field: `body.fields.${f.name}`, reason: 'is not a person of this organisation' })));
  return named;
}

// ─── Steps ───────────────────────────────────────────────────────────────────────────────────────────────

const AUDITED = { submit: 'declaration.submitted', acknowledge: 'declaration.acknowledged', record_action: 'declaration.reviewed', mark_for_case: 'declaration.marked_for_case', close: 'declaration.closed' } as const;
export type Step = Exclude<DeclarationEvent, { type: 'edit' }>;

/** The place a recipient receives a declaration in, as its alert names it. */
const PLACE_WORDS: Record<string, string> = { line_manager: 'their line manager' };
const placeWords = (place: string) => PLACE_WORDS[place] ?? `a ${place.replaceAll('_', ' ')}`;

/**
 * Submission: the fields complete, the code still adopted, the people named of the organisation, and the
 * recipients by the kind's routing; the declarant's own deadline met, each recipient alerted (at once, and
 * with a deadline to acknowledge that escalates, where the code asks for the report immediately).
 */
async function submitted(ctx: DeclarationsContext, tx: Transaction, actor: Actor, row: Row, kind: DeclarationKind, next: Declaration, now: Date) {
  // One after the other: a transaction's queries share its one connection.
  const { declarant } = await standingOf(tx, row.organisationId, row.declarantId);
  const adopted = await adoptedCodes(tx, row.organisationId);
  const [me] = await tx.select({ name: personName }).from(people).where(eq(people.id, row.declarantId));
  const cites = unwrap(citationsUnder(kind, adopted));
  const named = await namedHere(tx, row.organisationId, kind, next.fields);
  const routed = unwrap(route(kind, declarant, named, await holdersFor(tx, row.organisationId, kind, declarant)));
  const late = timeliness(kind.timeLimit, next.occurredOn, now);
  await tx.insert(declarationRecipients).values(routed.map((r) => ({ declarationId: row.id, organisationId: row.organisationId, personId: r.personId, receivesAs: r.as, steppedUpFrom: r.steppedUpFrom })));
  await meetRecordDeadlines(tx, actor, { organisationId: row.organisationId, recordType: 'declaration', recordId: row.id, ownerId: row.declarantId });
  const immediate = kind.timeLimit?.type === 'immediately';
  const escalateAfter = immediate ? `PT${(await catalogueOf(tx, row.organisationId)).acknowledgeWithinMinutes}M` : undefined;
  for (const r of routed) {
    if (immediate) await createDeadline(ctx, tx, actor, { organisationId: row.organisationId, kind: 'declaration-acknowledgement', ownerId: r.personId, academyId: declarant.academyId, recordType: 'declaration', recordId: row.id, escalateAfter });
    // A sensitive declaration's alert names neither its kind nor its content: only that one has come, from whom, and where to read it.
    await notify(tx, ctx.mailer, ctx.publicUrl, {
      personId: r.personId,
      organisationId: row.organisationId,
      kind: 'declaration.received',
      title: kind.sensitive ? `A declaration from ${me!.name} for you` : `${kind.title}: from ${me!.name}`,
      body: `${me!.name} made a declaration that comes to you as ${placeWords(r.as)}${immediate ? ', which the code asks to be reported at once: acknowledge it now' : ''}. Open it in Probity to read it.`,
      link: `/orgs/${row.organisationId}/declarations/${row.id}`,
      urgent: immediate,
      dedupeKey: `declaration:${row.id}:received:${r.personId}`,
    });
  }
  const expiresOn = kind.id === 'indemnity-insurance' && typeof next.fields.expiresOn === 'string' ? (next.fields.expiresOn as IsoDate) : null;
  if (expiresOn && expiresOn >= inLondon(now).date) {
    await createDeadline(ctx, tx, actor, { organisationId: row.organisationId, kind: 'insurance-renewal', ownerId: row.declarantId, rule: { type: 'fixed', dueAt: endOfLondonDay(expiresOn).toISOString() }, recordType: 'declaration', recordId: row.id });
  }
  return { submittedAt: now, cites, namedPersonIds: named, academyId: declarant.academyId, daysLate: late?.type === 'within' ? late.daysLate : null };
}

/**
 * Takes one step of a declaration's lifecycle (rules: transition), if the policy lets the actor take it.
 * Marking one for a case may open the case at once (`openCase`), by someone who may open cases: the case
 * records the declaration, is about its declarant, names whom it names, and closes the declaration.
 */
export async function takeStep(ctx: DeclarationsContext, actor: Actor, id: string, step: Step, openCase?: { type: CaseTypeId }) {
  if (openCase && (step.type !== 'mark_for_case' || !can(actor, 'case.open'))) {
    throw Invalid.field('body.openCase', step.type === 'mark_for_case' ? 'needs the case officer role: mark it for a case and a case officer opens one' : 'is given only when marking for a case');
  }
  if (openCase && step.type === 'mark_for_case') {
    // The case engine opens cases in its own transaction, refusing what it refuses (a type this organisation
    // does not run, an officer connected to the person). So the marking is tried first without writing, the
    // case opened, and only then is the declaration marked and closed by it.
    const { row, kind } = await prepare(ctx.db, actor, id, step, false);
    await openCaseFrom(ctx, actor, { type: openCase.type, subjectId: row.declarantId, summary: `${kind.title}: ${step.reason}`.slice(0, 2000), harmThreshold: false, namedPersonIds: row.namedPersonIds, openedFrom: 'declaration', declarationId: row.id });
    await recordStep(ctx, actor, id, step);
    await recordStep(ctx, actor, id, { type: 'close', outcome: 'case_opened', note: 'A case was opened from it.' });
  } else {
    await recordStep(ctx, actor, id, step);
  }
  void ctx.mailer.deliver().catch(() => 0);
  return getDeclaration(ctx.db, actor, id);
}

/** A step as the rules would take it now: the declaration, its kind and what it would become; refused, it throws. */
async function prepare(tx: Tx, actor: Actor, id: string, step: Step, lock: boolean) {
  const row = await loadFor(tx, actor, id, TRANSITIONS[step.type].action, lock);
  const { kinds, giftThresholdPence } = await catalogueOf(tx, row.organisationId);
  const kind = kinds.find((k) => k.id === row.kind);
  if (!kind) throw new Conflict('kind-withdrawn', 'Kind withdrawn', 'This kind of declaration is no longer in the organisation’s catalogue.');
  const now = clock.now();
  const approvalNeeded = needsApproval(row.kind, row.fields, giftThresholdPence);
  const result = transition(await domainOf(tx, row), step, { now, kind, bornOn: null, declarantId: row.declarantId, approvalNeeded });
  // A field the submission finds wrong is one of the declaration's fields; the others are the step's own.
  if (!result.ok) throw new Refused(result.refusals.map((r) => (r.rule === 'declaration-field' ? { ...r, field: `fields.${r.field}` } : r)), 'body');
  return { row, kind, now, next: result.value };
}

async function recordStep(ctx: DeclarationsContext, actor: Actor, id: string, step: Step) {
  return ctx.db.transaction(async (tx) => {
    const { row, kind, now, next } = await prepare(tx, actor, id, step, true);
    const entry = next.history.at(-1)!;
    const extra = step.type === 'submit' ? await submitted(ctx, tx, actor, row, kind, next, now) : {};
    await tx
      .update(declarations)
      .set({ ...extra, state: next.state, acknowledgedAt: next.acknowledgedAt, markedForCaseAt: next.markedForCaseAt, closedAt: next.closedAt, outcome: next.outcome })
      .where(eq(declarations.id, row.id));
    await tx.insert(declarationSteps).values({ declarationId: row.id, organisationId: row.organisationId, event: step.type, fromState: entry.from, toState: entry.to, at: now, actorId: actor.personId, note: entry.note });
    if (step.type === 'acknowledge' || step.type === 'mark_for_case' || step.type === 'close') {
      // Any recipient's acknowledgement (or a step past it) meets every recipient's deadline to acknowledge.
      await meetRecordDeadlines(tx, actor, { organisationId: row.organisationId, recordType: 'declaration', recordId: row.id, kind: 'declaration-acknowledgement' });
    }
    await audit(tx, actor, { organisationId: row.organisationId, action: AUDITED[step.type], recordType: 'declaration', recordId: row.id, details: { kind: row.kind, to: next.state, ...(step.type === 'close' ? { outcome: step.outcome } : {}) } });
    return row;
  });
}

/** One declaration as the actor may see it; a recipient's reading of a sensitive one is recorded. */
export async function getDeclaration(db: Db, actor: Actor, id: string) {
  const row = await loadFor(db, actor, id, 'declaration.read');
  const kind = (await catalogueOf(db, row.organisationId)).kinds.find((k) => k.id === row.kind);
  if (row.declarantId !== actor.personId && (kind?.sensitive ?? true)) {
    await db.transaction((tx) => audit(tx, actor, { organisationId: row.organisationId, action: 'declaration.viewed', recordType: 'declaration', recordId: row.id }));
  }
  return present(db, actor, row);
}

// ─── Lists ───────────────────────────────────────────────────────────────────────────────────────────────

const listItem = { id: declarations.id, kind: declarations.kind, state: declarations.state, occurredOn: declarations.occurredOn, createdAt: declarations.createdAt, submittedAt: declarations.submittedAt, acknowledgedAt: declarations.acknowledgedAt, closedAt: declarations.closedAt, outcome: declarations.outcome, daysLate: declarations.daysLate };

/** The actor's own declarations here, newest first, with the duties elsewhere their facts trigger. */
export async function myDeclarations(db: Db, actor: Actor) {
  const [{ kinds }, rows] = await Promise.all([
    catalogueOf(db, actor.organisationId),
    db.select({ ...listItem, fields: declarations.fields }).from(declarations).where(and(eq(declarations.organisationId, actor.organisationId), eq(declarations.declarantId, actor.personId))).orderBy(desc(declarations.createdAt)),
  ]);
  const titleOf = (id: string) => kinds.find((k) => k.id === id)?.title ?? id;
  const elsewhere = await dutiesTriggered(db, actor, rows.filter((r) => r.state !== 'draft'));
  return {
    declarations: rows.map(({ fields: _fields, ...r }) => ({ ...r, title: titleOf(r.kind), lateness: daysLateWords(r.daysLate) })),
    dutiesElsewhere: elsewhere,
  };
}

/**
 * A person's standing in each organisation they belong to, for the duties one event triggers across them.
 * Each is read behind its own organisation's wall; the list of the person's organisations itself is theirs.
 */
async function membershipsOf(db: Db, personId: string): Promise<(Membership & { name: string })[]> {
  const mine = await outsideTheWall(() =>
    db.selectDistinct({ id: organisations.id, name: organisations.name }).from(roleAssignments).innerJoin(organisations, eq(organisations.id, roleAssignments.organisationId)).where(eq(roleAssignments.personId, personId)),
  );
  return Promise.all(
    mine.map((o) =>
      withinOrganisation(o.id, async () => {
        const [{ audiences }, { kinds }, adopted] = await Promise.all([standingOf(db, o.id, personId), catalogueOf(db, o.id), adoptedCodes(db, o.id)]);
        return { organisationId: o.id, name: o.name, audiences, catalogue: kinds, adopted };
      }),
    ),
  );
}

/**
 * The duties the actor's declarations here trigger in their other organisations (rules: dutiesElsewhere),
 * less those they already met there by sending the facts. Nothing is sent: the person chooses.
 */
async function dutiesTriggered(db: Db, actor: Actor, made: { id: string; kind: string; fields: FieldValues; occurredOn: string | null }[]) {
  if (!made.some((d) => RELATED_FROM.has(d.kind))) return [];
  const memberships = await membershipsOf(db, actor.personId);
  const duties = made.flatMap((d) => dutiesElsewhere(d, actor.organisationId, memberships).map((duty) => ({ from: d, duty })));
  const sent = await Promise.all(
    [...new Set(duties.map((x) => x.duty.organisationId))].map((orgId) =>
      withinOrganisation(orgId, async () =>
        await db.select({ organisationId: declarations.organisationId, kind: declarations.kind, occurredOn: declarations.occurredOn }).from(declarations).where(and(eq(declarations.organisationId, orgId), eq(declarations.declarantId, actor.personId), isNotNull(declarations.consent))),
      ),
    ),
  );
  const already = (duty: DutyElsewhere) => sent.flat().some((s) => s.organisationId === duty.organisationId && s.kind === duty.kind && s.occurredOn === (duty.carried.occurredOn ?? null));
  return duties
    .filter(({ duty }) => !already(duty))
    .map(({ from, duty }) => {
      const there = memberships.find((m) => m.organisationId === duty.organisationId)!;
      const kind = there.catalogue.find((k) => k.id === duty.kind)!;
      // The facts that would cross, with their values and their labels there: the person's own, shown to them alone.
      const carried = Object.entries(duty.carried).map(([name, value]) => ({ name, label: kind.fields.find((f) => f.name === name)?.label ?? name, value }));
      return { fromDeclarationId: from.id, organisationId: duty.organisationId, organisationName: there.name, kind: duty.kind, title: kind.title, asks: kind.asks, carried, dueOn: duty.dueOn };
    });
}

const RELATED_FROM = new Set(RELATED_DUTIES.map((r) => r.from));

export const QUEUE_BUCKETS = ['new', 'open', 'late', 'marked_for_case', 'closed'] as const;
export type QueueBucket = (typeof QUEUE_BUCKETS)[number];

/** Whether a declaration, by its state and lateness, is in a bucket of the queue. */
function inBucket(bucket: QueueBucket, d: { state: AnyColumn; daysLate: AnyColumn }): SQL {
  switch (bucket) {
    case 'new':
      return eq(d.state, 'submitted');
    case 'open':
      return inArray(d.state, ['acknowledged', 'under_review']);
    case 'late':
      return and(ne(d.state, 'closed'), sql`${d.daysLate} > 0`)!;
    case 'marked_for_case':
      return eq(d.state, 'marked_for_case');
    case 'closed':
      return eq(d.state, 'closed');
  }
}

/** A bucket's order, then by id, so that ties keep one order. */
const queueOrder = (bucket: QueueBucket, d: { id: AnyColumn; submittedAt: AnyColumn; closedAt: AnyColumn }) =>
  bucket === 'closed' ? [desc(d.closedAt), desc(d.id)] : [asc(d.submittedAt), asc(d.id)];

/**
 * The recipient's queue: what came to them, by bucket, with the count of each; for a body's case officers, its
 * intake. A page of the bucket asked for, whose count is its total: the buckets still to act on oldest submitted
 * first, the closed ones most recently closed first, since they only grow. One statement finds what came to them
 * once, for the counts and the page alike: a principal's queue holds every declaration of their academy's years,
 * each found by its key.
 */
export async function queue(db: Db, actor: Actor, bucket: QueueBucket, asked: Page) {
  const mine = db.$with('mine').as(
    db
      .select({ id: declarations.id, state: declarations.state, daysLate: declarations.daysLate, submittedAt: declarations.submittedAt, closedAt: declarations.closedAt })
      .from(declarations)
      .where(and(accessible(actor, 'declaration.review', declarationAccess), ne(declarations.state, 'draft'))),
  );
  const counts = db
    .select(Object.fromEntries(QUEUE_BUCKETS.map((b) => [b, sql<number>`(count(*) filter (where ${inBucket(b, mine)}))::int`.as(b)])) as Record<QueueBucket, SQL.Aliased<number>>)
    .from(mine)
    .as('counts');
  // The page is chosen before its declarations are read: joined first, a closed bucket of thousands read every one.
  const chosen = db.select({ id: mine.id }).from(mine).where(inBucket(bucket, mine)).orderBy(...queueOrder(bucket, mine)).limit(asked.limit).offset(asked.offset).as('chosen');
  const page = db
    .select({ ...listItem, declarantId: declarations.declarantId, declarant: sql<string>`${personName}`.as('declarant'), academy: sql<string | null>`${academies.name}`.as('academy') })
    .from(chosen)
    .innerJoin(declarations, and(eq(declarations.organisationId, actor.organisationId), eq(declarations.id, chosen.id)))
    .innerJoin(people, eq(people.id, declarations.declarantId))
    .leftJoin(academies, eq(academies.id, declarations.academyId))
    .as('page');
  const [{ kinds, acknowledgeWithinMinutes }, found] = await Promise.all([
    catalogueOf(db, actor.organisationId),
    db.with(mine).select().from(counts).leftJoin(page, sql`true`).orderBy(...queueOrder(bucket, page)),
  ]);
  const rows = found.flatMap((r) => (r.page ? [r.page] : []));
  const now = clock.now().getTime();
  return {
    counts: found[0]!.counts,
    items: rows.map((r) => {
      const kind = kinds.find((k) => k.id === r.kind);
      const immediate = kind?.timeLimit?.type === 'immediately';
      return {
        ...r,
        title: kind?.title ?? r.kind,
        sensitive: kind?.sensitive ?? true,
        immediate,
        lateness: daysLateWords(r.daysLate),
        acknowledgementOverdue: immediate && r.state === 'submitted' && r.submittedAt !== null && now - r.submittedAt.getTime() > acknowledgeWithinMinutes * 60_000,
      };
    }),
  };
}
