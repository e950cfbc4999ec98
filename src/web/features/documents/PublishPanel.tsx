import type { VersionDetail } from '../../../shared/contracts/documents.js';
import { Button } from '../../ui/Button.js';
import { ErrorSummary } from '../../ui/ErrorSummary.js';
import { useFormProblem } from '../../ui/form-problem.js';
import type { Notify } from '../../ui/SuccessBanner.js';
import { usePublishVersion } from './api.js';

/**
 * Where the public reads this version, once published; and, for a version every approver has
 * signed off, the button that puts it there. The address stays the same from version to version,
 * so posters and links keep working; the version it replaces stays readable, marked as replaced.
 */
export function PublishPanel({ version, notify }: { version: VersionDetail; notify: Notify }) {
  const problem = useFormProblem();
  const publish = usePublishVersion(version.id);
  if (!version.publicAddress && !version.canPublish) return null;
  return (
    <section aria-labelledby="publish-heading" className="nhsuk-u-margin-top-6">
      <h2 className="nhsuk-heading-m" id="publish-heading">
        Publishing
      </h2>
      <ErrorSummary problem={problem.problem} fieldIds={{}} />
      {version.publicAddress && (
        <p className="nhsuk-body">
          {version.state === 'superseded' ? 'This version has been replaced, but stays readable at ' : 'Anyone can read this version, without signing in, at '}
          <a href={version.publicAddress}>{version.publicAddress}</a>.
        </p>
      )}
      {version.canPublish && (
        <>
          <p className="nhsuk-body">
            Every approver has signed this version off. Publishing puts it at the strategy’s public address with its downloads
            {version.state === 'superseded' ? ', in place of the version there now.' : '; any version published before stays readable there, marked as replaced.'}
          </p>
          <Button
            busy={publish.isPending}
            onClick={() => {
              problem.clear();
              publish.mutate(undefined, { onSuccess: (done) => notify(`Version ${done.number} is published at ${done.address}`), onError: problem.showError });
            }}
          >
            Publish version {version.number}
          </Button>
        </>
      )}
    </section>
  );
}
