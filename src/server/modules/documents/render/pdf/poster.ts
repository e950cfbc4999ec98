import type { StrategyPoster } from '../../../../../shared/strategy-document.js';
import { artifact } from './flow.js';
import { FONT, type FontName } from './fonts.js';
import { renderPdf } from './pdf-buffer.js';
import { pdfLine, pdfText } from './pdf-text.js';
import { addressLine, BASE, cardPieces, cardTextWidth, cut, LIMIT, planPoster, posterHeight, type Piece, type PosterPlan } from './poster-layout.js';
import { accent, pdfInfo, TEXT_COLOUR } from './theme.js';

/*
 * "Strategy on a page": one landscape page for a ward or staff room wall, tagged like the full
 * document (H1 title, the mission, an H3 per priority with its summary, up to three initiatives and
 * measures as lists, and where to read the rest). The type shrinks until everything fits; if even
 * the smallest type cannot hold it (a 5,000-character name), text is cut with "…" — the poster
 * never runs onto a second page.
 */

interface Region {
  x: number;
  width: number;
  /** Nothing is written below this line. */
  bottom: number;
}

/** When even the smallest type overflows, each part gets a fixed share of the page instead. */
function clamp(plan: PosterPlan, pageHeight: number): PosterPlan {
  if (!plan.clipped) return plan;
  const pad = BASE.pad * plan.scale;
  const bandHeight = Math.min(plan.bandHeight, pageHeight * 0.22);
  const missionHeight = Math.min(plan.missionHeight, pageHeight * 0.18);
  const addressHeight = Math.min(plan.addressHeight, pageHeight * 0.08);
  const gutters = plan.rowHeights.length * BASE.gutter * plan.scale;
  const gridRoom = pageHeight - bandHeight - missionHeight - plan.headingHeight - addressHeight - gutters - pad * 2;
  const measured = plan.rowHeights.reduce((a, b) => a + b, 0);
  const rowHeights = plan.rowHeights.map((h) => (measured > gridRoom ? (h / measured) * gridRoom : h));
  return { ...plan, bandHeight, missionHeight, addressHeight, rowHeights };
}

