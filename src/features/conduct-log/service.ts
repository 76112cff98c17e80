import { and, asc, between, eq, gte, inArray, isNull, lte, or, sql, type AnyColumn, type SQL } from 'drizzle-orm';
import type { Db, Tx } from '../../db/index.ts';
import { jsonRows } from '../../db/json-rows.ts';
import { planned } from '../../db/planner.ts';
import { audit } from '../../platform/audit/index.ts';
import { inLondon } from '../../platform/calendar/index.ts';
import { clock } from '../../platform/clock.ts';
import { Conflict, Forbidden, Invalid, NotFound, Refused } from '../../platform/errors.ts';
import type { Mailer } from '../../platform/mail/index.ts';
import { notify } from '../../platform/notifications/index.ts';
import { COUNTED_UP_TO, type CountedUpTo, type Page } from '../../platform/paging.ts';
import { peopleNamed, roleHolders } from '../../platform/people/queries.ts';
import { academies, employments, roleAssignments } from '../../platform/people/schema.ts';
import { accessible, accessWays, allowedOn, can, everywhere, relationColumns, relationsIn, type Action, type Actor, type RecordAccess, type Subject } from '../../platform/policy.ts';
import { unwrap } from '../../platform/result.ts';
import { readCitations } from '../codes/index.ts';
import { declaredConnectionsOf } from '../declarations/index.ts';
import {
  CATEGORIES,
  CONDUCT_CODE,
  DEFAULT_PATTERN_SETTINGS,
  MIN_GROUP,
  MOST_REPEATS,
  academiesCompared,
  categoriesOverTime,
  checkEntry,
  grantProblems,
  periodBefore,
  periodProblems,
  provisionsMostInvolved,
  repeatPatterns,
  settingsProblems,
  trainingNeeds,
  key,
  lastDayOf,
  months,
  type PatternCounts,
  type TrainingCounts,
  type DrillDown,
  type EntryInput,
  type PatternSettings,
  type Period,
  type Run,
  type Tally,
} from './rules.ts';
import { conductLogAccessGrants, conductLogEntries, conductLogMonths, conductLogSettings, conductLogStaff, conductLogTrustMonths } from './schema.ts';

// The conduct log as a service: each academy's principal records, amends and shares entries and grants
// access; the trust's HR reads them; the patterns and the training-needs report read them for leaders,
// figures hidden where they could point to someone, each drilling down to the entries a reader may see.

const e = conductLogEntries;
const g = conductLogAccessGrants;
type Row = typeof e.$inferSelect;

export interface ConductLogContext {
  db: Db;
  mailer: Mailer;
  publicUrl: string;
}

const today = () => inLondon(clock.now()).date;

// ─── Access ─────────────────────────────────────────────────────────────────────────────────────────────

/**
 * An entry as the policy sees it: it lies in its academy; the member of staff owns it once it is shared
 * with them; those granted the entry, or the academy's whole log, share it until the grant is withdrawn or
 * expires. The member of staff is recused from it until it is shared, and so is anyone a declaration
 * connects to them (003 §8.5, §19), whatever their role.
 */
const entryAccess: RecordAccess = {
  organisationId: e.organisationId,
  ownerId: sql`(case when ${e.sharedAt} is not null then ${e.staffId} end)`,
  within: (academyIds, regionIds) =>
    or(
      academyIds.length ? inArray(e.academyId, academyIds) : undefined,
      regionIds.length ? sql`${e.academyId} in (select ${academies.id} from ${academies} where ${inArray(academies.regionId, regionIds)})` : undefined,
      sql`false`,
    )!,
  relations: {
    // Asked as sets gathered once for the whole query (the entries granted, the academies whose whole log is),
    // so that each arm finds its entries by an index rather than asking every entry of the trust.
    shared_with: (p, organisationId) => {
      const granted = (column: AnyColumn, whole: boolean) =>
        sql`array(select ${column} from ${g} where ${g.organisationId} = ${organisationId} and ${g.personId} = ${p} and ${g.revokedAt} is null and (${g.expiresOn} is null or ${g.expiresOn} >= ${today()}) and ${g.entryId} is ${whole ? sql`null` : sql`not null`})`;
      const [entryIds, academyIds] = [granted(g.entryId, false), granted(g.academyId, true)];
      // Whether anything is granted at all is known before any entry is read: with nothing (as for most
      // readers), no entry is read for this arm.
      return sql`(cardinality(${entryIds}) + cardinality(${academyIds}) > 0 and (${e.id} = any(${entryIds}) or ${e.academyId} = any(${academyIds})))`;
    },
    recused: (p, organisationId) => sql`((${e.staffId} = ${p} and ${e.sharedAt} is null) or ${e.staffId} in ${declaredConnectionsOf(organisationId, p)})`,
  },
};

const subjectOf = (row: Row, regionId: string | null, found: Record<string, unknown>): Subject => ({
  organisationId: row.organisationId,
  academyId: row.academyId,
  regionId,
  ownerId: row.sharedAt ? row.staffId : null,
  relations: relationsIn(found),
});

/** Entries with what the policy needs of them and their academy's region, and the academy's name for their readers. */
const entriesAsRead = (tx: Tx, actor: Actor) =>
  tx
    .select({ row: e, regionId: academies.regionId, academy: academies.name, ...relationColumns(actor, entryAccess) })
    .from(e)
    .innerJoin(academies, eq(academies.id, e.academyId));

