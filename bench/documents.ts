import { composeDraft } from '../src/server/modules/documents/queries.js';
import { plainDocx, strategyDocx } from '../src/server/modules/documents/render/docx/strategy-docx.js';
import { plainPdf } from '../src/server/modules/documents/render/pdf/plain-pdf.js';
import { strategyPdf } from '../src/server/modules/documents/render/pdf/strategy-pdf.js';
import { startServerProcess } from '../src/server/testing/processes.js';
import { blockText, type StrategyDocument } from '../src/shared/strategy-document.js';
import { openBenchInstance, signInDemoAdmin } from './fixtures.js';
import { load } from './load.js';

type Target = { databaseUrl?: string; dataDir?: string };

const RUNS = 11;
const RATIO_LIMIT = 3;
const P95_LIMIT_MS = 100;
const READERS = 50;
const REQUESTS = 2000;

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
const verdict = (ok: boolean) => (ok ? 'ok' : 'FAIL');

/**
 * Every word the structured files print, as plain lines: the cover (organisation, version, day),
 * the contents (the sections and their first level of headings again, as the Word contents lists
 * them), then each section's title and its blocks. That is the baseline the benchmark lays out as
 * one plain section.
 */
export function plainParagraphs(doc: StrategyDocument): string[] {
  const headings = doc.sections.flatMap((section) => [section.title, ...section.blocks.flatMap((b) => (b.kind === 'heading' && b.level === 3 ? [b.text] : []))]);
  const cover = [doc.organisation, doc.version === null ? 'Draft' : `Version ${doc.version}`, doc.composedAt.slice(0, 10)];
  return [...cover, 'Contents', ...headings, ...doc.sections.flatMap((section) => [section.title, ...section.blocks.flatMap(blockText)])];
}

async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const started = performance.now();
  const value = await work();
  return { ms: performance.now() - started, value };
}

/**
 * The demo strategy rendered to DOCX and to tagged PDF from its composed tree — headings, lists,
 * tables, figures with their pictures, the contents — each beside the same words rendered as one
 * plain section with the same library in the same run: the ratio is what the structure costs.
 * Structured and plain runs alternate, so whatever else the machine is doing lands on both.
 *
 * Reading the model to compose the tree (survey results through the suppression, masked quotes,
 * priorities, roadmap, measures) is database work, not layout, and is printed on a line of its own
 * with the whole path (reading + rendering) beside the same plain baseline, so neither hides the
 * other: the ratio limit applies to the rendering, which is what the libraries are chosen for.
 */
export async function benchDocuments(target: Target, kind: string): Promise<string[]> {
  const { ctx, actor, strategyId } = await openBenchInstance(target);
  try {
    const compose = () => composeDraft(ctx.db, actor, strategyId, ctx.config.publicUrl);
    const { document } = await compose();
    const paragraphs = plainParagraphs(document);
    const words = paragraphs.join(' ').split(/\s+/).filter(Boolean).length;
    const formats = [
      { name: 'docx', structured: () => strategyDocx(document), plain: () => plainDocx(document.title, paragraphs) },
      { name: 'pdf', structured: () => strategyPdf(document), plain: () => plainPdf(document.title, paragraphs) },
    ] as const;
    const lines = [`bench document setup-${kind}: ${document.sections.length} sections, ${paragraphs.length} plain paragraphs, ${words} words`];
    const rendering: Record<string, number> = {};
    const plainMs: Record<string, number> = {};
    for (const format of formats) {
      // Warm up: fonts, the docx library's templates and the JIT, for both.
      for (let i = 0; i < 2; i += 1) {
        await format.structured();
        await format.plain();
      }
      const runs = { structured: [] as number[], plain: [] as number[] };
      let bytes = { structured: 0, plain: 0 };
      for (let i = 0; i < RUNS; i += 1) {
        const structured = await timed(format.structured);
        const plain = await timed(format.plain);
        runs.structured.push(structured.ms);
        runs.plain.push(plain.ms);
        bytes = { structured: structured.value.length, plain: plain.value.length };
      }
      const [both, plain] = [median(runs.structured), median(runs.plain)];
      rendering[format.name] = both;
      plainMs[format.name] = plain;
      lines.push(
        `bench document-${format.name}: ${both.toFixed(1)} ms (plain single-section ${format.name}: ${plain.toFixed(1)} ms, ratio ${(both / plain).toFixed(2)}) ` +
          `${verdict(both / plain <= RATIO_LIMIT)} against ratio ≤ ${RATIO_LIMIT} [${kind}, median of ${RUNS}, the composed strategy laid out and written; ${Math.round(bytes.structured / 1024)} KB vs ${Math.round(bytes.plain / 1024)} KB]`,
      );
    }
    const composing: number[] = [];
    await compose();
    for (let i = 0; i < RUNS; i += 1) composing.push((await timed(compose)).ms);
    const model = median(composing);
    const whole = (name: string) => `${name} ${(model + rendering[name]!).toFixed(1)} ms, ${((model + rendering[name]!) / plainMs[name]!).toFixed(1)} times plain`;
    lines.push(`bench document-compose: ${model.toFixed(1)} ms reading the model and composing the tree [${kind}, median of ${RUNS}; with rendering: ${whole('docx')}; ${whole('pdf')}]`);
    return lines;
  } finally {
    await ctx.jobs.stop();
    await ctx.database.close();
  }
}

