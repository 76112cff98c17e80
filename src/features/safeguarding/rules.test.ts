import fs from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { londonInstant, type AcademyCalendar } from '../../platform/calendar/index.ts';
import { computeDue, KINDS } from '../deadlines/rules.ts';
import {
  AGENCIES,
  ALERT_CHAIN,
  ALLEGATION_CITES,
  CATEGORIES,
  CATEGORY_WORDS,
  CONCERN_CITES,
  EVENT_TYPES,
  OUTCOMES,
  REFERRAL_TIMESCALES,
  STATES,
  TRANSITIONS,
  TRIAGE_LEVELS,
  alertMessage,
  alertPlan,
  alertsOwed,
  allegationPlan,
  breakGlassMessage,
  breakGlassProblems,
  chronology,
  dashboard,
  eventsFrom,
  grantProblems,
  recordConcern,
  referralDue,
  transition,
  type AlertPlace,
  type Concern,
  type ConcernEvent,
  type ConcernReport,
  type State,
} from './rules.ts';

const at = (date: string, time = '12:00') => londonInstant(date, time);
const england = 'england-and-wales' as const;
// Autumn term 2026; 25 November is a Wednesday, 28 November a Saturday.
const academy: AcademyCalendar = { nation: england, dayEndsAt: '16:30', terms: [{ startsOn: '2026-09-02', endsOn: '2026-12-18' }] };
const ACCOUNT = 'She said her stepfather hit her with a belt last night; a red mark on her left forearm.';

const report = (overrides: Partial<ConcernReport> = {}): ConcernReport => ({ learnerRef: 'nfa-2291', category: 'physical_abuse', seenAt: at('2026-11-25', '09:40'), account: ACCOUNT, immediateAction: 'Listened and did not promise to keep it secret.', ...overrides });

function recorded(overrides: Partial<ConcernReport> = {}, now = at('2026-11-25', '10:00')): Concern {
  const r = recordConcern(report(overrides), { now, recorderId: 'teacher' });
  if (!r.ok) throw new Error(`record refused: ${r.refusals.map((x) => x.rule).join(', ')}`);
  return r.value;
}

/** Takes steps, failing the test at the first refusal. */
function run(c: Concern, ...steps: [ConcernEvent, Date][]): Concern {
  return steps.reduce((current, [event, now]) => {
    const r = transition(current, event, { now, by: 'dsl' });
    if (!r.ok) throw new Error(`${event.type} refused: ${r.refusals.map((x) => x.rule).join(', ')}`);
    return r.value;
  }, c);
}

const rulesOf = (r: { ok: boolean; refusals?: { rule: string }[] }) => (r.ok ? [] : r.refusals!.map((x) => x.rule));
const triage = (level = 'statutory_referral' as const): ConcernEvent => ({ type: 'triage', level, note: 'Physical injury disclosed at home: refer to social care today.' });
const referToSocialCare: ConcernEvent = { type: 'refer', id: 'r1', agency: 'childrens_social_care', madeAt: at('2026-11-25', '11:00'), reference: 'MASH-4471' };

// The codes library's own file for the staff code: what a concern and an allegation cite must be in it.
type ProvisionData = { key: string; children?: ProvisionData[] };
const staffCodeKeys = new Set<string>();
const walk = (ps: ProvisionData[]) => ps.forEach((p) => (staffCodeKeys.add(p.key), walk(p.children ?? [])));
walk((JSON.parse(fs.readFileSync('codes/att-staff-code-of-conduct.2020.json', 'utf8')) as { provisions: ProvisionData[] }).provisions);

