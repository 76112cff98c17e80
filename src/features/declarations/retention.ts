import { and, eq, isNotNull, lte, ne, notInArray, sql, type SQL } from 'drizzle-orm';
import type { Transaction } from '../../db/index.ts';
import { dayStart, type RecordType } from '../../platform/record-retention.ts';
import { DEFAULT_KINDS, ownKind, type DeclarationKind } from './rules.ts';
import { declarationCampaigns, declarationReturns, declarations, safeWorkingRequests } from './schema.ts';

// Each kind of declaration in the catalogue is a type of record in the records' retention schedule, kept
// for the period its catalogue entry gives (rules.ts: retention) after it is closed; kinds an organisation
// adds of its own are one type together. Its recipients and steps go with it (their foreign keys cascade).
// Safe-working requests and notices are a type of their own.

const DEFAULT_IDS = DEFAULT_KINDS.map((k) => k.id);

const SOURCE: Record<DeclarationKind['audience'], string> = {
  staff:
    "IRMS Information Management Toolkit for Schools (2019), staff personnel records: kept six years after employment ends; Probity counts the six years from the declaration's closing.",
  member: "No schools' guidance covers a professional body's members: six years, the time within which a claim in contract can be brought (Limitation Act 1980).",
  self_employed_member: "No schools' guidance covers a professional body's members: six years, the time within which a claim in contract can be brought (Limitation Act 1980).",
};

function declarationType(type: string, record: string, kind: Pick<DeclarationKind, 'retention' | 'audience'>, kinds: () => SQL): RecordType {
  const of = (organisationId: string, id: string) => and(eq(declarations.organisationId, organisationId), eq(declarations.id, id), kinds());
  return {
    type,
    record,
    keptFor: kind.retention.keptFor,
    after: 'the declaration is closed',
    source: `${SOURCE[kind.audience]} ${kind.retention.reason}`,
    due: async (tx, organisationId, cutoff) =>
      (
        await tx
          .select({ id: declarations.id, eventAt: declarations.closedAt, declarantId: declarations.declarantId, named: declarations.namedPersonIds })
          .from(declarations)
          .where(and(eq(declarations.organisationId, organisationId), kinds(), eq(declarations.state, 'closed'), isNotNull(declarations.closedAt), lte(declarations.closedAt, cutoff)))
      ).map((r) => ({ id: r.id, eventAt: r.eventAt!, personIds: [r.declarantId, ...r.named] })),
    about: async (tx, organisationId, id) => {
      const [row] = await tx.select({ declarantId: declarations.declarantId, named: declarations.namedPersonIds }).from(declarations).where(of(organisationId, id));
      return row ? [row.declarantId, ...row.named] : null;
    },
    erase: async (tx, organisationId, id) => {
      const gone = await tx.delete(declarations).where(of(organisationId, id)).returning({ id: declarations.id });
      return gone.length ? { storageKeys: [] } : null;
    },
  };
}

const kindTypes: RecordType[] = [
  ...DEFAULT_KINDS.map((kind) => declarationType(`declaration:${kind.id}`, `declarations: ${kind.title.toLowerCase()}`, kind, () => eq(declarations.kind, kind.id))),
  declarationType(
    'declaration:own-kind',
    'declarations of a kind the organisation added of its own',
    ownKind({ id: 'own', title: '', asks: '', audience: 'staff', fields: [], routing: { colleague: [] }, timeLimit: null, sensitive: false }),
    () => notInArray(declarations.kind, DEFAULT_IDS),
  ),
];

/**
 * A safe-working request or notice (a learner in one's car, a one-to-one meeting; 003 Appendix 1), once decided
 * or withdrawn, is kept six years after the journey or meeting it was for, as staff declarations are.
 */