/** An entry for an action; one the person may not read is not found. Nobody changes or shares an entry about themselves. */
async function loadEntry(tx: Tx, actor: Actor, id: string, action: Action, lock = false) {
  const query = entriesAsRead(tx, actor).where(and(eq(e.id, id), eq(e.organisationId, actor.organisationId)));
  const [found] = lock ? await query.for('update', { of: e }) : await query;
  const subject = found && subjectOf(found.row, found.regionId, found);
  if (!found || !subject || !can(actor, 'conduct_log.read', subject)) throw new NotFound('conduct log entry');
  if (!can(actor, action, subject) || (action !== 'conduct_log.read' && found.row.staffId === actor.personId)) throw new Forbidden(`Your part in this entry does not allow ${action}.`);
  return { row: found.row, subject, academy: found.academy };
}

/** The academy of this organisation, with its region (for roles held over a region); another's is not found. */
async function academyHere(tx: Tx, actor: Actor, academyId: string, field?: string) {
  const [academy] = await tx.select({ id: academies.id, regionId: academies.regionId }).from(academies).where(and(eq(academies.id, academyId), eq(academies.organisationId, actor.organisationId)));
  if (!academy) throw field ? Invalid.field(field, 'is not an academy of this organisation') : new NotFound('academy');
  return { organisationId: actor.organisationId, academyId: academy.id, regionId: academy.regionId };
}

async function inOrganisation(tx: Tx, organisationId: string, personId: string) {
  const [found] = await tx.select({ id: roleAssignments.personId }).from(roleAssignments).where(and(eq(roleAssignments.organisationId, organisationId), eq(roleAssignments.personId, personId))).limit(1);
  return Boolean(found);
}

// ─── Presenting ─────────────────────────────────────────────────────────────────────────────────────────

const titleOf = new Map(CATEGORIES.map((c) => [c.id, c.title]));

/** Entries as their readers see them in a list. */
async function present(db: Db, actor: Actor, found: { row: Row; subject: Subject; academy: string }[]) {
  const person = await peopleNamed(db, found.flatMap(({ row }) => [row.staffId, row.recordedBy]));
  return found.map(({ row, subject, academy }) => ({
    id: row.id,
    academy: { id: row.academyId, name: academy },
    staff: person(row.staffId),
    recordedBy: person(row.recordedBy),
    occurredOn: row.occurredOn,
    categories: row.categories.map((id) => ({ id, title: titleOf.get(id) ?? id })),
    provisions: row.provisions,
    description: row.description,
    actionTaken: row.actionTaken,
    outcome: row.outcome,
    sharedAt: row.sharedAt,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    allowed: row.staffId === actor.personId ? [] : allowedOn(actor, subject, row.sharedAt ? ['conduct_log.amend', 'conduct_log.grant'] : ['conduct_log.amend', 'conduct_log.share', 'conduct_log.grant']),
  }));
}

/** Each entry's reading, by anyone but the member of staff it is about, is in the audit trail. */
async function recordReads(db: Db, actor: Actor, rows: readonly Row[]) {
  const read = rows.filter((r) => r.staffId !== actor.personId);
  if (read.length === 0) return;
  await db.transaction((tx) => audit(tx, actor, read.map((row) => ({ organisationId: row.organisationId, action: 'conduct_log.entry_viewed' as const, recordType: 'conduct_log_entry', recordId: row.id }))));
}

/** The categories and the provisions of the staff code each covers, for the form that records an entry. */
export async function categories(db: Db, actor: Actor) {
  const cites = await readCitations(
    db,
    CATEGORIES.map((c) => ({ code: CONDUCT_CODE.code, provisions: c.provisions })),
    actor.organisationId,
  );
  return { ...CONDUCT_CODE, categories: CATEGORIES.map((c, i) => ({ id: c.id, title: c.title, training: c.training, provisions: [...c.provisions], cites: cites[i] ?? null })) };
}

// ─── Entries ────────────────────────────────────────────────────────────────────────────────────────────

export type NewEntry = EntryInput & { academyId: string };
export type EntryChanges = Partial<Omit<EntryInput, 'staffId'>>;

/** The academies a member of staff works at now. */
async function postsOf(tx: Tx, organisationId: string, personId: string) {
  const posts = await tx.select({ academyId: employments.academyId }).from(employments).where(and(eq(employments.organisationId, organisationId), eq(employments.personId, personId), isNull(employments.endedOn)));
  return posts.flatMap((p) => (p.academyId ? [p.academyId] : []));
}

/**
 * An entry as read on its own, citing the provisions of the staff code it involves (a list leaves the citation
 * out: the same few provisions' words and links, repeated on every entry, were a third of a page).
 */
async function cited(db: Db, actor: Actor, found: { row: Row; subject: Subject; academy: string }) {
  const [[entry], [cites]] = await Promise.all([present(db, actor, [found]), readCitations(db, [{ code: CONDUCT_CODE.code, provisions: found.row.provisions }], actor.organisationId)]);
  return { ...entry!, cites: cites ?? null };
}

async function entryFor(db: Db, actor: Actor, id: string) {
  return cited(db, actor, await loadEntry(db, actor, id, 'conduct_log.read'));
}

