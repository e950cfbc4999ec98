import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ProfileChoices } from '../../../shared/contracts/survey-definition.js';
import type { EncodedTotals, ResponseChunk } from './encode-responses.js';
import { prepareFile, type PreparedImport, type PrepareRequest } from './prepare-off-thread.js';
import { csv, fixture } from './testing-imports.js';

const profile: ProfileChoices = {
  staff_group: [{ key: 'nursing', label: 'Nursing and Midwifery Registered' }, { key: 'medical', label: 'Medical and Dental' }],
  division: [{ key: 'surgery', label: 'Surgery' }, { key: 'medicine', label: 'Medicine' }],
  site: [{ key: 'royal', label: 'Royal Infirmary' }],
};
const request = (fileName: string, bytes: Uint8Array, encode = true): PrepareRequest => ({
  bytes, fileName, options: { keepIdentifying: [], columns: [], unmatchedProfile: 'not_stated' },
  context: { profile, target: null, duplicateOf: null },
  encode: encode ? { surveyId: '00000000-0000-4000-8000-000000000001', importId: '00000000-0000-4000-8000-000000000002', day: '2026-11-28' } : null,
});

/**
 * What a commit would write, with the plan's random question ids replaced by the questions'
 * positions and the random response ids dropped, so that two runs can be compared.
 */
async function written(prepared: PreparedImport) {
  const ids = new Map(prepared.plan!.definition.questions.map((q, i) => [q.id, `q${i}`]));
  const anonymise = (text: string) => text.replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, (id) => ids.get(id) ?? (id.startsWith('00000000') ? id : 'response'));
  const parts: (ResponseChunk | EncodedTotals)[] = [];
  for await (const part of prepared.encoded!) parts.push(part);
  const totals = parts.at(-1) as EncodedTotals;
  const lines = parts.filter((p): p is ResponseChunk => p.kind === 'chunk').flatMap((p) => p.text.split('\n').filter(Boolean).map(anonymise));
  return { lines: lines.sort(), counts: totals.counts.map(([key, n]) => `${anonymise(key)}=${n}`).sort(), answers: totals.answers };
}

describe('a file prepared in the worker thread', () => {
  const fixtures = readdirSync(path.join(import.meta.dirname, 'fixtures'));

  it.each(fixtures)('previews and encodes %s exactly as when prepared on the server thread', async (name) => {
    const [here, there] = await Promise.all([prepareFile(request(name, fixture(name)), false), prepareFile(request(name, fixture(name)), true)]);
    expect(there.preview).toEqual(here.preview);
    expect(there.preview.canImport).toBe(true);
    const [a, b] = await Promise.all([written(here), written(there)]);
    expect(b).toEqual(a);
    expect(b.lines).toHaveLength(here.preview.rowCount);
  });

  it('reports a refused file with the same problems and encodes nothing', async () => {
    const bytes = csv([['Timestamp', 'How often do you use the EPR?'], ['2024/03/01 10:00:00 AM GMT', 'Daily'], ['not a date', 'Weekly']]);
    const there = await prepareFile(request('bad.csv', bytes), true);
    const here = await prepareFile(request('bad.csv', bytes), false);
    expect(there.preview.problems).toEqual(here.preview.problems);
    expect(there.preview.problems.map((p) => p.text)).toEqual(['Row 3, column "Timestamp": "not a date" is not a date.']);
    expect(there.encoded).toBeNull();
    there.close();
  });

  it('sends a file the parser refuses back as a preview, not a crash', async () => {
    const there = await prepareFile(request('cut.csv', Buffer.from('Ward,Comment\nWard 1,"never closed'), false), true);
    expect(there.preview.problems[0]!.text).toContain('Row 2: a quoted cell is never closed');
    expect(there.encoded).toBeNull();
    expect(there.plan).toBeNull();
  });
});
