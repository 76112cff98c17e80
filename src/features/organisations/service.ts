import { and, count, desc, eq, exists, ilike, inArray, isNull, or, sql } from 'drizzle-orm';
import type { Db, Transaction } from '../../db/index.ts';
import { jsonRows } from '../../db/json-rows.ts';
import { outsideTheWall } from '../../db/wall.ts';
import { audit } from '../../platform/audit/index.ts';
import { endAllSessions } from '../../platform/auth/sessions.ts';
import { Conflict, Forbidden, Invalid, NotFound, type FieldProblem } from '../../platform/errors.ts';
import type { Mailer } from '../../platform/mail/index.ts';
import { outbox } from '../../platform/mail/schema.ts';
import { academies, academyTerms, employments, memberships, organisations, people, regions, roleAssignments } from '../../platform/people/schema.ts';
import { matching, totalOf, type Page } from '../../platform/paging.ts';
import { accessible, ACTIONS, allowedOn, can, everywhere, type Actor, type Role, type Subject } from '../../platform/policy.ts';
import { invite, normaliseEmail } from '../accounts/index.ts';
import { previewImport, roleProblem, type ImportPreview, type ImportRow } from './rules.ts';
import { clock } from '../../platform/clock.ts';
import { personName } from '../../platform/people/queries.ts';

export interface OrganisationsContext {
  db: Db;
  mailer: Mailer;
  publicUrl: string;
}

async function loadOrganisation(db: Db | Transaction, actor: Actor) {
  const [organisation] = await db.select().from(organisations).where(eq(organisations.id, actor.organisationId));
  if (!organisation) throw new NotFound('organisation');
  return organisation;
}

export async function getOrganisation(db: Db, actor: Actor) {
  // One statement, one round trip: the organisation, with its regions and its academies (each with its terms) as JSON.
  const [found] = await db
    .select({
      organisation: organisations,
      regions: jsonRows<{ id: string; name: string }>(sql`select ${regions.id} as "id", ${regions.name} as "name" from ${regions} where ${regions.organisationId} = ${organisations.id} order by ${regions.name}`),
      academies: jsonRows<{ id: string; name: string; regionId: string | null; dayEndsAt: string; terms: { startsOn: string; endsOn: string }[] }>(
        sql`select ${academies.id} as "id", ${academies.name} as "name", ${academies.regionId} as "regionId", ${academies.dayEndsAt} as "dayEndsAt",
                   ${jsonRows(sql`select t.starts_on as "startsOn", t.ends_on as "endsOn" from ${academyTerms} t where t.organisation_id = ${academies.organisationId} and t.academy_id = ${academies.id} order by t.starts_on`)} as "terms"
            from ${academies} where ${academies.organisationId} = ${organisations.id} order by ${academies.name}`,
      ),
    })
    .from(organisations)
    .where(eq(organisations.id, actor.organisationId));
  if (!found) throw new NotFound('organisation');
  const { organisation, regions: regionList, academies: academyList } = found;
  return {
    id: organisation.id,
    name: organisation.name,
    kind: organisation.kind,
    slug: organisation.slug,
    nation: organisation.nation,
    twoFactorRoles: organisation.twoFactorRoles,
    regions: regionList,
    academies: academyList,
    // What the person may do somewhere in this organisation (within their academy or region, for scoped roles): for navigation.
    allowed: ACTIONS.filter((action) => can(actor, action)),
  };
}

export interface OrganisationChanges {
  name?: string | undefined;
  nation?: (typeof organisations.$inferSelect)['nation'] | undefined;
  twoFactorRoles?: Role[] | undefined;
}

/** Renames the organisation, sets its nation (for bank holidays) or the roles that must sign in with a second factor. */
export async function updateOrganisation(db: Db, actor: Actor, changes: OrganisationChanges) {
  const organisation = await loadOrganisation(db, actor);
  if (Object.values(changes).every((v) => v === undefined)) return getOrganisation(db, actor);
  await db.transaction(async (tx) => {
    await tx.update(organisations).set(changes).where(eq(organisations.id, organisation.id));
    await audit(tx, actor, { organisationId: organisation.id, action: 'organisation.updated', recordType: 'organisation', recordId: organisation.id, details: { ...changes } });
  });
  return getOrganisation(db, actor);
}

