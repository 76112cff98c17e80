import { asc, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { PersonalDataSection } from '../../platform/personal-data.ts';
import { organisations } from '../../platform/people/schema.ts';
import { DEFAULT_KINDS, OUTCOMES, STATES } from './rules.ts';
import { declarations } from './schema.ts';

const schema = z.array(
  z.object({
    organisation: z.string(),
    kind: z.string(),
    title: z.string(),
    state: z.enum(STATES),
    fields: z.record(z.string(), z.unknown()),
    occurredOn: z.string().nullable(),
    consent: z.object({ statement: z.string(), givenAt: z.string() }).nullable(),
    createdAt: z.date(),
    submittedAt: z.date().nullable(),
    acknowledgedAt: z.date().nullable(),
    closedAt: z.date().nullable(),
    outcome: z.enum(OUTCOMES).nullable(),
    daysLate: z.number().nullable(),
  }),
);

/**
 * The declarations a person made, drafts included, in every organisation, as they themself see them (where
 * each stands and how it ended, never the recipients' notes): their part of the personal-data export.
 */
export const declarationsPersonalData: PersonalDataSection<typeof schema> = {
  name: 'declarations',
  schema,
  async gather(db, personId) {
    const rows = await db
      .select({
        organisation: organisations.name,
        kind: declarations.kind,
        state: declarations.state,
        fields: declarations.fields,
        occurredOn: declarations.occurredOn,
        consent: declarations.consent,
        createdAt: declarations.createdAt,
        submittedAt: declarations.submittedAt,
        acknowledgedAt: declarations.acknowledgedAt,
        closedAt: declarations.closedAt,
        outcome: declarations.outcome,
        daysLate: declarations.daysLate,
      })
      .from(declarations)
      .innerJoin(organisations, eq(organisations.id, declarations.organisationId))
      .where(eq(declarations.declarantId, personId))
      .orderBy(asc(declarations.createdAt));
    // An organisation's own kind is named by its id; the catalogue's by its title.
    return rows.map((r) => ({ ...r, title: DEFAULT_KINDS.find((k) => k.id === r.kind)?.title ?? r.kind }));
  },
};
