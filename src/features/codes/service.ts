import { and, asc, desc, eq, ilike, inArray, isNotNull, isNull, or, sql, type SQL, type SQLWrapper } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Db, Transaction, Tx } from '../../db/index.ts';
import { jsonRows } from '../../db/json-rows.ts';
import { planned } from '../../db/planner.ts';
import { audit, canonicalJson, systemActor } from '../../platform/audit/index.ts';
import { citableRecordVisible, type CitableRecordType } from '../../platform/citable.ts';
import { endOfLondonDay } from '../../platform/calendar/index.ts';
import { Conflict, Invalid, NotFound } from '../../platform/errors.ts';
import { academies, organisations, roleAssignments } from '../../platform/people/schema.ts';
import { accessible, allowedOn, type Actor, type Role } from '../../platform/policy.ts';
import { createDeadline, meetRecordDeadlines, type DeadlinesContext } from '../deadlines/index.ts';
import type { CodeLibrary } from './files.ts';
import { catalogue, textsOf, type CatalogueEntry, type Provision, type VersionText } from './texts.ts';
import { adoptionStatus, attestationDueOn, compareVersions, contentHash, flatten, superseded, type FlatProvision } from './rules.ts';
import { adoptions, attestationCampaigns, attestations, citations, codeVersions, codes, provisions, versionMappings } from './schema.ts';
import { clock } from '../../platform/clock.ts';
import { EVERY_ROW, type Page } from '../../platform/paging.ts';
import { likeText } from '../../platform/validation.ts';
import { askedBy, binds } from './binding.ts';
import { builtOnce } from '../../db/built.ts';

/**
 * Brings the database's codes up to date with the code files: new versions are added, a version whose
 * file changed has its provisions replaced, and each load is recorded. Safe in several processes at once.
 */
export async function syncLibrary(db: Db, library: CodeLibrary): Promise<{ added: number; updated: number }> {
  const { codes: changedCodes, mappings: changedMappings } = await changedSinceLoaded(db, library);
  if (changedCodes.size === 0 && changedMappings.length === 0) return { added: 0, updated: 0 };
  let added = 0;
  let updated = 0;
  await db.transaction(async (tx) => {
    await tx.execute(sql`SELECT pg_advisory_xact_lock(hashtext('probity.codes'))`);
    // Every file of a code that changed, in order, so that the code's title and publisher are its last file's.
    for (const { file, data } of library.codes.filter((c) => changedCodes.has(c.data.code))) {
      const hash = contentHash(data);
      await tx.insert(codes).values({ id: data.code, title: data.title, publisher: data.publisher }).onConflictDoUpdate({ target: codes.id, set: { title: data.title, publisher: data.publisher } });
      const [existing] = await tx.select().from(codeVersions).where(and(eq(codeVersions.codeId, data.code), eq(codeVersions.version, data.version)));
      if (existing?.contentHash === hash) continue;
      const values = {
        codeId: data.code,
        version: data.version,
        title: data.title,
        effectiveFrom: data.effectiveFrom,
        sourceDocument: data.source.document,
        sourceTitle: data.source.title,
        preamble: data.preamble ?? null,
        notes: data.notes ?? null,
        contentHash: hash,
        file,
        loadedAt: clock.now(),
      };
      let versionId: string;
      if (existing) {
        await tx.update(codeVersions).set(values).where(eq(codeVersions.id, existing.id));
        await tx.delete(provisions).where(and(eq(provisions.versionId, existing.id), sql`NOT EXISTS (SELECT 1 FROM citations c WHERE c.provision_id = ${provisions.id})`));
        versionId = existing.id;
        updated++;
      } else {
        [{ id: versionId }] = (await tx.insert(codeVersions).values(values).returning({ id: codeVersions.id })) as [{ id: string }];
        added++;
      }
      for (const p of flatten(data.provisions)) {
        const row = { versionId, key: p.key, parentKey: p.parentKey, position: p.position, depth: p.depth, number: p.number, heading: p.heading, text: p.text, kind: p.kind, footnotes: p.footnotes, themes: p.themes, links: p.links };
        // A cited provision keeps its id, so that citations survive a corrected file.
        await tx.insert(provisions).values(row).onConflictDoUpdate({ target: [provisions.versionId, provisions.key], set: row });
      }
      await audit(tx, systemActor(), { organisationId: null, action: existing ? 'code_version.reloaded' : 'code_version.loaded', recordType: 'code_version', recordId: versionId, details: { code: data.code, version: data.version, contentHash: hash } });
    }
    for (const { data } of changedMappings) {
      await tx
        .insert(versionMappings)
        .values({ codeId: data.code, fromVersion: data.from, toVersion: data.to, pairs: data.pairs })
        .onConflictDoUpdate({ target: [versionMappings.codeId, versionMappings.fromVersion, versionMappings.toVersion], set: { pairs: data.pairs } });
    }
  });
  return { added, updated };
}