/** Records an entry in an academy's log, by its principal, about someone who works at the academy (003 §6.4). */
export async function recordEntry(ctx: ConductLogContext, actor: Actor, input: NewEntry) {
  const id = await ctx.db.transaction(async (tx) => {
    const place = await academyHere(tx, actor, input.academyId, 'body.academyId');
    if (!can(actor, 'conduct_log.record', place)) throw new Forbidden('A principal keeps the conduct log of their own academy.');
    if (!(await inOrganisation(tx, actor.organisationId, input.staffId))) throw Invalid.field('body.staffId', 'is not a person in this organisation');
    const entry = unwrap(checkEntry(input, { today: today(), recorderId: actor.personId, academyId: input.academyId, staffAcademyIds: await postsOf(tx, actor.organisationId, input.staffId) }));
    const [row] = await tx
      .insert(e)
      .values({ ...entry, organisationId: actor.organisationId, academyId: input.academyId, recordedBy: actor.personId, createdAt: clock.now(), updatedAt: clock.now() })
      .returning({ id: e.id });
    // Barred from it as the policy would bar them from reading it: a declaration connects them to the person.
    const [standing] = await tx.select(relationColumns(actor, entryAccess)).from(e).where(eq(e.id, row!.id));
    if (relationsIn(standing!).includes('recused')) throw new Conflict('recused', 'Barred from this person’s entries', 'A declaration connects you to this member of staff: another leader records it.');
    await audit(tx, actor, { organisationId: actor.organisationId, action: 'conduct_log.entry_recorded', recordType: 'conduct_log_entry', recordId: row!.id, details: { academyId: input.academyId, staffId: input.staffId, categories: entry.categories } });
    return row!.id;
  });
  return entryFor(ctx.db, actor, id);
}

/** Amends an entry: what is given replaces what was there, and the whole entry is checked again. */
export async function amendEntry(ctx: ConductLogContext, actor: Actor, id: string, changes: EntryChanges) {
  await ctx.db.transaction(async (tx) => {
    const { row } = await loadEntry(tx, actor, id, 'conduct_log.amend', true);
    const merged: EntryInput = { staffId: row.staffId, occurredOn: row.occurredOn, categories: row.categories, provisions: row.provisions, description: row.description, actionTaken: row.actionTaken, outcome: row.outcome, ...changes };
    // The entry stays in the log it was recorded in, whether or not the person still works there.
    const entry = unwrap(checkEntry(merged, { today: today(), recorderId: actor.personId, academyId: row.academyId, staffAcademyIds: [row.academyId] }));
    await tx.update(e).set({ ...entry, updatedAt: clock.now() }).where(eq(e.id, row.id));
    await audit(tx, actor, { organisationId: row.organisationId, action: 'conduct_log.entry_amended', recordType: 'conduct_log_entry', recordId: row.id, details: { fields: Object.keys(changes) } });
  });
  return entryFor(ctx.db, actor, id);
}

/** Shows an entry to the member of staff it is about, as the principal chooses: from then on they read it. */
export async function shareEntry(ctx: ConductLogContext, actor: Actor, id: string) {
  await ctx.db.transaction(async (tx) => {
    const { row } = await loadEntry(tx, actor, id, 'conduct_log.share', true);
    if (row.sharedAt) throw new Conflict('already-shared', 'Already shared', 'This entry is already shared with the member of staff it is about.');
    await tx.update(e).set({ sharedAt: clock.now(), sharedBy: actor.personId }).where(eq(e.id, row.id));
    await audit(tx, actor, { organisationId: row.organisationId, action: 'conduct_log.entry_shared', recordType: 'conduct_log_entry', recordId: row.id, details: { staffId: row.staffId } });
    await notify(tx, ctx.mailer, ctx.publicUrl, {
      personId: row.staffId,
      organisationId: row.organisationId,
      kind: 'conduct_log.shared',
      title: 'An entry about you in the conduct log',
      body: 'Your principal has shared with you an entry about your conduct in the academy’s conduct log. Open it in Probity to read it.',
      link: `/orgs/${row.organisationId}/conduct-log/entries/${row.id}`,
      dedupeKey: `conduct-log:${row.id}:shared`,
    });
  });
  void ctx.mailer.deliver().catch(() => 0);
  return entryFor(ctx.db, actor, id);
}

export interface EntryFilter extends Partial<DrillDown> {
  academyId?: string | undefined;
  staffId?: string | undefined;
}

/** The drill-down's selection (rules: behind) as a query's condition. */
function selecting(f: EntryFilter): SQL | undefined {
  return and(
    f.from ? gte(e.occurredOn, f.from) : undefined,
    f.to ? lte(e.occurredOn, f.to) : undefined,
    f.academyId ? eq(e.academyId, f.academyId) : undefined,
    f.staffId ? eq(e.staffId, f.staffId) : undefined,
    f.category ? sql`${f.category} = any(${e.categories})` : undefined,
    f.provision ? sql`${f.provision} = any(${e.provisions})` : undefined,
  );
}

/**
 * A page of the entries the person may read that match (a figure's drill-down), newest first, and how many
 * match, counted up to COUNTED_UP_TO; each reading is recorded. The entries their role reaches and those each
 * relation reaches are asked apart, each leaving out what an earlier one reached: the role's come newest first
 * from an index that stops at the page, where one condition with OR would read every entry of a large academy
 * before the first page; a relation's are few.
 */
