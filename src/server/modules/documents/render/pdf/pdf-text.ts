/*
 * Every string reaches PDFKit as text to be laid out in glyphs — PDF has no markup to inject into —
 * but some characters cannot be drawn or carried: C0/C1 control characters (NUL, ESC, …), lone
 * UTF-16 surrogates and the non-characters U+FFFE/U+FFFF. They become U+FFFD (a visible "�"), so
 * the text stays as long as it was and nothing is silently dropped. Tabs print as a space.
 */

// eslint-disable-next-line no-control-regex -- finding control characters is the point
const UNDRAWABLE = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/*
 * Invisible format characters (Unicode category Cf: zero-width spaces and joiners, direction marks
 * and embeddings, the interlinear annotation marks, tag characters, BOMs) are left out. They have
 * no ink, DejaVu has no glyph for most of them, and PDFKit measures a run of them far narrower than
 * it draws the boxes it prints instead, so the line runs off the page. Soft hyphens stay: PDFKit
 * breaks a word there and prints the hyphen.
 */
const INVISIBLE = /(?!\u00AD)\p{Cf}/gu;

/** Text for a paragraph: line ends (\n, \r\n, \r) are kept as line breaks. */
export const pdfText = (text: string): string => text.replace(/\r\n?/g, '\n').replace(/\t/g, ' ').replace(UNDRAWABLE, '\uFFFD').replace(INVISIBLE, '');

/** Text for one line (a heading, a label, a bookmark, the document's title): line ends become spaces. */
export const pdfLine = (text: string): string => pdfText(text).replace(/\n/g, ' ');
