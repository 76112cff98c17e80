// A horizontal bar chart in plain HTML and CSS. The page's CSP allows no inline style, so a bar's length
// is a class in steps of 5% (w-0 … w-100). Each bar carries its figure as text, and every chart is
// accompanied on its page by a table of the same figures, for screen readers and for reading exact values.

export interface Bar {
  label: string;
  value: number;
  max: number;
  /** The figure as words, shown beside the bar: "7 of 11 (64%)". */
  text: string;
}

/** A share as a whole percentage (0 when there is nothing to share). */
export function percent(value: number, max: number): number {
  return max > 0 ? Math.round((value / max) * 100) : 0;
}

const step = (value: number, max: number) => Math.min(100, Math.max(0, Math.round(percent(value, max) / 5) * 5));

export function BarChart({ id, title, bars, tableId }: { id: string; title: string; bars: Bar[]; tableId?: string }) {
  return (
    <figure className="bar-chart" aria-labelledby={`${id}-title`}>
      <figcaption id={`${id}-title`}>
        {title}
        {tableId && (
          <>
            {' '}
            <a href={`#${tableId}`} className="chart-table-link">
              (the figures as a table)
            </a>
          </>
        )}
      </figcaption>
      <ul>
        {bars.map((bar) => (
          <li key={bar.label}>
            <span className="bar-label">{bar.label}</span>
            <span className="bar-track" aria-hidden="true">
              <span className={`bar-fill w-${step(bar.value, bar.max)}`} />
            </span>
            <span className="bar-value">{bar.text}</span>
          </li>
        ))}
      </ul>
    </figure>
  );
}