async function refuseTakenName(db: Db, table: typeof regions | typeof academies, organisationId: string, name: string, what: string) {
  const [taken] = await db.select({ id: table.id }).from(table).where(and(eq(table.organisationId, organisationId), sql`lower(${table.name}) = lower(${name})`));
  if (taken) throw new Conflict('unique-name', 'Name already used', `This organisation already has ${what} named "${name}".`);
}

export async function createRegion(db: Db, actor: Actor, input: { name: string }) {
  const organisation = await loadOrganisation(db, actor);
  if (organisation.kind !== 'employer_trust') throw Invalid.field('body.name', 'only an employer trust has regions');
  await refuseTakenName(db, regions, organisation.id, input.name, 'a region');
  return db.transaction(async (tx) => {
    const [region] = await tx.insert(regions).values({ organisationId: organisation.id, name: input.name }).returning();
    await audit(tx, actor, { organisationId: organisation.id, action: 'region.created', recordType: 'region', recordId: region!.id, details: { name: input.name } });
    return { id: region!.id, name: region!.name };
  });
}

export async function createAcademy(db: Db, actor: Actor, input: { name: string; regionId: string | null }) {
  const organisation = await loadOrganisation(db, actor);
  if (organisation.kind !== 'employer_trust') throw Invalid.field('body.name', 'only an employer trust has academies');
  await refuseTakenName(db, academies, organisation.id, input.name, 'an academy');
  if (input.regionId) {
    const [region] = await db.select().from(regions).where(and(eq(regions.id, input.regionId), eq(regions.organisationId, organisation.id)));
    if (!region) throw Invalid.field('body.regionId', 'is not a region of this organisation');
  }
  return db.transaction(async (tx) => {
    const [academy] = await tx.insert(academies).values({ organisationId: organisation.id, name: input.name, regionId: input.regionId }).returning();
    await audit(tx, actor, { organisationId: organisation.id, action: 'academy.created', recordType: 'academy', recordId: academy!.id, details: { name: input.name } });
    return { id: academy!.id, name: academy!.name, regionId: academy!.regionId };
  });
}

async function loadAcademy(db: Db, actor: Actor, academyId: string) {
  const [academy] = await db.select().from(academies).where(and(eq(academies.id, academyId), eq(academies.organisationId, actor.organisationId)));
  if (!academy) throw new NotFound('academy');
  return academy;
}

/** Renames an academy, moves it to a region, or sets when its day ends. */
export async function updateAcademy(db: Db, actor: Actor, academyId: string, changes: { name?: string | undefined; regionId?: string | null | undefined; dayEndsAt?: string | undefined }) {
  const academy = await loadAcademy(db, actor, academyId);
  if (changes.regionId) {
    const [region] = await db.select().from(regions).where(and(eq(regions.id, changes.regionId), eq(regions.organisationId, actor.organisationId)));
    if (!region) throw Invalid.field('body.regionId', 'is not a region of this organisation');
  }
  if (changes.name && changes.name.toLowerCase() !== academy.name.toLowerCase()) await refuseTakenName(db, academies, actor.organisationId, changes.name, 'an academy');
  if (Object.values(changes).every((v) => v === undefined)) return getOrganisation(db, actor);
  await db.transaction(async (tx) => {
    await tx.update(academies).set(changes).where(and(eq(academies.id, academy.id), eq(academies.organisationId, actor.organisationId)));
    await audit(tx, actor, { organisationId: actor.organisationId, action: 'academy.updated', recordType: 'academy', recordId: academy.id, details: { ...changes } });
  });
  return getOrganisation(db, actor);
}

