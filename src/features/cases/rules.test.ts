import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KINDS } from '../deadlines/rules.ts';
import {
  advanceTargets,
  answerRefusal,
  appealCloses,
  caseReference,
  CASE_TYPES,
  EVENT_TYPES,
  deadlinesStartedBy,
  MIN_PUBLISHED_GROUP,
  officerChangeRefusal,
  openCase,
  openSteps,
  panelChangeRefusal,
  panelProblems,
  publishable,
  step,
  typeRefusal,
  type Case,
  type CaseEvent,
  type CaseEventType,
  type CaseType,
  type PanelMember,
} from './rules.ts';

const at = (iso: string) => new Date(`${iso}T09:00:00Z`);
const REASONS = 'The evidence shows the member failed to notify the Society in time.';
const PANEL: PanelMember[] = [
  { personId: 'p1', kind: 'practitioner' },
  { personId: 'p2', kind: 'practitioner' },
  { personId: 'l1', kind: 'lay' },
];
const suitability = CASE_TYPES.suitability;

/** Runs steps, failing the test at the first refusal. */
function run(type: CaseType, c: Case, ...steps: [CaseEvent, Date][]): Case {
  return steps.reduce((current, [event, now]) => {
    const result = step(type, current, event, now);
    if (!result.ok) throw new Error(`${event.type} refused: ${result.refusals.map((r) => r.rule).join(', ')}`);
    return result.value;
  }, c);
}

const decided = () =>
  run(suitability, openCase(suitability, at('2026-01-05')), [{ type: 'advance', to: 'assessment' }, at('2026-01-06')], [{ type: 'advance', to: 'decision' }, at('2026-01-07')], [{ type: 'decide', outcome: 'warning', reasons: REASONS, panel: PANEL }, at('2026-01-08')]);