describe('recording a concern', () => {
  it('cites provisions the staff code has', () => {
    for (const cites of [CONCERN_CITES, ALLEGATION_CITES]) for (const key of cites.provisions) expect(staffCodeKeys.has(key), key).toBe(true);
  });

  it('keeps what was seen or said in the reporter’s own words, the learner by their reference in capitals', () => {
    const c = recorded({ learnerRef: '  nfa-2291 ' });
    expect(c).toMatchObject({ learnerRef: 'NFA-2291', category: 'physical_abuse', account: ACCOUNT, state: 'recorded', recorderId: 'teacher', allegation: null, marks: [] });
    expect(c.history).toEqual([{ event: 'record', at: at('2026-11-25', '10:00'), by: 'teacher', from: 'recorded', to: 'recorded', note: null }]);
  });

  it('refuses a concern with no category or no text, and names every problem at once', () => {
    const r = recordConcern(report({ category: '', account: '  ', learnerRef: 'Jane Smith', seenAt: at('2026-11-25', '11:00') }), { now: at('2026-11-25', '10:00'), recorderId: 'teacher' });
    expect(rulesOf(r)).toEqual(['learner-reference', 'concern-category', 'seen-in-future', 'account-needed']);
  });

  it('keeps the marks of a body map with the concern, and refuses a mark outside the outline', () => {
    expect(recorded({ marks: [{ view: 'front', x: 0.22, y: 0.43, description: 'Red mark' }] }).marks).toEqual([{ view: 'front', x: 0.22, y: 0.43, region: 'right-forearm', description: 'Red mark' }]);
    const r = recordConcern(report({ marks: [{ view: 'front', x: 0.02, y: 0.5 }] }), { now: at('2026-11-25', '10:00'), recorderId: 'teacher' });
    expect(r.ok || r.refusals.map((x) => [x.field, x.rule])).toEqual([['marks.0', 'mark-outside-outline']]);
  });

  it('records an allegation about a member of staff with nothing more asked of it, on its own path, where no step of a concern can touch it', () => {
    const c = recorded({ allegation: { staffMemberId: 'coach' } });
    expect(c).toMatchObject({ state: 'allegation', allegation: { staffMemberId: 'coach' } });
    expect(recorded({ allegation: { staffMemberId: null } }).state).toBe('allegation');
    for (const type of EVENT_TYPES) {
      expect(rulesOf(transition(c, { type } as ConcernEvent, { now: at('2026-11-25', '11:00'), by: 'dsl' }))).toEqual(['allegation-path']);
    }
  });
});

