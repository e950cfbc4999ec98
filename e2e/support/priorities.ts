import type { Locator, Page } from '@playwright/test';
import { expect } from './fixtures.js';
import { DEMO_ADMIN, type Person } from './people.js';

export const DEMO_TEAM: Person = { name: 'Tom Okafor', email: 'strategy@northbridge.example', password: DEMO_ADMIN.password };

interface Spread {
  named: { label: string; count: number }[];
  other: number;
}
export interface Voices {
  items: number;
  sources: Record<'survey' | 'interview' | 'workshop' | 'system', number>;
  leaders: number;
  staff: number;
  divisions: Spread;
  staffGroups: Spread;
  minGroupSize: number;
  insights: { id: string; statement: string }[];
}
interface EvidenceItem {
  id: string;
  source: string;
  segment: { division: string | null; staffGroup: string | null } | null;
}

const KIND_OF: Record<string, keyof Voices['sources']> = {
  survey_answer: 'survey',
  interview_note: 'interview',
  interview_excerpt: 'interview',
  sticky_note: 'workshop',
  system_comment: 'system',
};
const LABELS: Record<keyof Voices['sources'], string> = { survey: 'Survey answers', interview: 'Interviews', workshop: 'Workshops', system: 'Comments on systems' };

async function json<T>(page: Page, url: string): Promise<T> {
  const response = await page.request.get(url);
  expect(response.status(), `${url}: ${await response.text()}`).toBe(200);
  return (await response.json()) as T;
}

/** Every piece of evidence behind the insights, each once, as the insights' own evidence lists give them. */
async function evidenceOf(page: Page, insightIds: string[]): Promise<EvidenceItem[]> {
  const byId = new Map<string, EvidenceItem>();
  for (const id of insightIds) {
    for (let n = 1; ; n++) {
      const list = await json<{ items: EvidenceItem[]; total: number; pageSize: number }>(page, `/api/v1/insights/${id}/evidence?page=${n}`);
      for (const item of list.items) byId.set(item.id, item);
      if (n * list.pageSize >= list.total) break;
    }
  }
  return [...byId.values()];
}

/** Counts by label, worked out from the raw items, for checking a spread the server suppressed. */
function countBy(items: EvidenceItem[], key: (item: EvidenceItem) => string | null | undefined): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) {
    const label = key(item);
    if (label) counts.set(label, (counts.get(label) ?? 0) + 1);
  }
  return counts;
}

function expectSpreadFollowsTheRule(spread: Spread, raw: Map<string, number>, survey: number, k: number, what: string) {
  for (const row of spread.named) {
    expect(row.count, `${what} "${row.label}" is named, so it must be at least ${k}`).toBeGreaterThanOrEqual(k);
    expect(row.count, `${what} "${row.label}" counted from the insights' evidence`).toBe(raw.get(row.label));
  }
  const named = new Set(spread.named.map((r) => r.label));
  for (const [label, n] of raw) if (n < k) expect(named.has(label), `${what} "${label}" (${n}, under ${k}) must not be named`).toBe(false);
  expect(spread.other, `${what}: everything not named is in "Other"`).toBe(survey - spread.named.reduce((s, r) => s + r.count, 0));
}

/** The rows of one of the voices tables, as "label → figure" in the order shown. */
async function tableRows(table: Locator): Promise<[string, string][]> {
  await expect(table).toBeVisible();
  return table.locator('tbody tr').evaluateAll((rows) =>
    rows.map((row) => {
      const [group, figure] = [...row.querySelectorAll('td')].map((td) => td.querySelector(':scope > span:last-child')?.textContent?.trim() ?? '');
      return [group ?? '', figure ?? ''] as [string, string];
    }),
  );
}

function spreadRows(spread: Spread, what: string): [string, string][] {
  const rows: [string, string][] = spread.named.map((r) => [r.label, r.count.toLocaleString('en-GB')]);
  if (spread.other > 0) rows.push([`Other ${what}s, or not stated`, spread.other.toLocaleString('en-GB')]);
  return rows;
}

