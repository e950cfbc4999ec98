import nunjucks from 'nunjucks';
import type { SurveyRow } from '../survey-access.js';
import { qrSvg } from '../qr.js';
import { render } from './render.js';

/** A printable A4 poster for staff rooms: the title, the closing date, the QR code and the short link. */
export async function renderPoster(survey: SurveyRow, url: string): Promise<string> {
  // The SVG comes from our own QR encoder (paths only, no text from people), so it is safe to embed.
  const qr = new nunjucks.runtime.SafeString(await qrSvg(url));
  return render('respond/poster.njk', { survey, url, shortUrl: url.replace(/^https?:\/\//, ''), qr });
}
