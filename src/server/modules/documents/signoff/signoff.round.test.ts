import { createHash } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SignOffPage, VerifyResult } from '../../../../shared/contracts/document-signoff.js';
import type { VersionDetail } from '../../../../shared/contracts/documents.js';
import { auditEvents, outboxMessages } from '../../../platform/tables.js';
import { signUpOrganisation, startTestApp, type TestApp } from '../../../testing/harness.js';
import { signOffFixture, signOffUrl, type SignOffFixture } from './testing.js';

/** A whole round: two approvers, the version locked meanwhile, signed off with hashes that match the served bytes and verify a file. */
let t: TestApp;
let f: SignOffFixture;
const sha = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
const versionUrl = () => `/api/v1/document-versions/${f.versionId}`;
const audits = (action: string) => t.ctx.db.select().from(auditEvents).where(and(eq(auditEvents.organisationId, f.org.organisationId), eq(auditEvents.action, action)));

beforeAll(async () => {
  t = await startTestApp();
  f = await signOffFixture(t, 'Sign-off Trust');
});
afterAll(() => t.close());

describe('a round of sign-off', () => {
  it('offers senior leaders and admins as approvers, and refuses anyone else, twice the same person, or none', async () => {
    const page: SignOffPage = (await f.team.get(signOffUrl(f.versionId))).json();
    expect(page).toMatchObject({ versionNumber: 1, status: 'not_submitted', rounds: [], submitBlockedBecause: null, can: { submit: true, withdraw: false, decide: false } });
    const adminId = (await f.org.admin.get('/api/v1/me')).json().user.id as string;
    expect(page.eligibleApprovers.map((a) => a.id).sort()).toEqual([...f.leaders.map((l) => l.id), adminId].sort());
    expect(page.eligibleApprovers.map((a) => a.id)).not.toContain(f.staffId);

    const staffChosen = await f.team.post(signOffUrl(f.versionId), { approverIds: [f.leaders[0]!.id, f.staffId] });
    expect(staffChosen.statusCode).toBe(400);
    expect(staffChosen.json().detail).toBe('Approvers must be senior leaders or admins of this organisation: one of those chosen is not. Reload the page and choose again.');
    const other = await signUpOrganisation(t.app, 'Elsewhere Trust');
    const otherAdmin = (await other.admin.get('/api/v1/me')).json().user.id as string;
    expect((await f.team.post(signOffUrl(f.versionId), { approverIds: [otherAdmin, f.teamId] })).json().detail).toContain('2 of those chosen are not');
    const twice = await f.team.post(signOffUrl(f.versionId), { approverIds: [f.leaders[0]!.id, f.leaders[0]!.id] });
    expect(twice.statusCode).toBe(400);
    expect(JSON.stringify(twice.json())).toContain('Choose each approver once');
    expect(JSON.stringify((await f.team.post(signOffUrl(f.versionId), { approverIds: [] })).json())).toContain('Choose at least one approver');
    expect((await f.leaders[0]!.session.post(signOffUrl(f.versionId), { approverIds: [f.leaders[0]!.id] })).statusCode).toBe(403);
    expect(await audits('document.submitted_for_sign_off')).toHaveLength(0);
  });

  it('submits to two named leaders, emails each with a link to the version, and audits it', async () => {
    const [a, b] = f.leaders;
    const submitted = await f.team.post(signOffUrl(f.versionId), { approverIds: [a!.id, b!.id], message: 'Please read by Friday.' });
    expect(submitted.statusCode, submitted.body).toBe(201);
    const mail = await t.ctx.db.select().from(outboxMessages).where(eq(outboxMessages.organisationId, f.org.organisationId));
    const asks = mail.filter((m) => m.subject.startsWith('Please sign off version 1'));
    expect(asks.map((m) => m.to).sort()).toEqual([a!.email, b!.email].sort());
    expect(asks[0]!.text).toContain('Please read by Friday.');
    expect(asks[0]!.text).toContain(`/document-versions/${f.versionId}`);
    const [audit] = await audits('document.submitted_for_sign_off');
    expect(audit!.after).toMatchObject({ versionNumber: 1, message: 'Please read by Friday.' });
    expect((await f.team.post(signOffUrl(f.versionId), { approverIds: [a!.id] })).json().detail).toBe('Version 1 is already with the approvers.');
  });

  it('asks an approver for a comment when they ask for changes, and lets no one else decide', async () => {
    const noComment = await f.leaders[0]!.session.post(signOffUrl(f.versionId, '/decision'), { decision: 'changes_requested', comment: '   ' });
    expect(noComment.statusCode).toBe(400);
    expect(noComment.json().errors).toEqual([expect.objectContaining({ message: 'Say what should change: the team needs a comment to act on' })]);
    const stranger = await f.leaders[2]!.session.post(signOffUrl(f.versionId, '/decision'), { decision: 'approved' });
    expect(stranger.statusCode).toBe(403);
    expect(stranger.json().detail).toBe('Only the approvers named for version 1 can decide on it, and you are not one of them.');
    expect((await f.team.post(signOffUrl(f.versionId, '/decision'), { decision: 'approved' })).statusCode).toBe(403);
    expect((await f.org.admin.post(signOffUrl(f.versionId, '/decision'), { decision: 'approved' })).statusCode).toBe(403);
  });

  it('keeps the version locked after the first approval, and refuses a second decision by the same person', async () => {
    const first = await f.leaders[0]!.session.post(signOffUrl(f.versionId, '/decision'), { decision: 'approved', comment: 'Reads well.' });
    expect(first.json()).toEqual({ status: 'in_review' });
    const again = await f.leaders[0]!.session.post(signOffUrl(f.versionId, '/decision'), { decision: 'approved' });
    expect(again.statusCode).toBe(409);
    expect(again.json().detail).toMatch(/^You have already decided on version 1: approved on \d{1,2} \w+ \d{4}\./);
    const locked = 'Version 1 is with the approvers, so it cannot be changed. Withdraw it from review first, or freeze a new version.';
    const patch = await f.team.patch(versionUrl(), { changeNote: 'Sneaky change' });
    expect([patch.statusCode, patch.json().detail]).toEqual([409, locked]);
    const del = await f.team.delete(versionUrl());
    expect([del.statusCode, del.json().detail]).toEqual([409, locked]);
    expect(((await f.team.get(versionUrl())).json() as VersionDetail).changeNote).toBe('For the executive');
    const page: SignOffPage = (await f.leaders[1]!.session.get(signOffUrl(f.versionId))).json();
    expect(page).toMatchObject({ status: 'in_review', can: { decide: true, submit: false }, eligibleApprovers: [] });
    expect(page.rounds[0]!.approvers.find((x) => x.userId === f.leaders[0]!.id)).toMatchObject({ decision: 'approved', comment: 'Reads well.' });
  });

  it('signs the version off at the last approval, with a record whose hashes are those of the bytes served', async () => {
    const last = await f.leaders[1]!.session.post(signOffUrl(f.versionId, '/decision'), { decision: 'approved' });
    expect(last.json()).toEqual({ status: 'signed_off' });
    const page: SignOffPage = (await f.leaders[2]!.session.get(signOffUrl(f.versionId))).json();
    const record = page.rounds[0]!.record!;
    expect(page.status).toBe('signed_off');
    expect(record.approvers.map((a) => a.name)).toHaveLength(2);
    expect(record.outputs.map((o) => o.kind).sort()).toEqual(['docx', 'pdf', 'poster-a3', 'poster-a4']);
    for (const output of record.outputs) {
      const served = await f.leaders[2]!.session.get(`${versionUrl()}/outputs/${output.kind}`);
      expect(served.statusCode).toBe(200);
      expect(sha(served.rawPayload)).toBe(output.sha256);
      expect(served.rawPayload.length).toBe(output.size);
    }
    const [audit] = await audits('document.signed_off');
    expect((audit!.after as { outputs: Record<string, string> }).outputs).toEqual(Object.fromEntries(record.outputs.map((o) => [o.kind, o.sha256])));
    expect(await audits('document.sign_off_decided')).toHaveLength(2);
    const told = (await t.ctx.db.select().from(outboxMessages).where(eq(outboxMessages.subject, 'Version 1 of Digital strategy 2026 to 2029 is signed off'))).map((m) => m.organisationId);
    expect(told).toEqual([f.org.organisationId]);
    const patch = await f.team.patch(versionUrl(), { changeNote: 'After the fact' });
    expect([patch.statusCode, patch.json().detail]).toEqual([409, 'Version 1 is signed off, so it cannot be changed. Freeze a new version and submit that for sign-off.']);
    expect((await f.team.post(signOffUrl(f.versionId), { approverIds: [f.leaders[2]!.id] })).statusCode).toBe(409);
  });

  it('verifies the served PDF against the record, and says a file with one byte changed is not the signed-off version', async () => {
    const pdf = (await f.leaders[0]!.session.get(`${versionUrl()}/outputs/pdf`)).rawPayload;
    const good = await f.leaders[0]!.session.post(signOffUrl(f.versionId, '/verify'), { fileName: 'strategy.pdf', fileBase64: pdf.toString('base64') });
    expect(good.statusCode, good.body).toBe(200);
    expect(good.json()).toMatchObject({ matches: true, kind: 'pdf', versionNumber: 1, sha256: sha(pdf) });
    const changed = Buffer.from(pdf);
    const middle = Math.floor(changed.length / 2);
    changed[middle] = changed[middle]! ^ 0x01;
    const bad: VerifyResult = (await f.team.post(signOffUrl(f.versionId, '/verify'), { fileName: 'strategy.pdf', fileBase64: changed.toString('base64') })).json();
    expect(bad).toMatchObject({ matches: false, kind: null });
    expect(bad.message).toBe(`This file is not the signed-off version 1: its fingerprint (SHA-256 ${sha(changed)}) matches none of the signed-off files.`);
    const empty = await f.team.post(signOffUrl(f.versionId, '/verify'), { fileBase64: '' });
    expect(empty.statusCode).toBe(400);
  });
});