export async function listEntries(db: Db, actor: Actor, filter: EntryFilter & Page): Promise<CountedUpTo & { items: Awaited<ReturnType<typeof present>> }> {
  const { every, role, relations } = accessWays(actor, 'conduct_log.read', entryAccess);
  const ways = [role, ...relations].filter((way) => way !== undefined);
  const apart = ways.map((way, i) => and(every, selecting(filter), way, ...ways.slice(0, i).map((earlier) => sql`not coalesce(${earlier}, false)`))!);
  if (apart.length === 0) return { total: 0, more: false, items: [] };
  const newest = apart.map((where, i) => {
    const keys = sql`select ${e.id} as id, ${e.occurredOn} as day from ${e} where ${where}`;
    return role && i === 0 ? sql`(${keys} order by ${e.occurredOn} desc, ${e.id} asc limit ${filter.offset + filter.limit})` : sql`(${keys})`;
  });
  const counts = apart.map((where) => sql`(select count(*) from (select from ${e} where ${where} limit ${COUNTED_UP_TO + 1}) x)`);
  const [keys, counted] = await planned(db, 'noParallel', async (tx) => [
    await tx.execute<{ id: string }>(sql`select id from (${sql.join(newest, sql` union all `)}) page order by day desc, id asc limit ${filter.limit} offset ${filter.offset}`),
    await tx.execute<{ n: string }>(sql`select ${sql.join(counts, sql` + `)} as n`),
  ] as const);
  const ids = keys.rows.map((k) => k.id);
  const rows = ids.length ? await entriesAsRead(db, actor).where(and(eq(e.organisationId, actor.organisationId), inArray(e.id, ids))) : [];
  rows.sort((a, b) => ids.indexOf(a.row.id) - ids.indexOf(b.row.id));
  await recordReads(db, actor, rows.map((r) => r.row));
  const n = Number(counted.rows[0]!.n);
  return { total: Math.min(n, COUNTED_UP_TO), more: n > COUNTED_UP_TO, items: await present(db, actor, rows.map((r) => ({ row: r.row, subject: subjectOf(r.row, r.regionId, r), academy: r.academy }))) };
}

/** One entry, to someone who may read it; the reading is recorded. */
export async function readEntry(db: Db, actor: Actor, id: string) {
  const found = await loadEntry(db, actor, id, 'conduct_log.read');
  await recordReads(db, actor, [found.row]);
  return cited(db, actor, found);
}

// ─── Access granted ─────────────────────────────────────────────────────────────────────────────────────

export interface NewGrant {
  entryId?: string | undefined;
  academyId?: string | undefined;
  personId: string;
  reason: string;
  expiresOn?: string | null | undefined;
}

/** Roles that oversee an academy's staff: holding one, a person is nobody's peer there. */
const OVERSEEING = ['principal', 'regional_education_director', 'chief_operating_officer', 'case_officer'] as const;

/**
 * Lets someone read one entry, or an academy's whole log, with a reason and perhaps until a day. Never the
 * member of staff an entry is about (the principal shares it instead), and never a peer: for one entry,
 * anyone who neither line-manages its member of staff nor oversees the academy's staff; for the whole log,
 * anyone who does not oversee them.
 */
export async function grantAccess(ctx: ConductLogContext, actor: Actor, input: NewGrant) {
  if (Boolean(input.entryId) === Boolean(input.academyId)) throw Invalid.field('body.entryId', 'or body.academyId, one of the two: an entry, or an academy’s whole log');
  const id = await ctx.db.transaction(async (tx) => {
    const entry = input.entryId ? (await loadEntry(tx, actor, input.entryId, 'conduct_log.grant')).row : null;
    const place = entry ? null : await academyHere(tx, actor, input.academyId!, 'body.academyId');
    if (place && !can(actor, 'conduct_log.grant', place)) throw new Forbidden('A principal grants access to the conduct log of their own academy.');
    const academyId = entry?.academyId ?? place!.academyId;
    if (!(await inOrganisation(tx, actor.organisationId, input.personId))) throw Invalid.field('body.personId', 'is not a person in this organisation');
    const subjects = entry ? [entry.staffId] : (await tx.selectDistinct({ id: e.staffId }).from(e).where(eq(e.academyId, academyId))).map((s) => s.id);
    const overseers = await roleHolders(tx, actor.organisationId, [...OVERSEEING], academyId);
    const oversees = OVERSEEING.some((role) => overseers.get(role)!.includes(input.personId));
    const [manages] = entry
      ? await tx.select({ id: employments.personId }).from(employments).where(and(eq(employments.personId, entry.staffId), eq(employments.lineManagerId, input.personId), isNull(employments.endedOn)))
      : [];
    const problems = grantProblems({ personId: input.personId, reason: input.reason, expiresOn: input.expiresOn ?? null }, { today: today(), subjectIds: subjects, granteeIsPeer: !oversees && !manages });
    if (problems.length) throw new Refused(problems, 'body');
    const [grant] = await tx
      .insert(g)
      .values({ organisationId: actor.organisationId, academyId, entryId: entry?.id ?? null, personId: input.personId, grantedBy: actor.personId, reason: input.reason, grantedAt: clock.now(), expiresOn: input.expiresOn ?? null })
      .returning({ id: g.id });
    await audit(tx, actor, { organisationId: actor.organisationId, action: 'conduct_log.access_granted', recordType: 'conduct_log_access', recordId: grant!.id, reason: input.reason, details: { personId: input.personId, academyId, entryId: entry?.id ?? null, expiresOn: input.expiresOn ?? null } });
    await notify(tx, ctx.mailer, ctx.publicUrl, {
      personId: input.personId,
      organisationId: actor.organisationId,
      kind: 'conduct_log.access',
      title: entry ? 'An entry of a conduct log was shared with you' : 'A conduct log was shared with you',
      body: `You may now read ${entry ? 'an entry of an academy’s conduct log' : 'an academy’s conduct log'}${input.expiresOn ? ` until ${input.expiresOn}` : ''}. Each reading is recorded.`,
      link: entry ? `/orgs/${actor.organisationId}/conduct-log/entries/${entry.id}` : `/orgs/${actor.organisationId}/conduct-log`,
      dedupeKey: `conduct-log:access:${grant!.id}`,
    });
    return grant!.id;
  });
  void ctx.mailer.deliver().catch(() => 0);
  return (await grantsWhere(ctx.db, actor, eq(g.id, id)))[0]!;
}

