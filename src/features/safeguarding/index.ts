// What the server uses of safeguarding: the job that sends the alert chain's escalations, and its type in the
// records' retention schedule.
export { checkSafeguardingAlerts } from './service.ts';
export { safeguardingRecordTypes, safeguardingTransferRecordTypes } from './retention.ts';

// The provisions its concerns are recorded under, for the provisions report across every record.
export { safeguardingCitations } from './cited.ts';
