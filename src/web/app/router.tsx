import { createBrowserRouter, Navigate, Outlet } from 'react-router';
import { AccountPage } from '../features/accounts/AccountPage.js';
import { ForgotPasswordPage } from '../features/accounts/ForgotPasswordPage.js';
import { ResetPasswordPage } from '../features/accounts/ResetPasswordPage.js';
import { SignInPage } from '../features/accounts/SignInPage.js';
import { SignUpPage } from '../features/accounts/SignUpPage.js';
import { AuditPage } from '../features/audit/AuditPage.js';
import { AcceptInvitationPage } from '../features/organisations/AcceptInvitationPage.js';
import { CreateOrganisationPage } from '../features/organisations/CreateOrganisationPage.js';
import { MembersPage } from '../features/organisations/MembersPage.js';
import { SettingsPage } from '../features/organisations/SettingsPage.js';
import { OutboxPage } from '../features/outbox/OutboxPage.js';
import { HomePage } from '../features/participation/HomePage.js';
import { StrategyListPage } from '../features/strategies/StrategyListPage.js';
import { StrategyPage } from '../features/strategies/StrategyPage.js';
import { ChangePhasePage, RenameStrategyPage } from '../features/strategies/StrategyFormPage.js';
import { InterviewFormPage } from '../features/interviews/InterviewFormPage.js';
import { InterviewListPage } from '../features/interviews/InterviewListPage.js';
import { InterviewPage } from '../features/interviews/InterviewPage.js';
import { TopicsPage } from '../features/interviews/TopicsPage.js';
import { RedactionQueuePage } from '../features/evidence/RedactionQueuePage.js';
import { EvidenceItemPage } from '../features/evidence/EvidenceItemPage.js';
import { EvidenceLibraryPage } from '../features/evidence/EvidenceLibraryPage.js';
import { CodebookPage } from '../features/codebook/CodebookPage.js';
import { BoardPage } from '../features/board/BoardPage.js';
import { TagPage } from '../features/codebook/TagPage.js';
import { ThemeRunPage } from '../features/themes/ThemeRunPage.js';
import { ThemeRunsPage } from '../features/themes/ThemeRunsPage.js';
import { InsightFormPage } from '../features/insights/InsightFormPage.js';
import { InsightListPage } from '../features/insights/InsightListPage.js';
import { InsightPage } from '../features/insights/InsightPage.js';
import { MeasurePage } from '../features/measures/MeasurePage.js';
import { MeasuresPage } from '../features/measures/MeasuresPage.js';
import { DeliveryDashboardPage } from '../features/delivery/DeliveryDashboardPage.js';
import { DocumentPage } from '../features/documents/DocumentPage.js';
import { VersionPage } from '../features/documents/VersionPage.js';
import { YouSaidPage } from '../features/documents/YouSaidPage.js';
import { ConsultationPage } from '../features/documents/consultation/ConsultationPage.js';
import { InitiativeFormPage } from '../features/roadmap/InitiativeFormPage.js';
import { InitiativePage } from '../features/roadmap/InitiativePage.js';
import { ProgrammePage } from '../features/roadmap/ProgrammePage.js';
import { ProgrammeFormPage } from '../features/roadmap/ProgrammeFormPage.js';
import { RoadmapPage } from '../features/roadmap/RoadmapPage.js';
import { PriorityFormPage } from '../features/priorities/PriorityFormPage.js';
import { PriorityListPage } from '../features/priorities/PriorityListPage.js';
import { PriorityPage } from '../features/priorities/PriorityPage.js';
import { PlaybackPage } from '../features/playback/PlaybackPage.js';
import { MissionPage } from '../features/mission/MissionPage.js';
import { PartnershipPage } from '../features/partnership/PartnershipPage.js';
import { QuestionEditPage } from '../features/surveys/QuestionEditPage.js';
import { SurveyBuilderPage } from '../features/surveys/SurveyBuilderPage.js';
import { SurveyListPage } from '../features/surveys/SurveyListPage.js';
import { ImportSurveyPage } from '../features/imports/ImportSurveyPage.js';
import { SurveyPreviewPage } from '../features/surveys/SurveyPreviewPage.js';
import { DistributionPage } from '../features/surveys/distribution/DistributionPage.js';
import { CoveragePage } from '../features/results/CoveragePage.js';
import { ResultsPage } from '../features/results/ResultsPage.js';
import { WorkshopFormPage } from '../features/workshops/WorkshopFormPage.js';
import { WorkshopListPage } from '../features/workshops/WorkshopListPage.js';
import { WorkshopPage } from '../features/workshops/WorkshopPage.js';
import { ImportHeadcountsPage } from '../features/workforce/ImportHeadcountsPage.js';
import { WorkforcePage } from '../features/workforce/WorkforcePage.js';
import { AssessmentEditPage } from '../features/maturity/AssessmentEditPage.js';
import { AssessmentPage } from '../features/maturity/AssessmentPage.js';
import { ComparePage } from '../features/maturity/ComparePage.js';
import { FrameworkFormPage } from '../features/maturity/FrameworkFormPage.js';
import { FrameworksPage } from '../features/maturity/FrameworksPage.js';
import { MaturityPage } from '../features/maturity/MaturityPage.js';
import { NewAssessmentPage } from '../features/maturity/NewAssessmentPage.js';
import { ImportRegisterPage } from '../features/estate/ImportRegisterPage.js';
import { MapPage } from '../features/estate/MapPage.js';
import { OverviewPage } from '../features/estate/OverviewPage.js';
import { ProjectFormPage } from '../features/estate/ProjectFormPage.js';
import { ProjectsPage } from '../features/estate/ProjectsPage.js';
import { RegisterPage } from '../features/estate/RegisterPage.js';
import { SnapshotPage, SnapshotsPage } from '../features/estate/SnapshotsPage.js';
import { SystemFormPage } from '../features/estate/SystemFormPage.js';
import { SystemPage } from '../features/estate/SystemPage.js';
import { HomeRedirect, RequireSignIn, SignedOutOnly } from './guards.js';
import { Layout } from './Layout.js';
import { NotFoundPage } from './NotFoundPage.js';
import { OrgLayout } from './OrgLayout.js';
import { RouteError } from './RouteError.js';

