import { MutationCache, QueryCache, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { lazy, StrictMode, Suspense, type ComponentType, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter, Route, Routes } from 'react-router';
import { ApiError } from './api.ts';
import { MyDeadlinesPage } from './features/deadlines/my-deadlines.tsx';
import { HomePage } from './features/home/home.tsx';
import { NotFoundPage } from './features/home/not-found.tsx';
import { OrganisationBoundary } from './features/organisations/organisation.tsx';
import { Shell, Start } from './features/organisations/shell.tsx';
import { PageLoading } from './ui/feedback.tsx';
import { AcceptInvitationPage, ForgotPasswordPage, ResetPasswordPage } from './features/session/password.tsx';
import { RequireSession } from './features/session/session.tsx';
import { SignInPage } from './features/session/sign-in.tsx';
import './ui/app.css';

const RELOADED = 'probity.reloaded-for-new-version';
/**
 * A page loaded when it is first visited, so that signing in and the home page do not wait for every
 * feature's code (the shell shows "Loading the page" meanwhile).
 */
const page = <K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K) =>
  lazy(async () => {
    try {
      const loaded = (await load())[name];
      sessionStorage.removeItem(RELOADED);
      return { default: loaded };
    } catch (error) {
      // After an upgrade the old build's files are gone: load the new app, once.
      if (!sessionStorage.getItem(RELOADED)) {
        sessionStorage.setItem(RELOADED, '1');
        window.location.reload();
      }
      throw error;
    }
  });
