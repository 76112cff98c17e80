import type { ReactNode } from 'react';

/**
 * A table that scrolls sideways inside its own region on a narrow screen. The region can take focus,
 * so that keyboard users can scroll it too, and is named by the table's caption.
 */
export function TableRegion({ id, caption, children, captionHidden }: { id: string; caption: ReactNode; children: ReactNode; captionHidden?: boolean }) {
  return (
    <div className="table-region" role="region" aria-labelledby={`${id}-caption`} tabIndex={0}>
      <table id={id}>
        <caption id={`${id}-caption`} className={captionHidden ? 'visually-hidden' : undefined}>
          {caption}
        </caption>
        {children}
      </table>
    </div>
  );
}
