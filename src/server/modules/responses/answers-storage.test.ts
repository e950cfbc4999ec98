import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Database } from '../../platform/db/client.js';
import { backup, restore } from '../../platform/db/backup.js';
import { listMigrations, migrate } from '../../platform/db/migrate.js';
import { freshDatabase } from '../../testing/databases.js';

/**
 * Answers live on their response as JSON (`survey_responses.answers`). A database from before
 * that change is upgraded without losing an answer, and a backup carries the JSON through.
 */
const MOVED_IN = '0004_answers_on_responses';
const NASTY = 'Tab\there, newline\nthere, a backslash \\ and "quotes", \\N, 🙂 and <b>markup</b>';

async function oneOfEachQuestion(database: Database) {
  const [org] = await database.query<{ id: string }>(`INSERT INTO organisations (name) VALUES ('Upgrade Trust') RETURNING id`);
  const [strategy] = await database.query<{ id: string }>(
    `INSERT INTO strategies (organisation_id, name, start_year, end_year) VALUES ($1, 'Plan', 2026, 2029) RETURNING id`, [org!.id]);
  const [survey] = await database.query<{ id: string }>(
    `INSERT INTO surveys (organisation_id, strategy_id, title) VALUES ($1, $2, 'Digital') RETURNING id`, [org!.id, strategy!.id]);
  const [section] = await database.query<{ id: string }>(
    `INSERT INTO survey_sections (survey_id, position, title) VALUES ($1, 0, 'All') RETURNING id`, [survey!.id]);
  const types = ['single_choice', 'multiple_choice', 'ranking', 'likert', 'rating', 'matrix', 'long_text'] as const;
  const q: Record<string, string> = {};
  for (const [position, type] of types.entries()) {
    const [row] = await database.query<{ id: string }>(
      `INSERT INTO survey_questions (survey_id, section_id, position, type, title) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
      [survey!.id, section!.id, position, type, type]);
    q[type] = row!.id;
  }
  return { surveyId: survey!.id, q };
}

// Each test migrates fresh databases: slow on PGlite on a busy two-core machine.
describe('answers stored on the response', () => {
  it('are rebuilt from the old one-row-per-element table when a database is upgraded', async () => {
    const all = await listMigrations();
    const before = all[all.indexOf(MOVED_IN) - 1]!;
    const target = await freshDatabase();
    try {
      const { database } = target;
      await migrate(database, { upTo: before });
      const { surveyId, q } = await oneOfEachQuestion(database);
      const [answered] = await database.query<{ id: string }>(
        `INSERT INTO survey_responses (survey_id, submitted_on, idempotency_key) VALUES ($1, '2026-11-02', 'a') RETURNING id`, [surveyId]);
      const [silent] = await database.query<{ id: string }>(
        `INSERT INTO survey_responses (survey_id, submitted_on, idempotency_key) VALUES ($1, '2026-11-02', 'b') RETURNING id`, [surveyId]);
      const elements: [string, string, number | null, string | null][] = [
        [q.single_choice!, 'epr', null, null],
        [q.multiple_choice!, 'teams', null, null],
        [q.multiple_choice!, 'email', null, null],
        [q.ranking!, 'wifi', 2, null],
        [q.ranking!, 'laptops', 1, null],
        [q.likert!, '', 4, null],
        [q.rating!, '', 0, null],
        [q.matrix!, 'speed', 2, null],
        [q.matrix!, 'support', 5, null],
        [q.long_text!, '', null, NASTY],
      ];
      for (const [question, item, number, text] of elements) {
        await database.query(`INSERT INTO survey_answers (response_id, question_id, item, number, text) VALUES ($1, $2, $3, $4, $5)`,
          [answered!.id, question, item, number, text]);
      }

      expect(await migrate(database)).toContain(MOVED_IN);

      const rows = await database.query<{ id: string; answers: Record<string, unknown> }>(`SELECT id, answers FROM survey_responses`);
      const byId = new Map(rows.map((r) => [r.id, r.answers]));
      expect(byId.get(answered!.id)).toEqual({
        [q.single_choice!]: 'epr',
        [q.multiple_choice!]: ['email', 'teams'],
        [q.ranking!]: ['laptops', 'wifi'],
        [q.likert!]: 4,
        [q.rating!]: 0,
        [q.matrix!]: { speed: 2, support: 5 },
        [q.long_text!]: NASTY,
      });
      expect(byId.get(silent!.id)).toEqual({});
      const [gone] = await database.query<{ n: number }>(`SELECT count(*)::int AS n FROM information_schema.tables WHERE table_name = 'survey_answers'`);
      expect(gone!.n).toBe(0);
    } finally {
      await target.drop();
    }
  }, 120_000);

  it('survive a backup and restore exactly', async () => {
    const source = await freshDatabase();
    const copy = await freshDatabase();
    try {
      await migrate(source.database);
      const { surveyId, q } = await oneOfEachQuestion(source.database);
      const answers = { [q.long_text!]: NASTY, [q.matrix!]: { speed: 1 }, [q.ranking!]: ['b', 'a'], [q.rating!]: 10 };
      await source.database.query(
        `INSERT INTO survey_responses (survey_id, submitted_on, idempotency_key, answers) VALUES ($1, '2026-11-02', 'a', $2)`,
        [surveyId, JSON.stringify(answers)]);
      const file = path.join(mkdtempSync(path.join(tmpdir(), 'chorus-answers-')), 'backup.jsonl');
      await backup(source.database, file);
      await restore(copy.database, file);
      const [restored] = await copy.database.query<{ answers: unknown }>(`SELECT answers FROM survey_responses WHERE survey_id = $1`, [surveyId]);
      expect(restored!.answers).toEqual(answers);
    } finally {
      await source.drop();
      await copy.drop();
    }
  }, 120_000);
});
