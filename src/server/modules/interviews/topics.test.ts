import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signUpOrganisation, startTestApp, type Session, type TestApp } from '../../testing/harness.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

interface TopicJson {
  id: string;
  label: string;
  interviewCount: number;
  items: { id: string; interviewId: string; label: string; intervieweeRole: string }[];
}

async function setUp() {
  const org = await signUpOrganisation(t.app);
  const strategy = await org.admin.post(`/api/v1/orgs/${org.organisationId}/strategies`, { name: 'Plan', startYear: 2026, endYear: 2029 });
  const url = `/api/v1/strategies/${strategy.json().id}`;
  const interviews: string[] = [];
  for (const role of ['Chief Executive', 'Medical Director', 'Chief Nurse']) {
    interviews.push((await org.admin.post(`${url}/interviews`, { intervieweeRole: role, heldOn: '2026-01-10', consent: 'notes' })).json().id);
  }
  const add = async (interview: number, kind: 'driver' | 'priority', label: string) => {
    const response = await org.admin.post(`${url}/interviews/${interviews[interview]}/items`, { kind, label });
    expect(response.statusCode).toBe(201);
    return response.json() as { id: string; topicId: string; topicLabel: string; interviewId: string };
  };
  const overview = async (session: Session = org.admin) => (await session.get(`${url}/interview-topics`)).json();
  return { org, url, interviews, add, overview };
}

const byLabel = (topics: TopicJson[], label: string) => topics.find((topic) => topic.label === label)!;

