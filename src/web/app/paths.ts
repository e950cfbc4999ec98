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
  strategies: (orgId: string) => `/orgs/${orgId}/strategies`,
  archivedStrategies: (orgId: string) => `/orgs/${orgId}/strategies?archived=true`,
  strategy: (orgId: string, strategyId: string) => `/orgs/${orgId}/strategies/${strategyId}`,
  members: (orgId: string) => `/orgs/${orgId}/members`,
  audit: (orgId: string) => `/orgs/${orgId}/audit`,
  outbox: (orgId: string) => `/orgs/${orgId}/outbox`,
  settings: (orgId: string) => `/orgs/${orgId}/settings`,
};

/**
 * Only a path on this site may be a post-sign-in destination; anything else (another
 * host, `//evil.example`) falls back to the home page, so the link cannot be used to
 * send people elsewhere.
 */
export function safeNext(next: string | null | undefined): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return paths.home;
  return next;
}
