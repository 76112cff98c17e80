import { Link } from 'react-router';
import { Page } from '../../ui/page.tsx';

export function NotFoundPage() {
  return (
    <Page title="Page not found">
      <div className="panel">
        <p>There is no page at this address. If you typed it, check it; if you followed a link, it may be out of date.</p>
        <p>
          <Link to="/">Go to your home page</Link>
        </p>
      </div>
    </Page>
  );
}
