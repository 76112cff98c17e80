import { and, asc, eq, inArray, or, sql } from 'drizzle-orm';
import type { Db } from '../../db/index.ts';
import { csv, csvCell } from '../../platform/csv.ts';
import { NotFound, Refused } from '../../platform/errors.ts';
import { academies } from '../../platform/people/schema.ts';
import { accessible, everywhere, type Actor, type RecordAccess } from '../../platform/policy.ts';
import type { ProvisionCitation } from '../../platform/result.ts';
import { caseCitations } from '../cases/index.ts';
import { readCitations } from '../codes/index.ts';
import { conductLogCitations } from '../conduct-log/index.ts';
import { declarationCitations } from '../declarations/index.ts';
import { safeguardingCitations } from '../safeguarding/index.ts';
import { KINDS, periodProblems, provisionsReport, type CitingRecord, type Kind, type Period } from './rules.ts';

// The provisions report as a service: reads what each kind of record cites through its feature's public
// entry, keeps to the academies the reader oversees, reads each provision against the codes library (the
// version the organisation has in force, with its stable address) and counts (rules.ts). It returns counts
// only, never a person or a record's content, so reading it is not audited, like the conduct log's patterns.

/** An academy as the policy sees it for the report: a principal's own, a regional director's region's. */
const academyAccess: RecordAccess = {
  organisationId: academies.organisationId,
  within: (academyIds, regionIds) => or(academyIds.length ? inArray(academies.id, academyIds) : undefined, regionIds.length ? inArray(academies.regionId, regionIds) : undefined, sql`false`)!,
};

/** The words for the records of no academy: the central team's, a member's of a professional body. */
export const NO_ACADEMY = 'No academy (the central team)';

interface ProvisionRef {
  id: string;
  code: string;
  codeName: string;
  version: string;
  key: string;
  words: string;
  href: string | null;
}

/** Each provision cited, read against the library: the version in force and its address, or as cited where the library lacks it. */
async function readProvisions(db: Db, organisationId: string, pairs: readonly { code: string; key: string }[]): Promise<ProvisionRef[]> {
  const citations = await readCitations(
    db,
    pairs.map((p) => ({ code: p.code, provisions: [p.key] })),
    organisationId,
  );
  return pairs.map(({ code, key }, i) => {
    const citation = citations[i];
    const provision = citation?.provisions[0];
    if (!citation) return { id: `${code}#${key}`, code, codeName: code, version: '', key, words: `provision ${key}`, href: null };
    const found = provision?.key ?? key;
    return { id: `${citation.code}#${found}`, code: citation.code, codeName: citation.name, version: citation.version, key: found, words: provision?.words ?? `provision ${key}`, href: provision?.href ?? citation.href };
  });
}

/**
 * Which provisions of the codes the organisation's records cite over the period, of one academy or every one
 * the reader oversees: counts by kind of record, by academy and by month, most involved first.
 */
export async function provisionsInvolved(db: Db, actor: Actor, period: Period, academyId?: string) {
  const problems = periodProblems(period);
  if (problems.length) throw new Refused(problems, 'querystring');
  const reached = await db
    .select({ id: academies.id, name: academies.name })
    .from(academies)
    .where(and(eq(academies.organisationId, actor.organisationId), accessible(actor, 'provisions.report', academyAccess)))
    .orderBy(asc(academies.name));
  if (academyId && !reached.some((a) => a.id === academyId)) throw new NotFound('academy');
  const places: (string | null)[] = academyId ? [academyId] : [...reached.map((a) => a.id), ...(everywhere(actor, 'provisions.report') ? [null] : [])];

  const sources: Record<Kind, Promise<{ academyId: string | null; on: string; cites: readonly ProvisionCitation[] }[]>> = {
    conduct: conductLogCitations(db, actor.organisationId, period),
    declaration: declarationCitations(db, actor.organisationId, period),
    concern: safeguardingCitations(db, actor.organisationId, period),
    case: caseCitations(db, actor.organisationId, period),
  };
  const loaded = await Promise.all(KINDS.map(async (kind) => (await sources[kind]).map((r) => ({ ...r, kind }))));
  const cited = loaded.flat().filter((r) => places.includes(r.academyId));

  const pairKey = (code: string, key: string) => `${code}\u0000${key}`;
  const pairs = [...new Map(cited.flatMap((r) => r.cites.flatMap((c) => c.provisions.map((key) => [pairKey(c.code, key), { code: c.code, key }] as const)))).values()];
  const refs = await readProvisions(db, actor.organisationId, pairs);
  const refOf = new Map(pairs.map((p, i) => [pairKey(p.code, p.key), refs[i]!]));
  const byId = new Map(refs.map((r) => [r.id, r]));
  const records: CitingRecord[] = cited.map((r) => ({
    kind: r.kind,
    academyId: r.academyId,
    on: r.on,
    provisions: [...new Set(r.cites.flatMap((c) => c.provisions.map((key) => refOf.get(pairKey(c.code, key))!.id)))],
  }));

  const report = provisionsReport(records, period, places);
  const nameOf = (id: string | null) => (id === null ? NO_ACADEMY : (reached.find((a) => a.id === id)?.name ?? ''));
  return {
    period,
    academies: places.map((id) => ({ id, name: nameOf(id) })),
    /** The academies the reader may choose from: those they oversee. */
    choices: reached,
    months: report.months,
    provisions: report.rows.map((row) => ({ ...row, provision: byId.get(row.provision)!, byAcademy: row.byAcademy.map((a) => ({ ...a, academyName: nameOf(a.academyId) })) })),
  };
}

const KIND_COLUMNS: Record<Kind, string> = { conduct: 'conduct_log_entries', declaration: 'declarations', concern: 'safeguarding_concerns', case: 'cases' };
const HIDDEN = 'fewer than 5';

/** The report as a spreadsheet: one row per provision, a column per kind, academy and month; cells that would run as formulas are neutralised. */
export async function provisionsInvolvedCsv(db: Db, actor: Actor, period: Period, academyId?: string) {
  const report = await provisionsInvolved(db, actor, period, academyId);
  const cell = (n: number | null) => (n === null ? HIDDEN : n);
  return csv(
    ['code', 'version', 'provision', 'words', 'link', 'total', ...KINDS.map((k) => KIND_COLUMNS[k]), // An academy's name heads its column: neutralised as every cell is, since the header row is written as given.
    ...report.academies.map((a) => csvCell(a.name)), ...report.months],
    report.provisions.map((p) => [
      p.provision.codeName,
      p.provision.version,
      p.provision.key,
      p.provision.words,
      p.provision.href ?? '',
      cell(p.total),
      ...KINDS.map((k) => cell(p.byKind[k])),
      ...p.byAcademy.map((a) => cell(a.count)),
      ...p.byMonth.map((m) => cell(m.count)),
    ]),
  );
}
