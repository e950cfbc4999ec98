import { docxTextByLibreOffice } from '../../testing/office-readers.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Playback } from '../../../shared/contracts/playback.js';
import { analyseOrganisation, onMachineAnalyser } from '../evidence/index.js';
import { signUpOrganisation, startTestApp, type SignedUpOrg, type TestApp } from '../../testing/harness.js';
import { naughtyStrings } from '../../testing/test-data.js';
import { playbackDocx } from './docx/build.js';
import { xmlSafe } from './docx/blocks.js';
import { documentRuns, readZipEntry } from '../../platform/office/read-docx.js';
import { PLANTED, seedPlayback } from './testing-playback.js';



let t: TestApp;
let org: SignedUpOrg;
let strategyId: string;
const STATEMENT = 'Rota tools <b>fail</b> staff at night {{7*7}} & ${7*7}';

beforeAll(async () => {
  t = await startTestApp();
  org = await signUpOrganisation(t.app, 'Docx Trust');
  const seeded = await seedPlayback(t, org);
  strategyId = seeded.strategyId;
  // The evidence library's own detection finds and masks the planted name and phone number.
  await analyseOrganisation(t.ctx.db, org.organisationId, onMachineAnalyser());
  const { evidence } = seeded;
  await org.admin.post(`/api/v1/strategies/${strategyId}/insights`, { statement: STATEMENT, evidenceIds: [...evidence.rota, ...evidence.note, ...evidence.interview] });
  await org.admin.post(`/api/v1/strategies/${strategyId}/insights`, { statement: 'Printers slow letters', evidenceIds: evidence.note });
  await org.admin.patch(`/api/v1/strategies/${strategyId}/playback`, { intro: 'Thank you to **everyone** who took part.' });
}, 120_000);
afterAll(() => t.close());

describe('the playback as a Word document', () => {
  it('opens in LibreOffice with the insights, masked quotes, and no planted identifier', async () => {
    const response = await org.admin.get(`/api/v1/strategies/${strategyId}/playback.docx`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('wordprocessingml');
    const docx = response.rawPayload;
    const text = await docxTextByLibreOffice(docx);
    expect(text).toContain('What we heard: Digital plan');
    expect(text).toContain(STATEMENT);
    expect(text).toContain('Printers slow letters');
    expect(text).toContain('Interview with the Medical Director');
    expect(text).toContain('Rota Manager');
    expect(text).toContain('Our systems help me do my job');
    expect(text).toMatch(/\[phone\]/);
    expect(text).toMatch(/\[name\]/);
    for (const secret of [PLANTED.name, 'Shah', PLANTED.phone, '900123', PLANTED.interviewee]) expect(text).not.toContain(secret);
    // The same, looking inside the file itself.
    expect(docx.toString('latin1')).not.toContain('900123');
    const xml = readZipEntry(docx, 'word/document.xml')!.toString('utf8');
    expect(xml).not.toContain('Priya');
  }, 180_000);

  it('uses real heading styles, repeated table header rows, alt text on every chart, en-GB and a title', async () => {
    const docx = (await org.admin.get(`/api/v1/strategies/${strategyId}/playback.docx`)).rawPayload;
    const xml = readZipEntry(docx, 'word/document.xml')!.toString('utf8');
    expect(xml).toContain('<w:pStyle w:val="Heading1"/>');
    expect(xml).toContain('<w:pStyle w:val="Heading2"/>');
    expect(xml).toContain('<w:tblHeader');
    const pictures = [...xml.matchAll(/<wp:docPr [^>]*>/g)].map((m) => m[0]);
    expect(pictures.length).toBeGreaterThan(0);
    for (const picture of pictures) expect(picture).toMatch(/descr="[^"]{10,}"/);
    expect(readZipEntry(docx, 'word/styles.xml')!.toString('utf8')).toContain('w:val="en-GB"');
    expect(readZipEntry(docx, 'docProps/core.xml')!.toString('utf8')).toContain('<dc:title>What we heard: Digital plan</dc:title>');
    const media = readZipEntry(docx, 'word/media/image1.png') ?? Buffer.alloc(0);
    expect(media.subarray(1, 4).toString('latin1')).toBe('PNG');
  });

  it('prints every naughty string as written, never as markup', async () => {
    const { strings } = naughtyStrings();
    const pack = (await org.admin.get(`/api/v1/strategies/${strategyId}/playback`)).json() as Playback;
    const insights = strings.map((statement, i) => ({ ...pack.insights[0]!, id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`, statement }));
    const docx = await playbackDocx({ ...pack, intro: strings.join('\n\n'), insights }, '2026-12-05');
    const runs = documentRuns(docx);
    const all = runs.join('\n');
    for (const [i, s] of strings.entries()) expect(all, `string ${i}`).toContain(`${i + 1}. ${xmlSafe(s)}`);
  });
});
