import { formatDate } from '../../../../../shared/dates.js';
import type { DocBlock, DocSection, DocTable, Inline, StrategyDocument } from '../../../../../shared/strategy-document.js';
import { drawFigure, type FigureDrawing } from './figures.js';

/*
 * What the web version's templates are given: the document's text as it is (Nunjucks escapes it
 * all), with the decisions made here in code where a test can reach them — heading levels,
 * addresses, file sizes, dates, chart geometry.
 */

export interface WebOptions {
  /** Every link is under it, e.g. "/p/northbridge/digital-strategy". */
  basePath: string;
  stylesheetHref: string;
  /** The file `accentStylesheet()` makes, when the route serves one. */
  accentStylesheetHref?: string;
  downloads: { label: string; href: string; bytes: number | null }[];
  notice: { kind: 'superseded' | 'draft' | 'consultation'; text: string; href?: string } | null;
  /** Said before the date on the cover instead of "Version N" / "Draft" (a live page says "Updated"). */
  versionLabel?: string;
  /** Other pages the contents page points to: "You said, we did", earlier versions. */
  related?: { label: string; href: string; text: string }[];
}

const NHS_BLUE = '#005eb8';
/** The accent as a CSS/SVG colour; anything but a plain hex colour falls back to NHS blue. */
export const accentOf = (accent: string | null): string => (accent && /^#[0-9a-f]{6}$/i.test(accent) ? accent.toLowerCase() : NHS_BLUE);

// Characters HTML cannot carry as text (C0 controls but tab and line ends, lone surrogates,
// U+FFFE/F) become U+FFFD, as `xmlSafe` does for the Word pack; the rest is escaped by Nunjucks.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const NOT_TEXT = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
export const textSafe = (text: string): string => text.replace(NOT_TEXT, '\uFFFD');

/** Every string of a value with `textSafe` applied; the shape is unchanged. */
function cleaned<T>(value: T): T {
  if (typeof value === 'string') return textSafe(value) as T;
  if (Array.isArray(value)) return value.map(cleaned) as T;
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, cleaned(v)])) as T;
  return value;
}

// The parser already keeps only these; checked again because a link is the one place text becomes an address.
const SAFE_HREF = /^(https?:\/\/[^\s<>"]+|mailto:[^\s<>"]+)$/i;
const inlines = (pieces: Inline[]): Inline[] =>
  pieces.map((p) => (p.href && !SAFE_HREF.test(p.href) ? { text: p.text, strong: p.strong, em: p.em, br: p.br } : p));

export type ViewBlock =
  | { kind: 'heading'; tag: 'h2' | 'h3' | 'h4'; text: string }
  | { kind: 'paragraph'; content: Inline[] }
  | { kind: 'list'; ordered: boolean; items: Inline[][] }
  | { kind: 'table'; table: DocTable }
  | { kind: 'figure'; id: string; caption: string; alt: string; drawing: FigureDrawing; table: DocTable; scrolls: boolean }
  | { kind: 'quote'; text: string; source: string };

/**
 * A section's page has the section title as its h1, so the document's level-3 headings become
 * h2 and level-4 h3. A level may only go one deeper than the heading before it (a level-4 heading
 * with no level-3 above it becomes h2), so the outline never skips a level whatever the tree says.
 */
export function viewBlocks(blocks: DocBlock[], accent: string, idPrefix: string): ViewBlock[] {
  let previous = 1;
  let figures = 0;
  return blocks.map((block): ViewBlock => {
    switch (block.kind) {
      case 'heading': {
        const level = Math.min(block.level - 1, previous + 1);
        previous = level;
        return { kind: 'heading', tag: `h${level}` as 'h2' | 'h3' | 'h4', text: block.text };
      }
      case 'paragraph':
        return { kind: 'paragraph', content: inlines(block.content) };
      case 'list':
        return { kind: 'list', ordered: block.ordered, items: block.items.map(inlines) };
      case 'table':
        return { kind: 'table', table: block.table };
      case 'figure':
        figures += 1;
        return {
          kind: 'figure',
          id: `${idPrefix}figure-${figures}`,
          caption: block.caption,
          alt: block.alt,
          drawing: drawFigure(block.figure, accent),
          table: block.table,
          // A timeline is too wide to read when shrunk to a phone: it scrolls sideways instead.
          scrolls: block.figure.kind === 'timeline',
        };
      case 'quote':
        return { kind: 'quote', text: block.text, source: block.source };
    }
  });
}

