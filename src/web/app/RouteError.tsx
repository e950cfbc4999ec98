import { useRouteError } from 'react-router';
import { ApiError } from './api.js';
import { Layout } from './Layout.js';
import { Page } from '../ui/Page.js';
import { NotAllowed } from '../ui/status.js';

/**
 * When something fails so badly that a page cannot render (Chorus unreachable on first load,
 * or a bug), say so plainly inside the normal frame and offer the obvious next step.
 */
export function RouteError() {
  const error = useRouteError();
  const unreachable = error instanceof ApiError && (error.status === 0 || error.status >= 500);
  if (error instanceof ApiError && error.status === 403) {
    return (
      <Layout>
        <Page title="You cannot use this page">
          <NotAllowed detail={error.message} withHeading={false} />
        </Page>
      </Layout>
    );
  }
  return (
    <Layout>
      <Page title={unreachable ? 'Chorus cannot be reached' : 'Sorry, there is a problem'}>
        <p className="nhsuk-body">
          {unreachable
            ? 'Chorus is not answering just now. Check your connection, then reload the page.'
            : 'Something went wrong while showing this page. Reload the page to try again.'}
        </p>
        <p className="nhsuk-body">If it keeps happening, tell your Chorus administrator what you were doing.</p>
      </Page>
    </Layout>
  );
}
