import { useQuery, useQueryClient } from '@tanstack/react-query';
import { createContext, useContext } from 'react';
import { Navigate, Outlet, useLocation, useNavigate } from 'react-router';
import { api, ApiError, type Me } from '../../api.ts';
import { Alert, Loading } from '../../ui/feedback.tsx';
import { PublicLayout } from '../../ui/layout.tsx';

// Who is signed in. Every signed-in page sits under <RequireSession>, which asks GET /api/me once
// (that also gives the CSRF token after a reload) and sends anyone not signed in to the sign-in page.

export const meQuery = { queryKey: ['me'], queryFn: api.me, staleTime: 60_000 } as const;

const SessionContext = createContext<Me | null>(null);

export function useMe(): Me {
  const me = useContext(SessionContext);
  if (!me) throw new Error('useMe outside <RequireSession>');
  return me;
}

/** Where to go after signing in: only a path of this app, never another site. */
export function safeNext(next: string | null): string | null {
  return next && next.startsWith('/') && !next.startsWith('//') && !next.startsWith('/sign-in') ? next : null;
}

export function RequireSession() {
  const me = useQuery(meQuery);
  const location = useLocation();
  if (me.error instanceof ApiError && me.error.status === 401) {
    const next = `${location.pathname}${location.search}`;
    return <Navigate to={next === '/' ? '/sign-in' : `/sign-in?next=${encodeURIComponent(next)}`} replace state={{ expired: me.data !== undefined }} />;
  }
  if (me.data) {
    return (
      <SessionContext.Provider value={me.data}>
        <Outlet />
      </SessionContext.Provider>
    );
  }
  return (
    <PublicLayout>
      <div className="container">
        {me.error ? (
          <Alert title="Probity could not be reached">
            <p>{me.error.message}</p>
            <p>
              <button type="button" className="button secondary" onClick={() => void me.refetch()}>
                Try again
              </button>
            </p>
          </Alert>
        ) : (
          <Loading />
        )}
      </div>
    </PublicLayout>
  );
}

export function useSignOut() {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  return async (everywhere = false) => {
    try {
      await (everywhere ? api.signOutEverywhere() : api.signOut());
    } catch (error) {
      // Already signed out (the session had ended): the outcome the person asked for.
      if (!(error instanceof ApiError && error.status === 401)) throw error;
    }
    navigate('/sign-in', { state: { signedOut: everywhere ? 'everywhere' : 'here' } });
    queryClient.removeQueries();
  };
}