/** "412 KB", "1.4 MB", "800 bytes". */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} ${bytes === 1 ? 'byte' : 'bytes'}`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

const FILE_TYPES: Record<string, string> = { pdf: 'PDF', docx: 'Word document', odt: 'OpenDocument text', html: 'HTML', csv: 'CSV', txt: 'Plain text' };

/** "PDF, 412 KB": the file's kind from its address, and its size when known. */
export function downloadMeta(href: string, bytes: number | null): string {
  const extension = /\.([a-z0-9]{1,5})(?:[?#]|$)/i.exec(href)?.[1]?.toLowerCase();
  const kind = extension ? (FILE_TYPES[extension] ?? extension.toUpperCase()) : null;
  return [kind, bytes === null || !Number.isFinite(bytes) || bytes < 0 ? null : formatBytes(Math.round(bytes))].filter(Boolean).join(', ');
}

const NOTICE = {
  superseded: { callout: 'warning', heading: 'This version has been replaced', linkText: 'Read the current version' },
  draft: { callout: 'warning', heading: 'This is a draft', linkText: 'Read the published version' },
  consultation: { callout: 'inset', heading: null, linkText: 'Comment on this draft' },
} as const;

export interface Links {
  contents: string;
  section(key: string): string;
}

export function linksUnder(basePath: string): Links {
  const base = basePath.replace(/\/+$/, '');
  return { contents: base || '/', section: (key) => `${base}/${encodeURIComponent(key)}` };
}

/** What every page shows: the document's name, the notice, the stylesheets. */
export function commonView(doc: StrategyDocument, options: WebOptions) {
  const notice = options.notice && { ...NOTICE[options.notice.kind], text: options.notice.text, href: options.notice.href ?? null };
  return cleaned({
    documentTitle: doc.title,
    organisation: doc.organisation,
    stylesheetHref: options.stylesheetHref,
    accentStylesheetHref: options.accentStylesheetHref ?? null,
    notice,
    contentsHref: linksUnder(options.basePath).contents,
  });
}

export function contentsView(doc: StrategyDocument, options: WebOptions) {
  const links = linksUnder(options.basePath);
  const first = doc.sections[0];
  return cleaned({
    ...commonView(doc, options),
    version: options.versionLabel ?? (doc.version === null ? 'Draft' : `Version ${doc.version}`),
    related: options.related ?? [],
    date: formatDate(doc.composedAt),
    composedAt: doc.composedAt,
    downloads: options.downloads.map((d) => ({ label: d.label, href: d.href, meta: downloadMeta(d.href, d.bytes) })),
    sections: doc.sections.map((s) => ({ title: s.title, href: links.section(s.key) })),
    next: first ? { href: links.section(first.key), label: first.title } : null,
  });
}

export function sectionView(doc: StrategyDocument, options: WebOptions, index: number) {
  const links = linksUnder(options.basePath);
  const section: DocSection = doc.sections[index]!;
  const before = doc.sections[index - 1];
  const after = doc.sections[index + 1];
  return cleaned({
    ...commonView(doc, options),
    title: section.title,
    number: index + 1,
    total: doc.sections.length,
    blocks: viewBlocks(section.blocks, accentOf(doc.accentColour), ''),
    previous: before ? { href: links.section(before.key), label: before.title } : { href: links.contents, label: 'Contents' },
    next: after ? { href: links.section(after.key), label: after.title } : null,
  });
}
