import { useEffect, useRef, useState } from 'react';

/**
 * Remove, after asking once. Focus follows the question: to "Yes, remove it" when it is asked, back to
 * "Remove" when the person keeps the item.
 */
export function ConfirmRemove({ what, pending, onConfirm }: { what: string; pending: boolean; onConfirm: () => void }) {
  const [asking, setAsking] = useState(false);
  const removeButton = useRef<HTMLButtonElement>(null);
  const confirmButton = useRef<HTMLButtonElement>(null);
  const moved = useRef(false);
  useEffect(() => {
    if (!moved.current) return;
    moved.current = false;
    (asking ? confirmButton : removeButton).current?.focus();
  }, [asking]);
  const ask = (next: boolean) => {
    moved.current = true;
    setAsking(next);
  };
  return asking ? (
    <>
      <button type="button" ref={confirmButton} className="button danger small" disabled={pending} onClick={onConfirm}>
        {pending ? 'Removing…' : 'Yes, remove it'}
        <span className="visually-hidden">: {what}</span>
      </button>
      <button type="button" className="button secondary small" onClick={() => ask(false)}>
        Keep it<span className="visually-hidden">: {what}</span>
      </button>
    </>
  ) : (
    <button type="button" ref={removeButton} className="button secondary small" onClick={() => ask(true)}>
      Remove<span className="visually-hidden">: {what}</span>
    </button>
  );
}
