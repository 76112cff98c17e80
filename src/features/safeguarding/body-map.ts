import type { Refusal, Result } from '../../platform/result.ts';

// The body map: front and back outlines on which the recorder marks where an injury is (003 Appendix 1:
// "record any injury that occurs"; "record any incident of concern involving learner's welfare"). The
// outline is drawn from the regions below, so the page draws exactly the shapes a mark is checked against.
// It imports types only, so that the web app can bundle it for the drawing.

export const VIEWS = ['front', 'back'] as const;
export type View = (typeof VIEWS)[number];

/** The outline's own units: a standing figure in a box 100 wide and 200 tall. Marks are stored as fractions of it. */
export const OUTLINE_BOX = { width: 100, height: 200 } as const;

type Point = readonly [number, number];

export interface Region {
  id: string;
  label: string;
  /** A polygon in the outline's units. Regions meet along shared edges and never overlap. */
  points: readonly Point[];
}

// One side of the figure as the viewer sees it (the left half of the drawing); the other is its mirror image.
const LIMBS: readonly [part: string, points: readonly Point[]][] = [
  ['upper-arm', [[32, 35], [32, 68], [30, 72], [19, 70], [23, 40]]],
  ['forearm', [[19, 70], [30, 72], [27, 104], [16, 102]]],
  ['hand', [[16, 102], [27, 104], [26, 117], [20, 120], [13, 116]]],
  ['thigh', [[32, 112], [50, 112], [48, 152], [35, 152]]],
  ['lower-leg', [[35, 152], [48, 152], [47, 186], [37, 186]]],
  ['foot', [[37, 186], [47, 186], [49, 197], [33, 197]]],
];

// The head, neck and trunk, across the middle; their names differ front and back.
const TRUNK: readonly [front: string, back: string, points: readonly Point[]][] = [
  ['head-and-face', 'back-of-head', [[50, 2], [57, 4], [61, 10], [61, 19], [57, 25], [54, 27], [46, 27], [43, 25], [39, 19], [39, 10], [43, 4]]],
  ['neck', 'back-of-neck', [[46, 27], [54, 27], [55, 33], [45, 33]]],
  ['chest', 'upper-back', [[45, 33], [55, 33], [68, 35], [68, 70], [32, 70], [32, 35]]],
  ['abdomen', 'lower-back', [[32, 70], [68, 70], [67, 95], [33, 95]]],
  ['pelvis', 'buttocks', [[33, 95], [67, 95], [68, 112], [50, 112], [32, 112]]],
];

const words = (id: string) => id.replace(/-/g, ' ').replace(/^./, (c) => c.toUpperCase());
const mirror = (points: readonly Point[]): Point[] => points.map(([x, y]) => [OUTLINE_BOX.width - x, y] as const).reverse();

function regionsOf(view: View): Region[] {
  // Facing the learner, their right side is on the viewer's left; from behind, their left side is.
  const [viewersLeft, viewersRight] = view === 'front' ? ['right', 'left'] : ['left', 'right'];
  const trunk = TRUNK.map(([front, back, points]) => ({ id: view === 'front' ? front : back, points }));
  const limbs = LIMBS.flatMap(([part, points]) => [
    { id: `${viewersLeft}-${part}`, points },
    { id: `${viewersRight}-${part}`, points: mirror(points) },
  ]);
  return [...trunk, ...limbs].map((r) => ({ ...r, label: words(r.id) }));
}

export const BODY_MAP: Readonly<Record<View, readonly Region[]>> = { front: regionsOf('front'), back: regionsOf('back') };

/**
 * Whether a point lies inside a polygon, by counting the edges a ray to its right crosses. An edge counts
 * for points level with its top end but not its bottom end, and strictly to its left, so that a point on
 * an edge two regions share falls in exactly one of them.
 */
function inside([x, y]: Point, points: readonly Point[]): boolean {
  let crossings = 0;
  for (let i = 0, j = points.length - 1; i < points.length; j = i++) {
    const [xi, yi] = points[i]!;
    const [xj, yj] = points[j]!;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) crossings++;
  }
  return crossings % 2 === 1;
}

/** Whether a mark at (x, y), as fractions of the outline's box, falls in the region. */
export const inRegion = (region: Region, x: number, y: number) => inside([x * OUTLINE_BOX.width, y * OUTLINE_BOX.height], region.points);

/** The region a mark at (x, y) falls in; null outside the outline. */
export const regionAt = (view: View, x: number, y: number): Region | null => BODY_MAP[view].find((r) => inRegion(r, x, y)) ?? null;

export interface MarkInput {
  view: string;
  x: number;
  y: number;
  /** What the recorder saw there (a bruise about 2 cm across), in their words. */
  description?: string | null;
}

export interface PlacedMark {
  view: View;
  x: number;
  y: number;
  region: string;
  description: string | null;
}

export const MAX_MARKS = 50;
export const MAX_MARK_DESCRIPTION = 500;

const isFraction = (n: unknown): n is number => typeof n === 'number' && Number.isFinite(n) && n >= 0 && n <= 1;

/** Each mark with the region it falls in, or every problem with the marks at once, each naming its field. */
export function placeMarks(marks: readonly MarkInput[]): Result<PlacedMark[]> {
  if (marks.length > MAX_MARKS) return { ok: false, refusals: [{ rule: 'too-many-marks', field: 'marks', detail: `A body map holds at most ${MAX_MARKS} marks.` }] };
  const refusals: Refusal[] = [];
  const placed: PlacedMark[] = [];
  for (const [i, mark] of marks.entries()) {
    const field = `marks.${i}`;
    const description = mark.description?.trim() ? mark.description.trim() : null;
    if (description !== null && description.length > MAX_MARK_DESCRIPTION) refusals.push({ rule: 'mark-description-too-long', field: `${field}.description`, detail: `At most ${MAX_MARK_DESCRIPTION} characters.` });
    if (!(VIEWS as readonly string[]).includes(mark.view)) {
      refusals.push({ rule: 'body-map-view', field: `${field}.view`, detail: 'A mark is on the front or the back of the outline.' });
      continue;
    }
    if (!isFraction(mark.x) || !isFraction(mark.y)) {
      refusals.push({ rule: 'body-map-coordinates', field, detail: 'A mark is placed by x and y, each from 0 to 1 across the outline.' });
      continue;
    }
    const view = mark.view as View;
    const region = regionAt(view, mark.x, mark.y);
    if (!region) refusals.push({ rule: 'mark-outside-outline', field, detail: 'A mark is placed on the body, inside the outline.' });
    else placed.push({ view, x: mark.x, y: mark.y, region: region.id, description });
  }
  return refusals.length ? { ok: false, refusals } : { ok: true, value: placed };
}
