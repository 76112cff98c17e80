import crypto from 'node:crypto';
import path from 'node:path';
import { and, asc, eq } from 'drizzle-orm';
import type { Tx } from '../../db/index.ts';
import { audit } from '../../platform/audit/index.ts';
import { clock } from '../../platform/clock.ts';
import { Invalid, NotFound, Refused } from '../../platform/errors.ts';
import { files } from '../../platform/files/schema.ts';
import { sniff } from '../../platform/files/sniff.ts';
import type { FileStore } from '../../platform/files/store.ts';
import { allowedOn, type Actor } from '../../platform/policy.ts';
import { MAX_FILE_BYTES } from '../../platform/vocabulary.ts';
import { developmentRecordOf, type DevelopmentRecord } from '../self-assessment/index.ts';
import { arrangementOf, cohortDates, deadlinesFor, participantView, portfolioAccessRefusal, resubmissionDeadline, type ParticipantState, type StepContext } from './rules.ts';
import { adjustmentsOf, loadParticipant, participantOf, standingOf, tailored, WRITING, type ParticipantRow, type ProgrammesContext } from './service.ts';
import { portfolioEvidence, portfolioSubmissions, type LockedEvidence } from './schema.ts';

// Evidence under each section of a portfolio (001 §6.1.4, §6.1.6): files from the file store, uploaded through
// its content checks, attached while the portfolio is open and locked with each submission by their digests.
// A QTLS portfolio also carries the participant's development record from the workbook (their latest
// submitted self-assessment and their CPD over the programme), read from it rather than copied by hand.

export interface EvidenceContext extends ProgrammesContext {
  files: FileStore;
}

/** At most this many files under one section. */
export const MAX_EVIDENCE_PER_SECTION = 20;

/**
 * The span of CPD a QTLS portfolio takes from the development record: from the day the cohort starts to the
 * participant's own deadline, the resubmission's once a first "not met" is released (001 §6.2.1).
 */
export function developmentRecordSpan(state: ParticipantState, startsOn: string, deadlines: { submissionDeadline: string; resubmissionDeadline: string }) {
  return { from: startsOn, to: state === 'not_met' ? deadlines.resubmissionDeadline : deadlines.submissionDeadline };
}

/** Only QTLS participants use their development record in the portfolio (001: professional formation). */
const usesDevelopmentRecord = (row: Pick<ParticipantRow, 'programme'>) => row.programme === 'qtls';

async function currentEvidence(tx: Tx, participantId: string) {
  return tx
    .select({ id: portfolioEvidence.id, section: portfolioEvidence.section, fileId: files.id, name: files.name, mediaType: files.mediaType, size: files.size, sha256: files.sha256, addedAt: portfolioEvidence.addedAt })
    .from(portfolioEvidence)
    .innerJoin(files, eq(files.id, portfolioEvidence.fileId))
    .where(eq(portfolioEvidence.participantId, participantId))
    .orderBy(asc(portfolioEvidence.addedAt), asc(portfolioEvidence.id));
}

/**
 * Under blind review a reviewer reads no file's own name, which may name its author (a "Priya Shah lesson
 * plan.docx"): each is called by its section and its place there, keeping only the kind its extension says.
 */
function blindNames<T extends { section: string; name: string }>(list: readonly T[]): T[] {
  const seen = new Map<string, number>();
  return list.map((e) => {
    const n = (seen.get(e.section) ?? 0) + 1;
    seen.set(e.section, n);
    return { ...e, name: `${e.section}-evidence-${n}${path.extname(e.name).toLowerCase()}` };
  });
}

/** JSON with every object's keys in order, so that a digest can be checked again from the stored copy. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value)
      .sort()
      .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
      .map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value);
}

/** The digest of a locked copy with evidence or a development record: its sections, its files' own digests and the record, as canonical JSON. */
export function lockedDigest(locked: { sections: Record<string, string>; evidence: LockedEvidence[]; developmentRecord: DevelopmentRecord | null }) {
  return crypto.createHash('sha256').update(canonical(locked)).digest('hex');
}

/** What a submission locks beside the sections: the evidence by its files' digests, in the programme's section order, and a QTLS development record. */
export async function lockedAttachments(tx: Tx, row: ParticipantRow, context: StepContext): Promise<{ evidence: LockedEvidence[]; developmentRecord: DevelopmentRecord | null }> {
  const order = context.programme.sections.map((s) => s.key);
  const evidence = (await currentEvidence(tx, row.id))
    .filter((e) => order.includes(e.section))
    .sort((a, b) => order.indexOf(a.section) - order.indexOf(b.section))
    .map(({ section, fileId, name, mediaType, size, sha256 }) => ({ section, fileId, name, mediaType, size, sha256 }));
  const p = participantOf(row);
  const own = deadlinesFor(context.dates, context.arrangement);
  const deadlines = { ...own, resubmissionDeadline: resubmissionDeadline(own.resubmissionDeadline, context.programme, p.submissions.at(-1)?.releasedAt ?? null) };
  const developmentRecord = usesDevelopmentRecord(row) ? await developmentRecordOf(tx, row.organisationId, row.personId, developmentRecordSpan(row.state, context.dates.startsOn, deadlines)) : null;
  return { evidence, developmentRecord };
}

