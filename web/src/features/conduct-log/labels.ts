import type { ConductDrillDown, ConductFigure, ConductOutcome } from '../../api.ts';

// How the conduct log reads: outcomes in words, a figure (or that it is hidden), and the address of the entries behind a figure.

const OUTCOMES: Record<ConductOutcome, string> = {
  no_further_action: 'No further action',
  advice_given: 'Advice given',
  training_arranged: 'Training arranged',
  support_plan: 'A support plan',
  formal_process: 'The formal disciplinary process',
};
export const conductOutcomeLabel = (outcome: ConductOutcome | null) => (outcome ? OUTCOMES[outcome] : 'Not decided yet');

/** A figure's count in words, or why it is not shown. */
export const figureWords = (figure: ConductFigure) =>
  figure.count === null ? 'Hidden: too few people' : `${figure.count} ${figure.count === 1 ? 'entry' : 'entries'}${figure.people !== null && figure.count > 0 ? `, ${figure.people} ${figure.people === 1 ? 'person' : 'people'}` : ''}`;

/** The conduct log's list, selected as the figure's drill-down selects the entries behind it. */
export function drillDownPath(orgId: string, d: ConductDrillDown): string {
  const search = new URLSearchParams();
  for (const key of ['from', 'to', 'academyId', 'category', 'provision', 'staffId'] as const) if (d[key]) search.set(key, d[key]);
  return `/orgs/${orgId}/conduct-log?${search.toString()}`;
}

/** Today and a year back (from the first of the month eleven months ago), as the patterns' default period. */
export function lastTwelveMonths(): { from: string; to: string } {
  const now = new Date();
  const to = new Date(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate())).toISOString().slice(0, 10);
  const from = new Date(Date.UTC(now.getFullYear(), now.getMonth() - 11, 1)).toISOString().slice(0, 10);
  return { from, to };
}
