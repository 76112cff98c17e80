import { useEffect, useRef, type ReactNode } from 'react';
import { ApiError } from '../api.ts';

/** A message that interrupts: announced at once (role=alert). */
export function Alert({ title = 'There is a problem', children, focus = false }: { title?: string; children?: ReactNode; focus?: boolean }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (focus) ref.current?.focus();
  }, [focus]);
  return (
    <div className="notice error" role="alert" tabIndex={-1} ref={ref}>
      <p className="notice-title">Error: {title}</p>
      {children}
    </div>
  );
}

/**
 * A message that confirms. To have it announced when it appears, put it inside a <LiveRegion>, which is
 * rendered before the message so that screen readers notice the change.
 */
export function Status({ tone = 'success', title, children, focus = false }: { tone?: 'success' | 'warning' | 'info'; title?: string; children?: ReactNode; focus?: boolean }) {
  const word = tone === 'success' ? 'Done' : tone === 'warning' ? 'Warning' : 'Note';
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (focus) ref.current?.focus();
  }, [focus]);
  return (
    <div className={`notice ${tone === 'info' ? '' : tone}`} ref={ref} tabIndex={focus ? -1 : undefined}>
      {title && (
        <p className="notice-title">
          {word}: {title}
        </p>
      )}
      {children}
    </div>
  );
}

export function LiveRegion({ children }: { children?: ReactNode }) {
  return <div role="status">{children}</div>;
}

export function Loading({ what = 'Loading' }: { what?: string }) {
  return (
    <p className="loading" role="status">
      {what}…
    </p>
  );
}

/** Loading a whole page: in the page's column, while the masthead stays. */
export function PageLoading({ what }: { what: string }) {
  return (
    <div className="container">
      <Loading what={what} />
    </div>
  );
}

/** What to say when a query failed. */
export function QueryError({ error, what }: { error: unknown; what: string }) {
  if (error instanceof ApiError && error.status === 404) return <Alert title={`No such ${what}`}>There is no {what} here, or you may not see it.</Alert>;
  if (error instanceof ApiError && error.status === 403) return <Alert title="Not allowed">{error.message}</Alert>;
  return (
    <Alert title={`Could not load the ${what}`}>
      <p>{error instanceof Error ? error.message : 'Something went wrong.'}</p>
    </Alert>
  );
}

/** Whether a request was refused because of the person's roles (403), rather than failing. */
export function refused(error: unknown): boolean {
  return error instanceof ApiError && error.status === 403;
}

/** A page or section the person's roles do not open, said calmly: not an error they made. */
export function NotAvailable({ where, children }: { where: string; children?: ReactNode }) {
  return (
    <Status tone="info" title="Not available to your role">
      <p>Your roles in {where} do not give you access to this.</p>
      {children}
    </Status>
  );
}
