import { useState } from 'react';
import { Link, useParams } from 'react-router';
import type { VersionDetail } from '../../../shared/contracts/documents.js';
import { useFlash } from '../../app/flash.js';
import { useOrgId } from '../../app/OrgLayout.js';
import { paths } from '../../app/paths.js';
import { BackLink } from '../../ui/BackLink.js';
import { Select } from '../../ui/fields.js';
import { formatDateTime } from '../../ui/format.js';
import { Page } from '../../ui/Page.js';
import { useNotice, type Notify } from '../../ui/SuccessBanner.js';
import { LoadError, Loading } from '../../ui/status.js';
import { useDocumentPage, useDocumentVersion } from './api.js';
import { CompareView } from './CompareView.js';
import { DocumentTree } from './DocumentTree.js';
import { Downloads } from './Downloads.js';
import { PublishPanel } from './PublishPanel.js';
import { SignOffPanel } from './signoff/SignOffPanel.js';
import { VersionStateTag } from './VersionsTable.js';
import './documents.scss';

/**
 * One frozen version: who froze it and why, its four downloads with their checksums, what changed
 * since another version (or in the draft since), and the whole version as it was frozen.
 */
export function VersionPage() {
  const orgId = useOrgId();
  const { documentVersionId = '' } = useParams();
  const version = useDocumentVersion(documentVersionId);
  const { banner, notify } = useNotice(useFlash());
  const data = version.data;
  const before = (
    <>
      {data && <BackLink to={paths.document(orgId, data.strategyId)}>Back to the strategy document</BackLink>}
      {banner}
    </>
  );
  const title = data ? `Version ${data.number} of ${data.document.title}` : 'Strategy document version';
  return (
    <Page title={title} caption="Strategy document" before={before}>
      {version.isPending && <Loading what="the version" />}
      {version.isError && <LoadError error={version.error} what="The version" />}
      {data && <VersionContent version={data} notify={notify} />}
    </Page>
  );
}

function VersionContent({ version, notify }: { version: VersionDetail; notify: Notify }) {
  const orgId = useOrgId();
  return (
    <>
      <p className="nhsuk-body">
        <VersionStateTag state={version.state} /> Frozen by {version.frozenBy} on <time dateTime={version.frozenAt}>{formatDateTime(version.frozenAt)}</time>.
      </p>
      <p className="nhsuk-body chorus-document__note">
        <strong>What changed:</strong> {version.changeNote || 'No note was given.'}
      </p>
      <section aria-labelledby="downloads-heading">
        <h2 className="nhsuk-heading-m" id="downloads-heading">
          Downloads
        </h2>
        <Downloads version={version} />
      </section>
      <section aria-labelledby="consultation-heading" className="nhsuk-u-margin-top-6">
        <h2 className="nhsuk-heading-m" id="consultation-heading">
          Consultation with staff
        </h2>
        <p className="nhsuk-body">
          <Link to={paths.consultation(orgId, version.id)}>Consultation on version {version.number}</Link>: whether staff have been asked about this version,
          how far they support each section, what they said and what was done with it.
        </p>
      </section>
      <SignOffPanel versionId={version.id} />
      <PublishPanel version={version} notify={notify} />
      <Compare version={version} />
      <section aria-labelledby="version-document-heading" className="chorus-document-preview">
        <h2 className="nhsuk-heading-l" id="version-document-heading">
          Version {version.number}: {version.document.title}
        </h2>
        <p className="nhsuk-body-s">{version.document.organisation}</p>
        <DocumentTree document={version.document} idPrefix={`version-${version.number}`} />
      </section>
    </>
  );
}

/** The choice of what to compare with: the live draft (for the team, who can see it) or another version. */
function Compare({ version }: { version: VersionDetail }) {
  const page = useDocumentPage(version.strategyId);
  const draftShown = page.data?.draft != null;
  const others = (page.data?.versions ?? []).filter((v) => v.id !== version.id);
  const options = [
    { value: '', label: 'Choose what to compare with' },
    ...(draftShown ? [{ value: 'draft', label: 'The current draft' }] : []),
    ...others.map((v) => ({ value: v.id, label: `Version ${v.number}` })),
  ];
  const [otherId, setOtherId] = useState('');
  const label = otherId === 'draft' ? 'the current draft' : `version ${others.find((v) => v.id === otherId)?.number ?? ''}`;
  return (
    <section aria-labelledby="compare-heading">
      <h2 className="nhsuk-heading-m" id="compare-heading">
        Compare
      </h2>
      {page.isPending && <Loading what="the versions to compare with" />}
      {page.data && options.length === 1 && <p className="nhsuk-body">There is nothing to compare this version with yet.</p>}
      {page.data && options.length > 1 && (
        <>
          <Select id="compare-with" label={`Compare version ${version.number} with`} value={otherId} onChange={setOtherId} options={options} />
          {otherId && <CompareView versionId={version.id} otherId={otherId} otherLabel={label} />}
        </>
      )}
    </section>
  );
}
