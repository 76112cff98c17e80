import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, londonInstant } from '../../platform/calendar/index.ts';
import { KINDS as DEADLINE_KINDS, policeContactRecipient } from '../deadlines/rules.ts';
import {
  DEFAULT_KINDS,
  EVENT_TYPES,
  RELATED_DUTIES,
  dutiesElsewhere,
  fieldsToSend,
  type Membership,
  SAFE_WORKING_KINDS,
  giftNeedsApproval,
  insuranceStanding,
  safeWorkingRequest,
  safeWorkingStanding,
  safeWorkingStep,
  type SafeWorkingEvent,
  type SafeWorkingRequest,
  OUTCOMES,
  STATES,
  TRANSITIONS,
  citationsUnder,
  daysBetween,
  declarantView,
  draft,
  eventsFrom,
  fieldProblems,
  latenessWords,
  namedPeople,
  recipientsFor,
  route,
  tailor,
  timeliness,
  transition,
  type Declaration,
  type DeclarationEvent,
  type DeclarationKind,
  type Recipient,
  type TransitionContext,
} from './rules.ts';

const kind = (id: string): DeclarationKind => {
  const found = DEFAULT_KINDS.find((k) => k.id === id);
  if (!found) throw new Error(`no kind ${id}`);
  return found;
};
const at = (date: string, time = '12:00') => londonInstant(date, time);

// The codes library's own files: what the catalogue cites must be there, by code, version and key.
type ProvisionData = { key: string; children?: ProvisionData[] };
const library = new Map<string, Set<string>>();
for (const file of fs.readdirSync('codes').filter((f) => f.endsWith('.json') && f !== 'schema.json')) {
  const code = JSON.parse(fs.readFileSync(path.join('codes', file), 'utf8')) as { code: string; version: string; provisions: ProvisionData[] };
  const keys = new Set<string>();
  const walk = (ps: ProvisionData[]) => ps.forEach((p) => (keys.add(p.key), walk(p.children ?? [])));
  walk(code.provisions);
  library.set(`${code.code}@${code.version}`, keys);
}

describe('the catalogue of declaration kinds', () => {
  it('cites provisions that the codes library has, by code, version and key', () => {
    for (const k of [...DEFAULT_KINDS, ...SAFE_WORKING_KINDS]) {
      for (const c of k.cites) {
        const keys = library.get(`${c.code}@${c.version}`);
        expect(keys, `${k.id}: ${c.code} ${c.version}`).toBeDefined();
        for (const key of c.provisions) expect(keys!.has(key), `${k.id}: ${c.code} ${c.version} ${key}`).toBe(true);
      }
    }
  });

  it('names each kind once, each field once, and every kind a default imposed by a code', () => {
    expect(new Set(DEFAULT_KINDS.map((k) => k.id)).size).toBe(DEFAULT_KINDS.length);
    for (const k of DEFAULT_KINDS) {
      expect(new Set(k.fields.map((f) => f.name)).size, k.id).toBe(k.fields.length);
      expect(k.imposedByCode, k.id).toBe(true);
      expect(k.cites.length, k.id).toBeGreaterThan(0);
      expect(k.routing.colleague.length, k.id).toBeGreaterThan(0);
    }
  });

  it("has a member's notification for each of 000 provision 10.1 to 10.4, within 21 days of the date it happened, and for provision 11 with no limit", () => {
    const members = DEFAULT_KINDS.filter((k) => k.audience === 'member');
    expect(members.map((k) => k.cites[0]!.provisions.at(-1))).toEqual(['10.1', '10.2', '10.3', '10.4', '11']);
    for (const k of members) {
      expect(k.fields.find((f) => f.name === 'occurredOn')).toMatchObject({ type: 'past_date', required: true });
      expect(k.routing.colleague).toEqual(['case_officer']);
      expect(k.sensitive).toBe(true);
    }
    for (const k of members.slice(0, 4)) expect([k.timeLimit, k.deadlineKind]).toEqual([{ type: 'calendar_days', days: 21 }, 'notification-duty']);
    expect([kind('other-suitability-information').timeLimit, kind('other-suitability-information').deadlineKind]).toEqual([null, null]);
  });

  it('has the staff declarations of 003, each going where the code says', () => {
    const expected: Record<string, [string, readonly Recipient[]]> = {
      relationship: ['8.5', ['principal']],
      'conflict-of-interest': ['19.1', ['principal']],
      'gift-or-hospitality': ['18.1', ['principal']],
      'contact-details-given': ['12.2', ['line_manager']],
      'contact-outside-school': ['12.3', ['line_manager']],
      infatuation: ['8.4', ['line_manager']],
      'comforting-contact': ['10.2', ['line_manager']],
      'data-at-risk': ['9.2', ['data_protection_officer']],
      'conduct-outside-work': ['21.2', ['line_manager']],
      'police-contact': ['20.3', ['principal']],
    };
    for (const [id, [provision, recipients]] of Object.entries(expected)) {
      const k = kind(id);
      expect(k.audience, id).toBe('staff');
      expect(k.cites[0], id).toMatchObject({ code: 'att-staff-code-of-conduct', version: '2020' });
      expect(k.cites[0]!.provisions, id).toContain(provision);
      expect(k.routing.colleague, id).toEqual(recipients);
    }
  });

  it('gives every duty the code asks to report immediately a deadline kind of its own (003 §8.4, §9.2, §12.2, §12.3, §20.3, §21.2)', () => {
    const immediate = DEFAULT_KINDS.filter((k) => k.timeLimit?.type === 'immediately');
    expect(immediate.map((k) => k.cites[0]!.provisions[0]).sort()).toEqual(['12.2', '12.3', '20.3', '21.2', '8.4', '9.2']);
    const deadlineKinds = immediate.map((k) => k.deadlineKind);
    expect(deadlineKinds.every((d) => d !== null)).toBe(true);
    expect(new Set(deadlineKinds).size).toBe(immediate.length);
  });

  it("agrees with the Deadlines catalogue: each kind's deadline has the same time limit and cites the same provisions", () => {
    for (const k of DEFAULT_KINDS.filter((k) => k.deadlineKind !== null)) {
      const deadline = DEADLINE_KINDS[k.deadlineKind!];
      expect(deadline.rule, k.id).toEqual(k.timeLimit);
      expect(deadline.cites?.code, k.id).toBe(k.cites[0]!.code);
      expect(deadline.cites?.provisions, k.id).toEqual(expect.arrayContaining(k.cites[0]!.provisions.filter((p) => p !== '10')));
      expect(deadline.schedule.urgent, k.id).toBe(k.timeLimit?.type === 'immediately');
    }
  });

  it('cites both versions of the education-improvement code of conduct for C, H, J and K (002 and 004)', () => {
    const letters = (id: string) => kind(id).cites.filter((c) => c.code === 'education-improvement-code-of-conduct').map((c) => `${c.version}:${c.provisions.join()}`);
    expect(letters('conflict-of-interest')).toEqual(['2015:C', '2009:c']);
    expect(letters('gift-or-hospitality')).toEqual(['2015:H', '2009:h']);
    expect(letters('indemnity-insurance')).toEqual(['2015:J', '2009:j']);
    expect(letters('commission-conflict-check')).toEqual(['2015:K', '2009:k']);
  });

  it('keeps every kind for a stated time after it is closed, saying why', () => {
    for (const k of DEFAULT_KINDS) {
      expect(k.retention.keptFor, k.id).toMatch(/^P\d+D$/);
      expect(k.retention.reason, k.id).toMatch(/^No code sets a period\./);
    }
  });
});

