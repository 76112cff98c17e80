import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openDatabase, type Database } from './index.ts';

// The README's statements for spreading the database over several servers with Citus ("Beyond one database
// server"), checked against the migrated schema for what Citus asks of each kind of table. No Citus server
// runs here: this is the schema's side of the bargain, and that the statements name each table once.

interface Placement {
  reference: string[];
  local: string[];
  distributed: { table: string; column: string; colocateWith: string | undefined }[];
  /** Constraints the README drops before distributing, by name. */
  dropped: string[];
}

/** Reads the README's block of Citus statements, refusing any statement it does not know. */
export function readPlacement(readme: string): Placement {
  const block = [...readme.matchAll(/```sql\n([\s\S]*?)```/g)].map((m) => m[1]!).find((b) => b.includes('create_distributed_table'));
  if (!block) throw new Error('The README has no block of Citus statements');
  const placement: Placement = { reference: [], local: [], distributed: [], dropped: [] };
  const statements = block
    .split('\n')
    .map((line) => line.replace(/--.*$/, '').trim())
    .join(' ')
    .split(';')
    .map((s) => s.trim())
    .filter((s) => s !== '');
  for (const statement of statements) {
    let m: RegExpMatchArray | null;
    if ((m = statement.match(/^SELECT create_reference_table\('(\w+)'\)$/))) placement.reference.push(m[1]!);
    else if ((m = statement.match(/^SELECT citus_add_local_table_to_metadata\('(\w+)'\)$/))) placement.local.push(m[1]!);
    else if ((m = statement.match(/^SELECT create_distributed_table\('(\w+)', '(\w+)'(?:, colocate_with => '(\w+)')?\)$/))) {
      placement.distributed.push({ table: m[1]!, column: m[2]!, colocateWith: m[3] });
    } else if ((m = statement.match(/^ALTER TABLE (\w+) DROP CONSTRAINT (\w+)$/))) placement.dropped.push(m[2]!);
    else throw new Error(`A statement this test does not know: ${statement}`);
  }
  return placement;
}

interface Key {
  table: string;
  name: string;
  columns: (string | null)[];
}
interface Reference {
  table: string;
  name: string;
  columns: string[];
  target: string;
  targetColumns: string[];
}

let database: Database;
let placement: Placement;
let tables: { name: string; organisation: 'none' | 'nullable' | 'required' }[];
let keys: Key[];
let references: Reference[];

beforeAll(async () => {
  database = await openDatabase({ databaseUrl: inject('databaseUrl'), dataDir: '', poolSize: 1 });
  placement = readPlacement(fs.readFileSync(path.join(import.meta.dirname, '../../README.md'), 'utf8'));
  const { pool } = database;
  tables = (
    await pool.query<{ name: string; organisation: 'none' | 'nullable' | 'required' }>(`
      SELECT c.relname AS name,
             coalesce((SELECT CASE WHEN a.attnotnull THEN 'required' ELSE 'nullable' END FROM pg_attribute a
                        WHERE a.attrelid = c.oid AND a.attname = 'organisation_id' AND NOT a.attisdropped), 'none') AS organisation
        FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
       WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p')
       ORDER BY 1`)
  ).rows;
  // Primary keys, unique constraints and unique indexes alike: each is a unique index. An expression is null.
  keys = (
    await pool.query<Key>(`
      SELECT t.relname AS table, i.relname AS name,
             ARRAY(SELECT a.attname::text FROM unnest(x.indkey[0:x.indnkeyatts - 1]) WITH ORDINALITY k(attnum, n)
                     LEFT JOIN pg_attribute a ON a.attrelid = x.indrelid AND a.attnum = k.attnum ORDER BY k.n) AS columns
        FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_class t ON t.oid = x.indrelid JOIN pg_namespace n ON n.oid = t.relnamespace
       WHERE n.nspname = 'public' AND x.indisunique`)
  ).rows;
  references = (
    await pool.query<Reference>(`
      SELECT c.conrelid::regclass::text AS table, c.conname AS name, c.confrelid::regclass::text AS target,
             ARRAY(SELECT a.attname::text FROM unnest(c.conkey) WITH ORDINALITY k(attnum, n)
                     JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.attnum ORDER BY k.n) AS columns,
             ARRAY(SELECT a.attname::text FROM unnest(c.confkey) WITH ORDINALITY k(attnum, n)
                     JOIN pg_attribute a ON a.attrelid = c.confrelid AND a.attnum = k.attnum ORDER BY k.n) AS "targetColumns"
        FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace
       WHERE n.nspname = 'public' AND c.contype = 'f'`)
  ).rows;
});
afterAll(() => database.close());

