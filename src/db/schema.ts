// Every table Probity has, gathered for Drizzle and for migrations.
export * from '../platform/people/schema.ts';
export * from '../platform/auth/schema.ts';
export * from '../platform/audit/schema.ts';
export * from '../platform/mail/schema.ts';
export { rateLimitCounts } from '../platform/rate-limits.ts';
export * from '../platform/notifications/schema.ts';
export * from '../features/deadlines/schema.ts';
export * from '../features/codes/schema.ts';
export * from '../platform/files/schema.ts';
export * from '../features/self-assessment/schema.ts';
export * from '../features/declarations/schema.ts';
export * from '../features/cases/schema.ts';
export * from '../features/safeguarding/schema.ts';
export * from '../features/conduct-log/schema.ts';
export * from '../features/raising-concerns/schema.ts';
export * from '../features/programmes/schema.ts';
export * from '../features/programmes/communications-schema.ts';
export * from '../features/retention/schema.ts';
