import { useId, useRef, useState, type KeyboardEvent, type MouseEvent } from 'react';
// Types only, and pure functions without imports: the server's own outline, so the page draws exactly the
// shapes a mark is checked against (src/features/safeguarding/body-map.ts).
import { BODY_MAP, OUTLINE_BOX, VIEWS, regionAt, type Region, type View } from '../../../../src/features/safeguarding/body-map.ts';
import { FieldMessages } from '../../ui/form.tsx';

// The body map (003 Appendix 1: record any injury): front and back outlines on which the recorder marks where
// an injury is. With a pointer, click or tap the outline; with a keyboard, move the cross with the arrow keys
// and press Enter, or choose a part of the body from the list. A mark off the body is the API's to refuse:
// the page says which mark, against it.

export interface MarkDraft {
  view: View;
  /** Fractions of the outline's box, as the API takes them. */
  x: number;
  y: number;
  description: string;
}

const VIEW_WORDS: Record<View, string> = { front: 'Front', back: 'Back' };
const points = (region: Region) => region.points.map(([x, y]) => `${x},${y}`).join(' ');

/** Where a mark falls, in words: "Front, left forearm", or that it is off the body. */
export function placeWords(mark: { view: View; x: number; y: number }): string {
  const region = regionAt(mark.view, mark.x, mark.y);
  return `${VIEW_WORDS[mark.view]}, ${region ? region.label.toLowerCase() : 'outside the outline'}`;
}

/** The middle of a region (the mean of its corners, which lies inside for these shapes), as fractions. */
function middleOf(region: Region): { x: number; y: number } {
  const n = region.points.length;
  const x = region.points.reduce((sum, [px]) => sum + px, 0) / n;
  const y = region.points.reduce((sum, [, py]) => sum + py, 0) / n;
  return { x: x / OUTLINE_BOX.width, y: y / OUTLINE_BOX.height };
}

function Outline({ view, marks, cursor, label }: { view: View; marks: readonly { view: View; x: number; y: number }[]; cursor?: { x: number; y: number } | null; label: string }) {
  return (
    <svg viewBox={`0 0 ${OUTLINE_BOX.width} ${OUTLINE_BOX.height}`} className="body-outline" role="img" aria-label={label}>
      {BODY_MAP[view].map((region) => (
        <polygon key={region.id} points={points(region)} className="body-region">
          <title>{region.label}</title>
        </polygon>
      ))}
      {marks.map((mark, index) =>
        mark.view === view ? (
          <g key={index} className="body-mark">
            <circle cx={mark.x * OUTLINE_BOX.width} cy={mark.y * OUTLINE_BOX.height} r={3.5} />
            <text x={mark.x * OUTLINE_BOX.width} y={mark.y * OUTLINE_BOX.height + 1.6} textAnchor="middle">
              {index + 1}
            </text>
          </g>
        ) : null,
      )}
      {cursor && (
        <g className="body-cursor">
          <line x1={cursor.x * OUTLINE_BOX.width - 5} x2={cursor.x * OUTLINE_BOX.width + 5} y1={cursor.y * OUTLINE_BOX.height} y2={cursor.y * OUTLINE_BOX.height} />
          <line x1={cursor.x * OUTLINE_BOX.width} x2={cursor.x * OUTLINE_BOX.width} y1={cursor.y * OUTLINE_BOX.height - 5} y2={cursor.y * OUTLINE_BOX.height + 5} />
        </g>
      )}
    </svg>
  );
}

/** The marks of a record, read-only: both outlines and the list of where each mark is. */
export function BodyMapView({ marks }: { marks: readonly { view: View; x: number; y: number; region: string; description: string | null }[] }) {
  return (
    <>
      <div className="body-map">
        {VIEWS.map((view) => (
          <figure key={view} className="body-view">
            <Outline view={view} marks={marks} label={`${VIEW_WORDS[view]} outline with ${marks.filter((m) => m.view === view).length} marks`} />
            <figcaption>{VIEW_WORDS[view]}</figcaption>
          </figure>
        ))}
      </div>
      <ol className="body-marks">
        {marks.map((mark, index) => (
          <li key={index}>
            <strong>{placeWords(mark)}</strong>
            {mark.description && <p className="reflection">{mark.description}</p>}
          </li>
        ))}
      </ol>
    </>
  );
}

const STEP = 2;
const BIG_STEP = 10;

