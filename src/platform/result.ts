// What a rule answers when it may refuse: the value, or every reason it was refused. Pure rules return it;
// services turn a refusal into a problem naming the rule (`/rules/<rule>`) and change nothing.

import { Refused } from './errors.ts';

/** A rule refused what was asked: the rule's name (the problem type's last part), why in words, and the field if one is to blame. */
export interface Refusal {
  rule: string;
  detail: string;
  field?: string;
}

export type Result<T> = { ok: true; value: T } | { ok: false; refusals: Refusal[] };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const refused = <T>(...refusals: Refusal[]): Result<T> => ({ ok: false, refusals });

/** The value, or a problem with every reason it was refused, fields named under `fieldPrefix` (as the request carried them). */
export function unwrap<T>(result: Result<T>, fieldPrefix = 'body'): T {
  if (!result.ok) throw new Refused(result.refusals, fieldPrefix);
  return result.value;
}

/** Provisions by their identity in the codes library: the code's id, the version whose keys are used, and the provisions' keys. */
export interface ProvisionCitation {
  code: string;
  version: string;
  provisions: readonly string[];
}