/** Current grants (not withdrawn, not expired) that match, in the academies whose log the person grants access to. */
async function grantsWhere(db: Tx, actor: Actor, where?: SQL) {
  const rows = await db
    .select({ grant: g, regionId: academies.regionId })
    .from(g)
    .innerJoin(academies, eq(academies.id, g.academyId))
    .where(and(eq(g.organisationId, actor.organisationId), isNull(g.revokedAt), or(isNull(g.expiresOn), gte(g.expiresOn, today())), where))
    .orderBy(asc(g.grantedAt));
  const mine = rows.filter((r) => can(actor, 'conduct_log.grant', { organisationId: r.grant.organisationId, academyId: r.grant.academyId, regionId: r.regionId }));
  const person = await peopleNamed(db, mine.map((r) => r.grant.personId));
  return mine.map(({ grant }) => ({ id: grant.id, academyId: grant.academyId, entryId: grant.entryId, person: person(grant.personId), reason: grant.reason, grantedAt: grant.grantedAt, expiresOn: grant.expiresOn }));
}

export const listGrants = (db: Db, actor: Actor) => grantsWhere(db, actor);

/** Withdraws a grant; it stays, as the history of who could read the log. */
export async function withdrawGrant(db: Db, actor: Actor, grantId: string) {
  await db.transaction(async (tx) => {
    const [grant] = await grantsWhere(tx, actor, eq(g.id, grantId));
    if (!grant) throw new NotFound('grant of access');
    await tx.update(g).set({ revokedAt: clock.now() }).where(and(eq(g.id, grant.id), isNull(g.revokedAt)));
    await audit(tx, actor, { organisationId: actor.organisationId, action: 'conduct_log.access_withdrawn', recordType: 'conduct_log_access', recordId: grant.id, details: { personId: grant.person.id } });
  });
}

// ─── Patterns and training needs (003 §6.4) ─────────────────────────────────────────────────────────────

async function settingsOf(db: Tx, organisationId: string): Promise<PatternSettings> {
  const [row] = await db.select().from(conductLogSettings).where(eq(conductLogSettings.organisationId, organisationId));
  return row ? { windowDays: row.repeatWindowDays, threshold: row.repeatThreshold } : DEFAULT_PATTERN_SETTINGS;
}

/** What counts as repeated entries for one person here: the trust's setting, or the default. */
export const readSettings = (db: Db, actor: Actor) => settingsOf(db, actor.organisationId);

/** Sets what counts as repeated entries for one person, for the whole trust. */
export async function setSettings(db: Db, actor: Actor, settings: PatternSettings) {
  const problems = settingsProblems(settings);
  if (problems.length) throw new Refused(problems, 'body');
  await db.transaction(async (tx) => {
    const values = { repeatWindowDays: settings.windowDays, repeatThreshold: settings.threshold, updatedAt: clock.now() };
    await tx.insert(conductLogSettings).values({ organisationId: actor.organisationId, ...values }).onConflictDoUpdate({ target: conductLogSettings.organisationId, set: values });
    await audit(tx, actor, { organisationId: actor.organisationId, action: 'conduct_log.settings_changed', recordType: 'organisation', recordId: actor.organisationId, details: { ...settings } });
  });
  return settings;
}

/** Rows of counts by their key (rules: key); a row without one (a total) is left out. */
const keyed = <T extends Tally>(list: T[], keyOf: (row: T) => string | null): ReadonlyMap<string, T> => new Map(list.flatMap((row) => (keyOf(row) === null ? [] : [[keyOf(row)!, row] as const])));

/** A period to count over, and the academy of this organisation where one is asked for (another's is not found, as the provisions report has it), before anything is counted. */
async function checkAsked(db: Db, actor: Actor, period: Period, academyId: string | undefined) {
  const problems = periodProblems(period);
  if (problems.length) throw new Refused(problems, 'query');
  if (academyId) await academyHere(db, actor, academyId);
}

/** Rows of the reader's organisation in `table` (entries or tallies), of one academy where one is asked for. */
const here = (table: typeof e | typeof conductLogMonths, actor: Actor, academyId: string | undefined) =>
  and(eq(table.organisationId, actor.organisationId), academyId ? eq(table.academyId, academyId) : undefined);

/** The organisation's entries in the period (of one academy where asked) that `only` selects, each with whether the reader may read it. */
const readEntries = (actor: Actor, academyId: string | undefined, period: Period, only = sql`true`) => sql`
  select ${e.id} as id, ${e.academyId} as academy_id, ${e.staffId} as staff_id, ${e.occurredOn} as day, ${e.categories} as categories, ${e.provisions} as provisions,
         coalesce(${accessible(actor, 'conduct_log.read', entryAccess)}, false) as seen
  from ${e}
  where ${here(e, actor, academyId)} and ${e.occurredOn} between ${period.from} and ${period.to} and ${only}`;

