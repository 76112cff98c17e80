// What other features (and the job runner) may use of deadlines.
export { checkDeadlines, createDeadline, meetRecordDeadlines, myDeadlines, type DeadlinesContext, type NewDeadline } from './service.ts';
export { KINDS, type DeadlineRule, type KindName } from './rules.ts';