export async function strategyPosterPdf(poster: StrategyPoster, size: 'A4' | 'A3'): Promise<Buffer> {
  const colour = accent(poster.accentColour);
  const title = pdfLine(poster.title);
  const organisation = pdfLine(poster.organisation);
  const pageScale = size === 'A3' ? Math.SQRT2 : 1;
  const setup = { info: pdfInfo(title, organisation, 'Strategy on a page'), size, layout: 'landscape', tagged: true, margin: 0 } as const;
  return renderPdf(setup, (doc) => {
    doc.on('pageAdded', () => {
      throw new Error('The poster ran onto a second page');
    });
    const text = { title: cut(title, LIMIT.title), organisation: cut(organisation, LIMIT.title), mission: pdfText(cut(poster.mission, LIMIT.mission)), address: poster.address === null ? null : pdfLine(cut(poster.address, LIMIT.item)), cards: poster.priorities.map(cardPieces) };
    const plan = clamp(planPoster(doc, text, pageScale), doc.page.height);
    const s = plan.scale;
    const pad = BASE.pad * s;
    const width = doc.page.width - 2 * plan.side;
    const root = doc.struct('Document');
    doc.addStructure(root);

    /** Writes one piece of text as a structure element, cut to fit above `region.bottom`. */
    const put = (parent: PDFKit.PDFStructureElement, type: string, words: string, font: FontName, size: number, fill: string, y: number, region: Region): number => {
      const room = region.bottom - y;
      if (room < size * s) return y;
      doc.font(font).fontSize(size * s);
      const height = Math.min(doc.heightOfString(words || ' ', { width: region.width }), room);
      parent.add(doc.struct(type, {}, () => doc.font(font).fontSize(size * s).fillColor(fill).text(words, region.x, y, { width: region.width, height: room, ellipsis: true })));
      return y + height;
    };

    artifact(doc, () => doc.rect(0, 0, doc.page.width, plan.bandHeight).fill(colour));
    const band: Region = { x: plan.side, width, bottom: plan.bandHeight - pad * 0.5 };
    let y = put(root, 'H1', text.title, FONT.bold, BASE.title, 'white', pad, band) + 4 * s;
    put(root, 'P', text.organisation, FONT.regular, BASE.organisation, 'white', y, band);

    y = plan.bandHeight + pad;
    const mission: Region = { x: plan.side, width, bottom: y + plan.missionHeight };
    y = put(root, 'H2', 'Our mission', FONT.bold, BASE.h2, colour, y, mission) + 3 * s;
    put(root, 'P', text.mission, FONT.italic, BASE.mission, TEXT_COLOUR, y, mission);

    y = plan.bandHeight + pad + plan.missionHeight;
    put(root, 'H2', 'Our priorities', FONT.bold, BASE.h2, colour, y, { x: plan.side, width, bottom: y + plan.headingHeight });
    let rowTop = y + plan.headingHeight;
    plan.rowHeights.forEach((rowHeight, row) => {
      text.cards.slice(row * plan.columns, (row + 1) * plan.columns).forEach((card, col) => {
        const x = plan.side + col * (plan.columnWidth + BASE.gutter * s);
        artifact(doc, () => doc.rect(x, rowTop, 3 * s, Math.max(rowHeight - pad * 0.5, 0)).fill(colour));
        card_(doc, root, card, { x: x + 8 * s, width: cardTextWidth(plan.columnWidth, s), bottom: rowTop + rowHeight }, rowTop, s, colour, put);
      });
      rowTop += rowHeight + BASE.gutter * s;
    });

    if (text.address !== null) {
      const top = Math.max(rowTop, doc.page.height - pad - plan.addressHeight);
      const p = doc.struct('P');
      root.add(p);
      const region: Region = { x: plan.side, width, bottom: Math.min(top + plan.addressHeight, doc.page.height - 2) };
      const address = text.address;
      const href = poster.address !== null && /^https?:\/\//i.test(poster.address) ? pdfLine(poster.address) : null;
      p.add(
        doc.struct('Link', {}, () =>
          doc
            .font(FONT.regular)
            .fontSize(BASE.address * s)
            .fillColor(colour)
            .text(addressLine(address), region.x, top, { width, height: Math.max(region.bottom - top, BASE.address * s), ellipsis: true, link: href }),
        ),
      );
      p.end();
    }
    root.end();
    // Checked here rather than trusted: the fitting above is arithmetic, and a wall poster must be one sheet.
    if (posterHeight(plan) > doc.page.height + 1 && !plan.clipped) throw new Error('The poster plan does not fit its page');
  });
}

type Put = (parent: PDFKit.PDFStructureElement, type: string, words: string, font: FontName, size: number, fill: string, y: number, region: Region) => number;

/** One priority: a Sect holding its H3 title, summary and the lists under their H4 headings. */
function card_(doc: PDFKit.PDFDocument, root: PDFKit.PDFStructureElement, pieces: Piece[], region: Region, top: number, s: number, colour: string, put: Put): void {
  const sect = doc.struct('Sect');
  root.add(sect);
  let y = top;
  let list: PDFKit.PDFStructureElement | null = null;
  for (const piece of pieces) {
    if (piece.role !== 'LI' && list) {
      list.end();
      list = null;
    }
    if (piece.role === 'LI') {
      if (region.bottom - y < piece.size * s) continue;
      if (!list) {
        list = doc.struct('L');
        sect.add(list);
      }
      const li = doc.struct('LI');
      list.add(li);
      const at = y;
      li.add(doc.struct('Lbl', {}, () => doc.font(FONT.regular).fontSize(piece.size * s).fillColor(TEXT_COLOUR).text('•', region.x, at, { lineBreak: false })));
      const indent = BASE.bulletIndent * s;
      y = put(li, 'LBody', piece.text, piece.font, piece.size, TEXT_COLOUR, at, { ...region, x: region.x + indent, width: region.width - indent });
      li.end();
    } else {
      y = put(sect, piece.role, piece.text, piece.font, piece.size, piece.role === 'H3' ? colour : TEXT_COLOUR, y, region);
    }
    y += piece.gap * s;
  }
  list?.end();
  sect.end();
}
