import type { ReactNode } from 'react';
import { BarChart, percent } from './chart.tsx';
import { TableRegion } from './table.tsx';

// How far people have done what was asked of all of them (confirm a code, return their declarations), by
// academy or by role: a chart read at a glance, with its figures as a table beside it.

/** "12 of 20 (60%)". */
export const share = (done: number, total: number) => `${done} of ${total} (${percent(done, total)}%)`;

export interface CompletionGroup {
  group: string;
  total: number;
  done: number;
}

const capital = (text: string) => `${text.charAt(0).toUpperCase()}${text.slice(1)}`;

export function CompletionGroups<G extends CompletionGroup>({ id, title, groups, label, done, counted, who }: {
  id: 'academy' | 'role';
  title: string;
  groups: readonly G[];
  label: (group: string) => string;
  /** What the people did, as the headings say it: "confirmed", "returned". */
  done: string;
  /** What the table counts, as its caption names it: "Confirmations", "Returns". */
  counted: string;
  /** A last column leading to the people of a group, where the page has them. */
  who?: (group: G) => ReactNode;
}) {
  if (groups.length === 0) return null;
  return (
    <section aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{title}</h2>
      <div className="two-columns">
        <BarChart id={`${id}-chart`} title={`Share who have ${done}, ${title.toLowerCase()}`} tableId={`${id}-table`} bars={groups.map((g) => ({ label: label(g.group), value: g.done, max: g.total, text: share(g.done, g.total) }))} />
        <TableRegion id={`${id}-table`} caption={`${counted} ${title.toLowerCase()}`}>
          <thead>
            <tr>
              <th scope="col">{id === 'academy' ? 'Academy' : 'Role'}</th>
              <th scope="col">{capital(done)}</th>
              <th scope="col">Not yet</th>
              {who && <th scope="col">Who</th>}
            </tr>
          </thead>
          <tbody>
            {groups.map((group) => (
              <tr key={group.group}>
                <th scope="row">{label(group.group)}</th>
                <td>{share(group.done, group.total)}</td>
                <td>{group.total - group.done}</td>
                {who && <td>{who(group)}</td>}
              </tr>
            ))}
          </tbody>
        </TableRegion>
      </div>
    </section>
  );
}
