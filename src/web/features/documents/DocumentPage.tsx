import { useParams } from 'react-router';
import type { DocumentPage as DocumentData } from '../../../shared/contracts/documents.js';
import { useOrgId } from '../../app/OrgLayout.js';
import { paths } from '../../app/paths.js';
import { BackLink } from '../../ui/BackLink.js';
import { Contents } from '../../ui/Contents.js';
import { Page } from '../../ui/Page.js';
import { useNotice, type Notify } from '../../ui/SuccessBanner.js';
import { LoadError, Loading } from '../../ui/status.js';
import { useDocumentPage } from './api.js';
import { DocumentTree } from './DocumentTree.js';
import { FreeSectionForm } from './FreeSectionForm.js';
import { FreezePanel } from './FreezePanel.js';
import { SectionList } from './SectionList.js';
import { SettingsForm } from './SettingsForm.js';
import { VersionsTable } from './VersionsTable.js';
import './documents.scss';

/**
 * The strategy document's composer: the sections in order (moved, hidden, written), the
 * document's own words, freezing a version, the versions so far, and a preview of the draft as
 * it would be frozen now. Leaders read frozen versions only.
 */
export function DocumentPage() {
  const orgId = useOrgId();
  const { strategyId = '' } = useParams();
  const page = useDocumentPage(strategyId);
  const { banner, notify } = useNotice();
  const before = (
    <>
      <BackLink to={paths.strategy(orgId, strategyId)}>Back to the strategy</BackLink>
      {banner}
    </>
  );
  return (
    <Page title="Strategy document" caption="Deliver" before={before}>
      {page.isPending && <Loading what="the strategy document" />}
      {page.isError && <LoadError error={page.error} what="The strategy document" />}
      {page.data && (page.data.can.edit ? <Composer orgId={orgId} data={page.data} notify={notify} /> : <Reader orgId={orgId} data={page.data} />)}
    </Page>
  );
}

function Reader({ orgId, data }: { orgId: string; data: DocumentData }) {
  return (
    <>
      <div className="nhsuk-inset-text">
        <span className="nhsuk-u-visually-hidden">Information: </span>
        <p className="nhsuk-body">
          {data.draft
            ? 'This strategy is archived, so its document can no longer be changed. You can read the draft below and every frozen version.'
            : 'You read the document as frozen versions: the strategy team composes the draft and freezes a version when it is ready for you to read and sign off.'}
        </p>
      </div>
      <section aria-labelledby="versions-heading">
        <h2 className="nhsuk-heading-m" id="versions-heading">
          Versions
        </h2>
        <VersionsTable orgId={orgId} versions={data.versions} />
      </section>
      {data.draft && <Preview data={data} />}
    </>
  );
}

function Preview({ data }: { data: DocumentData }) {
  if (!data.draft) return null;
  return (
    <section aria-labelledby="preview-heading" className="chorus-document-preview">
      <h2 className="nhsuk-heading-l" id="preview-heading">
        Preview: {data.draft.title}
      </h2>
      <p className="nhsuk-body-s">The draft as a frozen version would keep it now, hidden sections left out. It follows the plan as the plan changes.</p>
      <DocumentTree document={data.draft} idPrefix="preview" />
    </section>
  );
}

const CONTENTS = [
  { id: 'sections-heading', label: 'Sections, in order' },
  { id: 'add-section-heading', label: 'Add a section' },
  { id: 'document-words-heading', label: 'Title, foreword and governance' },
  { id: 'freeze-heading', label: 'Freeze a version' },
  { id: 'versions-heading', label: 'Versions' },
  { id: 'preview-heading', label: 'Preview of the draft' },
];

function Composer({ orgId, data, notify }: { orgId: string; data: DocumentData; notify: Notify }) {
  const strategyId = data.strategyId;
  const nextNumber = (data.versions[0]?.number ?? 0) + 1;
  return (
    <>
      <p className="nhsuk-body">
        The document is built from the plan: as the mission, priorities and roadmap change, so does the draft. Choose the order of its sections, hide the
        ones you do not need, write your own, then freeze a version for sign-off.
      </p>
      <Contents items={CONTENTS} />
      <section aria-labelledby="sections-heading">
        <h2 className="nhsuk-heading-m" id="sections-heading">
          Sections, in order
        </h2>
        <SectionList strategyId={strategyId} page={data} notify={notify} />
      </section>
      <section aria-labelledby="add-section-heading">
        <h2 className="nhsuk-heading-m" id="add-section-heading">
          Add a section
        </h2>
        <p className="nhsuk-body">Once added, it goes at the end of the sections above: move it up to where it belongs.</p>
        <FreeSectionForm strategyId={strategyId} onDone={(title) => notify(`“${title}” has been added to the document. Move it to where it belongs in the list of sections.`)} />
      </section>
      <section aria-labelledby="document-words-heading">
        <h2 className="nhsuk-heading-m" id="document-words-heading">
          Title, foreword and governance
        </h2>
        <SettingsForm key={JSON.stringify(data.settings)} strategyId={strategyId} settings={data.settings} notify={notify} />
      </section>
      <section aria-labelledby="freeze-heading">
        <h2 className="nhsuk-heading-m" id="freeze-heading">
          Freeze version {nextNumber}
        </h2>
        <FreezePanel orgId={orgId} strategyId={strategyId} nextNumber={nextNumber} />
      </section>
      <section aria-labelledby="versions-heading">
        <h2 className="nhsuk-heading-m" id="versions-heading">
          Versions
        </h2>
        <VersionsTable orgId={orgId} versions={data.versions} />
      </section>
      <Preview data={data} />
    </>
  );
}