describe('tailoring by an organisation', () => {
  const own: DeclarationKind = { ...kind('conflict-of-interest'), id: 'secondary-employment', title: 'Work outside the trust', cites: [], imposedByCode: true, recipientsNamedByCode: true };

  it('adds kinds of its own, which it may later withdraw, and which no code imposes', () => {
    const added = tailor(DEFAULT_KINDS, { addedKinds: [own] });
    expect(added.ok && added.value.find((k) => k.id === 'secondary-employment')).toMatchObject({ imposedByCode: false, recipientsNamedByCode: false });
    const withdrawn = tailor(DEFAULT_KINDS, { addedKinds: [own], withdrawnKinds: ['secondary-employment'] });
    expect(withdrawn.ok && withdrawn.value.map((k) => k.id)).toEqual(DEFAULT_KINDS.map((k) => k.id));
  });

  it('cannot drop a duty the code imposes', () => {
    expect(tailor(DEFAULT_KINDS, { withdrawnKinds: ['police-contact'] })).toEqual({
      ok: false,
      refusals: [{ rule: 'cannot-drop-a-duty', field: 'withdrawnKinds.police-contact', detail: expect.stringContaining('att-staff-code-of-conduct 2020, 20.3, 20.4, 20.5') }],
    });
  });

  it('adds recipients to any kind, in every situation the kind routes', () => {
    const result = tailor(DEFAULT_KINDS, { addedRecipients: { 'police-contact': ['designated_safeguarding_lead'], infatuation: ['designated_safeguarding_lead'] } });
    if (!result.ok) throw new Error('refused');
    const police = result.value.find((k) => k.id === 'police-contact')!;
    expect(police.routing).toEqual({
      colleague: ['principal', 'designated_safeguarding_lead'],
      principal: ['regional_education_director', 'designated_safeguarding_lead'],
      central: ['chief_operating_officer', 'designated_safeguarding_lead'],
    });
    expect(result.value.find((k) => k.id === 'infatuation')!.routing).toEqual({ colleague: ['line_manager', 'designated_safeguarding_lead'] });
  });

  it('replaces recipients only where no code names them', () => {
    const hr: Recipient[] = ['chief_operating_officer'];
    const replaced = tailor(DEFAULT_KINDS, { replacedRouting: { 'gift-or-hospitality': { colleague: hr } } });
    expect(replaced.ok && replaced.value.find((k) => k.id === 'gift-or-hospitality')!.routing).toEqual({ colleague: hr });
    const refused = tailor(DEFAULT_KINDS, { replacedRouting: { infatuation: { colleague: hr } } });
    expect(!refused.ok && refused.refusals.map((r) => r.rule)).toEqual(['cannot-drop-a-duty']);
  });

  it('reports every problem at once: a clashing kind, a kind with no recipient, an unknown kind', () => {
    const result = tailor(DEFAULT_KINDS, {
      addedKinds: [{ ...own, id: 'infatuation' }, { ...own, id: 'nobody', routing: { colleague: [] } }, { ...own, id: 'Bad Name' }],
      addedRecipients: { nothing: ['principal'] },
    });
    expect(!result.ok && result.refusals.map((r) => `${r.rule} ${r.field}`)).toEqual([
      'kind-exists addedKinds.0.id',
      'declaration-needs-a-recipient addedKinds.1.routing',
      'kind-id addedKinds.2.id',
      'unknown-kind addedRecipients.nothing',
    ]);
  });

  it('never loses a kind the code imposes, nor a recipient the code names, whatever the tailoring', () => {
    const ids = [...DEFAULT_KINDS.map((k) => k.id), 'secondary-employment'];
    const recipient = fc.constantFrom<Recipient>('line_manager', 'principal', 'designated_safeguarding_lead', 'chief_operating_officer', 'case_officer');
    const routing = fc.record({ colleague: fc.array(recipient, { maxLength: 2 }) });
    fc.assert(
      fc.property(
        fc.record({
          addedKinds: fc.constantFrom([], [own]),
          withdrawnKinds: fc.subarray(ids),
          addedRecipients: fc.dictionary(fc.constantFrom(...ids), fc.array(recipient, { maxLength: 2 })),
          replacedRouting: fc.dictionary(fc.constantFrom(...ids), routing),
        }),
        (tailoring) => {
          const result = tailor(DEFAULT_KINDS, tailoring);
          if (!result.ok) return;
          for (const original of DEFAULT_KINDS) {
            const tailored = result.value.find((k) => k.id === original.id);
            expect(tailored).toBeDefined();
            expect(tailored!.cites).toEqual(original.cites);
            if (original.recipientsNamedByCode) for (const r of original.routing.colleague) expect(tailored!.routing.colleague).toContain(r);
          }
        },
      ),
    );
  });
});

