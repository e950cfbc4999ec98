import ReactMarkdown, { type Components } from 'react-markdown';

/*
 * Notes written in Markdown, shown safely. react-markdown builds React elements from the
 * Markdown syntax tree and never renders raw HTML (a `<script>` typed into the notes shows
 * as text, and `javascript:` links are dropped by its URL filter), so no
 * dangerouslySetInnerHTML is needed. Elements get the NHS.UK classes; headings start at h3
 * so they sit under the page's own h2 sections in order.
 */
const components: Components = {
  h1: ({ children }) => <h3 className="nhsuk-heading-s">{children}</h3>,
  h2: ({ children }) => <h3 className="nhsuk-heading-s">{children}</h3>,
  h3: ({ children }) => <h4 className="nhsuk-heading-xs">{children}</h4>,
  h4: ({ children }) => <h4 className="nhsuk-heading-xs">{children}</h4>,
  h5: ({ children }) => <h4 className="nhsuk-heading-xs">{children}</h4>,
  h6: ({ children }) => <h4 className="nhsuk-heading-xs">{children}</h4>,
  p: ({ children }) => <p className="nhsuk-body">{children}</p>,
  ul: ({ children }) => <ul className="nhsuk-list nhsuk-list--bullet">{children}</ul>,
  ol: ({ children }) => <ol className="nhsuk-list nhsuk-list--number">{children}</ol>,
  blockquote: ({ children }) => <blockquote className="nhsuk-inset-text">{children}</blockquote>,
  a: ({ children, href }) => (
    <a href={href} rel="noopener noreferrer nofollow" target="_blank">
      {children}
      <span className="nhsuk-u-visually-hidden"> (opens in a new tab)</span>
    </a>
  ),
  // Images would load from anywhere the author linked; notes are text.
  img: ({ alt }) => <span>{alt ? `[image: ${alt}]` : '[image]'}</span>,
};

export function Markdown({ children }: { children: string }) {
  return (
    <div className="chorus-markdown chorus-break-anywhere">
      <ReactMarkdown components={components}>
        {children}
      </ReactMarkdown>
    </div>
  );
}