/**
 * The codes, and the mappings, whose files say something other than the database holds: read outside any
 * transaction and without the lock, so that a start with the same files as the last writes nothing; what
 * changed is checked again under the lock as it is loaded.
 */
async function changedSinceLoaded(db: Db, library: CodeLibrary): Promise<{ codes: Set<string>; mappings: CodeLibrary['mappings'] }> {
  const codeRows = new Map((await db.select().from(codes)).map((c) => [c.id, c]));
  const versionHashes = new Map((await db.select({ codeId: codeVersions.codeId, version: codeVersions.version, contentHash: codeVersions.contentHash }).from(codeVersions)).map((v) => [`${v.codeId} ${v.version}`, v.contentHash]));
  const changed = new Set(library.codes.filter(({ data }) => versionHashes.get(`${data.code} ${data.version}`) !== contentHash(data)).map(({ data }) => data.code));
  // A code's title and publisher are those of its last file.
  const last = new Map(library.codes.map(({ data }) => [data.code, data]));
  for (const [code, data] of last) if (codeRows.get(code)?.title !== data.title || codeRows.get(code)?.publisher !== data.publisher) changed.add(code);
  const pairs = new Map((await db.select().from(versionMappings)).map((m) => [`${m.codeId} ${m.fromVersion} ${m.toVersion}`, canonicalJson(m.pairs)]));
  const mappings = library.mappings.filter(({ data }) => pairs.get(`${data.code} ${data.from} ${data.to}`) !== canonicalJson(data.pairs));
  return { codes: changed, mappings };
}

export async function listCodes(db: Db) {
  const byCode = new Map<string, { id: string; title: string; publisher: string; versions: { id: string; version: string; effectiveFrom: string; contentHash: string }[] }>();
  for (const v of await catalogue(db)) {
    const code = byCode.get(v.codeId) ?? { id: v.codeId, title: v.codeTitle, publisher: v.publisher, versions: [] };
    code.versions.push({ id: v.id, version: v.version, effectiveFrom: v.effectiveFrom, contentHash: v.contentHash });
    byCode.set(v.codeId, code);
  }
  return [...byCode.values()];
}

async function findVersion(db: Db | Tx, codeId: string, version: string) {
  const [row] = await db.select().from(codeVersions).where(and(eq(codeVersions.codeId, codeId), eq(codeVersions.version, version)));
  if (!row) throw new NotFound('code version');
  return row;
}

const presentProvision = (p: Provision) => ({
  id: p.id,
  key: p.key,
  parentKey: p.parentKey,
  depth: p.depth,
  number: p.number,
  heading: p.heading,
  text: p.text,
  kind: p.kind,
  footnotes: p.footnotes,
  themes: p.themes,
  links: p.links,
});

/** A version in the catalogue, or 404. */
function entryOf(all: CatalogueEntry[], codeId: string, version: string) {
  const entry = all.find((v) => v.codeId === codeId && v.version === version);
  if (!entry) throw new NotFound('code version');
  return entry;
}

/** A version of a code with its provisions in document order (each knows its parent, to draw the tree). */
export async function getVersion(db: Db, codeId: string, version: string) {
  const all = await catalogue(db);
  const entry = entryOf(all, codeId, version);
  const [text] = (await textsOf(db, [entry])) as [VersionText];
  return {
    code: { id: codeId, title: entry.codeTitle, publisher: entry.publisher },
    id: text.id,
    version: text.version,
    title: text.title,
    effectiveFrom: text.effectiveFrom,
    source: { document: text.sourceDocument, title: text.sourceTitle },
    preamble: text.preamble,
    notes: text.notes,
    contentHash: text.contentHash,
    versions: all.filter((v) => v.codeId === codeId).map((v) => ({ version: v.version, effectiveFrom: v.effectiveFrom })),
    provisions: text.provisions.map(presentProvision),
  };
}

const asFlat = (p: Provision): FlatProvision => ({ ...p, path: '', kind: p.kind as FlatProvision['kind'] });

/** What changed between two versions of a code: provisions added, removed, renumbered or reworded, with word diffs. */
export async function compare(db: Db, codeId: string, fromVersion: string, toVersion: string) {
  const all = await catalogue(db);
  const [texts, [mapping]] = await Promise.all([
    textsOf(db, [entryOf(all, codeId, fromVersion), entryOf(all, codeId, toVersion)]),
    db.select().from(versionMappings).where(and(eq(versionMappings.codeId, codeId), eq(versionMappings.fromVersion, fromVersion), eq(versionMappings.toVersion, toVersion))),
  ]);
  const [before, after] = texts.map((text) => text.provisions.map(asFlat)) as [FlatProvision[], FlatProvision[]];
  const changes = compareVersions(before, after, mapping?.pairs);
  const brief = (p: FlatProvision | null) => (p ? { key: p.key, number: p.number, heading: p.heading, text: p.text, depth: p.depth } : null);
  const counts = { unchanged: 0, reworded: 0, renumbered: 0, 'renumbered-and-reworded': 0, added: 0, removed: 0 };
  for (const c of changes) counts[c.change]++;
  return {
    code: codeId,
    from: fromVersion,
    to: toVersion,
    mapped: Boolean(mapping),
    counts,
    changes: changes.map((c) => ({ change: c.change, from: brief(c.from), to: brief(c.to), diff: c.diff })),
  };
}