/** Replaces an academy's term dates; terms must not overlap. */
export async function setTerms(db: Db, actor: Actor, academyId: string, terms: { startsOn: string; endsOn: string }[]) {
  const academy = await loadAcademy(db, actor, academyId);
  const sorted = [...terms].sort((a, b) => a.startsOn.localeCompare(b.startsOn));
  const problems: FieldProblem[] = [];
  terms.forEach((t, i) => {
    if (t.endsOn < t.startsOn) problems.push({ field: `body.terms.${i}.endsOn`, reason: 'is before the term starts' });
  });
  sorted.forEach((t, i) => {
    const next = sorted[i + 1];
    if (next && next.startsOn <= t.endsOn) problems.push({ field: `body.terms.${terms.indexOf(next)}.startsOn`, reason: `overlaps the term ${t.startsOn} to ${t.endsOn}` });
  });
  if (problems.length) throw new Invalid(problems);
  await db.transaction(async (tx) => {
    await tx.delete(academyTerms).where(and(eq(academyTerms.academyId, academy.id), eq(academyTerms.organisationId, actor.organisationId)));
    if (sorted.length) await tx.insert(academyTerms).values(sorted.map((t) => ({ ...t, academyId: academy.id, organisationId: actor.organisationId })));
    await audit(tx, actor, { organisationId: actor.organisationId, action: 'academy.terms_set', recordType: 'academy', recordId: academy.id, details: { terms: sorted } });
  });
  return getOrganisation(db, actor);
}

/**
 * Everything about these people of the organisation, for listing and for the policy's per-record checks: one
 * statement (their roles, current posts with each post's region, and membership here as JSON). A person with
 * no role here is not of the organisation and is left out.
 */
async function loadPeople(db: Db, organisationId: string, personIds: string[]) {
  if (personIds.length === 0) return [];
  const rows = await db
    .select({
      id: people.id,
      email: people.email,
      givenName: people.givenName,
      familyName: people.familyName,
      disabled: sql<boolean>`${people.disabledAt} IS NOT NULL`,
      invited: sql<boolean>`${people.passwordHash} IS NULL`,
      roles: jsonRows<RoleInput>(
        sql`select r.role, r.academy_id as "academyId", r.region_id as "regionId" from ${roleAssignments} r
            where r.organisation_id = ${organisationId} and r.person_id = ${people.id} order by r.role, r.academy_id, r.region_id`,
      ),
      posts: jsonRows<{ academyId: string | null; regionId: string | null; jobRole: string; lineManagerId: string | null; startedOn: string | null }>(
        sql`select e.academy_id as "academyId", a.region_id as "regionId", e.job_role as "jobRole", e.line_manager_id as "lineManagerId", e.started_on as "startedOn"
            from ${employments} e left join ${academies} a on a.organisation_id = e.organisation_id and a.id = e.academy_id
            where e.organisation_id = ${organisationId} and e.person_id = ${people.id} and e.ended_on is null order by e.created_at, e.id`,
      ),
      membership: jsonRows<{ memberNumber: string; status: ImportRow['membershipStatus']; conditions: string | null; selfEmployed: boolean; joinedOn: string | null }>(
        sql`select m.member_number as "memberNumber", m.status, m.conditions, m.self_employed as "selfEmployed", m.joined_on as "joinedOn" from ${memberships} m
            where m.organisation_id = ${organisationId} and m.person_id = ${people.id}`,
      ),
    })
    .from(people)
    .where(inArray(people.id, personIds));
  return rows
    .filter((person) => person.roles.length > 0)
    .map(({ posts, membership, ...person }) => {
      const post = posts[0];
      return {
        ...person,
        employment: post ? { academyId: post.academyId, jobRole: post.jobRole, lineManagerId: post.lineManagerId, startedOn: post.startedOn } : null,
        membership: membership[0] ?? null,
        // A person lies wherever they hold a current post; one with none lies nowhere in particular.
        subject: { organisationId, places: posts.map((p) => ({ academyId: p.academyId, regionId: p.regionId })), ownerId: person.id } satisfies Subject,
      };
    });
}

