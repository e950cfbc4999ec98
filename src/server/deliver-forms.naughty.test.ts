import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ZFreeSectionInput, ZUpdateDocument } from '../shared/contracts/documents.js';
import { strategyDocuments } from './modules/documents/index.js';
import { signUpOrganisation, startTestApp, type SignedUpOrg, type TestApp } from './testing/harness.js';
import { newTestStrategy } from './testing/surveys.js';
import { expectAsJudged, formStrings, judge, noBom, pick } from './testing/contract-verdict.js';

/**
 * The Big List of Naughty Strings through the strategy document's own words: a section the team
 * writes (title and Markdown), the foreword and the governance text. Each is stored and read back
 * exactly as the shared contract normalises it, or refused with a 400 naming the fields the
 * contract refuses, in its words. The renderers' own tests put the list through every output.
 */
let t: TestApp;
let org: SignedUpOrg;
let strategyId: string;
const strings = formStrings();

beforeAll(async () => {
  t = await startTestApp({ rateLimitPerMinute: 100_000 });
  org = await signUpOrganisation(t.app, 'Naughty Deliver Trust');
  strategyId = await newTestStrategy(org);
});
afterAll(() => t.close());

describe('naughty strings through the strategy document', { timeout: 180_000 }, () => {
  it("a team section's title and body", async () => {
    const base = `/api/v1/strategies/${strategyId}/document`;
    const expected = new Map<string, unknown>();
    for (const value of strings) {
      const body = { title: value, body: value };
      const verdict = judge(ZFreeSectionInput, body);
      const response = await org.admin.post(`${base}/sections`, body);
      if (expectAsJudged(response, verdict, 201, value) && verdict.ok) expected.set(`free-${response.json().id}`, pick(verdict.data, ['title', 'body']));
    }
    const layout = (await org.admin.get(base)).json().layout as { key: string; title: string; body: string; source: string }[];
    const stored = layout.filter((l) => l.source === 'free').map((l) => [l.key, { title: noBom(l.title), body: noBom(l.body) }] as const);
    expect(new Map(stored)).toEqual(new Map([...expected].map(([k, v]) => [k, { title: noBom((v as { title: string }).title), body: noBom((v as { body: string }).body) }])));
    expect(expected.size).toBeGreaterThan(strings.length * 0.8);
  });

  it('the foreword and governance text, where a refused change keeps what was there', async () => {
    // A strategy of its own, read back from its row: composing the whole draft after each of 500 changes would only be slow.
    const own = await newTestStrategy(org);
    const base = `/api/v1/strategies/${own}/document`;
    let kept = (await org.admin.get(base)).json().settings as { foreword: string; governance: string };
    const settings = async () => (await t.ctx.db.select().from(strategyDocuments).where(eq(strategyDocuments.strategyId, own)))[0]!;
    for (const value of strings) {
      const body = { foreword: value, governance: value };
      const verdict = judge(ZUpdateDocument, body);
      const response = await org.admin.patch(base, body);
      if (expectAsJudged(response, verdict, 200, value) && verdict.ok) kept = { foreword: String(verdict.data.foreword), governance: String(verdict.data.governance) };
      const now = await settings();
      expect({ foreword: noBom(now.foreword), governance: noBom(now.governance) }, value).toEqual({ foreword: noBom(kept.foreword), governance: noBom(kept.governance) });
    }
  });
});