describe('topics across interviews', () => {
  it('joins items whose labels differ only in case and spacing, counting each interview once', async () => {
    const { add, overview } = await setUp();
    const first = await add(0, 'priority', 'Patient portal');
    const second = await add(1, 'priority', '  patient   PORTAL ');
    const again = await add(1, 'priority', 'Patient Portal');
    expect(second.topicId).toBe(first.topicId);
    expect(again.topicId).toBe(first.topicId);
    expect(second.topicLabel).toBe('Patient portal');
    // The same words as a driver are a different topic: kinds never mix.
    const driver = await add(2, 'driver', 'Patient portal');
    expect(driver.topicId).not.toBe(first.topicId);
    const view = await overview();
    expect(view.interviewCount).toBe(3);
    const portal = byLabel(view.priorities, 'Patient portal');
    expect(portal.interviewCount).toBe(2);
    expect(portal.items.map((i: { label: string }) => i.label)).toEqual(['Patient portal', 'patient   PORTAL', 'Patient Portal']);
    expect(portal.items.map((i: { intervieweeRole: string }) => i.intervieweeRole)).toEqual(['Chief Executive', 'Medical Director', 'Medical Director']);
    expect(view.drivers.map((d: TopicJson) => d.label)).toEqual(['Patient portal']);
  });

  it('suggests likely duplicates without merging them, then merges and splits on request', async () => {
    const { url, org, add, overview } = await setUp();
    const epr = await add(0, 'priority', 'Single EPR across sites');
    const one = await add(1, 'priority', 'One EPR for all sites');
    const record = await add(2, 'priority', 'Electronic patient record');
    await add(2, 'priority', 'Remove paper from the day unit');
    const before = await overview();
    expect(before.priorities).toHaveLength(4);
    const pair = before.suggestions.find((s: { topicIds: string[] }) => s.topicIds.includes(epr.topicId) && s.topicIds.includes(one.topicId));
    expect(pair).toMatchObject({ kind: 'priority', sharedWords: ['epr', 'site'] });
    expect([...pair.labels].sort()).toEqual(['One EPR for all sites', 'Single EPR across sites']);
    // "Electronic patient record" shares no word with "EPR": a person has to spot that one.
    const flat = JSON.stringify(before.suggestions);
    expect(flat).not.toContain(record.topicId);

    const merged = await org.admin.post(`${url}/interview-topics/merge`, {
      targetTopicId: epr.topicId,
      topicIds: [one.topicId, record.topicId],
      label: 'Single electronic patient record',
    });
    expect(merged.statusCode).toBe(200);
    const topic = byLabel(merged.json().priorities, 'Single electronic patient record');
    expect(topic.id).toBe(epr.topicId);
    expect(topic.interviewCount).toBe(3);
    expect(topic.items.map((i) => i.label).sort()).toEqual(['Electronic patient record', 'One EPR for all sites', 'Single EPR across sites']);
    expect(merged.json().priorities).toHaveLength(2);
    expect(merged.json().suggestions).toEqual([]);

    // The merge is remembered: a later "one epr for all sites" joins the merged topic.
    const later = await add(0, 'priority', 'one EPR for all  sites');
    expect(later.topicId).toBe(epr.topicId);

    // Splitting one item out gives it its own topic again.
    const split = await org.admin.post(`${url}/interviews/${record.interviewId}/items/${record.id}/split`);
    expect(split.statusCode).toBe(200);
    expect(split.json().topicLabel).toBe('Electronic patient record');
    const after = await overview();
    expect(byLabel(after.priorities, 'Electronic patient record').interviewCount).toBe(1);
    expect(byLabel(after.priorities, 'Single electronic patient record').interviewCount).toBe(2);
    const again = await org.admin.post(`${url}/interviews/${record.interviewId}/items/${record.id}/split`);
    expect(again.statusCode).toBe(409);
    expect(again.json().detail).toBe('"Electronic patient record" is already on its own: there is nothing to split it from.');

    const audit = JSON.stringify((await org.admin.get(`/api/v1/orgs/${org.organisationId}/audit`)).json());
    expect(audit).toContain('interview.topics_merged');
    expect(audit).toContain('interview.item_split');
  });

  it('refuses merges that make no sense, in plain English', async () => {
    const { url, org, add } = await setUp();
    const driver = await add(0, 'driver', 'Financial recovery plan');
    const priority = await add(1, 'priority', 'Financial dashboards');
    const other = await add(1, 'driver', 'Finance recovery');
    const third = await add(2, 'driver', 'Workforce');
    const mixed = await org.admin.post(`${url}/interview-topics/merge`, { targetTopicId: driver.topicId, topicIds: [priority.topicId] });
    expect(mixed.statusCode).toBe(400);
    expect(mixed.json().detail).toBe('A strategic driver and a stated priority cannot be merged: choose topics of one kind');
    const self = await org.admin.post(`${url}/interview-topics/merge`, { targetTopicId: driver.topicId, topicIds: [driver.topicId] });
    expect(self.json().detail).toBe('Choose at least one topic other than the one you are merging into');
    const clash = await org.admin.post(`${url}/interview-topics/merge`, { targetTopicId: driver.topicId, topicIds: [other.topicId], label: 'workforce' });
    expect(clash.statusCode).toBe(409);
    expect(clash.json().detail).toBe('Another driver is already called "workforce". Include it in the merge, or choose another name.');
    // Nothing moved: the refused merge rolled back.
    const view = (await org.admin.get(`${url}/interview-topics`)).json();
    expect(view.drivers).toHaveLength(3);
    expect(third.topicLabel).toBe('Workforce');
    const otherStrategy = await org.admin.post(`/api/v1/orgs/${org.organisationId}/strategies`, { name: 'B', startYear: 2026, endYear: 2027 });
    const elsewhere = await org.admin.post(`/api/v1/strategies/${otherStrategy.json().id}/interview-topics/merge`, {
      targetTopicId: driver.topicId,
      topicIds: [other.topicId],
    });
    expect(elsewhere.statusCode).toBe(404);
  });

  it('removes topics that lose their last item, and renames a lone topic with its item', async () => {
    const { url, org, interviews, add, overview } = await setUp();
    const item = await add(0, 'driver', 'Finacial recovery');
    const fixed = await org.admin.patch(`${url}/interviews/${interviews[0]}/items/${item.id}`, { label: 'Financial recovery', detail: 'Plan agreed with the ICB' });
    expect(fixed.json()).toMatchObject({ label: 'Financial recovery', topicLabel: 'Financial recovery', detail: 'Plan agreed with the ICB' });
    const shared = await add(1, 'driver', 'Financial recovery');
    expect(shared.topicId).toBe(item.topicId);
    await org.admin.delete(`${url}/interviews/${interviews[0]}/items/${item.id}`);
    expect(byLabel((await overview()).drivers, 'Financial recovery').interviewCount).toBe(1);
    await org.admin.delete(`${url}/interviews/${interviews[1]}`);
    expect((await overview()).drivers).toEqual([]);
  });
});
