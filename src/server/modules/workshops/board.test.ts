import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signUpOrganisation, startTestApp, type TestApp } from '../../testing/harness.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

interface ColumnJson {
  id: string;
  title: string;
  position: number;
  notes: { id: string; text: string; position: number }[];
}

async function board() {
  const org = await signUpOrganisation(t.app);
  const strategy = await org.admin.post(`/api/v1/orgs/${org.organisationId}/strategies`, { name: 'Plan', startYear: 2026, endYear: 2029 });
  const created = (await org.admin.post(`/api/v1/strategies/${strategy.json().id}/workshops`, { title: 'Radiotherapy', heldOn: '2026-02-10' })).json();
  const url = `/api/v1/strategies/${strategy.json().id}/workshops/${created.id}`;
  const [works, way, ideas] = created.columns as ColumnJson[];
  const note = async (columnId: string, text: string) => (await org.admin.post(`${url}/notes`, { columnId, text })).json().id as string;
  const read = async () => (await org.admin.get(url)).json().columns as ColumnJson[];
  /** Each column's note texts, and a check that positions are 0…n-1 in order. */
  const texts = async () => {
    const columns = await read();
    for (const column of columns) expect(column.notes.map((n) => n.position)).toEqual(column.notes.map((_, i) => i));
    return Object.fromEntries(columns.map((c) => [c.title, c.notes.map((n) => n.text)]));
  };
  return { org, url, works: works!, way: way!, ideas: ideas!, note, texts, read };
}

describe('workshop board', () => {
  it('reorders within a column and moves between columns, keeping positions dense', async () => {
    const { org, url, works, way, note, texts } = await board();
    const a = await note(works.id, 'A');
    await note(works.id, 'B');
    const c = await note(works.id, 'C');
    await note(way.id, 'X');
    // Move up: C from index 2 to 1.
    expect((await org.admin.post(`${url}/notes/${c}/move`, { columnId: works.id, index: 1 })).statusCode).toBe(200);
    expect((await texts())['What works']).toEqual(['A', 'C', 'B']);
    // Move down past the end puts it last.
    await org.admin.post(`${url}/notes/${a}/move`, { columnId: works.id, index: 99 });
    expect((await texts())['What works']).toEqual(['C', 'B', 'A']);
    // Move right: into the top of the next column.
    const moved = await org.admin.post(`${url}/notes/${c}/move`, { columnId: way.id, index: 0 });
    expect((moved.json().columns as ColumnJson[]).map((col) => col.notes.map((n) => n.text))).toEqual([['B', 'A'], ['C', 'X'], []]);
    expect(await texts()).toEqual({ 'What works': ['B', 'A'], 'What gets in the way': ['C', 'X'], Ideas: [] });
    // Deleting a note closes the gap.
    await org.admin.delete(`${url}/notes/${c}`);
    expect(await texts()).toEqual({ 'What works': ['B', 'A'], 'What gets in the way': ['X'], Ideas: [] });
    const bad = await org.admin.post(`${url}/notes/${a}/move`, { columnId: works.id, index: -1 });
    expect(bad.json().detail).toBe('Index must be 0 or more');
  });

  it('keeps positions dense when many moves arrive at once', async () => {
    const { org, url, works, ideas, note, texts } = await board();
    const ids: string[] = [];
    for (const text of ['1', '2', '3', '4', '5', '6']) ids.push(await note(works.id, text));
    await Promise.all(ids.map((id, i) => org.admin.post(`${url}/notes/${id}/move`, { columnId: i % 2 ? ideas.id : works.id, index: 0 })));
    const result = await texts();
    expect([...result['What works']!, ...result.Ideas!].sort()).toEqual(['1', '2', '3', '4', '5', '6']);
    expect(result.Ideas).toHaveLength(3);
  });

  it('adds, renames and removes columns, moving notes only when asked', async () => {
    const { org, url, works, way, ideas, note, texts } = await board();
    const added = await org.admin.post(`${url}/columns`, { title: 'Questions' });
    expect(added.statusCode).toBe(201);
    const questions = (added.json().columns as ColumnJson[]).find((c) => c.title === 'Questions')!;
    expect(questions.position).toBe(3);
    const clash = await org.admin.post(`${url}/columns`, { title: 'ideas' });
    expect(clash.statusCode).toBe(409);
    expect(clash.json().detail).toBe('This workshop already has a column called "ideas". Choose another name.');
    const renamed = await org.admin.patch(`${url}/columns/${questions.id}`, { title: 'Open questions' });
    expect((renamed.json().columns as ColumnJson[]).map((c) => c.title)).toEqual(['What works', 'What gets in the way', 'Ideas', 'Open questions']);

    // An empty column goes at once, and the others close up.
    const removed = await org.admin.delete(`${url}/columns/${way.id}`);
    expect((removed.json().columns as ColumnJson[]).map((c) => [c.title, c.position])).toEqual([['What works', 0], ['Ideas', 1], ['Open questions', 2]]);

    await note(ideas.id, 'Tablets at the chair');
    await note(ideas.id, 'One login');
    await note(works.id, 'Pharmacy');
    const refused = await org.admin.delete(`${url}/columns/${ideas.id}`);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().detail).toBe('"Ideas" has 2 sticky notes. Choose a column to move them to before removing it.');
    expect((await org.admin.delete(`${url}/columns/${ideas.id}?moveNotesTo=${ideas.id}`)).statusCode).toBe(400);
    const confirmed = await org.admin.delete(`${url}/columns/${ideas.id}?moveNotesTo=${works.id}`);
    expect(confirmed.statusCode).toBe(200);
    expect(await texts()).toEqual({ 'What works': ['Pharmacy', 'Tablets at the chair', 'One login'], 'Open questions': [] });

    await org.admin.delete(`${url}/columns/${questions.id}`);
    const last = await org.admin.delete(`${url}/columns/${works.id}?moveNotesTo=${works.id}`);
    expect(last.statusCode).toBe(409);
    expect(last.json().detail).toBe('A workshop board needs at least one column. Add another column before removing this one.');
  });

  it('ticks "Workshops held" once a workshop has sticky notes', async () => {
    const { org, works, note } = await board();
    const strategies = (await org.admin.get(`/api/v1/orgs/${org.organisationId}/strategies`)).json().strategies;
    const status = async () =>
      ((await org.admin.get(`/api/v1/strategies/${strategies[0].id}`)).json().checklist[0].items as { id: string; done: boolean }[]).find(
        (i) => i.id === 'workshops-held',
      )!.done;
    expect(await status()).toBe(false);
    await note(works.id, 'Paper everywhere');
    expect(await status()).toBe(true);
  });

  it('finds columns and notes only within their own workshop', async () => {
    const first = await board();
    const second = await board();
    const mine = await first.note(first.works.id, 'Mine');
    expect((await first.org.admin.post(`${first.url}/notes`, { columnId: second.works.id, text: 'x' })).statusCode).toBe(404);
    expect((await first.org.admin.post(`${first.url}/notes/${mine}/move`, { columnId: second.works.id, index: 0 })).statusCode).toBe(404);
    expect((await second.org.admin.patch(`${second.url}/notes/${mine}`, { text: 'stolen' })).statusCode).toBe(404);
    expect((await second.org.admin.delete(`${second.url}/columns/${first.works.id}`)).statusCode).toBe(404);
  });
});
