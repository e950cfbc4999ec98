import { OUTPUT_KINDS, type OutputKind, type VersionDetail } from '../../../shared/contracts/documents.js';
import { outputUrl } from './api.js';
import { fileSize } from './document-helpers.js';

/**
 * A version's four files, exactly as made when it was frozen. Each shows its SHA-256, so anyone
 * sent a copy can check it is this version, unchanged.
 */
const FORMAT: Record<OutputKind, string> = { pdf: 'PDF', docx: 'DOCX', 'poster-a4': 'PDF', 'poster-a3': 'PDF' };

export function Downloads({ version }: { version: VersionDetail }) {
  if (version.outputs.length === 0) return <p className="nhsuk-body">This version has no downloads.</p>;
  return (
    <ul className="nhsuk-list chorus-document-downloads">
      {[...version.outputs].sort((a, b) => OUTPUT_KINDS.indexOf(a.kind) - OUTPUT_KINDS.indexOf(b.kind)).map((output) => (
        <li key={output.kind} className="chorus-document-downloads__item">
          <a href={outputUrl(version.id, output.kind)} download>
            {output.label}
            <span className="nhsuk-u-visually-hidden">, version {version.number}</span>
          </a>{' '}
          <span className="chorus-document-downloads__size">
            ({FORMAT[output.kind]}, {fileSize(output.size)})
          </span>
          <details className="nhsuk-details chorus-document-downloads__check">
            <summary className="nhsuk-details__summary">
              <span className="nhsuk-details__summary-text">
                Check this file<span className="nhsuk-u-visually-hidden">: {output.label}</span>
              </span>
            </summary>
            <div className="nhsuk-details__text">
              <p className="nhsuk-body-s">
                A copy is this version, unchanged, if its SHA-256 checksum is:
              </p>
              <p className="nhsuk-body-s">
                <code className="chorus-document-downloads__sha" data-sha256={output.sha256}>
                  {output.sha256}
                </code>
              </p>
            </div>
          </details>
        </li>
      ))}
    </ul>
  );
}
