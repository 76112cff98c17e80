import { useQuery } from '@tanstack/react-query';
import { Suspense, useState, type FormEvent } from 'react';
import { Link, Navigate, Outlet, useMatch, useNavigate } from 'react-router';
import type { Me, Organisation } from '../../api.ts';
import { Brand, Footer, SkipLink } from '../../ui/layout.tsx';
import { MainNavigation, type NavEntry, type NavGroup } from '../../ui/navigation.tsx';
import { PageLoading, Status } from '../../ui/feedback.tsx';
import { Page } from '../../ui/page.tsx';
import { useMe, useSignOut } from '../session/session.tsx';
import { useCasesAboutMe, useOnCases } from '../cases/queries.ts';
import { useReceivesDeclarations, useStaffHere } from '../declarations/queries.ts';
import { InboxLink } from '../inbox/inbox-link.tsx';
import { recordsConcerns, useReadsSafeguarding } from '../safeguarding/queries.ts';
import { can, organisationQuery, preferredOrganisation } from './organisation.tsx';

/** The frame of every signed-in page: masthead with the organisation switcher, navigation by role, main. */
export function Shell() {
  const me = useMe();
  const inUrl = useMatch('/orgs/:orgId/*')?.params.orgId;
  const orgId = inUrl ?? preferredOrganisation(me);
  const organisation = useQuery({ ...organisationQuery(orgId ?? ''), enabled: Boolean(orgId) });
  const signOut = useSignOut();
  const [signOutError, setSignOutError] = useState<string | null>(null);

  return (
    <>
      <SkipLink />
      <header className="masthead">
        <div className="container masthead-bar">
          <Brand />
          <OrganisationSwitcher key={orgId ?? 'none'} me={me} current={orgId} />
          <div className="account-links">
            <span className="who">
              {me.person.givenName} {me.person.familyName}
            </span>
            <InboxLink />
            <Link to="/account">Your account</Link>
            <button
              type="button"
              className="link-button"
              onClick={() => {
                setSignOutError(null);
                signOut().catch((error: unknown) => setSignOutError(error instanceof Error ? error.message : 'Sign-out failed'));
              }}
            >
              Sign out
            </button>
          </div>
        </div>
        {orgId && organisation.data && <PrimaryNav organisation={organisation.data} />}
      </header>
      <main id="main" tabIndex={-1}>
        {signOutError && (
          <div className="container" role="alert">
            <p className="notice error">Error: could not sign out. {signOutError}</p>
          </div>
        )}
        <TwoFactorReminder me={me} />
        {/* Pages load when first visited (see main.tsx); the masthead stays while one does. */}
        <Suspense fallback={<PageLoading what="Loading the page" />}>
          <Outlet />
        </Suspense>
      </main>
      <Footer />
    </>
  );
}

/** Shown on every page while an organisation requires two-factor sign-in that the person has not turned on. */
function TwoFactorReminder({ me }: { me: Me }) {
  const onAccountPage = useMatch('/account');
  const requiredBy = me.twoFactor && !me.twoFactor.enabled ? me.twoFactor.requiredBy : [];
  if (requiredBy.length === 0 || onAccountPage) return null;
  return (
    <div className="container">
      <Status tone="warning" title={`${requiredBy.map((o) => o.name).join(' and ')} ${requiredBy.length === 1 ? 'requires' : 'require'} two-factor sign-in for your role`}>
        <p>
          <Link to="/account#two-factor">Turn on two-factor sign-in</Link> to open {requiredBy.length === 1 ? 'its' : 'their'} records.
        </p>
      </Status>
    </div>
  );
}

