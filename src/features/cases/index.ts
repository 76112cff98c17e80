// What other features may use of cases: opening one from a record of theirs in the actor's organisation, as
// a declaration marked for a case does (the case records the declaration it came from).
export { openCase, type CasesContext, type NewCase } from './service.ts';
export { CASE_TYPE_IDS, type CaseTypeId } from './rules.ts';

// The provisions its cases are concerned with, for the provisions report across every record.
export { caseCitations } from './cited.ts';

// Its types in the records' retention schedule.
export { caseRecordTypes } from './retention.ts';
