// What the server uses of the conduct log: its rule in the retention schedule.
export { conductLogRetention } from './retention.ts';

// The provisions its entries cite, for the provisions report across every record.
export { conductLogCitations } from './cited.ts';