/**
 * A participant's evidence as the actor may see it: what is attached now, under each section, for those the
 * portfolio is open to (the team only once submitted, 001 §6.1.5); the development record read live for the
 * participant themselves; and each locked copy's evidence and development record as they were locked. Every
 * reading by anyone but the participant is audited.
 */
export async function evidenceOf(ctx: ProgrammesContext, actor: Actor, participantId: string) {
  const { row, cohort, subject } = await loadParticipant(ctx.db, actor, participantId, 'programme.read');
  const p = participantOf(row);
  const standing = standingOf(actor, subject);
  const open = portfolioAccessRefusal(p, standing) === null;
  const programme = await tailored(ctx.db, row.organisationId, row.programme);
  const blind = standing === 'reviewer' && programme.blindReview;
  const attached = open ? await currentEvidence(ctx.db, row.id) : [];
  const current = blind ? blindNames(attached) : attached;
  const copies = open
    ? await ctx.db
        .select({ attempt: portfolioSubmissions.attempt, contentHash: portfolioSubmissions.contentHash, lockedAt: portfolioSubmissions.lockedAt, evidence: portfolioSubmissions.evidence, developmentRecord: portfolioSubmissions.developmentRecord })
        .from(portfolioSubmissions)
        .where(eq(portfolioSubmissions.participantId, row.id))
        .orderBy(asc(portfolioSubmissions.attempt))
    : [];
  const locked = blind ? copies.map((c) => ({ ...c, evidence: blindNames(c.evidence) })) : copies;
  let developmentRecord: DevelopmentRecord | null = null;
  if (standing === 'participant' && usesDevelopmentRecord(row)) {
    const own = deadlinesFor(cohortDates(programme, cohort.startsOn), arrangementOf(await adjustmentsOf(ctx.db, row.id)));
    const deadlines = { ...own, resubmissionDeadline: resubmissionDeadline(own.resubmissionDeadline, programme, p.submissions.at(-1)?.releasedAt ?? null) };
    developmentRecord = await developmentRecordOf(ctx.db, row.organisationId, row.personId, developmentRecordSpan(row.state, cohort.startsOn, deadlines));
  }
  // As every reading of a participant by anyone but themselves (service: readParticipant).
  if (standing !== 'participant') {
    await ctx.db.transaction((tx) => audit(tx, actor, { organisationId: row.organisationId, action: 'programme.viewed', recordType: 'programme_participant', recordId: row.id, details: { as: standing, evidence: true } }));
  }
  const writing = WRITING.includes(row.state);
  return {
    usesDevelopmentRecord: usesDevelopmentRecord(row),
    sections: programme.sections.map((s) => ({
      key: s.key,
      title: s.title,
      evidence: current.filter((e) => e.section === s.key).map(({ section: _s, ...e }) => e),
    })),
    developmentRecord,
    lockedCopies: locked,
    allowed: writing ? allowedOn(actor, subject, ['programme.participate'] as const) : [],
    // Shown to everyone who reads the participant: whether the view leaves the portfolio closed to them, and why.
    closed: open ? null : portfolioAccessRefusal(p, standing)!.detail,
    state: participantView(p).state,
  };
}

/**
 * Whether a stored file is what its row says: its bytes have the digest recorded at upload, are no larger than
 * the limit, and their content is of the kind recorded (platform/files sniff). A file that is not is refused.
 */
async function checkContent(store: FileStore, file: typeof files.$inferSelect) {
  if (file.size > MAX_FILE_BYTES) throw Invalid.field('body.fileId', `is larger than ${MAX_FILE_BYTES / 1024 / 1024} MB`);
  const bytes = await store.get(file.storageKey);
  const digest = crypto.createHash('sha256').update(bytes).digest('hex');
  const kind = sniff(bytes);
  if (digest !== file.sha256 || !kind || kind.mediaType !== file.mediaType) throw Invalid.field('body.fileId', 'is not the file it says it is: its content does not match its kind or digest');
}

