// What the server uses of raising concerns in confidence: its routes' rules in the retention schedule.
export { raisingConcernsRetention } from './retention.ts';
export { reporterIdentities } from './sealed.ts';
