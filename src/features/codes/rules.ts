import crypto from 'node:crypto';
import { canonicalJson } from '../../platform/audit/index.ts';
import { addDays, inLondon, type IsoDate } from '../../platform/calendar/index.ts';
import { ATTESTATION_PERIOD_DAYS } from '../../platform/vocabulary.ts';
import type { CodeFile, MappingFile, ProvisionData } from './format.ts';

// The rules of code files and versions, as pure functions: structure checks, the flattened tree,
// content hashes, and the comparison of two versions with a word-level diff.

export interface FileProblem {
  file: string;
  path: string;
  reason: string;
}

export interface FlatProvision {
  key: string;
  parentKey: string | null;
  position: number;
  depth: number;
  /** Where the provision sits in the file, for error messages: provisions[2].children[0]. */
  path: string;
  number: string;
  heading: string | null;
  text: string;
  kind: ProvisionData['kind'];
  footnotes: string[];
  themes: string[];
  links: { to: string; relation: string }[];
}

/** The tree in document order, each provision knowing its parent. */
export function flatten(provisions: ProvisionData[]): FlatProvision[] {
  const out: FlatProvision[] = [];
  const walk = (items: ProvisionData[], parentKey: string | null, depth: number, path: string) => {
    items.forEach((p, i) => {
      const here = `${path}[${i}]`;
      out.push({
        key: p.key,
        parentKey,
        position: out.length,
        depth,
        path: here,
        number: p.number,
        heading: p.heading ?? null,
        text: p.text,
        kind: p.kind,
        footnotes: p.footnotes ?? [],
        themes: p.themes ?? [],
        links: p.links ?? [],
      });
      if (p.children) walk(p.children, p.key, depth + 1, `${here}.children`);
    });
  };
  walk(provisions, null, 0, 'provisions');
  return out;
}

/** The hash of a version's content: what an attestation records as having been confirmed. */
export function contentHash(file: CodeFile): string {
  const { $schema: _schema, notes: _notes, ...content } = file;
  return crypto.createHash('sha256').update(canonicalJson(content)).digest('hex');
}

const ROMAN = /^(m{0,3})(cm|cd|d?c{0,3})(xc|xl|l?x{0,3})(ix|iv|v?i{0,3})$/i;
function romanValue(text: string): number {
  const values: Record<string, number> = { i: 1, v: 5, x: 10, l: 50, c: 100, d: 500, m: 1000 };
  let total = 0;
  const lower = text.toLowerCase();
  for (let i = 0; i < lower.length; i++) {
    const v = values[lower[i]!]!;
    const next = values[lower[i + 1] ?? ''] ?? 0;
    total += v < next ? -v : v;
  }
  return total;
}

/** A sortable reading of a printed number: "10.2" → [10, 2]; "(b)" → [2]; "iv" → [4]; "" → null. */
export function numberOrder(number: string, romanSiblings: boolean): number[] | null {
  const bare = number.trim().replace(/^\(|\)$|\.$/g, '').replace(/^\(/, '');
  if (bare === '') return null;
  if (/^\d+(\.\d+)*$/.test(bare)) return bare.split('.').map(Number);
  if (romanSiblings && ROMAN.test(bare)) return [romanValue(bare)];
  if (/^[A-Za-z]$/.test(bare)) return [bare.toLowerCase().charCodeAt(0) - 96];
  return null;
}

function increasing(a: number[], b: number[]): boolean {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = a[i] ?? -1;
    const y = b[i] ?? -1;
    if (x !== y) return x < y;
  }
  return false;
}

/**
 * What is wrong with a code file beyond its schema: repeated keys, links to nothing, numbering out of
 * order among siblings, and grouping nodes with no text and no children. `knownKeys` holds every
 * "code:key" of every file, for links between codes.
 */
