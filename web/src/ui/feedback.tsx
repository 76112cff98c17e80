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
 * A message that confirms. To have it announced, and focused, when it appears after an action, put it inside
 * a <LiveRegion>, which is rendered before the message so that screen readers notice the change.
 * `focus`: true focuses it wherever it is; false keeps focus where it is even in a LiveRegion (a form that
 * invites adding another at once), which then only brings it into view.
 */
export function Status({ tone = 'success', title, children, focus }: { tone?: 'success' | 'warning' | 'info'; title?: string; children?: ReactNode; focus?: boolean }) {
  const word = tone === 'success' ? 'Done' : tone === 'warning' ? 'Warning' : 'Note';
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (focus) ref.current?.focus();
  }, [focus]);
  return (
    <div className={`notice ${tone === 'info' ? '' : tone}`} ref={ref} tabIndex={focus ? -1 : undefined} data-keep-focus={focus === false ? '' : undefined}>
      {title && (
        <p className="notice-title">
          {word}: {title}
        </p>
      )}
      {children}
    </div>
  );
}

/**
 * Where the outcome of an action appears: rendered (empty) with the page, so that screen readers announce
 * what is put in it. A message that appears in it after the page has loaded, or replaces another, is the
 * answer to something the person just did: it takes focus, which brings it into view where they are
 * looking (a confirmation above a long form is otherwise out of sight) and has it read out. A message
 * there when the page first shows is left alone.
 */
export function LiveRegion({ children }: { children?: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const region = ref.current;
    if (!region) return;
    const observer = new MutationObserver((changes) => {
      const added = changes.flatMap((change) => Array.from(change.addedNodes)).find((node): node is HTMLElement => node instanceof HTMLElement && node.parentElement === region);
      if (added) showOutcome(added);
    });
    observer.observe(region, { childList: true });
    return () => observer.disconnect();
  }, []);
  return (
    <div role="status" ref={ref}>
      {children}
    </div>
  );
}

/** Focus a message just shown, unless it says to leave focus where it is (then only bring it into view). */
function showOutcome(message: HTMLElement) {
  if (message.hasAttribute('data-keep-focus')) {
    message.scrollIntoView({ block: 'nearest' });
    return;
  }
  if (!message.hasAttribute('tabindex')) message.setAttribute('tabindex', '-1');
  message.focus();
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