const safeWorkingRecordType: RecordType = {
  type: 'safe-working-request',
  record: 'safe-working requests and notices',
  keptFor: 'P6Y',
  after: 'the journey or meeting it was for (once decided or withdrawn)',
  source: SOURCE.staff.replace("the declaration's closing", 'the journey or meeting'),
  due: async (tx, organisationId, cutoff) =>
    (
      await tx
        .select({ id: safeWorkingRequests.id, eventAt: safeWorkingRequests.eventAt, requesterId: safeWorkingRequests.requesterId })
        .from(safeWorkingRequests)
        .where(and(eq(safeWorkingRequests.organisationId, organisationId), ne(safeWorkingRequests.state, 'requested'), lte(safeWorkingRequests.eventAt, cutoff)))
    ).map((r) => ({ id: r.id, eventAt: r.eventAt, personIds: [r.requesterId] })),
  about: async (tx, organisationId, id) => {
    const [row] = await tx.select({ requesterId: safeWorkingRequests.requesterId }).from(safeWorkingRequests).where(and(eq(safeWorkingRequests.organisationId, organisationId), eq(safeWorkingRequests.id, id)));
    return row ? [row.requesterId] : null;
  },
  erase: async (tx, organisationId, id) => {
    const gone = await tx.delete(safeWorkingRequests).where(and(eq(safeWorkingRequests.organisationId, organisationId), eq(safeWorkingRequests.id, id))).returning({ id: safeWorkingRequests.id });
    return gone.length ? { storageKeys: [] } : null;
  },
};

/** A campaign's end: its due date, or its last return if one came later. */
const campaignEnded = sql<Date>`greatest(${dayStart(declarationCampaigns.dueOn)}, (select max(${declarationReturns.madeAt}) from ${declarationReturns} where ${declarationReturns.campaignId} = ${declarationCampaigns.id}))`;
const returnersOf = async (tx: Transaction, campaignId: string) => (await tx.select({ personId: declarationReturns.personId }).from(declarationReturns).where(eq(declarationReturns.campaignId, campaignId))).map((r) => r.personId);

/**
 * A yearly re-declaration campaign, with everyone's return to it (their confirmation that their register
 * entries still stand, or that they have none), is kept six years after its due date (or its last return, if
 * later), as staff declarations are; the declarations the returns confirmed are kept by their own types.
 */
const campaignRecordType: RecordType = {
  type: 'declaration-campaign',
  record: 'yearly re-declarations with everyone’s returns',
  keptFor: 'P6Y',
  after: 'the re-declaration’s due date (or its last return, if later)',
  source: SOURCE.staff.replace("the declaration's closing", "the re-declaration's due date or its last return, whichever is later"),
  due: async (tx, organisationId, cutoff) => {
    const rows = await tx
      .select({ id: declarationCampaigns.id, eventAt: campaignEnded.mapWith((v: string | Date) => new Date(v)) })
      .from(declarationCampaigns)
      .where(and(eq(declarationCampaigns.organisationId, organisationId), sql`${campaignEnded} <= ${cutoff.toISOString()}::timestamptz`));
    const due = [];
    // One campaign after the other: a transaction's queries share its one connection.
    for (const r of rows) due.push({ id: r.id, eventAt: r.eventAt, personIds: await returnersOf(tx, r.id) });
    return due;
  },
  about: async (tx, organisationId, id) => {
    const [row] = await tx.select({ id: declarationCampaigns.id }).from(declarationCampaigns).where(and(eq(declarationCampaigns.organisationId, organisationId), eq(declarationCampaigns.id, id)));
    return row ? returnersOf(tx, id) : null;
  },
  erase: async (tx, organisationId, id) => {
    const [row] = await tx.select({ id: declarationCampaigns.id }).from(declarationCampaigns).where(and(eq(declarationCampaigns.organisationId, organisationId), eq(declarationCampaigns.id, id)));
    if (!row) return null;
    await tx.delete(declarationReturns).where(and(eq(declarationReturns.organisationId, organisationId), eq(declarationReturns.campaignId, id)));
    await tx.delete(declarationCampaigns).where(eq(declarationCampaigns.id, id));
    return { storageKeys: [] };
  },
};

export const declarationRecordTypes: RecordType[] = [...kindTypes, safeWorkingRecordType, campaignRecordType];
