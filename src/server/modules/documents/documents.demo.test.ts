import { eq, inArray, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Session, TestApp } from '../../testing/harness.js';
import { startTestAppAlone } from '../../testing/databases.js';
import { demoStrategy, reseedDemoAs, type DemoContext } from '../../testing/demo-strategy.js';
import { composeSuite } from './documents.compose.suite.js';
import { youSaidSuite } from './documents.you-said.suite.js';
import { docxTextByLibreOffice } from '../../testing/office-readers.js';
import { evidenceItems, evidenceRedactions } from '../evidence/index.js';
import { insightEvidence, insights } from '../insights/index.js';
import { surveyResponses } from '../surveys/index.js';
import { pdfText } from './render/pdf/read-pdf.js';
import { seedConsultationDemo } from './consultation/demo.js';
import { documentConsultations } from './consultation/tables.js';
import { seedDocumentDemo } from './demo.js';

/**
 * What a new user finds in the demo trust's Deliver phase: two versions, the first consulted on
 * with staff (closed, with comments, replies and what was done), the second signed off and published.
 */
let t: TestApp;
let team: Session;
let strategyId: string;
let demo: DemoContext;

beforeAll(async () => {
  t = await startTestAppAlone();
  demo = await demoStrategy(t);
  ({ session: team, strategyId } = demo);
});
afterAll(() => t.close());

// The demo is seeded once for these, the longest part of each file's set-up.
composeSuite(() => demo);
youSaidSuite(() => demo);

describe('the demo trust’s strategy document', () => {
  it('has a first version for consultation and a second signed off by two executives and published', async () => {
    const page = (await team.get(`/api/v1/strategies/${strategyId}/document`)).json();
    const [second, first] = page.versions.slice(-2).length === 2 ? [page.versions.at(-2), page.versions.at(-1)] : [];
    expect(first).toMatchObject({ number: 1, state: 'frozen', changeNote: 'Draft for staff to comment on' });
    expect(second).toMatchObject({ number: 2 });
    expect(['published', 'superseded']).toContain(second.state);
    const signOff = (await team.get(`/api/v1/document-versions/${second.id}/sign-off`)).json();
    expect(signOff.rounds[0].status).toBe('signed_off');
    expect(signOff.rounds[0].approvers.map((a: { name: string; decision: string }) => [a.name, a.decision]).sort()).toEqual([
      ['Claire Ashby', 'approved'],
      ['Dr Sam Whitfield', 'approved'],
    ]);
    const compare = (await team.get(`/api/v1/document-versions/${first.id}/compare/${second.id}`)).json();
    // The foreword, rewritten after the consultation; and "What we heard", which counts every
    // survey of the strategy, the consultation's own among them.
    expect(compare.sections.filter((s: { change: string }) => s.change !== 'unchanged').map((s: { key: string }) => s.key)).toEqual(['foreword', 'what-we-heard']);
  });

  it('is readable at its public address without an account', async () => {
    const page = (await team.get(`/api/v1/strategies/${strategyId}/document`)).json();
    const published = page.versions.find((v: { state: string }) => v.state === 'published');
    const address = new URL((await team.get(`/api/v1/document-versions/${published.id}`)).json().publicAddress).pathname;
    expect(address).toMatch(/^\/p\/northbridge-cancer-centre-[a-z-]*digital-strategy-2026-to-2029$/);
    const contents = await t.app.inject({ method: 'GET', url: address });
    expect(contents.statusCode).toBe(200);
    expect(contents.body).toContain('Digital strategy 2026 to 2029');
    expect(contents.body).toContain('Northbridge Cancer Centre');
    const youSaid = await t.app.inject({ method: 'GET', url: `${address}/you-said-we-did/we-did` });
    expect(youSaid.statusCode).toBe(200);
    expect(youSaid.body).toContain('Delivered');
  });

  it('has a closed staff consultation on version 1, with support per section, comments, replies and what was done', async () => {
    const page = (await team.get(`/api/v1/strategies/${strategyId}/document`)).json();
    const first = page.versions.find((v: { number: number }) => v.number === 1);
    const consultation = (await team.get(`/api/v1/document-versions/${first.id}/consultation`)).json().consultation;
    expect(consultation.status).toBe('closed');
    expect(consultation.closedOn).not.toBeNull();
    expect(consultation.respondents).toEqual({ value: 60, suppressed: false });
    type Share = { count: { value: number | null }; percent: number | null };
    type Figures = { respondents: { value: number | null }; yes: Share; partly: Share; no: Share };
    type Section = { key: string; support: Figures; byStaffGroup: (Figures & { label: string })[]; comments: { text: string; reply: string | null; handling: string | null; reason: string; staffGroup: string | null }[] };
    const sections: Section[] = consultation.sections;
    // Every section was answered, by more than the minimum group size.
    for (const section of sections) expect(section.support.respondents.value).toBeGreaterThanOrEqual(10);
    const of = (key: string) => sections.find((s) => s.key === key)!;
    // Most support the priorities and the roadmap; the foreword has the least "Yes", more "Partly" than "Yes", and some "No".
    expect(of('priorities').support.yes.percent).toBeGreaterThan(60);
    expect(of('roadmap').support.yes.percent).toBeGreaterThan(60);
    const yes = (key: string) => of(key).support.yes.percent!;
    expect(Math.min(...sections.map((s) => yes(s.key)))).toBe(yes('foreword'));
    expect(of('foreword').support.partly.percent).toBeGreaterThan(yes('foreword'));
    expect(of('foreword').support.no.percent).toBeGreaterThan(0);
    // By staff group: the large groups show, the doctors (fewer than ten) are hidden.
    const foreword = (label: string) => of('foreword').byStaffGroup.find((g) => g.label === label)!;
    expect(foreword('Nursing and Midwifery Registered').partly.count.value).toBeGreaterThanOrEqual(10);
    expect(foreword('Medical and Dental').respondents.value).toBeNull();

    const comments = sections.flatMap((s) => s.comments);
    expect(comments.length).toBeGreaterThanOrEqual(10);
    expect(comments.map((c) => c.text).join(' ')).toContain('smartcard');
    expect(comments.filter((c) => c.reply).length).toBeGreaterThanOrEqual(3);
    const handled = comments.filter((c) => c.handling);
    expect(handled).toHaveLength(5);
    expect(handled.filter((c) => c.handling === 'changed')).toHaveLength(3);
    const kept = handled.filter((c) => c.handling === 'not_changed');
    expect(kept).toHaveLength(2);
    expect(kept.every((c) => c.reason.includes('foreword'))).toBe(true);
    // The foreword's comments are what changed it in version 2.
    expect(of('foreword').comments.filter((c) => c.handling === 'changed')).toHaveLength(3);
    // The comments are in the evidence library as any staff answer is: found by a search, analysed.
    const found = (await team.get(`/api/v1/strategies/${strategyId}/evidence?q=${encodeURIComponent('day unit wifi')}`)).json();
    const wifi = found.items.find((i: { whereFrom: string }) => i.whereFrom.startsWith('Have your say: Digital strategy 2026 to 2029, version 1'));
    expect(wifi?.text).toContain('The wifi on the chemotherapy day unit drops');
    expect(wifi?.sentiment).not.toBeNull();

    // The draft's reading pages say the consultation has closed and show the team's reply under its section.
    const token = new URL(consultation.readingLink).pathname.split('/')[2];
    const contents = await t.app.inject({ method: 'GET', url: `/c/${token}` });
    expect(contents.statusCode).toBe(200);
    expect(contents.body).toContain('The consultation closed on');
    const forewordPage = await t.app.inject({ method: 'GET', url: `/c/${token}/foreword` });
    expect(forewordPage.statusCode).toBe(200);
    expect(forewordPage.body).toContain('You said, we replied');
    expect(forewordPage.body).toContain('you were right that the draft did not say when');
  });

  it('adds the consultation once, however often the demo is seeded', async () => {
    const { actor } = await reseedDemoAs(t, 'strategy@northbridge.example');
    await seedDocumentDemo(t.ctx, strategyId, { team: actor, approvers: [] });
    // The consultation's own step, run again on its version (as a half-finished seed would), adds nothing either.
    const [first] = await t.ctx.db.select({ versionId: documentConsultations.versionId }).from(documentConsultations).where(eq(documentConsultations.strategyId, strategyId));
    await seedConsultationDemo(t.ctx, actor, first!.versionId);
    const consultations = await t.ctx.db.select().from(documentConsultations).where(eq(documentConsultations.strategyId, strategyId));
    expect(consultations).toHaveLength(1);
    const [survey] = await t.ctx.db.select({ n: sql<number>`count(*)::int` }).from(surveyResponses).where(eq(surveyResponses.surveyId, consultations[0]!.surveyId!));
    expect(survey!.n).toBe(60);
  });
});

