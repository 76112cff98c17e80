// What the server uses of safeguarding: the job that sends the alert chain's escalations, and its rule in the
// retention schedule.
export { checkSafeguardingAlerts } from './service.ts';
export { safeguardingRetention } from './retention.ts';
