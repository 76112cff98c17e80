// What other features may use of the programmes.
export { seedProgrammesDemo } from './demo.ts';

// Programme cohorts as a grouping of leaders' insights, beside academy and the year joined.
export { NOT_ON_A_PROGRAMME, latestProgrammeCohorts, programmeCohortNames } from './groupings.ts';

// The job that sends a cohort's messages and webinar invitations when they come due (001 §6.1.4).
export { sendDueCommunications } from './communications.ts';

// Its type in the records' retention schedule.
export { programmeRecordTypes } from './retention.ts';

// Their part of a person's own data export.
export { programmesPersonalData } from './personal-data.ts';
