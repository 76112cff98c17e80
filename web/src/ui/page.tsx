import { useEffect, useRef, type ReactNode } from 'react';
import { useNavigationType } from 'react-router';

/**
 * A page: its document title and its one h1. After a navigation the h1 takes focus, so a screen reader
 * announces the new page and the next Tab starts from the top of its content; the first load leaves focus
 * alone so that the skip link stays first.
 */
export function Page({ title, heading, children, actions, breadcrumbs, narrow }: {
  title: string;
  heading?: ReactNode;
  children: ReactNode;
  actions?: ReactNode;
  breadcrumbs?: ReactNode;
  narrow?: boolean;
}) {
  const navigationType = useNavigationType();
  const h1 = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (navigationType !== 'PUSH') return;
    h1.current?.focus();
    window.scrollTo(0, 0);
    // Only when the page itself changes, not when its title does.
  }, []);
  return (
    <div className={narrow ? 'container narrow' : 'container'}>
      <title>{`${title} – Probity`}</title>
      {breadcrumbs && <nav aria-label="Breadcrumb" className="breadcrumbs">{breadcrumbs}</nav>}
      <div className="page-header">
        <h1 ref={h1} tabIndex={-1}>
          {heading ?? title}
        </h1>
        {actions && <div className="actions">{actions}</div>}
      </div>
      {children}
    </div>
  );
}
