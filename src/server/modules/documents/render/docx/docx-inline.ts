import { ExternalHyperlink, TextRun, type ParagraphChild } from 'docx';
import type { Inline } from '../../../../../shared/strategy-document.js';
import { xmlSafe } from '../../../../platform/office/xml-safe.js';

/*
 * Markdown's inline pieces as Word runs. Every piece is text written as a run, never markup; a
 * link becomes a real hyperlink only to the web or email (the parser already drops any other
 * address, and this checks again so that a tree built elsewhere cannot slip one through).
 */

const LINKABLE = /^(https?:\/\/|mailto:)/i;

const textRun = (piece: Inline, style?: string) =>
  new TextRun({ text: xmlSafe(piece.text), bold: piece.strong, italics: piece.em, break: piece.br ? 1 : undefined, style });

export function inlineRuns(pieces: readonly Inline[]): ParagraphChild[] {
  return pieces.map((piece) =>
    piece.href && LINKABLE.test(piece.href) ? new ExternalHyperlink({ link: xmlSafe(piece.href), children: [textRun(piece, 'Hyperlink')] }) : textRun(piece),
  );
}