describe('a case', () => {
  it('moves forward through its stages and may skip an investigation, never go back', () => {
    const c = openCase(suitability, at('2026-01-05'));
    expect(step(suitability, c, { type: 'advance', to: 'investigation' }, at('2026-01-06')).ok).toBe(true);
    const assessed = run(suitability, c, [{ type: 'advance', to: 'investigation' }, at('2026-01-06')]);
    const back = step(suitability, assessed, { type: 'advance', to: 'assessment' }, at('2026-01-07'));
    expect(back.ok || back.refusals[0]!.rule).toBe('case-stage');
  });

  it('refuses a stage its type does not have', () => {
    const allegation = CASE_TYPES.allegation;
    const r = step(allegation, openCase(allegation, at('2026-01-05')), { type: 'advance', to: 'assessment' }, at('2026-01-05'));
    expect(r.ok || r.refusals[0]!.rule).toBe('case-stage');
  });

  it('refuses a decision without written reasons, with an outcome the type does not allow, or without a panel that may sit', () => {
    const c = run(suitability, openCase(suitability, at('2026-01-05')), [{ type: 'advance', to: 'decision' }, at('2026-01-06')]);
    const r = step(suitability, c, { type: 'decide', outcome: 'dismissal', reasons: ' ', panel: PANEL.slice(0, 2) }, at('2026-01-07'));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.refusals.map((x) => x.rule).sort()).toEqual(['case-outcome', 'panel-lay-member', 'panel-of-three', 'reasons-needed'].sort());
  });

  it('bars a recused person from the panel', () => {
    const c = run(suitability, openCase(suitability, at('2026-01-05')), [{ type: 'advance', to: 'decision' }, at('2026-01-06')]);
    const r = step(suitability, c, { type: 'decide', outcome: 'warning', reasons: REASONS, panel: PANEL }, at('2026-01-07'), new Set(['l1']));
    expect(r.ok || r.refusals.map((x) => x.rule)).toEqual(['panel-member-recused']);
  });

  it('issues an outcome only after the decision, and takes the decided outcome', () => {
    const c = run(suitability, openCase(suitability, at('2026-01-05')), [{ type: 'advance', to: 'decision' }, at('2026-01-06')]);
    const early = step(suitability, c, { type: 'issue_outcome' }, at('2026-01-07'));
    expect(early.ok || early.refusals[0]!.rule).toBe('outcome-needs-decision');
    const issued = run(suitability, decided(), [{ type: 'issue_outcome' }, at('2026-01-09')]);
    expect(issued.stage).toBe('outcome');
    expect(issued.outcome).toEqual({ outcome: 'warning', issuedAt: at('2026-01-09') });
  });

  it('takes an appeal only after the outcome and within its window, and keeps the case open until the window closes', () => {
    const issued = run(suitability, decided(), [{ type: 'issue_outcome' }, at('2026-01-09')]);
    expect(appealCloses(suitability, issued)).toEqual(at('2026-02-06'));
    const late = step(suitability, issued, { type: 'appeal', grounds: 'The panel did not hear my evidence of notification.' }, at('2026-02-07'));
    expect(late.ok || late.refusals[0]!.rule).toBe('appeal-out-of-time');
    const tooSoon = step(suitability, issued, { type: 'close', reasons: 'Outcome issued and no appeal was lodged.' }, at('2026-02-01'));
    expect(tooSoon.ok || tooSoon.refusals[0]!.rule).toBe('appeal-still-open');
    expect(step(suitability, issued, { type: 'close', reasons: 'Outcome issued and no appeal was lodged.' }, at('2026-02-07')).ok).toBe(true);
    const appealed = run(suitability, issued, [{ type: 'appeal', grounds: 'The panel did not hear my evidence of notification.' }, at('2026-02-01')]);
    const upheld = run(suitability, appealed, [{ type: 'decide_appeal', result: 'upheld', reasons: 'New evidence of notification was not before the panel.' }, at('2026-02-10')]);
    expect(upheld).toMatchObject({ stage: 'decision', decision: null, outcome: null, appeal: { result: 'upheld' } });
  });

  it('has no appeal where its process has none', () => {
    const allegation = CASE_TYPES.allegation;
    const c = run(
      allegation,
      openCase(allegation, at('2026-01-05'), true),
      [{ type: 'advance', to: 'decision' }, at('2026-01-06')],
      [{ type: 'decide', outcome: 'unfounded', reasons: 'No evidence supports the allegation at all.' }, at('2026-01-07')],
      [{ type: 'issue_outcome' }, at('2026-01-08')],
    );
    const r = step(allegation, c, { type: 'appeal', grounds: 'I disagree with the outcome entirely.' }, at('2026-01-09'));
    expect(r.ok || r.refusals[0]!.rule).toBe('appeal-needs-outcome');
  });

  it('starts the designated-officer referral only for an allegation that may meet the harm threshold', () => {
    const allegation = CASE_TYPES.allegation;
    expect(deadlinesStartedBy(allegation, openCase(allegation, at('2026-01-05'), true), 'opened').map((d) => d.period)).toEqual([
      { unit: 'working_days', count: 2 },
      { unit: 'working_days', count: 1 },
    ]);
    expect(deadlinesStartedBy(allegation, openCase(allegation, at('2026-01-05'), false), 'opened')).toHaveLength(1);
    expect(openCase(suitability, at('2026-01-05'), true).harmThreshold).toBe(false);
  });

  it('is not closed while its decision or an appeal is pending', () => {
    const c = run(suitability, openCase(suitability, at('2026-01-05')), [{ type: 'advance', to: 'decision' }, at('2026-01-06')]);
    const r = step(suitability, c, { type: 'close', reasons: 'Closing without deciding anything at all.' }, at('2026-01-07'));
    expect(r.ok || r.refusals[0]!.rule).toBe('case-stage');
  });

  it('refuses a step dated before the one it follows', () => {
    const r = step(suitability, openCase(suitability, at('2026-01-05')), { type: 'advance', to: 'assessment' }, at('2026-01-04'));
    expect(r.ok || r.refusals[0]!.rule).toBe('time-goes-forward');
  });
});

describe('who runs a case', () => {
  it('opens a type only where it belongs: membership at a professional body, staff conduct at an employer, protection anywhere', () => {
    expect(typeRefusal(suitability, 'professional_body')).toBeNull();
    expect(typeRefusal(suitability, 'employer_trust')?.rule).toBe('case-type-not-here');
    expect(typeRefusal(CASE_TYPES.staff_conduct, 'professional_body')?.rule).toBe('case-type-not-here');
    expect(typeRefusal(CASE_TYPES.protected, 'association')).toBeNull();
  });

  it('keeps an officer on an open case, and changes nothing once it is closed', () => {
    expect(officerChangeRefusal({ stage: 'intake' }, 1)).toBeNull();
    expect(officerChangeRefusal({ stage: 'intake' }, 0)?.rule).toBe('case-needs-an-officer');
    expect(officerChangeRefusal({ stage: 'closed' }, 2)?.rule).toBe('case-closed');
  });

  it('changes a panel only where the type has one, before it decides, and to no more than three', () => {
    const open = openCase(suitability, at('2026-01-05'));
    expect(panelChangeRefusal(suitability, open, 3)).toBeNull();
    expect(panelChangeRefusal(suitability, open, 4)?.rule).toBe('panel-of-three');
    expect(panelChangeRefusal(CASE_TYPES.allegation, open, 1)?.rule).toBe('no-panel');
    expect(panelChangeRefusal(suitability, decided(), 2)?.rule).toBe('panel-has-decided');
  });

  it('starts each deadline with the time its kind in the deadlines catalogue gives', () => {
    for (const type of Object.values(CASE_TYPES)) {
      for (const d of type.deadlines) expect(KINDS[d.kind].rule, `${type.id} ${d.kind}`).toEqual({ type: d.period.unit, days: d.period.count });
    }
  });
});