/** The participant attaches a file they uploaded under a section of their portfolio, while it is theirs to write. */
export async function attachEvidence(ctx: EvidenceContext, actor: Actor, participantId: string, section: string, fileId: string) {
  await ctx.db.transaction(async (tx) => {
    const { row } = await loadParticipant(tx, actor, participantId, 'programme.participate', true);
    const programme = await tailored(tx, row.organisationId, row.programme);
    if (!programme.sections.some((s) => s.key === section)) throw Invalid.field('params.section', `is not a section of this portfolio: ${programme.sections.map((s) => s.key).join(', ')}`);
    if (!WRITING.includes(row.state)) throw new Refused([{ rule: 'portfolio-locked', detail: 'Evidence is attached while the portfolio is open; a submitted portfolio is locked.' }], 'body');
    const [file] = await tx.select().from(files).where(and(eq(files.id, fileId), eq(files.organisationId, row.organisationId), eq(files.ownerId, actor.personId)));
    if (!file) throw Invalid.field('body.fileId', 'is not a file you uploaded');
    await checkContent(ctx.files, file);
    const already = await tx.select({ fileId: portfolioEvidence.fileId }).from(portfolioEvidence).where(and(eq(portfolioEvidence.participantId, row.id), eq(portfolioEvidence.section, section)));
    if (already.some((e) => e.fileId === fileId)) throw Invalid.field('body.fileId', 'is attached to this section already');
    if (already.length >= MAX_EVIDENCE_PER_SECTION) throw Invalid.field('body.fileId', `would be more than ${MAX_EVIDENCE_PER_SECTION} files under one section`);
    const [added] = await tx.insert(portfolioEvidence).values({ organisationId: row.organisationId, participantId: row.id, section, fileId, addedAt: clock.now() }).returning({ id: portfolioEvidence.id });
    await audit(tx, actor, { organisationId: row.organisationId, action: 'programme.evidence_attached', recordType: 'programme_participant', recordId: row.id, details: { section, evidenceId: added!.id, fileId, sha256: file.sha256 } });
  });
  return evidenceOf(ctx, actor, participantId);
}

/** The participant removes evidence while the portfolio is open; what a locked copy holds stays in it. */
export async function removeEvidence(ctx: EvidenceContext, actor: Actor, participantId: string, evidenceId: string) {
  await ctx.db.transaction(async (tx) => {
    const { row } = await loadParticipant(tx, actor, participantId, 'programme.participate', true);
    const [found] = await tx.select().from(portfolioEvidence).where(and(eq(portfolioEvidence.id, evidenceId), eq(portfolioEvidence.participantId, row.id)));
    if (!found) throw new NotFound('evidence');
    if (!WRITING.includes(row.state)) throw new Refused([{ rule: 'portfolio-locked', detail: 'Evidence is removed while the portfolio is open; a submitted portfolio is locked.' }], 'body');
    await tx.delete(portfolioEvidence).where(eq(portfolioEvidence.id, found.id));
    await audit(tx, actor, { organisationId: row.organisationId, action: 'programme.evidence_removed', recordType: 'programme_participant', recordId: row.id, details: { section: found.section, evidenceId: found.id, fileId: found.fileId } });
  });
  return evidenceOf(ctx, actor, participantId);
}

/**
 * A file of the participant's evidence, attached now or held by a locked copy, to whoever the portfolio is open
 * to: the participant and their supporter or mentor, and once submitted the allocated reviewer, moderators and
 * the team. Every download is audited as a read of the participant.
 */
export async function downloadEvidence(ctx: EvidenceContext, actor: Actor, participantId: string, fileId: string) {
  const { row, subject } = await loadParticipant(ctx.db, actor, participantId, 'programme.read');
  const standing = standingOf(actor, subject);
  if (portfolioAccessRefusal(participantOf(row), standing) !== null) throw new NotFound('evidence');
  const attached = await ctx.db.select({ id: portfolioEvidence.id }).from(portfolioEvidence).where(and(eq(portfolioEvidence.participantId, row.id), eq(portfolioEvidence.fileId, fileId)));
  const locked = await ctx.db.select({ evidence: portfolioSubmissions.evidence }).from(portfolioSubmissions).where(eq(portfolioSubmissions.participantId, row.id));
  if (attached.length === 0 && !locked.some((l) => l.evidence.some((e) => e.fileId === fileId))) throw new NotFound('evidence');
  const [file] = await ctx.db.select().from(files).where(and(eq(files.id, fileId), eq(files.organisationId, row.organisationId)));
  if (!file) throw new NotFound('evidence');
  const bytes = await ctx.files.get(file.storageKey);
  await ctx.db.transaction((tx) => audit(tx, actor, { organisationId: row.organisationId, action: 'programme.evidence_downloaded', recordType: 'programme_participant', recordId: row.id, details: { fileId, sha256: file.sha256, as: standing } }));
  const blind = standing === 'reviewer' && (await tailored(ctx.db, row.organisationId, row.programme)).blindReview;
  return { name: blind ? `evidence${path.extname(file.name).toLowerCase()}` : file.name, mediaType: file.mediaType, bytes };
}