/** The organisation's adoptions with their versions, each with where it stands now (the rule in rules.ts). */
async function adoptionsOf(db: Db | Tx, organisationId: string, now = clock.now()) {
  const rows = await db.select({ adoption: adoptions, version: codeVersions }).from(adoptions).innerJoin(codeVersions, eq(codeVersions.id, adoptions.versionId)).where(eq(adoptions.organisationId, organisationId));
  return rows.map((r) => ({ ...r, status: adoptionStatus(r.adoption, now) }));
}

/** The versions an organisation has adopted that are in force now: for search, and for the other features through index.ts. */
export async function versionsInForce(db: Db | Tx, organisationId: string, now = clock.now()) {
  return (await adoptionsOf(db, organisationId, now)).filter((a) => a.status === 'in-force').map(({ version }) => ({ id: version.id, codeId: version.codeId, title: version.title, version: version.version, contentHash: version.contentHash }));
}

const versionBrief = { id: codeVersions.id, codeId: codeVersions.codeId, title: codeVersions.title, version: codeVersions.version };
const provisionBrief = ({ id, versionId, key, number, heading, text, kind, position }: Provision) => ({ id, versionId, key, number, heading, text, kind, position });

/** Code versions by id (those that exist): their code, title and version. */
export async function versionsById(db: Db | Tx, ids: readonly string[]) {
  return ids.length ? db.select(versionBrief).from(codeVersions).where(inArray(codeVersions.id, [...new Set(ids)])) : [];
}

/** Every provision of the versions, in document order. */
export async function provisionsOfVersions(db: Db | Tx, versionIds: readonly string[]) {
  if (versionIds.length === 0) return [];
  const wanted = (await catalogue(db)).filter((v) => versionIds.includes(v.id)).sort((a, b) => (a.id < b.id ? -1 : 1));
  return (await textsOf(db, wanted)).flatMap((text) => text.provisions.map(provisionBrief));
}

/** Provisions by id (those that exist), in document order. */
export async function provisionsById(db: Db | Tx, ids: readonly string[]) {
  if (ids.length === 0) return [];
  const wanted = new Set(ids);
  const found = (await textsOf(db, await catalogue(db))).flatMap((text) => text.provisions.filter((p) => wanted.has(p.id)));
  return found.sort((a, b) => a.position - b.position).map(provisionBrief);
}

/**
 * Searches already answered, newest last. A search of the same texts (versions and content hashes) for the
 * same words finds the same, and the texts never change; the newest few hundred answers are kept.
 */
const searches = new Map<string, ReturnType<typeof searchVersions>>();
const SEARCHES_KEPT = 500;

/**
 * Full-text search (English stemming) across the codes the organisation has adopted, best matches first,
 * with the matching words marked.
 */
export async function search(db: Db, actor: Actor, q: string, limit: number, asYouType = false) {
  const adopted = await versionsInForce(db, actor.organisationId);
  if (adopted.length === 0) return [];
  const key = JSON.stringify([adopted.map((v) => `${v.id}:${v.contentHash}`).sort(), q, limit, asYouType]);
  const answer = searches.get(key) ?? searchVersions(db, adopted.map((v) => v.id), q, limit, asYouType);
  searches.delete(key);
  searches.set(key, answer);
  answer.catch(() => searches.delete(key));
  if (searches.size > SEARCHES_KEPT) searches.delete(searches.keys().next().value!);
  return answer;
}

async function searchVersions(db: Db, versionIds: string[], q: string, limit: number, asYouType: boolean) {
  const query = asYouType ? prefixQuery(q) : sql`websearch_to_tsquery('english', ${q})`;
  const rows = await db
    .select({
      id: provisions.id,
      key: provisions.key,
      number: provisions.number,
      heading: provisions.heading,
      codeId: codeVersions.codeId,
      codeTitle: codeVersions.title,
      version: codeVersions.version,
      rank: sql<number>`ts_rank(${provisions.search}, ${query})`,
      snippet: sql<string>`ts_headline('english', concat_ws(': ', ${provisions.heading}, nullif(${provisions.text}, '')), ${query}, 'StartSel=[[, StopSel=]], MaxFragments=2, MaxWords=30, MinWords=10')`,
    })
    .from(provisions)
    .innerJoin(codeVersions, eq(codeVersions.id, provisions.versionId))
    .where(and(sql`${provisions.search} @@ ${query}`, inArray(provisions.versionId, versionIds)))
    .orderBy(desc(sql`ts_rank(${provisions.search}, ${query})`), asc(provisions.position))
    .limit(limit);
  // Highlights travel as ranges rather than markup, so that no text from a code is ever rendered as HTML.
  return rows.map(({ snippet, rank, ...r }) => ({ ...r, rank: Number(rank), snippet: splitHighlights(snippet) }));
}