export function structureProblems(fileName: string, file: CodeFile, knownKeys: Set<string>): FileProblem[] {
  const problems: FileProblem[] = [];
  const flat = flatten(file.provisions);
  const seen = new Map<string, string>();
  for (const p of flat) {
    const earlier = seen.get(p.key);
    if (earlier) problems.push({ file: fileName, path: `${p.path}.key`, reason: `"${p.key}" is used already at ${earlier}` });
    else seen.set(p.key, p.path);
    if (p.text.trim() === '' && !flat.some((c) => c.parentKey === p.key)) {
      problems.push({ file: fileName, path: `${p.path}.text`, reason: 'is empty, and the provision has no children' });
    }
  }
  for (const p of flat) {
    p.links.forEach((link, i) => {
      const exists = link.to.includes(':') ? knownKeys.has(link.to) : seen.has(link.to);
      if (!exists) {
        problems.push({ file: fileName, path: `${p.path}.links[${i}].to`, reason: `"${link.to}" is not a provision of any code` });
      }
    });
  }
  const siblingsOf = new Map<string | null, FlatProvision[]>();
  for (const p of flat) siblingsOf.set(p.parentKey, [...(siblingsOf.get(p.parentKey) ?? []), p]);
  for (const siblings of siblingsOf.values()) {
    const bare = siblings.map((s) => s.number.trim().replace(/^\(|\)$|\.$/g, '').replace(/^\(/, ''));
    const roman = bare.some((b) => b.length > 1 && ROMAN.test(b)) && bare.filter(Boolean).every((b) => ROMAN.test(b));
    let previous: { order: number[]; provision: FlatProvision } | null = null;
    for (const s of siblings) {
      const order = numberOrder(s.number, roman);
      if (!order) continue;
      if (previous && !increasing(previous.order, order)) {
        problems.push({ file: fileName, path: `${s.path}.number`, reason: `"${s.number}" comes after "${previous.provision.number}": numbering is out of order` });
      }
      previous = { order, provision: s };
    }
  }
  return problems;
}

export function mappingProblems(fileName: string, mapping: MappingFile, from: CodeFile | undefined, to: CodeFile | undefined): FileProblem[] {
  const problems: FileProblem[] = [];
  if (!from) problems.push({ file: fileName, path: 'from', reason: `${mapping.code} has no version "${mapping.from}"` });
  if (!to) problems.push({ file: fileName, path: 'to', reason: `${mapping.code} has no version "${mapping.to}"` });
  if (!from || !to) return problems;
  const fromKeys = new Set(flatten(from.provisions).map((p) => p.key));
  const toKeys = new Set(flatten(to.provisions).map((p) => p.key));
  mapping.pairs.forEach((pair, i) => {
    if (pair.from === null && pair.to === null) problems.push({ file: fileName, path: `pairs[${i}]`, reason: 'pairs nothing with nothing' });
    if (pair.from !== null && !fromKeys.has(pair.from)) problems.push({ file: fileName, path: `pairs[${i}].from`, reason: `"${pair.from}" is not a provision of version ${mapping.from}` });
    if (pair.to !== null && !toKeys.has(pair.to)) problems.push({ file: fileName, path: `pairs[${i}].to`, reason: `"${pair.to}" is not a provision of version ${mapping.to}` });
  });
  return problems;
}

export type WordChange = { op: 'same' | 'added' | 'removed'; text: string };

/** A word-level diff (longest common subsequence of words, whitespace kept with each word). */
export function wordDiff(before: string, after: string): WordChange[] {
  const a = before.match(/\S+\s*/g) ?? [];
  const b = after.match(/\S+\s*/g) ?? [];
  const norm = (w: string) => w.trim();
  const lcs: number[][] = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lcs[i]![j] = norm(a[i]!) === norm(b[j]!) ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
    }
  }
  const out: WordChange[] = [];
  const push = (op: WordChange['op'], text: string) => {
    const last = out.at(-1);
    if (last && last.op === op) last.text += text;
    else out.push({ op, text });
  };
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (norm(a[i]!) === norm(b[j]!)) {
      push('same', b[j]!);
      i++;
      j++;
    } else if (lcs[i + 1]![j]! >= lcs[i]![j + 1]!) push('removed', a[i++]!);
    else push('added', b[j++]!);
  }
  while (i < a.length) push('removed', a[i++]!);
  while (j < b.length) push('added', b[j++]!);
  return out;
}

export type ProvisionChange =
  | { change: 'unchanged' | 'reworded' | 'renumbered' | 'renumbered-and-reworded'; from: FlatProvision; to: FlatProvision; diff: WordChange[] }
  | { change: 'removed'; from: FlatProvision; to: null; diff: WordChange[] }
  | { change: 'added'; from: null; to: FlatProvision; diff: WordChange[] };

