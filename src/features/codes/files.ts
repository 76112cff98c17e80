import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { codeFileSchema, mappingFileSchema, type CodeFile, type MappingFile } from './format.ts';
import { flatten, mappingProblems, structureProblems, type FileProblem } from './rules.ts';

// Reading the code files from the repository's codes/ folder, and reporting every problem in them.

export const CODES_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../codes');

export interface CodeLibrary {
  codes: { file: string; data: CodeFile }[];
  mappings: { file: string; data: MappingFile }[];
  problems: FileProblem[];
}

function zodPath(issuePath: PropertyKey[]): string {
  return issuePath.reduce<string>((acc, part) => (typeof part === 'number' ? `${acc}[${part}]` : acc ? `${acc}.${String(part)}` : String(part)), '') || '(file)';
}

/** Where JSON.parse gave up: its own position when it says, else the shortest prefix with the same bad token. */
function errorOffset(text: string, message: string): number {
  const position = /at position (\d+)/.exec(message);
  if (position) return Number(position[1]);
  const failsEarly = (end: number) => {
    try {
      JSON.parse(text.slice(0, end));
      return false;
    } catch (error) {
      return /Unexpected token/.test((error as Error).message);
    }
  };
  let low = 0;
  let high = text.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (failsEarly(mid + 1)) high = mid;
    else low = mid + 1;
  }
  return low;
}

function parseJson(file: string, text: string): { value?: unknown; problem?: FileProblem } {
  try {
    return { value: JSON.parse(text) };
  } catch (error) {
    const lines = text.slice(0, errorOffset(text, (error as Error).message)).split('\n');
    return { problem: { file, path: `line ${lines.length}, column ${lines.at(-1)!.length + 1}`, reason: `is not valid JSON: ${(error as Error).message.split('\n')[0]}` } };
  }
}

function validate<T>(file: string, value: unknown, schema: z.ZodType<T>, problems: FileProblem[]): T | undefined {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  for (const issue of parsed.error.issues) {
    const unknown = issue.code === 'unrecognized_keys' ? issue.keys : undefined;
    problems.push({ file, path: zodPath([...issue.path, ...(unknown ? [unknown.join(', ')] : [])]), reason: unknown ? 'is not a known field' : issue.message });
  }
  return undefined;
}

/** Every code and mapping file in the folder, and every problem found in them (file, path, reason). */
export function readLibrary(dir = CODES_DIR): CodeLibrary {
  const library: CodeLibrary = { codes: [], mappings: [], problems: [] };
  const read = (sub: string) =>
    fs.existsSync(path.join(dir, sub))
      ? fs.readdirSync(path.join(dir, sub)).filter((f) => f.endsWith('.json') && f !== 'schema.json').sort().map((f) => path.join(sub, f))
      : [];
  for (const file of read('.')) {
    const { value, problem } = parseJson(file, fs.readFileSync(path.join(dir, file), 'utf8'));
    if (problem) library.problems.push(problem);
    const data = problem ? undefined : validate(file, value, codeFileSchema, library.problems);
    if (data) library.codes.push({ file, data });
  }
  for (const file of read('mappings')) {
    const { value, problem } = parseJson(file, fs.readFileSync(path.join(dir, file), 'utf8'));
    if (problem) library.problems.push(problem);
    const data = problem ? undefined : validate(file, value, mappingFileSchema, library.problems);
    if (data) library.mappings.push({ file, data });
  }
  const versions = new Map<string, string>();
  for (const { file, data } of library.codes) {
    const id = `${data.code}@${data.version}`;
    const earlier = versions.get(id);
    if (earlier) library.problems.push({ file, path: 'version', reason: `${data.code} version ${data.version} is in ${earlier} already` });
    versions.set(id, file);
  }
  const knownKeys = new Set(library.codes.flatMap(({ data }) => flatten(data.provisions).map((p) => `${data.code}:${p.key}`)));
  for (const { file, data } of library.codes) library.problems.push(...structureProblems(file, data, knownKeys));
  for (const { file, data } of library.mappings) {
    const find = (version: string) => library.codes.find((c) => c.data.code === data.code && c.data.version === version)?.data;
    library.problems.push(...mappingProblems(file, data, find(data.from), find(data.to)));
  }
  return library;
}

/** The JSON Schema published for code files (codes/schema.json). */
export function codeFileJsonSchema(): string {
  return `${JSON.stringify(z.toJSONSchema(codeFileSchema, { target: 'draft-2020-12', io: 'input' }), null, 2)}\n`;
}