/**
 * For search as you type: every word must match, each as a prefix ("safeg conc" finds a safeguarding
 * concern). The words are letters and digits only, so nothing typed can reach to_tsquery's own syntax;
 * with no word left, the query is empty and matches nothing.
 */
function prefixQuery(q: string) {
  const words = q.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  return sql`to_tsquery('english', ${words.map((w) => `${w}:*`).join(' & ')})`;
}

export function splitHighlights(snippet: string): { text: string; match: boolean }[] {
  return snippet
    .split(/(\[\[.*?\]\])/)
    .filter(Boolean)
    .map((part) => (part.startsWith('[[') && part.endsWith(']]') ? { text: part.slice(2, -2), match: true } : { text: part, match: false }));
}

/** Provisions of every code tagged with a theme, so that codes can be read side by side. */
export async function byTheme(db: Db, theme: string) {
  const all = await catalogue(db);
  const texts = await textsOf(db, all);
  return texts.flatMap((text) => text.provisions.filter((p) => p.themes.includes(theme)).map((p) => ({ codeId: text.codeId, codeTitle: text.title, version: text.version, ...presentProvision(p) })));
}

export interface AdoptionInput {
  codeId: string;
  version: string;
  adoptedFrom: string;
  roles: Role[];
  academyIds: string[];
  material: boolean;
  attestationDueOn?: string | undefined;
}

/**
 * Adopts a code version from a date, for everyone or chosen roles or academies. It replaces an earlier
 * version of the same code; a material change starts an attestation campaign for those it binds.
 */
export async function adopt(ctx: DeadlinesContext, actor: Actor, input: AdoptionInput) {
  const version = await findVersion(ctx.db, input.codeId, input.version);
  if (input.academyIds.length) {
    const found = await ctx.db.select({ id: academies.id }).from(academies).where(and(eq(academies.organisationId, actor.organisationId), inArray(academies.id, input.academyIds)));
    const known = new Set(found.map((a) => a.id));
    const problems = input.academyIds.map((id, i) => ({ id, i })).filter(({ id }) => !known.has(id));
    if (problems.length) throw new Invalid(problems.map(({ i }) => ({ field: `body.academyIds.${i}`, reason: 'is not an academy of this organisation' })));
  }
  const current = await ctx.db
    .select({ id: adoptions.id, versionId: adoptions.versionId })
    .from(adoptions)
    .innerJoin(codeVersions, eq(codeVersions.id, adoptions.versionId))
    .where(and(eq(adoptions.organisationId, actor.organisationId), eq(codeVersions.codeId, input.codeId), isNull(adoptions.endedOn)));
  if (current.some((c) => c.versionId === version.id)) {
    throw new Conflict('already-adopted', 'Already adopted', `This organisation has already adopted ${input.codeId} version ${input.version}.`);
  }
  const replaces = current.length > 0;
  const result = await ctx.db.transaction(async (tx) => {
    if (replaces) await tx.update(adoptions).set({ endedOn: input.adoptedFrom }).where(inArray(adoptions.id, current.map((c) => c.id)));
    const [adoption] = await tx
      .insert(adoptions)
      .values({ organisationId: actor.organisationId, versionId: version.id, adoptedFrom: input.adoptedFrom, roles: input.roles, academyIds: input.academyIds, material: input.material, createdBy: actor.personId })
      .returning();
    await audit(tx, actor, {
      organisationId: actor.organisationId,
      action: 'code.adopted',
      recordType: 'adoption',
      recordId: adoption!.id,
      details: { code: input.codeId, version: input.version, adoptedFrom: input.adoptedFrom, roles: input.roles, academies: input.academyIds.length, material: input.material, replaces },
    });
    // A first adoption, or a material change, asks those bound to confirm; an editorial change does not.
    const campaign = input.material ? await startCampaign(ctx, tx, actor, adoption!, version, input.attestationDueOn) : null;
    return { adoptionId: adoption!.id, campaignId: campaign?.id ?? null, replaces };
  });
  void ctx.mailer.deliver().catch(() => 0);
  return result;
}

