import type { DocFigure, DocTable } from '../../../shared/strategy-document.js';
import { DocumentTable } from './DocumentTable.js';

/*
 * A chart of the document: its caption, a drawing named by its alternative text, and the same
 * figures as a table below it, so nothing is only in the picture. Bars are drawn with plain
 * boxes (they reflow on a phone, where an SVG's labels would shrink); a timeline is read from its
 * table, which on a narrow screen says more than a squeezed drawing would.
 */

function Bars({ figure, alt }: { figure: Extract<DocFigure, { kind: 'bars' }>; alt: string }) {
  const max = figure.max > 0 ? figure.max : 1;
  return (
    <div className="chorus-document__bars" role="img" aria-label={alt}>
      {figure.bars.map((bar, i) => (
        <div key={i} className="chorus-document__bar-row" aria-hidden="true">
          <span className="chorus-document__bar-label">{bar.label}</span>
          <span className="chorus-document__bar-track">
            {bar.value !== null && <span className="chorus-document__bar" style={{ width: `${(100 * Math.min(Math.max(bar.value, 0), max)) / max}%` }} />}
          </span>
          <span className="chorus-document__bar-caption">{bar.caption}</span>
        </div>
      ))}
    </div>
  );
}

export function DocumentFigure({ figure, alt, caption, table }: { figure: DocFigure; alt: string; caption: string; table: DocTable }) {
  return (
    <figure className="chorus-document__figure">
      <figcaption className="nhsuk-body nhsuk-u-font-weight-bold">{caption}</figcaption>
      {figure.kind === 'bars' ? <Bars figure={figure} alt={alt} /> : <p className="nhsuk-body-s">{alt}</p>}
      <DocumentTable table={table} captionShown={table.caption !== caption} />
    </figure>
  );
}