/**
 * The "Voices behind this priority" panel of the priority page on screen: its figures must be the
 * API's, and the API's must be what the linked insights' own evidence gives, counted once each,
 * with every group under the organisation's threshold folded into "Other" and never named.
 */
export async function expectVoicesAsCounted(page: Page, priorityId: string): Promise<Voices> {
  const voices = await json<Voices>(page, `/api/v1/priorities/${priorityId}/voices`);
  const k = voices.minGroupSize;

  // The API against the evidence itself.
  const items = await evidenceOf(page, voices.insights.map((i) => i.id));
  expect(voices.items).toBe(items.length);
  for (const kind of Object.keys(LABELS) as (keyof Voices['sources'])[]) {
    expect(voices.sources[kind], `${kind} items`).toBe(items.filter((i) => KIND_OF[i.source] === kind).length);
  }
  expect(voices.leaders).toBe(items.filter((i) => i.source.startsWith('interview_')).length);
  expect(voices.staff).toBe(voices.items - voices.leaders);
  const answers = items.filter((i) => i.source === 'survey_answer');
  expectSpreadFollowsTheRule(voices.divisions, countBy(answers, (i) => i.segment?.division), voices.sources.survey, k, 'Division');
  expectSpreadFollowsTheRule(voices.staffGroups, countBy(answers, (i) => i.segment?.staffGroup), voices.sources.survey, k, 'Staff group');

  // The page against the API.
  const panel = page.getByRole('region', { name: 'Voices behind this priority' });
  const insights = voices.insights.length;
  await expect(panel.getByText(`${voices.items.toLocaleString('en-GB')} ${voices.items === 1 ? 'piece' : 'pieces'} of evidence across ${insights} ${insights === 1 ? 'insight' : 'insights'}:`)).toBeVisible();
  await expect(panel).toContainText(`${voices.staff.toLocaleString('en-GB')} from staff and ${voices.leaders.toLocaleString('en-GB')} from ${voices.leaders === 1 ? 'a leader’s interview' : 'leaders’ interviews'}`);
  await expect(panel).toContainText(`Groups of fewer than ${k} people are not shown on their own.`);
  const kinds = Object.entries(LABELS) as [keyof Voices['sources'], string][];
  expect(await tableRows(panel.getByRole('table', { name: 'By kind of source' }))).toEqual(kinds.map(([kind, label]) => [label, voices.sources[kind].toLocaleString('en-GB')]));
  const bars = kinds.filter(([kind]) => voices.sources[kind] > 0).map(([kind, label]) => `${label} ${voices.sources[kind]}`);
  await expect(panel.getByRole('img', { name: `By kind of source: ${bars.join(', ')}`, exact: true })).toBeVisible();
  for (const [caption, spread, what] of [['Survey answers by division', voices.divisions, 'division'], ['Survey answers by staff group', voices.staffGroups, 'staff group']] as const) {
    const shown = await tableRows(panel.getByRole('table', { name: caption }));
    const expected = spreadRows(spread, what);
    expect(shown.map(([label, n]) => [label.startsWith(`Other ${what}s`) ? `Other ${what}s, or not stated` : label, n]), caption).toEqual(expected);
    if (spread.other > 0) expect(shown.at(-1)![0]).toContain(`groups of fewer than ${k} people`);
    const named = spread.named.map((r) => `${r.label} ${r.count}`).join(', ') || 'none';
    await expect(panel.getByRole('img', { name: `${caption}: ${named}`, exact: true })).toBeVisible();
  }
  return voices;
}

/** A row of the table "Ranked by the scores", found by its theme's title. */
export function rankedRow(page: Page, title: string): Locator {
  return page.getByRole('table', { name: 'Ranked by the scores' }).getByRole('row').filter({ hasText: title });
}

/** Expects the theme's rank and overall score in the ranked table (each cell also holds its column heading for phones). */
export async function expectRanked(page: Page, title: string, rank: number, overall: string): Promise<void> {
  const cells = rankedRow(page, title).getByRole('cell');
  await expect(cells.nth(0)).toHaveText(new RegExp(`(^|\\s)${rank}$`));
  await expect(cells.nth(4)).toHaveText(new RegExp(`(^|\\s)${overall.replace('.', '\\.')}$`));
}