/**
 * The period's entries counted by month, kind (all of them, by category, by provision) and value, each with
 * its people as bits, as three common table expressions. `<name>_cut`: the months the period cuts, by
 * academy, counted once from their entries by the function that keeps the tallies (migration 0037), or read
 * from the tallies where the month has no entry outside the period (as the month ending today has none after
 * it). `<name>`: those with the whole months conduct_log_months keeps for each academy. `<name>_across`: the
 * same across academies, whose whole months conduct_log_trust_months keeps where no academy is asked for.
 * Each is read only where it is asked for.
 */
// No rows, of the tallies' columns: read from no table, so that a period with no month cut is not planned as a
// scan of the tallies (PostgreSQL planned a parallel one behind the organisation wall, 50 ms to start).
const noRows = sql`select null::uuid as academy_id, null::date as month, null::text as kind, null::text as value, null::int as entries, null::bit varying as people where false`;

function tallied(actor: Actor, period: Period, academyId: string | undefined, name: string) {
  const isWhole = (m: Period & { month: string }) => m.from === `${m.month}-01` && m.to === lastDayOf(m.month);
  const whole = months(period).filter(isWhole);
  const cut = months(period).filter((m) => !isWhole(m));
  const m = conductLogMonths;
  const t = conductLogTrustMonths;
  const counted = cut.map((c) => {
    const within = (from: SQL, to: SQL) => sql`exists (select from ${e} where ${here(e, actor, academyId)} and ${e.occurredOn} between ${from} and ${to})`;
    const outside = sql`(${within(sql`${`${c.month}-01`}::date`, sql`${c.from}::date - 1`)} or ${within(sql`${c.to}::date + 1`, sql`${lastDayOf(c.month)}::date`)})`;
    return sql`select * from conduct_log_tally(${actor.organisationId}::uuid, ${academyId ?? null}::uuid, ${c.from}::date, ${c.to}::date) where ${outside}
      union all select academy_id, month, kind, value, entries, people from ${m} where ${and(here(m, actor, academyId), eq(m.month, `${c.month}-01`))} and not ${outside}`;
  });
  const wholeMonths = (month: typeof m.month | typeof t.month) => (whole.length ? between(month, whole[0]!.from, whole.at(-1)!.from) : sql`false`);
  const [cutName, acrossName] = [sql.identifier(`${name}_cut`), sql.identifier(`${name}_across`)];
  return sql`
    ${cutName} as materialized (${sql.join([noRows, ...counted], sql` union all `)}),
    ${sql.identifier(name)} as not materialized (
      select academy_id, month, kind, value, entries, people from ${m} where ${and(here(m, actor, academyId), wholeMonths(m.month))}
      union all select * from ${cutName}
    ),
    ${acrossName} as not materialized (
      ${
        academyId
          ? sql`select month, kind, value, sum(entries)::int as entries, bit_or(people) as people from ${sql.identifier(name)} group by month, kind, value`
          : sql`select month, kind, value, entries, people from ${t} where ${and(eq(t.organisationId, actor.organisationId), wholeMonths(t.month))}
                union all select month, kind, value, sum(entries)::int, bit_or(people) from ${cutName} group by month, kind, value`
      }
    )`;
}

/**
 * A figure over fewer than MIN_GROUP people is shown only if the reader may read every entry behind it. For
 * those figures alone (in `figures`, each with its `people` as bits and their `people_count`), `few`: the
 * period's entries of their few people, read by index, with whether the reader may read each; and each
 * figure's `allSeen`, from those of its entries that `behind` matches.
 */
const fewPeople = (actor: Actor, academyId: string | undefined, period: Period, figures: string) => sql`
  few as materialized (
    ${readEntries(actor, academyId, period, sql`${e.staffId} = any(array(
      select s.staff_id from ${conductLogStaff} s
      where s.organisation_id = ${actor.organisationId} and get_bit((select bit_or(people) from ${sql.identifier(figures)} where people_count between 1 and ${MIN_GROUP - 1}), s.bit) = 1))`)}
  )`;
const allSeen = (behind: SQL) =>
  sql`case when f.people_count between 1 and ${MIN_GROUP - 1} then coalesce((select bool_and(few.seen) from few where ${behind}), true) else true end`;

/** At most this many people are named to the patterns' statement as a list; more, and it reads every entry. */
const FEW_PEOPLE = 500;

/**
 * The people with an entry in the period the reader may read, when they are at most FEW_PEOPLE: only they can
 * have a run of entries the reader may read every one of. Each way the reader may read entries is asked
 * apart, so that each is read from an index (as listEntries does). The patterns' statement is given them as a
 * list of values, so that PostgreSQL plans it for how many they are: a principal's hundred are read by
 * index. Planning costs more with each value (1.5 s for 6,000), so a reader of the whole log, or of more
 * people than that, is given none (undefined) and the statement reads every entry of the period once.
 */
async function readablePeople(db: Db, actor: Actor, academyId: string | undefined, period: Period): Promise<string[] | undefined> {
  if (everywhere(actor, 'conduct_log.read')) return undefined;
  const { every, role, relations } = accessWays(actor, 'conduct_log.read', entryAccess);
  const within = and(here(e, actor, academyId), between(e.occurredOn, period.from, period.to));
  const ways = [role, ...relations].filter((way) => way !== undefined);
  if (ways.length === 0) return [];
  const people = sql.join(ways.map((way) => sql`select ${e.staffId} as id from ${e} where ${and(within, every, way)}`), sql` union `);
  const found = await planned(db, 'noParallel', (tx) => tx.execute<{ id: string }>(sql`${people} limit ${FEW_PEOPLE + 1}`));
  return found.rows.length > FEW_PEOPLE ? undefined : found.rows.map((r) => r.id);
}