describe("the DSL's work on a concern", () => {
  it('goes from recorded through triage, referral and actions to an outcome and closure', () => {
    const c = run(
      recorded(),
      [triage(), at('2026-11-25', '10:20')],
      [referToSocialCare, at('2026-11-25', '11:05')],
      [{ type: 'add_action', id: 'a1', description: 'Tell the class teacher to watch for further marks', assigneeId: 'teacher', dueOn: '2026-11-26' }, at('2026-11-25', '11:10')],
      [{ type: 'record_response', id: 'r1', accepted: true, note: 'Accepted for a child and family assessment.' }, at('2026-11-26', '09:00')],
      [{ type: 'complete_action', id: 'a1' }, at('2026-11-26', '15:00')],
      [{ type: 'record_outcome', outcome: 'child_in_need', summary: 'Assessed as a child in need; support plan in place.' }, at('2026-12-02', '09:00')],
      [{ type: 'record_conclusion', id: 'r1', note: 'Assessment concluded: child in need plan.' }, at('2026-12-10', '09:00')],
      [{ type: 'close', note: 'Plan in place; monitoring through the pastoral team.' }, at('2026-12-11', '09:00')],
    );
    expect(c.state).toBe('closed');
    expect(c.history.map((h) => h.to)).toEqual(['recorded', 'triaged', 'acting', 'acting', 'acting', 'acting', 'outcome_recorded', 'outcome_recorded', 'closed']);
    expect(c.history[2]!.note).toBe("Referred to children's social care (reference MASH-4471)");
    expect(c.history[4]!.note).toBe("Taken on by children's social care: Accepted for a child and family assessment.");
  });

  it('refuses an outcome while an agency has not answered, or when triage called for a referral that was never made', () => {
    const triaged = run(recorded(), [triage(), at('2026-11-25', '10:20')]);
    const outcome: ConcernEvent = { type: 'record_outcome', outcome: 'no_further_action', summary: 'Nothing further needed.' };
    expect(rulesOf(transition(triaged, outcome, { now: at('2026-11-25', '12:00'), by: 'dsl' }))).toEqual(['referral-expected']);
    const referred = run(triaged, [referToSocialCare, at('2026-11-25', '11:05')]);
    expect(rulesOf(transition(referred, outcome, { now: at('2026-11-25', '12:00'), by: 'dsl' }))).toEqual(['referral-unanswered']);
    const pastoral = run(recorded(), [triage('pastoral_support' as never), at('2026-11-25', '10:20')]);
    expect(transition(pastoral, outcome, { now: at('2026-11-25', '12:00'), by: 'dsl' }).ok).toBe(true);
  });

  it('does not close while an action is open or an assessment taken on has not concluded, and then does', () => {
    const c = run(
      recorded(),
      [triage(), at('2026-11-25', '10:20')],
      [referToSocialCare, at('2026-11-25', '11:05')],
      [{ type: 'add_action', id: 'a1', description: 'Speak to the learner again tomorrow', assigneeId: 'dsl', dueOn: null }, at('2026-11-25', '11:10')],
      [{ type: 'record_response', id: 'r1', accepted: true, note: 'Accepted for assessment.' }, at('2026-11-26', '09:00')],
      [{ type: 'record_outcome', outcome: 'child_in_need', summary: 'Child in need.' }, at('2026-11-27', '09:00')],
    );
    const close: ConcernEvent = { type: 'close' };
    expect(rulesOf(transition(c, close, { now: at('2026-11-27', '10:00'), by: 'dsl' }))).toEqual(['action-open', 'referral-awaiting-conclusion']);
    const done = run(c, [{ type: 'complete_action', id: 'a1', note: 'Spoke to her; no new concerns.' }, at('2026-11-27', '11:00')], [{ type: 'record_conclusion', id: 'r1', note: 'Concluded.' }, at('2026-12-01', '09:00')]);
    expect(run(done, [close, at('2026-12-01', '10:00')]).closedAt).toEqual(at('2026-12-01', '10:00'));
  });

  it('concludes only a referral the agency took on, and refuses a referral dated ahead of now or before the concern arose', () => {
    const referred = run(recorded(), [triage(), at('2026-11-25', '10:20')], [referToSocialCare, at('2026-11-25', '11:05')]);
    const declined = run(referred, [{ type: 'record_response', id: 'r1', accepted: false, note: 'Threshold not met; signposted to early help.' }, at('2026-11-26', '09:00')]);
    expect(rulesOf(transition(declined, { type: 'record_conclusion', id: 'r1', note: 'Concluded.' }, { now: at('2026-11-27', '09:00'), by: 'dsl' }))).toEqual(['referral-not-taken-on']);
    const ahead: ConcernEvent = { ...referToSocialCare, id: 'r2', madeAt: at('2026-11-25', '13:00') } as ConcernEvent;
    expect(rulesOf(transition(referred, ahead, { now: at('2026-11-25', '12:00'), by: 'dsl' }))).toEqual(['referral-made-at']);
    const before: ConcernEvent = { ...referToSocialCare, id: 'r2', madeAt: at('2026-11-25', '09:00') } as ConcernEvent;
    expect(rulesOf(transition(referred, before, { now: at('2026-11-25', '12:00'), by: 'dsl' }))).toEqual(['referral-made-at']);
  });

  it('refuses an action due before today, a step out of order, a step dated before the last, and anything but reopening once closed', () => {
    const triaged = run(recorded(), [triage('pastoral_support' as never), at('2026-11-25', '10:20')]);
    const action = { type: 'add_action', id: 'a1', description: 'Call home', assigneeId: 'dsl', dueOn: '2026-11-24' } as const;
    expect(rulesOf(transition(triaged, action, { now: at('2026-11-25', '11:00'), by: 'dsl' }))).toEqual(['due-in-past']);
    expect(rulesOf(transition(triaged, triage(), { now: at('2026-11-25', '11:00'), by: 'dsl' }))).toEqual(['concern-state']);
    expect(rulesOf(transition(triaged, { ...action, dueOn: null }, { now: at('2026-11-25', '10:00'), by: 'dsl' }))).toEqual(['time-goes-forward']);
    const closed = run(triaged, [{ type: 'record_outcome', outcome: 'pastoral_support', summary: 'Pastoral support in place.' }, at('2026-11-26')], [{ type: 'close' }, at('2026-11-27')]);
    expect(eventsFrom('closed')).toEqual(['reopen']);
    expect(rulesOf(transition(closed, { ...action, dueOn: null }, { now: at('2026-11-28'), by: 'dsl' }))).toEqual(['concern-closed']);
    expect(rulesOf(transition(closed, { type: 'reopen', reason: ' ' }, { now: at('2026-11-28'), by: 'dsl' }))).toEqual(['reason-needed']);
    expect(run(closed, [{ type: 'reopen', reason: 'A new disclosure from her brother.' }, at('2026-11-30')])).toMatchObject({ state: 'acting', outcome: null, closedAt: null });
  });

  it('names the policy action each step needs', () => {
    expect(Object.fromEntries(EVENT_TYPES.map((e) => [e, TRANSITIONS[e].action]))).toEqual({
      triage: 'safeguarding.triage',
      add_action: 'safeguarding.act',
      complete_action: 'safeguarding.act',
      refer: 'safeguarding.refer',
      record_response: 'safeguarding.refer',
      record_conclusion: 'safeguarding.refer',
      record_outcome: 'safeguarding.conclude',
      close: 'safeguarding.conclude',
      reopen: 'safeguarding.triage',
    });
  });
});

