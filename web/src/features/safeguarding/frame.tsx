import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { Page } from '../../ui/page.tsx';
import { HIDE_SHORTCUT_WORDS } from './labels.ts';

// Every safeguarding page is framed with a "Hide screen" control: someone reading a record when a learner or a
// colleague comes near blanks the page at once, by the button or by the keyboard. The shortcut is the Shift key
// pressed three times in a row, the one the GOV.UK Design System's "Exit this page" chose after research because
// no browser, operating system or screen reader claims it (Sticky Keys takes five presses). Hidden, the page's
// content is taken out of sight and out of the accessibility tree, and a modal dialog in the browser's top layer
// covers everything else, masthead included, until the person chooses to show it again.

const PRESSES = 3;
/** The presses count when they come within this many milliseconds of the first, with no other key between. */
const WITHIN_MS = 5_000;

/** Calls `onShortcut` when the Shift key is pressed three times in a row (held-down repeats do not count). */
export function useHideShortcut(onShortcut: () => void) {
  useEffect(() => {
    let presses: number[] = [];
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Shift') {
        presses = [];
        return;
      }
      if (event.repeat) return;
      presses = [...presses.filter((at) => event.timeStamp - at < WITHIN_MS), event.timeStamp];
      if (presses.length >= PRESSES) {
        presses = [];
        onShortcut();
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [onShortcut]);
}

/** A safeguarding page: the shared page frame with the hide-screen control and the shortcut said beside it. */
export function SafeguardingPage({ title, heading, breadcrumbs, narrow, children }: { title: string; heading?: ReactNode; breadcrumbs?: ReactNode; narrow?: boolean; children: ReactNode }) {
  const [hidden, setHidden] = useState(false);
  const hideButton = useRef<HTMLButtonElement>(null);
  const hide = useCallback(() => setHidden(true), []);
  useHideShortcut(hide);
  const show = () => {
    setHidden(false);
    // Back where the person was, on the control they would use again.
    window.setTimeout(() => hideButton.current?.focus(), 0);
  };
  return (
    <>
      {hidden && <HiddenScreen onShow={show} />}
      <div hidden={hidden}>
        <Page
          // The browser tab says nothing of the page while the screen is hidden.
          title={hidden ? 'Screen hidden' : title}
          heading={heading}
          breadcrumbs={breadcrumbs}
          narrow={narrow}
          actions={
            <button ref={hideButton} type="button" className="button secondary hide-screen" onClick={hide} aria-describedby="hide-screen-hint">
              Hide screen
            </button>
          }
        >
          <p className="hint hide-screen-hint" id="hide-screen-hint">
            To hide this page at once, use Hide screen or {HIDE_SHORTCUT_WORDS}.
          </p>
          {children}
        </Page>
      </div>
    </>
  );
}

/** The blank that covers the whole window (the browser's top layer, the rest made inert) until the person shows the page again. */
function HiddenScreen({ onShow }: { onShow: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    return () => element?.close();
  }, []);
  return (
    <dialog
      ref={dialog}
      className="screen-hidden"
      aria-label="Screen hidden"
      // Escape would show the page again; only the button does, on purpose.
      onCancel={(event) => event.preventDefault()}
    >
      <button type="button" className="link-button" onClick={onShow}>
        Show the page again
      </button>
    </dialog>
  );
}