function present(actor: Actor, person: Awaited<ReturnType<typeof loadPeople>>[number]) {
  const { subject, ...rest } = person;
  return { ...rest, allowed: allowedOn(actor, subject, ['people.manage'] as const) };
}

/**
 * A page of the people the actor may see, sorted by name, and how many there are in all. The database
 * narrows to the actor's scope and the search; the policy then confirms each person on the page.
 */
export async function listPeople(db: Db, actor: Actor, query: { q?: string | undefined } & Page) {
  const needle = query.q?.trim() ? `%${query.q.trim().replace(/[\\%_]/g, '\\$&')}%` : undefined;
  // One who may read everyone here and searches for no one is given the organisation's people from the index
  // of names, in order, stopping after the page, and how many there are from their roles alone. Anyone else
  // reaches few (or searches for few): those with a role here are looked up by their ids, since walking the
  // names would pass everyone of every organisation to find them, and then sorted.
  const everyone = !needle && everywhere(actor, 'people.read');
  const here = everyone
    ? exists(db.select({ one: sql`1` }).from(roleAssignments).where(and(eq(roleAssignments.organisationId, actor.organisationId), eq(roleAssignments.personId, people.id))))
    : sql`${people.id} = any(array(${db.select({ id: roleAssignments.personId }).from(roleAssignments).where(eq(roleAssignments.organisationId, actor.organisationId))}))`;
  const conditions = and(
    here,
    needle ? or(ilike(people.email, needle), ilike(personName, needle)) : undefined,
    accessible(actor, 'people.read', {
      ownerId: people.id,
      // Someone with a current post at one of these academies, or at an academy in one of these regions.
      within: (academyIds, regionIds) =>
        exists(
          db
            .select({ one: sql`1` })
            .from(employments)
            .leftJoin(academies, eq(academies.id, employments.academyId))
            .where(
              and(
                eq(employments.personId, people.id),
                eq(employments.organisationId, actor.organisationId),
                isNull(employments.endedOn),
                or(academyIds.length ? inArray(employments.academyId, academyIds) : undefined, regionIds.length ? inArray(academies.regionId, regionIds) : undefined),
              ),
            ),
        ),
    }),
  );
  const counted = everyone
    ? sql<number>`(select count(distinct ${roleAssignments.personId}) from ${roleAssignments} where ${roleAssignments.organisationId} = ${actor.organisationId})`.mapWith(Number)
    : matching();
  const page = await db.select({ id: people.id, total: counted }).from(people).where(conditions).orderBy(people.familyName, people.givenName, people.id).limit(query.limit).offset(query.offset);
  const total = await totalOf(page, query, async () => (await db.select({ n: count() }).from(people).where(conditions))[0]!.n);
  const loaded = new Map((await loadPeople(db, actor.organisationId, page.map((p) => p.id))).map((p) => [p.id, p]));
  const items = page.flatMap(({ id }) => {
    const person = loaded.get(id);
    return person && can(actor, 'people.read', person.subject) ? [present(actor, person)] : [];
  });
  return { total, items };
}

export async function getPerson(db: Db, actor: Actor, personId: string) {
  const [person] = await loadPeople(db, actor.organisationId, [personId]);
  if (!person || !can(actor, 'people.read', person.subject)) throw new NotFound('person');
  return present(actor, person);
}

export interface RoleInput {
  role: Role;
  academyId: string | null;
  regionId: string | null;
}

export interface NewPerson {
  email: string;
  givenName: string;
  familyName: string;
  roles: RoleInput[];
  employment: { academyId: string | null; jobRole: string; lineManagerId: string | null; startedOn: string | null } | null;
  membership: { memberNumber: string; status: ImportRow['membershipStatus']; conditions: string | null; selfEmployed: boolean; joinedOn: string | null } | null;
  invite: boolean;
}

/** Checks roles, academies and regions against the organisation; every problem at once. */
/**
 * Where someone scoped to part of the organisation may put people: an administrator of one academy gives
 * roles and posts at that academy only, never organisation-wide or elsewhere (no one grants more than
 * they may manage).
 */
