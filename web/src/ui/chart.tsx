// A horizontal bar chart in plain HTML and CSS. The page's CSP allows no inline style, so a bar's length
// is a class in steps of 5% (w-0 … w-100). Each bar carries its figure as text, and every chart is
// accompanied on its page by a table of the same figures, for screen readers and for reading exact values.

export interface Bar {
  /** Tells bars apart where labels may repeat; the label otherwise. */
  key?: string;
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

/** A chart's title, with a link to the table of its figures when the page has one. */
function ChartCaption({ id, title, tableId }: { id: string; title: string; tableId?: string | undefined }) {
  return (
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
  );
}

export function BarChart({ id, title, bars, tableId }: { id: string; title: string; bars: Bar[]; tableId?: string }) {
  return (
    <figure className="bar-chart" aria-labelledby={`${id}-title`}>
      <ChartCaption id={id} title={title} tableId={tableId} />
      <ul>
        {bars.map((bar) => (
          <li key={bar.key ?? bar.label}>
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

export interface BarSeries {
  /** What the bar stands for within its group, shown beside it: "2025". */
  name: string;
  value: number | null;
  text: string;
}

/**
 * Bars in groups, one bar per series (a year, say) in each group (a standard). The series are told apart
 * by their name beside each bar and by a pattern (the last series solid, earlier ones hatched), never by
 * colour alone; the legend names the patterns. As with BarChart, the page shows the figures as a table too.
 */
export function GroupedBarChart({ id, title, groups, series, max, tableId }: {
  id: string;
  title: string;
  groups: { key?: string; label: string; bars: BarSeries[] }[];
  /** The series in order, oldest first: the last one is drawn solid. */
  series: string[];
  max: number;
  tableId?: string;
}) {
  const pattern = (name: string) => (series.indexOf(name) === series.length - 1 ? 'series-latest' : 'series-earlier');
  return (
    <figure className="bar-chart grouped" aria-labelledby={`${id}-title`}>
      <ChartCaption id={id} title={title} tableId={tableId} />
      {series.length > 1 && (
        <ul className="chart-legend" aria-label="Key">
          {series.map((name) => (
            <li key={name}>
              <span className={`legend-swatch ${pattern(name)}`} aria-hidden="true" /> {name}
              {pattern(name) === 'series-latest' ? ' (solid)' : ' (hatched)'}
            </li>
          ))}
        </ul>
      )}
      <ul>
        {groups.map((group) => (
          <li key={group.key ?? group.label} className="bar-group">
            <span className="bar-group-label">{group.label}</span>
            <ul>
              {group.bars.map((bar) => (
                <li key={bar.name}>
                  <span className="bar-label">{bar.name}</span>
                  <span className="bar-track" aria-hidden="true">
                    <span className={`bar-fill ${pattern(bar.name)} w-${step(bar.value ?? 0, max)}`} />
                  </span>
                  <span className="bar-value">{bar.text}</span>
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </figure>
  );
}
