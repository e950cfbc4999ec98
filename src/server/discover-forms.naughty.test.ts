import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signUpOrganisation, startTestApp, type SignedUpOrg, type TestApp } from './testing/harness.js';
import { newTestStrategy } from './testing/surveys.js';
import { naughtyStrings } from './testing/test-data.js';

/**
 * The Big List of Naughty Strings through every Discover form that keeps free text: each string is
 * either stored and read back exactly as the form promises (trimmed, direction overrides removed
 * from names and titles), or refused with a specific message naming the field. Never a 500, and
 * never a silently altered note.
 */
let t: TestApp;
let org: SignedUpOrg;
let strategyId: string;
const { strings } = naughtyStrings();

beforeAll(async () => {
  // Every string through every form: far more writes in a minute than any person makes.
  t = await startTestApp({ rateLimitPerMinute: 100_000 });
  org = await signUpOrganisation(t.app);
  strategyId = await newTestStrategy(org);
});
afterAll(() => t.close());

const DIRECTION_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;
const asName = (value: string) => value.trim().replace(DIRECTION_CONTROLS, '').trim();

/** PGlite decodes text with a TextDecoder, which drops a leading byte-order mark (invisible anyway). */
const withoutLeadingBom = (text: string) => text.replace(/^\uFEFF/, '');

interface Outcome { stored: number; refused: Map<string, number> }

/** Posts the value; stored → read back and compare; refused → must be a 400 naming the field. */
async function tryValue(
  outcome: Outcome,
  value: string,
  write: () => Promise<LightMyRequestResponse>,
  readBack: (created: { id: string }) => Promise<string>,
  expected: string,
  field: string,
) {
  const response = await write();
  if (response.statusCode === 201) {
    outcome.stored += 1;
    expect(withoutLeadingBom(await readBack(response.json())), JSON.stringify(value)).toBe(withoutLeadingBom(expected));
    return;
  }
  // A name already in use (the list holds "null" and "NULL") is a conflict, said as such.
  expect([400, 409], `${JSON.stringify(value)} → ${response.body}`).toContain(response.statusCode);
  const problem = response.json();
  const messages = (problem.errors ?? []) as { field: string; message: string }[];
  expect(messages.map((e) => e.field), response.body).toContain(field);
  for (const e of messages) {
    expect(e.message).toMatch(/^[A-Z].{8,}/);
    // Parser internals never leak (the message may quote the value itself, which can say "null").
    expect(e.message.replace(value.trim(), '')).not.toMatch(/zod|invalid_|undefined|null|\[object/i);
    outcome.refused.set(e.message, (outcome.refused.get(e.message) ?? 0) + 1);
  }
}

function expectMostlyStored(outcome: Outcome) {
  // The list is mostly ordinary-looking text: a form that refused most of it would be unusable.
  expect(outcome.stored).toBeGreaterThan(strings.length * 0.8);
}

// About 500 strings, each written and read back: a minute or more on a busy two-core machine.
describe('naughty strings through the Discover forms', { timeout: 240_000 }, () => {
  it('a survey title', async () => {
    const outcome: Outcome = { stored: 0, refused: new Map() };
    for (const value of strings) {
      await tryValue(outcome, value,
        () => org.admin.post(`/api/v1/strategies/${strategyId}/surveys`, { title: value }),
        async ({ id }) => (await org.admin.get(`/api/v1/surveys/${id}`)).json().survey.title,
        asName(value), 'title');
    }
    expectMostlyStored(outcome);
    // Text with tabs or line breaks, or too long, is the only kind refused.
    expect([...outcome.refused.keys()].filter((m) => !/one line|Enter a title|200 characters or fewer/.test(m))).toEqual([]);
  });

  it("a workshop's sticky notes", async () => {
    const notes: Outcome = { stored: 0, refused: new Map() };
    const base = `/api/v1/strategies/${strategyId}/workshops`;
    const workshop = (await org.admin.post(base, { title: 'Ward 5 listening event', heldOn: '2026-02-03' })).json();
    const columnId = workshop.columns[0].id as string;
    const expectedNotes = new Map<string, string>();
    for (const value of strings) {
      // Read back all together at the end: the board grows with every note.
      await tryValue(notes, value,
        () => org.admin.post(`${base}/${workshop.id}/notes`, { columnId, text: value }),
        async ({ id }) => { expectedNotes.set(id, value.trim()); return value.trim(); },
        value.trim(), 'text');
    }
    const board = (await org.admin.get(`${base}/${workshop.id}`)).json();
    const stored = new Map((board.columns[0].notes as { id: string; text: string }[]).map((n) => [n.id, n.text]));
    for (const [id, text] of expectedNotes) expectedNotes.set(id, withoutLeadingBom(text));
    for (const [id, text] of stored) stored.set(id, withoutLeadingBom(text));
    expect(stored).toEqual(expectedNotes);
    expectMostlyStored(notes);
  });

  it('an interview: the role of the person and the notes', async () => {
    const outcome: Outcome = { stored: 0, refused: new Map() };
    const base = `/api/v1/strategies/${strategyId}/interviews`;
    for (const value of strings) {
      // One interview per string carries it as both the role (one line) and the notes (kept as typed).
      let notes = '';
      await tryValue(outcome, value,
        () => org.admin.post(base, { intervieweeRole: value, heldOn: '2026-01-15', consent: 'notes', notes: value }),
        async ({ id }) => {
          const interview = (await org.admin.get(`${base}/${id}`)).json();
          notes = interview.notes;
          return interview.intervieweeRole;
        },
        asName(value), 'intervieweeRole');
      if (notes) expect(withoutLeadingBom(notes)).toBe(withoutLeadingBom(value));
    }
    expectMostlyStored(outcome);
  });

  it('a system in the register: its name', async () => {
    const outcome: Outcome = { stored: 0, refused: new Map() };
    const base = `/api/v1/orgs/${org.organisationId}/systems`;
    for (const value of strings) {
      await tryValue(outcome, value,
        () => org.admin.post(base, { name: value, lifecycle: 'active', criticality: 'high', holdsPatientData: false }),
        async ({ id }) => (await org.admin.get(`${base}/${id}`)).json().name,
        asName(value), 'name');
    }
    expectMostlyStored(outcome);
  });
});
