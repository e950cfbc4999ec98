import { beforeAll, describe, expect, it } from 'vitest';
import type { DocumentPage } from '../../../shared/contracts/documents.js';
import { blockText, MODEL_SECTION_KEYS, sectionText, type StrategyDocument } from '../../../shared/strategy-document.js';
import type { DemoContext } from '../../testing/demo-strategy.js';
import type { Session } from '../../testing/harness.js';

/**
 * The demo trust's document, composed from its model: every section, in the team's order, from
 * what was recorded. Run from documents.demo.test.ts, which seeds the demo once.
 */
export function composeSuite(demo: () => DemoContext) {
let team: Session;
let strategyId: string;
let url: string;
beforeAll(() => {
  ({ session: team, strategyId } = demo());
  url = `/api/v1/strategies/${strategyId}/document`;
});

type TeamPage = DocumentPage & { draft: StrategyDocument };
const page = async (): Promise<TeamPage> => {
  const response = await team.get(url);
  expect(response.statusCode, response.body).toBe(200);
  expect(response.json().draft).not.toBeNull();
  return response.json();
};
const text = (doc: StrategyDocument, key: string) => sectionText(doc.sections.find((s) => s.key === key)!);

describe('composing the document from the model', () => {
  it('puts what the team recorded into each section: the agreed mission, every priority, initiative and commitment', async () => {
    const { draft, layout } = await page();
    expect(layout.map((l) => l.key).slice(0, MODEL_SECTION_KEYS.length)).toEqual([...MODEL_SECTION_KEYS]);
    const mission = (await team.get(`/api/v1/strategies/${strategyId}/mission`)).json();
    const agreed = mission.versions.find((v: { state: string }) => v.state === 'agreed');
    expect(text(draft, 'mission')).toContain(agreed.mission.split('\n')[0].replace(/\*\*/g, '').slice(0, 40));

    const priorities = (await team.get(`/api/v1/strategies/${strategyId}/priorities`)).json().priorities as { title: string }[];
    expect(priorities.length).toBeGreaterThan(2);
    const prioritiesText = text(draft, 'priorities');
    for (const p of priorities) expect(prioritiesText).toContain(p.title);

    const roadmap = (await team.get(`/api/v1/strategies/${strategyId}/roadmap`)).json();
    const roadmapSection = draft.sections.find((s) => s.key === 'roadmap')!;
    const figure = roadmapSection.blocks.find((b) => b.kind === 'figure');
    expect(figure?.kind === 'figure' && figure.table.rows.map((r) => r[0]).sort()).toEqual(roadmap.initiatives.map((i: { title: string }) => i.title).sort());
    expect(figure?.kind === 'figure' && figure.figure.kind === 'timeline' && figure.figure.rows.length).toBe(roadmap.initiatives.length);

    const partnership = (await team.get(`/api/v1/strategies/${strategyId}/partnership`)).json();
    const agreedPartnership = partnership.versions.find((v: { status: string }) => v.status === 'agreed');
    const partnershipText = text(draft, 'partnership');
    if (agreedPartnership) {
      const full = (await team.get(`/api/v1/strategies/${strategyId}/partnership?versionId=${agreedPartnership.id}`)).json().current;
      for (const c of full.commitments.staff_can_expect) expect(partnershipText).toContain(c.text);
    } else {
      expect(partnershipText).toContain('has not been agreed yet');
    }
    // Figures about people only from the suppressed pack: a hidden group never reads as a number.
    expect(text(draft, 'what-we-heard')).toMatch(/pieces? of evidence/);
  });

  it('follows the team’s order, leaves hidden sections out of the draft, and keeps them in the layout', async () => {
    const { layout } = await page();
    const reordered = [layout[3]!, ...layout.filter((_, i) => i !== 3)].map((l) => ({ key: l.key, hidden: l.key === 'governance' }));
    expect((await team.patch(url, { layout: reordered })).statusCode).toBe(200);
    const after = await page();
    expect(after.layout.map((l) => l.key)).toEqual(reordered.map((l) => l.key));
    expect(after.draft.sections.map((s) => s.key)).toEqual(reordered.filter((l) => !l.hidden).map((l) => l.key));
    expect(after.layout.find((l) => l.key === 'governance')?.hidden).toBe(true);
    await team.patch(url, { layout: layout.map((l) => ({ key: l.key, hidden: false })) });
  });

  it('writes free sections in Markdown as text: raw HTML and javascript: links are never markup', async () => {
    const body = 'Plain **bold** <script>alert(1)</script>\n\n[click](javascript:alert(1)) and [NHS](https://www.nhs.uk)\n\n![huge](https://example.org/x.png)';
    const created = await team.post(`${url}/sections`, { title: 'Our <b>promise</b>', body });
    expect(created.statusCode).toBe(201);
    const { draft, layout } = await page();
    const section = draft.sections.find((s) => s.key === `free-${created.json().id}`)!;
    expect(section.title).toBe('Our <b>promise</b>');
    const pieces = section.blocks.flatMap((b) => (b.kind === 'paragraph' ? b.content : []));
    expect(pieces.find((p) => p.strong)?.text).toBe('bold');
    expect(pieces.some((p) => p.text.includes('<script>alert(1)</script>'))).toBe(true);
    expect(pieces.filter((p) => p.href).map((p) => p.href)).toEqual(['https://www.nhs.uk']);
    expect(section.blocks.flatMap(blockText).join('\n')).toContain('click');
    // The image is neither fetched nor shown: only its words stay.
    expect(section.blocks.flatMap(blockText).join('\n')).toContain('huge');
    expect(layout.at(-1)?.key).toBe(`free-${created.json().id}`);
    expect((await team.delete(`${url}/sections/${created.json().id}`)).statusCode).toBe(200);
    expect((await page()).layout.some((l) => l.key === `free-${created.json().id}`)).toBe(false);
  });

  it('refuses a layout naming an unknown section, a title on two lines, and NUL in the foreword, changing nothing', async () => {
    const before = await page();
    const cases: [Record<string, unknown>, string][] = [
      [{ layout: [{ key: 'appendix-z', hidden: false }] }, 'The layout names a section this document does not have: appendix-z. Reload the page and try again.'],
      [{ layout: [{ key: 'mission', hidden: false }, { key: 'mission', hidden: true }] }, 'The layout names the section mission twice.'],
      [{ title: 'Digital\nstrategy' }, 'A title for the document must be on one line, without tabs'],
      [{ foreword: 'Hello\u0000' }, 'The foreword contains a character that cannot be stored (NUL): remove it'],
      [{ layout: before.layout.map(({ key }) => ({ key, hidden: true })) }, 'Show at least one section: a document with every section hidden would be empty.'],
    ];
    for (const [body, message] of cases) {
      const response = await team.patch(url, body);
      expect(response.statusCode, JSON.stringify(body)).toBe(400);
      expect(JSON.stringify(response.json())).toContain(message);
    }
    const after = await page();
    expect(after.settings).toEqual(before.settings);
    expect(after.layout).toEqual(before.layout);
  });
});
}
