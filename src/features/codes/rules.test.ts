import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CodeFile, ProvisionData } from './format.ts';
import { CODES_DIR, codeFileJsonSchema, readLibrary } from './files.ts';
import { ATTESTATION_PERIOD_DAYS } from '../../platform/vocabulary.ts';
import { KINDS } from '../deadlines/index.ts';
import { adoptionStatus, attestationDueOn, compareVersions, contentHash, flatten, inForce, numberOrder, structureProblems, superseded, wordDiff } from './rules.ts';

const provision = (key: string, number: string, text: string, extra: Partial<ProvisionData> = {}): ProvisionData => ({ key, number, text, kind: 'mandatory', ...extra });
const code = (provisions: ProvisionData[], extra: Partial<CodeFile> = {}): CodeFile => ({
  code: 'test-code',
  title: 'Test code',
  publisher: 'Tests',
  version: '1',
  effectiveFrom: '2026-01-01',
  source: { document: 'seed.txt', title: 'Seed' },
  provisions,
  ...extra,
});

describe('the provision tree', () => {
  it('flattens in document order with parents and depth', () => {
    const flat = flatten([provision('10', '10', 'Notify', { children: [provision('10.1', '10.1', 'A bar'), provision('10.2', '10.2', 'A charge')] }), provision('11', '11', 'Else')]);
    expect(flat.map((p) => [p.key, p.parentKey, p.depth, p.position])).toEqual([
      ['10', null, 0, 0],
      ['10.1', '10', 1, 1],
      ['10.2', '10', 1, 2],
      ['11', null, 0, 3],
    ]);
    expect(flat[2]!.path).toBe('provisions[0].children[1]');
  });

  it('hashes content, not notes or key order', () => {
    const a = code([provision('1', '1', 'Act honestly')]);
    expect(contentHash({ ...a, notes: 'changed notes' })).toBe(contentHash(a));
    expect(contentHash(code([provision('1', '1', 'Act honestly.')]))).not.toBe(contentHash(a));
  });
});

describe('numbering', () => {
  it.each([
    ['10.1', false, [10, 1]],
    ['(b)', false, [2]],
    ['B', false, [2]],
    ['iv', true, [4]],
    ['1.', false, [1]],
    ['', false, null],
    ['Key principle', false, null],
  ] as const)('reads %s', (number, roman, order) => expect(numberOrder(number, roman)).toEqual(order));
});

describe('structure problems', () => {
  it('finds repeated keys, links to nothing, empty leaves and numbering out of order, with the path', () => {
    const file = code([
      provision('1', '1', 'One', { links: [{ to: '9', relation: 'see-also' }, { to: 'other-code:A', relation: 'see-also' }, { to: 'nowhere:Z', relation: 'see-also' }] }),
      provision('3', '3', 'Three'),
      provision('2', '2', 'Two'),
      provision('1', '4', 'Four'),
      provision('5', '5', ''),
    ]);
    expect(structureProblems('test.json', file, new Set(['other-code:A']))).toEqual([
      { file: 'test.json', path: 'provisions[3].key', reason: '"1" is used already at provisions[0]' },
      { file: 'test.json', path: 'provisions[4].text', reason: 'is empty, and the provision has no children' },
      { file: 'test.json', path: 'provisions[0].links[0].to', reason: '"9" is not a provision of any code' },
      { file: 'test.json', path: 'provisions[0].links[2].to', reason: '"nowhere:Z" is not a provision of any code' },
      { file: 'test.json', path: 'provisions[2].number', reason: '"2" comes after "3": numbering is out of order' },
    ]);
  });

  it('orders lettered and roman siblings', () => {
    const letters = code([provision('a', '(a)', 'x'), provision('c', '(c)', 'x'), provision('b', '(b)', 'x')]);
    expect(structureProblems('t.json', letters, new Set()).map((p) => p.path)).toEqual(['provisions[2].number']);
    const roman = code([provision('i', 'i', 'x'), provision('ii', 'ii', 'x'), provision('iv', 'iv', 'x'), provision('v', 'v', 'x')]);
    expect(structureProblems('t.json', roman, new Set())).toEqual([]);
  });
});

