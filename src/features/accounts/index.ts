// What other features may use of accounts.
export { beginSession, findByEmail, invite, normaliseEmail, type AccountsContext } from './service.ts';
export { accountsRetention } from './retention.ts';