describe('a declaration under a code the organisation has adopted', () => {
  it('is refused, with that reason, when the organisation has not adopted the code', () => {
    expect(citationsUnder(kind('police-contact'), [{ code: 'set-code-of-practice', version: '2018' }])).toEqual({
      ok: false,
      refusals: [{ rule: 'code-not-adopted', field: 'code', detail: '"Questioned by the police, charged or convicted" is a duty under att-staff-code-of-conduct, which this organisation has not adopted.' }],
    });
  });

  it("is made under the organisation's version of the code: 2009's (c) where it adopted 2009, 2015's C where it adopted 2015", () => {
    const coi = kind('conflict-of-interest');
    expect(citationsUnder(coi, [{ code: 'education-improvement-code-of-conduct', version: '2009' }])).toEqual({ ok: true, value: [{ code: 'education-improvement-code-of-conduct', version: '2009', provisions: ['c'] }] });
    expect(citationsUnder(coi, [{ code: 'education-improvement-code-of-conduct', version: '2015' }, { code: 'att-staff-code-of-conduct', version: '2020' }])).toEqual({
      ok: true,
      value: [
        { code: 'att-staff-code-of-conduct', version: '2020', provisions: ['19.1'] },
        { code: 'education-improvement-code-of-conduct', version: '2015', provisions: ['C'] },
      ],
    });
  });

  it('reads a version it does not cite by the same keys (a later version of the code, through its mapping)', () => {
    expect(citationsUnder(kind('bar-or-warning'), [{ code: 'set-code-of-practice', version: '2024' }])).toEqual({ ok: true, value: [{ code: 'set-code-of-practice', version: '2018', provisions: ['10', '10.1'] }] });
  });

  it('refuses a code the person chose when the kind is not under it, or when it is not adopted', () => {
    const adopted = [{ code: 'att-staff-code-of-conduct', version: '2020' }];
    expect(!citationsUnder(kind('conflict-of-interest'), adopted, 'set-code-of-practice').ok && citationsUnder(kind('conflict-of-interest'), adopted, 'set-code-of-practice')).toMatchObject({ refusals: [{ rule: 'kind-not-under-code' }] });
    expect(citationsUnder(kind('conflict-of-interest'), adopted, 'education-improvement-code-of-conduct')).toMatchObject({ ok: false, refusals: [{ rule: 'code-not-adopted' }] });
  });

  it("leaves a kind the organisation added of its own open, as it cites no code", () => {
    expect(citationsUnder({ ...kind('conflict-of-interest'), cites: [] }, [])).toEqual({ ok: true, value: [] });
  });
});

describe('fields', () => {
  const ctx = { today: '2026-11-20', bornOn: '1980-05-01', declarantId: 'me' };

  it('refuses a notification dated in the future or before the person was born', () => {
    const bar = kind('bar-or-warning');
    expect(fieldProblems(bar, { occurredOn: '2026-11-21' }, ctx, false)).toEqual([{ field: 'occurredOn', reason: 'is in the future' }]);
    expect(fieldProblems(bar, { occurredOn: '1980-04-30' }, ctx, false)).toEqual([{ field: 'occurredOn', reason: 'is before you were born' }]);
    expect(fieldProblems(bar, { occurredOn: '2026-11-20' }, ctx, false)).toEqual([]);
    expect(fieldProblems(bar, { occurredOn: '2026-02-30' }, ctx, false)).toEqual([{ field: 'occurredOn', reason: 'not a real date as YYYY-MM-DD' }]);
  });

  it('refuses a gift with a negative value, or a value that is not whole pence', () => {
    const gift = kind('gift-or-hospitality');
    expect(fieldProblems(gift, { valuePence: -1 }, ctx, false)).toEqual([{ field: 'valuePence', reason: 'cannot be negative' }]);
    expect(fieldProblems(gift, { valuePence: 12.5 }, ctx, false)).toEqual([{ field: 'valuePence', reason: 'is a whole number of pence' }]);
    expect(fieldProblems(gift, { valuePence: 0 }, ctx, false)).toEqual([]);
  });

  it('accepts an insurance expiry in the future: only what happened is dated in the past', () => {
    expect(fieldProblems(kind('indemnity-insurance'), { expiresOn: '2030-01-31' }, ctx, false)).toEqual([]);
  });

  it('reports every problem at once: unknown fields, wrong choices, missing required fields, naming oneself', () => {
    expect(fieldProblems(kind('relationship'), { connection: 'friend', colleague: 'me', colour: 'red' }, ctx, true)).toEqual([
      { field: 'colour', reason: '"A relationship with a colleague, parent or carer" has no such field' },
      { field: 'connection', reason: 'is one of colleague, parent, carer, other' },
      { field: 'colleague', reason: 'names you: a declaration names someone else' },
      { field: 'who', reason: 'is needed' },
    ]);
  });

  it('knows whom a declaration names', () => {
    expect(namedPeople(kind('relationship'), { colleague: 'p2', who: 'A colleague' })).toEqual(['p2']);
    expect(namedPeople(kind('relationship'), { who: 'A parent' })).toEqual([]);
  });
});