describe('the lifecycle, driven at random', () => {
  const ids = ['a', 'b'];
  const event: fc.Arbitrary<ConcernEvent> = fc.oneof(
    fc.record({ type: fc.constant('triage' as const), level: fc.constantFrom(...TRIAGE_LEVELS), note: fc.constantFrom('', 'Decided to act.') }),
    fc.record({ type: fc.constant('add_action' as const), id: fc.constantFrom(...ids), description: fc.constantFrom('', 'Call home.'), assigneeId: fc.constantFrom('', 'dsl'), dueOn: fc.constantFrom(null, '2026-11-20', '2026-12-31', 'soon') }),
    fc.record({ type: fc.constant('complete_action' as const), id: fc.constantFrom(...ids, 'z') }),
    fc.record({ type: fc.constant('refer' as const), id: fc.constantFrom(...ids), agency: fc.constantFrom(...AGENCIES), madeAt: fc.constantFrom(at('2026-11-25', '09:00'), at('2026-11-25', '11:00'), at('2027-06-01')) }),
    fc.record({ type: fc.constant('record_response' as const), id: fc.constantFrom(...ids, 'z'), accepted: fc.boolean(), note: fc.constantFrom('', 'Answered.') }),
    fc.record({ type: fc.constant('record_conclusion' as const), id: fc.constantFrom(...ids), note: fc.constantFrom('', 'Concluded.') }),
    fc.record({ type: fc.constant('record_outcome' as const), outcome: fc.constantFrom(...OUTCOMES), summary: fc.constantFrom('', 'What came of it.') }),
    fc.record({ type: fc.constant('close' as const) }),
    fc.record({ type: fc.constant('reopen' as const), reason: fc.constantFrom('', 'Something new came to light.') }),
  );
  // Steps mostly move forward by up to ten days, sometimes back an hour, which must be refused.
  const step = fc.tuple(event, fc.integer({ min: -3_600_000, max: 10 * 86_400_000 }));

  it('keeps its invariants whatever is tried, and reaches every state', () => {
    const reached = new Set<State>();
    fc.assert(
      fc.property(fc.boolean(), fc.array(step, { maxLength: 30 }), (allegation, steps) => {
        let c = recorded(allegation ? { allegation: { staffMemberId: null } } : {});
        reached.add(c.state);
        let now = c.recordedAt.getTime();
        for (const [e, delta] of steps) {
          const when = new Date(now + delta);
          const before = c;
          const copy = structuredClone(before);
          const r = transition(c, e, { now: when, by: 'dsl' });
          // A step never alters the concern it was taken on; a refused one says which rule refused it.
          expect(before).toEqual(copy);
          if (!r.ok) {
            expect(r.refusals.length).toBeGreaterThan(0);
            if (before.state === 'allegation') expect(r.refusals[0]!.rule).toBe('allegation-path');
            continue;
          }
          c = r.value;
          reached.add(c.state);
          now = when.getTime();
          expect(before.state).not.toBe('allegation');
          expect(TRANSITIONS[e.type].from).toContain(before.state);
          expect(c.state).toBe(TRANSITIONS[e.type].to === 'same' ? before.state : TRANSITIONS[e.type].to);
          expect(c.history.length).toBe(before.history.length + 1);
          expect(c.history.at(-1)).toMatchObject({ event: e.type, from: before.state, to: c.state, by: 'dsl' });
        }
        // Triaged before anything else is done; an outcome exactly when it has one; closed exactly when closed.
        if (c.state !== 'recorded' && c.state !== 'allegation') expect(c.triage).not.toBeNull();
        expect(c.outcome !== null).toBe(c.state === 'outcome_recorded' || c.state === 'closed');
        expect(c.closedAt !== null).toBe(c.state === 'closed');
        // An outcome waits for every agency's answer; a closed concern has every action done and every assessment concluded.
        if (c.outcome) expect(c.referrals.filter((r) => r.response === null || r.response.at > c.outcome!.at)).toEqual([]);
        if (c.state === 'closed') {
          expect(c.actions.every((a) => a.doneAt)).toBe(true);
          expect(c.referrals.every((r) => !r.response?.accepted || REFERRAL_TIMESCALES[r.agency].concludeWithin === null || r.conclusion)).toBe(true);
        }
        // A referral is dated within the concern's life; nothing is concluded that was not taken on; time in history never goes back.
        for (const r of c.referrals) {
          expect(r.madeAt.getTime()).toBeGreaterThanOrEqual(c.seenAt.getTime());
          if (r.conclusion) expect(r.response?.accepted).toBe(true);
        }
        c.history.forEach((h, i) => i > 0 && expect(h.at.getTime()).toBeGreaterThanOrEqual(c.history[i - 1]!.at.getTime()));
      }),
      // A fixed seed, so that the check below (every state reached) is the same on every run.
      { numRuns: 600, seed: 20261201 },
    );
    expect([...reached].sort()).toEqual([...STATES].sort());
  });
});

