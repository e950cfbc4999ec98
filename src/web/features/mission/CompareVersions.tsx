import { useMemo, useState } from 'react';
import { MISSION_FIELD_LABELS, MISSION_FIELDS, type MissionVersion } from '../../../shared/contracts/mission.js';
import { wordDiff } from '../../../shared/text/word-diff.js';
import { Select } from '../../ui/fields.js';
import { DiffText } from './DiffText.js';

/** The two versions compared at first: the agreed text against the draft, or else the two newest. */
function defaultPair(versions: MissionVersion[]): [string, string] {
  const agreed = versions.find((v) => v.state === 'agreed');
  const draft = versions.find((v) => v.state === 'draft');
  if (agreed && draft) return [agreed.id, draft.id];
  return [versions[1]?.id ?? '', versions[0]?.id ?? ''];
}

/**
 * Any two versions side by side as one text, word by word, field by field. The comparison runs in
 * the browser with the same function the API uses, over the versions the page already has.
 */
export function CompareVersions({ versions }: { versions: MissionVersion[] }) {
  const [initialFrom, initialTo] = defaultPair(versions);
  const [fromId, setFromId] = useState(initialFrom);
  const [toId, setToId] = useState(initialTo);
  const from = versions.find((v) => v.id === fromId);
  const to = versions.find((v) => v.id === toId);
  const fields = useMemo(
    () => (from && to ? MISSION_FIELDS.map((field) => ({ field, changed: from[field] !== to[field], parts: wordDiff(from[field], to[field]) })) : []),
    [from, to],
  );
  if (versions.length < 2) {
    return (
      <section aria-labelledby="compare-heading">
        <h2 className="nhsuk-heading-m" id="compare-heading">
          Compare versions
        </h2>
        <p className="nhsuk-body">There is one version so far. When a second is written you can compare them here, word by word.</p>
      </section>
    );
  }
  const options = versions.map((v) => ({ value: v.id, label: `Version ${v.number} (${v.state}, ${v.createdOn})` }));
  return (
    <section aria-labelledby="compare-heading">
      <h2 className="nhsuk-heading-m" id="compare-heading">
        Compare versions
      </h2>
      <div className="chorus-mission-compare__selects">
        <Select id="compare-from" label="Earlier version" value={fromId} onChange={setFromId} options={options} />
        <Select id="compare-to" label="Later version" value={toId} onChange={setToId} options={options} />
      </div>
      {from && to && (
        <div aria-live="polite">
          <p className="nhsuk-body-s">
            Words added in version {to.number} are <ins>underlined</ins>; words removed from version {from.number} are <del>struck through</del>.
          </p>
          {fields.map(({ field, changed, parts }) => (
            <div key={field}>
              <h3 className="nhsuk-heading-s">
                {MISSION_FIELD_LABELS[field]}
                {changed ? '' : ' (unchanged)'}
              </h3>
              <DiffText parts={parts} />
            </div>
          ))}
        </div>
      )}
    </section>
  );
}
