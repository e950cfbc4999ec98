import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMember, signUpOrganisation, startTestApp, type Session, type SignedUpOrg, type TestApp } from '../../testing/harness.js';
import { storeResponse } from '../../testing/responses.js';
import { createTestSurvey, newTestStrategy } from '../../testing/surveys.js';
import { loadSurveyDefinition } from '../surveys/index.js';
import { evidenceTags } from '../evidence/index.js';
import { runThemeJob } from './job.js';
import { spreadOf } from './present.js';
import { themeRunItems, themeRuns, themeSuggestions } from './tables.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
  await t.ctx.jobs.start({ work: true });
});
afterAll(() => t.close());

// Three planted topics, eight differently worded answers each.
const TOPICS: Record<string, string[]> = {
  parking: ['car park', 'parking permit', 'parking spaces', 'car parking', 'park the car', 'parking fees', 'car park barrier', 'parking at night'],
  wifi: ['wifi drops', 'wifi signal', 'wireless network', 'wifi on the ward', 'wifi connection', 'slow wifi', 'wifi password', 'wifi in clinic'],
  rota: ['rota changes', 'rota app', 'shift rota', 'rota swaps', 'rota published late', 'rota system', 'night rota', 'rota clashes'],
};
const corpus = Object.entries(TOPICS).flatMap(([topic, phrases]) =>
  phrases.map((p, i) => ({ topic, text: `The ${p} is a problem every week${i % 2 ? ', please fix the ' + p : ''}.` })),
);

async function answered(texts: string[], org?: SignedUpOrg) {
  const o = org ?? (await signUpOrganisation(t.app));
  const strategyId = await newTestStrategy(o);
  const survey = await createTestSurvey(t.ctx.db, o, strategyId, { sections: [{ title: 'Your view', questions: [{ ref: 'why', type: 'long_text', title: 'What gets in the way?' }] }] });
  const definition = await loadSurveyDefinition(t.ctx.db, survey.surveyId);
  for (const text of texts) await storeResponse(t.ctx.db, { id: survey.surveyId, organisationId: o.organisationId }, definition, { [survey.q.why!]: text });
  return { org: o, strategyId, questionId: survey.q.why! };
}

