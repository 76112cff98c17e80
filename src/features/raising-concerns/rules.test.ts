import crypto from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KINDS } from '../deadlines/rules.ts';
import {
  DEADLINE_KINDS,
  DEFAULT_TIME_LIMITS,
  MIN_ACCOUNT,
  OUTCOMES,
  RECEIPT_ALPHABET,
  RECEIPT_BITS,
  chooseHandler,
  deadlinesMetBy,
  deadlinesStartedBy,
  exclusionOf,
  feedbackStartsAt,
  formatReceiptCode,
  newReceiptCode,
  newReference,
  normaliseName,
  proofOf,
  readReceiptCode,
  receive,
  reportProblems,
  reporterWriteRefusal,
  revealRefusal,
  step,
  handlerFileRefusal,
  periodOf,
  timeLimitProblems,
  whatHappensNext,
  type NewReport,
  type TimeLimits,
  type Report,
  type ReportEvent,
} from './rules.ts';

const at = (iso: string) => new Date(`${iso}T09:00:00Z`);
const REASONS = 'The head of finance repaid the money and was given a warning.';
const ACCOUNT = 'Petty cash was taken from the office safe on three Fridays in March.';

function run(r: Report, ...steps: [ReportEvent, Date][]): Report {
  return steps.reduce((current, [event, now]) => {
    const result = step(current, event, now);
    if (!result.ok) throw new Error(`${event.type} refused: ${result.refusals.map((x) => x.rule).join(', ')}`);
    return result.value;
  }, r);
}
const ruleOf = (result: ReturnType<typeof step>) => (result.ok ? null : result.refusals.map((x) => x.rule));

describe('the receipt code', () => {
  it('carries at least 80 bits of randomness, in five groups of four from an alphabet without I, L, O or U', () => {
    expect(RECEIPT_BITS).toBeGreaterThanOrEqual(80);
    const code = newReceiptCode(crypto.randomBytes(12));
    expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){4}$/);
    expect(RECEIPT_ALPHABET).not.toMatch(/[ILOU]/);
  });

  it('is read back however it is typed: lower case, spaces, no hyphens, O for 0 and I or L for 1', () => {
    const code = newReceiptCode(Buffer.alloc(12, 0x21));
    const canonical = code.replace(/-/g, '');
    expect(readReceiptCode(code)).toEqual({ ok: true, value: canonical });
    expect(readReceiptCode(` ${code.toLowerCase().replace(/-/g, ' ')} `)).toEqual({ ok: true, value: canonical });
    expect(formatReceiptCode(canonical)).toBe(code);
    const withZero = newReceiptCode(Buffer.alloc(12, 0));
    expect(readReceiptCode(withZero.replace(/0/g, 'O'))).toEqual({ ok: true, value: withZero.replace(/-/g, '') });
  });

  it('refuses a code of the wrong shape, naming the field, before anything is looked up', () => {
    for (const typed of ['', 'ABCD-EFGH', 'ABCD-EFGH-JKMN-PQRS-TVWXY', 'UUUU-UUUU-UUUU-UUUU-UUUU', '<script>alert(1)</script>']) {
      const r = readReceiptCode(typed);
      expect(r.ok || r.refusals.map((x) => [x.rule, x.field])).toEqual([['receipt-code-shape', 'receiptCode']]);
    }
  });

  it('catches any one mistyped character by its check characters', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 12, maxLength: 12 }), fc.nat(19), fc.nat(31), (random, position, replacement) => {
        const canonical = newReceiptCode(random).replace(/-/g, '');
        const typo = canonical.slice(0, position) + RECEIPT_ALPHABET[replacement]! + canonical.slice(position + 1);
        fc.pre(typo !== canonical);
        // Two check characters catch all but one mistype in a thousand: no single change may pass unless it collides.
        const read = readReceiptCode(typo);
        return !read.ok || read.value === typo;
      }),
      { numRuns: 300 },
    );
    const canonical = newReceiptCode(Buffer.alloc(12, 7)).replace(/-/g, '');
    const swapped = canonical.slice(0, 17) + (canonical[17] === 'A' ? 'B' : 'A') + canonical.slice(18);
    expect(readReceiptCode(swapped).ok).toBe(false);
  });

  it('differs for different randomness, and a reference never looks like a receipt code', () => {
    const codes = new Set(Array.from({ length: 200 }, () => newReceiptCode(crypto.randomBytes(12))));
    expect(codes.size).toBe(200);
    const reference = newReference(crypto.randomBytes(5));
    expect(reference).toMatch(/^RC-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
    expect(readReceiptCode(reference).ok).toBe(false);
  });
});