describe("000 provision 10: notifying within 21 days of the date it happened", () => {
  const within = kind('charge-conviction-or-caution').timeLimit;

  it('is in time on the 21st day after, and one day late on the 22nd', () => {
    expect(timeliness(within, '2026-03-01', at('2026-03-22', '23:59'))).toEqual({ type: 'within', days: 21, dueOn: '2026-03-22', late: false, daysLate: 0 });
    expect(timeliness(within, '2026-03-01', at('2026-03-23', '00:01'))).toEqual({ type: 'within', days: 21, dueOn: '2026-03-22', late: true, daysLate: 1 });
    expect(latenessWords(timeliness(within, '2026-03-01', at('2026-03-23')))).toBe('1 day late');
    expect(latenessWords(timeliness(within, '2026-03-01', at('2026-04-01')))).toBe('10 days late');
    expect(latenessWords(timeliness(within, '2026-03-01', at('2026-03-02')))).toBeNull();
  });

  it('counts by the London day of submission, in summer time too', () => {
    // 23:30 UTC on 21 June is 00:30 on 22 June in London: the 22nd day after 31 May.
    expect(timeliness(within, '2026-05-31', new Date('2026-06-21T23:30:00Z'))).toMatchObject({ dueOn: '2026-06-21', late: true, daysLate: 1 });
    expect(timeliness(within, '2026-05-31', new Date('2026-06-21T22:30:00Z'))).toMatchObject({ late: false, daysLate: 0 });
  });

  it('is never late for provision 11, which sets no limit, and says how soon an immediate report came', () => {
    expect(timeliness(kind('other-suitability-information').timeLimit, '2020-01-01', at('2026-01-01'))).toBeNull();
    expect(timeliness(kind('police-contact').timeLimit, '2026-03-01', at('2026-03-04'))).toEqual({ type: 'immediately', daysAfter: 3 });
  });

  it('marks late by exactly the days past the 21st, and nothing else', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 3650 }), fc.integer({ min: 0, max: 400 }), fc.constantFrom('00:00', '09:15', '23:59'), (start, after, time) => {
        const occurredOn = addDays('2015-01-01', start);
        const t = timeliness(within, occurredOn, at(addDays(occurredOn, after), time));
        expect(t).toMatchObject({ late: after > 21, daysLate: Math.max(0, after - 21), dueOn: addDays(occurredOn, 21) });
      }),
    );
  });
});

describe('routing', () => {
  const staff = { personId: 'me', isPrincipal: false, academyId: 'a1' };
  const holders =
    (places: Partial<Record<Recipient, string[]>>) =>
    (r: Recipient): string[] =>
      places[r] ?? [];

  it("sends police contact to the principal, a principal's own to the regional education director, central staff's to the COO (003 §20.3–20.5)", () => {
    const police = kind('police-contact');
    expect(recipientsFor(police.routing, staff)).toEqual(['principal']);
    expect(recipientsFor(police.routing, { ...staff, isPrincipal: true })).toEqual(['regional_education_director']);
    expect(recipientsFor(police.routing, { ...staff, academyId: null })).toEqual(['chief_operating_officer']);
  });

  it("agrees with the Deadlines engine's escalation for police contact in every situation", () => {
    for (const isPrincipal of [false, true]) {
      for (const academyId of ['a1', null]) {
        expect(recipientsFor(kind('police-contact').routing, { personId: 'me', isPrincipal, academyId })).toEqual([policeContactRecipient({ isPrincipal, academyId })]);
      }
    }
  });

  it('sends an infatuation to the line manager, and steps up to the principal when the line manager is the one named', () => {
    const k = { ...kind('infatuation'), fields: [...kind('infatuation').fields, { name: 'colleague', label: 'A colleague', type: 'person' as const, required: false }] };
    const places = holders({ line_manager: ['lm'], principal: ['head'] });
    expect(route(k, staff, [], places)).toEqual({ ok: true, value: [{ personId: 'lm', as: 'line_manager', steppedUpFrom: null }] });
    expect(route(k, staff, ['lm'], places)).toEqual({ ok: true, value: [{ personId: 'head', as: 'principal', steppedUpFrom: 'line_manager' }] });
  });

  it('refuses a declaration nobody but the declarant could receive', () => {
    expect(route(kind('police-contact'), staff, [], holders({ principal: ['me'] }))).toMatchObject({ ok: false, refusals: [{ rule: 'declaration-needs-a-recipient' }] });
  });

  it('never sends a declaration to its declarant or to anyone it names', () => {
    const people = ['me', 'p1', 'p2', 'p3', 'p4'];
    const places: Recipient[] = ['line_manager', 'principal', 'regional_education_director', 'chief_operating_officer', 'data_protection_officer', 'case_officer'];
    fc.assert(
      fc.property(
        fc.constantFrom(...DEFAULT_KINDS),
        fc.record({ personId: fc.constantFrom(...people), isPrincipal: fc.boolean(), academyId: fc.constantFrom('a1', null) }),
        fc.subarray(people),
        fc.dictionary(fc.constantFrom(...places), fc.subarray(people)),
        (k, declarant, named, held) => {
          const result = route(k, declarant, named, (r) => held[r] ?? []);
          if (!result.ok) return;
          for (const r of result.value) {
            expect(r.personId).not.toBe(declarant.personId);
            expect(named).not.toContain(r.personId);
            expect(held[r.as]).toContain(r.personId);
          }
        },
      ),
    );
  });
});

// ─── The lifecycle, by example and by random sequences of steps ──────────────────────────────────────────

const police = kind('police-contact');
const ctxAt = (now: Date, k: DeclarationKind = police): TransitionContext => ({ now, kind: k, bornOn: '1980-05-01', declarantId: 'me' });
const run = (d: Declaration, steps: [DeclarationEvent, Date][], k = police) =>
  steps.reduce((current, [event, now]) => {
    const result = transition(current, event, ctxAt(now, k));
    if (!result.ok) throw new Error(result.refusals.map((r) => r.detail).join('; '));
    return result.value;
  }, d);

