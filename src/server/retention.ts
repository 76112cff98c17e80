import type { Config } from '../config.ts';
import { accountsRetention } from '../features/accounts/index.ts';
import { caseRecordTypes } from '../features/cases/index.ts';
import { attestationRecordTypes } from '../features/codes/index.ts';
import { conductLogRecordTypes } from '../features/conduct-log/index.ts';
import { deadlineRecordTypes, type RecordStillKept } from '../features/deadlines/index.ts';
import { declarationRecordTypes } from '../features/declarations/index.ts';
import { programmeRecordTypes } from '../features/programmes/index.ts';
import { raisedConcernRecordTypes, raisingConcernsRetention } from '../features/raising-concerns/index.ts';
import { safeguardingRecordTypes, safeguardingTransferRecordTypes } from '../features/safeguarding/index.ts';
import { developmentRecordTypes } from '../features/self-assessment/index.ts';
import { singleSignOnRetention } from '../features/single-sign-on/index.ts';
import { sessionsRetention } from '../platform/auth/sessions.ts';
import { outboxRetention } from '../platform/mail/index.ts';
import { rateLimitRetention } from '../platform/rate-limits.ts';
import type { RecordType } from '../platform/record-retention.ts';
import type { RetentionRule } from '../platform/retention.ts';

/**
 * The retention schedule of what is not kept for good and goes by itself: every rule that whatever keeps such
 * things offers. The records themselves are in the records' schedule below, deleted only once the data
 * protection officer confirms; the audit trail is kept always (the database refuses to delete from it). A
 * withdrawn share of a development record stays on purpose: it is the history of who could see the record,
 * which the person's own data export shows.
 */
export function retentionRules(config: Pick<Config, 'sessions'>): RetentionRule[] {
  return [sessionsRetention(config.sessions), ...accountsRetention, singleSignOnRetention, ...outboxRetention, ...raisingConcernsRetention, rateLimitRetention];
}

/**
 * The records' retention schedule: every type of record with its period, the event it runs from and its
 * source. A daily job lists what is due for the data protection officer, who confirms each deletion.
 */
export function recordTypes(): RecordType[] {
  const records = [
    ...declarationRecordTypes,
    ...caseRecordTypes,
    ...safeguardingRecordTypes,
    ...safeguardingTransferRecordTypes,
    ...conductLogRecordTypes,
    ...raisedConcernRecordTypes,
    ...developmentRecordTypes,
    ...attestationRecordTypes,
    ...programmeRecordTypes,
  ];
  return [...records, ...deadlineRecordTypes(stillKept(records))];
}

/**
 * The types in the schedule that keep the records deadlines belong to, by the name the deadline gives its
 * record. A deadline's record of a kind not here (a case's request for information, a referral, a programme's
 * support appeal, an attestation campaign) counts as kept: its deadline waits until that kind is scheduled too.
 */
const DEADLINE_RECORDS: Record<string, (type: string) => boolean> = {
  case: (type) => type.startsWith('case:'),
  declaration: (type) => type.startsWith('declaration:'),
  declaration_campaign: (type) => type === 'declaration-campaign',
  concern_report: (type) => type === 'concern-report',
  safeguarding_concern: (type) => type === 'safeguarding-concern',
  safeguarding_transfer: (type) => type.startsWith('safeguarding-transfer-'),
  programme_participant: (type) => type === 'programme-participant',
};

function stillKept(records: readonly RecordType[]): RecordStillKept {
  return async (tx, organisationId, recordType, recordId) => {
    const owns = DEADLINE_RECORDS[recordType];
    if (!owns) return true;
    // Not an id of a record in the schedule (every record there is a UUID): nothing it could be is kept.
    if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(recordId)) return false;
    for (const type of records.filter((t) => owns(t.type))) if ((await type.about(tx, organisationId, recordId)) !== null) return true;
    return false;
  };
}