describe('reading the library', () => {
  function library(files: Record<string, string>) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'codes-'));
    fs.mkdirSync(path.join(dir, 'mappings'));
    for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), text);
    return readLibrary(dir);
  }

  it('reports malformed JSON with its line and column', () => {
    const { problems } = library({ 'bad.json': '{\n  "code": "x",\n  "title": oops\n}', 'comma.json': '{\n  "code": "x",\n}' });
    expect(problems).toEqual([
      { file: 'bad.json', path: 'line 3, column 12', reason: expect.stringContaining('is not valid JSON') },
      { file: 'comma.json', path: 'line 3, column 1', reason: expect.stringContaining('is not valid JSON') },
    ]);
  });

  it('reports each schema problem with its path', () => {
    const file = { ...code([provision('1', '1', 'One', { kind: 'optional' as 'mandatory' })]), colour: 'blue', effectiveFrom: '2026-02-30' };
    const { problems } = library({ 'schema.json': '{}', 'x.json': JSON.stringify(file) });
    expect(problems).toEqual(
      expect.arrayContaining([
        { file: 'x.json', path: 'colour', reason: 'is not a known field' },
        { file: 'x.json', path: 'effectiveFrom', reason: 'must be a date as YYYY-MM-DD' },
        { file: 'x.json', path: 'provisions[0].kind', reason: expect.stringContaining('must be one of mandatory, aspirational, guidance, definition') },
      ]),
    );
  });

  it('refuses two files for the same version, and mappings to unknown provisions', () => {
    const one = JSON.stringify(code([provision('1', '1', 'One')]));
    const mapping = JSON.stringify({ code: 'test-code', from: '1', to: '2', pairs: [{ from: '1', to: '9' }] });
    const two = JSON.stringify(code([provision('1', '1', 'One!')], { version: '2' }));
    const { problems } = library({ 'a.json': one, 'b.json': one, 'c.json': two, 'mappings/m.json': mapping });
    expect(problems).toEqual([
      { file: 'b.json', path: 'version', reason: 'test-code version 1 is in a.json already' },
      { file: 'mappings/m.json', path: 'pairs[0].to', reason: '"9" is not a provision of version 2' },
    ]);
  });

  it('publishes the JSON Schema it validates with', () => {
    expect(fs.readFileSync(path.join(CODES_DIR, 'schema.json'), 'utf8')).toBe(codeFileJsonSchema());
  });
});

describe('comparing versions', () => {
  it('diffs words', () => {
    expect(wordDiff('Act with integrity at all times', 'Act honestly and with integrity at all times')).toEqual([
      { op: 'same', text: 'Act ' },
      { op: 'added', text: 'honestly and ' },
      { op: 'same', text: 'with integrity at all times' },
    ]);
  });

  it('finds provisions added, removed, renumbered and reworded, through a mapping', () => {
    const before = flatten([provision('a', '(a)', 'Be fair'), provision('b', '(b)', 'Be kind'), provision('c', '(c)', 'Be quick')]);
    const after = flatten([provision('A', 'A', 'Be fair'), provision('B', 'B', 'Be kind to all'), provision('D', 'D', 'Be safe')]);
    const changes = compareVersions(before, after, [
      { from: 'a', to: 'A' },
      { from: 'b', to: 'B' },
      { from: 'c', to: null },
      { from: null, to: 'D' },
    ]);
    expect(changes.map((c) => [c.change, c.from?.key ?? null, c.to?.key ?? null])).toEqual([
      ['renumbered', 'a', 'A'],
      ['renumbered-and-reworded', 'b', 'B'],
      ['removed', 'c', null],
      ['added', null, 'D'],
    ]);
    expect(changes[1]!.diff).toEqual([
      { op: 'same', text: 'Be kind ' },
      { op: 'added', text: 'to all' },
    ]);
  });

  it('pairs equal keys when there is no mapping', () => {
    const changes = compareVersions(flatten([provision('1', '1', 'Old')]), flatten([provision('1', '1', 'New'), provision('2', '2', 'Extra')]));
    expect(changes.map((c) => c.change)).toEqual(['reworded', 'added']);
  });
});

