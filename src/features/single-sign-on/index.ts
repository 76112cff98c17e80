// What the server may use of single sign-on beyond its routes.
export { singleSignOnRetention } from './retention.ts';