describe('a request for information', () => {
  const assessed = () => run(suitability, openCase(suitability, at('2026-01-05')), [{ type: 'advance', to: 'assessment' }, at('2026-01-06')]);

  it('gives until a later day to answer', () => {
    const today = step(suitability, assessed(), { type: 'request_information', dueOn: '2026-01-07' }, at('2026-01-07'));
    expect(today.ok || today.refusals.map((r) => [r.rule, r.field])).toEqual([['information-due-later', 'dueOn']]);
    expect(step(suitability, assessed(), { type: 'request_information', dueOn: '2026-01-21' }, at('2026-01-07')).ok).toBe(true);
  });

  it('is answered once, says yes or no to the consent it asks for (000 provision 8), and not once the case is closed', () => {
    const asked = { answeredAt: null, consentFrom: 'Northfield Academy' };
    expect(answerRefusal({ stage: 'assessment' }, asked, true)).toBeNull();
    expect(answerRefusal({ stage: 'assessment' }, asked, false)).toBeNull();
    expect(answerRefusal({ stage: 'assessment' }, asked, undefined)).toMatchObject({ rule: 'consent-answer-needed', field: 'consent' });
    expect(answerRefusal({ stage: 'assessment' }, { answeredAt: null, consentFrom: null }, true)).toMatchObject({ rule: 'no-consent-asked', field: 'consent' });
    expect(answerRefusal({ stage: 'assessment' }, { ...asked, answeredAt: at('2026-01-08') }, true)?.rule).toBe('already-answered');
    expect(answerRefusal({ stage: 'closed' }, asked, true)?.rule).toBe('case-closed');
  });
});

describe('a panel', () => {
  it('is three different people with a practitioner and a lay member', () => {
    expect(panelProblems(PANEL, new Set())).toEqual([]);
    expect(panelProblems([PANEL[0]!, PANEL[0]!, PANEL[2]!], new Set()).map((p) => p.rule)).toEqual(['panel-of-three']);
    expect(panelProblems([PANEL[0]!, PANEL[1]!, { personId: 'p3', kind: 'practitioner' }], new Set()).map((p) => p.rule)).toEqual(['panel-lay-member']);
  });
});

describe('published statistics', () => {
  it('hide a group under five, and the next smallest where one hidden count could be worked out from the total', () => {
    expect(publishable({ warning: 3, no_action: 12, advice: 7 })).toEqual({ warning: null, no_action: 12, advice: null });
    expect(publishable({ warning: 3, no_action: 12, advice: 2 })).toEqual({ warning: null, no_action: 12, advice: null });
    expect(publishable({ warning: 0, no_action: 12, advice: MIN_PUBLISHED_GROUP })).toEqual({ warning: 0, no_action: 12, advice: 5 });
  });

  it('never show a count under five, and never leave exactly one hidden', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom('a', 'b', 'c', 'd', 'e'), fc.nat(40)), (counts) => {
        const shown = publishable(counts);
        expect(Object.values(shown).every((n) => n === null || n === 0 || n >= MIN_PUBLISHED_GROUP)).toBe(true);
        const hidden = Object.values(shown).filter((n) => n === null).length;
        const nonZero = Object.values(counts).filter((n) => n > 0).length;
        expect(hidden !== 1 || nonZero === 1).toBe(true);
      }),
    );
  });
});

// Random sequences of steps, some valid, most not, on every type: whatever happens, the invariants hold.
const event: fc.Arbitrary<CaseEvent> = fc.oneof(
  fc.record({ type: fc.constant('advance' as const), to: fc.constantFrom('intake', 'assessment', 'investigation', 'decision', 'outcome', 'appeal', 'closed' as const) }),
  fc.record({ type: fc.constant('request_information' as const), dueOn: fc.constant('2026-03-01') }),
  fc.record({
    type: fc.constant('decide' as const),
    outcome: fc.constantFrom(...new Set(Object.values(CASE_TYPES).flatMap((t) => t.outcomes)), 'made_up'),
    reasons: fc.constantFrom('', 'short', REASONS),
    panel: fc.constantFrom(PANEL, PANEL.slice(1), undefined),
  }),
  fc.constant({ type: 'issue_outcome' as const }),
  fc.record({ type: fc.constant('appeal' as const), grounds: fc.constantFrom('', REASONS) }),
  fc.record({ type: fc.constantFrom('decide_appeal' as const), result: fc.constantFrom('upheld' as const, 'dismissed' as const), reasons: fc.constantFrom('', REASONS) }),
  fc.record({ type: fc.constant('close' as const), reasons: fc.constantFrom('', REASONS) }),
  fc.constant({ type: 'open' as const }),
);

