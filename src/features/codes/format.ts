import { z } from 'zod';
import '../../platform/validation.ts';
import { THEMES } from '../../platform/vocabulary.ts';

// The format of a code file in codes/: one version of one code, its provisions as a tree.
// This schema is the source of truth; codes/schema.json is generated from it (`probity codes schema`).

export { THEMES };
export type Theme = (typeof THEMES)[number];

export const PROVISION_KINDS = ['mandatory', 'aspirational', 'guidance', 'definition'] as const;
export const LINK_RELATIONS = ['see-also', 'refines', 'exception-to', 'procedure-for'] as const;

const slug = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const key = /^[A-Za-z0-9]+([.-][A-Za-z0-9]+)*$/;

export interface ProvisionData {
  key: string;
  number: string;
  heading?: string | undefined;
  text: string;
  kind: (typeof PROVISION_KINDS)[number];
  footnotes?: string[] | undefined;
  themes?: Theme[] | undefined;
  links?: { to: string; relation: (typeof LINK_RELATIONS)[number] }[] | undefined;
  children?: ProvisionData[] | undefined;
}

export const provisionSchema: z.ZodType<ProvisionData> = z.lazy(() =>
  z.strictObject({
    key: z.string().regex(key, 'must be letters and digits joined by dots or dashes'),
    number: z.string().max(20),
    heading: z.string().min(1).max(300).optional(),
    text: z.string().max(20_000),
    kind: z.enum(PROVISION_KINDS),
    footnotes: z.array(z.string().min(1)).optional(),
    themes: z.array(z.enum(THEMES)).optional(),
    links: z.array(z.strictObject({ to: z.string().min(1), relation: z.enum(LINK_RELATIONS) })).optional(),
    children: z.array(provisionSchema).optional(),
  }),
);

export const codeFileSchema = z.strictObject({
  $schema: z.string().optional(),
  code: z.string().regex(slug, 'must be lower-case words joined by dashes'),
  title: z.string().min(1).max(300),
  publisher: z.string().min(1).max(300),
  version: z.string().min(1).max(40),
  effectiveFrom: z.iso.date('must be a date as YYYY-MM-DD'),
  source: z.strictObject({ document: z.string().min(1), title: z.string().min(1) }),
  notes: z.string().optional(),
  preamble: z.string().optional(),
  provisions: z.array(provisionSchema).min(1),
});
export type CodeFile = z.infer<typeof codeFileSchema>;

export const mappingFileSchema = z.strictObject({
  $schema: z.string().optional(),
  code: z.string().regex(slug),
  from: z.string().min(1),
  to: z.string().min(1),
  pairs: z.array(
    z.strictObject({
      from: z.string().nullable(),
      to: z.string().nullable(),
      change: z.enum(['unchanged', 'reworded', 'renumbered']).optional(),
    }),
  ),
});
export type MappingFile = z.infer<typeof mappingFileSchema>;
