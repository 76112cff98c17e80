import { z } from 'zod';
import type { PersonalDataSection } from '../../platform/personal-data.ts';
import { myDeadlines } from './service.ts';

// What other features (and the job runner) may use of deadlines.
export { checkDeadlines, createDeadline, meetRecordDeadlines, myDeadlines, type DeadlinesContext, type NewDeadline } from './service.ts';
export { KINDS, durationMs, type DeadlineRule, type KindName } from './rules.ts';
export { deadlinesNow, type DeadlineNow } from './notices.ts';
export { citationSchema } from './citations.ts';
export { openDeadlinesOf, soonestOpenDue } from './records.ts';
// Its type in the records' retention schedule: met or waived deadlines, once their record has gone.
export { deadlineRecordTypes, type RecordStillKept } from './retention.ts';

/** A person's deadlines, open and closed, in every organisation: their part of the personal-data export. */
export const deadlinesPersonalData: PersonalDataSection = {
  name: 'deadlines',
  schema: z.array(z.object({ organisationName: z.string().optional(), kind: z.string(), title: z.string(), dueAt: z.date(), metAt: z.date().nullable(), waivedAt: z.date().nullable(), waivedReason: z.string().nullable() })),
  gather: (db, personId) => myDeadlines(db, personId, { includeClosed: true }),
};
