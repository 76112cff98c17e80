import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useEffect, useId, useState, type KeyboardEvent, type ReactNode } from 'react';
import { api, type SearchResult } from '../../api.ts';
import { FieldMessages } from '../../ui/form.tsx';
import { resultName, Snippet } from './snippet.tsx';

// Choose a provision of the codes an organisation has adopted by typing a few letters: the ARIA combobox
// pattern (an editable combobox with a list of suggestions). Up and down arrows move through the
// suggestions, Enter chooses, Escape closes the list (or empties the box when it is closed). For any
// record that will cite a provision: a declaration, a conduct log entry, a case.

const WAIT_MS = 250;
const MIN_LETTERS = 2;

export function ProvisionPicker({ orgId, id, label, hint, error, onPick, clearOnPick = false }: {
  orgId: string;
  id: string;
  label: string;
  hint?: ReactNode;
  error?: string | undefined;
  onPick: (provision: SearchResult) => void;
  /** Empty the box after a choice (to pick several); otherwise it shows the provision chosen. */
  clearOnPick?: boolean;
}) {
  const [text, setText] = useState('');
  const [q, setQ] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const listId = useId();
  const statusId = useId();

  // Ask once the typing pauses, not at every key.
  useEffect(() => {
    const timer = window.setTimeout(() => setQ(text.trim()), WAIT_MS);
    return () => window.clearTimeout(timer);
  }, [text]);

  const enabled = q.length >= MIN_LETTERS;
  const results = useQuery({
    queryKey: ['code-search', orgId, q, 'as-you-type'],
    queryFn: () => api.searchCodes(orgId, q, { asYouType: true, limit: 8 }),
    enabled,
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });
  const options = enabled ? (results.data ?? []) : [];
  const expanded = open && enabled && options.length > 0;
  useEffect(() => setActive(-1), [q]);

  const pick = (result: SearchResult) => {
    onPick(result);
    setText(clearOnPick ? '' : resultName(result));
    setQ(clearOnPick ? '' : q);
    setOpen(false);
    setActive(-1);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        setOpen(true);
        if (options.length) setActive((active + 1) % options.length);
        break;
      case 'ArrowUp':
        event.preventDefault();
        setOpen(true);
        if (options.length) setActive(active <= 0 ? options.length - 1 : active - 1);
        break;
      case 'Enter':
        if (expanded && active >= 0 && options[active]) {
          event.preventDefault();
          pick(options[active]);
        }
        break;
      case 'Escape':
        if (expanded) {
          event.preventDefault();
          setOpen(false);
          setActive(-1);
        } else if (text) {
          event.preventDefault();
          setText('');
        }
        break;
      case 'Tab':
        setOpen(false);
        break;
    }
  };

  const status = !enabled
    ? text.trim()
      ? `Type at least ${MIN_LETTERS} letters.`
      : ''
    : results.isFetching && !results.data
      ? 'Searching…'
      : results.error
        ? `Could not search: ${results.error.message}`
        : options.length === 0
          ? 'No provision matches.'
          : `${options.length} ${options.length === 1 ? 'provision' : 'provisions'} found${expanded ? ': use the up and down arrows to choose, then Enter.' : '.'}`;
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null, statusId].filter(Boolean).join(' ');

  return (
    <div className={`field combobox${error ? ' has-error' : ''}`}>
      <label htmlFor={id}>{label}</label>
      <FieldMessages id={id} label={label} hint={hint} error={error} />
      <div className="combobox-box">
        <input
          id={id}
          type="text"
          role="combobox"
          autoComplete="off"
          spellCheck={false}
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={listId}
          aria-activedescendant={expanded && active >= 0 ? `${listId}-${active}` : undefined}
          aria-describedby={describedBy}
          aria-invalid={error ? true : undefined}
          value={text}
          onChange={(event) => {
            setText(event.target.value);
            setOpen(true);
          }}
          onKeyDown={onKeyDown}
          onBlur={() => setOpen(false)}
          onFocus={() => setOpen(true)}
        />
        <ul id={listId} role="listbox" aria-label={`${label}: suggestions`} className="combobox-list" hidden={!expanded}>
          {options.map((option, index) => (
            <li
              key={option.id}
              id={`${listId}-${index}`}
              role="option"
              aria-selected={index === active}
              className={index === active ? 'active' : undefined}
              // Keep focus in the box, so that the choice does not first blur it.
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => pick(option)}
            >
              <span className="option-name">{resultName(option)}</span>
              {option.snippet.length > 0 && (
                <span className="option-snippet">
                  <Snippet parts={option.snippet} />
                </span>
              )}
            </li>
          ))}
        </ul>
      </div>
      <span className="hint" id={statusId} role="status">
        {status}
      </span>
    </div>
  );
}
