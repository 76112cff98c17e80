import { useCallback, useEffect, useRef, useState } from 'react';

// Saving as the person goes: one save at a time per thing saved, always of the latest value, so that an
// earlier save can never arrive after a later one and undo it.

export type SaveState = { state: 'idle' } | { state: 'saving' } | { state: 'saved'; at: Date } | { state: 'failed'; error: unknown };

export interface Autosave<T> {
  status: SaveState;
  /** Save this value now, or as soon as the save in flight has finished. */
  save: (value: T) => Promise<void>;
  /** Whether a save is running or waiting. */
  busy: () => boolean;
  /** Resolves once every save asked for so far has finished. */
  settled: () => Promise<void>;
}

export function useAutosave<T>(send: (value: T) => Promise<unknown>): Autosave<T> {
  const [status, setStatus] = useState<SaveState>({ state: 'idle' });
  const sendRef = useRef(send);
  useEffect(() => {
    sendRef.current = send;
  });
  const running = useRef<Promise<void> | null>(null);
  const waiting = useRef<{ value: T } | null>(null);

  const run = useCallback((value: T): Promise<void> => {
    setStatus({ state: 'saving' });
    const attempt = (async () => {
      try {
        await sendRef.current(value);
        if (!waiting.current) setStatus({ state: 'saved', at: new Date() });
      } catch (error) {
        if (!waiting.current) setStatus({ state: 'failed', error });
      }
      const next = waiting.current;
      waiting.current = null;
      running.current = next ? run(next.value) : null;
      await running.current;
    })();
    running.current = attempt;
    return attempt;
  }, []);

  const save = useCallback(
    (value: T): Promise<void> => {
      if (running.current) {
        waiting.current = { value };
        return running.current;
      }
      return run(value);
    },
    [run],
  );

  const busy = useCallback(() => running.current !== null, []);
  const settled = useCallback(() => running.current ?? Promise.resolve(), []);
  return { status, save, busy, settled };
}

/**
 * While something is unsaved, closing or reloading the page asks first; when the page is hidden (another
 * app on a phone, say), what is unsaved is saved at once.
 */
export function useKeepUnsaved(unsaved: () => boolean, flush: () => void): void {
  const check = useRef(unsaved);
  const save = useRef(flush);
  useEffect(() => {
    check.current = unsaved;
    save.current = flush;
  });
  useEffect(() => {
    const beforeUnload = (event: BeforeUnloadEvent) => {
      if (!check.current()) return;
      save.current();
      event.preventDefault();
      // Older browsers ask only when a value is returned.
      event.returnValue = '';
    };
    const hidden = () => {
      if (document.visibilityState === 'hidden' && check.current()) save.current();
    };
    window.addEventListener('beforeunload', beforeUnload);
    document.addEventListener('visibilitychange', hidden);
    return () => {
      window.removeEventListener('beforeunload', beforeUnload);
      document.removeEventListener('visibilitychange', hidden);
    };
  }, []);
}
