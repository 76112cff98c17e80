import type { CpdKind, GoalStatus, RatingLevel } from '../../api.ts';

// Words for the development record: ratings on the described scale, changes year on year, time spent.

/** The rating as the scale names it, with its number: "Established (3)"; "Not rated" without one. */
export function ratingWords(rating: number | null, scale: RatingLevel[] | undefined): string {
  if (rating === null) return 'Not rated';
  const level = scale?.find((l) => l.value === rating);
  return level ? `${level.label} (${rating})` : String(rating);
}

/** A change since the year before, in words (never an arrow or a colour alone). */
export function changeWords(change: number | null): string {
  if (change === null) return 'No earlier rating';
  if (change === 0) return 'No change';
  const steps = Math.abs(change);
  return `${change > 0 ? 'Up' : 'Down'} ${steps} ${steps === 1 ? 'level' : 'levels'}`;
}

export function changeTone(change: number | null): string {
  if (change === null || change === 0) return 'tag';
  return change > 0 ? 'tag ok' : 'tag off';
}

const number = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 });

/** An average rating, to two places at most: "2.67". */
export function averageWords(average: number | null): string {
  return average === null ? 'No ratings' : number.format(average);
}

/** Minutes as hours and minutes: "3 hours", "1 hour 30 minutes", "45 minutes". */
export function durationWords(minutes: number): string {
  const whole = Math.round(minutes);
  const hours = Math.floor(whole / 60);
  const rest = whole % 60;
  const parts = [hours ? `${hours} ${hours === 1 ? 'hour' : 'hours'}` : '', rest || !hours ? `${rest} ${rest === 1 ? 'minute' : 'minutes'}` : ''];
  return parts.filter(Boolean).join(' ');
}

/** Hours as the server counts them (decimal), in words. */
export function hoursWords(hours: number): string {
  return durationWords(hours * 60);
}

const KINDS: Record<CpdKind, string> = {
  course: 'Course',
  workshop: 'Workshop',
  conference: 'Conference',
  reading: 'Reading',
  research: 'Research',
  observation: 'Observation',
  mentoring: 'Mentoring',
  coaching: 'Coaching',
  qualification: 'Qualification',
  online: 'Online learning',
  other: 'Other',
};

export function cpdKindLabel(kind: CpdKind | string): string {
  return KINDS[kind as CpdKind] ?? kind;
}

const STATUSES: Record<GoalStatus, { label: string; tone: string }> = {
  not_started: { label: 'Not started', tone: 'tag' },
  in_progress: { label: 'In progress', tone: 'tag pending' },
  achieved: { label: 'Achieved', tone: 'tag ok' },
  dropped: { label: 'Dropped', tone: 'tag' },
};

export function goalStatusLabel(status: GoalStatus | string): string {
  return STATUSES[status as GoalStatus]?.label ?? status;
}

export function GoalStatusTag({ status }: { status: GoalStatus | string }) {
  return <span className={STATUSES[status as GoalStatus]?.tone ?? 'tag'}>{goalStatusLabel(status)}</span>;
}

/** "Standard 5", or "Standards 5, 6 and 12". */
export function standardNumbers(numbers: string[]): string {
  if (numbers.length === 0) return 'No standard';
  if (numbers.length === 1) return `Standard ${numbers[0]}`;
  return `Standards ${numbers.slice(0, -1).join(', ')} and ${numbers.at(-1)}`;
}

/**
 * A standard's part in the page's element ids, from its key: unique within the code, where its number may
 * repeat (a code whose numbering restarts in each part).
 */
export function standardId(standard: { key: string }): string {
  return standard.key.replace(/[^A-Za-z0-9_-]/g, '-');
}

/** Today's date in the person's time zone, as YYYY-MM-DD. */
export function today(): string {
  return new Date().toLocaleDateString('en-CA');
}

export function thisYear(): number {
  return Number(today().slice(0, 4));
}