describe('a new report', () => {
  const report = (changes: Partial<NewReport>): NewReport => ({ mode: 'anonymous', category: 'malpractice', account: ACCOUNT, namedPeople: [], ...changes });

  it('says what happened, in enough words to look into', () => {
    expect(reportProblems(report({}))).toEqual([]);
    expect(reportProblems(report({ account: '   ' })).map((p) => [p.rule, p.field])).toEqual([['report-needs-an-account', 'account']]);
    expect(reportProblems(report({ account: 'x'.repeat(MIN_ACCOUNT - 1) }))).toHaveLength(1);
  });

  it('gives a name when made by name or confidentially, and none when anonymous', () => {
    expect(reportProblems(report({ mode: 'confidential' })).map((p) => p.field)).toEqual(['identity.name']);
    expect(reportProblems(report({ mode: 'named', identity: { name: '  ' } })).map((p) => p.field)).toEqual(['identity.name']);
    expect(reportProblems(report({ mode: 'confidential', identity: { name: 'Sam Reporter' } }))).toEqual([]);
    expect(reportProblems(report({ identity: { name: 'Sam Reporter' } })).map((p) => p.rule)).toEqual(['anonymous-without-identity']);
  });

  it('names each person once, and reports every problem at once', () => {
    const problems = reportProblems(report({ account: '', mode: 'named', namedPeople: ['Pat Head', ' pat  HEAD ', ''] }));
    expect(problems.map((p) => p.field)).toEqual(['account', 'identity.name', 'namedPeople.1', 'namedPeople.2']);
  });

  it('compares names without regard to capitals, accents, punctuation or spaces', () => {
    expect(normaliseName('  Zoë   O’Brien-Smith ')).toBe(normaliseName('zoe o’brien-smith'));
    expect(normaliseName('Zoë O’Brien')).toBe('zoe o brien');
    expect(normaliseName('PAT.HEAD@example.test')).toBe('pat.head@example.test');
    expect(normaliseName(' ,; ')).toBe('');
  });
});

describe('a report', () => {
  const received = () => receive(at('2026-03-02'));

  it('is acknowledged first, then looked into, then closed with an outcome and reasons the reporter reads', () => {
    const closed = run(received(), [{ type: 'acknowledge' }, at('2026-03-03')], [{ type: 'begin' }, at('2026-03-04')], [{ type: 'close', outcome: 'action_taken', reasons: REASONS }, at('2026-04-01')]);
    expect(closed).toMatchObject({ status: 'closed', acknowledgedAt: at('2026-03-03'), closedAt: at('2026-04-01'), outcome: 'action_taken', feedbackAt: at('2026-04-01') });
    expect(closed.history.map((h) => h.to)).toEqual(['acknowledged', 'in_progress', 'closed']);
  });

  it('is never closed or written to before it is acknowledged', () => {
    expect(ruleOf(step(received(), { type: 'close', outcome: 'no_further_action', reasons: REASONS }, at('2026-03-03')))).toEqual(['acknowledge-first']);
    expect(ruleOf(step(received(), { type: 'feedback' }, at('2026-03-03')))).toEqual(['acknowledge-first']);
    expect(ruleOf(step(received(), { type: 'begin' }, at('2026-03-03')))).toEqual(['report-status']);
  });

  it('is acknowledged once', () => {
    const acknowledged = run(received(), [{ type: 'acknowledge' }, at('2026-03-03')]);
    expect(ruleOf(step(acknowledged, { type: 'acknowledge' }, at('2026-03-04')))).toEqual(['report-status']);
  });

  it('may be closed straight after the acknowledgement, with an outcome it allows and reasons', () => {
    const acknowledged = run(received(), [{ type: 'acknowledge' }, at('2026-03-03')]);
    expect(step(acknowledged, { type: 'close', outcome: 'insufficient_information', reasons: REASONS }, at('2026-03-04')).ok).toBe(true);
    const bad = step(acknowledged, { type: 'close', outcome: 'made_up' as never, reasons: 'too short' }, at('2026-03-04'));
    expect(bad.ok || bad.refusals.map((x) => [x.rule, x.field])).toEqual([
      ['report-outcome', 'outcome'],
      ['reasons-needed', 'reasons'],
    ]);
  });

  it('keeps the first feedback as the one the time limit waits for', () => {
    const r = run(received(), [{ type: 'acknowledge' }, at('2026-03-03')], [{ type: 'feedback' }, at('2026-03-10')], [{ type: 'feedback' }, at('2026-03-20')]);
    expect(r.feedbackAt).toEqual(at('2026-03-10'));
    expect(r.status).toBe('acknowledged');
  });

  it('is reopened by a handler with reasons, to in progress, its outcome cleared; the reporter writes on it only while it is open', () => {
    const closed = run(received(), [{ type: 'acknowledge' }, at('2026-03-03')], [{ type: 'close', outcome: 'no_further_action', reasons: REASONS }, at('2026-03-05')]);
    expect(reporterWriteRefusal(closed)?.rule).toBe('report-closed');
    expect(ruleOf(step(closed, { type: 'reopen', reason: 'new' }, at('2026-03-06')))).toEqual(['reason-needed']);
    const reopened = run(closed, [{ type: 'reopen', reason: 'The reporter sent new evidence in a second report.' }, at('2026-03-06')]);
    expect(reopened).toMatchObject({ status: 'in_progress', closedAt: null, outcome: null, acknowledgedAt: at('2026-03-03') });
    expect(reporterWriteRefusal(reopened)).toBeNull();
    expect(ruleOf(step(reopened, { type: 'reopen', reason: REASONS }, at('2026-03-07')))).toEqual(['report-status']);
    expect(ruleOf(step(closed, { type: 'feedback' }, at('2026-03-06')))).toEqual(['report-closed']);
  });

  it('refuses a step dated before the one it follows', () => {
    const acknowledged = run(received(), [{ type: 'acknowledge' }, at('2026-03-05')]);
    expect(ruleOf(step(acknowledged, { type: 'begin' }, at('2026-03-04')))).toEqual(['time-goes-forward']);
    expect(ruleOf(step(received(), { type: 'acknowledge' }, at('2026-03-01')))).toEqual(['time-goes-forward']);
  });
});