async function startCampaign(ctx: DeadlinesContext, tx: Transaction, actor: Actor, adoption: typeof adoptions.$inferSelect, version: typeof codeVersions.$inferSelect, dueOn?: string) {
  const due = attestationDueOn(clock.now(), dueOn);
  const [campaign] = await tx
    .insert(attestationCampaigns)
    .values({ organisationId: actor.organisationId, adoptionId: adoption.id, versionId: version.id, title: `Read and confirm: ${version.title} (${version.version})`, dueOn: due, createdBy: actor.personId })
    .returning();
  for (const person of await askedBy(tx, actor.organisationId, campaign!.id)) {
    await createDeadline(ctx, tx, actor, {
      organisationId: actor.organisationId,
      kind: 'attestation',
      title: campaign!.title,
      ownerId: person.personId,
      academyId: person.academyId,
      rule: { type: 'fixed', dueAt: endOfLondonDay(due).toISOString() },
      recordType: 'attestation_campaign',
      recordId: campaign!.id,
    });
  }
  await audit(tx, actor, { organisationId: actor.organisationId, action: 'attestation_campaign.started', recordType: 'attestation_campaign', recordId: campaign!.id, details: { dueOn: due } });
  return campaign!;
}

/** codesBindingMe's query, built once: the adoptions that bind the person (`personId`), with their newest campaigns. */
const codesBinding = builtOnce((db) => {
  const campaign = alias(attestationCampaigns, 'campaign');
  const personId = sql`${sql.placeholder('personId')}::uuid`;
  return db
    .select({
      adoption: adoptions,
      codeId: codeVersions.codeId,
      title: codeVersions.title,
      version: codeVersions.version,
      campaign: { id: campaign.id, dueOn: campaign.dueOn },
      attestedAt: attestations.attestedAt,
    })
    .from(adoptions)
    .innerJoin(codeVersions, eq(codeVersions.id, adoptions.versionId))
    // The adoption's newest campaign, and whether the person has confirmed it.
    .leftJoin(campaign, eq(campaign.id, sql`(SELECT c.id FROM ${attestationCampaigns} c WHERE c.adoption_id = ${adoptions.id} ORDER BY c.created_at DESC LIMIT 1)`))
    .leftJoin(attestations, and(eq(attestations.campaignId, campaign.id), eq(attestations.personId, personId)))
    .where(and(inArray(adoptions.organisationId, db.selectDistinct({ id: roleAssignments.organisationId }).from(roleAssignments).where(eq(roleAssignments.personId, personId))), binds(personId)))
    .orderBy(asc(adoptions.organisationId), asc(adoptions.adoptedFrom));
});

/**
 * The codes that bind the person, in every organisation they belong to, with whether they have confirmed
 * each: those in force, and those adopted from a date still to come (whose confirmation is already asked).
 */
export async function codesBindingMe(db: Db, personId: string) {
  const now = clock.now();
  const rows = await codesBinding(db).execute({ personId });
  return rows
    .map((row) => ({ ...row, status: adoptionStatus(row.adoption, now) }))
    .filter((row) => row.status !== 'superseded')
    .map(({ adoption, codeId, title, version, status, campaign, attestedAt }) => ({
      organisationId: adoption.organisationId,
      codeId,
      title,
      version,
      adoptedFrom: adoption.adoptedFrom,
      status: status as 'in-force' | 'upcoming',
      campaign: campaign ? { ...campaign, attestedAt } : null,
    }));
}

export const ATTESTATION_STATEMENT = 'I have read and understood this code, and I will follow it.';

/**
 * A person confirms, for themself only, the exact version a campaign asks about: not a superseded one,
 * not twice, and only the content they were shown (its hash).
 */
export async function attest(ctx: DeadlinesContext, actor: Actor, campaignId: string, input: { contentHash: string; statement: string; personId?: string | undefined }) {
  if (input.personId && input.personId !== actor.personId) {
    throw new Conflict('attest-for-yourself', 'Only for yourself', 'An attestation is a personal statement: nobody can make it for someone else.');
  }
  const [campaign] = await ctx.db.select().from(attestationCampaigns).where(and(eq(attestationCampaigns.id, campaignId), eq(attestationCampaigns.organisationId, actor.organisationId)));
  if (!campaign) throw new NotFound('attestation campaign');
  const [adoption] = await ctx.db.select().from(adoptions).where(and(eq(adoptions.id, campaign.adoptionId), eq(adoptions.organisationId, actor.organisationId)));
  if ((await askedBy(ctx.db, actor.organisationId, campaign.id, actor.personId)).length === 0) throw new NotFound('attestation campaign');
  if (superseded(adoption!, clock.now())) {
    throw new Conflict('superseded-version', 'A newer version applies', 'This version of the code has been replaced by a newer one; confirm the version now in force instead.');
  }
  const [version] = await ctx.db.select().from(codeVersions).where(eq(codeVersions.id, campaign.versionId));
  if (input.contentHash !== version!.contentHash) {
    throw new Conflict('content-changed', 'The text has changed', 'The code you read is not the text now on record; reload it, read it and confirm again.');
  }
  if (input.statement.trim() !== ATTESTATION_STATEMENT) throw Invalid.field('body.statement', `must be exactly: ${ATTESTATION_STATEMENT}`);
  const [already] = await ctx.db.select().from(attestations).where(and(eq(attestations.campaignId, campaign.id), eq(attestations.personId, actor.personId)));
  if (already) throw new Conflict('already-attested', 'Already confirmed', `You confirmed this code on ${already.attestedAt.toISOString().slice(0, 10)}.`);
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(attestations)
      .values({ organisationId: actor.organisationId, campaignId: campaign.id, personId: actor.personId, versionId: version!.id, contentHash: version!.contentHash, statement: ATTESTATION_STATEMENT })
      .onConflictDoNothing()
      .returning();
    if (!row) throw new Conflict('already-attested', 'Already confirmed', 'You have already confirmed this code.');
    await meetRecordDeadlines(tx, actor, { organisationId: actor.organisationId, recordType: 'attestation_campaign', recordId: campaign.id, kind: 'attestation', ownerId: actor.personId });
    await audit(tx, actor, { organisationId: actor.organisationId, action: 'attestation.made', recordType: 'attestation_campaign', recordId: campaign.id, details: { contentHash: version!.contentHash } });
    return { id: row.id, attestedAt: row.attestedAt, contentHash: row.contentHash, version: version!.version };
  });
}