function beyondReach(actor: Actor, organisationId: string, input: { roles?: readonly RoleInput[] | undefined; employmentAcademyId?: string | null | undefined }): FieldProblem[] {
  const reaches = (academyId: string | null, regionId: string | null) => can(actor, 'people.manage', { organisationId, academyId, regionId });
  const problems: FieldProblem[] = [];
  (input.roles ?? []).forEach((r, i) => {
    if (!reaches(r.academyId ?? null, r.regionId ?? null)) problems.push({ field: `body.roles.${i}`, reason: 'is beyond where you may manage people' });
  });
  if (input.employmentAcademyId !== undefined && !reaches(input.employmentAcademyId, null)) problems.push({ field: 'body.employment.academyId', reason: 'is beyond where you may manage people' });
  return problems;
}

async function checkStructure(db: Db | Transaction, organisation: typeof organisations.$inferSelect, input: Pick<NewPerson, 'roles' | 'employment' | 'membership'>) {
  const problems: FieldProblem[] = [];
  const [academyIds, regionIds] = await Promise.all([
    db.select({ id: academies.id }).from(academies).where(eq(academies.organisationId, organisation.id)),
    db.select({ id: regions.id }).from(regions).where(eq(regions.organisationId, organisation.id)),
  ]);
  const isAcademy = new Set(academyIds.map((a) => a.id));
  const isRegion = new Set(regionIds.map((r) => r.id));
  if (input.roles.length === 0) problems.push({ field: 'body.roles', reason: 'must name at least one role' });
  input.roles.forEach((r, i) => {
    if (r.academyId && !isAcademy.has(r.academyId)) problems.push({ field: `body.roles.${i}.academyId`, reason: 'is not an academy of this organisation' });
    if (r.regionId && !isRegion.has(r.regionId)) problems.push({ field: `body.roles.${i}.regionId`, reason: 'is not a region of this organisation' });
    const why = roleProblem(organisation.kind, r.role, { academy: r.academyId !== null, region: r.regionId !== null });
    if (why) problems.push({ field: `body.roles.${i}.role`, reason: why });
  });
  if (input.employment) {
    if (organisation.kind !== 'employer_trust') problems.push({ field: 'body.employment', reason: 'only an employer trust employs staff' });
    if (input.employment.academyId && !isAcademy.has(input.employment.academyId)) problems.push({ field: 'body.employment.academyId', reason: 'is not an academy of this organisation' });
  }
  if (input.membership && organisation.kind === 'employer_trust') problems.push({ field: 'body.membership', reason: 'an employer trust has staff, not members' });
  if (problems.length) throw new Invalid(problems);
}

/** Adds a person (new, or already known to Probity by email) to the organisation, in the caller's transaction. */
async function addPerson(ctx: OrganisationsContext, tx: Transaction, actor: Actor, organisation: typeof organisations.$inferSelect, input: NewPerson) {
  const email = normaliseEmail(input.email);
  let [person] = await tx.select().from(people).where(eq(sql`lower(${people.email})`, email));
  if (person) {
    const [already] = await tx
      .select({ id: roleAssignments.id })
      .from(roleAssignments)
      .where(and(eq(roleAssignments.personId, person.id), eq(roleAssignments.organisationId, organisation.id)))
      .limit(1);
    if (already) throw new Conflict('person-already-in-organisation', 'Already here', `${email} is already a person in this organisation.`);
  } else {
    [person] = await tx.insert(people).values({ email, givenName: input.givenName, familyName: input.familyName }).returning();
  }
  const personId = person!.id;
  await tx.insert(roleAssignments).values(input.roles.map((r) => ({ ...r, organisationId: organisation.id, personId })));
  if (input.employment) await tx.insert(employments).values({ ...input.employment, organisationId: organisation.id, personId });
  if (input.membership) await tx.insert(memberships).values({ ...input.membership, organisationId: organisation.id, personId });
  await audit(tx, actor, {
    organisationId: organisation.id,
    action: 'person.added',
    recordType: 'person',
    recordId: personId,
    details: { roles: input.roles.map((r) => r.role), existingAccount: person!.passwordHash !== null },
  });
  if (input.invite && person!.passwordHash === null) {
    await invite(ctx, tx, { person: { id: personId, email, givenName: person!.givenName }, organisation });
  }
  return personId;
}

