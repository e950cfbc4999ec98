import type { SurveySummary } from '../../../shared/contracts/surveys.js';

/**
 * Identifying columns kept on purpose by an import: said plainly wherever the survey is shown,
 * so nobody reads its answers believing it anonymous.
 */
export function IdentifyingKept({ kept }: { kept: SurveySummary['identifyingKept'] }) {
  if (kept.length === 0) return null;
  return (
    <div className="nhsuk-warning-callout">
      <h2 className="nhsuk-warning-callout__label"><span role="text"><span className="nhsuk-u-visually-hidden">Important: </span>Identifying data kept</span></h2>
      <p>This survey is not anonymous. These columns identify people and were kept, by choice, when results were imported:</p>
      <ul className="nhsuk-list nhsuk-list--bullet">
        {kept.map((column) => (
          <li key={`${column.fileName}/${column.column}`}>"{column.column}" ({column.reason}), from {column.fileName}</li>
        ))}
      </ul>
    </div>
  );
}
