import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/index.ts';
import { audit } from '../../platform/audit/index.ts';
import { csv } from '../../platform/csv.ts';
import { organisations, people } from '../../platform/people/schema.ts';
import type { Actor } from '../../platform/policy.ts';
import { provisionsById, versionsById } from '../codes/index.ts';
import { RATING_SCALE } from './rules.ts';
import { readableOwner } from './service.ts';
import { files } from '../../platform/files/schema.ts';
import { cpdActivities, developmentGoals, evidence, selfAssessmentEntries, selfAssessments } from './schema.ts';
import { clock } from '../../platform/clock.ts';

// The person's whole development record, to take away: as CSV for a spreadsheet, or as a PDF to read.

async function developmentRecord(db: Db, actor: Actor, ownerId: string) {
  const mine = and(eq(selfAssessments.organisationId, actor.organisationId), eq(selfAssessments.personId, ownerId));
  const [[person], [organisation], rated, goals, activities, items] = await Promise.all([
    db.select({ name: people.givenName, family: people.familyName }).from(people).where(eq(people.id, ownerId)),
    db.select({ name: organisations.name }).from(organisations).where(eq(organisations.id, actor.organisationId)),
    db
      .select({ assessmentId: selfAssessments.id, versionId: selfAssessments.versionId, provisionId: selfAssessmentEntries.provisionId, year: selfAssessments.year, status: selfAssessments.status, rating: selfAssessmentEntries.rating, reflection: selfAssessmentEntries.reflection })
      .from(selfAssessmentEntries)
      .innerJoin(selfAssessments, eq(selfAssessments.id, selfAssessmentEntries.assessmentId))
      .where(mine)
      .orderBy(selfAssessments.year, selfAssessments.createdAt),
    db.select().from(developmentGoals).where(and(eq(developmentGoals.organisationId, actor.organisationId), eq(developmentGoals.personId, ownerId))).orderBy(developmentGoals.targetDate),
    db.select().from(cpdActivities).where(and(eq(cpdActivities.organisationId, actor.organisationId), eq(cpdActivities.personId, ownerId))).orderBy(cpdActivities.happenedOn),
    db
      .select({ assessmentId: evidence.assessmentId, provisionId: evidence.provisionId, activityId: evidence.activityId, kind: evidence.kind, text: evidence.text, url: evidence.url, fileName: files.name })
      .from(evidence)
      .leftJoin(files, eq(files.id, evidence.fileId))
      .where(and(eq(evidence.organisationId, actor.organisationId), eq(evidence.personId, ownerId)))
      .orderBy(evidence.createdAt, evidence.id),
  ]);
  // Evidence in words: a note's text, a link's address, a file's name (the files themselves stay in Probity).
  const words = (list: typeof items) => list.map((e) => (e.kind === 'text' ? e.text : e.kind === 'link' ? e.url : `file: ${e.fileName}`) ?? '');
  // Codes' titles and provisions' numbers and words, asked of the codes.
  const [versions, provisions] = await Promise.all([versionsById(db, rated.map((x) => x.versionId)), provisionsById(db, [...rated.map((x) => x.provisionId), ...[...goals, ...activities].flatMap((r) => r.provisionIds)])]);
  const titleOf = new Map(versions.map((v) => [v.id, v.title]));
  const provisionOf = new Map(provisions.map((p) => [p.id, p]));
  const numberOf = new Map(provisions.map((p) => [p.id, p.number]));
  // Each year's ratings in the order of the code.
  const ratings = rated
    .flatMap(({ versionId, ...x }) => {
      const p = provisionOf.get(x.provisionId);
      return p ? [{ ...x, code: titleOf.get(versionId) ?? '', number: p.number, text: p.text, position: p.position }] : [];
    })
    .sort((a, b) => a.year - b.year || a.position - b.position);
  return {
    person: `${person?.name ?? ''} ${person?.family ?? ''}`.trim(),
    organisation: organisation?.name ?? '',
    ratings,
    goals,
    activities,
    standards: (ids: string[]) => ids.map((id) => numberOf.get(id) ?? '?').join(';'),
    evidenceOfStandard: (x: { assessmentId: string; provisionId: string }) => words(items.filter((e) => e.assessmentId === x.assessmentId && e.provisionId === x.provisionId)),
    evidenceOfActivity: (id: string) => words(items.filter((e) => e.activityId === id)),
  };
}

/** Whose record to export: one's own, or one shared with the actor (read-only; the export is recorded either way). */
async function exported(db: Db, actor: Actor, ownerId: string | undefined, format: 'csv' | 'pdf') {
  const owner = await readableOwner(db, actor, ownerId, 'export');
  await db.transaction((tx) => audit(tx, actor, { organisationId: actor.organisationId, action: 'development.exported', recordType: 'person', recordId: owner, details: { format } }));
  return developmentRecord(db, actor, owner);
}