/*
 * Last in the file, because it rewrites the demo's evidence: every quote the document can use is
 * replaced by one full of personal information, as if it had just arrived and not yet been
 * analysed, and the frozen version's own files are read back by readers that are not ours.
 */
describe('a planted identifier in the evidence', () => {
  const PLANTED = 'Ring Dr Bronwen Nwachukwu on 07700 900123 or email b.nwachukwu@example.org about NHS number 943 476 5919: the Wi-Fi dropped again in clinic.';
  const IDENTIFIERS = ['Bronwen', 'Nwachukwu', '07700 900123', 'b.nwachukwu@example.org', '943 476 5919'];

  it('is masked in the composed document and in its PDF, Word and web forms', async () => {
    const linked = await t.ctx.db
      .select({ id: insightEvidence.evidenceItemId })
      .from(insightEvidence)
      .innerJoin(insights, eq(insights.id, insightEvidence.insightId))
      .where(eq(insights.strategyId, strategyId));
    const ids = [...new Set(linked.map((l) => l.id))];
    expect(ids.length).toBeGreaterThan(0);
    await t.ctx.db.delete(evidenceRedactions).where(inArray(evidenceRedactions.evidenceItemId, ids));
    await t.ctx.db.update(evidenceItems).set({ text: PLANTED, analysedAt: null }).where(inArray(evidenceItems.id, ids));

    const frozen = await team.post(`/api/v1/strategies/${strategyId}/document/versions`, { changeNote: 'With the planted quotes' });
    expect(frozen.statusCode, frozen.body).toBe(201);
    const versionId = frozen.json().id;
    const detail = await team.get(`/api/v1/document-versions/${versionId}`);
    const file = async (kind: string) => (await t.app.inject({ method: 'GET', url: `/api/v1/document-versions/${versionId}/outputs/${kind}`, headers: { cookie: team.cookie } })).rawPayload;
    const [pdf, docx, web] = [await pdfText(await file('pdf')), await docxTextByLibreOffice(await file('docx')), detail.body];
    for (const [name, raw] of Object.entries({ pdf, docx, web })) {
      // Words as a reader meets them, whatever line breaks the layout put between them.
      const text = raw.replace(/\s+/g, ' ');
      // The planted quote is there, so its masks are; what it named is not, in any form.
      expect(text, name).toContain('dropped again in clinic');
      expect(text, name).toContain('[NHS number]');
      expect(text, name).toContain('[email]');
      for (const identifier of IDENTIFIERS) expect(text, `${name}: ${identifier}`).not.toContain(identifier);
    }
  }, 180_000);
});
