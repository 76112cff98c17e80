import { addMonths, londonInstant, parseIsoDate, type IsoDate } from '../../platform/calendar/index.ts';
import type { Refusal } from '../../platform/result.ts';
import { FINAL_STATES, type CohortDates, type ParticipantState, type Programme } from './rules.ts';

// Communications and webinars at key stages (001 §6.1.4: "a series of webinars addressing portfolio
// requirements at key stages of the programmes" and "a series of regular communications with information
// about the programmes at the point of need"). Each is scheduled from a date of its cohort (a stage) and an
// offset in days, goes to the participants in the states it is for, and is sent once. Pure: `now` is passed in.

/** The cohort dates a message is scheduled from: its key stages. */
export const STAGES = ['startsOn', 'midpoint', 'submissionDeadline', 'reviewEnds', 'resubmissionDeadline'] as const;
export type Stage = (typeof STAGES)[number];

export const STAGE_WORDS: Readonly<Record<Stage, string>> = {
  startsOn: 'the start of the programme',
  midpoint: 'the middle of the developmental period',
  submissionDeadline: 'the submission deadline',
  reviewEnds: 'the release of outcomes, after review and moderation',
  resubmissionDeadline: 'the resubmission deadline',
};

/** Whom a message is for, by where each participant stands when it is sent. */
export const AUDIENCES = ['open', 'before_submission', 'released', 'not_met'] as const;
export type Audience = (typeof AUDIENCES)[number];

export const AUDIENCE_WORDS: Readonly<Record<Audience, string>> = {
  open: 'Every participant still on the programme',
  before_submission: 'Participants who have not yet submitted',
  released: 'Participants whose outcome is released',
  not_met: 'Participants with "criteria not met", whose resubmission is open',
};

const BEFORE_SUBMISSION: readonly ParticipantState[] = ['registered', 'awaiting_mentor', 'support_arranged', 'in_progress'];
const RELEASED: readonly ParticipantState[] = ['awarded', 'not_met', 'restart_required'];

/**
 * Whether a participant in this state is sent a message for this audience. Nobody withdrawn or re-started
 * (their portfolio here is closed, 001 §6.2.3); the awarded only for the release of outcomes.
 */
export function isFor(audience: Audience, state: ParticipantState): boolean {
  if (state === 'withdrawn' || state === 'restarted') return false;
  switch (audience) {
    case 'open':
      return !FINAL_STATES.includes(state);
    case 'before_submission':
      return BEFORE_SUBMISSION.includes(state);
    case 'released':
      return RELEASED.includes(state);
    case 'not_met':
      return state === 'not_met';
  }
}

/** The states an audience takes, for a query. */
export const statesFor = (audience: Audience, all: readonly ParticipantState[]): ParticipantState[] => all.filter((s) => isFor(audience, s));

export const COMMUNICATION_KINDS = ['message', 'webinar'] as const;
export type CommunicationKind = (typeof COMMUNICATION_KINDS)[number];

/** What the team writes of a message or a webinar. */
export interface CommunicationInput {
  kind: CommunicationKind;
  title: string;
  body: string;
  stage: Stage;
  /** Days after the stage's date (before it when negative). */
  offsetDays: number;
  /** The time of day in London: when a message is sent, when a webinar is held. */
  time: string;
  audience: Audience;
  /** A webinar's joining link. */
  joinUrl: string | null;
}

/** A webinar's invitation goes out this many days before it is held (or at once, if added later). */
export const WEBINAR_NOTICE_DAYS = 7;
export const MAX_OFFSET_DAYS = 366;

/** The day of a stage in a cohort; the middle of the developmental period is half its months after the start. */
export function stageDate(stage: Stage, dates: CohortDates, programme: Pick<Programme, 'months'>): IsoDate {
  if (stage === 'midpoint') return addMonths(dates.startsOn, Math.floor(programme.months / 2));
  return dates[stage];
}