export async function createPerson(ctx: OrganisationsContext, actor: Actor, input: NewPerson) {
  const organisation = await loadOrganisation(ctx.db, actor);
  await checkStructure(ctx.db, organisation, input);
  const outside = beyondReach(actor, organisation.id, { roles: input.roles, employmentAcademyId: input.employment ? input.employment.academyId : undefined });
  if (outside.length) throw new Invalid(outside);
  if (input.employment?.lineManagerId) {
    const [manager] = await loadPeople(ctx.db, organisation.id, [input.employment.lineManagerId]);
    if (!manager) throw Invalid.field('body.employment.lineManagerId', 'is not a person in this organisation');
  }
  const personId = await ctx.db.transaction((tx) => addPerson(ctx, tx, actor, organisation, input));
  void ctx.mailer.deliver().catch(() => 0);
  return getPerson(ctx.db, actor, personId);
}

export interface PersonChanges {
  givenName?: string | undefined;
  familyName?: string | undefined;
  roles?: RoleInput[] | undefined;
  disabled?: boolean | undefined;
  employment?: { academyId?: string | null | undefined; jobRole?: string | undefined; lineManagerId?: string | null | undefined; endedOn?: string | null | undefined } | undefined;
  membership?: { status?: ImportRow['membershipStatus'] | undefined; conditions?: string | null | undefined; selfEmployed?: boolean | undefined } | undefined;
  reason?: string | undefined;
}

/** Checks a change of employment or membership against the organisation; every problem at once. */
async function checkRecordChanges(db: Db, organisation: typeof organisations.$inferSelect, person: { id: string; employment: unknown; membership: unknown }, changes: PersonChanges) {
  const problems: FieldProblem[] = [];
  if (changes.employment) {
    if (organisation.kind !== 'employer_trust') problems.push({ field: 'body.employment', reason: 'only an employer trust employs staff' });
    else if (!person.employment) problems.push({ field: 'body.employment', reason: 'this person has no current employment here' });
    const { academyId, lineManagerId } = changes.employment;
    if (academyId) {
      const [academy] = await db.select({ id: academies.id }).from(academies).where(and(eq(academies.id, academyId), eq(academies.organisationId, organisation.id)));
      if (!academy) problems.push({ field: 'body.employment.academyId', reason: 'is not an academy of this organisation' });
    }
    if (lineManagerId === person.id) problems.push({ field: 'body.employment.lineManagerId', reason: 'cannot be the person themself' });
    else if (lineManagerId && (await loadPeople(db, organisation.id, [lineManagerId])).length === 0) {
      problems.push({ field: 'body.employment.lineManagerId', reason: 'is not a person in this organisation' });
    }
  }
  if (changes.membership) {
    if (organisation.kind === 'employer_trust') problems.push({ field: 'body.membership', reason: 'an employer trust has staff, not members' });
    else if (!person.membership) problems.push({ field: 'body.membership', reason: 'this person is not a member here' });
  }
  if (problems.length) throw new Invalid(problems);
}

