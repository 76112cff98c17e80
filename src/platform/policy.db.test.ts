import { and, eq, exists, inArray, or, sql } from 'drizzle-orm';
import { integer, pgTable, text } from 'drizzle-orm/pg-core';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openDatabase, type Database } from '../db/index.ts';
import { roleName } from './people/schema.ts';
import { accessible, ACTIONS, can, relationColumns, relationsIn, type Actor, type RecordAccess, type Relation } from './policy.ts';

// The policy answers twice: `can` for one record in memory, `accessible` for a list in SQL. Random
// organisations, records, relations and actors show that the two give the same answer for every action.

const probes = pgTable('policy_probes', {
  id: integer('id').primaryKey(),
  organisationId: text('organisation_id').notNull(),
  academyId: text('academy_id'),
  regionId: text('region_id'),
  ownerId: text('owner_id'),
});
const probeRelations = pgTable('policy_probe_relations', { probeId: integer('probe_id').notNull(), personId: text('person_id').notNull(), relation: text('relation').notNull() });

const OTHER_RELATIONS = ['shared_with', 'assigned', 'team', 'recused'] as const;
const probeAccess: RecordAccess = {
  organisationId: probes.organisationId,
  ownerId: probes.ownerId,
  within: (academyIds, regionIds) => or(academyIds.length ? inArray(probes.academyId, academyIds) : undefined, regionIds.length ? inArray(probes.regionId, regionIds) : undefined) ?? sql`false`,
  relations: Object.fromEntries(
    OTHER_RELATIONS.map((relation) => [
      relation,
      (personId: string) =>
        exists(
          sql`(select 1 from ${probeRelations} where ${and(eq(probeRelations.probeId, probes.id), eq(probeRelations.personId, personId), eq(probeRelations.relation, relation))})`,
        ),
    ]),
  ),
};

const person = fc.constantFrom('p1', 'p2', 'p3');
const maybe = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: null });
const world = fc.record({
  records: fc.array(
    fc.record({ organisationId: fc.constantFrom('o1', 'o2'), academyId: maybe(fc.constantFrom('a1', 'a2', 'a3')), regionId: maybe(fc.constantFrom('r1', 'r2')), ownerId: maybe(person) }),
    { maxLength: 12 },
  ),
  relations: fc.array(fc.record({ probe: fc.nat(11), personId: person, relation: fc.constantFrom<Exclude<Relation, 'owner'>>(...OTHER_RELATIONS) }), { maxLength: 12 }),
  actor: fc.record({
    personId: person,
    roles: fc.array(fc.record({ role: fc.constantFrom(...roleName.enumValues), academyId: maybe(fc.constantFrom('a1', 'a2')), regionId: maybe(fc.constantFrom('r1', 'r2')) }), { maxLength: 3 }),
  }),
  action: fc.constantFrom(...ACTIONS),
});

let database: Database;
beforeAll(async () => {
  database = await openDatabase({ databaseUrl: inject('databaseUrl'), dataDir: '', poolSize: 2 });
});
afterAll(() => database.close());

describe('the policy for one record and for a list', () => {
  it('agree: every record a list returns can be read, and every record that can be read is in the list', async () => {
    const rollback = new Error('rollback');
    await expect(
      database.db.transaction(async (tx) => {
        await tx.execute(sql`create temporary table policy_probes (id integer primary key, organisation_id text not null, academy_id text, region_id text, owner_id text) on commit drop`);
        await tx.execute(sql`create temporary table policy_probe_relations (probe_id integer not null, person_id text not null, relation text not null) on commit drop`);
        await fc.assert(
          fc.asyncProperty(world, async ({ records, relations, actor: a, action }) => {
            await tx.delete(probeRelations);
            await tx.delete(probes);
            const rows = records.map((r, id) => ({ id, ...r }));
            if (rows.length) await tx.insert(probes).values(rows);
            const held = relations.filter((r) => r.probe < rows.length).map((r) => ({ probeId: r.probe, personId: r.personId, relation: r.relation }));
            if (held.length) await tx.insert(probeRelations).values(held);
            const actor: Actor = { ...a, requestId: 'property', organisationId: 'o1' };

            const listed = (await tx.select({ id: probes.id }).from(probes).where(accessible(actor, action, probeAccess))).map((r) => r.id).sort((x, y) => x - y);
            const loaded = await tx.select({ probe: probes, ...relationColumns(actor, probeAccess) }).from(probes);
            const readable = loaded
              .filter((row) => can(actor, action, { ...row.probe, relations: relationsIn(row) }))
              .map((row) => row.probe.id)
              .sort((x, y) => x - y);
            expect(listed).toEqual(readable);
          }),
          { numRuns: 300 },
        );
        throw rollback;
      }),
    ).rejects.toBe(rollback);
  });
});