describe('the case lifecycle, driven at random', () => {
  it('keeps its invariants: no decision without reasons, no outcome before a decision, an appeal only after an outcome, a closed case changes no more', () => {
    fc.assert(
      fc.property(fc.constantFrom(...Object.values(CASE_TYPES)), fc.array(fc.tuple(event, fc.integer({ min: -2, max: 40 })), { maxLength: 30 }), fc.boolean(), (type, steps, harm) => {
        let c = openCase(type, at('2026-01-05'), harm);
        let now = c.openedAt;
        for (const [e, days] of steps) {
          now = new Date(now.getTime() + days * 86_400_000);
          const before = c;
          const result = step(type, c, e, now);
          if (!result.ok) {
            expect(result.refusals.length).toBeGreaterThan(0);
            continue; // a refused step changes nothing: `c` is untouched
          }
          c = result.value;
          expect(before.stage).not.toBe('closed');
          expect(type.stages).toContain(c.stage);
          if (c.decision) expect(c.decision.reasons.trim().length).toBeGreaterThanOrEqual(20);
          if (c.decision && type.panel) expect(panelProblems(c.decision.panel ?? [], new Set())).toEqual([]);
          if (c.outcome) expect(c.decision?.outcome).toBe(c.outcome.outcome);
          if (c.outcome && c.decision) expect(c.outcome.issuedAt.getTime()).toBeGreaterThanOrEqual(c.decision.decidedAt.getTime());
          if (c.appeal && c.appeal.result === null) expect(c.outcome).not.toBeNull();
          if (c.stage === 'closed') expect(c.closedAt).toEqual(now);
          const times = c.history.map((h) => h.at.getTime());
          expect(times).toEqual([...times].sort((a, b) => a - b));
        }
      }),
      { numRuns: 500 },
    );
  });
});

/** A step of each kind that carries everything well formed, so that only the case's state can refuse it. */
function wellFormed(type: CaseType, c: Case, event: CaseEventType): CaseEvent {
  switch (event) {
    case 'advance':
      return { type: event, to: advanceTargets(type, c)[0] ?? 'decision' };
    case 'request_information':
      return { type: event, dueOn: '2099-01-01' };
    case 'decide':
      return { type: event, outcome: type.outcomes[0]!, reasons: REASONS, panel: PANEL };
    case 'appeal':
      return { type: event, grounds: REASONS };
    case 'decide_appeal':
      return { type: event, result: 'dismissed', reasons: REASONS };
    case 'close':
      return { type: event, reasons: REASONS };
    default:
      return { type: event };
  }
}

describe('the steps a case offers', () => {
  it('are exactly those the state machine takes from where it stands, at random', () => {
    fc.assert(
      fc.property(fc.constantFrom(...Object.values(CASE_TYPES)), fc.array(fc.tuple(fc.constantFrom(...EVENT_TYPES), fc.integer({ min: 0, max: 40 })), { maxLength: 25 }), (type, walk) => {
        let c = openCase(type, at('2026-01-05'));
        let now = c.openedAt;
        for (const [next, days] of walk) {
          now = new Date(now.getTime() + days * 86_400_000);
          const offered = openSteps(type, c, now);
          for (const event of EVENT_TYPES) expect(step(type, c, wellFormed(type, c, event), now).ok, `${type.id} at ${c.stage}: ${event}`).toBe((offered as CaseEventType[]).includes(event));
          const result = step(type, c, wellFormed(type, c, next), now);
          if (result.ok) c = result.value;
        }
      }),
      { numRuns: 300 },
    );
  });

  it('moves on only to later stages its type has, before the decision', () => {
    expect(advanceTargets(CASE_TYPES.suitability, { stage: 'intake' })).toEqual(['assessment', 'investigation', 'decision']);
    expect(advanceTargets(CASE_TYPES.allegation, { stage: 'intake' })).toEqual(['investigation', 'decision']);
    expect(advanceTargets(CASE_TYPES.membership_application, { stage: 'assessment' })).toEqual(['decision']);
    expect(advanceTargets(CASE_TYPES.suitability, { stage: 'decision' })).toEqual([]);
  });
});

describe('a case reference', () => {
  it('says its type, the year it was opened in London and the start of its id', () => {
    expect(caseReference({ id: '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d', type: 'suitability', openedAt: new Date('2026-12-31T23:30:00Z') })).toBe('SU-2026-0A1B2C3D');
    expect(caseReference({ id: 'ffffffff-0000-4000-8000-000000000000', type: 'allegation', openedAt: new Date('2027-06-01T23:30:00Z') })).toBe('AL-2027-FFFFFFFF');
  });
});
