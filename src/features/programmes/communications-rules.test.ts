import { describe, expect, it } from 'vitest';
import { STATES, PROGRAMMES, cohortDates } from './rules.ts';
import { AUDIENCES, WEBINAR_NOTICE_DAYS, changeRefusal, communicationRefusals, defaultCommunications, isFor, stageDate, statesFor, timing, type CommunicationInput } from './communications-rules.ts';

// 001 §6.1.4: webinars at key stages and communications at the point of need, each timed from a cohort date.

const QTLS = PROGRAMMES.qtls;
const dates = cohortDates(QTLS, '2027-02-01');
const before = new Date('2027-01-04T10:00:00Z');
const webinar: CommunicationInput = {
  kind: 'webinar',
  title: 'Induction webinar',
  body: 'An hour on the portfolio and its guidance notes, with time for questions.',
  stage: 'startsOn',
  offsetDays: 7,
  time: '16:00',
  audience: 'open',
  joinUrl: 'https://meet.example.org/induction',
};
const rules = (input: Partial<CommunicationInput>, now = before) => communicationRefusals({ ...webinar, ...input }, dates, QTLS, now);

describe('key stages', () => {
  it('dates each stage from the cohort: the middle of a 6-month QTLS period is 3 months in, of a 12-month ATS period 6', () => {
    expect(stageDate('startsOn', dates, QTLS)).toBe('2027-02-01');
    expect(stageDate('midpoint', dates, QTLS)).toBe('2027-05-01');
    expect(stageDate('midpoint', cohortDates(PROGRAMMES.ats, '2027-02-01'), PROGRAMMES.ats)).toBe('2027-08-01');
    expect(stageDate('submissionDeadline', dates, QTLS)).toBe('2027-08-01');
    expect(stageDate('resubmissionDeadline', dates, QTLS)).toBe('2027-11-01');
  });

  it('sends a message at its time of day in London, and a webinar invitation a week before the webinar', () => {
    // 1 February is winter time: London is UTC; 1 August is summer time, an hour ahead.
    expect(timing({ kind: 'message', stage: 'startsOn', offsetDays: -14, time: '09:00' }, dates, QTLS)).toEqual({ at: new Date('2027-01-18T09:00:00Z'), sendAt: new Date('2027-01-18T09:00:00Z') });
    expect(timing({ kind: 'message', stage: 'submissionDeadline', offsetDays: 0, time: '09:00' }, dates, QTLS).at).toEqual(new Date('2027-08-01T08:00:00Z'));
    const w = timing(webinar, dates, QTLS);
    expect(w.at).toEqual(new Date('2027-02-08T16:00:00Z'));
    expect(w.at.getTime() - w.sendAt.getTime()).toBe(WEBINAR_NOTICE_DAYS * 86_400_000);
  });
});

describe('whom a message is for', () => {
  it('never the withdrawn or re-started', () => {
    for (const audience of AUDIENCES) {
      expect(isFor(audience, 'withdrawn')).toBe(false);
      expect(isFor(audience, 'restarted')).toBe(false);
    }
  });

  it('the resubmission reminder only those with "criteria not met"', () => {
    expect(statesFor('not_met', STATES)).toEqual(['not_met']);
  });

  it('a reminder before submission only those who have not submitted; the release those released, the awarded among them', () => {
    expect(statesFor('before_submission', STATES)).toEqual(['registered', 'awaiting_mentor', 'support_arranged', 'in_progress']);
    expect(statesFor('released', STATES)).toEqual(['not_met', 'restart_required', 'awarded']);
    expect(isFor('open', 'awarded')).toBe(false);
    expect(isFor('open', 'in_review')).toBe(true);
  });
});

describe('what the team may schedule', () => {
  it('takes a webinar with an https joining link, later than now', () => {
    expect(rules({})).toEqual([]);
  });

  it('refuses a webinar without a link, or with one that is not https', () => {
    expect(rules({ joinUrl: null }).map((r) => [r.rule, r.field])).toEqual([['webinar-link', 'joinUrl']]);
    expect(rules({ joinUrl: 'http://meet.example.org/x' }).map((r) => r.rule)).toEqual(['webinar-link']);
    expect(rules({ joinUrl: 'javascript:alert(1)' }).map((r) => r.rule)).toEqual(['webinar-link']);
    expect(rules({ kind: 'message', joinUrl: 'https://meet.example.org/x' }).map((r) => r.rule)).toEqual(['webinar-link']);
    expect(rules({ kind: 'message', joinUrl: null })).toEqual([]);
  });

  it('reports every problem at once, each against its field', () => {
    const problems = rules({ title: 'x', body: 'short', offsetDays: 1.5, time: '25:00', joinUrl: null, stage: 'never' as never, audience: 'all' as never });
    expect(problems.map((r) => r.field).sort()).toEqual(['audience', 'body', 'joinUrl', 'offsetDays', 'stage', 'time', 'title']);
  });

  it('refuses a message or webinar in the past', () => {
    expect(rules({}, new Date('2027-02-08T16:00:00Z')).map((r) => [r.rule, r.field])).toEqual([['communication-in-past', 'offsetDays']]);
    expect(rules({}, new Date('2027-02-08T15:59:00Z'))).toEqual([]);
    expect(rules({ offsetDays: 400 }).map((r) => r.rule)).toEqual(['communication-offset']);
    // Told together with the other problems, not after them.
    expect(rules({ joinUrl: null }, new Date('2027-03-01T00:00:00Z')).map((r) => r.rule)).toEqual(['webinar-link', 'communication-in-past']);
  });

  it('changes or cancels one only before it is sent, and not once cancelled', () => {
    expect(changeRefusal({ sentAt: null, cancelledAt: null })).toBeNull();
    expect(changeRefusal({ sentAt: new Date(), cancelledAt: null })?.rule).toBe('communication-sent');
    expect(changeRefusal({ sentAt: null, cancelledAt: new Date() })?.rule).toBe('communication-cancelled');
  });
});

describe('the default messages', () => {
  it('cover each key stage, in words that pass the rules, each for the participants it concerns', () => {
    for (const programme of [PROGRAMMES.qtls, PROGRAMMES.ats]) {
      const defaults = defaultCommunications(programme);
      expect(defaults.map((d) => d.key)).toEqual(['welcome', 'start', 'midpoint', 'submission-reminder', 'release', 'resubmission-reminder']);
      for (const d of defaults) expect(communicationRefusals({ ...d, kind: 'message', joinUrl: null }, cohortDates(programme, '2027-02-01'), programme, before)).toEqual([]);
      expect(defaults.find((d) => d.key === 'resubmission-reminder')!.audience).toBe('not_met');
      expect(defaults.find((d) => d.key === 'welcome')!.body).toContain(programme.supportRole);
    }
  });
});
