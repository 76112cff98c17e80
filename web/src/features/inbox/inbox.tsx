import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { api, type EmailPreference, type Notification } from '../../api.ts';
import { Alert, LiveRegion, Loading, QueryError, Status } from '../../ui/feedback.tsx';
import { ErrorSummary, fieldErrors, SubmitButton } from '../../ui/form.tsx';
import { formatDateTime } from '../../ui/labels.ts';
import { Page } from '../../ui/page.tsx';
import { useSearchFlag } from '../../ui/search-flag.ts';
import { CitationLink } from '../codes/citation-link.tsx';
import { DeadlineStateTag } from '../deadlines/state.tsx';
import { useMe } from '../session/session.tsx';
import { INBOX } from './inbox-link.tsx';

/**
 * Where a notification leads. Links are paths of this app; the overdue report belongs to an organisation,
 * which the notification names.
 */
export function notificationPath(notification: Pick<Notification, 'link' | 'organisationId'>): string | null {
  const link = notification.link;
  if (!link || !link.startsWith('/') || link.startsWith('//')) return null;
  if (link === '/deadlines/overdue' && notification.organisationId) return `/orgs/${notification.organisationId}/deadlines/overdue`;
  return link;
}

export function InboxPage() {
  const [unreadOnly, setUnreadOnly] = useSearchFlag('unread');
  const queryClient = useQueryClient();
  const inbox = useQuery({ queryKey: [INBOX, 'list', unreadOnly], queryFn: () => api.inbox({ unread: unreadOnly, limit: 100 }) });
  const [done, setDone] = useState<string | null>(null);
  const refresh = () => queryClient.invalidateQueries({ queryKey: [INBOX] });
  const readOne = useMutation({
    mutationFn: (notification: Notification) => api.markRead(notification.id),
    onSuccess: (_, notification) => {
      setDone(`Marked “${notification.title}” as read`);
      return refresh();
    },
  });
  const readAll = useMutation({
    mutationFn: api.markAllRead,
    onSuccess: () => {
      setDone('Marked every notification as read');
      return refresh();
    },
  });
  const unread = inbox.data?.unread ?? 0;

  return (
    <Page title="Inbox" actions={unread > 0 && (
      <button type="button" className="button secondary" disabled={readAll.isPending} onClick={() => readAll.mutate()}>
        {readAll.isPending ? 'Marking…' : 'Mark all as read'}
      </button>
    )}>
      <p className="lede">Reminders of your deadlines, and anything Probity must tell you. They are also emailed to you, as you choose below.</p>
      <LiveRegion>{done && <Status title={done} />}</LiveRegion>
      {(readOne.error || readAll.error) && <Alert title="Could not mark as read">{(readOne.error ?? readAll.error)?.message}</Alert>}
      <div className="actions">
        <div className="checkbox">
          <input
            id="unread-only"
            type="checkbox"
            checked={unreadOnly}
            onChange={(event) => setUnreadOnly(event.target.checked)}
          />
          <label htmlFor="unread-only">Show only unread notifications</label>
        </div>
      </div>
      {inbox.error ? (
        <QueryError error={inbox.error} what="inbox" />
      ) : !inbox.data ? (
        <Loading what="Loading your inbox" />
      ) : (
        <>
          <p className="muted" role="status">
            {unread === 0 ? 'Nothing unread.' : `${unread} unread.`} {inbox.data.items.length > 0 && `Showing ${inbox.data.items.length}, newest first.`}
          </p>
          {inbox.data.items.length === 0 ? (
            <div className="panel">
              <p>{unreadOnly ? 'You have read everything.' : 'Your inbox is empty.'}</p>
            </div>
          ) : (
            <ul className="notifications">
              {inbox.data.items.map((notification) => (
                <NotificationItem key={notification.id} notification={notification} onRead={() => readOne.mutate(notification)} pending={readOne.isPending && readOne.variables?.id === notification.id} />
              ))}
            </ul>
          )}
        </>
      )}
      <EmailPreferences />
    </Page>
  );
}

