import { Link } from 'react-router';

// A long list a page at a time: previous, where one is, next. `to` makes the link to a page number.

/** Pages of a list; `more` where its total was counted only so far (the pages beyond are not offered: the list is narrowed instead). */
export function Pager({ what, page, pageSize, total, shown, to, more = false }: { what: string; page: number; pageSize: number; total: number; shown: number; to: (page: number) => string; more?: boolean }) {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const last = (page - 1) * pageSize + shown;
  if (page === 1 && last >= total) return null;
  return (
    <nav className="pager" aria-label={`Pages of ${what}`}>
      {page > 1 && (
        <Link className="button secondary" to={to(Math.min(page - 1, pages))}>
          Previous<span className="visually-hidden"> page of {what}</span>
        </Link>
      )}
      {page <= pages && (
        <span>
          Page {page} of {more ? `more than ${pages}` : pages}
        </span>
      )}
      {last < total && shown > 0 && (
        <Link className="button secondary" to={to(page + 1)}>
          Next<span className="visually-hidden"> page of {what}</span>
        </Link>
      )}
    </nav>
  );
}

/** The page number in the address (`?page=`), 1 when absent or nonsense. */
export const pageNumber = (search: URLSearchParams) => Math.max(1, Math.floor(Number(search.get('page'))) || 1);
