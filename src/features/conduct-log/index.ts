// What the server uses of the conduct log: its rule in the retention schedule.
export { conductLogRetention } from './retention.ts';