describe('time limits', () => {
  it('default to acknowledging within 7 days and feedback within 3 months, each the rule of its kind in the deadlines catalogue', () => {
    expect(DEFAULT_TIME_LIMITS).toEqual({ acknowledge: { type: 'calendar_days', days: 7 }, feedback: { type: 'months', months: 3 } });
    for (const [limit, kind] of Object.entries(DEADLINE_KINDS)) expect(KINDS[kind].rule).toEqual(DEFAULT_TIME_LIMITS[limit as keyof typeof DEADLINE_KINDS]);
  });

  it('never escalate to a role, which would tell someone excluded from a report that it exists', () => {
    for (const kind of Object.values(DEADLINE_KINDS)) expect(KINDS[kind].schedule.escalateTo).toBeNull();
  });

  it('run the feedback from the acknowledgement, but never from later than the time to acknowledge', () => {
    expect(feedbackStartsAt(at('2026-03-03'), at('2026-03-09'))).toEqual(at('2026-03-03'));
    expect(feedbackStartsAt(at('2026-03-20'), at('2026-03-09'))).toEqual(at('2026-03-09'));
  });

  it('are started and met by the steps that answer them', () => {
    expect(deadlinesStartedBy('receive')).toEqual(['acknowledge']);
    expect(deadlinesStartedBy('acknowledge')).toEqual(['feedback']);
    expect(deadlinesStartedBy('reopen')).toEqual(['feedback']);
    expect(deadlinesStartedBy('begin')).toEqual([]);
    expect(deadlinesMetBy('acknowledge')).toEqual(['acknowledge']);
    expect(deadlinesMetBy('feedback')).toEqual(['feedback']);
    expect(deadlinesMetBy('close')).toEqual(['feedback']);
    expect(deadlinesMetBy('reopen')).toEqual([]);
  });
});

