/*
 * The look shared by the strategy document, the poster and the plain baseline: A4, margins of
 * 56 pt (about 2 cm), the trust's accent colour (white text on it is checked at WCAG AA when the
 * colour is chosen) or NHS blue, and near-black body text (#212b32, NHS.UK's text colour).
 */

export const NHS_BLUE = '#005eb8';
export const TEXT_COLOUR = '#212b32';
export const SECONDARY_TEXT = '#4c6272';
export const RULE_COLOUR = '#d8dde0';
export const HEADER_FILL = '#f0f4f5';

export const MARGIN = 56;

export const SIZE = { body: 11, small: 9, h1: 26, h2: 18, h3: 14, h4: 12, table: 9.5 } as const;
export const LINE_GAP = 2;

export const accent = (colour: string | null): string => colour ?? NHS_BLUE;

export const pdfInfo = (title: string, organisation: string, subject: string): PDFKit.DocumentInfo => ({
  Title: title,
  Author: organisation,
  Subject: subject,
  Creator: 'Chorus',
});