export async function updatePerson(ctx: OrganisationsContext, actor: Actor, personId: string, changes: PersonChanges) {
  const organisation = await loadOrganisation(ctx.db, actor);
  const [person] = await loadPeople(ctx.db, organisation.id, [personId]);
  if (!person || !can(actor, 'people.read', person.subject)) throw new NotFound('person');
  // Someone one may read (oneself, or staff one leads) but not manage is seen, so refused rather than hidden.
  if (!can(actor, 'people.manage', person.subject)) throw new Forbidden('Your roles here do not let you change this person.');
  if (Object.entries(changes).every(([key, value]) => key === 'reason' || value === undefined)) return present(actor, person);
  if (changes.roles) await checkStructure(ctx.db, organisation, { roles: changes.roles, employment: null, membership: null });
  await checkRecordChanges(ctx.db, organisation, person, changes);
  const outside = beyondReach(actor, organisation.id, { roles: changes.roles, employmentAcademyId: changes.employment?.academyId });
  if (outside.length) throw new Invalid(outside);
  if (changes.disabled !== undefined) {
    // An account is one person's across organisations: only an organisation they alone belong to may disable it.
    // Whether they belong elsewhere is asked outside the wall between organisations, on purpose: it learns only yes or no.
    const elsewhere = await outsideTheWall(() =>
      ctx.db
        .select({ id: roleAssignments.id })
        .from(roleAssignments)
        .where(and(eq(roleAssignments.personId, personId), sql`${roleAssignments.organisationId} <> ${organisation.id}`))
        .limit(1),
    );
    if (elsewhere.length) {
      throw new Conflict('account-shared-with-other-organisations', 'Account belongs to others too', 'This person also belongs to another organisation; remove their roles here instead of disabling the account.');
    }
    if (changes.disabled && personId === actor.personId) throw Invalid.field('body.disabled', 'you cannot disable your own account');
  }
  await ctx.db.transaction(async (tx) => {
    if (changes.givenName !== undefined || changes.familyName !== undefined) {
      await tx.update(people).set({ givenName: changes.givenName, familyName: changes.familyName }).where(eq(people.id, personId));
    }
    if (changes.roles) {
      await tx.delete(roleAssignments).where(and(eq(roleAssignments.personId, personId), eq(roleAssignments.organisationId, organisation.id)));
      await tx.insert(roleAssignments).values(changes.roles.map((r) => ({ ...r, organisationId: organisation.id, personId })));
    }
    if (changes.employment) {
      await tx
        .update(employments)
        .set(changes.employment)
        .where(and(eq(employments.organisationId, organisation.id), eq(employments.personId, personId), isNull(employments.endedOn)));
    }
    if (changes.membership) {
      await tx.update(memberships).set(changes.membership).where(and(eq(memberships.organisationId, organisation.id), eq(memberships.personId, personId)));
    }
    let sessionsEnded = 0;
    if (changes.disabled !== undefined) {
      await tx.update(people).set({ disabledAt: changes.disabled ? clock.now() : null }).where(eq(people.id, personId));
      if (changes.disabled) sessionsEnded = await endAllSessions(tx, personId);
    }
    await audit(tx, actor, {
      organisationId: organisation.id,
      action: changes.disabled === true ? 'person.disabled' : changes.disabled === false ? 'person.enabled' : 'person.updated',
      recordType: 'person',
      recordId: personId,
      reason: changes.reason ?? null,
      details: { fields: Object.keys(changes).filter((k) => k !== 'reason'), ...(changes.roles ? { roles: changes.roles.map((r) => r.role) } : {}), sessionsEnded },
    });
  });
  return getPerson(ctx.db, actor, personId);
}

async function importContext(db: Db, organisation: typeof organisations.$inferSelect) {
  const [academyRows, regionRows, existing, numbers] = await Promise.all([
    db.select({ id: academies.id, name: academies.name }).from(academies).where(eq(academies.organisationId, organisation.id)),
    db.select({ id: regions.id, name: regions.name }).from(regions).where(eq(regions.organisationId, organisation.id)),
    db
      .selectDistinct({ email: sql<string>`lower(${people.email})` })
      .from(roleAssignments)
      .innerJoin(people, eq(people.id, roleAssignments.personId))
      .where(eq(roleAssignments.organisationId, organisation.id)),
    db.select({ memberNumber: memberships.memberNumber }).from(memberships).where(eq(memberships.organisationId, organisation.id)),
  ]);
  return {
    kind: organisation.kind,
    academies: new Map(academyRows.map((a) => [a.name.toLowerCase(), a.id])),
    regions: new Map(regionRows.map((r) => [r.name.toLowerCase(), r.id])),
    existingEmails: new Set(existing.map((e) => e.email)),
    existingMemberNumbers: new Set(numbers.map((n) => n.memberNumber)),
  };
}