describe('after a round', () => {
  async function freezeAnother(note: string): Promise<string> {
    await f.team.patch(`/api/v1/strategies/${f.strategyId}/document`, { foreword: `Foreword for ${note}` });
    const frozen = await f.team.post(`/api/v1/strategies/${f.strategyId}/document/versions`, { changeNote: note });
    expect(frozen.statusCode, frozen.body).toBe(201);
    return frozen.json().id;
  }

  it('refuses to resubmit a version the approvers asked to change, but lets its note be corrected', async () => {
    const v2 = await freezeAnother('Second');
    expect((await f.team.post(signOffUrl(v2), { approverIds: [f.leaders[0]!.id] })).statusCode).toBe(201);
    expect((await f.leaders[0]!.session.post(signOffUrl(v2, '/decision'), { decision: 'changes_requested', comment: 'The roadmap misses the EPR.' })).json()).toEqual({ status: 'changes_requested' });
    const [toldTeam] = await t.ctx.db.select().from(outboxMessages).where(eq(outboxMessages.subject, 'Changes asked for to version 2 of Digital strategy 2026 to 2029'));
    expect(toldTeam!.text).toContain('The roadmap misses the EPR.');
    const again = await f.team.post(signOffUrl(v2), { approverIds: [f.leaders[0]!.id] });
    expect([again.statusCode, again.json().detail]).toEqual([409, 'The approvers asked for changes to version 2, so it cannot be submitted again. Make the changes, freeze a new version and submit that.']);
    expect((await f.team.patch(`/api/v1/document-versions/${v2}`, { changeNote: 'Second, sent back' })).statusCode).toBe(200);
    const del = await f.team.delete(`/api/v1/document-versions/${v2}`);
    expect([del.statusCode, del.json().detail]).toEqual([409, 'Version 2 has been submitted for sign-off, so it stays in the record and cannot be deleted.']);
    const verify = await f.team.post(signOffUrl(v2, '/verify'), { fileBase64: Buffer.from('x').toString('base64') });
    expect([verify.statusCode, verify.json().detail]).toEqual([409, 'Version 2 has not been signed off, so there is no record to check a file against.']);
  });

  it('lets the team withdraw a version from review and submit it again, and delete a version never submitted', async () => {
    const v3 = await freezeAnother('Third');
    expect((await f.team.post(signOffUrl(v3), { approverIds: [f.leaders[0]!.id] })).statusCode).toBe(201);
    expect((await f.leaders[0]!.session.post(signOffUrl(v3, '/withdraw'))).statusCode).toBe(403);
    expect((await f.team.post(signOffUrl(v3, '/withdraw'))).statusCode).toBe(200);
    expect((await f.leaders[0]!.session.post(signOffUrl(v3, '/decision'), { decision: 'approved' })).statusCode).toBe(409);
    expect((await f.team.post(signOffUrl(v3, '/withdraw'))).json().detail).toBe('Version 3 is not with the approvers now, so there is nothing to withdraw. Reload the page to see where it stands.');
    expect((await audits('document.sign_off_withdrawn')).length).toBe(1);
    expect((await f.team.post(signOffUrl(v3), { approverIds: [f.leaders[1]!.id] })).statusCode).toBe(201);
    const rounds = ((await f.team.get(signOffUrl(v3))).json() as SignOffPage).rounds.map((r) => r.status);
    expect(rounds).toEqual(['in_review', 'withdrawn']);

    const v4 = await freezeAnother('Fourth');
    expect((await f.team.delete(`/api/v1/document-versions/${v4}`)).statusCode).toBe(200);
    expect((await f.team.get(`/api/v1/document-versions/${v4}`)).statusCode).toBe(404);
    expect(await audits('document.version_deleted')).toHaveLength(1);
  });
});