/** Who a campaign's dashboard lists: those counted at an academy (or the central team), of a role, confirmed or not, by name or email. */
export interface AskedFilters {
  /** An academy of the organisation, or `central` for the central team. */
  academyId?: string | undefined;
  role?: Role | undefined;
  status?: 'confirmed' | 'pending' | undefined;
  q?: string | undefined;
}

const CENTRAL_TEAM = 'Central team';

/**
 * Those a campaign asks whom the actor oversees, the same policy as `can` judges one by: a person lies at the
 * academy they are counted at, and in its region. The pieces of a query over them, with whether each confirmed;
 * `asked` names the statement's WITH query, which `definition` defines.
 */
function overseen(db: Tx, actor: Actor, campaignId: string, filters: AskedFilters) {
  const definition = askedBy(db, actor.organisationId, campaignId);
  const asked = db.$with('asked').as(definition);
  const needle = filters.q?.trim() ? `%${likeText(filters.q.trim())}%` : undefined;
  const academyName = sql<string>`coalesce(${academies.name}, ${CENTRAL_TEAM})`;
  return {
    definition,
    asked,
    academyName,
    academy: and(eq(academies.organisationId, actor.organisationId), eq(academies.id, asked.academyId)),
    confirmation: and(eq(attestations.organisationId, actor.organisationId), eq(attestations.campaignId, campaignId), eq(attestations.personId, asked.personId)),
    inScope: accessible(actor, 'attestation.oversee', {
      within: (academyIds, regionIds) => or(academyIds.length ? inArray(asked.academyId, academyIds) : undefined, regionIds.length ? inArray(academies.regionId, regionIds) : undefined, sql`false`)!,
    }),
    matching: and(
      filters.academyId === 'central' ? isNull(asked.academyId) : filters.academyId ? eq(asked.academyId, filters.academyId) : undefined,
      filters.role ? sql`${filters.role} = ANY(${asked.roles})` : undefined,
      filters.status === 'confirmed' ? isNotNull(attestations.id) : filters.status === 'pending' ? isNull(attestations.id) : undefined,
      needle ? or(ilike(asked.name, needle), ilike(asked.email, needle)) : undefined,
    ),
  };
}
type Overseen = ReturnType<typeof overseen>;

/** The campaign, if it is the organisation's, and whether the academy a filter names is one of its academies. */
async function campaignOf(db: Tx, actor: Actor, campaignId: string, filters: AskedFilters) {
  const academyId = filters.academyId === 'central' ? undefined : filters.academyId;
  const [campaign] = await db
    .select({
      id: attestationCampaigns.id,
      title: attestationCampaigns.title,
      dueOn: attestationCampaigns.dueOn,
      academyKnown: academyId ? sql<boolean>`EXISTS (SELECT 1 FROM ${academies} a WHERE a.organisation_id = ${actor.organisationId} AND a.id = ${academyId})` : sql<boolean>`true`,
    })
    .from(attestationCampaigns)
    .where(and(eq(attestationCampaigns.id, campaignId), eq(attestationCampaigns.organisationId, actor.organisationId)));
  if (!campaign) throw new NotFound('attestation campaign');
  if (!campaign.academyKnown) throw Invalid.field('querystring.academyId', 'is not an academy of this organisation');
  return { id: campaign.id, title: campaign.title, dueOn: campaign.dueOn };
}

/** Fields selected under their own names, for a row that becomes a JSON object (`jsonRows`). */
const named = (fields: Record<string, SQLWrapper>) => Object.fromEntries(Object.entries(fields).map(([name, field]) => [name, sql`${field}`.as(name)]));