describe('the lifecycle of a declaration', () => {
  const complete = { which: 'questioned', occurredOn: '2026-03-01', details: 'Questioned as a witness.' };

  it('goes from draft to submitted, acknowledged, under review and closed with an outcome', () => {
    const closed = run(draft(police, at('2026-03-01', '18:00')), [
      [{ type: 'edit', fields: complete }, at('2026-03-01', '18:05')],
      [{ type: 'submit' }, at('2026-03-01', '18:10')],
      [{ type: 'acknowledge' }, at('2026-03-02', '08:00')],
      [{ type: 'record_action', note: 'Risk assessment made.' }, at('2026-03-02', '10:00')],
      [{ type: 'close', outcome: 'no_action' }, at('2026-03-03', '10:00')],
    ]);
    expect(closed).toMatchObject({ state: 'closed', outcome: 'no_action', occurredOn: '2026-03-01', submittedAt: at('2026-03-01', '18:10'), acknowledgedAt: at('2026-03-02', '08:00') });
    expect(closed.history.map((h) => h.to)).toEqual(['draft', 'submitted', 'acknowledged', 'under_review', 'closed']);
  });

  it('may be marked for a case once submitted, and a case closes it', () => {
    const d = run(draft(police, at('2026-03-01')), [
      [{ type: 'edit', fields: complete }, at('2026-03-01')],
      [{ type: 'submit' }, at('2026-03-01')],
      [{ type: 'mark_for_case', reason: 'Bears on suitability.' }, at('2026-03-02')],
    ]);
    expect(d).toMatchObject({ state: 'marked_for_case', markedForCaseAt: at('2026-03-02') });
    expect(eventsFrom('marked_for_case')).toEqual(['close']);
    expect(run(d, [[{ type: 'close', outcome: 'case_opened' }, at('2026-03-03')]]).state).toBe('closed');
  });

  it('approves or declines a gift above the threshold, and nothing else', () => {
    const gift = kind('gift-or-hospitality');
    const made = run(draft(gift, at('2026-03-01')), [
      [{ type: 'edit', fields: { direction: 'received', counterparty: 'A supplier', description: 'Tickets', valuePence: 9000, occurredOn: '2026-03-01' } }, at('2026-03-01')],
      [{ type: 'submit' }, at('2026-03-01')],
      [{ type: 'acknowledge' }, at('2026-03-02')],
    ], gift);
    const needing = { ...ctxAt(at('2026-03-03'), gift), approvalNeeded: true };
    expect(transition(made, { type: 'close', outcome: 'no_action' }, needing)).toMatchObject({ ok: false, refusals: [{ rule: 'approval-needed', field: 'outcome' }] });
    expect(transition(made, { type: 'close', outcome: 'declined', note: 'Too valuable to accept.' }, needing)).toMatchObject({ ok: true, value: { outcome: 'declined' } });
    expect(transition(made, { type: 'close', outcome: 'approved' }, ctxAt(at('2026-03-03'), gift))).toMatchObject({ ok: false, refusals: [{ rule: 'declaration-outcome' }] });
  });

  it('refuses to submit an incomplete draft, naming every missing field', () => {
    const result = transition(draft(police, at('2026-03-01')), { type: 'submit' }, ctxAt(at('2026-03-01')));
    expect(!result.ok && result.refusals.map((r) => r.field)).toEqual(['which', 'occurredOn', 'details']);
  });

  it('refuses an acknowledgement before submission, a change after it, and any step once closed', () => {
    const d = draft(police, at('2026-03-01'));
    expect(transition(d, { type: 'acknowledge' }, ctxAt(at('2026-03-02')))).toEqual({ ok: false, refusals: [{ rule: 'declaration-state', detail: 'A declaration that is a draft cannot be acknowledged.' }] });
    const submitted = run(d, [
      [{ type: 'edit', fields: complete }, at('2026-03-01')],
      [{ type: 'submit' }, at('2026-03-01')],
    ]);
    expect(transition(submitted, { type: 'edit', fields: { details: 'Changed my mind.' } }, ctxAt(at('2026-03-02')))).toMatchObject({ ok: false, refusals: [{ rule: 'declaration-state' }] });
  });

  it('refuses a step dated before the one it follows, and a kind that is not its own', () => {
    const d = run(draft(police, at('2026-03-01')), [[{ type: 'edit', fields: complete }, at('2026-03-02')]]);
    expect(transition(d, { type: 'submit' }, ctxAt(at('2026-03-01')))).toMatchObject({ ok: false, refusals: [{ rule: 'time-goes-forward' }] });
    expect(transition(d, { type: 'submit' }, ctxAt(at('2026-03-02'), kind('infatuation')))).toMatchObject({ ok: false, refusals: [{ rule: 'kind-mismatch' }] });
  });

  it("shows the declarant where it stands, never the recipients' notes", () => {
    const d = run(draft(police, at('2026-03-01')), [
      [{ type: 'edit', fields: complete }, at('2026-03-01')],
      [{ type: 'submit' }, at('2026-03-01')],
      [{ type: 'acknowledge' }, at('2026-03-01')],
      [{ type: 'record_action', note: 'Spoke to HR about the risk.' }, at('2026-03-02')],
    ]);
    expect(JSON.stringify(declarantView(d))).not.toContain('Spoke to HR');
    expect(declarantView(d).state).toBe('under_review');
  });

  it('names the policy action each step needs, and every state but closed has a step out', () => {
    expect(Object.fromEntries(EVENT_TYPES.map((e) => [e, TRANSITIONS[e].action]))).toEqual({
      edit: 'declaration.make',
      submit: 'declaration.make',
      acknowledge: 'declaration.acknowledge',
      record_action: 'declaration.review',
      mark_for_case: 'declaration.mark_for_case',
      close: 'declaration.close',
    });
    for (const state of STATES) expect(eventsFrom(state).length === 0, state).toBe(state === 'closed');
  });
});

