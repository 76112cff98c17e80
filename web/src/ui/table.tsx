import { useEffect, useRef, type ReactNode } from 'react';

/**
 * A table in its own region, named by the table's caption. On a wide screen it is a table (scrolling
 * sideways inside the region, which can take focus, if it must); on a narrow one each row becomes a stack of
 * its cells, each cell headed by its column's name, so that every cell and every action in a row is on
 * screen without scrolling sideways (app.css, "Tables on a narrow screen").
 */
export function TableRegion({ id, caption, children, captionHidden }: { id: string; caption: ReactNode; children: ReactNode; captionHidden?: boolean }) {
  const table = useRef<HTMLTableElement>(null);
  useEffect(() => {
    const element = table.current;
    if (!element) return;
    labelCells(element);
    // Rows come and go as the data does (a page, a filter, a row removed): label each new one.
    const observer = new MutationObserver(() => labelCells(element));
    observer.observe(element, { childList: true, subtree: true, characterData: true });
    return () => observer.disconnect();
  }, []);
  return (
    <div className="table-region" role="region" aria-labelledby={`${id}-caption`} tabIndex={0}>
      <table id={id} ref={table}>
        <caption id={`${id}-caption`} className={captionHidden ? 'visually-hidden' : undefined}>
          {caption}
        </caption>
        {children}
      </table>
    </div>
  );
}

/**
 * Gives each body cell its column's name (`data-label`, shown before the cell when rows are stacked), and
 * every part of the table its role explicitly: a browser may drop a table's semantics once its parts are no
 * longer displayed as a table, and screen readers should still hear a table with rows, headers and cells.
 */
function labelCells(table: HTMLTableElement) {
  const headerRow = table.tHead?.rows[table.tHead.rows.length - 1];
  const names: string[] = [];
  for (const cell of Array.from(headerRow?.cells ?? [])) {
    for (let span = 0; span < cell.colSpan; span++) names.push(cell.textContent?.trim() ?? '');
  }
  setIfChanged(table, 'role', 'table');
  for (const group of [table.tHead, ...Array.from(table.tBodies), table.tFoot]) if (group) setIfChanged(group, 'role', 'rowgroup');
  for (const row of Array.from(table.rows)) {
    setIfChanged(row, 'role', 'row');
    const inHead = row.parentElement === table.tHead;
    let column = 0;
    for (const cell of Array.from(row.cells)) {
      const role = inHead ? 'columnheader' : cell.tagName === 'TH' ? 'rowheader' : 'cell';
      setIfChanged(cell, 'role', role);
      if (!inHead) {
        const name = cell.colSpan === 1 ? names[column] : undefined;
        // A row's header names the row, not its column; an empty or repeated name says nothing.
        if (name && role === 'cell') setIfChanged(cell, 'data-label', name);
        else if (cell.hasAttribute('data-label')) cell.removeAttribute('data-label');
      }
      column += cell.colSpan;
    }
  }
}

function setIfChanged(element: Element, name: string, value: string) {
  if (element.getAttribute(name) !== value) element.setAttribute(name, value);
}
