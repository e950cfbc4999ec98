/**
 * A small, safe subset of Markdown for a survey's introduction: paragraphs, line breaks,
 * **bold**, *italic*, bullet and numbered lists, and [links](https://…) to http, https and
 * mailto addresses only; an image (`![words](…)`) keeps only its words. It produces a tree of plain-text pieces, never HTML: the staff pages
 * (Nunjucks, autoescaped) and the builder's preview (React) each render the tree, so the
 * same introduction reads the same in both and no raw HTML can pass through either.
 */
export interface Inline {
  text: string;
  strong?: true;
  em?: true;
  href?: string;
  /** A line break before this piece (a single newline inside a paragraph). */
  br?: true;
}

export type Block = { kind: 'p'; content: Inline[] } | { kind: 'ul' | 'ol'; items: Inline[][] };

const BULLET = /^\s*[-*+]\s+/;
const NUMBER = /^\s*\d{1,3}[.)]\s+/;
const SAFE_HREF = /^(https?:\/\/[^\s<>"]+|mailto:[^\s<>"]+)$/i;
// Links first, then bold, then italic; `_` only at word edges, so snake_case stays as written.
const INLINE = /(!?)\[([^\]\n]+)\]\(([^)\s]+)\)|\*\*(.+?)\*\*|__(.+?)__|\*([^*\s](?:[^*]*[^*\s])?)\*|(?<![\p{L}\p{N}])_([^_\s](?:[^_]*[^_\s])?)_(?![\p{L}\p{N}])/gu;

type Style = Omit<Inline, 'text' | 'br'>;

function inline(text: string, style: Style = {}): Inline[] {
  const out: Inline[] = [];
  let last = 0;
  for (const match of text.matchAll(INLINE)) {
    const at = match.index;
    if (at > last) out.push({ ...style, text: text.slice(last, at) });
    const [whole, bang, label, href, bold1, bold2, em1, em2] = match;
    if (label !== undefined && href !== undefined && bang) {
      // An image is never fetched or shown, however large: only its description is kept.
      out.push(...inline(label, style));
    } else if (label !== undefined && href !== undefined) {
      // A link to anything but the web or email (javascript:, data:, a relative path) keeps only its words.
      out.push(...inline(label, SAFE_HREF.test(href) && !style.href ? { ...style, href } : style));
    } else if (bold1 ?? bold2) {
      out.push(...inline((bold1 ?? bold2)!, { ...style, strong: true }));
    } else if (em1 ?? em2) {
      out.push(...inline((em1 ?? em2)!, { ...style, em: true }));
    } else {
      out.push({ ...style, text: whole });
    }
    last = at + whole.length;
  }
  if (last < text.length) out.push({ ...style, text: text.slice(last) });
  return out;
}

function lines(lineList: string[]): Inline[] {
  return lineList.flatMap((line, i) => {
    const pieces = inline(line.trim());
    if (i > 0 && pieces[0]) pieces[0] = { ...pieces[0], br: true };
    return pieces;
  });
}

export function parseSimpleMarkdown(source: string): Block[] {
  const blocks: Block[] = [];
  for (const chunk of source.replace(/\r\n?/g, '\n').split(/\n\s*\n/)) {
    const rows = chunk.split('\n').filter((line) => line.trim() !== '');
    if (rows.length === 0) continue;
    const list = rows.every((r) => BULLET.test(r)) ? 'ul' : rows.every((r) => NUMBER.test(r)) ? 'ol' : null;
    if (list) {
      const marker = list === 'ul' ? BULLET : NUMBER;
      blocks.push({ kind: list, items: rows.map((r) => inline(r.replace(marker, '').trim())) });
    } else {
      blocks.push({ kind: 'p', content: lines(rows) });
    }
  }
  return blocks;
}
