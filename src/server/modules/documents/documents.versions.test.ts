import { createHash } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { VersionComparison, VersionDetail } from '../../../shared/contracts/documents.js';
import { auditEvents } from '../../platform/tables.js';
import { addMember, signUpOrganisation, startTestApp, type Session, type SignedUpOrg, type TestApp } from '../../testing/harness.js';

/** Freezing numbered versions: the tree and its downloads kept byte for byte, compared section by section, by role. */
let t: TestApp;
let org: SignedUpOrg;
let outsider: SignedUpOrg;
let leader: Session;
let staff: Session;
let strategyId: string;
let url: string;
const sha = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

beforeAll(async () => {
  t = await startTestApp();
  org = await signUpOrganisation(t.app, 'Versions Trust');
  outsider = await signUpOrganisation(t.app, 'Other Trust');
  leader = (await addMember(t.app, org, 'leader')).session;
  staff = (await addMember(t.app, org, 'staff')).session;
  strategyId = (await org.admin.post(`/api/v1/orgs/${org.organisationId}/strategies`, { name: 'Digital strategy 2026 to 2029', startYear: 2026, endYear: 2029 })).json().id;
  url = `/api/v1/strategies/${strategyId}/document`;
});
afterAll(() => t.close());

describe('document versions', () => {
  let first: string;

  it('freezes the draft with its four downloads, whose served bytes match the recorded SHA-256, audited', async () => {
    const frozen = await org.admin.post(`${url}/versions`, { changeNote: 'First draft for the executive' });
    expect(frozen.statusCode, frozen.body).toBe(201);
    expect(frozen.json().number).toBe(1);
    first = frozen.json().id;
    const detail: VersionDetail = (await org.admin.get(`/api/v1/document-versions/${first}`)).json();
    expect(detail).toMatchObject({ number: 1, state: 'frozen', changeNote: 'First draft for the executive' });
    expect(detail.document.version).toBe(1);
    expect(detail.outputs.map((o) => o.kind).sort()).toEqual(['docx', 'pdf', 'poster-a3', 'poster-a4']);
    for (const output of detail.outputs) {
      const file = await org.admin.get(`/api/v1/document-versions/${first}/outputs/${output.kind}`);
      expect(file.statusCode).toBe(200);
      expect(sha(file.rawPayload)).toBe(output.sha256);
      expect(file.rawPayload.length).toBe(output.size);
      expect(file.headers['content-disposition']).toMatch(/^attachment; filename="digital-strategy-2026-to-2029-version-1[-a-zA-Z0-9]*\.(pdf|docx)"$/);
    }
    const [audit] = await t.ctx.db.select().from(auditEvents).where(and(eq(auditEvents.organisationId, org.organisationId), eq(auditEvents.action, 'document.version_frozen')));
    expect((audit!.after as { outputs: Record<string, string> }).outputs.pdf).toBe(detail.outputs.find((o) => o.kind === 'pdf')!.sha256);
  });

  it('refuses to freeze a draft that says the same as the last version', async () => {
    const again = await org.admin.post(`${url}/versions`, {});
    expect(again.statusCode).toBe(409);
    expect(again.json().detail).toBe('Nothing has changed since version 1. Change the draft (or the plan it is made from) before freezing another version.');
  });

  it('keeps a frozen version as it was when the draft changes, and compares the two section by section', async () => {
    expect((await org.admin.patch(url, { foreword: 'We listened to 1,900 staff.\n\nThis is what we will do.' })).statusCode).toBe(200);
    const toDraft: VersionComparison = (await org.admin.get(`/api/v1/document-versions/${first}/compare/draft`)).json();
    const foreword = toDraft.sections.find((s) => s.key === 'foreword')!;
    expect(foreword.change).toBe('changed');
    expect(foreword.lines.filter((l) => l.kind === 'added').map((l) => l.text)).toEqual(['We listened to 1,900 staff.', 'This is what we will do.']);
    expect(toDraft.sections.filter((s) => s.key !== 'foreword').every((s) => s.change === 'unchanged')).toBe(true);

    const second = (await org.admin.post(`${url}/versions`, { changeNote: 'New foreword' })).json();
    expect(second.number).toBe(2);
    const v1: VersionDetail = (await org.admin.get(`/api/v1/document-versions/${first}`)).json();
    expect(JSON.stringify(v1.document)).not.toContain('1,900 staff');
    const between: VersionComparison = (await org.admin.get(`/api/v1/document-versions/${first}/compare/${second.id}`)).json();
    expect(between).toMatchObject({ from: { number: 1 }, to: { number: 2 } });
    expect(between.sections.filter((s) => s.change !== 'unchanged').map((s) => s.key)).toEqual(['foreword']);
    const list = (await org.admin.get(url)).json().versions;
    expect(list.map((v: { number: number }) => v.number)).toEqual([2, 1]);
  });

  it('lets a leader read versions and downloads but not freeze or edit; staff and other organisations are refused', async () => {
    const asLeader = await leader.get(url);
    expect(asLeader.statusCode, asLeader.body).toBe(200);
    expect(asLeader.json()).toMatchObject({ can: { edit: false }, draft: null, versions: [{ number: 2 }, { number: 1 }] });
    expect((await leader.get(`/api/v1/document-versions/${first}/outputs/pdf`)).statusCode).toBe(200);
    expect((await leader.post(`${url}/versions`, {})).statusCode).toBe(403);
    expect((await leader.patch(url, { title: 'Mine now' })).statusCode).toBe(403);
    expect((await staff.get(url)).statusCode).toBe(403);
    expect((await staff.get(`/api/v1/document-versions/${first}`)).statusCode).toBe(403);
    for (const path of [url, `/api/v1/document-versions/${first}`, `/api/v1/document-versions/${first}/outputs/docx`]) {
      expect((await outsider.admin.get(path)).statusCode).toBe(404);
    }
    expect((await outsider.admin.post(`${url}/versions`, {})).statusCode).toBe(404);
  });
});