/** The published version's public address and one section page on it, found as the demo admin would. */
async function publicAddresses(serverUrl: string): Promise<{ contents: string; section: string }> {
  const cookie = await signInDemoAdmin(serverUrl);
  const getJson = async <T>(path: string): Promise<T> => {
    const response = await fetch(`${serverUrl}${path}`, { headers: { cookie } });
    if (!response.ok) throw new Error(`${path} answered ${response.status}: ${(await response.text()).slice(0, 300)}`);
    return (await response.json()) as T;
  };
  const me = await getJson<{ currentOrganisationId: string }>('/api/v1/me');
  const { strategies } = await getJson<{ strategies: { id: string }[] }>(`/api/v1/orgs/${me.currentOrganisationId}/strategies`);
  let published: { id: string; state: string } | undefined;
  for (const strategy of strategies) {
    const page = await getJson<{ versions: { id: string; state: string }[] }>(`/api/v1/strategies/${strategy.id}/document`);
    published = page.versions.find((v) => v.state === 'published');
    if (published) break;
  }
  if (!published) throw new Error('The demo has no published document version.');
  const detail = await getJson<{ publicAddress: string | null; document: StrategyDocument }>(`/api/v1/document-versions/${published.id}`);
  if (!detail.publicAddress) throw new Error('The published demo version has no public address.');
  // A section in the middle of the document, a typical reading page ("Our priorities" in the demo).
  const section = detail.document.sections.find((s) => s.key === 'priorities') ?? detail.document.sections[0]!;
  const contents = new URL(detail.publicAddress).pathname;
  return { contents: `${serverUrl}${contents}`, section: `${serverUrl}${contents}/${section.key}` };
}

/**
 * The published strategy at /p/<slug> read by 50 readers at once (each a keep-alive connection:
 * Node's fetch keeps them open; alternating the contents page and a section page), beside /healthz
 * on the same server in the same run: the ratio is what serving the page costs over the server's
 * floor. The readers are a closed loop, so the median is about 50 ÷ the rate: p95 < 100 ms needs
 * the server to answer well over 500 pages a second.
 */
export async function benchPublicPage(target: Target, kind: string): Promise<string[]> {
  const env: Record<string, string> = { CHORUS_DEMO: '1', CHORUS_RATE_LIMIT: '1000000' };
  if (target.databaseUrl) env.DATABASE_URL = target.databaseUrl;
  else env.CHORUS_DATA_DIR = target.dataDir!;
  const server = await startServerProcess(env);
  try {
    const { contents, section } = await publicAddresses(server.url);
    for (const url of [contents, section]) {
      const response = await fetch(url);
      const html = await response.text();
      if (!response.ok || !html.includes('<h1')) throw new Error(`${url} answered ${response.status}: ${html.slice(0, 300)}`);
    }
    let turn = 0;
    const readPage = () => fetch((turn++ % 2 === 0) ? contents : section);
    const options = { total: REQUESTS, concurrency: READERS };
    // Warm up the connections and the page cache before either figure is taken.
    await load(readPage, { total: 200, concurrency: READERS });
    await load(() => fetch(`${server.url}/healthz`), { total: 200, concurrency: READERS });
    const health = await load(() => fetch(`${server.url}/healthz`), options);
    const pages = await load(readPage, options);
    if (health.failures + pages.failures > 0) throw new Error(`${health.failures + pages.failures} requests failed during the benchmark.`);
    return [
      `bench public-page: p95 ${pages.p95.toFixed(1)} ms, median ${pages.p50.toFixed(1)} ms at ${READERS} concurrent readers ` +
        `(healthz p95 ${health.p95.toFixed(1)} ms, ratio ${(pages.p95 / health.p95).toFixed(2)}) — target p95 < ${P95_LIMIT_MS} ms ${verdict(pages.p95 < P95_LIMIT_MS)} ` +
        `[${kind}, ${pages.requests} page reads at ${pages.perSecond.toFixed(0)}/s, ${health.requests} healthz at ${health.perSecond.toFixed(0)}/s]`,
    ];
  } finally {
    await server.stop();
  }
}
