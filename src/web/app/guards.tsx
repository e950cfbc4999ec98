import { useRef, type ReactNode } from 'react';
import { Navigate, useLocation, useSearchParams } from 'react-router';
import { Loading } from '../ui/status.js';
import { useAuth } from './auth.js';
import { paths, safeNext } from './paths.js';

/** Pages of the workspace: a signed-out visitor goes to sign in, and comes back here after. */
export function RequireSignIn({ children }: { children: ReactNode }) {
  const { me } = useAuth();
  const location = useLocation();
  if (me === undefined) return <Loading what="your workspace" />;
  if (me === null) return <Navigate to={paths.signIn(location.pathname + location.search)} replace />;
  return children;
}

/**
 * Sign in and sign up make no sense when already signed in: carry on to where they were
 * going. Decided once, when the page opens: signing in on this page makes the person
 * signed in too, and then the page itself moves on (with its own success message).
 */
export function SignedOutOnly({ children }: { children: ReactNode }) {
  const { me } = useAuth();
  const [params] = useSearchParams();
  const signedInOnArrival = useRef<boolean | null>(null);
  if (signedInOnArrival.current === null && me !== undefined) signedInOnArrival.current = me !== null;
  if (me === undefined) return <Loading what="Chorus" />;
  if (signedInOnArrival.current) return <Navigate to={safeNext(params.get('next'))} replace />;
  return children;
}

/** The home page: the organisation used last (its home, or its strategies for those who run the work), or creating a first one. */
export function HomeRedirect() {
  const { me } = useAuth();
  if (!me) return null;
  const orgId = me.currentOrganisationId ?? me.memberships[0]?.organisationId;
  if (!orgId) return <Navigate to={paths.newOrganisation} replace />;
  // Staff and senior leaders take part; the strategy team and admins run the work from the strategies.
  const role = me.memberships.find((m) => m.organisationId === orgId)?.role;
  const runsTheWork = role === 'admin' || role === 'strategy_team';
  return <Navigate to={runsTheWork ? paths.strategies(orgId) : paths.orgHome(orgId)} replace />;
}