/** A page of those the actor oversees that match the filters, by academy (the central team among them by name), then name. */
function askedPage(db: Tx, o: Overseen, page: Page) {
  return db
    .select(named({ personId: o.asked.personId, name: o.asked.name, email: o.asked.email, academy: o.academyName, roles: o.asked.roles, attestedAt: attestations.attestedAt }))
    .from(o.asked)
    .leftJoin(academies, o.academy)
    .leftJoin(attestations, o.confirmation)
    .where(and(o.inScope, o.matching))
    .orderBy(o.academyName, o.asked.name, o.asked.personId)
    .limit(page.limit)
    .offset(page.offset);
}

/**
 * How many of those the actor oversees have confirmed, in all, by academy and by role (a person counts in each of
 * their roles), and how many match the filters. A person is a row for each role they hold; each is counted by
 * role in every row, and otherwise in the row of their first role only: counting rows needs no sort, where
 * counting distinct people sorted them again for each grouping.
 */
function askedTotals(db: Tx, o: Overseen) {
  const counted = (where: SQL | undefined) => sql`CASE WHEN grouping(held.role) = 0 THEN count(*) FILTER (WHERE ${where ?? sql`true`}) ELSE count(*) FILTER (WHERE held.n = 1 AND ${where ?? sql`true`}) END`;
  return db
    .select(
      named({
        grouped: sql`CASE WHEN grouping(held.role) = 0 THEN 'role' WHEN grouping(${o.asked.academyId}) = 0 THEN 'academy' ELSE 'all' END`,
        academyId: o.asked.academyId,
        academy: o.academyName,
        role: sql`held.role`,
        total: counted(undefined),
        done: counted(isNotNull(attestations.id)),
        matching: counted(o.matching),
      }),
    )
    .from(o.asked)
    .crossJoin(sql`unnest(${o.asked.roles}) WITH ORDINALITY AS held(role, n)`)
    .leftJoin(academies, o.academy)
    .leftJoin(attestations, o.confirmation)
    .where(o.inScope)
    .groupBy(sql`GROUPING SETS ((), (${o.asked.academyId}, ${academies.name}), (held.role))`);
}

interface AskedPerson {
  personId: string;
  name: string;
  email: string;
  academy: string;
  roles: Role[];
  attestedAt: Date | null;
}
interface AskedTotal {
  grouped: 'all' | 'academy' | 'role';
  academyId: string | null;
  academy: string;
  role: Role | null;
  total: number;
  done: number;
  matching: number;
}

/**
 * Those the actor oversees, in one statement that finds whom the campaign asks once: a page of those matching
 * the filters, and with `totals` the counts (`askedTotals`). Without compiling the statement to machine code
 * first: its cost is estimated from each person's look-ups, so PostgreSQL would judge a trust of 10,000 worth
 * compiling for, which takes longer (0.3 s) than running it.
 */
async function askedOf(db: Db, actor: Actor, campaignId: string, filters: AskedFilters, page: Page, totals: boolean) {
  return planned(db, 'noJit', async (tx) => {
    const campaign = await campaignOf(tx, actor, campaignId, filters);
    const o = overseen(tx, actor, campaignId, filters);
    const [row] = (
      await tx.execute(sql`with ${o.asked} as (${o.definition})
        select ${jsonRows(askedPage(tx, o, page).getSQL())} as "people", ${totals ? jsonRows(askedTotals(tx, o).getSQL()) : sql`'[]'::json`} as "totals"`)
    ).rows as [{ people: (Omit<AskedPerson, 'attestedAt'> & { attestedAt: string | null })[]; totals: AskedTotal[] }];
    return { campaign, people: row.people.map((p): AskedPerson => ({ ...p, attestedAt: p.attestedAt === null ? null : new Date(p.attestedAt) })), totals: row.totals };
  });
}

/**
 * Completion of a campaign by academy and by role, with a page of the people for drill-down: all of it scoped to
 * what the actor oversees, and counted by the database.
 */
export async function campaignDashboard(db: Db, actor: Actor, campaignId: string, filters: AskedFilters, page: Page) {
  const { campaign, people, totals } = await askedOf(db, actor, campaignId, filters, page, true);
  const all = totals.find((r) => r.grouped === 'all');
  const byName = (a: { group: string }, b: { group: string }) => a.group.localeCompare(b.group);
  return {
    campaign,
    total: all?.total ?? 0,
    done: all?.done ?? 0,
    matching: all?.matching ?? 0,
    byAcademy: totals.filter((r) => r.grouped === 'academy').map((r) => ({ group: r.academy, academyId: r.academyId, total: r.total, done: r.done })).sort(byName),
    byRole: totals.filter((r) => r.grouped === 'role').map((r) => ({ group: r.role!, total: r.total, done: r.done })).sort(byName),
    people,
  };
}

/** Everyone the actor oversees who matches the filters, for the spreadsheet. */
export async function campaignPeople(db: Db, actor: Actor, campaignId: string, filters: AskedFilters) {
  return (await askedOf(db, actor, campaignId, filters, EVERY_ROW, false)).people;
}