describe('alerts', () => {
  const minutes = (c: Concern) => alertPlan(c, academy).steps.map((s) => [s.place, (s.at.getTime() - c.recordedAt.getTime()) / 60_000]);

  it('alerts the DSL at once, the deputy after half an hour and the principal after an hour, within the academy day (003 §3.1)', () => {
    const c = recorded();
    expect(alertPlan(c, academy)).toMatchObject({ actBy: at('2026-11-25', '16:30'), late: false, outOfHours: false });
    // The same time as the Deadlines engine's deadline to act on it, counted from when it was seen or said.
    expect(alertPlan(c, academy).actBy).toEqual(computeDue(KINDS['safeguarding-action'].rule, c.seenAt, { nation: england, academy }).dueAt);
    expect(minutes(c)).toEqual([
      ['designated_safeguarding_lead', 0],
      ['deputy_designated_safeguarding_lead', 30],
      ['principal', 60],
    ]);
  });

  it('brings the chain forward when the day is nearly over, so the principal hears before it ends', () => {
    expect(minutes(recorded({ seenAt: at('2026-11-25', '15:50') }, at('2026-11-25', '16:00')))).toEqual([
      ['designated_safeguarding_lead', 0],
      ['deputy_designated_safeguarding_lead', 10],
      ['principal', 20],
    ]);
  });

  it('alerts everyone at once for a concern recorded after the day’s end, or late', () => {
    const afterSchool = recorded({ seenAt: at('2026-11-25', '15:10') }, at('2026-11-25', '17:05'));
    expect(alertPlan(afterSchool, academy)).toMatchObject({ late: true, outOfHours: true });
    const evening = recorded({ seenAt: at('2026-11-25', '19:00') }, at('2026-11-25', '19:30'));
    expect(alertPlan(evening, academy)).toMatchObject({ actBy: at('2026-11-26', '16:30'), late: false, outOfHours: true });
    const nextMorning = recorded({ seenAt: at('2026-11-25', '14:00') }, at('2026-11-26', '08:30'));
    expect(alertPlan(nextMorning, academy)).toMatchObject({ late: true, outOfHours: false });
    const weekend = recorded({ seenAt: at('2026-11-28', '10:00') }, at('2026-11-28', '10:30'));
    expect(alertPlan(weekend, academy)).toMatchObject({ actBy: at('2026-11-30', '16:30'), outOfHours: true });
    for (const c of [afterSchool, evening, nextMorning, weekend]) expect(minutes(c).map(([, m]) => m)).toEqual([0, 0, 0]);
  });

  it('never schedules the chain after the day ends, or later than its minutes, and alerts at once whenever it is late or out of hours', () => {
    const day = londonInstant('2026-11-23', '00:00').getTime();
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 7 * 1440 - 1 }), fc.integer({ min: 0, max: 3 * 1440 }), (recordedMinute, sinceSeen) => {
        const recordedAt = new Date(day + recordedMinute * 60_000);
        const plan = alertPlan({ recordedAt, seenAt: new Date(recordedAt.getTime() - sinceSeen * 60_000) }, academy);
        const offsets = plan.steps.map((s) => s.at.getTime() - recordedAt.getTime());
        expect(plan.steps.map((s) => s.place)).toEqual([...ALERT_CHAIN]);
        expect(offsets).toEqual([...offsets].sort((a, b) => a - b));
        if (plan.late || plan.outOfHours) expect(offsets).toEqual([0, 0, 0]);
        else {
          expect(offsets[0]).toBe(0);
          expect(offsets[1]).toBeLessThanOrEqual(30 * 60_000);
          expect(offsets[2]).toBeLessThanOrEqual(60 * 60_000);
          for (const s of plan.steps) expect(s.at.getTime()).toBeLessThan(plan.actBy.getTime());
        }
      }),
      { numRuns: 1000 },
    );
  });

  describe('what is owed', () => {
    const c = recorded();
    const plan = alertPlan(c, academy).steps;
    const holders = (places: Partial<Record<AlertPlace, string[]>>) => (place: AlertPlace) => places[place] ?? [];
    const all = holders({ designated_safeguarding_lead: ['dsl'], deputy_designated_safeguarding_lead: ['deputy'], principal: ['principal'] });
    const owed = (now: Date, o: { touched?: boolean; sent?: { place: AlertPlace; personId: string }[]; h?: (p: AlertPlace) => readonly string[] } = {}) =>
      alertsOwed(plan, o.h ?? all, { touched: o.touched ?? false, sent: o.sent ?? [], excluded: ['teacher'], now });

    it('is the DSL at once, then up the chain while nobody has triaged it, each once', () => {
      expect(owed(at('2026-11-25', '10:00'))).toEqual({ send: [{ place: 'designated_safeguarding_lead', personId: 'dsl', at: at('2026-11-25', '10:00') }], nextAt: at('2026-11-25', '10:30') });
      const sent = [{ place: 'designated_safeguarding_lead' as const, personId: 'dsl' }];
      expect(owed(at('2026-11-25', '10:45'), { sent }).send.map((s) => s.personId)).toEqual(['deputy']);
      expect(owed(at('2026-11-25', '11:00'), { sent: [...sent, { place: 'deputy_designated_safeguarding_lead', personId: 'deputy' }] })).toEqual({
        send: [{ place: 'principal', personId: 'principal', at: at('2026-11-25', '11:00') }],
        nextAt: null,
      });
    });

    it('stops once the concern is triaged', () => {
      expect(owed(at('2026-11-25', '11:00'), { touched: true, sent: [{ place: 'designated_safeguarding_lead', personId: 'dsl' }] })).toEqual({ send: [], nextAt: null });
    });

    it('passes over a place nobody holds without delaying the next, and never alerts who recorded it', () => {
      const noDeputy = holders({ designated_safeguarding_lead: ['dsl', 'teacher'], principal: ['principal'] });
      expect(owed(at('2026-11-25', '10:30'), { h: noDeputy }).send.map((s) => [s.place, s.personId])).toEqual([
        ['designated_safeguarding_lead', 'dsl'],
        ['principal', 'principal'],
      ]);
    });

    it("sends an allegation to its case manager at once: the principal, or the regional education director when it is about the principal", () => {
      expect(allegationPlan(c, false)).toEqual([{ place: 'principal', at: c.recordedAt }]);
      expect(allegationPlan(c, true)).toEqual([{ place: 'regional_education_director', at: c.recordedAt }]);
    });
  });

  it('says that a concern exists, its category and a link, never its content', () => {
    fc.assert(
      fc.property(fc.constantFrom(...CATEGORIES), fc.constantFrom<AlertPlace>(...ALERT_CHAIN, 'regional_education_director'), fc.boolean(), fc.string({ minLength: 6 }), (category, place, allegation, secret) => {
        const words = `§${secret}§`;
        const c = recorded({ category, account: words, immediateAction: words, learnerRef: 'LRN-0042', allegation: allegation ? { staffMemberId: 'coach' } : null });
        const { subject, body } = alertMessage(c, place, 'https://probity.example/s/123');
        for (const text of [subject, body]) {
          expect(text).not.toContain(words);
          expect(text).not.toContain('LRN-0042');
          expect(text).not.toContain('teacher');
          expect(text).not.toContain('coach');
        }
        expect(body).toContain(CATEGORY_WORDS[category]);
        expect(body).toContain('https://probity.example/s/123');
      }),
      { numRuns: 200 },
    );
    expect(alertMessage(recorded(), 'deputy_designated_safeguarding_lead', 'L').body).toContain('Nobody has triaged it yet');
  });
});