describe('the lifecycle under random sequences of steps', () => {
  const kinds = [police, kind('charge-conviction-or-caution'), kind('gift-or-hospitality')];
  const start = at('2026-01-10', '09:00');
  const dates = ['2025-12-01', '2025-12-31', '2026-01-01', '2026-01-15', '2026-02-01', '2027-01-01', '1970-01-01'];
  const fieldValue = fc.oneof(fc.constantFrom(...dates), fc.constantFrom('questioned', 'charged', 'given', 'received', 'theft', 'Some words.', ''), fc.integer({ min: -5, max: 5000 }), fc.constant(null));
  const event: fc.Arbitrary<DeclarationEvent> = fc.oneof(
    fc.record({ type: fc.constant('edit' as const), fields: fc.dictionary(fc.constantFrom('which', 'occurredOn', 'details', 'offence', 'direction', 'counterparty', 'description', 'valuePence', 'nonsense'), fieldValue, { maxKeys: 4 }) }),
    fc.constant({ type: 'submit' as const }),
    fc.constant({ type: 'acknowledge' as const }),
    fc.record({ type: fc.constant('record_action' as const), note: fc.constantFrom('', 'Spoke to them.', ' ') }),
    fc.record({ type: fc.constant('mark_for_case' as const), reason: fc.constantFrom('', 'Bears on suitability.') }),
    fc.record({ type: fc.constant('close' as const), outcome: fc.constantFrom(...OUTCOMES, 'shrugged' as never) }),
  );
  // Steps mostly move forward in time, by up to 40 days, and sometimes go back, which must be refused.
  const step = fc.tuple(event, fc.integer({ min: -3_600_000, max: 40 * 86_400_000 }));
  // The test's own record of a complete draft, to submit often enough that later states are reached.
  const fill = (k: DeclarationKind): DeclarationEvent => ({
    type: 'edit',
    fields: Object.fromEntries(k.fields.filter((f) => f.required).map((f) => [f.name, f.type === 'past_date' ? '2026-01-01' : f.type === 'pence' ? 1000 : f.type === 'choice' ? f.choices![0] : 'Words.'])),
  });

  it('keeps its invariants whatever is tried', () => {
    const reached = new Set<string>();
    fc.assert(
      fc.property(fc.constantFrom(...kinds), fc.boolean(), fc.array(step, { maxLength: 25 }), (k, prefill, steps) => {
        let d = draft(k, start);
        let now = start.getTime();
        if (prefill) {
          const filled = transition(d, fill(k), ctxAt(start, k));
          if (filled.ok) d = filled.value;
        }
        for (const [e, delta] of steps) {
          const when = new Date(now + delta);
          const before = d;
          const copy = structuredClone(before);
          const result = transition(d, e, ctxAt(when, k));
          // A step never alters the declaration it was taken on; a refused one leaves it as it was.
          expect(before).toEqual(copy);
          if (!result.ok) {
            // A refused step says which rule refused it.
            expect(result.refusals.length).toBeGreaterThan(0);
            if (before.state === 'closed') expect(result.refusals[0]!.rule).toBe('declaration-closed');
            if (when.getTime() < (before.history.at(-1)?.at ?? before.createdAt).getTime() && TRANSITIONS[e.type].from.includes(before.state)) expect(result.refusals[0]!.rule).toBe('time-goes-forward');
            continue;
          }
          d = result.value;
          reached.add(d.state);
          now = Math.max(now, when.getTime());
          const last = d.history.at(-1)!;
          // Each step taken is one entry of history, along a transition the table allows.
          expect(d.history.length).toBe(before.history.length + 1);
          expect(last).toMatchObject({ event: e.type, from: before.state, to: d.state });
          expect(TRANSITIONS[e.type].from).toContain(before.state);
          expect(TRANSITIONS[e.type].to === 'same' ? before.state : TRANSITIONS[e.type].to).toBe(d.state);
          // What was submitted is not changed afterwards.
          if (before.submittedAt !== null) expect(d.fields).toBe(before.fields);
        }
        // No acknowledgement before submission; a case and a closing come after submission too.
        if (d.acknowledgedAt) expect(d.submittedAt !== null && d.acknowledgedAt.getTime() >= d.submittedAt.getTime()).toBe(true);
        if (d.markedForCaseAt) expect(d.submittedAt !== null && d.markedForCaseAt.getTime() >= d.submittedAt.getTime()).toBe(true);
        if (d.closedAt) expect(d.submittedAt !== null && d.closedAt.getTime() >= d.submittedAt.getTime()).toBe(true);
        // Submitted only when complete and truthful: every required field, nothing dated ahead of the day.
        if (d.submittedAt) expect(fieldProblems(k, d.fields, { today: '2026-01-10', bornOn: '1980-05-01', declarantId: 'me' }, true).filter((p) => p.reason !== 'is in the future')).toEqual([]);
        // An outcome exactly when closed; approval is an outcome only of what needs it (none here); time in history never goes back.
        expect(d.outcome !== null).toBe(d.state === 'closed');
        expect(['approved', 'declined']).not.toContain(d.outcome);
        d.history.forEach((h, i) => i > 0 && expect(h.at.getTime()).toBeGreaterThanOrEqual(d.history[i - 1]!.at.getTime()));
        // A closed declaration changes no more.
        if (d.state === 'closed') for (const e of EVENT_TYPES) expect(transition(d, { type: e } as DeclarationEvent, ctxAt(new Date(now + 86_400_000), k))).toMatchObject({ ok: false, refusals: [{ rule: 'declaration-closed' }] });
        // Lateness is computed from two dates only: the day it happened and the day it was submitted.
        if (d.submittedAt && d.occurredOn && k.timeLimit?.type === 'calendar_days') {
          const days = daysBetween(d.occurredOn, londonDate(d.submittedAt));
          expect(timeliness(k.timeLimit, d.occurredOn, d.submittedAt)).toMatchObject({ late: days > 21, daysLate: Math.max(0, days - 21) });
          expect(timeliness(k.timeLimit, d.occurredOn, d.submittedAt)).toEqual(timeliness(k.timeLimit, d.occurredOn, new Date(d.submittedAt)));
        }
      }),
      // A fixed seed, so that the check below (every state reached) is the same on every run.
      { numRuns: 500, seed: 20261130 },
    );
    // The sequences reach every state, so the invariants were tried in each.
    expect([...reached].sort()).toEqual([...STATES].sort());
  });
});

