import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { quarterKeyOf, quarterOf } from '../../../shared/contracts/delivery.js';
import { todayInLondon } from '../../../shared/calendar-date.js';
import { priorities } from '../priorities/index.js';
import { addMember, signUpOrganisation, startTestApp, type SignedUpOrg, type TestApp } from '../../testing/harness.js';
import { docxTextByLibreOffice as docxText } from '../../testing/office-readers.js';
import { BOARD_REPORT_SECTIONS } from './board-report.js';

/** The quarterly board report, read back by real readers: LibreOffice for the DOCX, poppler for the PDF. */
const run = promisify(execFile);
let t: TestApp;
let org: SignedUpOrg;
let strategyId: string;
let report: (kind: 'docx' | 'pdf', quarter?: string) => string;

const today = todayInLondon();
const thisQuarter = quarterOf(quarterKeyOf(today))!;
// The quarter before this one, whose figures are as at its last day.
const lastQuarter = quarterOf(quarterKeyOf(new Date(Date.parse(`${thisQuarter.from}T12:00:00Z`) - 86_400_000).toISOString().slice(0, 10)))!;
const RED_REASON = 'Radiologists could not see prior reports side by side';

async function withDir<T>(use: (dir: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(path.join(tmpdir(), 'chorus-board-report-'));
  try {
    return await use(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

const pdfTool = (pdf: Buffer, command: string, args: string[]) =>
  withDir(async (dir) => {
    await writeFile(path.join(dir, 'report.pdf'), pdf);
    return (await run(command, [...args, path.join(dir, 'report.pdf'), ...(command.endsWith('pdftotext') ? ['-'] : [])], { timeout: 30_000, maxBuffer: 64 * 1024 * 1024 })).stdout;
  });

/** Words as a reader sees them, whatever line breaks the layout put between them. */
const flat = (text: string) => text.replace(/\s+/g, ' ');

beforeAll(async () => {
  t = await startTestApp();
  org = await signUpOrganisation(t.app, 'Board Report Trust');
  const organisationId = org.organisationId;
  strategyId = (await org.admin.post(`/api/v1/orgs/${organisationId}/strategies`, { name: 'Plan', startYear: 2026, endYear: 2029 })).json().id;
  report = (kind, quarter) => `/api/v1/strategies/${strategyId}/delivery/board-report.${kind}${quarter ? `?quarter=${quarter}` : ''}`;
  const [priority] = await t.ctx.db.insert(priorities).values({ organisationId, strategyId, title: 'Imaging', position: 0 }).returning();
  const programmeId = (await org.admin.post(`/api/v1/strategies/${strategyId}/programmes`, { priorityId: priority!.id, name: 'Diagnostics' })).json().id;
  const ris = (await org.admin.post(`/api/v1/strategies/${strategyId}/initiatives`, { programmeId, title: 'Radiology system', start: '2026-01', end: '2027-06', status: 'in_progress' })).json().id;
  // Green at the end of last quarter; red this quarter, with its reason.
  await org.admin.post(`/api/v1/initiatives/${ris}/updates`, { recordedOn: lastQuarter.to, status: 'in_progress', rag: 'green', percentComplete: 70, note: 'Interfaces passed testing.' });
  await org.admin.post(`/api/v1/initiatives/${ris}/updates`, { recordedOn: thisQuarter.from, status: 'in_progress', rag: 'red', ragReason: RED_REASON, percentComplete: 78, note: 'Go-live postponed.' });
  await org.admin.post(`/api/v1/initiatives/${ris}/milestones`, { title: 'User acceptance signed off', dueOn: lastQuarter.from });
  const measure = (await org.admin.post(`/api/v1/strategies/${strategyId}/measures`, { initiativeId: ris, name: 'Reports within a day', unit: '%', direction: 'up', baselineValue: 40, baselineOn: '2026-01-01', targetValue: 90, targetOn: '2028-01-01' })).json().id;
  await org.admin.post(`/api/v1/measures/${measure}/values`, { value: 55, recordedOn: lastQuarter.from });
});
afterAll(() => t.close());

describe('the quarterly board report', () => {
  it('is a Word file LibreOffice opens, with every section and the red initiative’s reason', async () => {
    const response = await org.admin.get(report('docx', thisQuarter.key));
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('wordprocessingml');
    expect(response.headers['content-disposition']).toBe(`attachment; filename="delivery-report-${thisQuarter.key}.docx"`);
    const text = flat(await docxText(response.rawPayload));
    expect(text).toContain(`Digital strategy delivery report: ${thisQuarter.label}`);
    for (const heading of Object.values(BOARD_REPORT_SECTIONS)) expect(text).toContain(heading);
    expect(text).toContain(RED_REASON);
    expect(text).toContain('User acceptance signed off');
    expect(text).toContain('Reports within a day');
    expect(text).toContain('Go-live postponed.');
  }, 180_000);

  it('is a tagged PDF with the same sections and reason', async () => {
    const response = await org.admin.get(report('pdf'));
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    // Without a quarter, this one.
    expect(response.headers['content-disposition']).toContain(`delivery-report-${thisQuarter.key}.pdf`);
    const info = await pdfTool(response.rawPayload, '/usr/bin/pdfinfo', []);
    expect(info).toMatch(/^Tagged:\s+yes$/m);
    const text = flat(await pdfTool(response.rawPayload, '/usr/bin/pdftotext', ['-layout']));
    expect(text).toContain(`Digital strategy delivery report: ${thisQuarter.label}`);
    for (const heading of Object.values(BOARD_REPORT_SECTIONS)) expect(text).toContain(heading);
    expect(text).toContain('prior reports side by side');
  }, 60_000);

  it('reports a past quarter as at its last day: this quarter’s red update is not in it', async () => {
    const response = await org.admin.get(report('pdf', lastQuarter.key));
    expect(response.statusCode).toBe(200);
    const text = flat(await pdfTool(response.rawPayload, '/usr/bin/pdftotext', []));
    expect(text).toContain(`Digital strategy delivery report: ${lastQuarter.label}`);
    expect(text).toContain('No initiative is rated red or amber.');
    expect(text).toContain('Interfaces passed testing.');
    expect(text).not.toContain('prior reports side by side');
  }, 60_000);

  it('refuses a quarter it cannot read or that has not started, saying how to write one', async () => {
    const bad = await org.admin.get(report('docx', '2026-Q5'));
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors).toEqual([{ field: 'quarter', message: 'Choose a quarter written like 2026-Q4 (a year from 2000 to 2100, then Q1 to Q4)' }]);
    const next = quarterOf(`${Number(thisQuarter.key.slice(0, 4)) + 1}-Q1`)!;
    const future = await org.admin.get(report('pdf', next.key));
    expect(future.statusCode).toBe(400);
    expect(future.json().errors).toEqual([{ field: 'quarter', message: `${next.label} has not started yet: choose this quarter or an earlier one` }]);
  });

  it('is for the team and leaders: staff and other organisations are refused', async () => {
    const leader = (await addMember(t.app, org, 'leader')).session;
    const staff = (await addMember(t.app, org, 'staff')).session;
    const outsider = await signUpOrganisation(t.app, 'Other Trust');
    expect((await leader.get(report('pdf'))).statusCode).toBe(200);
    expect((await staff.get(report('pdf'))).statusCode).toBe(403);
    expect((await outsider.admin.get(report('docx'))).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'GET', url: report('docx') })).statusCode).toBe(401);
  }, 60_000);
});
