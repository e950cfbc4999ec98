import { and, count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents } from '../../platform/tables.js';
import { addMember, signUpOrganisation, startTestApp, type Session, type SignedUpOrg, type TestApp } from '../../testing/harness.js';
import { naughtyStrings } from '../../testing/test-data.js';
import { measureValues, outcomeMeasures } from './tables.js';
import { strategyWithOwners } from './test-setup.js';

let t: TestApp;
let org: SignedUpOrg;
let outsider: SignedUpOrg;
let leader: Session;
let staff: Session;
let ids: { strategyId: string; priorityId: string; initiativeId: string };

beforeAll(async () => {
  t = await startTestApp();
  org = await signUpOrganisation(t.app, 'Measure Trust');
  outsider = await signUpOrganisation(t.app, 'Other Trust');
  leader = (await addMember(t.app, org, 'leader')).session;
  staff = (await addMember(t.app, org, 'staff')).session;
  ids = await strategyWithOwners(t.ctx.db, org.organisationId);
});
afterAll(() => t.close());

const measure = (extra: Record<string, unknown> = {}) => ({
  priorityId: ids.priorityId,
  name: 'Time to log in',
  unit: 'seconds',
  direction: 'down',
  baselineValue: 95,
  baselineOn: '2026-04-01',
  baselineSource: 'Timed logins',
  targetValue: 15,
  targetOn: '2028-03-31',
  ...extra,
});
const create = (body: unknown, who: Session = org.admin) => who.post(`/api/v1/strategies/${ids.strategyId}/measures`, body);
const measureCount = async () => Number((await t.ctx.db.select({ n: count() }).from(outcomeMeasures).where(eq(outcomeMeasures.strategyId, ids.strategyId)))[0]!.n);

