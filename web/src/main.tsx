import { MutationCache, QueryCache, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter, Route, Routes } from 'react-router';
import { ApiError } from './api.ts';
import { AccountPage } from './features/account/account.tsx';
import { AuditPage } from './features/audit/audit.tsx';
import { CampaignPage, CampaignsPage } from './features/codes/campaigns.tsx';
import { CodeVersionPage, LatestVersion } from './features/codes/code-version.tsx';
import { ComparePage } from './features/codes/compare.tsx';
import { LibraryPage } from './features/codes/library.tsx';
import { OrganisationCodesPage } from './features/codes/organisation-codes.tsx';
import { CodeSearchPage } from './features/codes/search.tsx';
import { ThemePage, ThemesIndex } from './features/codes/theme.tsx';
import { MyDeadlinesPage } from './features/deadlines/my-deadlines.tsx';
import { CpdPage } from './features/development/cpd.tsx';
import { DevelopmentDashboardPage } from './features/development/dashboard.tsx';
import { InsightsPage } from './features/development/insights.tsx';
import { PlanPage } from './features/development/plan.tsx';
import { SelfAssessmentPage } from './features/development/self-assessment.tsx';
import { SelfAssessmentsPage } from './features/development/self-assessments.tsx';
import { SharingPage } from './features/development/sharing.tsx';
import { NewDeadlinePage } from './features/deadlines/new-deadline.tsx';
import { OrganisationDeadlinesPage } from './features/deadlines/organisation-deadlines.tsx';
import { OverduePage, OverdueRedirect } from './features/deadlines/overdue.tsx';
import { HomePage } from './features/home/home.tsx';
import { ImportPage } from './features/import/import.tsx';
import { InboxPage } from './features/inbox/inbox.tsx';
import { NotFoundPage } from './features/home/not-found.tsx';
import { OrganisationAdminPage } from './features/organisations/admin.tsx';
import { OrganisationBoundary } from './features/organisations/organisation.tsx';
import { Shell, Start } from './features/organisations/shell.tsx';
import { OutboxPage } from './features/outbox/outbox.tsx';
import { AddPersonPage } from './features/people/add.tsx';
import { PersonPage } from './features/people/person.tsx';
import { PeoplePage } from './features/people/people.tsx';
import { AcceptInvitationPage, ForgotPasswordPage, ResetPasswordPage } from './features/session/password.tsx';
import { RequireSession } from './features/session/session.tsx';
import { SignInPage } from './features/session/sign-in.tsx';
import './ui/app.css';

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
