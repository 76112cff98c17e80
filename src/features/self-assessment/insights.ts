import { and, eq, gt, gte, sql, type AnyColumn, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/index.ts';
import { planned } from '../../db/planner.ts';
import { withinOrganisation } from '../../db/wall.ts';
import { inLondon } from '../../platform/calendar/index.ts';
import { clock } from '../../platform/clock.ts';
import { naturally } from '../../platform/collation.ts';
import { academies } from '../../platform/people/schema.ts';
import { can, type Actor } from '../../platform/policy.ts';
import { NOT_ON_A_PROGRAMME, latestProgrammeCohorts, programmeCohortNames } from '../programmes/index.ts';
import { MIN_GROUP_SIZE, cohortOf, groupAverage, hoursPerPerson, type InsightGrouping } from './rules.ts';
import { developmentInsightRefreshes, developmentInsightSums, selfAssessments } from './schema.ts';
import { standardsOf, standardsVersion } from './service.ts';

// Leaders' insights (000 §2: the workforce's self-assessments, to plan development): which standards the
// workforce rates lowest and where CPD is thin, by academy, by the year joined or by programme cohort, from a
// year's submitted self-assessments. Aggregated only; a group of fewer than five shows nothing.
//
// The database adds everything up: the people alike in all that the insights scope and group by (their current
// posts, the year they joined, their programme cohort) are one row of sums, their ratings and CPD minutes
// standard by standard. A body of 100,000 members makes a few hundred such rows from millions of ratings, and
// the figures are made from those rows in the same way whoever reads them, the reader's scope applied to each
// row's posts. A job sums every organisation's recent years ahead, every ten minutes (refreshInsights); a read
// uses the sums while they are fresh, and otherwise sums for itself, the same query, which is slower at scale.

/** How old the sums a read uses may be: the job makes them every ten minutes, so older means it has stopped. */
export const SUMS_FRESH_FOR_MS = 30 * 60_000;
/** The years the job sums ahead: this one and the four before; an earlier year is summed when asked for. */
export const YEARS_SUMMED = 5;

interface Post {
  academyId: string | null;
  regionId: string | null;
}

/** People alike in their posts, the year they joined and their programme cohort, and what they add up to. */
type Sums = {
  posts: Post[];
  joinedIn: number | null;
  programmeCohortId: string | null;
  people: number;
  /** Standard by standard, in the order of the standards summed over. */
  ratingTotals: number[];
  ratingCounts: number[];
  cpdMinutes: number[];
  cpdTotal: number;
};

/**
 * The sums of an organisation's submitted self-assessments against a version for a year, each row with its
 * signature (what its people are alike in). A person counts when their self-assessment has a rating; their
 * posts are those not ended; they joined in the year of their membership, or else of their first current post;
 * CPD counts in the year it happened.
 */
function summed(organisationId: string, versionId: string, year: number, standardIds: readonly string[]): SQL {
  return sql`
    with placed as (
      select e.person_id, jsonb_agg(jsonb_build_object('academyId', e.academy_id, 'regionId', ac.region_id) order by e.academy_id, ac.region_id) as posts, min(e.started_on) as first_started
      from employments e left join academies ac on ac.id = e.academy_id
      where e.organisation_id = ${organisationId} and e.ended_on is null
      group by e.person_id
    ),
    keyed as (
      select a.id as assessment_id, a.person_id, coalesce(p.posts, '[]'::jsonb) as posts,
             extract(year from coalesce(m.joined_on, p.first_started))::int as joined_in, pc.cohort_id as programme_cohort_id
      from self_assessments a
      left join placed p on p.person_id = a.person_id
      left join memberships m on m.organisation_id = ${organisationId} and m.person_id = a.person_id
      left join ${latestProgrammeCohorts(organisationId)} pc on pc.person_id = a.person_id
      where a.organisation_id = ${organisationId} and a.version_id = ${versionId} and a.year = ${year}::int and a.status = 'submitted'
        and exists (select 1 from self_assessment_entries r where r.assessment_id = a.id and r.rating is not null)
    ),
    people as (select *, posts::text || '|' || coalesce(joined_in::text, '') || '|' || coalesce(programme_cohort_id::text, '') as signature from keyed),
    groups as (select signature, posts, joined_in, programme_cohort_id, count(*)::int as people from people group by 1, 2, 3, 4),
    standards as (select id, n::int from unnest(${sql.param(standardIds)}::uuid[]) with ordinality s(id, n)),
    rated as (
      select p.signature, s.n, sum(r.rating)::int as total, count(r.rating)::int as counted
      -- Each self-assessment's ratings by its key, not all ratings ever made hashed to find these (offset 0 keeps it so).
      from people p cross join lateral (select r.provision_id, r.rating from self_assessment_entries r where r.assessment_id = p.assessment_id offset 0) r
      join standards s on s.id = r.provision_id
      group by 1, 2
    ),
    activity as (
      select p.signature, c.minutes, c.provision_ids
      from people p join cpd_activities c on c.organisation_id = ${organisationId} and c.person_id = p.person_id
        and c.happened_on >= make_date(${year}::int, 1, 1) and c.happened_on < make_date(${year}::int + 1, 1, 1)
    ),
    trained as (select a.signature, s.n, sum(a.minutes)::int as minutes from activity a join standards s on s.id = any(a.provision_ids) group by 1, 2),
    trained_in_all as (select signature, sum(minutes)::int as minutes from activity group by 1)
    select g.signature, g.posts, g.joined_in as "joinedIn", g.programme_cohort_id as "programmeCohortId", g.people,
           array_agg(coalesce(r.total, 0) order by s.n) as "ratingTotals", array_agg(coalesce(r.counted, 0) order by s.n) as "ratingCounts",
           array_agg(coalesce(t.minutes, 0) order by s.n) as "cpdMinutes", coalesce(max(a.minutes), 0) as "cpdTotal"
    from groups g cross join standards s
    left join rated r on r.signature = g.signature and r.n = s.n
    left join trained t on t.signature = g.signature and t.n = s.n
    left join trained_in_all a on a.signature = g.signature
    group by g.signature, g.posts, g.joined_in, g.programme_cohort_id, g.people`;
}

const asJson = (column: AnyColumn) => sql<number[]>`to_json(${column})`;

/**
 * The sums the job made for this organisation, version and year over these standards, if they are fresh. The
 * standards are compared by the database: the refresh's array, repeated on each of a trust's thousand rows, took
 * a third of the server's time to parse.
 */
async function keptSums(db: Db, organisationId: string, versionId: string, year: number, standardIds: readonly string[]) {
  const r = developmentInsightRefreshes;
  const s = developmentInsightSums;
  const rows = await db
    .select({
      refreshedAt: r.refreshedAt,
      // The arrays as JSON, which the driver parses several times quicker than PostgreSQL's array text.
      sums: { posts: s.posts, joinedIn: s.joinedIn, programmeCohortId: s.programmeCohortId, people: s.people, ratingTotals: asJson(s.ratingTotals), ratingCounts: asJson(s.ratingCounts), cpdMinutes: asJson(s.cpdMinutes), cpdTotal: s.cpdTotal },
    })
    .from(r)
    .leftJoin(s, rowsOf(s, { organisationId, versionId, year }))
    .where(and(rowsOf(r, { organisationId, versionId, year }), gt(r.refreshedAt, new Date(clock.now().getTime() - SUMS_FRESH_FOR_MS)), eq(r.standardIds, [...standardIds])));
  if (!rows.length) return null;
  return { refreshedAt: rows[0]!.refreshedAt, sums: rows.flatMap((row) => (row.sums ? [row.sums] : [])) };
}

/**
 * The sums, added up now. Without compiling the query to machine code first: PostgreSQL would judge it worth
 * that at scale, and spend seconds doing it (2.4 of 5.9 s for a body of 100,000 members).
 */
async function sumFor(db: Db, organisationId: string, versionId: string, year: number, standardIds: readonly string[]): Promise<Sums[]> {
  return planned(db, 'noJit', async (tx) => (await tx.execute<Sums>(summed(organisationId, versionId, year, standardIds))).rows);
}

interface SumsKey {
  organisationId: string;
  versionId: string;
  year: number;
}
/** The rows of one organisation's sums for a version and year, or their refresh. */
const rowsOf = (t: typeof developmentInsightSums | typeof developmentInsightRefreshes, k: SumsKey) => and(eq(t.organisationId, k.organisationId), eq(t.versionId, k.versionId), eq(t.year, k.year));

const zeros = (n: number) => Array.from({ length: n }, () => 0);

/** Rows of sums added together. */
function total(rows: readonly Sums[], standards: number) {
  const add = (a: number[], b: number[]) => a.map((x, i) => x + b[i]!);
  return rows.reduce(
    (t, s) => ({ people: t.people + s.people, ratingTotals: add(t.ratingTotals, s.ratingTotals), ratingCounts: add(t.ratingCounts, s.ratingCounts), cpdMinutes: add(t.cpdMinutes, s.cpdMinutes), cpdTotal: t.cpdTotal + s.cpdTotal }),
    { people: 0, ratingTotals: zeros(standards), ratingCounts: zeros(standards), cpdMinutes: zeros(standards), cpdTotal: 0 },
  );
}

export async function insights(db: Db, actor: Actor, year: number, grouping: InsightGrouping) {
  const version = await standardsVersion(db, actor.organisationId);
  const standards = await standardsOf(db, version.id);
  const standardIds = standards.map((s) => s.id);
  const kept = await keptSums(db, actor.organisationId, version.id, year, standardIds);
  const [rows, academyNames, programmeCohorts] = await Promise.all([
    kept ? kept.sums : sumFor(db, actor.organisationId, version.id, year, standardIds),
    db.select({ id: academies.id, name: academies.name }).from(academies).where(eq(academies.organisationId, actor.organisationId)),
    grouping === 'programme' ? programmeCohortNames(db, actor.organisationId) : new Map<string, string>(),
  ]);
  const academyName = new Map(academyNames.map((a) => [a.id, a.name]));

  // Each row the actor oversees (by a current post, or the organisation as a whole for those who hold none), and
  // the groups its people fall in: the academies only of the posts the actor oversees.
  const overseen = rows.flatMap((row) => {
    const scopes = row.posts.length ? row.posts : [{ academyId: null, regionId: null }];
    const seen = scopes.filter((p) => can(actor, 'development.insights', { organisationId: actor.organisationId, academyId: p.academyId, regionId: p.regionId }));
    if (seen.length === 0) return [];
    const groups =
      grouping === 'cohort'
        ? [cohortOf(row.joinedIn)]
        : grouping === 'programme'
          ? [(row.programmeCohortId && programmeCohorts.get(row.programmeCohortId)) || NOT_ON_A_PROGRAMME]
          : [...new Set(seen.map((p) => (p.academyId ? (academyName.get(p.academyId) ?? 'Academy') : 'Central team or no academy')))];
    return [{ row, groups }];
  });
  const everyone = total(
    overseen.map((o) => o.row),
    standards.length,
  );
  // Each group's rows, gathered in one pass.
  const members = new Map<string, Sums[]>();
  for (const { row, groups } of overseen) {
    for (const name of groups) {
      const rows = members.get(name);
      if (rows) rows.push(row);
      else members.set(name, [row]);
    }
  }
  const groups = [...members.keys()].sort(naturally).map((name) => ({ name, sums: total(members.get(name)!, standards.length) }));
  const figures = (sums: ReturnType<typeof total>, i: number) => ({ ...groupAverage(sums.ratingTotals[i]!, sums.ratingCounts[i]!), cpdHours: hoursPerPerson(sums.people, sums.cpdMinutes[i]!) });
  return {
    year,
    grouping,
    code: version,
    summedAt: kept?.refreshedAt ?? null,
    people: everyone.people >= MIN_GROUP_SIZE ? everyone.people : null,
    groups: groups.map(({ name, sums }) => ({ group: name, people: sums.people >= MIN_GROUP_SIZE ? sums.people : null, cpdHours: hoursPerPerson(sums.people, sums.cpdTotal) })),
    cpdHours: hoursPerPerson(everyone.people, everyone.cpdTotal),
    standards: standards.map((s, i) => ({
      id: s.id,
      number: s.number,
      text: s.text,
      overall: figures(everyone, i),
      byGroup: groups.map(({ name, sums }) => ({ group: name, ...figures(sums, i) })),
    })),
  };
}

/**
 * The job: sums every organisation's submitted self-assessments for this year and the four before, one
 * organisation, version and year at a time, each made again whole in a transaction behind that organisation's
 * wall; and forgets the sums of any whose self-assessments have all gone.
 */
export async function refreshInsights(db: Db): Promise<number> {
  const now = clock.now();
  const since = Number(inLondon(now).date.slice(0, 4)) - YEARS_SUMMED + 1;
  const due = await db
    .selectDistinct({ organisationId: selfAssessments.organisationId, versionId: selfAssessments.versionId, year: selfAssessments.year })
    .from(selfAssessments)
    .where(and(eq(selfAssessments.status, 'submitted'), gte(selfAssessments.year, since)));
  const kept = await db.select({ organisationId: developmentInsightRefreshes.organisationId, versionId: developmentInsightRefreshes.versionId, year: developmentInsightRefreshes.year }).from(developmentInsightRefreshes);
  const key = (k: SumsKey) => `${k.organisationId}/${k.versionId}/${k.year}`;
  const dueKeys = new Set(due.map(key));
  for (const gone of kept.filter((k) => !dueKeys.has(key(k)))) {
    await withinOrganisation(gone.organisationId, () =>
      db.transaction(async (tx) => {
        await tx.delete(developmentInsightSums).where(rowsOf(developmentInsightSums, gone));
        await tx.delete(developmentInsightRefreshes).where(rowsOf(developmentInsightRefreshes, gone));
      }),
    );
  }
  for (const k of due) {
    const { organisationId, versionId, year } = k;
    const standardIds = (await standardsOf(db, versionId)).map((s) => s.id);
    await withinOrganisation(organisationId, () =>
      planned(db, 'noJit', async (tx) => {
        await tx.delete(developmentInsightSums).where(rowsOf(developmentInsightSums, k));
        await tx.execute(sql`
          insert into development_insight_sums (organisation_id, version_id, year, signature, posts, joined_in, programme_cohort_id, people, rating_totals, rating_counts, cpd_minutes, cpd_total)
          select ${organisationId}, ${versionId}, ${year}::int, s.signature, s.posts, s."joinedIn", s."programmeCohortId", s.people, s."ratingTotals", s."ratingCounts", s."cpdMinutes", s."cpdTotal"
          from (${summed(organisationId, versionId, year, standardIds)}) s`);
        await tx
          .insert(developmentInsightRefreshes)
          .values({ organisationId, versionId, year, standardIds, refreshedAt: now })
          .onConflictDoUpdate({ target: [developmentInsightRefreshes.organisationId, developmentInsightRefreshes.versionId, developmentInsightRefreshes.year], set: { standardIds, refreshedAt: now } });
      }),
    );
  }
  return due.length;
}