/** One outline to mark: a click places a mark where it falls; the arrow keys move a cross and Enter or Space places one there. */
function MarkableOutline({ view, marks, onMark, describedBy }: { view: View; marks: readonly MarkDraft[]; onMark: (mark: { view: View; x: number; y: number }) => void; describedBy: string }) {
  const [cursor, setCursor] = useState<{ x: number; y: number } | null>(null);
  const box = useRef<HTMLDivElement>(null);
  const place = (event: MouseEvent<HTMLDivElement>) => {
    const svg = box.current?.querySelector('svg');
    const matrix = svg?.getScreenCTM();
    if (!svg || !matrix) return;
    const point = new DOMPoint(event.clientX, event.clientY).matrixTransform(matrix.inverse());
    const x = point.x / OUTLINE_BOX.width;
    const y = point.y / OUTLINE_BOX.height;
    if (x < 0 || x > 1 || y < 0 || y > 1) return;
    onMark({ view, x: Math.round(x * 1000) / 1000, y: Math.round(y * 1000) / 1000 });
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const here = cursor ?? { x: 0.5, y: 0.3 };
    const step = (event.shiftKey ? BIG_STEP : STEP) / OUTLINE_BOX.width;
    const moves: Record<string, [number, number]> = { ArrowLeft: [-step, 0], ArrowRight: [step, 0], ArrowUp: [0, -step / 2], ArrowDown: [0, step / 2] };
    const move = moves[event.key];
    if (move) {
      event.preventDefault();
      const clamp = (n: number) => Math.round(Math.min(1, Math.max(0, n)) * 1000) / 1000;
      setCursor({ x: clamp(here.x + move[0]), y: clamp(here.y + move[1]) });
    } else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      onMark({ view, ...here });
    }
  };
  const shown = cursor ?? null;
  return (
    <figure className="body-view">
      <div
        ref={box}
        className="body-target"
        role="application"
        tabIndex={0}
        aria-label={`${VIEW_WORDS[view]} outline: arrow keys move the cross, Enter places a mark`}
        aria-describedby={describedBy}
        onClick={place}
        onKeyDown={onKeyDown}
        onFocus={() => setCursor((c) => c ?? { x: 0.5, y: 0.3 })}
        onBlur={() => setCursor(null)}
      >
        <Outline view={view} marks={marks} cursor={shown} label={`${VIEW_WORDS[view]} outline`} />
      </div>
      <figcaption>
        {VIEW_WORDS[view]}
        <span className="visually-hidden" aria-live="polite">
          {shown ? `The cross is at: ${placeWords({ view, ...shown })}` : ''}
        </span>
      </figcaption>
    </figure>
  );
}

/** The body map as a form field: marks placed on the outlines or by part of the body, each with what was seen there. */
export function BodyMapField({ id, marks, onChange, errors }: { id: string; marks: MarkDraft[]; onChange: (marks: MarkDraft[]) => void; errors: Record<string, string> }) {
  const hintId = useId();
  const [part, setPart] = useState('');
  const add = (mark: { view: View; x: number; y: number }) => onChange([...marks, { ...mark, description: '' }]);
  const addByPart = () => {
    const [view, regionId] = part.split(':') as [View, string];
    const region = BODY_MAP[view]?.find((r) => r.id === regionId);
    if (region) add({ view, ...middleOf(region) });
  };
  const markError = (index: number) => [errors[`marks.${index}`], errors[`marks.${index}.description`]].filter(Boolean).join('; ') || undefined;
  return (
    <fieldset className={`field${errors.marks ? ' has-error' : ''}`} id={id} tabIndex={-1}>
      <legend>Body map (optional)</legend>
      <FieldMessages
        id={`${id}-all`}
        label="The body map"
        hint={
          <span id={hintId}>
            For an injury or a physical intervention, mark where it is: tap or click the outline, or focus an outline and move the cross with the arrow keys (Shift for bigger steps), then press
            Enter. Or choose the part of the body below.
          </span>
        }
        error={errors.marks}
      />
      <div className="body-map">
        {VIEWS.map((view) => (
          <MarkableOutline key={view} view={view} marks={marks} onMark={add} describedBy={hintId} />
        ))}
      </div>
      <div className="inline-form">
        <div className="field">
          <label htmlFor={`${id}-part`}>Part of the body</label>
          <select id={`${id}-part`} value={part} onChange={(event) => setPart(event.target.value)}>
            <option value="">Choose one</option>
            {VIEWS.map((view) => (
              <optgroup key={view} label={VIEW_WORDS[view]}>
                {BODY_MAP[view].map((region) => (
                  <option key={region.id} value={`${view}:${region.id}`}>
                    {VIEW_WORDS[view]}, {region.label.toLowerCase()}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        </div>
        <button type="button" className="button secondary" onClick={addByPart} disabled={!part}>
          Mark it
        </button>
      </div>
      {marks.length > 0 && (
        <ol className="body-marks">
          {marks.map((mark, index) => {
            const error = markError(index);
            const markId = `${id}-${index}`;
            return (
              <li key={index} className={error ? 'has-error' : undefined}>
                <strong>
                  Mark {index + 1}: {placeWords(mark)}
                </strong>
                {error && (
                  <span className="field-error" id={`${markId}-error`}>
                    <span className="visually-hidden">Error: </span>
                    Mark {index + 1}: {error}
                  </span>
                )}
                <div className="field">
                  <label htmlFor={`${markId}-description`}>What you saw at mark {index + 1} (optional)</label>
                  <input
                    id={`${markId}-description`}
                    type="text"
                    value={mark.description}
                    aria-describedby={error ? `${markId}-error` : undefined}
                    aria-invalid={error ? true : undefined}
                    onChange={(event) => onChange(marks.map((m, i) => (i === index ? { ...m, description: event.target.value } : m)))}
                  />
                </div>
                <button type="button" className="button secondary small" onClick={() => onChange(marks.filter((_, i) => i !== index))}>
                  Remove mark {index + 1}
                </button>
              </li>
            );
          })}
        </ol>
      )}
    </fieldset>
  );
}
