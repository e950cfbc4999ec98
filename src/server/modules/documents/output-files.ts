import type { OutputKind } from '../../../shared/contracts/documents.js';

/**
 * Each download's media type, the ending of the file name it is saved under, and its name at the
 * public address (whose ending tells the published page, and the browser, what it is).
 */
export const OUTPUT_FILES: Record<OutputKind, { type: string; ending: string; publicName: string }> = {
  docx: { type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', ending: '.docx', publicName: 'strategy.docx' },
  pdf: { type: 'application/pdf', ending: '.pdf', publicName: 'strategy.pdf' },
  'poster-a4': { type: 'application/pdf', ending: '-on-a-page-A4.pdf', publicName: 'strategy-on-a-page-A4.pdf' },
  'poster-a3': { type: 'application/pdf', ending: '-on-a-page-A3.pdf', publicName: 'strategy-on-a-page-A3.pdf' },
};

/** A file name from the title: letters, digits and hyphens only, so no header can be broken by it. */
export const fileStem = (title: string, number: number) =>
  `${title.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60) || 'strategy'}-version-${number}`;

export const attachment = (title: string, number: number, kind: OutputKind) => `attachment; filename="${fileStem(title, number)}${OUTPUT_FILES[kind].ending}"`;
