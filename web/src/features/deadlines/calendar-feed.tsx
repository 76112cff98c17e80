import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { api } from '../../api.ts';
import { Alert, LiveRegion, Loading, QueryError, Status } from '../../ui/feedback.tsx';
import { formatDateTime } from '../../ui/labels.ts';

// A secret calendar address that shows the person's deadlines in their own calendar app. The server shows
// the address once, when it is made; making a new one stops the old one.

export function CalendarFeed() {
  const queryClient = useQueryClient();
  const status = useQuery({ queryKey: ['calendar-feed'], queryFn: api.calendarFeed });
  const [url, setUrl] = useState<string | null>(null);
  const [copied, setCopied] = useState<'yes' | 'no' | null>(null);
  const [stopped, setStopped] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const create = useMutation({
    mutationFn: api.newCalendarFeed,
    onSuccess: (feed) => {
      setUrl(feed.url);
      setCopied(null);
      setStopped(false);
      return queryClient.invalidateQueries({ queryKey: ['calendar-feed'] });
    },
  });
  const stop = useMutation({
    mutationFn: api.stopCalendarFeed,
    onSuccess: () => {
      setUrl(null);
      setStopped(true);
      return queryClient.invalidateQueries({ queryKey: ['calendar-feed'] });
    },
  });
  const copy = async () => {
    if (!url) return;
    try {
      await navigator.clipboard.writeText(url);
      setCopied('yes');
    } catch {
      // No clipboard (an insecure address, or refused): select the text so that it can be copied by hand.
      input.current?.select();
      setCopied('no');
    }
  };
  const active = status.data?.active ?? false;

  return (
    <section className="panel" aria-labelledby="calendar-heading">
      <h2 id="calendar-heading">Your deadlines in your calendar</h2>
      <p>
        Add a calendar address to Outlook, Google Calendar or your phone, and your deadlines appear there and stay up to date. The address is secret: anyone who has it can see your
        deadlines, so do not share it. Making a new address stops the old one working.
      </p>
      <LiveRegion>
        {stopped && <Status title="Your calendar address is turned off" />}
        {copied === 'yes' && <Status title="The address is copied" />}
        {copied === 'no' && <Status tone="warning" title="Could not copy">The address is selected: copy it with your keyboard or menu.</Status>}
      </LiveRegion>
      {(create.error || stop.error) && <Alert title="That did not work">{(create.error ?? stop.error)?.message}</Alert>}
      {status.error ? (
        <QueryError error={status.error} what="calendar address" />
      ) : !status.data ? (
        <Loading what="Loading" />
      ) : (
        <>
          {url ? (
            <div className="notice success">
              <p className="notice-title">Done: your new calendar address</p>
              <p>This is the only time Probity shows it. Copy it now and add it to your calendar as a subscription (“From URL” or “From internet”).</p>
              <div className="inline-form">
                <div className="field">
                  <label htmlFor="calendar-url">Calendar address</label>
                  <input id="calendar-url" ref={input} type="text" readOnly value={url} onFocus={(event) => event.target.select()} />
                </div>
                <button type="button" className="button" onClick={() => void copy()}>
                  Copy the address
                </button>
              </div>
            </div>
          ) : (
            <p>
              {active ? (
                <>
                  <span className="tag ok">On</span> You made your calendar address {status.data.createdAt ? formatDateTime(status.data.createdAt) : 'earlier'}.
                </>
              ) : (
                <>
                  <span className="tag">Off</span> You have no calendar address.
                </>
              )}
            </p>
          )}
          <div className="actions">
            <button type="button" className={active ? 'button secondary' : 'button'} disabled={create.isPending} onClick={() => create.mutate()}>
              {create.isPending ? 'Making…' : active ? 'Make a new address (stops the old one)' : 'Make a calendar address'}
            </button>
            {active && (
              <button type="button" className="button secondary" disabled={stop.isPending} onClick={() => stop.mutate()}>
                {stop.isPending ? 'Turning off…' : 'Turn the calendar address off'}
              </button>
            )}
          </div>
        </>
      )}
    </section>
  );
}