describe('need to know', () => {
  it('grants access only with a reason, and never to the member of staff an allegation is about', () => {
    expect(grantProblems(recorded(), { personId: 'head-of-year', reason: 'Supports her daily as head of year.' })).toEqual([]);
    expect(grantProblems(recorded(), { personId: 'head-of-year', reason: 'needed' }).map((p) => p.rule)).toEqual(['reason-needed']);
    expect(grantProblems(recorded({ allegation: { staffMemberId: 'coach' } }), { personId: 'coach', reason: 'Asked to see what was said.' }).map((p) => p.rule)).toEqual(['subject-never-sees']);
  });

  it('breaks the glass only with a reason, and tells the DSL without the record’s content', () => {
    expect(breakGlassProblems('').map((p) => p.rule)).toEqual(['reason-needed']);
    expect(breakGlassProblems('Covering for the DSL on a trip today.')).toEqual([]);
    expect(breakGlassMessage('https://probity.example/s/1').body).toMatch(/^Someone outside the safeguarding team opened a safeguarding record, giving a reason\./);
  });
});

describe('referrals to outside agencies', () => {
  it('give the deadlines the same periods the Deadlines engine states, with its sources', () => {
    for (const agency of AGENCIES) {
      const t = REFERRAL_TIMESCALES[agency];
      expect(KINDS[t.responseDeadline].rule).toEqual({ type: 'working_days', days: t.respondWithin });
      expect(t.conclusionDeadline && KINDS[t.conclusionDeadline].rule).toEqual(t.concludeWithin && { type: 'working_days', days: t.concludeWithin });
    }
    // Children's social care's times are statutory guidance the staff code takes account of (003 §1.2); the others are the organisation's.
    expect(KINDS['social-care-referral-decision'].cites).toEqual({ code: 'att-staff-code-of-conduct', provisions: ['1.2'] });
    expect([KINDS['police-referral-response'].cites, KINDS['early-help-referral-response'].cites]).toEqual([null, null]);
  });

  it("expect children's social care's decision within one working day and its assessment within 45, across a bank holiday", () => {
    const r = { id: 'r1', agency: 'childrens_social_care' as const, madeAt: at('2026-12-24', '15:00'), reference: null, response: null, conclusion: null };
    // 25 and 28 December are bank holidays in England and Wales in 2026 (Boxing Day falls on a Saturday).
    expect(referralDue(r, england)).toEqual({ respondBy: new Date('2026-12-29T23:59:59.999Z'), concludeBy: null });
    const accepted = { ...r, response: { at: at('2026-12-29', '10:00'), accepted: true } };
    expect(referralDue(accepted, england).concludeBy).toEqual(computeDue(KINDS['social-care-assessment'].rule, r.madeAt, { nation: england }).dueAt);
    expect(referralDue({ ...r, agency: 'early_help' }, england).respondBy).toEqual(computeDue(KINDS['early-help-referral-response'].rule, r.madeAt, { nation: england }).dueAt);
  });
});

