import { Fragment, type ReactNode } from 'react';
import { parseSimpleMarkdown, type Inline } from '../../../shared/simple-markdown.js';

function piece(p: Inline): ReactNode {
  let node: ReactNode = p.text;
  if (p.em) node = <em>{node}</em>;
  if (p.strong) node = <strong>{node}</strong>;
  if (p.href) {
    node = (
      <a href={p.href} target="_blank" rel="noopener noreferrer">
        {node}
        <span className="nhsuk-u-visually-hidden"> (opens in a new tab)</span>
      </a>
    );
  }
  return node;
}

const pieces = (list: Inline[]) =>
  list.map((p, i) => (
    <Fragment key={i}>
      {p.br && <br />}
      {piece(p)}
    </Fragment>
  ));

/**
 * A survey's introduction in the builder's preview, read by the same small Markdown subset
 * as the staff pages (shared/simple-markdown.ts), so the preview shows what staff will see.
 */
export function IntroText({ text }: { text: string }) {
  return (
    <div className="chorus-break-anywhere">
      {parseSimpleMarkdown(text).map((block, i) =>
        block.kind === 'p' ? (
          <p key={i} className="nhsuk-body">
            {pieces(block.content)}
          </p>
        ) : block.kind === 'ul' ? (
          <ul key={i} className="nhsuk-list nhsuk-list--bullet">
            {block.items.map((item, j) => <li key={j}>{pieces(item)}</li>)}
          </ul>
        ) : (
          <ol key={i} className="nhsuk-list nhsuk-list--number">
            {block.items.map((item, j) => <li key={j}>{pieces(item)}</li>)}
          </ol>
        ),
      )}
    </div>
  );
}