export async function previewPeopleImport(db: Db, actor: Actor, csv: string): Promise<ImportPreview> {
  const organisation = await loadOrganisation(db, actor);
  return previewImport(csv, await importContext(db, organisation));
}

/** Writes a whole list, or nothing: any row with a problem refuses the import, naming every problem. */
export async function importPeople(ctx: OrganisationsContext, actor: Actor, input: { csv: string; invite: boolean }) {
  const organisation = await loadOrganisation(ctx.db, actor);
  // A list may put people anywhere in the organisation: importing it is for those who manage people everywhere.
  if (!everywhere(actor, 'people.manage')) throw new Forbidden('Importing a list of people needs the right to manage people across the whole organisation.');
  const preview = previewImport(input.csv, await importContext(ctx.db, organisation));
  const problems = [
    ...preview.fileErrors.map((p) => ({ field: 'body.csv', reason: p.reason })),
    ...preview.rows.flatMap((row) => row.errors.map((e) => ({ field: `body.csv.line ${row.line}.${e.field}`, reason: e.reason }))),
  ];
  if (problems.length) throw new Invalid(problems);
  const created = await ctx.db.transaction(async (tx) => {
    const ids = new Map<string, string>();
    for (const row of preview.rows) {
      ids.set(
        row.email,
        await addPerson(ctx, tx, actor, organisation, {
          email: row.email,
          givenName: row.givenName,
          familyName: row.familyName,
          roles: row.roles,
          employment: organisation.kind === 'employer_trust' ? { academyId: row.academyId, jobRole: row.jobRole ?? '', lineManagerId: null, startedOn: row.startedOn } : null,
          membership: row.memberNumber ? { memberNumber: row.memberNumber, status: row.membershipStatus, conditions: null, selfEmployed: false, joinedOn: row.startedOn } : null,
          invite: input.invite,
        }),
      );
    }
    // Line managers are set once everyone in the file exists.
    for (const row of preview.rows.filter((r) => r.lineManagerEmail)) {
      const managerId =
        ids.get(row.lineManagerEmail!) ??
        (await tx.select({ id: people.id }).from(people).where(eq(sql`lower(${people.email})`, row.lineManagerEmail!)))[0]?.id;
      await tx
        .update(employments)
        .set({ lineManagerId: managerId })
        .where(and(eq(employments.organisationId, organisation.id), eq(employments.personId, ids.get(row.email)!)));
    }
    await audit(tx, actor, { organisationId: organisation.id, action: 'people.imported', recordType: 'organisation', recordId: organisation.id, details: { rows: preview.rows.length, invited: input.invite } });
    return ids.size;
  });
  void ctx.mailer.deliver().catch(() => 0);
  return { imported: created };
}

/** Messages for this organisation, and account messages (resets) for its people. */
export async function listOutbox(db: Db, actor: Actor, limit: number) {
  const members = db.selectDistinct({ id: roleAssignments.personId }).from(roleAssignments).where(eq(roleAssignments.organisationId, actor.organisationId));
  const messages = await db
    .select({ id: outbox.id, to: outbox.to, subject: outbox.subject, text: outbox.text, createdAt: outbox.createdAt, sentAt: outbox.sentAt, error: outbox.error })
    .from(outbox)
    .where(or(eq(outbox.organisationId, actor.organisationId), and(isNull(outbox.organisationId), inArray(outbox.personId, members))))
    .orderBy(desc(outbox.createdAt))
    .limit(limit);
  // Messages hold sign-in links: reading them is recorded.
  await db.transaction((tx) => audit(tx, actor, { organisationId: actor.organisationId, action: 'outbox.read', recordType: 'outbox', details: { messages: messages.length } }));
  return messages;
}
