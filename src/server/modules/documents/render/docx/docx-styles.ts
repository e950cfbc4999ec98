import { AlignmentType, LevelFormat, LineRuleType, type INumberingOptions, type IStylesOptions } from 'docx';

/*
 * The strategy document's look in Word: real named styles (Title, Heading 1–3, Caption, Quote) so
 * that the navigation pane, the table of contents and screen readers all see the structure, and
 * one accent colour (the organisation's, or NHS blue) on the heading text.
 */

export const NHS_BLUE = '005EB8';
const INK = '212B32'; // NHS text colour
const SECONDARY = '4C6272'; // NHS secondary text colour, 7:1 on white

/** "#00a3e0" or "00A3E0" → "00A3E0" as Word writes colours; anything else falls back to NHS blue. */
export function accentHex(accentColour: string | null): string {
  const hex = accentColour?.trim().replace(/^#/, '') ?? '';
  return /^[0-9a-f]{6}$/i.test(hex) ? hex.toUpperCase() : NHS_BLUE;
}

export const STYLE = { quote: 'Quote', cover: 'CoverLine', contents: 'ContentsHeading', caption: 'Caption', body: 'BodyText', headerCell: 'TableHeaderText' } as const;
export const NUMBERING = { ordered: 'strategy-ordered', bullets: 'strategy-bullets' } as const;

const pt = (points: number) => points * 2; // Word sizes runs in half-points

export function strategyStyles(accent: string): IStylesOptions {
  const heading = (size: number, before: number) => ({ run: { color: accent, bold: true, size: pt(size), font: 'Arial' }, paragraph: { spacing: { before, after: 120 }, keepNext: true, keepLines: true } });
  return {
    default: {
      // The language Word checks spelling in and a screen reader speaks in, for every run.
      // Normal has no space after, which suits the many table cells; running text is Body Text (below).
      document: { run: { language: { value: 'en-GB' }, font: 'Arial', size: pt(12), color: INK }, paragraph: { spacing: { after: 0, line: 300, lineRule: LineRuleType.AUTO } } },
      title: { run: { color: accent, bold: true, size: pt(32), font: 'Arial' }, paragraph: { spacing: { before: 480, after: 240 } } },
      heading1: { ...heading(22, 0), paragraph: { ...heading(22, 0).paragraph, spacing: { before: 0, after: 240 } } },
      heading2: heading(16, 360),
      heading3: heading(13, 240),
      caption: { run: { bold: true, italics: false, size: pt(11), color: INK }, paragraph: { spacing: { before: 240, after: 80 }, keepNext: true } },
      hyperlink: { run: { color: NHS_BLUE, underline: {} } },
      // Each list item a little apart, set once here rather than on every item.
      listParagraph: { paragraph: { spacing: { after: 80 } } },
    },
    paragraphStyles: [
      {
        id: STYLE.quote,
        name: 'Quote',
        basedOn: 'Normal',
        next: 'Normal',
        quickFormat: true,
        run: { italics: true },
        paragraph: { indent: { left: 720, right: 360 }, spacing: { before: 120, after: 200 }, border: { left: { style: 'single', size: 18, color: accent, space: 12 } } },
      },
      { id: STYLE.cover, name: 'Cover line', basedOn: 'Normal', next: 'Normal', run: { size: pt(16), color: SECONDARY }, paragraph: { spacing: { after: 240 } } },
      // Word's own name for running text, so a reader's template can restyle it.
      { id: STYLE.body, name: 'Body Text', basedOn: 'Normal', next: STYLE.body, quickFormat: true, paragraph: { spacing: { after: 160 } } },
      // A table's header cells: bold white on the accent, set once here rather than on every run.
      { id: STYLE.headerCell, name: 'Table header text', basedOn: 'Normal', next: 'Normal', run: { bold: true, color: 'FFFFFF' } },
      { id: STYLE.contents, name: 'TOC Heading', basedOn: 'Normal', next: 'Normal', run: { size: pt(22), bold: true, color: accent }, paragraph: { spacing: { after: 240 } } },
    ],
  };
}

const level = (format: (typeof LevelFormat)[keyof typeof LevelFormat], text: string) => ({
  level: 0,
  format,
  text,
  alignment: AlignmentType.START,
  style: { paragraph: { indent: { left: 720, hanging: 360 } } },
});

/** Real Word lists: each ordered list is its own `instance`, so its numbers start again at 1. */
export const strategyNumbering: INumberingOptions = {
  config: [
    { reference: NUMBERING.ordered, levels: [level(LevelFormat.DECIMAL, '%1.')] },
    { reference: NUMBERING.bullets, levels: [level(LevelFormat.BULLET, '\u2022')] },
  ],
};