/** The day so many days from another, before it when negative. */
function shiftDays(date: IsoDate, days: number): IsoDate {
  const d = new Date(`${parseIsoDate(date)}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10) as IsoDate;
}

/** When it happens (a message sent, a webinar held) and when its notice goes out. */
export function timing(input: Pick<CommunicationInput, 'kind' | 'stage' | 'offsetDays' | 'time'>, dates: CohortDates, programme: Pick<Programme, 'months'>): { at: Date; sendAt: Date } {
  const at = londonInstant(shiftDays(stageDate(input.stage, dates, programme), input.offsetDays), input.time);
  return { at, sendAt: input.kind === 'webinar' ? new Date(at.getTime() - WEBINAR_NOTICE_DAYS * 86_400_000) : at };
}

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

function isHttps(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' && parsed.hostname.length > 0;
  } catch {
    return false;
  }
}

/**
 * Why the team may not schedule this message or webinar: a title and words to send, a stage of the cohort
 * and a whole number of days from it, a time of day, an audience; a webinar's joining link on https, and
 * none for a message; and not in the past (a message sent later than now, a webinar held later than now).
 * Every problem at once, each against its field.
 */
export function communicationRefusals(input: CommunicationInput, dates: CohortDates, programme: Pick<Programme, 'months'>, now: Date): Refusal[] {
  const problems: Refusal[] = [];
  if (!(COMMUNICATION_KINDS as readonly string[]).includes(input.kind)) problems.push({ rule: 'communication-kind', field: 'kind', detail: 'A message or a webinar.' });
  const title = input.title?.trim() ?? '';
  if (title.length < 3 || title.length > 200) problems.push({ rule: 'communication-title', field: 'title', detail: 'A title of 3 to 200 characters.' });
  const body = input.body?.trim() ?? '';
  if (body.length < 20 || body.length > 20_000) problems.push({ rule: 'communication-body', field: 'body', detail: 'Write what it says in 20 to 20,000 characters.' });
  if (!(STAGES as readonly string[]).includes(input.stage)) problems.push({ rule: 'communication-stage', field: 'stage', detail: `A stage of the cohort: ${STAGES.join(', ')}.` });
  if (!Number.isInteger(input.offsetDays) || Math.abs(input.offsetDays) > MAX_OFFSET_DAYS)
    problems.push({ rule: 'communication-offset', field: 'offsetDays', detail: `A whole number of days from the stage, from -${MAX_OFFSET_DAYS} to ${MAX_OFFSET_DAYS}.` });
  if (!TIME.test(input.time ?? '')) problems.push({ rule: 'communication-time', field: 'time', detail: 'A time of day as HH:MM, London time.' });
  if (!(AUDIENCES as readonly string[]).includes(input.audience)) problems.push({ rule: 'communication-audience', field: 'audience', detail: `Whom it is for: ${AUDIENCES.join(', ')}.` });
  if (input.kind === 'webinar' && (!input.joinUrl || !isHttps(input.joinUrl)))
    problems.push({ rule: 'webinar-link', field: 'joinUrl', detail: 'A webinar has a joining link that starts with https://.' });
  if (input.kind === 'message' && input.joinUrl) problems.push({ rule: 'webinar-link', field: 'joinUrl', detail: 'Only a webinar has a joining link.' });
  // When it happens can be told once its stage, days and time are sound, whatever else is wrong.
  if (problems.some((p) => p.field === 'stage' || p.field === 'offsetDays' || p.field === 'time' || p.field === 'kind')) return problems;
  const { at } = timing(input, dates, programme);
  if (at.getTime() <= now.getTime())
    problems.push({ rule: 'communication-in-past', field: 'offsetDays', detail: input.kind === 'webinar' ? 'A webinar is held later than now.' : 'A message is sent later than now.' });
  return problems;
}

/** Why a scheduled message may not be changed or cancelled now: one sent stays as sent, one cancelled stays cancelled. */
export function changeRefusal(c: { sentAt: Date | null; cancelledAt: Date | null }): Refusal | null {
  if (c.sentAt) return { rule: 'communication-sent', detail: 'This was sent already: what was sent stays as it was.' };
  if (c.cancelledAt) return { rule: 'communication-cancelled', detail: 'This was cancelled.' };
  return null;
}

/** A default message of a programme, its words written for the participants. */
export interface DefaultCommunication extends Omit<CommunicationInput, 'joinUrl' | 'kind'> {
  key: string;
}

/**
 * The messages every cohort starts with (001 §6.1.4, communications "at the point of need"), at the stages
 * where participants most need them. The team adds its webinars, with their joining links, and may change
 * or cancel any of these before it is sent.
 */
export function defaultCommunications(programme: Pick<Programme, 'title' | 'supportRole' | 'months'>): DefaultCommunication[] {
  const who = programme.supportRole;
  return [
    {
      key: 'welcome',
      title: `Welcome to ${programme.title}`,
      body: `Your programme starts soon. Your portfolio is ready in Probity, with guidance notes under each section. Before the start, make sure your ${who} is arranged, and ask now for any reasonable adjustments you need.`,
      stage: 'startsOn',
      offsetDays: -14,
      time: '09:00',
      audience: 'open',
    },
    {
      key: 'start',
      title: 'Your developmental period starts today',
      body: `Your developmental period of ${programme.months} months starts today. Work on your portfolio section by section with your ${who}, and watch for the webinars on the portfolio's requirements.`,
      stage: 'startsOn',
      offsetDays: 0,
      time: '09:00',
      audience: 'open',
    },
    {
      key: 'midpoint',
      title: 'Halfway: check in on your portfolio',
      body: `You are halfway through your developmental period. Check each section of your portfolio against its guidance notes, and agree with your ${who} what remains to do before the submission deadline.`,
      stage: 'midpoint',
      offsetDays: 0,
      time: '09:00',
      audience: 'before_submission',
    },
    {
      key: 'submission-reminder',
      title: 'Two weeks to the submission deadline',
      body: 'The submission deadline is in two weeks. Submitting locks your portfolio for review: make sure every section is complete and your evidence is in place.',
      stage: 'submissionDeadline',
      offsetDays: -14,
      time: '09:00',
      audience: 'before_submission',
    },
    {
      key: 'release',
      title: 'Outcomes are released',
      body: 'The outcomes of review and moderation are released. Open your portfolio in Probity to read your outcome and the written feedback.',
      stage: 'reviewEnds',
      offsetDays: 1,
      time: '09:00',
      audience: 'released',
    },
    {
      key: 'resubmission-reminder',
      title: 'Two weeks to the resubmission deadline',
      body: 'Your free resubmission is due in two weeks. Evidence resubmitted after the deadline re-starts the process with a new portfolio in the next cohort, for an administration fee.',
      stage: 'resubmissionDeadline',
      offsetDays: -14,
      time: '09:00',
      audience: 'not_met',
    },
  ];
}
