import { useEffect, useId, useRef, useState } from 'react';
import { NavLink, useLocation } from 'react-router';

export interface NavEntry {
  to: string;
  label: string;
  /** Current only on this exact address, not on the pages below it. */
  end?: boolean;
}

export interface NavGroup {
  /** What the group's links are for: "Your work", "The organisation", "Oversight". */
  label: string;
  entries: NavEntry[];
}

/**
 * The main navigation, its links in named groups. On a wide screen every group shows; on a narrow one
 * (app.css, "The main navigation on a narrow screen") they fold behind a Menu button, a disclosure that
 * says whether it is open (aria-expanded), opens and closes with Enter or Space, closes with Escape (focus
 * back on the button) and after choosing a page.
 */
export function MainNavigation({ groups }: { groups: NavGroup[] }) {
  const shown = groups.filter((group) => group.entries.length > 0);
  const [open, setOpen] = useState(false);
  const listId = useId();
  const button = useRef<HTMLButtonElement>(null);
  const { pathname } = useLocation();
  useEffect(() => setOpen(false), [pathname]);
  // One group needs no name: a person with a few links of their own sees just the links.
  const named = shown.length > 1;
  return (
    <nav
      className={`primary-nav${open ? ' open' : ''}`}
      aria-label="Main"
      onKeyDown={(event) => {
        if (event.key === 'Escape' && open) {
          setOpen(false);
          button.current?.focus();
        }
      }}
    >
      <div className="container">
        <button ref={button} type="button" className="menu-button" aria-expanded={open} aria-controls={listId} onClick={() => setOpen(!open)}>
          <span className="menu-icon" aria-hidden="true" />
          Menu
        </button>
        {/* Choosing a page folds the menu, even the page already shown. */}
        <div className="nav-groups" id={listId} onClick={(event) => (event.target as HTMLElement).closest('a') && setOpen(false)}>
          {shown.map((group) => (
            <NavGroupList key={group.label} group={group} named={named} />
          ))}
        </div>
      </div>
    </nav>
  );
}

function NavGroupList({ group, named }: { group: NavGroup; named: boolean }) {
  const labelId = useId();
  return (
    <div className="nav-group">
      {named && (
        <span className="nav-group-label" id={labelId}>
          {group.label}
        </span>
      )}
      <ul aria-labelledby={named ? labelId : undefined}>
        {group.entries.map((entry) => (
          <li key={entry.to}>
            <NavLink to={entry.to} end={entry.end ?? false}>
              {entry.label}
            </NavLink>
          </li>
        ))}
      </ul>
    </div>
  );
}
