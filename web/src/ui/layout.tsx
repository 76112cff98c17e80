import type { ReactNode } from 'react';
import { Link } from 'react-router';

// The frame of every page: a skip link, the masthead (header), the page's navigation, main and footer.

export function SkipLink() {
  // Focus main directly rather than following #main, so that a token in the URL's fragment survives.
  return (
    <a
      className="skip-link"
      href="#main"
      onClick={(event) => {
        event.preventDefault();
        document.getElementById('main')?.focus();
      }}
    >
      Skip to main content
    </a>
  );
}

export function Brand() {
  return (
    <Link to="/" className="brand">
      <span className="brand-mark" aria-hidden="true">
        P
      </span>
      Probity
    </Link>
  );
}

export function Footer() {
  return (
    <footer className="site-footer">
      <div className="container">
        <p>
          Probity: the professional codes of the education sector as working software. <a href="/api/docs">API documentation</a>
        </p>
      </div>
    </footer>
  );
}

/** Pages for people not signed in: sign in, reset a password, accept an invitation. */
export function PublicLayout({ children }: { children: ReactNode }) {
  return (
    <>
      <SkipLink />
      <header className="masthead">
        <div className="container masthead-bar">
          <Brand />
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        {children}
      </main>
      <Footer />
    </>
  );
}
