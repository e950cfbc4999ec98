import { Fragment, type ReactNode } from 'react';
import type { DocBlock, Inline, StrategyDocument } from '../../../shared/strategy-document.js';
import { DocumentFigure } from './DocumentFigure.js';
import { DocumentTable } from './DocumentTable.js';

/*
 * The strategy document's tree drawn in React: the web reading of the same tree the DOCX and PDF
 * render. Every string in the tree is text, so React escapes it; nothing here takes markup.
 * Each section is an h2 and the headings inside it h3 and h4, as in the other outputs.
 */

function piece(p: Inline): ReactNode {
  let node: ReactNode = p.text;
  if (p.em) node = <em>{node}</em>;
  if (p.strong) node = <strong>{node}</strong>;
  if (p.href) {
    node = (
      <a href={p.href} target="_blank" rel="noopener noreferrer nofollow">
        {node}
        <span className="nhsuk-u-visually-hidden"> (opens in a new tab)</span>
      </a>
    );
  }
  return node;
}

export const InlineText = ({ content }: { content: Inline[] }) => (
  <>
    {content.map((p, i) => (
      <Fragment key={i}>
        {p.br && <br />}
        {piece(p)}
      </Fragment>
    ))}
  </>
);

function Block({ block, previous }: { block: DocBlock; previous: DocBlock | undefined }) {
  switch (block.kind) {
    case 'heading':
      return block.level === 3 ? <h3 className="nhsuk-heading-s">{block.text}</h3> : <h4 className="nhsuk-heading-xs">{block.text}</h4>;
    case 'paragraph':
      return (
        <p className="nhsuk-body">
          <InlineText content={block.content} />
        </p>
      );
    case 'list': {
      const items = block.items.map((item, i) => (
        <li key={i}>
          <InlineText content={item} />
        </li>
      ));
      return block.ordered ? <ol className="nhsuk-list nhsuk-list--number">{items}</ol> : <ul className="nhsuk-list nhsuk-list--bullet">{items}</ul>;
    }
    case 'table':
      return <DocumentTable table={block.table} captionShown={!(previous?.kind === 'heading' && previous.text === block.table.caption)} />;
    case 'figure':
      return <DocumentFigure figure={block.figure} alt={block.alt} caption={block.caption} table={block.table} />;
    case 'quote':
      return (
        <blockquote className="chorus-document__quote">
          <p className="nhsuk-body">“{block.text}”</p>
          <footer className="nhsuk-body-s">{block.source}</footer>
        </blockquote>
      );
  }
}

/** The document's sections in order; `idPrefix` keeps ids unique when two trees share a page. */
export function DocumentTree({ document, idPrefix }: { document: StrategyDocument; idPrefix: string }) {
  if (document.sections.length === 0) return <p className="nhsuk-body">Every section is hidden, so the document is empty.</p>;
  return (
    <div className="chorus-document chorus-break-anywhere">
      {document.sections.map((section) => (
        <section key={section.key} aria-labelledby={`${idPrefix}-${section.key}`} className="chorus-document__section" data-section-key={section.key}>
          <h2 className="nhsuk-heading-m" id={`${idPrefix}-${section.key}`}>
            {section.title}
          </h2>
          {section.blocks.map((block, i) => (
            <Block key={i} block={block} previous={section.blocks[i - 1]} />
          ))}
        </section>
      ))}
    </div>
  );
}