/** One CSV: a row per rated standard per year, per goal and per CPD activity; `section` says which. */
export async function exportCsv(db: Db, actor: Actor, ownerId?: string): Promise<string> {
  const r = await exported(db, actor, ownerId, 'csv');
  const rows = [
    ...r.ratings.map((x) => ['self-assessment', x.year, `standard ${x.number}`, x.rating ?? '', x.status, x.reflection, '', '', r.evidenceOfStandard(x).join('\n')]),
    ...r.goals.map((g) => ['goal', g.targetDate, g.title, `${g.progress}%`, g.status, g.successMeasure, r.standards(g.provisionIds), g.note, '']),
    ...r.activities.map((a) => ['cpd', a.happenedOn, a.title, (a.minutes / 60).toFixed(2), a.kind, a.reflection, r.standards(a.provisionIds), a.provider, r.evidenceOfActivity(a.id).join('\n')]),
  ];
  return csv(['section', 'when', 'what', 'rating_or_progress_or_hours', 'status_or_kind', 'reflection_or_measure', 'standards', 'note_or_provider', 'evidence'], rows);
}

const label = (rating: number | null) => (rating === null ? 'not rated' : `${RATING_SCALE.find((s) => s.value === rating)?.label ?? rating} (${rating} of ${RATING_SCALE.length})`);
const STATUS: Record<string, string> = { not_started: 'Not started', in_progress: 'In progress', achieved: 'Achieved', dropped: 'Dropped' };

/** A PDF laid out for reading: each year's ratings and reflections, the plan, and the CPD record with yearly totals. */
export async function exportPdf(db: Db, actor: Actor, ownerId?: string): Promise<Buffer> {
  const r = await exported(db, actor, ownerId, 'pdf');
  // Loaded when first asked for: pdfkit and its fonts take longer to load than the rest of a start.
  const { default: PDFDocument } = await import('pdfkit');
  const doc = new PDFDocument({ size: 'A4', margin: 56, info: { Title: `Development record: ${r.person}`, Author: r.person, Creator: 'Probity' }, lang: 'en-GB', tagged: true, displayTitle: true });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));

  const left = doc.page.margins.left;
  const width = doc.page.width - left - doc.page.margins.right;
  const heading = (text: string, size = 15) => doc.moveDown(0.6).font('Helvetica-Bold').fontSize(size).fillColor('#17375e').text(text, left, doc.y, { width }).moveDown(0.3).fillColor('#1d2939');
  // Indented text keeps its indent on every line it wraps to.
  const body = (text: string, inset = 0) => doc.font('Helvetica').fontSize(10.5).text(text, left + inset, doc.y, { width: width - inset });
  const strong = (text: string) => doc.font('Helvetica-Bold').fontSize(10.5).text(text, left, doc.y, { width });

  doc.font('Helvetica-Bold').fontSize(22).fillColor('#17375e').text('Development record');
  body(`${r.person} · ${r.organisation} · produced ${clock.now().toISOString().slice(0, 10)}`).moveDown();

  const years = [...new Set(r.ratings.map((x) => x.year))];
  heading('Self-assessments');
  if (years.length === 0) body('No self-assessment yet.');
  for (const year of years) {
    const rows = r.ratings.filter((x) => x.year === year);
    heading(`${year}: ${rows[0]!.code}${rows[0]!.status === 'draft' ? ' (draft)' : ''}`, 12);
    for (const x of rows) {
      strong(`Standard ${x.number}: ${label(x.rating)}`);
      body(x.text, 12);
      if (x.reflection) body(`Reflection: ${x.reflection}`, 12);
      for (const item of r.evidenceOfStandard(x)) body(`Evidence: ${item}`, 12);
      doc.moveDown(0.4);
    }
  }

  heading('Development plan');
  if (r.goals.length === 0) body('No goals yet.');
  for (const g of r.goals) {
    strong(`${g.title} (by ${g.targetDate})`);
    body(`${STATUS[g.status] ?? g.status}, ${g.progress}% · success measure: ${g.successMeasure}${g.provisionIds.length ? ` · standards ${r.standards(g.provisionIds).replace(/;/g, ', ')}` : ''}`, 12);
    if (g.note) body(g.note, 12);
    doc.moveDown(0.4);
  }

  heading('CPD record');
  if (r.activities.length === 0) body('No CPD recorded yet.');
  const cpdYears = [...new Set(r.activities.map((a) => a.happenedOn.slice(0, 4)))];
  for (const year of cpdYears) {
    const inYear = r.activities.filter((a) => a.happenedOn.startsWith(year));
    heading(`${year}: ${inYear.length} activit${inYear.length === 1 ? 'y' : 'ies'}, ${(inYear.reduce((t, a) => t + a.minutes, 0) / 60).toFixed(1)} hours`, 12);
    for (const a of inYear) {
      strong(`${a.happenedOn} · ${a.title} (${(a.minutes / 60).toFixed(1)} h, ${a.kind}${a.provider ? `, ${a.provider}` : ''})`);
      if (a.provisionIds.length) body(`Standards ${r.standards(a.provisionIds).replace(/;/g, ', ')}`, 12);
      if (a.reflection) body(a.reflection, 12);
      for (const item of r.evidenceOfActivity(a.id)) body(`Evidence: ${item}`, 12);
      doc.moveDown(0.4);
    }
  }
  doc.end();
  return done;
}
