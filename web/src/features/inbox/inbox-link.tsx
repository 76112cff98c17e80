import { useQuery } from '@tanstack/react-query';
import { NavLink } from 'react-router';
import { api } from '../../api.ts';

// The inbox in the masthead, with the number of unread notifications: "Inbox, 3 unread" to a screen reader.

/** Every query about the inbox starts with this key, so that one invalidation refreshes them all. */
export const INBOX = 'notifications';

export const unreadQuery = {
  queryKey: [INBOX, 'unread-count'],
  queryFn: () => api.inbox({ unread: true, limit: 1 }),
  // New reminders arrive from the server's own schedule, so look again now and then.
  refetchInterval: 60_000,
  staleTime: 15_000,
} as const;

export function InboxLink() {
  const inbox = useQuery(unreadQuery);
  const unread = inbox.data?.unread ?? 0;
  return (
    // The name says the count in words ("Inbox, 3 unread"); the badge shows the number.
    <NavLink to="/inbox" className="inbox-link" aria-label={unread > 0 ? `Inbox, ${unread} unread` : 'Inbox'}>
      Inbox
      {unread > 0 && (
        <span className="count" aria-hidden="true">
          {unread > 99 ? '99+' : unread}
        </span>
      )}
    </NavLink>
  );
}
