import { beforeAll, describe, expect, it } from 'vitest';
import { sectionText, type StrategyDocument } from '../../../shared/strategy-document.js';
import type { DemoContext } from '../../testing/demo-strategy.js';
import type { Session } from '../../testing/harness.js';

/**
 * "You said, we did" for the demo trust: from the insights behind each priority, to the
 * priorities, to what has been delivered. Run from documents.demo.test.ts, which seeds the demo once.
 */
export function youSaidSuite(demo: () => DemoContext) {
let team: Session;
let strategyId: string;
beforeAll(() => {
  ({ session: team, strategyId } = demo());
});

const read = async (): Promise<StrategyDocument> => {
  const response = await team.get(`/api/v1/strategies/${strategyId}/you-said-we-did`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
};
const part = (doc: StrategyDocument, key: string) => sectionText(doc.sections.find((s) => s.key === key)!);

describe('you said, we did', () => {
  it('walks from what was said to each priority to what has been done, with counts suppressed', async () => {
    const doc = await read();
    expect(doc.sections.map((s) => s.key)).toEqual(['you-said', 'we-decided', 'we-did']);
    const priorities = (await team.get(`/api/v1/strategies/${strategyId}/priorities`)).json().priorities as { id: string; title: string }[];
    const insights = (await team.get(`/api/v1/strategies/${strategyId}/insights`)).json().insights as { id: string; status: string }[];
    const draft = new Set(insights.filter((i) => i.status === 'draft').map((i) => i.id));
    expect(insights.length).toBeGreaterThan(draft.size);
    for (const p of priorities) {
      expect(part(doc, 'we-decided')).toContain(p.title);
      expect(part(doc, 'we-did')).toContain(p.title);
      // Each agreed insight a priority answers is among what "you said"; a draft one is not yet.
      const voices = (await team.get(`/api/v1/priorities/${p.id}/voices`)).json();
      for (const i of voices.insights) {
        if (draft.has(i.id)) expect(part(doc, 'you-said')).not.toContain(i.statement);
        else expect(part(doc, 'you-said')).toContain(i.statement);
      }
    }
    // A priority with nothing planned yet says so, rather than "0 of 0 initiatives delivered".
    expect(part(doc, 'we-did')).toContain('No initiative has been planned for this priority yet.');
    expect(part(doc, 'we-did')).not.toContain('0 of 0');
    const minimum = (await team.get(`/api/v1/orgs/${(await team.get('/api/v1/me')).json().currentOrganisationId}`)).json().minGroupSize ?? 10;
    for (const match of part(doc, 'you-said').matchAll(/Survey answers by staff group: ([^\n]+)/g)) {
      for (const [, n] of match[1]!.matchAll(/ (\d+)(?:,|\.| and)/g)) expect(Number(n)).toBeGreaterThanOrEqual(minimum);
    }
  });

  it('moves as delivery is recorded: an initiative reported done reads as delivered', async () => {
    const roadmap = (await team.get(`/api/v1/strategies/${strategyId}/roadmap`)).json();
    const target = roadmap.initiatives.find((i: { status: string }) => i.status === 'in_progress' || i.status === 'planned');
    const before = part(await read(), 'we-did');
    const row = (text: string) => text.split('\n').find((line) => line.startsWith(`${target.title} |`));
    expect(row(before)).not.toContain('Delivered');
    const recorded = await team.post(`/api/v1/initiatives/${target.id}/updates`, { recordedOn: '2026-11-30', status: 'done', rag: 'green', percentComplete: 100, note: 'Live on every ward.' });
    expect(recorded.statusCode, recorded.body).toBe(201);
    expect(row(part(await read(), 'we-did'))).toBe(`${target.title} | Delivered | 100%`);
  });
});
}