/**
 * What the patterns count, in two statements, each planned for its own work: each person's runs of repeated
 * entries, from the entries of those with one the reader may read; and the period's entries by category and
 * month, by academy and by provision, from the tallies. A figure over fewer than MIN_GROUP people is shown
 * only if the reader may read every entry behind it, so for those alone the entries of their few people are
 * read, by index, with whether the reader may read each.
 */
async function patternCounts(db: Db, actor: Actor, period: Period, academyId: string | undefined, settings: PatternSettings): Promise<PatternCounts> {
  await checkAsked(db, actor, period, academyId);
  const people = await readablePeople(db, actor, academyId, period);
  const runsOf = sql`
    -- Without the provisions, which the runs do not need, so that a few people's entries are read from an index alone.
    with own as materialized (
      select staff_id, day, categories, seen from (${readEntries(actor, academyId, period, people && sql`${e.staffId} = any(${sql.param(people)}::uuid[])`)}) entries
    ),
    -- Each \`threshold\` consecutive entries of one person within the window make a span; a span that overlaps the
    -- ones before joins them into a run (the model the tests hold this to: test/conduct-log.ts).
    spans as (select staff_id, day as first, lead(day, ${settings.threshold - 1}) over (partition by staff_id order by day) as last from own),
    marked as (
      select staff_id, first, last,
             case when first <= max(last) over (partition by staff_id order by first, last rows between unbounded preceding and 1 preceding) then 0 else 1 end as starts
      from spans where last - first < ${settings.windowDays}
    ),
    runs as (
      select staff_id, min(first) as first, max(last) as last
      from (select *, sum(starts) over (partition by staff_id order by first, last rows unbounded preceding) as run from marked) numbered group by staff_id, run
    ),
    -- The runs the reader may read every entry of: the only ones shown (rules: repeatPatterns), and of those
    -- the MOST_REPEATS with the most entries, whose categories are gathered.
    seen_runs as (
      select runs.staff_id, runs.first, runs.last, count(*)::int as entries
      from runs join own on own.staff_id = runs.staff_id and own.day between runs.first and runs.last
      group by runs.staff_id, runs.first, runs.last having bool_and(own.seen)
    ),
    shown_runs as (select * from seen_runs order by entries desc, first, staff_id limit ${MOST_REPEATS})
    select
      ${jsonRows(sql`select r.staff_id as "staffId", r.first as "from", r.last as "to", r.entries as "count", 1 as "people", true as "allSeen", array_agg(distinct c) as "categories"
                 from shown_runs r join own on own.staff_id = r.staff_id and own.day between r.first and r.last cross join unnest(own.categories) as c
                 group by r.staff_id, r.first, r.last, r.entries`)} as "runs",
      (select count(*)::int from seen_runs) as "repeats"`;
  const { runs, repeats } = await planned(db, 'noJit', async (tx) => (await tx.execute(runsOf)).rows[0] as { runs: Run[]; repeats: number });
  const statement = sql`
    with ${tallied(actor, period, academyId, 'cells')},
    category_months as (select value, month, entries as count, people from cells_across where kind = 'category'),
    academy_totals as (select academy_id, sum(entries)::int as count, bit_or(people) as people from cells where kind = 'entries' group by academy_id),
    figures as (
      select 'category' as kind, value, to_char(month, 'YYYY-MM') as month, null::uuid as academy_id, count, people from category_months
      union all
      select 'category', value, null, null, sum(count)::int, bit_or(people) from category_months group by value
      union all
      select 'entries', '', null, academy_id, count, people from academy_totals
      union all
      select 'entries', '', null, null, coalesce(sum(count), 0)::int, bit_or(people) from academy_totals
      union all
      select 'provision', value, null, null, sum(entries)::int, bit_or(people) from cells_across where kind = 'provision' group by value
    ),
    counts as materialized (select *, coalesce(bit_count(people), 0)::int as people_count from figures),
    ${fewPeople(actor, academyId, period, 'counts')},
    shown as (
      select f.kind, f.value, f.month, f.academy_id, f.count, f.people_count as people,
             ${allSeen(sql`case f.kind when 'category' then f.value = any(few.categories) and (f.month is null or f.month = to_char(few.day, 'YYYY-MM'))
                                       when 'provision' then f.value = any(few.provisions)
                                       else f.academy_id is null or f.academy_id = few.academy_id end`)} as "allSeen"
      from counts f
    )
    select
      ${jsonRows(sql`select value as "category", month, count, people, "allSeen" from shown where kind = 'category'`)} as "categories",
      ${jsonRows(sql`select academy_id as "academyId", count, people, "allSeen" from shown where kind = 'entries'`)} as "academies",
      ${jsonRows(sql`select value as "provision", count, people, "allSeen" from shown where kind = 'provision'`)} as "provisions"`;
  const counts = await planned(
    db,
    'noJitHashed',
    async (tx) =>
      (await tx.execute(statement)).rows[0] as {
        categories: (Tally & { category: string; month: string | null })[];
        academies: (Tally & { academyId: string | null })[];
        provisions: (Tally & { provision: string })[];
      },
  );
  return {
    byCategoryMonth: keyed(counts.categories, (r) => (r.month === null ? null : key(r.category, r.month))),
    byCategory: keyed(counts.categories, (r) => (r.month === null ? r.category : null)),
    byAcademy: keyed(counts.academies, (r) => r.academyId),
    all: counts.academies.find((r) => r.academyId === null) ?? { count: 0, people: 0, allSeen: true },
    byProvision: keyed(counts.provisions, (r) => r.provision),
    runs,
    repeats,
  };
}