async function finished(session: Session, runId: string) {
  // Polls the run the way the page does; the job runs in the test app's own worker.
  for (let i = 0; i < 300; i += 1) {
    const run = await session.get(`/api/v1/theme-runs/${runId}`);
    if (run.json().status === 'done' || run.json().status === 'failed') return run.json();
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('The theme run did not finish.');
}

async function suggest(session: Session, strategyId: string, body: object) {
  const started = await session.post(`/api/v1/strategies/${strategyId}/theme-runs`, body);
  expect(started.statusCode, started.body).toBe(201);
  return finished(session, started.json().id);
}

describe('theme runs', () => {
  it('refuses staff, leaders and other organisations, and says why a set cannot be grouped', async () => {
    const { org, strategyId, questionId } = await answered(['The rota app is slow.']);
    const staff = await addMember(t.app, org, 'staff');
    const leader = await addMember(t.app, org, 'leader');
    const other = await signUpOrganisation(t.app);
    for (const who of [staff.session, leader.session]) {
      expect((await who.post(`/api/v1/strategies/${strategyId}/theme-runs`, { questionId })).statusCode).toBe(403);
      expect((await who.get(`/api/v1/strategies/${strategyId}/theme-runs`)).statusCode).toBe(403);
    }
    expect([403, 404]).toContain((await other.admin.post(`/api/v1/strategies/${strategyId}/theme-runs`, { questionId })).statusCode);
    const run = await suggest(org.admin, strategyId, { questionId });
    expect([403, 404]).toContain((await other.admin.get(`/api/v1/theme-runs/${run.id}`)).statusCode);
    expect((await staff.session.get(`/api/v1/theme-runs/${run.id}`)).statusCode).toBe(403);

    const empty = await org.admin.post(`/api/v1/strategies/${strategyId}/theme-runs`, { source: 'sticky_note' });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().detail).toMatch(/There is no evidence in this set to group/);
    const elsewhere = await answered(['x'], other);
    const foreign = await org.admin.post(`/api/v1/strategies/${strategyId}/theme-runs`, { questionId: elsewhere.questionId });
    expect(foreign.statusCode).toBe(400);
    expect((await org.admin.post(`/api/v1/strategies/${strategyId}/theme-runs`, { themes: 500 })).statusCode).toBe(400);
  });

  it('groups submitted answers into their planted topics, the same way every time with the same seed', async () => {
    const { org, strategyId, questionId } = await answered(corpus.map((c) => c.text));
    const run = await suggest(org.admin, strategyId, { questionId, themes: 3, seed: 7 });
    expect(run.status).toBe('done');
    expect(run.itemCount).toBe(corpus.length);
    const topicOf = new Map(corpus.map((c) => [c.text, c.topic]));
    const open = run.suggestions.filter((s: { size: number }) => s.size > 0);
    expect(open.length).toBeGreaterThanOrEqual(3);
    for (const s of open) {
      expect(s.quotes.length).toBeGreaterThan(0);
      expect(s.quotes.length).toBeLessThanOrEqual(3);
      // Every quote of a theme comes from one planted topic.
      expect(new Set(s.quotes.map((q: { text: string }) => topicOf.get(q.text))).size).toBe(1);
    }
    const again = await suggest(org.admin, strategyId, { questionId, themes: 3, seed: 7 });
    const shape = (r: typeof run) => r.suggestions.map((s: { label: string; size: number; quotes: { id: string }[] }) => [s.label, s.size, s.quotes.map((q) => q.id)]);
    expect(shape(again)).toEqual(shape(run));
    const list = await org.admin.get(`/api/v1/strategies/${strategyId}/theme-runs`);
    expect(list.json().runs.map((r: { id: string }) => r.id)).toEqual([again.id, run.id]);
  });

  it('renames, dismisses and restores, merges and splits suggestions, and asks for more themes over the same set', async () => {
    const { org, strategyId, questionId } = await answered(corpus.map((c) => c.text));
    const run = await suggest(org.admin, strategyId, { questionId, themes: 3 });
    const [a, b] = run.suggestions;
    expect((await org.admin.patch(`/api/v1/theme-suggestions/${a.id}`, { label: 'Getting to work' })).statusCode).toBe(200);
    expect((await org.admin.post(`/api/v1/theme-suggestions/${b.id}/dismiss`)).statusCode).toBe(200);
    expect((await org.admin.post(`/api/v1/theme-suggestions/${b.id}/merge`, { intoId: a.id })).statusCode).toBe(409);
    expect((await org.admin.post(`/api/v1/theme-suggestions/${b.id}/restore`)).statusCode).toBe(200);
    expect((await org.admin.post(`/api/v1/theme-suggestions/${b.id}/merge`, { intoId: b.id })).statusCode).toBe(400);
    expect((await org.admin.post(`/api/v1/theme-suggestions/${b.id}/merge`, { intoId: a.id })).statusCode).toBe(200);
    const after = await finished(org.admin, run.id);
    const merged = after.suggestions.find((s: { id: string }) => s.id === a.id);
    expect(merged).toMatchObject({ label: 'Getting to work', size: a.size + b.size });
    expect(after.suggestions.find((s: { id: string }) => s.id === b.id)).toMatchObject({ status: 'merged', mergedIntoId: a.id, size: 0 });

    const split = await org.admin.post(`/api/v1/theme-suggestions/${a.id}/split`);
    expect(split.statusCode, split.body).toBe(201);
    const within = await finished(org.admin, split.json().id);
    expect(within).toMatchObject({ splitOfSuggestionId: a.id, itemCount: a.size + b.size, status: 'done' });

    const more = await org.admin.post(`/api/v1/theme-runs/${run.id}/rerun`, { themes: 5 });
    expect(more.statusCode).toBe(201);
    const bigger = await finished(org.admin, more.json().id);
    expect(bigger).toMatchObject({ itemCount: run.itemCount, requestedThemes: 5, status: 'done' });
  });

  it('accepting a theme makes a tag of its (edited) name and applies it to every member, once', async () => {
    const { org, strategyId, questionId } = await answered(corpus.map((c) => c.text));
    const run = await suggest(org.admin, strategyId, { questionId, themes: 3 });
    const [a, b] = run.suggestions;
    const members = (await t.ctx.db.select().from(themeRunItems).where(eq(themeRunItems.suggestionId, a.id))).map((i) => i.evidenceItemId).sort();
    const accepted = await org.admin.post(`/api/v1/theme-suggestions/${a.id}/accept`, { label: 'Parking and travel' });
    expect(accepted.statusCode, accepted.body).toBe(200);
    expect(accepted.json().applied).toBe(members.length);
    const tagged = (await t.ctx.db.select().from(evidenceTags).where(eq(evidenceTags.tagId, accepted.json().tagId))).map((r) => r.evidenceItemId).sort();
    expect(tagged).toEqual(members);
    expect((await org.admin.post(`/api/v1/theme-suggestions/${a.id}/accept`, {})).statusCode).toBe(409);
    // A second theme under a name already in the codebook is refused whole: no tag, still open.
    const clash = await org.admin.post(`/api/v1/theme-suggestions/${b.id}/accept`, { label: 'Parking and travel' });
    expect(clash.statusCode).toBeGreaterThanOrEqual(400);
    const after = await finished(org.admin, run.id);
    expect(after.suggestions.find((s: { id: string }) => s.id === a.id)).toMatchObject({ status: 'accepted', tagId: accepted.json().tagId, label: 'Parking and travel' });
    expect(after.suggestions.find((s: { id: string }) => s.id === b.id)).toMatchObject({ status: 'open', tagId: null });

    // Undo: the tag leaves the codebook (its applications go with it from every list), the theme is open again.
    const tagId = accepted.json().tagId as string;
    const leader = await addMember(t.app, org, 'leader');
    expect((await leader.session.post(`/api/v1/theme-suggestions/${a.id}/unaccept`, {})).statusCode).toBe(403);
    expect((await org.admin.post(`/api/v1/theme-suggestions/${b.id}/unaccept`, {})).statusCode).toBe(409);
    const undone = await org.admin.post(`/api/v1/theme-suggestions/${a.id}/unaccept`, {});
    expect(undone.statusCode, undone.body).toBe(200);
    const codebook = (await org.admin.get(`/api/v1/strategies/${strategyId}/tags`)).json().tags.map((x: { id: string }) => x.id);
    expect(codebook).not.toContain(tagId);
    const reopened = await finished(org.admin, run.id);
    expect(reopened.suggestions.find((s: { id: string }) => s.id === a.id)).toMatchObject({ status: 'open', tagId: null });
    const audit = await t.ctx.db.execute(sql`select action from audit_events where subject_id in (${a.id}, ${tagId}) order by created_at`);
    expect((audit as unknown as { rows: { action: string }[] }).rows.map((r) => r.action)).toEqual(expect.arrayContaining(['theme_suggestion.accept_undone', 'tag.deleted']));
    // The name is free again, so accepting once more makes a new tag on the same members.
    const again = await org.admin.post(`/api/v1/theme-suggestions/${a.id}/accept`, { label: 'Parking and travel' });
    expect(again.statusCode, again.body).toBe(200);
    expect(again.json()).toMatchObject({ applied: members.length });
    expect(again.json().tagId).not.toBe(tagId);
    // A tag that has since gained a tag under it is not deleted by an undo: that would take the child too.
    expect((await org.admin.post(`/api/v1/strategies/${strategyId}/tags`, { name: 'Permits', parentId: again.json().tagId })).statusCode).toBe(201);
    const refused = await org.admin.post(`/api/v1/theme-suggestions/${a.id}/unaccept`, {});
    expect(refused.statusCode).toBe(409);
    expect(refused.json().detail).toContain('now has "Permits" under it');
  });

  it('starts from the evidence library filter as its page sends it, and says why a filter cannot be grouped', async () => {
    const { org, strategyId } = await answered(corpus.map((c) => c.text));
    // The library's address (?q=wifi&source=survey_answer) becomes this body on the theme page.
    const run = await suggest(org.admin, strategyId, { filter: { q: 'wifi', source: ['survey_answer'] } });
    expect(run).toMatchObject({ status: 'done', scopeLabel: 'Evidence library, filtered', itemCount: corpus.filter((c) => /wifi/i.test(c.text)).length });
    const nothing = await org.admin.post(`/api/v1/strategies/${strategyId}/theme-runs`, { filter: { q: 'helicopter' } });
    expect(nothing.statusCode).toBe(400);
    expect(nothing.json().detail).toContain('There is no evidence in this set to group');
  });

  it('a failing run is marked failed in words and leaves no suggestion or membership behind', async () => {
    const { org, strategyId, questionId } = await answered(corpus.slice(0, 6).map((c) => c.text));
    const run = await suggest(org.admin, strategyId, { questionId });
    // Start again from a run that has not been written, then let the write break half-way:
    // the first theme is inserted, the second has no label, so the transaction must undo both.
    await t.ctx.db.delete(themeSuggestions).where(eq(themeSuggestions.runId, run.id));
    await t.ctx.db.update(themeRunItems).set({ representative: false }).where(eq(themeRunItems.runId, run.id));
    const ids = (await t.ctx.db.select().from(themeRunItems).where(eq(themeRunItems.runId, run.id))).map((i) => i.evidenceItemId);
    const breaking = async () => ({
      themes: [
        { label: 'First', keywords: ['a'], memberIds: ids.slice(0, 3), representativeIds: ids.slice(0, 1), cohesion: 0.5 },
        { label: null as unknown as string, keywords: ['b'], memberIds: ids.slice(3), representativeIds: [], cohesion: 0.5 },
      ],
      unfitted: [],
      nearest: {},
    });
    await expect(runThemeJob(t.ctx.db, run.id, breaking)).rejects.toThrow(/nothing was changed/);
    const [row] = await t.ctx.db.select().from(themeRuns).where(eq(themeRuns.id, run.id));
    expect(row).toMatchObject({ status: 'failed' });
    expect(row!.message).toMatch(/nothing was changed/);
    expect(await t.ctx.db.select().from(themeSuggestions).where(eq(themeSuggestions.runId, run.id))).toEqual([]);
    const items = await t.ctx.db.select().from(themeRunItems).where(eq(themeRunItems.runId, run.id));
    expect(items.every((i) => i.suggestionId === null && !i.representative)).toBe(true);
  });

  it('copes with hostile texts (naughty strings) and shows them back as text', async () => {
    const naughty = ['<script>alert(1)</script> rota', '﻿​ wifi', '😀😀😀', "'; DROP TABLE theme_runs; --", 'Ṱ̺̺̕o͞ ̷i̲̬͇̪͙n̝̗͕v̟̜̘̦͟o̶̙̰̠kè', '', '   ', '0', 'null', 'undefined', '١٢٣', 'parking parking'];
    const { org, strategyId, questionId } = await answered(naughty.filter((s) => s.trim()));
    const run = await suggest(org.admin, strategyId, { questionId });
    expect(run.status).toBe('done');
    const texts = [...run.suggestions.flatMap((s: { quotes: { text: string }[] }) => s.quotes), ...run.unfitted].map((q: { text: string }) => q.text);
    expect(texts).toContain('<script>alert(1)</script> rota');
  });
});

describe('spread of a theme', () => {
  it('never names a group smaller than the minimum group size', () => {
    const groups = [...Array(10).fill('Nursing'), ...Array(3).fill('Estates'), null, null];
    const spread = spreadOf(groups, 5);
    expect(spread.groups.map((g) => g.name)).not.toContain('Estates');
    expect(spread.groups.reduce((n, g) => n + g.count, 0) + spread.other).toBe(groups.length);
  });
});