describe('the codes that ship with Probity', () => {
  it('are all valid, and include every seed document', () => {
    const { codes, mappings, problems } = readLibrary();
    expect(problems).toEqual([]);
    expect(codes.map((c) => `${c.data.code}@${c.data.version}`).sort()).toEqual([
      'att-staff-code-of-conduct@2020',
      'education-improvement-code-of-conduct@2009',
      'education-improvement-code-of-conduct@2015',
      'education-improvement-principles@2009',
      'education-improvement-principles@2015',
      'set-code-of-practice@2018',
      'set-professional-standards@2014',
      'set-qtls-ats-support-policy@2022',
    ]);
    expect(new Set(codes.map((c) => c.data.source.document))).toEqual(
      new Set(['000_bbcf68dd063cb685.txt', '001_acc742e84b58753c.txt', '002_b337339f4ae75634.txt', '003_e25d75693aba5807.txt', '004_e900fc96c64c2a27.txt']),
    );
    expect(mappings.map((m) => `${m.data.code}:${m.data.from}-${m.data.to}`).sort()).toEqual(['education-improvement-code-of-conduct:2009-2015', 'education-improvement-principles:2009-2015']);
  });

  it('encode the notification duties of SET provision 10 and the twenty Professional Standards', () => {
    const { codes } = readLibrary();
    const practice = flatten(codes.find((c) => c.data.code === 'set-code-of-practice')!.data.provisions);
    expect(practice.filter((p) => p.parentKey === '10').map((p) => p.number)).toEqual(['10.1', '10.2', '10.3', '10.4']);
    expect(practice.find((p) => p.key === '10')!.text).toContain('within 21 days');
    const standards = flatten(codes.find((c) => c.data.code === 'set-professional-standards')!.data.provisions);
    expect(standards.filter((p) => p.kind === 'aspirational' && /^\d+$/.test(p.number)).map((p) => Number(p.number))).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
  });
});

describe('where an adoption stands', () => {
  // Noon in London on 10 March 2027 (GMT), and the last minute of that London day in summer time.
  const now = new Date('2027-03-10T12:00:00Z');
  const adopted = (adoptedFrom: string, endedOn: string | null = null) => ({ adoptedFrom, endedOn });

  it('is in force from the day it is adopted from, adopted today included', () => {
    expect(adoptionStatus(adopted('2027-03-10'), now)).toBe('in-force');
    expect(adoptionStatus(adopted('2026-09-01'), now)).toBe('in-force');
  });

  it('is upcoming when adopted from a future date, until that day', () => {
    expect(adoptionStatus(adopted('2027-03-11'), now)).toBe('upcoming');
    expect(adoptionStatus(adopted('2027-03-11'), new Date('2027-03-11T00:00:00Z'))).toBe('in-force');
  });

  it('stays in force, and not superseded, while its replacement is adopted from a future date', () => {
    const old = adopted('2026-09-01', '2027-04-01');
    expect(adoptionStatus(old, now)).toBe('in-force');
    expect([inForce(old, now), superseded(old, now)]).toEqual([true, false]);
    expect(adoptionStatus(adopted('2027-04-01'), now)).toBe('upcoming');
  });

  it('is superseded from the day its replacement takes effect, the replacement in force from the same day', () => {
    const day = new Date('2027-04-01T08:00:00Z');
    expect(adoptionStatus(adopted('2026-09-01', '2027-04-01'), day)).toBe('superseded');
    expect(adoptionStatus(adopted('2027-04-01'), day)).toBe('in-force');
    // A replacement adopted today ends the old version today.
    expect([inForce(adopted('2026-09-01', '2027-03-10'), now), superseded(adopted('2026-09-01', '2027-03-10'), now)]).toEqual([false, true]);
  });

  it('reads the day in London, not in UTC', () => {
    // 23:30 UTC on 31 May is already 1 June in London (summer time).
    expect(adoptionStatus(adopted('2027-06-01'), new Date('2027-05-31T23:30:00Z'))).toBe('in-force');
    expect(adoptionStatus(adopted('2026-09-01', '2027-06-01'), new Date('2027-05-31T22:59:00Z'))).toBe('in-force');
  });

  it('is never in force when its replacement takes effect before it would have', () => {
    const replacedEarly = adopted('2027-09-01', '2027-05-01');
    expect(adoptionStatus(replacedEarly, now)).toBe('upcoming');
    expect(adoptionStatus(replacedEarly, new Date('2027-08-01T12:00:00Z'))).toBe('superseded');
  });
});

describe('by when a code is confirmed', () => {
  it('is the date the adoption names', () => {
    expect(attestationDueOn(new Date('2027-03-10T12:00:00Z'), '2027-03-20')).toBe('2027-03-20');
  });

  it('is otherwise the default period of calendar days from the London date, the one the deadlines catalogue states', () => {
    expect(ATTESTATION_PERIOD_DAYS).toBe(28);
    expect(attestationDueOn(new Date('2027-03-10T12:00:00Z'))).toBe('2027-04-07');
    // Late on 31 May (UTC) is 1 June in London.
    expect(attestationDueOn(new Date('2027-05-31T23:30:00Z'))).toBe('2027-06-29');
    expect(KINDS.attestation.rule).toEqual({ type: 'calendar_days', days: ATTESTATION_PERIOD_DAYS });
  });
});