describe('handlers', () => {
  const facts = { namedPersonIds: ['pat', 'sam'], connectedTo: new Set<string>(), steppedAside: false };

  it('excludes a handler the report names, then one connected by a declaration to someone it names, then one who stepped aside', () => {
    expect(exclusionOf('pat', { ...facts, steppedAside: true })).toBe('named');
    expect(exclusionOf('hana', { ...facts, connectedTo: new Set(['sam']) })).toBe('declared');
    expect(exclusionOf('hana', { ...facts, connectedTo: new Set(['someone-else']) })).toBeNull();
    expect(exclusionOf('hana', { ...facts, steppedAside: true })).toBe('stepped_aside');
    expect(exclusionOf('hana', facts)).toBeNull();
  });

  it('assigns the least busy handler who is not excluded, the same on every server', () => {
    const candidates = [
      { personId: 'b', openReports: 1 },
      { personId: 'a', openReports: 1 },
      { personId: 'c', openReports: 0 },
    ];
    expect(chooseHandler(candidates, new Set())).toBe('c');
    expect(chooseHandler(candidates, new Set(['c']))).toBe('a');
    expect(chooseHandler(candidates, new Set(['a', 'b', 'c']))).toBeNull();
  });

  it('never assigns an excluded handler, and assigns someone whenever anyone is free', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.record({ personId: fc.constantFrom('a', 'b', 'c', 'd', 'e'), openReports: fc.nat(5) }), { selector: (c) => c.personId }), fc.subarray(['a', 'b', 'c', 'd', 'e']), (candidates, excludedList) => {
        const excluded = new Set(excludedList);
        const chosen = chooseHandler(candidates, excluded);
        const free = candidates.filter((c) => !excluded.has(c.personId));
        if (chosen === null) return free.length === 0;
        return !excluded.has(chosen) && free.every((c) => c.openReports >= free.find((f) => f.personId === chosen)!.openReports);
      }),
    );
  });
});

describe("revealing a confidential reporter's identity", () => {
  it('needs a custodian’s approval of the handler’s own request, for a confidential report only', () => {
    expect(revealRefusal('anonymous', null, 'h')?.rule).toBe('anonymous-report');
    expect(revealRefusal('named', null, 'h')).toBeNull();
    expect(revealRefusal('confidential', null, 'h')?.rule).toBe('reveal-needs-approval');
    expect(revealRefusal('confidential', { requestedBy: 'other', approvedBy: 'c' }, 'h')?.rule).toBe('reveal-needs-approval');
    expect(revealRefusal('confidential', { requestedBy: 'h', approvedBy: 'h' }, 'h')?.rule).toBe('reveal-needs-another');
    expect(revealRefusal('confidential', { requestedBy: 'h', approvedBy: 'c' }, 'h')).toBeNull();
  });
});

describe("the reporter's proof", () => {
  const sent = [
    { kind: 'report' as const, at: at('2026-03-02'), content: ACCOUNT },
    { kind: 'message' as const, at: at('2026-03-05'), content: 'It happened again today.' },
  ];

  it('hashes what they sent, the same however it is listed, and differently for any change', () => {
    const proof = proofOf('RC-AAAA-BBBB', at('2026-03-02'), sent);
    expect(proof).toMatchObject({ reference: 'RC-AAAA-BBBB', receivedAt: at('2026-03-02'), items: 2 });
    expect(proof.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(proofOf('RC-AAAA-BBBB', at('2026-03-02'), [...sent].reverse()).sha256).toBe(proof.sha256);
    expect(proofOf('RC-AAAA-BBBB', at('2026-03-02'), [sent[0]!, { ...sent[1]!, content: 'It happened again today!' }]).sha256).not.toBe(proof.sha256);
  });
});

// Random sequences of steps, most refused: whatever happens, the invariants hold.
const event: fc.Arbitrary<ReportEvent> = fc.oneof(
  fc.constant({ type: 'acknowledge' as const }),
  fc.constant({ type: 'begin' as const }),
  fc.constant({ type: 'feedback' as const }),
  fc.record({ type: fc.constant('close' as const), outcome: fc.constantFrom(...OUTCOMES, 'made_up' as never), reasons: fc.constantFrom('', 'short', REASONS) }),
  fc.record({ type: fc.constant('reopen' as const), reason: fc.constantFrom('', REASONS) }),
);

describe('the report lifecycle, driven at random', () => {
  it('keeps its invariants: acknowledged before anything else, closed only with an outcome, time forward, a refused step changes nothing', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(event, fc.integer({ min: -2, max: 40 })), { maxLength: 30 }), (steps) => {
        let r = receive(at('2026-03-02'));
        let now = r.receivedAt;
        for (const [e, days] of steps) {
          now = new Date(now.getTime() + days * 86_400_000);
          const before = structuredClone(r);
          const result = step(r, e, now);
          if (!result.ok) {
            expect(result.refusals.length).toBeGreaterThan(0);
            expect(r).toEqual(before);
            continue;
          }
          r = result.value;
          if (r.status !== 'received') expect(r.acknowledgedAt).not.toBeNull();
          if (r.status === 'closed') expect(r.outcome !== null && r.closedAt !== null && r.feedbackAt !== null).toBe(true);
          else expect(r.outcome).toBeNull();
          if (r.feedbackAt) expect(r.feedbackAt.getTime()).toBeGreaterThanOrEqual(r.acknowledgedAt!.getTime());
          expect(r.history.filter((h) => h.event === 'acknowledge')).toHaveLength(r.acknowledgedAt ? 1 : 0);
          const times = r.history.map((h) => h.at.getTime());
          expect(times).toEqual([...times].sort((a, b) => a - b));
        }
      }),
      { numRuns: 500, seed: 15 },
    );
  });

  it('reaches every status', () => {
    const seen = new Set<string>();
    fc.assert(
      fc.property(fc.array(event, { maxLength: 12 }), (events) => {
        let r = receive(at('2026-03-02'));
        for (const e of events) {
          const result = step(r, e, at('2026-03-03'));
          if (result.ok) r = result.value;
          seen.add(r.status);
        }
      }),
      { numRuns: 300, seed: 15 },
    );
    expect([...seen].sort()).toEqual(['acknowledged', 'closed', 'in_progress', 'received']);
  });
});

