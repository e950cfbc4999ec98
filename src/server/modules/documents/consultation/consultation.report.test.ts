import { docxTextByLibreOffice } from '../../../testing/office-readers.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ConsultationPage } from '../../../../shared/contracts/consultation.js';
import { readZipEntry } from '../../../platform/office/read-docx.js';
import { startTestApp, type TestApp } from '../../../testing/harness.js';
import { MARKUP_COMMENT, PLANTED_EMAIL, seedConsultation, type Seeded } from './testing-consultation.js';



let t: TestApp;
let s: Seeded;
let url: string;

beforeAll(async () => {
  t = await startTestApp();
  s = await seedConsultation(t);
  url = `/api/v1/document-versions/${s.versionId}/consultation`;
  const view: ConsultationPage = (await s.team.get(url)).json();
  const markup = view.consultation!.sections[1]!.comments[0]!;
  await s.team.post(`${url}/comments/${markup.id}/reply`, { reply: 'We added an owner and a date to every initiative.' });
  await s.team.post(`${url}/comments/${markup.id}/handling`, { handling: 'changed' });
  const planted = view.consultation!.sections[0]!.comments[0]!;
  await s.team.post(`${url}/comments/${planted.id}/handling`, { handling: 'not_changed', reason: 'Discharge steps are set nationally.' });
}, 180_000);
afterAll(() => t.close());

describe('the consultation report as a Word document', () => {
  it('opens in LibreOffice with every section, the support, the comments masked and what was done', async () => {
    const response = await s.leader.get(`${url}/report.docx`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('wordprocessingml');
    expect(response.headers['content-disposition']).toMatch(/^attachment; filename="[a-z0-9-]+-version-1-consultation-report\.docx"$/);
    const docx = response.rawPayload;
    const text = await docxTextByLibreOffice(docx);
    expect(text).toContain('Consultation report:');
    expect(text).toContain('20 members of staff answered');
    for (const section of s.sections) expect(text, section.title).toContain(section.title);
    expect(text).toContain('Support for each section');
    expect(text).toContain(MARKUP_COMMENT);
    expect(text).toContain('We changed the text.');
    expect(text).toContain('We replied: We added an owner and a date to every initiative.');
    expect(text).toContain('We did not change the text. Discharge steps are set nationally.');
    expect(text).toContain('[email]');
    expect(text).toContain('[NHS number]');
    expect(text).not.toContain(PLANTED_EMAIL);
    expect(text).not.toMatch(/485.?777.?3457/);
    const xml = readZipEntry(docx, 'word/document.xml')!.toString('utf8');
    expect(xml).not.toContain(PLANTED_EMAIL);
    // The chart has its words for those who cannot see it.
    expect(xml).toMatch(/<wp:docPr [^>]*descr="Bar chart of the share of staff who said yes/);
  }, 180_000);

  it('is refused when the version has no consultation', async () => {
    const other = (await s.org.admin.post(`/api/v1/strategies/${s.strategyId}/document/versions`, { changeNote: 'Second' })).json().id;
    const response = await s.team.get(`/api/v1/document-versions/${other}/consultation/report.docx`);
    expect(response.statusCode).toBe(404);
  });
});
