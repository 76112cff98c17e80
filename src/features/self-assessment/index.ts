import { z } from 'zod';
import type { PersonalDataSection } from '../../platform/personal-data.ts';
import { personalDevelopment } from './service.ts';

// What other parts of Probity may use of self-assessment.
export { addActivityEvidence, createActivity, createGoal, saveEntry, startAssessment, submitAssessment, type SelfAssessmentContext } from './service.ts';

// A person's development record whole, for a QTLS portfolio that uses it rather than copying it by hand (001).
export { developmentRecordOf, type DevelopmentRecord } from './development-record.ts';

/** A person's self-assessments, plan, CPD, evidence and sharing: their part of the personal-data export. */
export const developmentPersonalData: PersonalDataSection = {
  name: 'development',
  schema: z.object({
    selfAssessments: z.array(z.object({ organisation: z.string(), year: z.number(), status: z.string(), submittedAt: z.date().nullable(), code: z.string(), standard: z.string().nullable(), rating: z.number().nullable(), reflection: z.string().nullable() })),
    goals: z.array(z.object({ organisation: z.string(), title: z.string(), successMeasure: z.string(), targetDate: z.string(), status: z.string(), progress: z.number(), note: z.string() })),
    cpd: z.array(z.object({ organisation: z.string(), kind: z.string(), title: z.string(), happenedOn: z.string(), minutes: z.number(), provider: z.string(), reflection: z.string() })),
    evidence: z.array(z.object({ organisation: z.string(), kind: z.string(), text: z.string().nullable(), url: z.string().nullable(), fileName: z.string().nullable(), addedAt: z.date() })),
    sharedWith: z.array(z.object({ organisation: z.string(), viewer: z.string(), since: z.date(), withdrawnAt: z.date().nullable() })),
  }),
  gather: personalDevelopment,
};

// Leaders' insights summed ahead, by the recurring job.
export { refreshInsights } from './insights.ts';

// Its records in the records' retention schedule: self-assessments, CPD activities and development goals.
export { developmentRecordTypes } from './retention.ts';
