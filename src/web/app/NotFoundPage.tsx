import { Link } from 'react-router';
import { Page } from '../ui/Page.js';
import { paths } from './paths.js';

export function NotFoundPage() {
  return (
    <Page title="Page not found">
      <p className="nhsuk-body">If you typed the web address, check it is correct.</p>
      <p className="nhsuk-body">If you pasted the web address, check you copied the entire address.</p>
      <p className="nhsuk-body">
        The page may also belong to an organisation you are not a member of. <Link to={paths.home}>Go to your workspace</Link>.
      </p>
    </Page>
  );
}
