import { and, asc, count, desc, eq, gte, ilike, inArray, isNull, lte, ne, or, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/index.ts';
import { withinOrganisation } from '../../db/wall.ts';
import { audit } from '../../platform/audit/index.ts';
import { endOfLondonDay, inLondon, type IsoDate } from '../../platform/calendar/index.ts';
import { clock } from '../../platform/clock.ts';
import { completion } from '../../platform/completion.ts';
import { CSV_PAGE, csvPages } from '../../platform/csv.ts';
import { Conflict, Invalid, NotFound } from '../../platform/errors.ts';
import { COUNTED_UP_TO, type CountedUpTo, type Page } from '../../platform/paging.ts';
import { personName } from '../../platform/people/queries.ts';
import { academies, employments, memberships, people, roleAssignments } from '../../platform/people/schema.ts';
import { accessible, can, type Actor } from '../../platform/policy.ts';
import { unwrap } from '../../platform/result.ts';
import { likeText } from '../../platform/validation.ts';
import { readCitations } from '../codes/index.ts';
import { createDeadline, meetRecordDeadlines, type DeadlinesContext } from '../deadlines/index.ts';
import { DEFAULT_KINDS, REDECLARED, REGISTERS, insuranceStanding, needsApproval, ownKind, tailor, type OwnKind, type Register, type Tailoring } from './rules.ts';
import { declarationCampaigns, declarationCatalogues, declarationReturns, declarations } from './schema.ts';
import { DEFAULT_ACKNOWLEDGE_WITHIN_MINUTES, catalogueOf, declarationAccess } from './service.ts';

// What leaders keep of declarations: the registers of interests, of gifts and hospitality and of insurance,
// the organisation's settings for them, the annual re-declaration, and how many duties were met in time.

export interface RegisterFilter {
  academyId?: string | undefined;
  from?: IsoDate | undefined;
  to?: IsoDate | undefined;
  /** Part of the declarant's name. */
  person?: string | undefined;
}

/** The entries of a register the actor may read (all of the organisation, or their academies' and regions'), filtered. */
function selected(actor: Actor, name: Register, filter: RegisterFilter) {
  const when = sql`coalesce(${declarations.occurredOn}, (${declarations.submittedAt} at time zone 'Europe/London')::date)`;
  return and(
    accessible(actor, 'declaration.oversee', declarationAccess),
    inArray(declarations.kind, [...REGISTERS[name]]),
    ne(declarations.state, 'draft'),
    filter.academyId ? eq(declarations.academyId, filter.academyId) : undefined,
    filter.from ? gte(when, filter.from) : undefined,
    filter.to ? lte(when, filter.to) : undefined,
    filter.person ? ilike(personName, `%${likeText(filter.person)}%`) : undefined,
  );
}

/** Where a spreadsheet's next page goes on from: the last entry of the page before. */
type After = { submittedAt: Date | null; id: string };

type Catalogue = Awaited<ReturnType<typeof catalogueOf>>;

/** A register's entries, newest first: a page of them, or (for a spreadsheet) those after `after`. */
async function entriesOf(db: Db, actor: Actor, name: Register, filter: RegisterFilter, rows: { limit: number; offset: number; after: After | null }, catalogue: Catalogue) {
  const { kinds, giftThresholdPence } = catalogue;
  const found = await db
    .select({
      id: declarations.id,
      kind: declarations.kind,
      state: declarations.state,
      outcome: declarations.outcome,
      fields: declarations.fields,
      occurredOn: declarations.occurredOn,
      submittedAt: declarations.submittedAt,
      declarantId: declarations.declarantId,
      declarant: personName,
      academy: academies.name,
      // Overseeing a register is not receiving its declarations: only their recipients (and declarants) open one.
      readable: sql<boolean>`coalesce(${accessible(actor, 'declaration.read', declarationAccess)}, false)`,
    })
    .from(declarations)
    .innerJoin(people, eq(people.id, declarations.declarantId))
    .leftJoin(academies, eq(academies.id, declarations.academyId))
    .where(and(selected(actor, name, filter), rows.after ? sql`(${declarations.submittedAt}, ${declarations.id}) < (${rows.after.submittedAt}, ${rows.after.id})` : undefined))
    .orderBy(desc(declarations.submittedAt), desc(declarations.id))
    .limit(rows.limit)
    .offset(rows.offset);
  const today = inLondon(clock.now()).date;
  const entries = found.map((r) => {
    const f = r.fields as Record<string, unknown>;
    return {
      ...r,
      fields: f,
      title: kinds.find((k) => k.id === r.kind)?.title ?? r.kind,
      needsApproval: needsApproval(r.kind, f, giftThresholdPence),
      /** A gift that needs approval: approved or declined once its recipient closed it, awaiting until then. */
      approval: !needsApproval(r.kind, f, giftThresholdPence) ? null : r.outcome === 'approved' || r.outcome === 'declined' ? r.outcome : ('awaiting' as const),
      insurance: name === 'insurance' && typeof f.expiresOn === 'string' ? insuranceStanding(f.expiresOn as IsoDate, today) : null,
    };
  });
  return { giftThresholdPence, entries };
}

/**
 * A page of a register's entries the actor may read, newest first, with how many match counted up to
 * COUNTED_UP_TO: a trust's register of 200,000 gifts is not read whole to say how many pages it has.
 */
export async function register(db: Db, actor: Actor, name: Register, filter: RegisterFilter, page: Page): Promise<CountedUpTo & Awaited<ReturnType<typeof entriesOf>>> {
  const [listed, [counted]] = await Promise.all([
    entriesOf(db, actor, name, filter, { ...page, after: null }, await catalogueOf(db, actor.organisationId)),
    db.select({ n: count() }).from(db.select({ one: sql`1` }).from(declarations).innerJoin(people, eq(people.id, declarations.declarantId)).where(selected(actor, name, filter)).limit(COUNTED_UP_TO + 1).as('matching')),
  ]);
  return { total: Math.min(counted!.n, COUNTED_UP_TO), more: counted!.n > COUNTED_UP_TO, ...listed };
}

const pounds = (pence: unknown) => (typeof pence === 'number' ? (pence / 100).toFixed(2) : '');

type Entry = Awaited<ReturnType<typeof entriesOf>>['entries'][number];

/** Each register's columns after those they share, and each entry's cells in them. */
const COLUMNS: Record<Register, { header: string[]; cells: (e: Entry) => unknown[] }> = {
  gifts: { header: ['given_or_received', 'counterparty', 'description', 'value_gbp', 'approval'], cells: (e) => [e.fields.direction, e.fields.counterparty, e.fields.description, pounds(e.fields.valuePence), e.approval ?? 'not needed'] },
  interests: {
    header: ['interest_or_commission', 'decisions_or_client', 'conflict_found'],
    cells: (e) => [e.fields.interest ?? e.fields.commission, e.fields.decisions ?? e.fields.client, e.fields.conflictFound === undefined ? '' : e.fields.conflictFound ? 'yes' : 'no'],
  },
  insurance: { header: ['insurer', 'cover_gbp', 'expires_on', 'lapsed'], cells: (e) => [e.fields.insurer, pounds(e.fields.coverPence), e.fields.expiresOn, e.insurance?.lapsed ? 'yes' : 'no'] },
};

/**
 * A register as a spreadsheet of every entry that matches (cells that would run as formulas are neutralised),
 * read where reports read, a page at a time as it is sent (csvPages); the download is recorded before it starts.
 */
export async function registerCsv(db: Db, reports: Db, actor: Actor, name: Register, filter: RegisterFilter) {
  await db.transaction((tx) => audit(tx, actor, { organisationId: actor.organisationId, action: 'register.exported', recordType: 'organisation', recordId: actor.organisationId, details: { register: name, filter: { ...filter } } }));
  const columns = COLUMNS[name];
  const catalogue = await catalogueOf(reports, actor.organisationId);
  // Pages are read as the download is taken, after the request's own work: each in the organisation explicitly.
  const next = (after: Entry | null) => withinOrganisation(actor.organisationId, async () => (await entriesOf(reports, actor, name, filter, { limit: CSV_PAGE, offset: 0, after }, catalogue)).entries);
  return csvPages(
    ['declarant', 'academy', 'kind', 'date', 'declared_at', 'state', 'outcome', ...columns.header],
    next,
    (e) => [e.declarant, e.academy ?? 'Central team', e.title, e.occurredOn ?? '', e.submittedAt, e.state, e.outcome ?? '', ...columns.cells(e)],
  );
}

// ─── Settings ────────────────────────────────────────────────────────────────────────────────────────────

/** The organisation's tailoring of the catalogue, its gift threshold and its time to acknowledge, with the catalogue it makes. */
export async function settings(db: Db, actor: Actor) {
  const [row] = await db.select().from(declarationCatalogues).where(eq(declarationCatalogues.organisationId, actor.organisationId));
  const { kinds } = await catalogueOf(db, actor.organisationId);
  return {
    giftThresholdPence: row?.giftThresholdPence ?? null,
    acknowledgeWithinMinutes: row?.acknowledgeWithinMinutes ?? null,
    defaultAcknowledgeWithinMinutes: DEFAULT_ACKNOWLEDGE_WITHIN_MINUTES,
    tailoring: row?.tailoring ?? {},
    kinds: kinds.map((k) => ({ id: k.id, title: k.title, audience: k.audience, imposedByCode: k.imposedByCode, recipientsNamedByCode: k.recipientsNamedByCode, routing: k.routing })),
  };
}

/** Changes the tailoring (checked whole by the rules: no duty a code imposes is dropped), the gift threshold and the time to acknowledge (null, the default). */
export async function changeSettings(db: Db, actor: Actor, input: { giftThresholdPence: number | null; acknowledgeWithinMinutes: number | null; tailoring: Omit<Tailoring, 'addedKinds'> & { addedKinds?: readonly OwnKind[] | undefined } }) {
  const tailoring: Tailoring = { ...input.tailoring, addedKinds: (input.tailoring.addedKinds ?? []).map(ownKind) };
  unwrap(tailor(DEFAULT_KINDS, tailoring), 'body.tailoring');
  await db.transaction(async (tx) => {
    await tx
      .insert(declarationCatalogues)
      .values({ organisationId: actor.organisationId, tailoring, giftThresholdPence: input.giftThresholdPence, acknowledgeWithinMinutes: input.acknowledgeWithinMinutes, updatedAt: clock.now() })
      .onConflictDoUpdate({ target: declarationCatalogues.organisationId, set: { tailoring, giftThresholdPence: input.giftThresholdPence, acknowledgeWithinMinutes: input.acknowledgeWithinMinutes, updatedAt: clock.now() } });
    await audit(tx, actor, {
      organisationId: actor.organisationId,
      action: 'declaration_catalogue.changed',
      recordType: 'organisation',
      recordId: actor.organisationId,
      details: { giftThresholdPence: input.giftThresholdPence, acknowledgeWithinMinutes: input.acknowledgeWithinMinutes, tailored: Object.keys(input.tailoring) },
    });
  });
  return settings(db, actor);
}

// ─── The annual re-declaration ───────────────────────────────────────────────────────────────────────────

/** Everyone a re-declaration asks: each person with a post here, and each self-employed member, with where they work and their roles. */
async function askedOf(db: Tx, organisationId: string) {
  const roles = sql<string[]>`array(select distinct r.role::text from ${roleAssignments} r where r.person_id = ${people.id} and r.organisation_id = ${organisationId})`;
  const staff = await db
    .selectDistinctOn([people.id], { personId: people.id, name: personName, academyId: employments.academyId, academy: academies.name, regionId: academies.regionId, roles })
    .from(employments)
    .innerJoin(people, eq(people.id, employments.personId))
    .leftJoin(academies, eq(academies.id, employments.academyId))
    .where(and(eq(employments.organisationId, organisationId), isNull(employments.endedOn), isNull(people.disabledAt)))
    .orderBy(people.id);
  const members = await db
    .select({ personId: people.id, name: personName, roles })
    .from(memberships)
    .innerJoin(people, eq(people.id, memberships.personId))
    .where(and(eq(memberships.organisationId, organisationId), eq(memberships.selfEmployed, true), eq(memberships.status, 'active'), isNull(people.disabledAt)));
  const seen = new Set(staff.map((s) => s.personId));
  return [...staff, ...members.filter((m) => !seen.has(m.personId)).map((m) => ({ ...m, academyId: null, academy: null, regionId: null }))];
}

/** Starts the year's re-declaration: everyone asked gets a deadline to confirm their entries or make a nil return. */
export async function startCampaign(ctx: DeadlinesContext, actor: Actor, input: { year: number; dueOn: IsoDate }) {
  if (input.dueOn <= inLondon(clock.now()).date) throw Invalid.field('body.dueOn', 'is not after today');
  const id = await ctx.db.transaction(async (tx) => {
    const [existing] = await tx.select({ id: declarationCampaigns.id }).from(declarationCampaigns).where(and(eq(declarationCampaigns.organisationId, actor.organisationId), eq(declarationCampaigns.year, input.year)));
    if (existing) throw new Conflict('campaign-exists', 'Already started', `The re-declaration for ${input.year} has already been started.`);
    const [campaign] = await tx.insert(declarationCampaigns).values({ organisationId: actor.organisationId, year: input.year, dueOn: input.dueOn, createdBy: actor.personId }).returning();
    await audit(tx, actor, { organisationId: actor.organisationId, action: 'declaration_campaign.started', recordType: 'declaration_campaign', recordId: campaign!.id, details: { year: input.year, dueOn: input.dueOn } });
    for (const person of await askedOf(tx, actor.organisationId)) {
      await createDeadline(ctx, tx, actor, {
        organisationId: actor.organisationId,
        kind: 'annual-redeclaration',
        title: `Confirm your declarations for ${input.year}`,
        ownerId: person.personId,
        academyId: person.academyId,
        rule: { type: 'fixed', dueAt: endOfLondonDay(input.dueOn).toISOString() },
        recordType: 'declaration_campaign',
        recordId: campaign!.id,
      });
    }
    return campaign!.id;
  });
  void ctx.mailer.deliver().catch(() => 0);
  return campaignDashboard(ctx.db, actor, id);
}

/** The organisation's re-declarations, newest first. */
export async function campaigns(db: Db, actor: Actor) {
  return db.select({ id: declarationCampaigns.id, year: declarationCampaigns.year, dueOn: declarationCampaigns.dueOn, createdAt: declarationCampaigns.createdAt }).from(declarationCampaigns).where(eq(declarationCampaigns.organisationId, actor.organisationId)).orderBy(desc(declarationCampaigns.year));
}

/** Who has returned, by academy and role, among those the actor oversees. */
export async function campaignDashboard(db: Db, actor: Actor, campaignId: string) {
  const [campaign] = await db.select().from(declarationCampaigns).where(and(eq(declarationCampaigns.id, campaignId), eq(declarationCampaigns.organisationId, actor.organisationId)));
  if (!campaign) throw new NotFound('re-declaration');
  const returns = new Map((await db.select().from(declarationReturns).where(eq(declarationReturns.campaignId, campaign.id))).map((r) => [r.personId, r]));
  const asked = (await askedOf(db, actor.organisationId)).filter((p) => can(actor, 'declaration.oversee', { organisationId: actor.organisationId, academyId: p.academyId, regionId: p.regionId }));
  const people = asked
    .map((p) => ({ personId: p.personId, name: p.name, academy: p.academy ?? 'Central team', roles: p.roles, returned: returns.get(p.personId)?.kind ?? null, returnedAt: returns.get(p.personId)?.madeAt ?? null }))
    .sort((a, b) => a.academy.localeCompare(b.academy) || a.name.localeCompare(b.name));
  return { campaign: { id: campaign.id, year: campaign.year, dueOn: campaign.dueOn }, ...completion(people.map((p) => ({ ...p, done: p.returned !== null }))), people };
}

/** The person's open re-declarations here, with the register entries they would confirm. */
export async function myReturns(db: Db, actor: Actor) {
  const [open, entries] = await Promise.all([
    db
      .select({ id: declarationCampaigns.id, year: declarationCampaigns.year, dueOn: declarationCampaigns.dueOn, returned: declarationReturns.kind })
      .from(declarationCampaigns)
      .leftJoin(declarationReturns, and(eq(declarationReturns.campaignId, declarationCampaigns.id), eq(declarationReturns.personId, actor.personId)))
      .where(eq(declarationCampaigns.organisationId, actor.organisationId))
      .orderBy(desc(declarationCampaigns.year)),
    db.select({ id: declarations.id, kind: declarations.kind, occurredOn: declarations.occurredOn, submittedAt: declarations.submittedAt }).from(declarations).where(and(eq(declarations.organisationId, actor.organisationId), eq(declarations.declarantId, actor.personId), inArray(declarations.kind, [...REDECLARED]), ne(declarations.state, 'draft'))),
  ]);
  return open.map((c) => ({ ...c, entries: entries.map((e) => e.id) }));
}

/**
 * The person's return: they confirm that their register entries stand (each one theirs, here), or make a
 * nil return when they have none. Their deadline for it is met.
 */
export async function makeReturn(db: Db, actor: Actor, campaignId: string, input: { kind: 'confirmed' | 'nil'; declarationIds: string[] }) {
  await db.transaction(async (tx) => {
    const [campaign] = await tx.select().from(declarationCampaigns).where(and(eq(declarationCampaigns.id, campaignId), eq(declarationCampaigns.organisationId, actor.organisationId)));
    if (!campaign) throw new NotFound('re-declaration');
    const own = await tx.select({ id: declarations.id }).from(declarations).where(and(eq(declarations.organisationId, actor.organisationId), eq(declarations.declarantId, actor.personId), inArray(declarations.kind, [...REDECLARED]), ne(declarations.state, 'draft')));
    const ids = new Set(own.map((d) => d.id));
    if (input.kind === 'nil' && input.declarationIds.length) throw Invalid.field('body.declarationIds', 'are not given with a nil return');
    if (input.kind === 'nil' && own.length) throw new Conflict('entries-to-confirm', 'You have entries', 'You have entries in the registers: confirm them (or declare what changed) rather than return nil.');
    if (input.kind === 'confirmed') {
      if (input.declarationIds.length === 0) throw Invalid.field('body.declarationIds', 'name the entries you confirm');
      const strangers = input.declarationIds.map((id, i) => ({ id, i })).filter(({ id }) => !ids.has(id));
      if (strangers.length) throw new Invalid(strangers.map(({ i }) => ({ field: `body.declarationIds.${i}`, reason: 'is not one of your entries in the registers' })));
    }
    const [made] = await tx
      .insert(declarationReturns)
      .values({ campaignId, organisationId: actor.organisationId, personId: actor.personId, kind: input.kind, declarationIds: input.declarationIds, madeAt: clock.now() })
      .onConflictDoNothing()
      .returning();
    if (!made) throw new Conflict('already-returned', 'Already returned', `You have already made your return for ${campaign.year}.`);
    await meetRecordDeadlines(tx, actor, { organisationId: actor.organisationId, recordType: 'declaration_campaign', recordId: campaignId, ownerId: actor.personId });
    await audit(tx, actor, { organisationId: actor.organisationId, action: 'declaration_return.made', recordType: 'declaration_campaign', recordId: campaignId, details: { kind: input.kind, entries: input.declarationIds.length } });
  });
  return myReturns(db, actor);
}

// ─── The report of duties met ────────────────────────────────────────────────────────────────────────────

/**
 * Duties met on time and late, by kind, academy and month of the year: a duty counted in days is late after
 * its days; one to be reported at once, when it was reported on a later day than it happened. Each row
 * cites the provisions that impose the duty.
 */
export async function timelinessReport(db: Db, actor: Actor, year: number) {
  const { kinds } = await catalogueOf(db, actor.organisationId);
  const timed = kinds.filter((k) => k.timeLimit !== null);
  if (timed.length === 0) return { year, rows: [] };
  const immediate = timed.filter((k) => k.timeLimit?.type === 'immediately').map((k) => k.id);
  const submittedOn = sql`(${declarations.submittedAt} at time zone 'Europe/London')`;
  const month = sql<number>`extract(month from ${submittedOn})::int`;
  const late = or(sql`${declarations.daysLate} > 0`, immediate.length ? and(inArray(declarations.kind, immediate), sql`${submittedOn}::date > ${declarations.occurredOn}`) : undefined);
  const rows = await db
    .select({ kind: declarations.kind, academy: academies.name, month, onTime: sql<number>`count(*) filter (where not coalesce(${late}, false))::int`, late: sql<number>`count(*) filter (where coalesce(${late}, false))::int` })
    .from(declarations)
    .leftJoin(academies, eq(academies.id, declarations.academyId))
    .where(and(accessible(actor, 'declaration.oversee', declarationAccess), ne(declarations.state, 'draft'), inArray(declarations.kind, timed.map((k) => k.id)), sql`extract(year from ${submittedOn}) = ${year}`))
    .groupBy(declarations.kind, academies.name, month)
    .orderBy(asc(declarations.kind), asc(academies.name), asc(month));
  const cites = new Map(await Promise.all(timed.map(async (k) => [k.id, (await readCitations(db, [...k.cites], actor.organisationId)).filter((c) => c !== null)] as const)));
  return { year, rows: rows.map((r) => ({ ...r, academy: r.academy ?? 'Central team', title: kinds.find((k) => k.id === r.kind)!.title, cites: cites.get(r.kind) ?? [] })) };
}
