import { useQuery } from '@tanstack/react-query';
import { createContext, useContext, useEffect, type ReactNode } from 'react';
import { Link, Outlet, useParams } from 'react-router';
import { api, ApiError, type Me, type MyRole, type Organisation, type OrganisationAction } from '../../api.ts';
import { Alert, PageLoading, QueryError } from '../../ui/feedback.tsx';
import { Page } from '../../ui/page.tsx';
import { useMe } from '../session/session.tsx';

// The current organisation is the one in the URL (/orgs/:orgId/…). Its `allowed` list, computed by the
// server's policy, decides which navigation entries and buttons appear; the web app never re-decides.

export const organisationQuery = (orgId: string) => ({ queryKey: ['organisation', orgId], queryFn: () => api.organisation(orgId), staleTime: 60_000 });

interface Current {
  organisation: Organisation;
  /** The signed-in person's roles here, with academy and region names. */
  roles: MyRole[];
}

const OrganisationContext = createContext<Current | null>(null);

export function useOrganisation(): Current {
  const current = useContext(OrganisationContext);
  if (!current) throw new Error('useOrganisation outside <OrganisationBoundary>');
  return current;
}

export function can(organisation: Organisation, ...actions: OrganisationAction[]): boolean {
  return actions.some((action) => organisation.allowed.includes(action));
}

const LAST = 'probity.organisation';

/** The organisation to open when none is in the URL: the last one used, else the first. */
export function preferredOrganisation(me: Me): string | null {
  let last: string | null = null;
  try {
    last = window.localStorage.getItem(LAST);
  } catch {
    last = null; // storage may be switched off
  }
  return me.organisations.find((o) => o.id === last)?.id ?? me.organisations[0]?.id ?? null;
}

function rememberOrganisation(orgId: string) {
  try {
    window.localStorage.setItem(LAST, orgId);
  } catch {
    // storage switched off: the first organisation opens next time
  }
}

export function OrganisationBoundary() {
  const { orgId = '' } = useParams();
  const me = useMe();
  const organisation = useQuery(organisationQuery(orgId));
  const loaded = organisation.data !== undefined;
  useEffect(() => {
    if (loaded) rememberOrganisation(orgId);
  }, [loaded, orgId]);

  if (organisation.error instanceof ApiError && organisation.error.problem.type === '/problems/two-factor-required') {
    const name = me.organisations.find((o) => o.id === orgId)?.name ?? 'This organisation';
    return (
      <Page title="Two-factor sign-in required">
        <Alert title={`${name} requires two-factor sign-in for your role`}>
          <p>Until you turn it on, its records stay closed to you.</p>
          <p>
            <Link to="/account#two-factor">Turn on two-factor sign-in in your account</Link>
          </p>
        </Alert>
      </Page>
    );
  }
  if (organisation.error) {
    return (
      <Page title="Organisation not found">
        <QueryError error={organisation.error} what="organisation" />
      </Page>
    );
  }
  if (!organisation.data) {
    return (
      <PageLoading what="Loading the organisation" />
    );
  }
  const roles = me.organisations.find((o) => o.id === orgId)?.roles ?? [];
  return (
    <OrganisationContext.Provider value={{ organisation: organisation.data, roles }}>
      <Outlet />
    </OrganisationContext.Provider>
  );
}

/** Shows its page only when the server allows one of the actions here; otherwise says so plainly. */
export function Allowed({ actions, title, children }: { actions: OrganisationAction[]; title: string; children: ReactNode }) {
  const { organisation } = useOrganisation();
  if (can(organisation, ...actions)) return <>{children}</>;
  return (
    <Page title={title}>
      <Alert title="Not available to you">
        <p>Your roles in {organisation.name} do not give you access to this page.</p>
      </Alert>
    </Page>
  );
}
