// What the server uses of raising concerns in confidence: its routes' rules in the retention schedule, its
// reports' type in the records' schedule, and the reports a person linked to their account, for their export.
export { raisedConcernRecordTypes, raisingConcernsRetention } from './retention.ts';
export { reportsMadeByName } from './linked.ts';
export { reporterIdentities } from './sealed.ts';