describe("an organisation's own time limits", () => {
  it('are taken within the bounds of good practice, the defaults among them', () => {
    expect(timeLimitProblems(DEFAULT_TIME_LIMITS)).toEqual([]);
    expect(timeLimitProblems({ acknowledge: { type: 'working_days', days: 5 }, feedback: { type: 'working_days', days: 65 } })).toEqual([]);
    expect(timeLimitProblems({ acknowledge: { type: 'calendar_days', days: 1 }, feedback: { type: 'calendar_days', days: 7 } })).toEqual([]);
  });

  it('are refused past either bound, or counted in a unit the limit does not take, each naming its field', () => {
    const fields = (limits: TimeLimits) => timeLimitProblems(limits).map((p) => `${p.field} ${p.rule}`);
    expect(fields({ acknowledge: { type: 'calendar_days', days: 8 }, feedback: { type: 'months', months: 4 } })).toEqual(['acknowledge.days time-limit-bounds', 'feedback.months time-limit-bounds']);
    expect(fields({ acknowledge: { type: 'working_days', days: 6 }, feedback: { type: 'calendar_days', days: 6 } })).toEqual(['acknowledge.days time-limit-bounds', 'feedback.days time-limit-bounds']);
    expect(fields({ acknowledge: { type: 'calendar_days', days: 0 }, feedback: { type: 'working_days', days: 66 } })).toEqual(['acknowledge.days time-limit-bounds', 'feedback.days time-limit-bounds']);
    expect(fields({ acknowledge: { type: 'calendar_days', days: 1.5 }, feedback: { type: 'months', months: 1 } })).toEqual(['acknowledge.days time-limit-bounds']);
    expect(fields({ acknowledge: { type: 'months', months: 1 }, feedback: { type: 'immediately' } })).toEqual(['acknowledge.type time-limit-kind', 'feedback.type time-limit-kind']);
  });

  it('are told to the reporter in words', () => {
    expect(periodOf({ type: 'calendar_days', days: 1 })).toBe('1 day');
    expect(periodOf({ type: 'working_days', days: 3 })).toBe('3 working days');
    expect(periodOf({ type: 'months', months: 1 })).toBe('1 month');
    expect(whatHappensNext({ acknowledge: { type: 'working_days', days: 3 }, feedback: { type: 'months', months: 2 } }).join(' ')).toMatch(/within 3 working days.*Within 2 months/);
  });
});

describe("a handler's file to the reporter", () => {
  it('waits for the acknowledgement and is refused once the report is closed', () => {
    expect(handlerFileRefusal({ status: 'received' })?.rule).toBe('acknowledge-first');
    expect(handlerFileRefusal({ status: 'acknowledged' })).toBeNull();
    expect(handlerFileRefusal({ status: 'in_progress' })).toBeNull();
    expect(handlerFileRefusal({ status: 'closed' })?.rule).toBe('report-closed');
  });
});
