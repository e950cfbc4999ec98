import type { VersionComparison } from '../../../shared/contracts/documents.js';
import { plural } from '../../ui/format.js';
import { LoadError, Loading } from '../../ui/status.js';
import { Tag } from '../../ui/Tag.js';
import { useVersionComparison } from './api.js';
import { foldUnchanged } from './document-helpers.js';

const CHANGE_TAGS = { added: <Tag colour="green">Added</Tag>, removed: <Tag colour="red">Removed</Tag>, changed: <Tag colour="yellow">Changed</Tag> } as const;

type Section = VersionComparison['sections'][number];

function SectionChanges({ section }: { section: Section }) {
  return (
    <div className="chorus-document-compare__section">
      <h3 className="nhsuk-heading-s chorus-break-anywhere">
        {section.title} {section.change !== 'unchanged' && CHANGE_TAGS[section.change]}
      </h3>
      <ul className="chorus-document-compare__lines">
        {foldUnchanged(section.lines).map((line, i) =>
          line.kind === 'gap' ? (
            <li key={i} className="chorus-document-compare__gap">
              {plural(line.count, 'unchanged line')}
            </li>
          ) : line.kind === 'added' ? (
            <li key={i}>
              <ins>
                <span className="nhsuk-u-visually-hidden">Added: </span>
                {line.text}
              </ins>
            </li>
          ) : line.kind === 'removed' ? (
            <li key={i}>
              <del>
                <span className="nhsuk-u-visually-hidden">Removed: </span>
                {line.text}
              </del>
            </li>
          ) : (
            <li key={i}>{line.text}</li>
          ),
        )}
      </ul>
    </div>
  );
}

/**
 * Section by section, what changed from this version to another (or to the live draft): the
 * changed sections with their removed and added lines, then the unchanged ones by title only.
 */
export function CompareView({ versionId, otherId, otherLabel }: { versionId: string; otherId: string; otherLabel: string }) {
  const comparison = useVersionComparison(versionId, otherId);
  if (comparison.isPending) return <Loading what="the comparison" />;
  if (comparison.isError) return <LoadError error={comparison.error} what="The comparison" />;
  const { from, sections } = comparison.data;
  const changed = sections.filter((s) => s.change !== 'unchanged');
  const unchanged = sections.filter((s) => s.change === 'unchanged');
  return (
    <div className="chorus-document-compare chorus-break-anywhere">
      <p className="nhsuk-body" role="status">
        From version {from.number} to {otherLabel}: {changed.length === 0 ? 'nothing has changed.' : `${plural(changed.length, 'section')} changed.`}
        {changed.length > 0 && (
          <>
            {' '}Lines added are <ins>underlined</ins>; lines removed are <del>struck through</del>.
          </>
        )}
      </p>
      {changed.map((section) => (
        <SectionChanges key={section.key} section={section} />
      ))}
      {unchanged.length > 0 && (
        <details className="nhsuk-details">
          <summary className="nhsuk-details__summary">
            <span className="nhsuk-details__summary-text">{plural(unchanged.length, 'section')} unchanged</span>
          </summary>
          <div className="nhsuk-details__text">
            <ul className="nhsuk-list nhsuk-list--bullet">
              {unchanged.map((s) => (
                <li key={s.key}>{s.title}</li>
              ))}
            </ul>
          </div>
        </details>
      )}
    </div>
  );
}
