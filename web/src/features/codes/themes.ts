// The themes the codes' provisions are tagged with, so that codes can be read side by side by theme.

import { THEMES } from '../../../../src/platform/vocabulary.ts';

export { THEMES };
export type Theme = (typeof THEMES)[number];

export function isTheme(value: string): value is Theme {
  return (THEMES as readonly string[]).includes(value);
}

/** `equality-and-diversity` → `Equality and diversity`. */
export function themeLabel(theme: string): string {
  const words = theme.replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

const KINDS: Record<string, string> = {
  mandatory: 'Mandatory',
  aspirational: 'Aspirational',
  guidance: 'Guidance',
  definition: 'Definition',
};

/** Whether a provision binds (mandatory) or guides, in words. */
export function provisionKindLabel(kind: string): string {
  return KINDS[kind] ?? kind;
}