const distributed = () => new Set(placement.distributed.map((d) => d.table));
/** The references Citus will see: those the README does not drop first. */
const kept = () => references.filter((r) => !placement.dropped.includes(r.name));

describe('the Citus statements in the README', () => {
  it('place every table exactly once, and every table with a required organisation is distributed by it', () => {
    const named = [...placement.reference, ...placement.local, ...placement.distributed.map((d) => d.table)];
    expect(named.filter((name, i) => named.indexOf(name) !== i), 'named twice').toEqual([]);
    expect(named.filter((name) => !tables.some((t) => t.name === name)), 'not a table').toEqual([]);
    expect(tables.filter((t) => !named.includes(t.name)).map((t) => t.name), 'not placed').toEqual([]);
    expect(tables.filter((t) => t.organisation === 'required' && !distributed().has(t.name)).map((t) => t.name), 'a tenant table not distributed').toEqual([]);
    expect(placement.distributed.length).toBeGreaterThanOrEqual(77);
  });

  it('distribute by an organisation_id every row has, all colocated with the first', () => {
    const [first, ...rest] = placement.distributed;
    expect(first?.colocateWith).toBeUndefined();
    for (const d of rest) expect(d.colocateWith, d.table).toBe(first!.table);
    for (const d of placement.distributed) {
      expect(d.column, d.table).toBe('organisation_id');
      // Citus refuses a row whose distribution column is null.
      expect(tables.find((t) => t.name === d.table)?.organisation, d.table).toBe('required');
    }
  });

  it('find organisation_id in every primary key and unique key of a distributed table', () => {
    const without = keys.filter((k) => distributed().has(k.table) && !k.columns.includes('organisation_id')).map((k) => `${k.table}: ${k.name}`);
    expect(without).toEqual([]);
  });

  it('find organisation_id at the same place on both sides of every reference between distributed tables, except those dropped first', () => {
    const between = kept().filter((r) => distributed().has(r.table) && distributed().has(r.target));
    expect(between.length).toBeGreaterThanOrEqual(65);
    const crossing = between.filter((r) => {
      const i = r.columns.indexOf('organisation_id');
      return i === -1 || r.targetColumns[i] !== 'organisation_id';
    });
    expect(crossing.map((r) => `${r.table}: ${r.name}`)).toEqual([]);
    // What is dropped is a reference that exists, and one Citus could not keep.
    for (const name of placement.dropped) {
      const dropped = references.find((r) => r.name === name);
      expect(dropped, name).toBeDefined();
      expect(dropped!.targetColumns[dropped!.columns.indexOf('organisation_id')], name).not.toBe('organisation_id');
    }
  });

  it('have no reference table or coordinator table refer to a distributed table, nor a distributed table to one kept on the coordinator', () => {
    const local = new Set(placement.local);
    const forbidden = kept().filter((r) => (!distributed().has(r.table) && distributed().has(r.target)) || (distributed().has(r.table) && local.has(r.target)));
    expect(forbidden.map((r) => `${r.table} → ${r.target}`)).toEqual([]);
  });

  it('create each table after the tables it refers to, reference tables before the rest', () => {
    const order = [...placement.reference, ...placement.local, ...placement.distributed.map((d) => d.table)];
    const late = kept()
      .filter((r) => r.table !== r.target && order.indexOf(r.target) > order.indexOf(r.table))
      .map((r) => `${r.table} before ${r.target}`);
    expect(late).toEqual([]);
  });
});

describe('reading the statements', () => {
  const readme = (sql: string) => `Some words.\n\n\`\`\`sql\n${sql}\n\`\`\`\n`;

  it('reads each kind of statement, and refuses one it does not know', () => {
    expect(
      readPlacement(
        readme(
          [
            'ALTER TABLE a DROP CONSTRAINT a_b_fk;',
            "SELECT create_reference_table('people'); -- shared",
            "SELECT citus_add_local_table_to_metadata('outbox');",
            "SELECT create_distributed_table('regions', 'organisation_id');",
            "SELECT create_distributed_table('academies', 'organisation_id', colocate_with => 'regions');",
          ].join('\n'),
        ),
      ),
    ).toEqual({
      reference: ['people'],
      local: ['outbox'],
      distributed: [
        { table: 'regions', column: 'organisation_id', colocateWith: undefined },
        { table: 'academies', column: 'organisation_id', colocateWith: 'regions' },
      ],
      dropped: ['a_b_fk'],
    });
    expect(() => readPlacement(readme("SELECT create_distributed_table('regions', 'organisation_id');\nSELECT undistribute_table('regions');"))).toThrow(/does not know/);
  });
});