function NotificationItem({ notification, onRead, pending }: { notification: Notification; onRead: () => void; pending: boolean }) {
  const me = useMe();
  const organisation = me.organisations.find((o) => o.id === notification.organisationId)?.name;
  const path = notificationPath(notification);
  const unread = notification.readAt === null;
  return (
    <li className={unread ? 'notification unread' : 'notification'}>
      <h2 className="notification-title">
        {path ? (
          <Link to={path} onClick={unread ? onRead : undefined}>
            {notification.title}
          </Link>
        ) : (
          notification.title
        )}
      </h2>
      <p className="notification-meta">
        {unread ? <span className="tag pending">Unread</span> : <span className="tag">Read</span>}{' '}
        {notification.urgent && <span className="tag off">Urgent</span>} <span className="muted">{formatDateTime(notification.createdAt)}</span>
        {organisation && <span className="muted"> · {organisation}</span>}
      </p>
      <p>{notification.body}</p>
      {notification.about && (
        <p className="notification-about">
          <span className="label-inline">Now: </span>
          <DeadlineStateTag state={notification.about.state} />{' '}
          {notification.about.metAt
            ? `met ${formatDateTime(notification.about.metAt)}`
            : notification.about.waivedAt
              ? `waived ${formatDateTime(notification.about.waivedAt)}`
              : `due ${notification.about.due}`}
          {notification.about.citation && (
            <>
              . Cites <CitationLink citation={notification.about.citation} />
            </>
          )}
          .
        </p>
      )}
      {unread && (
        <button type="button" className="button secondary small" disabled={pending} onClick={onRead}>
          {pending ? 'Marking…' : 'Mark as read'}
          <span className="visually-hidden">: {notification.title}</span>
        </button>
      )}
    </li>
  );
}

const CHOICES: { value: EmailPreference; label: string; hint: string }[] = [
  { value: 'immediate', label: 'Each one as it comes', hint: 'An email for every reminder and notice, straight away.' },
  { value: 'daily_digest', label: 'One email a day', hint: 'Everything of the day gathered into one email.' },
];

function EmailPreferences() {
  const queryClient = useQueryClient();
  const current = useQuery({ queryKey: ['notification-preferences'], queryFn: api.notificationPreferences });
  const [choice, setChoice] = useState<EmailPreference | null>(null);
  useEffect(() => {
    if (current.data && choice === null) setChoice(current.data.email);
  }, [current.data, choice]);
  const save = useMutation({
    mutationFn: api.setNotificationPreferences,
    onSuccess: (saved) => queryClient.setQueryData(['notification-preferences'], saved),
  });
  const errors = fieldErrors(save.error);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (choice) save.mutate({ email: choice });
  };
  return (
    <section className="panel" aria-labelledby="email-heading">
      <h2 id="email-heading">How we email you</h2>
      {current.error ? (
        <QueryError error={current.error} what="email settings" />
      ) : !current.data ? (
        <Loading what="Loading your email settings" />
      ) : (
        <form noValidate onSubmit={submit}>
          <ErrorSummary error={save.error} fields={{ email: { id: 'email-immediate', label: 'How to email you' } }} />
          <LiveRegion>{save.isSuccess && <Status title={save.data.email === 'immediate' ? 'We will email each notification as it comes' : 'We will send one email a day'} />}</LiveRegion>
          <fieldset className={errors.email ? 'field has-error' : 'field'} aria-describedby="email-hint">
            <legend>How should Probity email your notifications?</legend>
            <span className="hint" id="email-hint">
              Safeguarding concerns, police contact and other duties that allow no delay are always emailed at once, whatever you choose.
            </span>
            {errors.email && (
              <span className="field-error">
                <span className="visually-hidden">Error: </span>How to email you {errors.email}
              </span>
            )}
            {CHOICES.map((option) => (
              <div className="radio" key={option.value}>
                <input id={`email-${option.value}`} type="radio" name="email" value={option.value} checked={choice === option.value} onChange={() => setChoice(option.value)} aria-describedby={`email-${option.value}-hint`} />
                <label htmlFor={`email-${option.value}`}>
                  {option.label}
                  <span className="hint" id={`email-${option.value}-hint`}>
                    {option.hint}
                  </span>
                </label>
              </div>
            ))}
          </fieldset>
          <SubmitButton pending={save.isPending} pendingText="Saving">
            Save email settings
          </SubmitButton>
        </form>
      )}
    </section>
  );
}