const wholeText = (p: FlatProvision) => [p.heading, p.text].filter(Boolean).join('\n');

/**
 * How one version of a code became another: provisions added, removed, renumbered or reworded. Pairs come
 * from the mapping where there is one, otherwise from equal keys.
 */
export function compareVersions(from: FlatProvision[], to: FlatProvision[], mapping?: MappingFile['pairs']): ProvisionChange[] {
  const byKeyFrom = new Map(from.map((p) => [p.key, p]));
  const byKeyTo = new Map(to.map((p) => [p.key, p]));
  const pairs = mapping ?? [
    ...from.map((p) => ({ from: p.key, to: byKeyTo.has(p.key) ? p.key : null })),
    ...to.filter((p) => !byKeyFrom.has(p.key)).map((p) => ({ from: null, to: p.key })),
  ];
  const changes: ProvisionChange[] = pairs.map((pair) => {
    const a = pair.from === null ? null : (byKeyFrom.get(pair.from) ?? null);
    const b = pair.to === null ? null : (byKeyTo.get(pair.to) ?? null);
    if (a && b) {
      const reworded = wholeText(a).replace(/\s+/g, ' ').trim() !== wholeText(b).replace(/\s+/g, ' ').trim();
      const renumbered = a.number !== b.number;
      const change = renumbered && reworded ? 'renumbered-and-reworded' : renumbered ? 'renumbered' : reworded ? 'reworded' : 'unchanged';
      return { change, from: a, to: b, diff: wordDiff(wholeText(a), wholeText(b)) };
    }
    if (a) return { change: 'removed', from: a, to: null, diff: [{ op: 'removed', text: wholeText(a) }] };
    return { change: 'added', from: null, to: b!, diff: [{ op: 'added', text: wholeText(b!) }] };
  });
  // In the order of the newer version; a removed provision right after the last earlier one that survived.
  const survivorPosition = new Map(changes.filter((c) => c.from && c.to).map((c) => [c.from!.key, c.to!.position]));
  const order = (c: ProvisionChange) => {
    if (c.to) return c.to.position;
    const before = from.slice(0, c.from!.position).reverse().find((p) => survivorPosition.has(p.key));
    return (before ? survivorPosition.get(before.key)! : -1) + 0.5 + c.from!.position / (from.length + 1) / 2;
  };
  return changes.sort((x, y) => order(x) - order(y));
}

// Adoptions: when a version binds an organisation's people, and by when they confirm it. Whom it binds is
// asked of the database, where the people are (binding.ts).

export interface AdoptionDates {
  adoptedFrom: IsoDate;
  /** The day a replacement takes effect (set when the replacement is adopted, which may be ahead of time). */
  endedOn: IsoDate | null;
}

export const ADOPTION_STATUSES = ['upcoming', 'in-force', 'superseded'] as const;
export type AdoptionStatus = (typeof ADOPTION_STATUSES)[number];

/**
 * Where an adoption stands on the London date of `now`: upcoming before the day it is adopted from, in
 * force from that day, superseded from the day its replacement takes effect. A replacement adopted from a
 * future date leaves the version it replaces in force until then: "superseded" and "in force" never both hold.
 */
export function adoptionStatus(adoption: AdoptionDates, now: Date): AdoptionStatus {
  const today = inLondon(now).date;
  if (adoption.endedOn !== null && adoption.endedOn <= today) return 'superseded';
  return adoption.adoptedFrom <= today ? 'in-force' : 'upcoming';
}

export const inForce = (adoption: AdoptionDates, now: Date) => adoptionStatus(adoption, now) === 'in-force';
export const superseded = (adoption: AdoptionDates, now: Date) => adoptionStatus(adoption, now) === 'superseded';

/**
 * By when those bound confirm a version: the date the adoption names, else ATTESTATION_PERIOD_DAYS
 * calendar days from the London date of `now`. The codes ask to be read and understood (003, the
 * introduction: "It must be read and used alongside the key policies") and set no time for it, so the
 * period is the organisation's default, the same one the deadlines catalogue states.
 */
export function attestationDueOn(now: Date, chosen?: IsoDate): IsoDate {
  return chosen ?? addDays(inLondon(now).date, ATTESTATION_PERIOD_DAYS);
}