describe('safe-working approvals (003 Appendix 1) and notices (003 §15.1)', () => {
  const car = SAFE_WORKING_KINDS.find((k) => k.id === 'learner-in-car')!;
  const meeting = SAFE_WORKING_KINDS.find((k) => k.id === 'one-to-one-meeting')!;
  const journey = at('2026-06-10', '15:30');
  const step = (r: SafeWorkingRequest, e: SafeWorkingEvent, now: Date, k = car) => {
    const result = safeWorkingStep(r, e, k, now);
    if (!result.ok) throw new Error(result.refusals.map((x) => x.detail).join('; '));
    return result.value;
  };

  it("records each condition of taking a learner in one's car, and shows every one met before the journey", () => {
    let r = safeWorkingRequest(car, 'me', journey, at('2026-06-08'));
    for (const condition of ['risk-assessment', 'vehicle-insured', 'parental-permission']) r = step(r, { type: 'record_condition', condition }, at('2026-06-09'));
    r = step(r, { type: 'approve', by: 'lm' }, at('2026-06-09', '16:00'));
    expect(safeWorkingStanding(r, car)).toMatchObject({ allMetBeforeEvent: true, approvedAfterEvent: false });
  });

  it('marks an approval given after the journey, and a condition met after it', () => {
    let r = safeWorkingRequest(car, 'me', journey, at('2026-06-08'));
    r = step(r, { type: 'record_condition', condition: 'risk-assessment' }, at('2026-06-11'));
    r = step(r, { type: 'approve', by: 'lm', reason: 'It was unavoidable.' }, at('2026-06-11'));
    const standing = safeWorkingStanding(r, car);
    expect(standing).toMatchObject({ allMetBeforeEvent: false, approvedAfterEvent: true });
    expect(standing.conditions.filter((c) => !c.metBeforeEvent).map((c) => c.id)).toEqual(['manager-agreed', 'risk-assessment', 'vehicle-insured', 'parental-permission']);
  });

  it('refuses an approval given by the requester, a refusal without a reason, and a manual record of the agreement', () => {
    const r = safeWorkingRequest(car, 'me', journey, at('2026-06-08'));
    expect(safeWorkingStep(r, { type: 'approve', by: 'me' }, car, at('2026-06-09'))).toMatchObject({ ok: false, refusals: [{ rule: 'no-self-approval', field: 'by' }] });
    expect(safeWorkingStep(r, { type: 'refuse', by: 'lm', reason: ' ' }, car, at('2026-06-09'))).toMatchObject({ ok: false, refusals: [{ rule: 'reason-needed' }] });
    expect(safeWorkingStep(r, { type: 'record_condition', condition: 'manager-agreed' }, car, at('2026-06-09'))).toMatchObject({ ok: false, refusals: [{ rule: 'met-by-approval' }] });
  });

  it('takes a notice of a one-to-one meeting as the telling itself, before the meeting or not, and needs no approval', () => {
    const early = safeWorkingRequest(meeting, 'me', journey, at('2026-06-10', '09:00'));
    expect(safeWorkingStanding(early, meeting).allMetBeforeEvent).toBe(true);
    expect(safeWorkingStanding(safeWorkingRequest(meeting, 'me', journey, at('2026-06-10', '17:00')), meeting).allMetBeforeEvent).toBe(false);
    expect(safeWorkingStep(early, { type: 'approve', by: 'lm' }, meeting, at('2026-06-10', '10:00'))).toMatchObject({ ok: false, refusals: [{ rule: 'no-decision-needed' }] });
  });

  it('keeps its invariants under random steps: never decided by the requester, after-the-event approvals marked, closed requests unchanged', () => {
    const people = ['me', 'lm', 'head'];
    const event: fc.Arbitrary<SafeWorkingEvent> = fc.oneof(
      fc.record({ type: fc.constant('record_condition' as const), condition: fc.constantFrom(...car.conditions.map((c) => c.id), 'nothing') }),
      fc.record({ type: fc.constant('approve' as const), by: fc.constantFrom(...people) }),
      fc.record({ type: fc.constant('refuse' as const), by: fc.constantFrom(...people), reason: fc.constantFrom('', 'Not unavoidable.') }),
      fc.constant({ type: 'withdraw' as const }),
    );
    fc.assert(
      fc.property(fc.constantFrom(car, meeting), fc.array(fc.tuple(event, fc.integer({ min: -3_600_000, max: 86_400_000 })), { maxLength: 12 }), (k, steps) => {
        let r = safeWorkingRequest(k, 'me', journey, at('2026-06-09'));
        let now = r.requestedAt.getTime();
        for (const [e, delta] of steps) {
          const before = r;
          const copy = structuredClone(before);
          const result = safeWorkingStep(r, e, k, new Date(now + delta));
          expect(before).toEqual(copy);
          if (!result.ok) {
            if (before.state === 'refused' || before.state === 'withdrawn') expect(result.refusals[0]!.rule).toBe('request-closed');
            continue;
          }
          r = result.value;
          now = Math.max(now, now + delta);
        }
        if (r.decision) {
          expect(r.decision.by).not.toBe(r.requesterId);
          // An approved journey may still be called off by the requester; a refusal is final.
          expect([r.decision.approved ? 'approved' : 'refused', ...(r.decision.approved ? ['withdrawn'] : [])]).toContain(r.state);
          if (!r.decision.approved) expect(r.decision.reason).not.toBeNull();
        }
        const standing = safeWorkingStanding(r, k);
        expect(standing.approvedAfterEvent).toBe(r.decision?.approved === true && r.decision.at.getTime() > journey.getTime());
        if (standing.allMetBeforeEvent) for (const c of k.conditions) expect(r.conditions[c.id]!.getTime()).toBeLessThanOrEqual(journey.getTime());
        if (k.needs === 'approval' && standing.allMetBeforeEvent) expect(r.decision?.approved).toBe(true);
      }),
    );
  });
});

