import type { MissionVersion, MissionVersionState } from '../../../shared/contracts/mission.js';
import { Table } from '../../ui/Table.js';
import { Tag, type TagColour } from '../../ui/Tag.js';

const STATE: Record<MissionVersionState, { label: string; colour: TagColour }> = {
  agreed: { label: 'Agreed', colour: 'green' },
  draft: { label: 'Draft', colour: 'blue' },
  superseded: { label: 'Earlier version', colour: 'grey' },
};

export const StateTag = ({ state }: { state: MissionVersionState }) => <Tag colour={STATE[state].colour}>{STATE[state].label}</Tag>;

/** Every version, newest first; each can show its comments further down the page. */
export function VersionHistory({ versions, discussedId, onDiscuss }: { versions: MissionVersion[]; discussedId: string; onDiscuss: (id: string) => void }) {
  return (
    <Table
      caption="Version history"
      rows={versions}
      rowKey={(v) => v.id}
      columns={[
        { header: 'Version', cell: (v) => `Version ${v.number}` },
        { header: 'Status', cell: (v) => <StateTag state={v.state} /> },
        { header: 'Written', cell: (v) => <time dateTime={v.createdAt}>{v.createdOn}</time> },
        { header: 'Author', cell: (v) => v.author },
        { header: 'Change note', cell: (v) => <span className="chorus-mission-text__plain">{v.changeNote || 'None given'}</span> },
        {
          header: 'Comments',
          cell: (v) =>
            v.id === discussedId ? (
              'Shown below'
            ) : (
              <button type="button" className="chorus-mission-link-button" onClick={() => onDiscuss(v.id)}>
                Show comments<span className="nhsuk-u-visually-hidden"> on version {v.number}</span>
              </button>
            ),
        },
      ]}
    />
  );
}
