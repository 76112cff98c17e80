import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../db/index.ts';
import { CATEGORIES as CONDUCT_CATEGORIES, OUTCOMES as CONDUCT_OUTCOMES } from '../features/conduct-log/rules.ts';
import { isStandard } from '../features/self-assessment/rules.ts';
import { CATEGORIES as CONCERN_CATEGORIES, OUTCOMES as CONCERN_OUTCOMES, TRIAGE_LEVELS } from '../features/safeguarding/rules.ts';
import { inLondon } from '../platform/calendar/index.ts';
import { clock } from '../platform/clock.ts';
import { CPD_KINDS } from '../platform/vocabulary.ts';

// `npm run seed:large -- --scale N`: the demo organisations grown to the size of a real professional body and a
// large trust, for the benchmark and for trying Probity at scale. At scale 1 the Society has 100,000 more
// members, each with five years of self-assessments and CPD, and the trust 60 academies and 6,000 staff, with
// 1,000,000 conduct-log entries, 300,000 declarations and 50,000 safeguarding concerns between them; smaller
// scales shrink every count (tests use 0.001).
//
// Everything is made by the database with bulk SQL (generate_series), in one transaction: nothing is
// half-made if it fails. It is deterministic: ids are derived from each row's number (md5 as a uuid), and what
// would be chosen at random is chosen by a hash of that number, so two runs on the same day give the same
// data; dates count back from today, and nothing happens after it. Rows go in as the database owner, past the
// wall, and unaudited, as a restore loads rows: they are generated, not done by anyone.

const AT_SCALE_ONE = { members: 100_000, academies: 60, staff: 6_000, conductEntries: 1_000_000, declarations: 300_000, concerns: 50_000 };
/** How many years of self-assessments and CPD each person has, this one included. */
const YEARS = 5;

const GIVEN = ['Amira', 'Bilal', 'Chloe', 'Dafydd', 'Ellie', 'Farah', 'Gareth', 'Hollie', 'Imran', 'Jess', 'Kwame', 'Lowri', 'Mason', 'Nia', 'Owen', 'Poppy', 'Rhys', 'Sana', 'Tom', 'Yusuf'];
const FAMILY = ['Ahmed', 'Brown', 'Clarke', 'Davies', 'Edwards', 'Fraser', 'Green', 'Hughes', 'Iqbal', 'Jones', 'Kaur', 'Lewis', 'Morgan', 'Nowak', 'Owusu', 'Patel', 'Roberts', 'Smith', 'Taylor', 'Williams', 'Wright', 'Young', 'Zielinski'];
const PLACES = ['Ashford', 'Beacon', 'Castlefield', 'Dunmore', 'Eastbrook', 'Fairholme', 'Greenhill', 'Harbour', 'Ivybridge', 'Juniper', 'Kingsmead', 'Larkrise', 'Millbrook', 'Northgate', 'Oakwood', 'Parkside', 'Queensway', 'Redlands', 'Southfield', 'Thornbury'];
const KINDS_OF_SCHOOL = ['Academy', 'Primary Academy', 'High School', 'College'];
const JOBS = ['Teacher of English', 'Teacher of Mathematics', 'Teacher of Science', 'Teacher of History', 'Teaching Assistant', 'Teacher of Art', 'Teacher of Geography', 'Learning Mentor'];
const CPD_TITLES = ['Assessment for learning workshop', 'Research digest: feedback that moves learning on', 'Subject network meeting', 'Safeguarding refresher', 'Coaching conversations', 'Adaptive teaching course', 'Peer observation', 'Reading: cognitive load in practice'];
const CONDUCT_WORDS = ['Raised voice at a learner in the corridor', 'Late to lessons three times this half term', 'Personal phone used during a lesson', 'Comment in the staff room overheard by learners', 'Left a classroom unattended', 'Shared a learner’s photograph without consent'];
const CONDUCT_ACTIONS = ['Discussed with the member of staff and noted', 'Reminded of the staff code', 'Training booked', 'Support plan agreed with their line manager'];
const CONCERN_WORDS = ['Learner arrived with an unexplained bruise on the arm', 'Learner said they had not eaten since yesterday', 'Learner disclosed worries about an adult at home', 'Learner seen viewing extremist material', 'Learner withdrawn and tearful for several days'];

