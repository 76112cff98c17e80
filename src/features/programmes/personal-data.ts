import { asc, eq, inArray } from 'drizzle-orm';
import { z } from 'zod';
import type { PersonalDataSection } from '../../platform/personal-data.ts';
import { organisations } from '../../platform/people/schema.ts';
import { participantView, PROGRAMMES } from './rules.ts';
import { adjustmentRequests, portfolioSections, portfolioSubmissions, programmeCohorts, programmeParticipants, supportAppeals, supportRequests } from './schema.ts';
import { participantOf } from './service.ts';

const schema = z.array(
  z.object({
    organisation: z.string(),
    programme: z.string(),
    cohortStartsOn: z.string(),
    registeredAt: z.date(),
    closedAt: z.date().nullable(),
    /** What the participant themself sees of where they stand: outcomes and feedback only once released. */
    standing: z.unknown(),
    sections: z.array(z.object({ section: z.string(), text: z.string(), updatedAt: z.date() })),
    lockedCopies: z.array(z.object({ attempt: z.number(), lockedAt: z.date(), contentHash: z.string(), content: z.record(z.string(), z.string()), evidence: z.array(z.object({ section: z.string(), name: z.string(), sha256: z.string() })) })),
    supportRequests: z.array(z.object({ channel: z.string(), question: z.string(), askedAt: z.date(), answer: z.string().nullable(), answeredAt: z.date().nullable() })),
    adjustments: z.array(z.object({ needs: z.string(), requestedAt: z.date(), decision: z.unknown() })),
    appeals: z.array(z.object({ grounds: z.string(), lodgedAt: z.date(), response: z.string().nullable(), respondedAt: z.date().nullable() })),
  }),
);

/** A person's places on programmes in every organisation, as they themself may read them: their part of the personal-data export. */
export const programmesPersonalData: PersonalDataSection<typeof schema> = {
  name: 'programmes',
  schema,
  async gather(db, personId) {
    const rows = await db
      .select({ row: programmeParticipants, organisation: organisations.name, startsOn: programmeCohorts.startsOn })
      .from(programmeParticipants)
      .innerJoin(organisations, eq(organisations.id, programmeParticipants.organisationId))
      .innerJoin(programmeCohorts, eq(programmeCohorts.id, programmeParticipants.cohortId))
      .where(eq(programmeParticipants.personId, personId))
      .orderBy(asc(programmeParticipants.registeredAt));
    if (rows.length === 0) return [];
    const ids = rows.map((r) => r.row.id);
    const of = <T extends { participantId: string }>(list: T[], id: string) => list.filter((x) => x.participantId === id);
    const sections = await db.select().from(portfolioSections).where(inArray(portfolioSections.participantId, ids)).orderBy(asc(portfolioSections.section));
    const copies = await db.select().from(portfolioSubmissions).where(inArray(portfolioSubmissions.participantId, ids)).orderBy(asc(portfolioSubmissions.attempt));
    const asked = await db.select().from(supportRequests).where(inArray(supportRequests.participantId, ids)).orderBy(asc(supportRequests.askedAt));
    const adjustments = await db.select().from(adjustmentRequests).where(inArray(adjustmentRequests.participantId, ids)).orderBy(asc(adjustmentRequests.requestedAt));
    const appeals = await db.select().from(supportAppeals).where(inArray(supportAppeals.participantId, ids)).orderBy(asc(supportAppeals.lodgedAt));
    return rows.map(({ row, organisation, startsOn }) => ({
      organisation,
      programme: PROGRAMMES[row.programme].title,
      cohortStartsOn: startsOn,
      registeredAt: row.registeredAt,
      closedAt: row.closedAt,
      standing: participantView(participantOf(row)),
      sections: of(sections, row.id).map(({ section, text, updatedAt }) => ({ section, text, updatedAt })),
      lockedCopies: of(copies, row.id).map((c) => ({ attempt: c.attempt, lockedAt: c.lockedAt, contentHash: c.contentHash, content: c.content, evidence: c.evidence.map(({ section, name, sha256 }) => ({ section, name, sha256 })) })),
      supportRequests: of(asked, row.id).map(({ channel, question, askedAt, answer, answeredAt }) => ({ channel, question, askedAt, answer, answeredAt })),
      adjustments: of(adjustments, row.id).map(({ needs, requestedAt, decision }) => ({ needs, requestedAt, decision })),
      appeals: of(appeals, row.id).map(({ grounds, lodgedAt, response, respondedAt }) => ({ grounds, lodgedAt, response, respondedAt })),
    }));
  },
};