export async function listCampaigns(db: Db, actor: Actor) {
  const campaigns = await db
    .select({ id: attestationCampaigns.id, title: attestationCampaigns.title, dueOn: attestationCampaigns.dueOn, createdAt: attestationCampaigns.createdAt })
    .from(attestationCampaigns)
    .where(eq(attestationCampaigns.organisationId, actor.organisationId))
    .orderBy(desc(attestationCampaigns.createdAt));
  // Campaigns run organisation-wide: one may follow who has confirmed, and confirm oneself if bound.
  const allowed = allowedOn(actor, { organisationId: actor.organisationId }, ['attestation.oversee', 'attestation.make']);
  return campaigns.map((campaign) => ({ ...campaign, allowed }));
}

export async function listAdoptions(db: Db, actor: Actor) {
  const now = clock.now();
  const rows = await db
    .select({ id: adoptions.id, codeId: codeVersions.codeId, title: codeVersions.title, version: codeVersions.version, adoptedFrom: adoptions.adoptedFrom, endedOn: adoptions.endedOn, roles: adoptions.roles, academyIds: adoptions.academyIds, material: adoptions.material })
    .from(adoptions)
    .innerJoin(codeVersions, eq(codeVersions.id, adoptions.versionId))
    .where(eq(adoptions.organisationId, actor.organisationId))
    .orderBy(asc(codeVersions.title), desc(adoptions.adoptedFrom));
  // An adoption is replaced or ended by adopting again; the form is offered to those who may.
  const allowed = allowedOn(actor, { organisationId: actor.organisationId }, ['codes.adopt']);
  return rows.map((row) => ({ ...row, status: adoptionStatus(row, now), allowed }));
}

/**
 * Cites provisions from a record of the organisation that the actor may see; citing the same provision
 * twice is harmless. A record that does not exist here, or that the actor may not see, is not found.
 */
export async function cite(db: Db, actor: Actor, input: { provisionIds: string[]; recordType: CitableRecordType; recordId: string }) {
  const found = await db.select({ id: provisions.id }).from(provisions).where(inArray(provisions.id, input.provisionIds));
  const known = new Set(found.map((p) => p.id));
  const missing = input.provisionIds.map((id, i) => ({ id, i })).filter(({ id }) => !known.has(id));
  if (missing.length) throw new Invalid(missing.map(({ i }) => ({ field: `body.provisionIds.${i}`, reason: 'is not a provision of any code' })));
  if (!(await citableRecordVisible(db, actor, input.recordType, input.recordId))) throw new NotFound('record');
  await db.transaction(async (tx) => {
    await tx
      .insert(citations)
      .values(input.provisionIds.map((provisionId) => ({ organisationId: actor.organisationId, provisionId, recordType: input.recordType, recordId: input.recordId, createdBy: actor.personId })))
      .onConflictDoNothing();
    await audit(tx, actor, { organisationId: actor.organisationId, action: 'provision.cited', recordType: input.recordType, recordId: input.recordId, details: { provisions: input.provisionIds } });
  });
  return citationsOfRecord(db, actor, input.recordType, input.recordId);
}

export async function citationsOfRecord(db: Db, actor: Actor, recordType: string, recordId: string) {
  return db
    .select({ provisionId: provisions.id, key: provisions.key, number: provisions.number, heading: provisions.heading, codeId: codeVersions.codeId, codeTitle: codeVersions.title, version: codeVersions.version })
    .from(citations)
    .innerJoin(provisions, eq(provisions.id, citations.provisionId))
    .innerJoin(codeVersions, eq(codeVersions.id, provisions.versionId))
    .where(and(eq(citations.organisationId, actor.organisationId), eq(citations.recordType, recordType), eq(citations.recordId, recordId)))
    .orderBy(asc(codeVersions.title), asc(provisions.position));
}

/** What cites a provision in the actor's organisation: record types and ids, to those who oversee citations. */
export async function citationsOfProvision(db: Db, actor: Actor, provisionId: string) {
  return db
    .select({ recordType: citations.recordType, recordId: citations.recordId, citedAt: citations.createdAt })
    .from(citations)
    .where(and(eq(citations.organisationId, actor.organisationId), eq(citations.provisionId, provisionId)))
    .orderBy(desc(citations.createdAt));
}

/** Every code a person has confirmed, in every organisation: for their own data export. */
export async function personalAttestations(db: Db, personId: string) {
  return db
    .select({ organisation: organisations.name, code: codeVersions.title, version: codeVersions.version, statement: attestations.statement, contentHash: attestations.contentHash, attestedAt: attestations.attestedAt })
    .from(attestations)
    .innerJoin(organisations, eq(organisations.id, attestations.organisationId))
    .innerJoin(codeVersions, eq(codeVersions.id, attestations.versionId))
    .where(eq(attestations.personId, personId))
    .orderBy(asc(attestations.attestedAt));
}