/** What was added, for the command to report. */
export interface Grown {
  members: number;
  academies: number;
  staff: number;
  selfAssessments: number;
  cpdActivities: number;
  conductEntries: number;
  declarations: number;
  concerns: number;
}

/** A count at this scale: at least `least`, so that the smallest scale still has some of everything. */
const scaled = (n: number, scale: number, least = 1) => Math.max(least, Math.round(n * scale));

/** A whole number in [0, 2³¹) that follows from `seed` alone: the data's chance, the same on every run. */
const chance = (seed: SQL) => sql`(('x' || substr(md5(${seed}), 1, 8))::bit(32)::int & 2147483647)`;
/** A uuid that follows from `seed` alone, marked as version 4 (random) as every id of Probity's is. */
const idOf = (seed: SQL) => sql`overlay(overlay(md5(${seed}) placing '4' from 13) placing '8' from 17)::uuid`;
/** The `i`th (0-based, wrapping) of a list of texts, as an SQL expression. */
const pick = (list: readonly string[], i: SQL) => sql`(${sql.param(list)}::text[])[1 + (${i}) % ${list.length}]`;

async function one<T>(db: Db, query: SQL): Promise<T> {
  const { rows } = await db.execute(query);
  return rows[0] as T;
}

/**
 * Grows the demo organisations (which must be there) at this scale. Refuses to grow them twice: the second
 * run's rows would collide with the first's.
 */