function PrimaryNav({ organisation }: { organisation: Organisation }) {
  const base = `/orgs/${organisation.id}`;
  const receives = useReceivesDeclarations(organisation);
  const staff = useStaffHere(organisation);
  const safeguarding = useReadsSafeguarding(organisation);
  const onCases = useOnCases(organisation);
  const casesAboutMe = useCasesAboutMe(organisation);
  const only = (show: boolean, entry: NavEntry) => (show ? [entry] : []);
  // Named by what each is for, so that no two read alike: your own deadlines and those you oversee, the
  // codes adopted here and (from that page) the whole library.
  const groups: NavGroup[] = [
    {
      label: 'Your work',
      entries: [
        { to: base, label: 'Home', end: true },
        // Everyone has deadlines of their own (in every organisation).
        { to: '/deadlines', label: 'Your deadlines' },
        // Everyone keeps their own development record where the organisation offers it.
        ...only(can(organisation, 'development.read'), { to: `${base}/development`, label: 'Your development' }),
        ...only(can(organisation, 'declaration.make'), { to: `${base}/declarations`, label: 'Your declarations', end: true }),
        ...only(receives, { to: `${base}/declarations/queue`, label: 'Declarations to you' }),
        ...only(staff, { to: `${base}/safe-working`, label: 'Safe working' }),
        // The cases one runs or hears (a case officer, a panel member), and those about oneself that asked something of one.
        ...only(onCases, { to: `${base}/cases`, label: 'Cases', end: true }),
        ...only(casesAboutMe, { to: `${base}/cases/mine`, label: 'Your cases' }),
        // Anyone records a safeguarding concern about a learner, where there are academies (003 §3.1).
        ...only(recordsConcerns(organisation), { to: `${base}/safeguarding/record`, label: 'Record a concern' }),
        // A professional body's QTLS and ATS programmes: members register and keep their portfolio; supporters, reviewers, moderators and the team find theirs.
        ...only(organisation.kind === 'professional_body' && can(organisation, 'programme.read'), { to: `${base}/programmes`, label: 'Programmes', end: true }),
        // The Professional Status Team's queue: questions, adjustments and appeals across cohorts (001 §6, §9).
        ...only(organisation.kind === 'professional_body' && can(organisation, 'programme.manage'), { to: `${base}/programmes/support`, label: 'Programme support' }),
        // The team's mentor pool and those waiting for a mentor (001 §6.1.3).
        ...only(organisation.kind === 'professional_body' && can(organisation, 'programme.manage'), { to: `${base}/programmes/mentors`, label: 'Mentor pool' }),
      ],
    },
    {
      label: 'The organisation',
      entries: [
        // Everyone reads the codes adopted here, and may list people: the server lists only those the
        // person may see (at least themself).
        { to: `${base}/codes`, label: 'Codes adopted here' },
        { to: `${base}/people`, label: 'People' },
        ...only(can(organisation, 'people.import'), { to: `${base}/import`, label: 'Import people' }),
        ...only(can(organisation, 'organisation.manage'), { to: `${base}/organisation`, label: 'Organisation settings' }),
        ...only(can(organisation, 'declaration.configure'), { to: `${base}/declarations/settings`, label: 'Declaration settings' }),
        ...only(can(organisation, 'conduct_log.configure'), { to: `${base}/conduct-log/settings`, label: 'Conduct log settings' }),
        ...only(can(organisation, 'report.configure'), { to: `${base}/raised-concerns/settings`, label: 'Time limits for raised concerns' }),
      ],
    },
    {
      label: 'Oversight',
      entries: [
        ...only(can(organisation, 'deadline.oversee'), { to: `${base}/deadlines`, label: 'Deadlines you oversee' }),
        ...only(can(organisation, 'attestation.oversee'), { to: `${base}/attestation`, label: 'Attestation' }),
        ...only(can(organisation, 'development.insights'), { to: `${base}/development-insights`, label: 'Development insights' }),
        ...only(can(organisation, 'declaration.oversee'), { to: `${base}/registers`, label: 'Registers' }),
        ...only(can(organisation, 'declaration.oversee'), { to: `${base}/redeclarations`, label: 'Annual re-declaration' }),
        ...only(can(organisation, 'declaration.oversee'), { to: `${base}/declarations/report`, label: 'Duties met on time' }),
        ...only(can(organisation, 'case.statistics'), { to: `${base}/cases/statistics`, label: 'Case statistics' }),
        // Concerns raised in confidence go to their handlers; a custodian decides requests to reveal a reporter.
        ...only(can(organisation, 'report.enter', 'report.statistics'), { to: `${base}/raised-concerns`, label: 'Raised concerns', end: true }),
        ...only(can(organisation, 'report.approve_reveal'), { to: `${base}/reveal-requests`, label: 'Requests to reveal a reporter' }),
        // The DSL team's dashboard, or the records someone else was let see or alerted to.
        ...only(safeguarding, { to: `${base}/safeguarding`, label: 'Safeguarding', end: true }),
        ...only(can(organisation, 'safeguarding.appoint_deputy'), { to: `${base}/safeguarding/deputies`, label: 'Deputy safeguarding leads' }),
        // The conduct log's list is also where every figure of its patterns drills down to.
        ...only(can(organisation, 'conduct_log.record', 'conduct_log.analyse'), { to: `${base}/conduct-log`, label: 'Conduct log', end: true }),
        ...only(can(organisation, 'conduct_log.analyse'), { to: `${base}/conduct-log/patterns`, label: 'Conduct patterns' }),
        ...only(can(organisation, 'conduct_log.analyse'), { to: `${base}/conduct-log/training-needs`, label: 'Training needs' }),
        // Which provisions every kind of record cites most often, for the training plan.
        ...only(can(organisation, 'provisions.report'), { to: `${base}/provisions-report`, label: 'Provisions most involved' }),
        ...only(can(organisation, 'audit.read', 'audit.verify'), { to: `${base}/audit`, label: 'Audit trail' }),
        // What is due for deletion, legal holds and deletion records, for the data protection officer; the schedule for those who answer for it.
        ...only(can(organisation, 'retention.review', 'retention.hold', 'retention.read'), { to: `${base}/retention`, label: 'Records retention' }),
        ...only(can(organisation, 'outbox.read'), { to: `${base}/outbox`, label: 'Outbox' }),
      ],
    },
  ];
  return <MainNavigation groups={groups} />;
}

/** Switch between the organisations the person belongs to; the choice goes into the URL. */
function OrganisationSwitcher({ me, current }: { me: Me; current: string | null }) {
  const navigate = useNavigate();
  const [choice, setChoice] = useState(current ?? me.organisations[0]?.id ?? '');
  if (me.organisations.length === 0) return null;
  if (me.organisations.length === 1) {
    return <span className="current-organisation">{me.organisations[0]!.name}</span>;
  }
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (choice) navigate(`/orgs/${choice}`);
  };
  return (
    <form className="switcher" onSubmit={submit} aria-label="Switch organisation">
      <label htmlFor="organisation-switcher">Organisation</label>
      <select id="organisation-switcher" value={choice} onChange={(event) => setChoice(event.target.value)}>
        {me.organisations.map((organisation) => (
          <option key={organisation.id} value={organisation.id}>
            {organisation.name}
          </option>
        ))}
      </select>
      <button type="submit" className="button secondary small">
        Switch
      </button>
    </form>
  );
}

/** `/`: open the organisation last used, or say that there is none yet. */
export function Start() {
  const me = useMe();
  const orgId = preferredOrganisation(me);
  if (orgId) return <Navigate to={`/orgs/${orgId}`} replace />;
  return (
    <Page title={`Welcome, ${me.person.givenName}`}>
      <div className="panel">
        <p>You are not part of any organisation in Probity yet. When an organisation adds you, it will appear here.</p>
        <p>
          <Link to="/account">Manage your account</Link>
        </p>
      </div>
    </Page>
  );
}