const AccountPage = page(() => import('./features/account/account.tsx'), 'AccountPage');
const AuditPage = page(() => import('./features/audit/audit.tsx'), 'AuditPage');
const CampaignPage = page(() => import('./features/codes/campaigns.tsx'), 'CampaignPage');
const CampaignsPage = page(() => import('./features/codes/campaigns.tsx'), 'CampaignsPage');
const CodeVersionPage = page(() => import('./features/codes/code-version.tsx'), 'CodeVersionPage');
const LatestVersion = page(() => import('./features/codes/code-version.tsx'), 'LatestVersion');
const ComparePage = page(() => import('./features/codes/compare.tsx'), 'ComparePage');
const LibraryPage = page(() => import('./features/codes/library.tsx'), 'LibraryPage');
const OrganisationCodesPage = page(() => import('./features/codes/organisation-codes.tsx'), 'OrganisationCodesPage');
const CodeSearchPage = page(() => import('./features/codes/search.tsx'), 'CodeSearchPage');
const ThemePage = page(() => import('./features/codes/theme.tsx'), 'ThemePage');
const ThemesIndex = page(() => import('./features/codes/theme.tsx'), 'ThemesIndex');
const DeclarationPage = page(() => import('./features/declarations/declaration.tsx'), 'DeclarationPage');
const DeclarationQueuePage = page(() => import('./features/declarations/queue.tsx'), 'DeclarationQueuePage');
const MyDeclarationsPage = page(() => import('./features/declarations/my-declarations.tsx'), 'MyDeclarationsPage');
const NewDeclarationPage = page(() => import('./features/declarations/declaration-form.tsx'), 'NewDeclarationPage');
const SendElsewherePage = page(() => import('./features/declarations/send.tsx'), 'SendElsewherePage');
const RegisterPage = page(() => import('./features/declarations/registers.tsx'), 'RegisterPage');
const DeclarationSettingsPage = page(() => import('./features/declarations/settings.tsx'), 'DeclarationSettingsPage');
const RedeclarationsPage = page(() => import('./features/declarations/redeclarations.tsx'), 'RedeclarationsPage');
const RedeclarationPage = page(() => import('./features/declarations/redeclarations.tsx'), 'RedeclarationPage');
const ReturnPage = page(() => import('./features/declarations/return.tsx'), 'ReturnPage');
const DeclarationReportPage = page(() => import('./features/declarations/report.tsx'), 'DeclarationReportPage');
const SafeWorkingPage = page(() => import('./features/declarations/safe-working.tsx'), 'SafeWorkingPage');
const SafeWorkingRecordPage = page(() => import('./features/declarations/safe-working.tsx'), 'SafeWorkingRecordPage');
const CaseloadPage = page(() => import('./features/cases/caseload.tsx'), 'CaseloadPage');
const OpenCasePage = page(() => import('./features/cases/open-case.tsx'), 'OpenCasePage');
const CasePage = page(() => import('./features/cases/case.tsx'), 'CasePage');
const BundlePage = page(() => import('./features/cases/bundle.tsx'), 'BundlePage');
const MyCasesPage = page(() => import('./features/cases/my-cases.tsx'), 'MyCasesPage');
const CaseStatisticsPage = page(() => import('./features/cases/statistics.tsx'), 'CaseStatisticsPage');
const CpdPage = page(() => import('./features/development/cpd.tsx'), 'CpdPage');
const DevelopmentDashboardPage = page(() => import('./features/development/dashboard.tsx'), 'DevelopmentDashboardPage');
const InsightsPage = page(() => import('./features/development/insights.tsx'), 'InsightsPage');
const PlanPage = page(() => import('./features/development/plan.tsx'), 'PlanPage');
const SelfAssessmentPage = page(() => import('./features/development/self-assessment.tsx'), 'SelfAssessmentPage');
const SelfAssessmentsPage = page(() => import('./features/development/self-assessments.tsx'), 'SelfAssessmentsPage');
const SharingPage = page(() => import('./features/development/sharing.tsx'), 'SharingPage');
const NewDeadlinePage = page(() => import('./features/deadlines/new-deadline.tsx'), 'NewDeadlinePage');
const OrganisationDeadlinesPage = page(() => import('./features/deadlines/organisation-deadlines.tsx'), 'OrganisationDeadlinesPage');
const OverduePage = page(() => import('./features/deadlines/overdue.tsx'), 'OverduePage');
const OverdueRedirect = page(() => import('./features/deadlines/overdue.tsx'), 'OverdueRedirect');
const ImportPage = page(() => import('./features/import/import.tsx'), 'ImportPage');
const InboxPage = page(() => import('./features/inbox/inbox.tsx'), 'InboxPage');
const OrganisationAdminPage = page(() => import('./features/organisations/admin.tsx'), 'OrganisationAdminPage');
const OutboxPage = page(() => import('./features/outbox/outbox.tsx'), 'OutboxPage');
const AddPersonPage = page(() => import('./features/people/add.tsx'), 'AddPersonPage');
const PersonPage = page(() => import('./features/people/person.tsx'), 'PersonPage');
const PeoplePage = page(() => import('./features/people/people.tsx'), 'PeoplePage');
const SafeguardingHomePage = page(() => import('./features/safeguarding/dashboard.tsx'), 'SafeguardingHomePage');
const RecordConcernPage = page(() => import('./features/safeguarding/record.tsx'), 'RecordConcernPage');
const RecordAllegationPage = page(() => import('./features/safeguarding/record.tsx'), 'RecordAllegationPage');
const ConcernPage = page(() => import('./features/safeguarding/concern.tsx'), 'ConcernPage');
const ChronologyPage = page(() => import('./features/safeguarding/chronology.tsx'), 'ChronologyPage');
const DeputiesPage = page(() => import('./features/safeguarding/deputies.tsx'), 'DeputiesPage');
const TransfersPage = page(() => import('./features/safeguarding/transfers.tsx'), 'TransfersPage');
const SendTransferPage = page(() => import('./features/safeguarding/transfers.tsx'), 'SendTransferPage');
const SentTransferPage = page(() => import('./features/safeguarding/transfers.tsx'), 'SentTransferPage');
const ReceivedTransferPage = page(() => import('./features/safeguarding/transfers.tsx'), 'ReceivedTransferPage');
const ConductLogPage = page(() => import('./features/conduct-log/entries.tsx'), 'ConductLogPage');
const NewConductEntryPage = page(() => import('./features/conduct-log/entry-form.tsx'), 'NewConductEntryPage');
const ConductEntryPage = page(() => import('./features/conduct-log/entry.tsx'), 'ConductEntryPage');
const ConductAccessPage = page(() => import('./features/conduct-log/access.tsx'), 'ConductAccessPage');
const ConductSettingsPage = page(() => import('./features/conduct-log/settings.tsx'), 'ConductSettingsPage');
const ConductPatternsPage = page(() => import('./features/conduct-log/patterns.tsx'), 'ConductPatternsPage');
const TrainingNeedsPage = page(() => import('./features/conduct-log/training-needs.tsx'), 'TrainingNeedsPage');
const ProvisionsReportPage = page(() => import('./features/provisions-report/provisions-report.tsx'), 'ProvisionsReportPage');
const RaiseConcernPage = page(() => import('./features/raising-concerns/report.tsx'), 'RaiseConcernPage');
const FollowReportPage = page(() => import('./features/raising-concerns/follow.tsx'), 'FollowReportPage');
const RaisedConcernsPage = page(() => import('./features/raising-concerns/queue.tsx'), 'RaisedConcernsPage');
const RaisedConcernPage = page(() => import('./features/raising-concerns/raised-concern.tsx'), 'RaisedConcernPage');
const RaisedConcernStatisticsPage = page(() => import('./features/raising-concerns/statistics.tsx'), 'RaisedConcernStatisticsPage');
const RevealRequestsPage = page(() => import('./features/raising-concerns/reveal-requests.tsx'), 'RevealRequestsPage');
const RetentionPage = page(() => import('./features/retention/retention.tsx'), 'RetentionPage');
const EnterConcernPage = page(() => import('./features/raising-concerns/enter.tsx'), 'EnterConcernPage');
const RaisedConcernSettingsPage = page(() => import('./features/raising-concerns/settings.tsx'), 'RaisedConcernSettingsPage');
const ProgrammesPage = page(() => import('./features/programmes/programmes.tsx'), 'ProgrammesPage');
const RegisterOnProgrammePage = page(() => import('./features/programmes/programmes.tsx'), 'RegisterPage');
const ProgrammeSettingsPage = page(() => import('./features/programmes/programmes.tsx'), 'ProgrammeSettingsPage');
const ParticipantPage = page(() => import('./features/programmes/participant.tsx'), 'ParticipantPage');
const ProgrammeCohortPage = page(() => import('./features/programmes/cohort.tsx'), 'CohortPage');
const ProgrammeSupportPage = page(() => import('./features/programmes/queue.tsx'), 'SupportQueuePage');
const MentorPoolPage = page(() => import('./features/programmes/mentors.tsx'), 'MentorPoolPage');
const SupporterInvitationPage = page(() => import('./features/programmes/accept.tsx'), 'SupporterInvitationPage');