export async function seedLarge(db: Db, scale: number, passwordHash: string, say: (line: string) => void): Promise<Grown> {
  if (!(scale > 0 && scale <= 10)) throw new RangeError('The scale is a number above 0 and at most 10.');
  const started = Date.now();
  const took = () => `${((Date.now() - started) / 1000).toFixed(1)} s`;
  const today = inLondon(clock.now()).date;
  const year = Number(today.slice(0, 4));
  const counts = {
    members: scaled(AT_SCALE_ONE.members, scale, 10),
    academies: scaled(AT_SCALE_ONE.academies, scale, 2),
    staff: scaled(AT_SCALE_ONE.staff, scale, 10),
    conductEntries: scaled(AT_SCALE_ONE.conductEntries, scale, 10),
    declarations: scaled(AT_SCALE_ONE.declarations, scale, 10),
    concerns: scaled(AT_SCALE_ONE.concerns, scale, 10),
  };

  const grown = await db.transaction(async (tx) => {
    const run = (what: string, query: SQL) => tx.execute(query).then(() => say(`  ${what} (${took()})`));
    const orgs = await tx.execute<{ slug: string; id: string }>(sql`select slug, id from organisations where slug in ('demo-society', 'demo-trust')`);
    const societyId = orgs.rows.find((o) => o.slug === 'demo-society')?.id;
    const trustId = orgs.rows.find((o) => o.slug === 'demo-trust')?.id;
    if (!societyId || !trustId) throw new Error('The demo organisations are not there: start Probity once with the demo (npm start), then grow it.');
    const { grown } = await one<{ grown: boolean }>(tx, sql`select exists (select 1 from people where email like '%@large.demo.test') as grown`);
    if (grown) throw new Error('This database has been grown already.');

    // The standards both assess themselves against (000 §2), as the demo adopts them.
    const { versionId } = await one<{ versionId: string }>(
      tx,
      sql`select a.version_id as "versionId" from adoptions a join code_versions v on v.id = a.version_id
          where a.organisation_id = ${societyId} and v.code_id = 'set-professional-standards' and a.ended_on is null limit 1`,
    );
    const provisions = await tx.execute<{ id: string; kind: string; number: string }>(sql`select id, kind, number from provisions where version_id = ${versionId} order by position`);
    const standards = provisions.rows.filter(isStandard).map((p) => p.id);

    // ─── The trust: academies, and staff spread across them ───────────────────────────────────────────
    const regions = (await tx.execute<{ id: string }>(sql`select id from regions where organisation_id = ${trustId} order by name`)).rows.map((r) => r.id);
    const existing = (await tx.execute<{ id: string }>(sql`select id from academies where organisation_id = ${trustId} order by name`)).rows.map((a) => a.id);
    const added = Math.max(0, counts.academies - existing.length);
    await run(
      `${added} academies`,
      sql`insert into academies (id, organisation_id, region_id, name)
          select ${idOf(sql`'academy:' || g`)}, ${trustId}, (${sql.param(regions)}::uuid[])[1 + g % ${Math.max(1, regions.length)}],
                 ${pick(PLACES, sql`g`)} || ' ' || ${pick(KINDS_OF_SCHOOL, sql`g / ${PLACES.length}`)}
          from generate_series(1, ${added}::int) g`,
    );
    // Every academy of the trust in a fixed order: staff member i works at academy i mod their number.
    const academyIds = (await tx.execute<{ id: string }>(sql`select id from academies where organisation_id = ${trustId} order by created_at, name`)).rows.map((a) => a.id);
    const academyOf = (i: SQL) => sql`(${sql.param(academyIds)}::uuid[])[1 + (${i} - 1) % ${academyIds.length}]`;
    const staffId = (i: SQL) => idOf(sql`'staff:' || ${i}`);
    await run(
      `${counts.staff} staff`,
      sql`insert into people (id, email, given_name, family_name, password_hash)
          select ${staffId(sql`g`)}, 'staff-' || lpad(g::text, 5, '0') || '@large.demo.test', ${pick(GIVEN, sql`g`)}, ${pick(FAMILY, sql`g * 7`)}, ${passwordHash}
          from generate_series(1, ${counts.staff}::int) g`,
    );
    await tx.execute(sql`insert into role_assignments (organisation_id, person_id, role) select ${trustId}, ${staffId(sql`g`)}, 'staff' from generate_series(1, ${counts.staff}::int) g`);
    await tx.execute(
      sql`insert into employments (organisation_id, person_id, academy_id, job_role, started_on)
          select ${trustId}, ${staffId(sql`g`)}, ${academyOf(sql`g`)}, ${pick(JOBS, sql`g`)}, ${today}::date - (${chance(sql`'started:' || g`)} % 5400)
          from generate_series(1, ${counts.staff}::int) g`,
    );
    // Each added academy's first member of staff is its principal, and its second its designated safeguarding lead.
    const lead = (role: string, nth: number) =>
      tx.execute(
        sql`insert into role_assignments (organisation_id, person_id, role, academy_id)
            select ${trustId}, ${staffId(sql`(k + ${nth * academyIds.length})`)}, ${role}::role_name, ${academyOf(sql`k`)}
            from generate_series(${existing.length + 1}::int, ${academyIds.length}::int) k where k + ${nth * academyIds.length} <= ${counts.staff}`,
      );
    await lead('principal', 0);
    await lead('designated_safeguarding_lead', 1);
    say(`  their principals and designated safeguarding leads (${took()})`);

    // ─── The Society: members ──────────────────────────────────────────────────────────────────────────
    const memberId = (i: SQL) => idOf(sql`'member:' || ${i}`);
    await run(
      `${counts.members} members`,
      sql`insert into people (id, email, given_name, family_name, password_hash)
          select ${memberId(sql`g`)}, 'member-' || lpad(g::text, 6, '0') || '@large.demo.test', ${pick(GIVEN, sql`g * 3`)}, ${pick(FAMILY, sql`g * 11`)}, ${passwordHash}
          from generate_series(1, ${counts.members}::int) g`,
    );
    await tx.execute(sql`insert into role_assignments (organisation_id, person_id, role) select ${societyId}, ${memberId(sql`g`)}, 'member' from generate_series(1, ${counts.members}::int) g`);
    await tx.execute(
      sql`insert into memberships (organisation_id, person_id, member_number, status, joined_on)
          select ${societyId}, ${memberId(sql`g`)}, 'SET-L' || lpad(g::text, 6, '0'),
                 (case when ${chance(sql`'status:' || g`)} % 100 < 4 then 'lapsed' else 'active' end)::membership_status,
                 ${today}::date - (${chance(sql`'joined:' || g`)} % 9000)
          from generate_series(1, ${counts.members}::int) g`,
    );

    // ─── Self-assessments and CPD, five years of each, for members and staff alike ────────────────────
    // About three in four submit each year; this year's submission falls on a day up to today, or is a draft.
    const everyone = sql`(select ${societyId}::uuid as org, ${memberId(sql`g`)} as person, 'm' || g as who from generate_series(1, ${counts.members}::int) g
                          union all select ${trustId}::uuid, ${staffId(sql`g`)}, 's' || g from generate_series(1, ${counts.staff}::int) g)`;
    await tx.execute(sql`create temporary table large_assessments on commit drop as
      select ${idOf(sql`'sa:' || p.who || ':' || y`)} as id, p.org, p.person, p.who, y as year,
             make_date(y, 1 + ${chance(sql`'sa-month:' || p.who || y`)} % 12, 1 + ${chance(sql`'sa-day:' || p.who || y`)} % 28) as on_day
      from ${everyone} p cross join generate_series(${year - YEARS + 1}::int, ${year}::int) y
      where ${chance(sql`'sa:' || p.who || ':' || y`)} % 100 < 75`);
    const { assessments } = await one<{ assessments: number }>(tx, sql`select count(*)::int as assessments from large_assessments`);
    await run(
      `${assessments} self-assessments`,
      sql`insert into self_assessments (id, organisation_id, person_id, version_id, year, status, submitted_at, created_at, updated_at)
          select id, org, person, ${versionId}, year,
                 (case when on_day <= ${today}::date then 'submitted' else 'draft' end)::self_assessment_status,
                 case when on_day <= ${today}::date then on_day + time '16:00' end,
                 least(on_day, ${today}::date) - 14 + time '16:00', least(on_day, ${today}::date) + time '16:00'
          from large_assessments`,
    );
    // Ratings lean by standard and by person, as a real workforce's do: some standards are rated low by many.
    await run(
      `their ratings, ${standards.length} each`,
      sql`insert into self_assessment_entries (organisation_id, assessment_id, provision_id, rating, updated_at)
          select a.org, a.id, s.id, 1 + (${chance(sql`'rating:' || a.who || a.year || s.n`)} % 4 + s.n % 3) * 3 / 5, least(a.on_day, ${today}::date) + time '16:00'
          from large_assessments a cross join unnest(${sql.param(standards)}::uuid[]) with ordinality as s(id, n)`,
    );
    const cpd = await tx.execute(
      sql`insert into cpd_activities (organisation_id, person_id, kind, title, happened_on, minutes, provider, reflection, provision_ids)
          select p.org, p.person, ${pick(CPD_KINDS, chance(sql`'cpd-kind:' || p.who || y || n`))}::cpd_kind,
                 ${pick(CPD_TITLES, chance(sql`'cpd-title:' || p.who || y || n`))}, d.happened_on, 30 * (1 + ${chance(sql`'cpd-minutes:' || p.who || y || n`)} % 12), '', '',
                 array[(${sql.param(standards)}::uuid[])[1 + ${chance(sql`'cpd-standard:' || p.who || y || n`)} % ${standards.length}]]
          from ${everyone} p cross join generate_series(${year - YEARS + 1}::int, ${year}::int) y
          cross join lateral generate_series(1, ${chance(sql`'cpd:' || p.who || y`)} % 6) n
          cross join lateral (select make_date(y, 1 + ${chance(sql`'cpd-month:' || p.who || y || n`)} % 12, 1 + ${chance(sql`'cpd-day:' || p.who || y || n`)} % 28) as happened_on) d
          where d.happened_on <= ${today}::date`,
    );
    say(`  ${cpd.rowCount ?? 0} CPD activities (${took()})`);

    // ─── The trust's records: conduct log, declarations, safeguarding concerns ────────────────────────
    // Whom each academy's records are kept by: its principal and its DSL, or the trust's admin where the demo has none.
    const keepers = await tx.execute<{ academy: string; principal: string; dsl: string }>(
      sql`select a.id as academy,
                 coalesce((select person_id from role_assignments r where r.academy_id = a.id and r.role = 'principal' limit 1), admin.id) as principal,
                 coalesce((select person_id from role_assignments r where r.academy_id = a.id and r.role = 'designated_safeguarding_lead' limit 1), admin.id) as dsl
          from academies a, (select id from people where email = 'admin@demo.test') admin
          where a.organisation_id = ${trustId}`,
    );
    const keeper = (role: 'principal' | 'dsl', i: SQL) => {
      const byAcademy = academyIds.map((id) => keepers.rows.find((k) => k.academy === id)![role]);
      return sql`(${sql.param(byAcademy)}::uuid[])[1 + (${i} - 1) % ${academyIds.length}]`;
    };
    // Entries fall mostly on a few: the member of staff is drawn with a skew towards low numbers.
    const skewed = (seed: SQL) => sql`(1 + floor(${counts.staff} * power(${chance(seed)}::float8 / 2147483648, 3))::int)`;
    const categories = CONDUCT_CATEGORIES.map((c) => c.id);
    const provisionsOf = CONDUCT_CATEGORIES.map((c) => c.provisions.join('|'));
    await run(
      `${counts.conductEntries} conduct-log entries`,
      sql`insert into conduct_log_entries (id, organisation_id, academy_id, staff_id, recorded_by, occurred_on, categories, provisions, description, action_taken, outcome, shared_at, shared_by, created_at, updated_at)
          select ${idOf(sql`'conduct:' || g`)}, ${trustId}, ${academyOf(sql`e.staff`)}, ${staffId(sql`e.staff`)}, ${keeper('principal', sql`e.staff`)}, e.on_day,
                 array[${pick(categories, sql`e.category`)}], array[split_part(${pick(provisionsOf, sql`e.category`)}, '|', 1 + ${chance(sql`'conduct-provision:' || g`)} % 2)],
                 ${pick(CONDUCT_WORDS, chance(sql`'conduct-words:' || g`))}, ${pick(CONDUCT_ACTIONS, chance(sql`'conduct-action:' || g`))},
                 ${pick(CONDUCT_OUTCOMES, chance(sql`'conduct-outcome:' || g`))}::conduct_outcome,
                 case when e.shared then e.on_day + 7 + time '12:00' end, case when e.shared then ${keeper('principal', sql`e.staff`)} end,
                 e.on_day + time '17:00', e.on_day + time '17:00'
          from generate_series(1, ${counts.conductEntries}::int) g
          cross join lateral (select ${skewed(sql`'conduct-staff:' || g`)} as staff, ${chance(sql`'conduct-category:' || g`)} as category,
                                     ${today}::date - 8 - ${chance(sql`'conduct-day:' || g`)} % ${365 * YEARS - 8} as on_day,
                                     ${chance(sql`'conduct-shared:' || g`)} % 10 < 6 as shared) e`,
    );
    // Declarations: gifts and hospitality, and conflicts of interest; all but the last few weeks' closed.
    await tx.execute(sql`create temporary table large_declarations on commit drop as
      select ${idOf(sql`'declaration:' || g`)} as id, g, d.staff, d.on_day, d.gift, ${today}::date - d.on_day < 21 as open
      from generate_series(1, ${counts.declarations}::int) g
      cross join lateral (select 1 + ${chance(sql`'declarant:' || g`)} % ${counts.staff} as staff, ${today}::date - ${chance(sql`'declared:' || g`)} % ${365 * YEARS} as on_day,
                                 ${chance(sql`'declaration-kind:' || g`)} % 3 > 0 as gift) d`);
    await run(
      `${counts.declarations} declarations`,
      sql`insert into declarations (id, organisation_id, declarant_id, academy_id, kind, state, fields, occurred_on, created_at, submitted_at, acknowledged_at, closed_at, outcome, days_late)
          select id, ${trustId}, ${staffId(sql`staff`)}, ${academyOf(sql`staff`)},
                 case when gift then 'gift-or-hospitality' else 'conflict-of-interest' end,
                 (case when open then 'submitted' else 'closed' end)::declaration_state,
                 case when gift then jsonb_build_object('direction', case when g % 4 = 0 then 'given' else 'received' end, 'counterparty', 'A supplier of school equipment',
                                                        'description', 'Lunch at a subject conference', 'valuePence', 500 * (1 + g % 20), 'occurredOn', on_day::text)
                 else jsonb_build_object('interest', 'A relative works for a supplier the academy buys from', 'decisions', 'Choosing suppliers of classroom equipment', 'occurredOn', on_day::text) end,
                 on_day, on_day + time '09:00', on_day + time '09:00', case when not open then on_day + 2 + time '09:00' end,
                 case when not open then on_day + 9 + time '09:00' end,
                 (case when open then null when gift then 'approved' else 'advice_given' end)::declaration_outcome, null
          from large_declarations`,
    );
    await tx.execute(
      sql`insert into declaration_steps (declaration_id, organisation_id, event, from_state, to_state, at, actor_id)
          select id, ${trustId}::uuid, 'submit', 'draft'::declaration_state, 'submitted'::declaration_state, on_day + time '09:00', ${staffId(sql`staff`)} from large_declarations
          union all
          select id, ${trustId}::uuid, s.event, s.from_state::declaration_state, s.to_state::declaration_state, on_day + s.after + time '09:00', ${keeper('principal', sql`staff`)}
          from large_declarations, (values ('acknowledge', 'submitted', 'acknowledged', 2), ('close', 'acknowledged', 'closed', 9)) s(event, from_state, to_state, after)
          where not open`,
    );
    await tx.execute(
      sql`insert into declaration_recipients (declaration_id, organisation_id, person_id, receives_as)
          select id, ${trustId}, ${keeper('principal', sql`staff`)}, 'principal' from large_declarations where ${keeper('principal', sql`staff`)} <> ${staffId(sql`staff`)}`,
    );
    say(`  their steps and recipients (${took()})`);
    // Safeguarding concerns about learners: all but the last fortnight's closed with an outcome.
    await tx.execute(sql`create temporary table large_concerns on commit drop as
      select ${idOf(sql`'concern:' || g`)} as id, g, 1 + ${chance(sql`'concern-academy:' || g`)} % ${academyIds.length} as academy,
             ${today}::date - 1 - ${chance(sql`'concern-day:' || g`)} % ${365 * YEARS - 1} + time '10:30' as seen_at
      from generate_series(1, ${counts.concerns}::int) g`);
    await run(
      `${counts.concerns} safeguarding concerns`,
      sql`insert into safeguarding_concerns (id, organisation_id, academy_id, learner_ref, category, seen_at, recorded_at, recorded_by, account, state, act_by, triage_level, triaged_at, outcome, outcome_at, closed_at)
          select id, ${trustId}, ${academyOf(sql`academy`)}, 'L' || lpad((${chance(sql`'learner:' || g`)} % 20000)::text, 5, '0'),
                 ${pick(CONCERN_CATEGORIES, chance(sql`'concern-category:' || g`))}::safeguarding_category, seen_at, seen_at + interval '1 hour',
                 ${staffId(sql`(academy + ${academyIds.length} * (${chance(sql`'recorder:' || g`)} % greatest(1, ${Math.floor(counts.staff / academyIds.length)})))`)},
                 ${pick(CONCERN_WORDS, chance(sql`'concern-words:' || g`))},
                 (case when closed then 'closed' else 'recorded' end)::safeguarding_state, seen_at + interval '6 hours',
                 (case when closed then ${pick(TRIAGE_LEVELS, chance(sql`'triage:' || g`))} end)::safeguarding_triage_level, case when closed then seen_at + interval '3 hours' end,
                 (case when closed then ${pick(CONCERN_OUTCOMES, chance(sql`'concern-outcome:' || g`))} end)::safeguarding_outcome,
                 case when closed then seen_at + interval '10 days' end, case when closed then seen_at + interval '14 days' end
          from large_concerns cross join lateral (select seen_at < ${today}::date - 14 as closed) c`,
    );
    await tx.execute(
      sql`insert into safeguarding_steps (concern_id, organisation_id, event, from_state, to_state, at, actor_id)
          select id, ${trustId}, 'record', 'recorded', 'recorded', seen_at + interval '1 hour', ${keeper('dsl', sql`academy`)} from large_concerns`,
    );
    say(`  their first steps (${took()})`);
    return { ...counts, academies: added, selfAssessments: assessments, cpdActivities: cpd.rowCount ?? 0 };
  });
  // What autovacuum would do once it noticed millions of new rows: the planner's statistics (until then it
  // plans for tables as small as they were), and the map of pages whose rows every transaction sees, without
  // which a count from an index alone (the conduct log's) reads the table as well.
  await db.execute(sql`vacuum analyze`);
  say(`  the database vacuumed and its statistics brought up to date (${took()})`);
  return grown;
}