export const router = createBrowserRouter([
  {
    element: <Layout />,
    errorElement: <RouteError />,
    children: [
      { path: '/', element: <RequireSignIn><HomeRedirect /></RequireSignIn> },
      { path: 'sign-in', element: <SignedOutOnly><SignInPage /></SignedOutOnly> },
      { path: 'sign-up', element: <SignedOutOnly><SignUpPage /></SignedOutOnly> },
      { path: 'forgot-password', element: <ForgotPasswordPage /> },
      { path: 'reset-password', element: <ResetPasswordPage /> },
      { path: 'invitations/:token', element: <AcceptInvitationPage /> },
      {
        element: <RequireSignIn><Outlet /></RequireSignIn>,
        children: [
          { path: 'account', element: <AccountPage /> },
          { path: 'organisations/new', element: <CreateOrganisationPage /> },
          {
            path: 'orgs/:orgId',
            element: <OrgLayout />,
            children: [
              { index: true, element: <Navigate to="strategies" replace /> },
              { path: 'home', element: <HomePage /> },
              { path: 'strategies', element: <StrategyListPage /> },
              { path: 'strategies/:strategyId', element: <StrategyPage /> },
              { path: 'strategies/:strategyId/phase', element: <ChangePhasePage /> },
              { path: 'strategies/:strategyId/edit', element: <RenameStrategyPage /> },
              { path: 'strategies/:strategyId/interviews', element: <InterviewListPage /> },
              { path: 'strategies/:strategyId/interviews/new', element: <InterviewFormPage /> },
              { path: 'strategies/:strategyId/interviews/:interviewId', element: <InterviewPage /> },
              { path: 'strategies/:strategyId/interviews/:interviewId/edit', element: <InterviewFormPage /> },
              { path: 'strategies/:strategyId/interview-topics', element: <TopicsPage /> },
              { path: 'strategies/:strategyId/personal-information', element: <RedactionQueuePage /> },
              { path: 'strategies/:strategyId/evidence', element: <EvidenceLibraryPage /> },
              { path: 'strategies/:strategyId/evidence/:evidenceId', element: <EvidenceItemPage /> },
              { path: 'strategies/:strategyId/codebook', element: <CodebookPage /> },
              { path: 'strategies/:strategyId/board', element: <BoardPage /> },
              { path: 'strategies/:strategyId/codebook/:tagId', element: <TagPage /> },
              { path: 'strategies/:strategyId/themes', element: <ThemeRunsPage /> },
              { path: 'strategies/:strategyId/themes/:runId', element: <ThemeRunPage /> },
              { path: 'strategies/:strategyId/measures', element: <MeasuresPage /> },
              { path: 'strategies/:strategyId/delivery', element: <DeliveryDashboardPage /> },
              { path: 'strategies/:strategyId/document', element: <DocumentPage /> },
              { path: 'document-versions/:documentVersionId', element: <VersionPage /> },
              { path: 'strategies/:strategyId/you-said-we-did', element: <YouSaidPage /> },
              { path: 'document-versions/:documentVersionId/consultation', element: <ConsultationPage /> },
              { path: 'strategies/:strategyId/measures/:measureId', element: <MeasurePage /> },
              { path: 'strategies/:strategyId/insights', element: <InsightListPage /> },
              { path: 'strategies/:strategyId/insights/new', element: <InsightFormPage /> },
              { path: 'strategies/:strategyId/insights/:insightId', element: <InsightPage /> },
              { path: 'strategies/:strategyId/insights/:insightId/edit', element: <InsightFormPage /> },
              { path: 'strategies/:strategyId/priorities', element: <PriorityListPage /> },
              { path: 'strategies/:strategyId/priorities/new', element: <PriorityFormPage /> },
              { path: 'strategies/:strategyId/priorities/:priorityId', element: <PriorityPage /> },
              { path: 'strategies/:strategyId/priorities/:priorityId/edit', element: <PriorityFormPage /> },
              { path: 'strategies/:strategyId/playback', element: <PlaybackPage /> },
              { path: 'strategies/:strategyId/roadmap', element: <RoadmapPage /> },
              { path: 'strategies/:strategyId/roadmap/programmes/new', element: <ProgrammeFormPage /> },
              { path: 'strategies/:strategyId/roadmap/programmes/:programmeId', element: <ProgrammePage /> },
              { path: 'strategies/:strategyId/roadmap/programmes/:programmeId/edit', element: <ProgrammeFormPage /> },
              { path: 'strategies/:strategyId/roadmap/initiatives/new', element: <InitiativeFormPage /> },
              { path: 'strategies/:strategyId/roadmap/initiatives/:initiativeId', element: <InitiativePage /> },
              { path: 'strategies/:strategyId/roadmap/initiatives/:initiativeId/edit', element: <InitiativeFormPage /> },
              { path: 'strategies/:strategyId/mission', element: <MissionPage /> },
              { path: 'strategies/:strategyId/partnership', element: <PartnershipPage /> },
              { path: 'strategies/:strategyId/workshops', element: <WorkshopListPage /> },
              { path: 'strategies/:strategyId/workshops/new', element: <WorkshopFormPage /> },
              { path: 'strategies/:strategyId/workshops/:workshopId', element: <WorkshopPage /> },
              { path: 'strategies/:strategyId/workshops/:workshopId/edit', element: <WorkshopFormPage /> },
              { path: 'strategies/:strategyId/surveys', element: <SurveyListPage /> },
              { path: 'strategies/:strategyId/imports/new', element: <ImportSurveyPage /> },
              { path: 'strategies/:strategyId/surveys/:surveyId', element: <SurveyBuilderPage /> },
              { path: 'strategies/:strategyId/surveys/:surveyId/questions/:questionId', element: <QuestionEditPage /> },
              { path: 'strategies/:strategyId/surveys/:surveyId/preview', element: <SurveyPreviewPage /> },
              { path: 'strategies/:strategyId/surveys/:surveyId/share', element: <DistributionPage /> },
              { path: 'strategies/:strategyId/surveys/:surveyId/results', element: <ResultsPage /> },
              { path: 'strategies/:strategyId/surveys/:surveyId/coverage', element: <CoveragePage /> },
              { path: 'workforce', element: <WorkforcePage /> },
              { path: 'workforce/import', element: <ImportHeadcountsPage /> },
              { path: 'maturity', element: <MaturityPage /> },
              { path: 'maturity/assessments/new', element: <NewAssessmentPage /> },
              { path: 'maturity/assessments/:assessmentId', element: <AssessmentPage /> },
              { path: 'maturity/assessments/:assessmentId/edit', element: <AssessmentEditPage /> },
              { path: 'maturity/compare', element: <ComparePage /> },
              { path: 'maturity/frameworks', element: <FrameworksPage /> },
              { path: 'maturity/frameworks/new', element: <FrameworkFormPage /> },
              { path: 'maturity/frameworks/:frameworkId/edit', element: <FrameworkFormPage /> },
              { path: 'estate', element: <RegisterPage /> },
              { path: 'estate/systems/new', element: <SystemFormPage /> },
              { path: 'estate/systems/:systemId', element: <SystemPage /> },
              { path: 'estate/systems/:systemId/edit', element: <SystemFormPage /> },
              { path: 'estate/map', element: <MapPage /> },
              { path: 'estate/overview', element: <OverviewPage /> },
              { path: 'estate/projects', element: <ProjectsPage /> },
              { path: 'estate/projects/new', element: <ProjectFormPage /> },
              { path: 'estate/projects/:projectId/edit', element: <ProjectFormPage /> },
              { path: 'estate/import', element: <ImportRegisterPage /> },
              { path: 'strategies/:strategyId/register-snapshots', element: <SnapshotsPage /> },
              { path: 'strategies/:strategyId/register-snapshots/:snapshotId', element: <SnapshotPage /> },
              { path: 'members', element: <MembersPage /> },
              { path: 'audit', element: <AuditPage /> },
              { path: 'outbox', element: <OutboxPage /> },
              { path: 'settings', element: <SettingsPage /> },
            ],
          },
        ],
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
