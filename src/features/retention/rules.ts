import { periodDays, validPeriod } from '../../platform/record-retention.ts';
import { ok, refused, type Result } from '../../platform/result.ts';

// The records' retention rules: what a legal hold covers, what a hold must say, and how an organisation may
// change a period. Pure: no I/O, no clock.

export const HOLD_SCOPES = ['record', 'person', 'type'] as const;
export type HoldScope = (typeof HOLD_SCOPES)[number];

/** A reason given for placing or lifting a hold: enough words to be understood later, in the trail. */
export const MIN_REASON = 10;
export const MAX_REASON = 2000;

export interface Hold {
  scope: HoldScope;
  recordType?: string | null | undefined;
  recordId?: string | null | undefined;
  personId?: string | null | undefined;
}

/** Whether a live hold covers a record: the record itself, its whole type, or a person it is about. */
export function holdCovers(hold: Hold, record: { recordType: string; recordId: string; personIds: readonly string[] }): boolean {
  if (hold.scope === 'type') return hold.recordType === record.recordType;
  if (hold.scope === 'record') return hold.recordType === record.recordType && hold.recordId === record.recordId;
  return hold.personId != null && record.personIds.includes(hold.personId);
}

export function checkReason(reason: string, field = 'reason'): Result<string> {
  const why = reason.trim();
  if (why.length < MIN_REASON) return refused({ rule: 'reason-needed', field, detail: `Say why, in at least ${MIN_REASON} characters: the audit trail keeps it.` });
  return ok(why);
}

/** A hold names exactly what its scope needs: a record (its type and id), a person, or a type; with a reason. */
export function checkHold<H extends Hold & { reason: string }>(hold: H, types: readonly string[]): Result<H & { reason: string }> {
  const problems = [];
  const reason = checkReason(hold.reason);
  if (!reason.ok) problems.push(...reason.refusals);
  const needs = { record: ['recordType', 'recordId'], person: ['personId'], type: ['recordType'] } as const;
  for (const field of ['recordType', 'recordId', 'personId'] as const) {
    const wanted = (needs[hold.scope] as readonly string[]).includes(field);
    if (wanted && !hold[field]) problems.push({ rule: 'hold-names-what-it-holds', field, detail: `A hold on ${hold.scope === 'type' ? 'a type' : `a ${hold.scope}`} names its ${field === 'recordType' ? 'type of record' : field === 'recordId' ? 'record' : 'person'}.` });
    if (!wanted && hold[field]) problems.push({ rule: 'hold-names-what-it-holds', field, detail: `A hold on ${hold.scope === 'type' ? 'a type' : `a ${hold.scope}`} names nothing else: leave this out.` });
  }
  if (hold.recordType && !types.includes(hold.recordType)) problems.push({ rule: 'unknown-record-type', field: 'recordType', detail: 'Not a type of record in the schedule.' });
  return problems.length ? refused(...problems) : ok({ ...hold, reason: reason.ok ? reason.value : hold.reason });
}

/**
 * An organisation may keep a type of record longer than the default, never shorter: the default is what the
 * guidance it comes from sets, and deleting earlier would be keeping less than it asks.
 */
export function checkPeriod(defaultKeptFor: string, keptFor: string): Result<string> {
  if (!validPeriod(keptFor)) return refused({ rule: 'period-in-years-or-days', field: 'keptFor', detail: 'Give the period in whole years (P7Y) or days (P2600D).' });
  if (periodDays(keptFor) < periodDays(defaultKeptFor)) {
    return refused({ rule: 'period-not-shorter', field: 'keptFor', detail: `An organisation may keep a record longer than the default (${defaultKeptFor}), never shorter.` });
  }
  return ok(keptFor);
}
