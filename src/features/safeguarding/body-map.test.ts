import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BODY_MAP, MAX_MARKS, OUTLINE_BOX, VIEWS, inRegion, placeMarks, regionAt, type Region } from './body-map.ts';

// Points as fractions with a large prime denominator, so that no generated point lies exactly on an edge
// (every vertex is a whole number of the outline's units): the properties below are about regions, not edges.
const P = 999_983;
const fraction = fc.integer({ min: 0, max: P }).map((n) => n / P);
const middle = (r: Region) => [r.points.reduce((s, [x]) => s + x, 0) / r.points.length / OUTLINE_BOX.width, r.points.reduce((s, [, y]) => s + y, 0) / r.points.length / OUTLINE_BOX.height] as const;
const otherSide = (id: string) => id.replace(/^(left|right)-/, (_, side: string) => (side === 'left' ? 'right-' : 'left-'));

describe('the body map outlines', () => {
  it('has the same parts front and back, each named once, the trunk by what faces the viewer', () => {
    for (const view of VIEWS) expect(new Set(BODY_MAP[view].map((r) => r.id)).size).toBe(BODY_MAP[view].length);
    expect(BODY_MAP.front.slice(0, 5).map((r) => r.id)).toEqual(['head-and-face', 'neck', 'chest', 'abdomen', 'pelvis']);
    expect(BODY_MAP.back.slice(0, 5).map((r) => r.id)).toEqual(['back-of-head', 'back-of-neck', 'upper-back', 'lower-back', 'buttocks']);
    expect(BODY_MAP.front.find((r) => r.id === 'right-upper-arm')!.label).toBe('Right upper arm');
  });

  it('puts the middle of every region in that region', () => {
    for (const view of VIEWS) for (const r of BODY_MAP[view]) expect(regionAt(view, ...middle(r))?.id, `${view} ${r.id}`).toBe(r.id);
  });

  it("shows the learner's right side on the viewer's left from the front, and on the right from behind", () => {
    expect(regionAt('front', 0.22, 0.43)?.id).toBe('right-forearm');
    expect(regionAt('back', 0.22, 0.43)?.id).toBe('left-forearm');
    expect(regionAt('front', 0.78, 0.43)?.id).toBe('left-forearm');
  });

  it('leaves out what is not the body: beside the head, between the legs, between an arm and the trunk', () => {
    expect(regionAt('front', 0.1, 0.05)).toBeNull();
    expect(regionAt('front', 0.5, 0.8)).toBeNull();
    expect(regionAt('front', 0.31, 0.355)).toBeNull();
  });

  it('has regions that never overlap, mirror each other left and right, and swap sides between front and back', () => {
    fc.assert(
      fc.property(fraction, fraction, (x, y) => {
        for (const view of VIEWS) expect(BODY_MAP[view].filter((r) => inRegion(r, x, y)).length).toBeLessThanOrEqual(1);
        const front = regionAt('front', x, y);
        expect(regionAt('front', 1 - x, y)?.id ?? null).toBe(front && otherSide(front.id));
        const back = regionAt('back', x, y);
        expect(back === null).toBe(front === null);
        if (front && /^(left|right)-/.test(front.id)) expect(back!.id).toBe(otherSide(front.id));
      }),
      { numRuns: 3000, seed: 20261201 },
    );
  });
});

describe('marks on the body map', () => {
  it('places each mark in its region, with what the recorder saw there', () => {
    const r = placeMarks([
      { view: 'front', x: 0.5, y: 0.25, description: ' A bruise about 2 cm across ' },
      { view: 'back', x: 0.4, y: 0.65 },
    ]);
    expect(r).toEqual({
      ok: true,
      value: [
        { view: 'front', x: 0.5, y: 0.25, region: 'chest', description: 'A bruise about 2 cm across' },
        { view: 'back', x: 0.4, y: 0.65, region: 'left-thigh', description: null },
      ],
    });
  });

  it('refuses a mark outside the outline, and reports every problem at once, each naming its mark', () => {
    const r = placeMarks([
      { view: 'front', x: 0.5, y: 0.25 },
      { view: 'front', x: 0.5, y: 0.8 },
      { view: 'side', x: 0.5, y: 0.25 },
      { view: 'back', x: Number.NaN, y: 0.25 },
      { view: 'back', x: 1.2, y: 0.25 },
      { view: 'back', x: 0.5, y: 0.25, description: 'x'.repeat(501) },
    ]);
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.refusals.map((p) => [p.field, p.rule])).toEqual([
        ['marks.1', 'mark-outside-outline'],
        ['marks.2.view', 'body-map-view'],
        ['marks.3', 'body-map-coordinates'],
        ['marks.4', 'body-map-coordinates'],
        ['marks.5.description', 'mark-description-too-long'],
      ]);
  });

  it(`holds at most ${MAX_MARKS} marks`, () => {
    const r = placeMarks(Array.from({ length: MAX_MARKS + 1 }, () => ({ view: 'front', x: 0.5, y: 0.25 })));
    expect(r.ok || r.refusals.map((p) => p.rule)).toEqual(['too-many-marks']);
  });

  it('accepts a mark exactly where the outline puts a region, and refuses one exactly where it puts none', () => {
    fc.assert(
      fc.property(fc.constantFrom(...VIEWS), fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), (view, x, y) => {
        const r = placeMarks([{ view, x, y }]);
        const region = regionAt(view, x, y);
        if (region) expect(r).toEqual({ ok: true, value: [{ view, x, y, region: region.id, description: null }] });
        else expect(r.ok || r.refusals[0]!.rule).toBe('mark-outside-outline');
      }),
      { numRuns: 500 },
    );
  });
});