describe("the DSL's dashboard", () => {
  const now = at('2026-11-25', '14:00');
  const fresh = recorded({ category: 'neglect' }, at('2026-11-25', '13:30'));
  const yesterday = recorded({ category: 'neglect', seenAt: at('2026-11-24', '10:00') }, at('2026-11-24', '10:30'));
  const acting = run(
    recorded({ category: 'radicalisation', seenAt: at('2026-11-23', '08:45') }, at('2026-11-23', '09:00')),
    [triage(), at('2026-11-23', '10:00')],
    [{ ...referToSocialCare, madeAt: at('2026-11-23', '11:00') } as ConcernEvent, at('2026-11-23', '11:05')],
    [{ type: 'add_action', id: 'a1', description: 'Check in with her form tutor', assigneeId: 'dsl', dueOn: '2026-11-25' }, at('2026-11-23', '11:10')],
  );
  const closed = run(recorded({ seenAt: at('2026-11-20', '09:00') }, at('2026-11-20', '09:30')), [triage('record_only' as never), at('2026-11-20', '10:00')], [{ type: 'record_outcome', outcome: 'no_further_action', summary: 'Nothing more.' }, at('2026-11-20', '11:00')], [{ type: 'close' }, at('2026-11-20', '12:00')]);
  const list = [fresh, yesterday, acting, closed, recorded({ allegation: { staffMemberId: null } })].map((concern, i) => ({ id: `c${i}`, concern, actBy: alertPlan(concern, academy).actBy }));

  it('shows what is new, what falls due today, what is overdue, and open concerns by category', () => {
    const d = dashboard(list, england, now);
    expect(d.new.map((i) => [i.concernId, i.what])).toEqual([['c0', 'triage']]);
    expect(d.dueToday.map((i) => [i.concernId, i.what, i.dueAt])).toEqual([
      ['c0', 'triage', at('2026-11-25', '16:30')],
      ['c2', 'action', new Date('2026-11-25T23:59:59.999Z')],
    ]);
    expect(d.overdue.map((i) => [i.concernId, i.what])).toEqual([
      ['c1', 'triage'],
      ['c2', 'referral_response'],
    ]);
    expect(d.openByCategory).toEqual({ physical_abuse: 0, emotional_abuse: 0, sexual_abuse: 0, neglect: 2, radicalisation: 1, other: 0 });
  });

  it('never lists an item as both due today and overdue, and counts every open concern once', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10 * 1440 }), (minute) => {
        const when = new Date(at('2026-11-23', '00:00').getTime() + minute * 60_000);
        const d = dashboard(list, england, when);
        for (const i of d.overdue) expect(i.dueAt.getTime()).toBeLessThan(when.getTime());
        for (const i of [...d.dueToday, ...d.new]) expect(i.dueAt.getTime()).toBeGreaterThanOrEqual(when.getTime());
        expect(Object.values(d.openByCategory).reduce((a, b) => a + b, 0)).toBe(3);
      }),
      { numRuns: 300 },
    );
  });
});

describe("a learner's chronology", () => {
  it('runs across all their concerns in time order, from what was seen to each step, and leaves out other learners', () => {
    const first = run(recorded({ category: 'neglect', seenAt: at('2026-11-02', '08:50') }, at('2026-11-02', '09:00')), [triage('pastoral_support' as never), at('2026-11-02', '11:00')]);
    const second = recorded({ learnerRef: 'NFA-2291', seenAt: at('2026-11-25', '09:40') });
    const other = recorded({ learnerRef: 'NFA-9999' });
    const entries = chronology('nfa-2291', [
      { id: 'second', concern: second },
      { id: 'other', concern: other },
      { id: 'first', concern: first },
    ]);
    expect(entries.map((e) => [e.concernId, e.event])).toEqual([
      ['first', 'seen'],
      ['first', 'record'],
      ['first', 'triage'],
      ['second', 'seen'],
      ['second', 'record'],
    ]);
    expect(entries[0]).toMatchObject({ note: ACCOUNT, by: 'teacher', category: 'neglect' });
  });
});
