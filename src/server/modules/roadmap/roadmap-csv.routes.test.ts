import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { initiatives } from './tables.js';
import { priorities } from '../priorities/tables.js';
import { signUpOrganisation, startTestApp, type SignedUpOrg, type TestApp } from '../../testing/harness.js';
import { seedRoadmapDemo } from './index.js';

/** The roadmap's CSV: download, import all-or-nothing, and a round trip into an empty strategy. */
let t: TestApp;
let org: SignedUpOrg;
const prioritiesByTitle = ['One record', 'Diagnostics', 'Online', 'Data'];

async function newStrategy(name: string): Promise<{ id: string; priorityIds: Record<string, string> }> {
  const id = (await org.admin.post(`/api/v1/orgs/${org.organisationId}/strategies`, { name, startYear: 2026, endYear: 2029 })).json().id;
  const rows = await t.ctx.db.insert(priorities).values(prioritiesByTitle.map((title, position) => ({ organisationId: org.organisationId, strategyId: id, title, position }))).returning();
  return { id, priorityIds: Object.fromEntries(rows.map((r) => [r.title, r.id])) };
}

const importCsv = (strategyId: string, csv: string) => org.admin.post(`/api/v1/strategies/${strategyId}/roadmap/import`, { csv });

/** The roadmap without ids: what a person would compare. */
async function comparable(strategyId: string) {
  const roadmap = (await org.admin.get(`/api/v1/strategies/${strategyId}/roadmap`)).json();
  const titleOf = new Map(roadmap.initiatives.map((i: { id: string; title: string }) => [i.id, i.title]));
  const programmeOf = new Map(roadmap.programmes.map((p: { id: string; name: string; priorityTitle: string }) => [p.id, `${p.name} / ${p.priorityTitle}`]));
  return roadmap.initiatives
    .map((i: Record<string, unknown> & { programmeId: string; dependsOn: string[] }) => ({
      programme: programmeOf.get(i.programmeId), title: i.title, owner: i.owner, start: i.start, end: i.end, status: i.status, horizon: i.horizon,
      estimatedCost: i.estimatedCost, benefit: i.benefit, dependsOn: i.dependsOn.map((id) => titleOf.get(id)).sort(), flags: i.flags, critical: i.critical,
    }))
    .sort((a: { title: string }, b: { title: string }) => a.title.localeCompare(b.title));
}

beforeAll(async () => {
  t = await startTestApp();
  org = await signUpOrganisation(t.app, 'CSV Trust');
});
afterAll(() => t.close());

describe('roadmap CSV', () => {
  it('round-trips the demo roadmap through export and import into an empty strategy', async () => {
    const source = await newStrategy('Source');
    await seedRoadmapDemo(t.ctx.db, org.organisationId, source.id, source.priorityIds);
    // A formula-looking owner is guarded on the way out and restored on the way in.
    await t.ctx.db.update(initiatives).set({ owner: '=HYPERLINK("x")' }).where(eq(initiatives.title, 'Pathology network LIMS'));
    const download = await org.admin.get(`/api/v1/strategies/${source.id}/roadmap.csv`);
    expect(download.headers['content-type']).toContain('text/csv');
    expect(download.body).toContain(`'=HYPERLINK`);
    expect(download.body.split('\r\n')[0]).toBe('\uFEFFProgramme,Priority,Title,Owner,Start,End,Status,Horizon,Cost,Benefit,Depends on');
    const target = await newStrategy('Target');
    const imported = await importCsv(target.id, download.body);
    expect(imported.statusCode, imported.body).toBe(201);
    expect(imported.json()).toEqual({ programmes: 3, initiatives: 12, dependencies: 10 });
    const before = await comparable(source.id);
    expect(before.length).toBe(12);
    expect(await comparable(target.id)).toEqual(before);
  });

  it('refuses a file with bad rows, listing each by row number, and saves nothing', async () => {
    const target = await newStrategy('Bad rows');
    const csv = [
      'Programme,Priority,Title,Owner,Start,End,Status,Horizon,Cost,Benefit,Depends on',
      'Records,One record,Good one,,2027-01,2027-03,Planned,Now,100,,',
      'Records,One record,Backwards,,2027-06,2027-03,Planned,Now,,,',
      'Records,One record,Odd status,,2027-01,2027-02,Someday,Now,,,',
      'Unknown,No such priority,Orphan,,2027-01,2027-02,,,,,',
      'Records,One record,Needs ghost,,2027-01,2027-02,,,,,Ghost',
    ].join('\n');
    const refused = await importCsv(target.id, csv);
    expect(refused.statusCode).toBe(400);
    expect(refused.json().errors.map((e: { message: string }) => e.message)).toEqual([
      'Row 3: The initiative ends (March 2027) before it starts (June 2027)',
      'Row 4: the status "Someday" is not one of proposed, planned, in progress, done, paused or stopped',
      'Row 5: the programme "Unknown" is not on the roadmap yet: give the title of its priority theme in the Priority column',
      'Row 6: it depends on "Ghost", which is neither in the file nor on the roadmap',
    ]);
    expect((await org.admin.get(`/api/v1/strategies/${target.id}/roadmap`)).json().initiatives).toEqual([]);
    expect((await org.admin.get(`/api/v1/strategies/${target.id}/roadmap`)).json().programmes).toEqual([]);
  });

  it('refuses a file whose dependencies loop, naming the loop', async () => {
    const target = await newStrategy('Looping');
    const csv = [
      'Programme,Priority,Title,Start,End,Depends on',
      'Records,One record,A,2027-01,2027-02,C',
      'Records,One record,B,2027-01,2027-02,A',
      'Records,One record,C,2027-01,2027-02,B',
    ].join('\n');
    const refused = await importCsv(target.id, csv);
    expect(refused.statusCode).toBe(400);
    expect(refused.json().detail).toMatch(/^The dependencies in the file make a loop: (A → C → B → A|B → A → C → B|C → B → A → C)\. Nothing was imported\.$/);
    expect((await org.admin.get(`/api/v1/strategies/${target.id}/roadmap`)).json().initiatives).toEqual([]);
  });

  it('takes the file itself as text/csv, and explains a file without the needed columns', async () => {
    const target = await newStrategy('Plain');
    const sent = await t.app.inject({
      method: 'POST', url: `/api/v1/strategies/${target.id}/roadmap/import`,
      headers: { cookie: org.admin.cookie, 'x-csrf-token': org.admin.csrf, 'content-type': 'text/csv' },
      payload: 'Programme,Priority,Title,Start,End\nRecords,One record,Only one,2027-Q1,2027-Q1\n',
    });
    expect(sent.statusCode, sent.body).toBe(201);
    const roadmap = (await org.admin.get(`/api/v1/strategies/${target.id}/roadmap`)).json();
    expect(roadmap.initiatives[0]).toMatchObject({ title: 'Only one', start: '2027-01', end: '2027-03', status: 'planned', horizon: 'next' });
    const wrong = await importCsv(target.id, 'Name,When\nx,y');
    expect(wrong.json().detail).toBe('The file has no "programme", "title", "start", "end" column. The first row must name the columns, like the roadmap\'s CSV download.');
  });
});
