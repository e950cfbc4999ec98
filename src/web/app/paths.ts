/** Every page address in one place, so links and redirects cannot drift apart. */
export const paths = {
  home: '/',
  signIn: (next?: string) => (next ? `/sign-in?next=${encodeURIComponent(next)}` : '/sign-in'),
  signUp: '/sign-up',
  forgotPassword: '/forgot-password',
  resetPassword: '/reset-password',
  invitation: (token: string) => `/invitations/${encodeURIComponent(token)}`,
  account: '/account',
  newOrganisation: '/organisations/new',
  /** A member's home in the organisation: what is open to them. */
  orgHome: (orgId: string) => `/orgs/${orgId}/home`,
  strategies: (orgId: string) => `/orgs/${orgId}/strategies`,
  archivedStrategies: (orgId: string) => `/orgs/${orgId}/strategies?archived=true`,
  strategy: (orgId: string, strategyId: string) => `/orgs/${orgId}/strategies/${strategyId}`,
  strategyPhase: (orgId: string, strategyId: string) => `/orgs/${orgId}/strategies/${strategyId}/phase`,
  strategyRename: (orgId: string, strategyId: string) => `/orgs/${orgId}/strategies/${strategyId}/edit`,
  members: (orgId: string) => `/orgs/${orgId}/members`,
  interviews: (orgId: string, strategyId: string) => `/orgs/${orgId}/strategies/${strategyId}/interviews`,
  newInterview: (orgId: string, strategyId: string) => `/orgs/${orgId}/strategies/${strategyId}/interviews/new`,
  interview: (orgId: string, strategyId: string, id: string) => `/orgs/${orgId}/strategies/${strategyId}/interviews/${id}`,
  editInterview: (orgId: string, strategyId: string, id: string) => `/orgs/${orgId}/strategies/${strategyId}/interviews/${id}/edit`,
  interviewTopics: (orgId: string, strategyId: string) => `/orgs/${orgId}/strategies/${strategyId}/interview-topics`,
  personalInformation: (orgId: string, strategyId: string) => `/orgs/${orgId}/strategies/${strategyId}/personal-information`,
  evidence: (orgId: string, strategyId: string) => `/orgs/${orgId}/strategies/${strategyId}/evidence`,
  evidenceItem: (orgId: string, strategyId: string, id: string) => `/orgs/${orgId}/strategies/${strategyId}/evidence/${id}`,
  codebook: (orgId: string, strategyId: string) => `/orgs/${orgId}/strategies/${strategyId}/codebook`,
  board: (orgId: string, strategyId: string) => `/orgs/${orgId}/strategies/${strategyId}/board`,
  tag: (orgId: string, strategyId: string, tagId: string) => `/orgs/${orgId}/strategies/${strategyId}/codebook/${tagId}`,
  themeRuns: (orgId: string, strategyId: string, query = '') => `/orgs/${orgId}/strategies/${strategyId}/themes${query ? `?${query}` : ''}`,
  themeRun: (orgId: string, strategyId: string, id: string) => `/orgs/${orgId}/strategies/${strategyId}/themes/${id}`,
  insights: (orgId: string, strategyId: string) => `/orgs/${orgId}/strategies/${strategyId}/insights`,
  playback: (orgId: string, strategyId: string) => `/orgs/${orgId}/strategies/${strategyId}/playback`,
  /** `evidence` is an evidence-library query: the new insight stands on everything it finds. */
  newInsight: (orgId: string, strategyId: string, evidence = '') =>
    `/orgs/${orgId}/strategies/${strategyId}/insights/new${evidence ? `?evidence=${encodeURIComponent(evidence)}` : ''}`,
  insight: (orgId: string, strategyId: string, id: string) => `/orgs/${orgId}/strategies/${strategyId}/insights/${id}`,
  editInsight: (orgId: string, strategyId: string, id: string) => `/orgs/${orgId}/strategies/${strategyId}/insights/${id}/edit`,
  // Develop: each page's own sub-paths live beside its feature's pages.
  mission: (orgId: string, strategyId: string) => `/orgs/${orgId}/strategies/${strategyId}/mission`,
  priorities: (orgId: string, strategyId: string) => `/orgs/${orgId}/strategies/${strategyId}/priorities`,
  priority: (orgId: string, strategyId: string, id: string) => `/orgs/${orgId}/strategies/${strategyId}/priorities/${id}`,
  roadmap: (orgId: string, strategyId: string) => `/orgs/${orgId}/strategies/${strategyId}/roadmap`,
  initiative: (orgId: string, strategyId: string, id: string) => `/orgs/${orgId}/strategies/${strategyId}/roadmap/initiatives/${id}`,
  measures: (orgId: string, strategyId: string) => `/orgs/${orgId}/strategies/${strategyId}/measures`,
  measure: (orgId: string, strategyId: string, id: string) => `/orgs/${orgId}/strategies/${strategyId}/measures/${id}`,
  partnership: (orgId: string, strategyId: string) => `/orgs/${orgId}/strategies/${strategyId}/partnership`,
  delivery: (orgId: string, strategyId: string) => `/orgs/${orgId}/strategies/${strategyId}/delivery`,
  document: (orgId: string, strategyId: string) => `/orgs/${orgId}/strategies/${strategyId}/document`,
  documentVersion: (orgId: string, versionId: string) => `/orgs/${orgId}/document-versions/${versionId}`,
  youSaid: (orgId: string, strategyId: string) => `/orgs/${orgId}/strategies/${strategyId}/you-said-we-did`,
  consultation: (orgId: string, documentVersionId: string) => `/orgs/${orgId}/document-versions/${documentVersionId}/consultation`,
  workshops: (orgId: string, strategyId: string) => `/orgs/${orgId}/strategies/${strategyId}/workshops`,
  newWorkshop: (orgId: string, strategyId: string) => `/orgs/${orgId}/strategies/${strategyId}/workshops/new`,
  workshop: (orgId: string, strategyId: string, id: string) => `/orgs/${orgId}/strategies/${strategyId}/workshops/${id}`,
  editWorkshop: (orgId: string, strategyId: string, id: string) => `/orgs/${orgId}/strategies/${strategyId}/workshops/${id}/edit`,
  surveys: (orgId: string, strategyId: string) => `/orgs/${orgId}/strategies/${strategyId}/surveys`,
  survey: (orgId: string, strategyId: string, id: string) => `/orgs/${orgId}/strategies/${strategyId}/surveys/${id}`,
  surveyQuestion: (orgId: string, strategyId: string, id: string, questionId: string) =>
    `/orgs/${orgId}/strategies/${strategyId}/surveys/${id}/questions/${questionId}`,
  surveyPreview: (orgId: string, strategyId: string, id: string) => `/orgs/${orgId}/strategies/${strategyId}/surveys/${id}/preview`,
  surveyDistribution: (orgId: string, strategyId: string, id: string) => `/orgs/${orgId}/strategies/${strategyId}/surveys/${id}/share`,
  surveyResults: (orgId: string, strategyId: string, id: string) => `/orgs/${orgId}/strategies/${strategyId}/surveys/${id}/results`,
  surveyImport: (orgId: string, strategyId: string) => `/orgs/${orgId}/strategies/${strategyId}/imports/new`,
  surveyCoverage: (orgId: string, strategyId: string, id: string) => `/orgs/${orgId}/strategies/${strategyId}/surveys/${id}/coverage`,
  audit: (orgId: string) => `/orgs/${orgId}/audit`,
  outbox: (orgId: string) => `/orgs/${orgId}/outbox`,
  settings: (orgId: string) => `/orgs/${orgId}/settings`,
  workforce: (orgId: string) => `/orgs/${orgId}/workforce`,
  workforceImport: (orgId: string) => `/orgs/${orgId}/workforce/import`,
  maturity: (orgId: string) => `/orgs/${orgId}/maturity`,
  newAssessment: (orgId: string) => `/orgs/${orgId}/maturity/assessments/new`,
  assessment: (orgId: string, id: string) => `/orgs/${orgId}/maturity/assessments/${id}`,
  editAssessment: (orgId: string, id: string) => `/orgs/${orgId}/maturity/assessments/${id}/edit`,
  compareAssessments: (orgId: string, from: string, to: string) =>
    `/orgs/${orgId}/maturity/compare?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`,
  maturityFrameworks: (orgId: string) => `/orgs/${orgId}/maturity/frameworks`,
  newFramework: (orgId: string) => `/orgs/${orgId}/maturity/frameworks/new`,
  editFramework: (orgId: string, id: string) => `/orgs/${orgId}/maturity/frameworks/${id}/edit`,
  estate: (orgId: string, search = '') => `/orgs/${orgId}/estate${search}`,
  newSystem: (orgId: string) => `/orgs/${orgId}/estate/systems/new`,
  system: (orgId: string, id: string) => `/orgs/${orgId}/estate/systems/${id}`,
  editSystem: (orgId: string, id: string) => `/orgs/${orgId}/estate/systems/${id}/edit`,
  estateMap: (orgId: string) => `/orgs/${orgId}/estate/map`,
  estateOverview: (orgId: string) => `/orgs/${orgId}/estate/overview`,
  estateProjects: (orgId: string) => `/orgs/${orgId}/estate/projects`,
  newEstateProject: (orgId: string) => `/orgs/${orgId}/estate/projects/new`,
  editEstateProject: (orgId: string, id: string) => `/orgs/${orgId}/estate/projects/${id}/edit`,
  estateImport: (orgId: string) => `/orgs/${orgId}/estate/import`,
  registerSnapshots: (orgId: string, strategyId: string) => `/orgs/${orgId}/strategies/${strategyId}/register-snapshots`,
  registerSnapshot: (orgId: string, strategyId: string, id: string) => `/orgs/${orgId}/strategies/${strategyId}/register-snapshots/${id}`,
};

// Browsers drop tabs and newlines from an address and read a backslash as a slash, so
// `/<tab>/evil.example` or `/\\evil.example` would become `//evil.example`: another site.
// eslint-disable-next-line no-control-regex -- control characters are exactly what this refuses
const UNSAFE_IN_NEXT = /[\u0000-\u001f\u007f-\u009f\\]/;
const HERE = 'https://chorus.invalid';

/**
 * Only a path on this site may be a post-sign-in destination; anything else (another
 * host, `//evil.example`, a scheme, control characters, backslashes) falls back to the
 * home page, so the link cannot be used to send people elsewhere.
 */
export function safeNext(next: string | null | undefined): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || UNSAFE_IN_NEXT.test(next)) return paths.home;
  try {
    // Whatever the checks above missed, the address must still resolve to this site.
    if (new URL(next, HERE).origin !== HERE) return paths.home;
  } catch {
    return paths.home;
  }
  return next;
}
