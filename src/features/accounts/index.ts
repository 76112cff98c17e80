// What other features may use of accounts.
export { invite, normaliseEmail } from './service.ts';
