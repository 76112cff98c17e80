// What the server uses of the conduct log: its type in the records' retention schedule.
export { conductLogRecordTypes } from './retention.ts';

// The provisions its entries cite, for the provisions report across every record.
export { conductLogCitations } from './cited.ts';