/** A page for people not signed in that loads when first visited (the shell's own waits inside it). */
const publicPage = (element: ReactNode) => <Suspense fallback={<PageLoading what="Loading the page" />}>{element}</Suspense>;

// A request refused because the session has ended makes the app ask who is signed in again; that answer
// (401 too) sends the person to the sign-in page, which then brings them back.
const sessionEnded = (error: unknown) => {
  if (error instanceof ApiError && error.status === 401) void queryClient.invalidateQueries({ queryKey: ['me'] });
};

const queryClient: QueryClient = new QueryClient({
  queryCache: new QueryCache({ onError: (error, query) => query.queryKey[0] !== 'me' && sessionEnded(error) }),
  mutationCache: new MutationCache({ onError: sessionEnded }),
  defaultOptions: {
    queries: {
      // A refusal (4xx) will not change by asking again.
      retry: (failures, error) => !(error instanceof ApiError && error.status >= 400 && error.status < 500) && failures < 2,
    },
  },
});

function App() {
  return (
    <Routes>
      <Route path="/sign-in" element={<SignInPage />} />
      <Route path="/forgot-password" element={<ForgotPasswordPage />} />
      <Route path="/reset-password" element={<ResetPasswordPage />} />
      <Route path="/accept-invitation" element={<AcceptInvitationPage />} />
      {/* An invitation to be a participant's supporter: read before signing in, accepted once signed in. */}
      <Route path="/supporter-invitation" element={publicPage(<SupporterInvitationPage />)} />
      {/* Raising a concern in confidence needs no account, and the page sets no cookie. */}
      <Route path="/raise-a-concern/:organisation" element={publicPage(<RaiseConcernPage />)} />
      <Route path="/raise-a-concern/:organisation/follow" element={publicPage(<FollowReportPage />)} />
      <Route element={<RequireSession />}>
        <Route element={<Shell />}>
          <Route index element={<Start />} />
          <Route path="account" element={<AccountPage />} />
          <Route path="inbox" element={<InboxPage />} />
          <Route path="deadlines" element={<MyDeadlinesPage />} />
          <Route path="deadlines/overdue" element={<OverdueRedirect />} />
          <Route path="codes" element={<LibraryPage />} />
          <Route path="codes/themes" element={<ThemesIndex />} />
          <Route path="codes/themes/:theme" element={<ThemePage />} />
          <Route path="codes/:codeId" element={<LatestVersion />} />
          <Route path="codes/:codeId/compare" element={<ComparePage />} />
          <Route path="codes/:codeId/:version" element={<CodeVersionPage />} />
          <Route path="orgs/:orgId" element={<OrganisationBoundary />}>
            <Route index element={<HomePage />} />
            <Route path="people" element={<PeoplePage />} />
            <Route path="people/new" element={<AddPersonPage />} />
            <Route path="people/:personId" element={<PersonPage />} />
            <Route path="import" element={<ImportPage />} />
            <Route path="organisation" element={<OrganisationAdminPage />} />
            <Route path="audit" element={<AuditPage />} />
            <Route path="retention" element={<RetentionPage />} />
            <Route path="outbox" element={<OutboxPage />} />
            <Route path="deadlines" element={<OrganisationDeadlinesPage />} />
            <Route path="deadlines/new" element={<NewDeadlinePage />} />
            <Route path="deadlines/overdue" element={<OverduePage />} />
            <Route path="codes" element={<OrganisationCodesPage />} />
            <Route path="codes/search" element={<CodeSearchPage />} />
            <Route path="attestation" element={<CampaignsPage />} />
            <Route path="attestation/:campaignId" element={<CampaignPage />} />
            <Route path="development" element={<DevelopmentDashboardPage />} />
            <Route path="development/self-assessments" element={<SelfAssessmentsPage />} />
            <Route path="development/self-assessments/:assessmentId" element={<SelfAssessmentPage />} />
            <Route path="development/plan" element={<PlanPage />} />
            <Route path="development/cpd" element={<CpdPage />} />
            <Route path="development/sharing" element={<SharingPage />} />
            <Route path="development-insights" element={<InsightsPage />} />
            <Route path="declarations" element={<MyDeclarationsPage />} />
            <Route path="declarations/new/:kindId" element={<NewDeclarationPage />} />
            <Route path="declarations/send" element={<SendElsewherePage />} />
            <Route path="declarations/queue" element={<DeclarationQueuePage />} />
            <Route path="declarations/settings" element={<DeclarationSettingsPage />} />
            <Route path="declarations/report" element={<DeclarationReportPage />} />
            <Route path="declarations/returns/:campaignId" element={<ReturnPage />} />
            <Route path="registers/:register?" element={<RegisterPage />} />
            <Route path="redeclarations" element={<RedeclarationsPage />} />
            <Route path="redeclarations/:campaignId" element={<RedeclarationPage />} />
            <Route path="safe-working" element={<SafeWorkingPage />} />
            <Route path="safe-working/:requestId" element={<SafeWorkingRecordPage />} />
            <Route path="declarations/:declarationId" element={<DeclarationPage />} />
            <Route path="cases" element={<CaseloadPage />} />
            <Route path="cases/new" element={<OpenCasePage />} />
            <Route path="cases/mine" element={<MyCasesPage />} />
            <Route path="cases/statistics" element={<CaseStatisticsPage />} />
            <Route path="cases/:caseId" element={<CasePage />} />
            <Route path="cases/:caseId/bundle" element={<BundlePage />} />
            <Route path="safeguarding" element={<SafeguardingHomePage />} />
            <Route path="safeguarding/record" element={<RecordConcernPage />} />
            <Route path="safeguarding/allegation" element={<RecordAllegationPage />} />
            <Route path="safeguarding/concerns/:concernId" element={<ConcernPage />} />
            <Route path="safeguarding/chronology" element={<ChronologyPage />} />
            <Route path="safeguarding/deputies" element={<DeputiesPage />} />
            <Route path="safeguarding/transfers" element={<TransfersPage />} />
            <Route path="safeguarding/transfers/new" element={<SendTransferPage />} />
            <Route path="safeguarding/transfers/sent/:transferId" element={<SentTransferPage />} />
            <Route path="safeguarding/transfers/received/:transferId" element={<ReceivedTransferPage />} />
            <Route path="conduct-log" element={<ConductLogPage />} />
            <Route path="conduct-log/new" element={<NewConductEntryPage />} />
            <Route path="conduct-log/entries/:entryId" element={<ConductEntryPage />} />
            <Route path="conduct-log/access" element={<ConductAccessPage />} />
            <Route path="conduct-log/settings" element={<ConductSettingsPage />} />
            <Route path="conduct-log/patterns" element={<ConductPatternsPage />} />
            <Route path="conduct-log/training-needs" element={<TrainingNeedsPage />} />
            <Route path="provisions-report" element={<ProvisionsReportPage />} />
            <Route path="raised-concerns" element={<RaisedConcernsPage />} />
            <Route path="raised-concerns/statistics" element={<RaisedConcernStatisticsPage />} />
            <Route path="raised-concerns/new" element={<EnterConcernPage />} />
            <Route path="raised-concerns/settings" element={<RaisedConcernSettingsPage />} />
            <Route path="raised-concerns/:reportId" element={<RaisedConcernPage />} />
            <Route path="reveal-requests" element={<RevealRequestsPage />} />
            <Route path="programmes" element={<ProgrammesPage />} />
            <Route path="programmes/participants/:participantId" element={<ParticipantPage />} />
            <Route path="programmes/cohorts/:cohortId" element={<ProgrammeCohortPage />} />
            <Route path="programmes/support" element={<ProgrammeSupportPage />} />
            <Route path="programmes/mentors" element={<MentorPoolPage />} />
            <Route path="programmes/:programmeId/register" element={<RegisterOnProgrammePage />} />
            <Route path="programmes/:programmeId/settings" element={<ProgrammeSettingsPage />} />
            <Route path="*" element={<NotFoundPage />} />
          </Route>
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Route>
    </Routes>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <BrowserRouter>
        <App />
      </BrowserRouter>
    </QueryClientProvider>
  </StrictMode>,
);