describe('registers and insurance', () => {
  it('asks approval for a gift received above the threshold, before it is accepted (003 §18.1)', () => {
    expect(giftNeedsApproval({ direction: 'received', valuePence: 2501 }, 2500)).toBe(true);
    expect(giftNeedsApproval({ direction: 'received', valuePence: 2500 }, 2500)).toBe(false);
    expect(giftNeedsApproval({ direction: 'given', valuePence: 99_999 }, 2500)).toBe(false);
    expect(giftNeedsApproval({ direction: 'received', valuePence: 99_999 }, null)).toBe(false);
  });

  it('holds indemnity insurance in force through its expiry day and lapsed after it (002 J, 004 (j))', () => {
    expect(insuranceStanding('2027-03-31', '2027-03-01')).toEqual({ lapsed: false, daysLeft: 30 });
    expect(insuranceStanding('2027-03-31', '2027-03-31')).toEqual({ lapsed: false, daysLeft: 0 });
    expect(insuranceStanding('2027-03-31', '2027-04-01')).toEqual({ lapsed: true, daysLeft: 0 });
  });
});

describe('one event, every duty it triggers', () => {
  // A Northfield teacher who is also a member of the Society.
  const trust: Membership = { organisationId: 'trust', audiences: ['staff'], catalogue: DEFAULT_KINDS, adopted: [{ code: 'att-staff-code-of-conduct', version: '2020' }] };
  const society: Membership = { organisationId: 'society', audiences: ['member'], catalogue: DEFAULT_KINDS, adopted: [{ code: 'set-code-of-practice', version: '2018' }] };
  const charged = { kind: 'police-contact', fields: { which: 'charged', occurredOn: '2026-03-01', details: 'Charged with careless driving.' } };

  it('carries only fields the related kind has', () => {
    for (const r of RELATED_DUTIES) {
      const from = kind(r.from).fields.map((f) => f.name);
      const to = kind(r.to).fields.map((f) => f.name);
      for (const [toField, fromField] of Object.entries(r.carry)) expect([to.includes(toField), from.includes(fromField)], `${r.from} → ${r.to}: ${toField}`).toEqual([true, true]);
    }
  });

  it("shows a charge declared to the trust (003 §20.3) as the Society's 21-day duty too (000 provision 10.2), from the same date", () => {
    expect(dutiesElsewhere(charged, 'trust', [trust, society])).toEqual([
      { organisationId: 'society', kind: 'charge-conviction-or-caution', carried: { occurredOn: '2026-03-01', which: 'charged', details: 'Charged with careless driving.' }, dueOn: '2026-03-22' },
    ]);
  });

  it('shows being questioned as something that may bear on suitability (provision 11), with no time limit', () => {
    expect(dutiesElsewhere({ ...charged, fields: { ...charged.fields, which: 'questioned' } }, 'trust', [trust, society])).toMatchObject([{ kind: 'other-suitability-information', dueOn: null }]);
  });

  it('shows nothing where the other organisation has not adopted the code, or the person is not its member, or it is the same organisation', () => {
    expect(dutiesElsewhere(charged, 'trust', [trust, { ...society, adopted: [] }])).toEqual([]);
    expect(dutiesElsewhere(charged, 'trust', [trust, { ...society, audiences: ['staff'] }])).toEqual([]);
    expect(dutiesElsewhere(charged, 'society', [society])).toEqual([]);
  });

  it('sends only what the person chose, and nothing without their recorded consent (000 provision 8)', () => {
    const [duty] = dutiesElsewhere(charged, 'trust', [trust, society]);
    const consent = { givenAt: at('2026-03-02'), statement: 'I agree to send these facts to the Society.' };
    expect(fieldsToSend(duty!, ['occurredOn', 'which'], null)).toMatchObject({ ok: false, refusals: [{ rule: 'consent-needed' }] });
    expect(fieldsToSend(duty!, ['occurredOn', 'which'], consent)).toEqual({ ok: true, value: { occurredOn: '2026-03-01', which: 'charged' } });
    expect(fieldsToSend(duty!, ['occurredOn', 'salary'], consent)).toMatchObject({ ok: false, refusals: [{ rule: 'not-carried', field: 'chosen.salary' }] });
  });

  it('never sends a field the person did not choose, whatever they choose', () => {
    const [duty] = dutiesElsewhere(charged, 'trust', [trust, society]);
    fc.assert(
      fc.property(fc.subarray(['occurredOn', 'which', 'details', 'offence']), fc.option(fc.constantFrom('', 'I agree.'), { nil: null }), (chosen, statement) => {
        const result = fieldsToSend(duty!, chosen, statement === null ? null : { givenAt: at('2026-03-02'), statement });
        if (!result.ok) return;
        expect(statement?.trim()).toBeTruthy();
        expect(Object.keys(result.value).sort()).toEqual([...chosen].sort());
      }),
    );
  });
});

const londonDate = (instant: Date) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(instant);
