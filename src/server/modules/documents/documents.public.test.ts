import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMember, signUpOrganisation, startTestApp, type Session, type SignedUpOrg, type TestApp } from '../../testing/harness.js';

/** Publishing a version at its public address: readable without an account, its files byte for byte, earlier versions marked. */
let t: TestApp;
let org: SignedUpOrg;
let leader: Session;
let leaderId: string;
let strategyId: string;
let url: string;
let address: string;
const get = (path: string) => t.app.inject({ method: 'GET', url: path });
const sha = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
/** The executive (one leader here) signs the version off, through the sign-off routes. */
async function signOff(versionId: string) {
  expect((await org.admin.post(`/api/v1/document-versions/${versionId}/sign-off`, { approverIds: [leaderId], message: 'Please approve' })).statusCode).toBe(201);
  const decided = await leader.post(`/api/v1/document-versions/${versionId}/sign-off/decision`, { decision: 'approved', comment: '' });
  expect(decided.json().status, decided.body).toBe('signed_off');
}
const freeze = async (note: string) => (await org.admin.post(`${url}/versions`, { changeNote: note })).json() as { id: string; number: number };

beforeAll(async () => {
  t = await startTestApp();
  org = await signUpOrganisation(t.app, 'Riverside NHS Foundation Trust');
  const added = await addMember(t.app, org, 'leader');
  leader = added.session;
  const members = (await org.admin.get(`/api/v1/orgs/${org.organisationId}/members`)).json().members as { userId: string; email: string }[];
  leaderId = members.find((m) => m.email === added.email)!.userId;
  strategyId = (await org.admin.post(`/api/v1/orgs/${org.organisationId}/strategies`, { name: 'Digital strategy 2026 to 2029', startYear: 2026, endYear: 2029 })).json().id;
  url = `/api/v1/strategies/${strategyId}/document`;
  await org.admin.patch(url, { foreword: 'We asked <b>every</b> ward. {{7*7}}' });
});
afterAll(() => t.close());

describe('the published strategy', () => {
  let first: { id: string; number: number };

  it('is refused to a leader, and to a version not signed off; nothing is public until a version is published', async () => {
    first = await freeze('For the board');
    expect((await leader.post(`/api/v1/document-versions/${first.id}/publish`)).statusCode).toBe(403);
    const unsigned = await org.admin.post(`/api/v1/document-versions/${first.id}/publish`);
    expect(unsigned.statusCode).toBe(409);
    expect(unsigned.json().detail).toBe('Version 1 has not been signed off, so it cannot be published. Submit it to the executive for sign-off first.');
    await signOff(first.id);
    expect((await get('/p/riverside-digital-strategy-2026-to-2029')).statusCode).toBe(404);
  });

  it('serves the contents and every section without an account, as escaped text under the strict policy', async () => {
    const published = await org.admin.post(`/api/v1/document-versions/${first.id}/publish`);
    expect(published.statusCode, published.body).toBe(200);
    address = new URL(published.json().address).pathname;
    expect(address).toBe('/p/riverside-digital-strategy-2026-to-2029');
    const contents = await get(address);
    expect(contents.statusCode).toBe(200);
    expect(contents.headers['content-security-policy']).toContain("default-src 'none'");
    expect(contents.body).toContain('Digital strategy 2026 to 2029');
    expect(contents.body).not.toMatch(/<script/i);
    const foreword = await get(`${address}/foreword`);
    expect(foreword.body).toContain('We asked &lt;b&gt;every&lt;/b&gt; ward. {{7*7}}');
    const links = [...contents.body.matchAll(/href="([^"]+)"/g)].map((m) => m[1]!).filter((h) => h.startsWith(`${address}/`) && !h.includes('/files/'));
    expect(links.length).toBeGreaterThanOrEqual(8);
    for (const link of links) expect((await get(link)).statusCode, link).toBe(200);
    expect((await get(`${address}/no-such-section`)).statusCode).toBe(404);
  });

  it('serves each download as the exact bytes frozen, and its stylesheets', async () => {
    const detail = (await org.admin.get(`/api/v1/document-versions/${first.id}`)).json();
    const contents = (await get(address)).body;
    const files = [...contents.matchAll(/href="([^"]+\/files\/[^"]+)"/g)].map((m) => m[1]!);
    expect(files).toHaveLength(4);
    const served = await Promise.all(files.map(async (f) => sha((await get(f)).rawPayload)));
    expect(served.sort()).toEqual(detail.outputs.map((o: { sha256: string }) => o.sha256).sort());
    for (const css of [...contents.matchAll(/href="(\/assets\/document\/[^"]+)"/g)].map((m) => m[1]!)) {
      const sheet = await get(css);
      expect(sheet.statusCode, css).toBe(200);
      expect(sheet.headers['content-type']).toContain('text/css');
    }
  });

  it('moves the address on to a newer published version and marks the earlier one superseded', async () => {
    await org.admin.patch(url, { foreword: 'Version two.' });
    const second = await freeze('After consultation');
    const unpublished = await get(`${address}/v/${second.number}`);
    expect(unpublished.statusCode).toBe(404);
    await signOff(second.id);
    expect((await org.admin.post(`/api/v1/document-versions/${second.id}/publish`)).statusCode).toBe(200);
    expect((await get(`${address}/foreword`)).body).toContain('Version two.');
    const old = await get(`${address}/v/${first.number}/foreword`);
    expect(old.statusCode).toBe(200);
    expect(old.body).toContain(`It has been replaced by version ${second.number}`);
    expect(old.body).toContain('We asked');
    const versions = (await org.admin.get(url)).json().versions;
    expect(versions.map((v: { state: string }) => v.state)).toEqual(['published', 'superseded']);
  });

  it('keeps "What we heard" and the full files off the public pages when the organisation says so', async () => {
    await org.admin.patch(url, { heardIsPublic: false });
    expect((await get(`${address}/what-we-heard`)).statusCode).toBe(404);
    const contents = (await get(address)).body;
    expect(contents).not.toContain(`${address}/what-we-heard`);
    const files = [...contents.matchAll(/href="([^"]+\/files\/[^"]+)"/g)].map((m) => m[1]!);
    expect(files.every((f) => f.includes('on-a-page'))).toBe(true);
    expect((await get(files[0]!.replace(/strategy-on-a-page-A[34]\.pdf$/, 'strategy.pdf'))).statusCode).toBe(404);
  });
});
