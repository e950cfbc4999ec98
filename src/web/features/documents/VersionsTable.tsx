import { Link } from 'react-router';
import { VERSION_STATE_LABELS, type VersionState, type VersionSummary } from '../../../shared/contracts/documents.js';
import { paths } from '../../app/paths.js';
import { formatDate } from '../../ui/format.js';
import { Table } from '../../ui/Table.js';
import { Tag, type TagColour } from '../../ui/Tag.js';

const COLOURS: Record<VersionState, TagColour> = { frozen: 'blue', published: 'green', superseded: 'grey' };

export const VersionStateTag = ({ state }: { state: VersionState }) => <Tag colour={COLOURS[state]}>{VERSION_STATE_LABELS[state]}</Tag>;

/** Every frozen version, newest first, each linking to its page with its downloads. */
export function VersionsTable({ orgId, versions }: { orgId: string; versions: VersionSummary[] }) {
  if (versions.length === 0) return <p className="nhsuk-body">No version has been frozen yet.</p>;
  return (
    <Table
      caption="Frozen versions"
      captionHidden
      rows={versions}
      rowKey={(v) => v.id}
      columns={[
        { header: 'Version', cell: (v) => <Link to={paths.documentVersion(orgId, v.id)}>Version {v.number}</Link> },
        { header: 'State', cell: (v) => <VersionStateTag state={v.state} /> },
        {
          header: 'Frozen',
          cell: (v) => (
            <>
              <time dateTime={v.frozenAt}>{formatDate(v.frozenAt)}</time> by {v.frozenBy}
            </>
          ),
        },
        { header: 'What changed', cell: (v) => <span className="chorus-document__note">{v.changeNote || 'No note given'}</span> },
      ]}
    />
  );
}