describe('measures', () => {
  it('creates, lists by owner, records values, updates and deletes, auditing each change', async () => {
    const created = await create(measure());
    expect(created.statusCode).toBe(201);
    const id = created.json().id;
    const onInitiative = await create(measure({ priorityId: null, initiativeId: ids.initiativeId, name: 'Wards live', unit: 'wards', direction: 'up', baselineValue: 0, targetValue: 32 }));
    expect(onInitiative.statusCode).toBe(201);

    const value = await org.admin.post(`/api/v1/measures/${id}/values`, { value: 55, recordedOn: '2027-04-01', source: 'Timed logins', note: 'After the pilot' });
    expect(value.statusCode).toBe(201);
    const detail = (await org.admin.get(`/api/v1/measures/${id}`)).json();
    expect(detail).toMatchObject({
      name: 'Time to log in',
      directionWords: 'Lower is better',
      ownerLabel: 'Systems that help staff care',
      baseline: { value: 95, on: { on: '2026-04-01', label: '1 April 2026' } },
      target: { value: 15, on: { label: '31 March 2028' } },
      latest: { value: 55, on: { label: '1 April 2027' } },
      progress: 0.5,
      can: { update: true, delete: true, addValue: true },
    });
    // Half-way there, exactly half-way through the time: on track.
    expect(detail.status).toBe('on_track');
    expect(detail.series).toEqual([expect.objectContaining({ valueId: value.json().id, value: 55, onLabel: '1 April 2027', label: 'Timed logins', note: 'After the pilot', suppressed: false })]);

    const list = (await leader.get(`/api/v1/strategies/${ids.strategyId}/measures`)).json();
    expect(list.groups.map((g: { kind: string; title: string; measures: unknown[] }) => [g.kind, g.title, g.measures.length])).toEqual([
      ['priority', 'Systems that help staff care', 1],
      ['initiative', 'Tap-and-go login on wards', 1],
    ]);
    expect(list.groups[1].priorityTitle).toBe('Systems that help staff care');
    expect(list.can).toEqual({ create: false });
    expect(list.choices.owners.map((o: { label: string }) => o.label)).toEqual(['Systems that help staff care', 'Tap-and-go login on wards (Systems that help staff care)']);

    const updated = await org.admin.put(`/api/v1/measures/${id}`, measure({ targetValue: 60, targetOn: '2027-03-31' }));
    expect(updated.statusCode).toBe(200);
    // Passed the target of 60 on the way down.
    expect(updated.json()).toMatchObject({ target: { value: 60 }, status: 'target_met', statusWords: 'Target met' });

    expect((await org.admin.delete(`/api/v1/measures/${id}/values/${value.json().id}`)).statusCode).toBe(200);
    expect((await org.admin.get(`/api/v1/measures/${id}`)).json()).toMatchObject({ series: [], latest: null, status: 'no_data' });

    expect((await org.admin.delete(`/api/v1/measures/${id}`)).statusCode).toBe(200);
    expect((await org.admin.get(`/api/v1/measures/${id}`)).statusCode).toBe(404);
    const actions = await t.ctx.db.select({ action: auditEvents.action }).from(auditEvents).where(and(eq(auditEvents.subjectType, 'measure'), eq(auditEvents.subjectId, id)));
    expect(actions.map((a) => a.action).sort()).toEqual(['measure.created', 'measure.deleted', 'measure.updated', 'measure.value_deleted', 'measure.value_recorded']);
  });

  it('lets leaders read but not change; refuses staff, other organisations and anyone signed out', async () => {
    const id = (await create(measure())).json().id;
    expect((await leader.get(`/api/v1/measures/${id}`)).json().can).toEqual({ update: false, delete: false, addValue: false });
    expect((await create(measure(), leader)).statusCode).toBe(403);
    expect((await leader.put(`/api/v1/measures/${id}`, measure())).statusCode).toBe(403);
    expect((await leader.delete(`/api/v1/measures/${id}`)).statusCode).toBe(403);
    expect((await leader.post(`/api/v1/measures/${id}/values`, { value: 1, recordedOn: '2027-01-01' })).statusCode).toBe(403);
    expect((await staff.get(`/api/v1/measures/${id}`)).statusCode).toBe(403);
    expect((await staff.get(`/api/v1/strategies/${ids.strategyId}/measures`)).statusCode).toBe(403);
    expect((await outsider.admin.get(`/api/v1/measures/${id}`)).statusCode).toBe(404);
    expect((await outsider.admin.put(`/api/v1/measures/${id}`, measure())).statusCode).toBe(404);
    expect((await outsider.admin.delete(`/api/v1/measures/${id}`)).statusCode).toBe(404);
    expect((await outsider.admin.get(`/api/v1/strategies/${ids.strategyId}/measures`)).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'GET', url: `/api/v1/measures/${id}` })).statusCode).toBe(401);
    expect((await t.app.inject({ method: 'GET', url: `/api/v1/strategies/${ids.strategyId}/measures` })).statusCode).toBe(401);
    // Another organisation's priority cannot own a measure here, and vice versa.
    const theirs = await strategyWithOwners(t.ctx.db, outsider.organisationId, 'Theirs');
    const foreign = await create(measure({ priorityId: theirs.priorityId }));
    expect(foreign.statusCode).toBe(400);
    expect(foreign.json().errors).toEqual([{ field: 'owner', message: 'Choose a priority of this strategy' }]);
    expect((await outsider.admin.delete(`/api/v1/measures/${id}`)).statusCode).toBe(404);
    expect((await org.admin.get(`/api/v1/measures/${id}`)).statusCode).toBe(200);
  });

  it('refuses bad input with a clear message per field and saves nothing', async () => {
    const before = await measureCount();
    const cases: [Record<string, unknown>, { field: string; message: string }][] = [
      [{ unit: '' }, { field: 'unit', message: 'Enter a unit, like % of staff or minutes' }],
      [{ unit: '   ' }, { field: 'unit', message: 'Enter a unit, like % of staff or minutes' }],
      [{ name: '' }, { field: 'name', message: 'Enter a name for the measure' }],
      [{ direction: 'up', baselineValue: 55, targetValue: 40 }, { field: 'targetValue', message: 'Higher is better for this measure, so the target (40) must be above the baseline (55)' }],
      [{ direction: 'down', baselineValue: 10, targetValue: 12.5 }, { field: 'targetValue', message: 'Lower is better for this measure, so the target (12.5) must be below the baseline (10)' }],
      [{ baselineOn: '2027-05-01', targetOn: '2027-01-01' }, { field: 'targetOn', message: 'The target date must be after the baseline date' }],
      [{ targetOn: '2027-02-30' }, { field: 'targetOn', message: 'The date of the target must be a real date, like 2026-03-14' }],
      [{ initiativeId: ids.initiativeId }, { field: 'owner', message: 'Choose the one priority or initiative this measure belongs to' }],
      [{ priorityId: null }, { field: 'owner', message: 'Choose the one priority or initiative this measure belongs to' }],
      [{ source: 'survey' }, { field: 'surveyQuestionId', message: 'Choose the survey question this measure follows' }],
      [{ source: 'maturity' }, { field: 'maturityMeasureId', message: 'Choose the What Good Looks Like measure this follows' }],
    ];
    for (const [change, error] of cases) {
      const response = await create(measure(change));
      expect(response.statusCode, JSON.stringify(change)).toBe(400);
      expect(response.json().errors, JSON.stringify(change)).toContainEqual(error);
    }
    expect(await measureCount()).toBe(before);
    // An update that is refused leaves the measure as it was.
    const id = (await create(measure())).json().id;
    expect((await org.admin.put(`/api/v1/measures/${id}`, measure({ name: 'Renamed', direction: 'up' }))).statusCode).toBe(400);
    expect((await org.admin.get(`/api/v1/measures/${id}`)).json()).toMatchObject({ name: 'Time to log in', direction: 'down' });
    const badValue = await org.admin.post(`/api/v1/measures/${id}/values`, { value: 'lots', recordedOn: '2027-13-01' });
    expect(badValue.statusCode).toBe(400);
    expect(badValue.json().errors.map((e: { field: string }) => e.field).sort()).toEqual(['recordedOn', 'value']);
    expect(await t.ctx.db.select().from(measureValues).where(eq(measureValues.measureId, id))).toEqual([]);
  });

  it('keeps every naughty string as text, or refuses it with a message', async () => {
    const { strings } = naughtyStrings();
    const before = await measureCount();
    let saved = 0;
    for (const text of strings) {
      const response = await create(measure({ name: text, unit: text, baselineSource: text }));
      if (response.statusCode === 201) {
        saved += 1;
        const body = (await org.admin.get(`/api/v1/measures/${response.json().id}`)).json();
        expect(body.name).toBe(text.replace(/[\u202A-\u202E\u2066-\u2069]/g, '').trim());
        expect(body.unit).toBe(text.trim());
        expect(body.baselineSource).toBe(text.trim());
      } else {
        expect(response.statusCode, text).toBe(400);
        expect(response.json().errors.length, text).toBeGreaterThan(0);
      }
    }
    expect(saved).toBeGreaterThan(strings.length / 2);
    expect(await measureCount()).toBe(before + saved);
  });
});
