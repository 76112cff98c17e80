import type { z } from 'zod';
import type { Db } from '../db/index.ts';

// A person's own data beyond their account, for `GET /api/me/export` (the right of access). Each feature
// that keeps personal data offers one section: its name, the schema of what it gives, and how to gather
// it. The server hands every section to the accounts feature, so that accounts imports no other feature
// and a new feature's data joins the export by offering its section.

export interface PersonalDataSection<Schema extends z.ZodType = z.ZodType> {
  name: string;
  schema: Schema;
  gather(db: Db, personId: string): Promise<z.infer<Schema>>;
}

/** Each section's schema under its name, for the export's response schema. */
export const personalDataShape = (sections: readonly PersonalDataSection[]): Record<string, z.ZodType> => Object.fromEntries(sections.map((section) => [section.name, section.schema]));

/** Every section's data for the person, under its name. */
export async function gatherPersonalData(db: Db, personId: string, sections: readonly PersonalDataSection[]): Promise<Record<string, unknown>> {
  const gathered = await Promise.all(sections.map(async (section) => [section.name, await section.gather(db, personId)] as const));
  return Object.fromEntries(gathered);
}
