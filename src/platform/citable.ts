import type { Db } from '../db/index.ts';
import type { Actor } from './policy.ts';

// The kinds of record that may cite provisions of a code. The codes keep the citations; the feature that
// owns each kind says whether a record exists in the actor's organisation and the actor may see it, by
// registering here when its routes are set up (platform never imports a feature).

export const CITABLE_RECORD_TYPES = ['self_assessment', 'development_goal', 'cpd_activity'] as const;
export type CitableRecordType = (typeof CITABLE_RECORD_TYPES)[number];

/** Whether the record exists in the actor's organisation and the actor may see it. */
export type Visibility = (db: Db, actor: Actor, recordId: string) => Promise<boolean>;

const registry = new Map<CitableRecordType, Visibility>();

export function registerCitable(recordType: CitableRecordType, visible: Visibility): void {
  registry.set(recordType, visible);
}

/** Whether the actor may cite from this record: one of their organisation's that they may see. */
export async function citableRecordVisible(db: Db, actor: Actor, recordType: CitableRecordType, recordId: string): Promise<boolean> {
  const visible = registry.get(recordType);
  // A kind listed as citable whose feature never registered is a wiring mistake, not a missing record.
  if (!visible) throw new Error(`No feature has registered how to find a ${recordType} to cite from.`);
  return visible(db, actor, recordId);
}

/** The kinds no feature has registered yet: empty once the server is assembled. */
export function unregisteredCitableTypes(): CitableRecordType[] {
  return CITABLE_RECORD_TYPES.filter((recordType) => !registry.has(recordType));
}