/**
 * What the training-needs report counts, from the tallies: each academy's entries by category, with the
 * period before, and by provision.
 */
async function trainingCounts(db: Db, actor: Actor, period: Period, academyId: string | undefined): Promise<TrainingCounts> {
  await checkAsked(db, actor, period, academyId);
  const statement = sql`
    with ${tallied(actor, period, academyId, 'now')}, ${tallied(actor, periodBefore(period), academyId, 'before')},
    -- The period before is counted without its people, and so is read from an index alone (conduct_log_months_entries).
    now_counts as (select academy_id, value, sum(entries)::int as count, bit_or(people) as people from now where kind = 'category' group by academy_id, value),
    before_counts as (select academy_id, value, sum(entries)::int as before from before where kind = 'category' group by academy_id, value),
    counts as materialized (
      select academy_id, value, coalesce(n.count, 0) as count, n.people, coalesce(bit_count(n.people), 0)::int as people_count, coalesce(b.before, 0) as before
      from now_counts n full join before_counts b using (academy_id, value)
    ),
    ${fewPeople(actor, academyId, period, 'counts')}
    select
      ${jsonRows(sql`select f.academy_id as "academyId", f.value as "category", f.count, f.people_count as "people", ${allSeen(sql`f.academy_id = few.academy_id and f.value = any(few.categories)`)} as "allSeen", f.before from counts f`)} as "academyCategories",
      ${jsonRows(sql`select academy_id as "academyId", value as "provision", sum(entries)::int as "count" from now where kind = 'provision' group by academy_id, value`)} as "academyProvisions"`;
  const counts = await planned(
    db,
    'noJitHashed',
    async (tx) =>
      (await tx.execute(statement)).rows[0] as {
        academyCategories: (Tally & { academyId: string; category: string; before: number })[];
        academyProvisions: { academyId: string; provision: string; count: number }[];
      },
  );
  return {
    byAcademyCategory: keyed(counts.academyCategories, (r) => key(r.academyId, r.category)),
    byAcademyProvision: new Map(counts.academyProvisions.map((r) => [key(r.academyId, r.provision), r.count])),
  };
}

/**
 * The patterns over a period: each category month by month, academies compared per 100 staff, the provisions
 * most often involved, and repeated entries for one person (named only to those who may read every entry
 * behind it; that reading is recorded). Read where reports read; the record of the reading goes to `db`.
 */
export async function patterns(db: Db, reports: Db, actor: Actor, period: Period, academyId?: string) {
  const settings = await settingsOf(reports, actor.organisationId);
  const [counted, staff, names] = await Promise.all([
    patternCounts(reports, actor, period, academyId, settings),
    reports
      .select({ academyId: academies.id, staff: sql<number>`count(distinct ${employments.personId})`.mapWith(Number) })
      .from(academies)
      .leftJoin(employments, and(eq(employments.academyId, academies.id), isNull(employments.endedOn)))
      .where(eq(academies.organisationId, actor.organisationId))
      .groupBy(academies.id),
    reports.select({ id: academies.id, name: academies.name }).from(academies).where(eq(academies.organisationId, actor.organisationId)),
  ]);
  const repeats = repeatPatterns(counted);
  const person = await peopleNamed(reports, repeats.map((r) => r.staffId));
  if (repeats.length) {
    await db.transaction((tx) =>
      audit(tx, actor, { organisationId: actor.organisationId, action: 'conduct_log.patterns_viewed', recordType: 'conduct_log', recordId: academyId ?? null, details: { staffIds: repeats.map((r) => r.staffId) } }),
    );
  }
  const compared = academiesCompared(counted, staff.filter((a) => !academyId || a.academyId === academyId), period);
  const nameOf = (id: string) => names.find((a) => a.id === id)?.name ?? '';
  return {
    period,
    settings,
    categoriesOverTime: categoriesOverTime(counted, period),
    academiesCompared: { rows: compared.rows.map((r) => ({ ...r, academyName: nameOf(r.academyId) })).sort((a, b) => a.academyName.localeCompare(b.academyName)), total: compared.total },
    provisionsMostInvolved: provisionsMostInvolved(counted, period),
    repeatPatterns: repeats.map((r) => ({ ...r, staff: person(r.staffId) })),
    repeatPatternsInAll: counted.repeats,
  };
}

/** The training-needs report (003 §6.4): for each academy, the categories in which several people's entries point to training. */
export async function trainingNeedsReport(db: Db, actor: Actor, period: Period, academyId?: string) {
  const [counted, names] = await Promise.all([trainingCounts(db, actor, period, academyId), db.select({ id: academies.id, name: academies.name }).from(academies).where(eq(academies.organisationId, actor.organisationId))]);
  return {
    period,
    needs: trainingNeeds(counted, period).map((n) => ({ ...n, academyName: names.find((a) => a.id === n.academyId)?.name ?? '', title: titleOf.get(n.category) ?? n.category })),
  };
}

