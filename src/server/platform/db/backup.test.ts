import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDatabase } from '../../testing/databases.js';
import { addMember, signUpOrganisation, startTestApp, type TestApp } from '../../testing/harness.js';
import { backup, restore, RestoreError } from './backup.js';
import { migrate } from './migrate.js';

let t: TestApp;
let organisationId = '';
const dir = mkdtempSync(path.join(tmpdir(), 'chorus-backup-'));
beforeAll(async () => {
  t = await startTestApp();
  const org = await signUpOrganisation(t.app, 'Backup Trust “quoted” — ünïcode');
  organisationId = org.organisationId;
  await org.admin.post(`/api/v1/orgs/${org.organisationId}/strategies`, { name: 'Plan <b>bold</b>', startYear: 2026, endYear: 2029 });
  await addMember(t.app, org, 'leader');
  await org.admin.post(`/api/v1/orgs/${org.organisationId}/invitations`, { email: 'pending@example.nhs.uk', role: 'staff' });
  // A department refers to its division in the same table. Updating the division afterwards
  // moves its row behind the department's in the table, so the backup lists child first.
  const [division] = await t.ctx.database.query<{ id: string }>(
    `INSERT INTO org_units (organisation_id, kind, name) VALUES ($1, 'division', 'Surgery') RETURNING id`,
    [org.organisationId],
  );
  await t.ctx.database.query(`INSERT INTO org_units (organisation_id, kind, name, parent_id) VALUES ($1, 'department', 'Theatres', $2)`, [
    org.organisationId,
    division!.id,
  ]);
  // Two departments of the same name in different divisions: a restore that briefly dropped
  // the parent reference would trip the unique name index.
  const [second] = await t.ctx.database.query<{ id: string }>(
    `INSERT INTO org_units (organisation_id, kind, name) VALUES ($1, 'division', 'Oncology') RETURNING id`,
    [org.organisationId],
  );
  await t.ctx.database.query(`INSERT INTO org_units (organisation_id, kind, name, parent_id) VALUES ($1, 'department', 'Theatres', $2)`, [
    org.organisationId,
    second!.id,
  ]);
  await t.ctx.database.query(`UPDATE org_units SET name = 'Surgery and Anaesthetics' WHERE id = $1`, [division!.id]);
  await t.ctx.database.query(`UPDATE org_units SET name = 'Oncology and Haematology' WHERE id = $1`, [second!.id]);
});
afterAll(() => t.close());

/** Every row of every table in the file, keyed by table, sorted: a canonical form to compare. */
function rowsOf(file: string): Record<string, string[]> {
  const [, ...lines] = readFileSync(file, 'utf8').trim().split('\n');
  const tables: Record<string, string[]> = {};
  for (const line of lines) {
    const { t: table, r } = JSON.parse(line) as { t: string; r: unknown };
    (tables[table] ??= []).push(JSON.stringify(r));
  }
  for (const rows of Object.values(tables)) rows.sort();
  return tables;
}

// Each test restores into a freshly migrated database: slow on PGlite on a busy two-core machine.
describe('backup and restore', () => {
  it('round-trips the whole instance without losing a row or a field', async () => {
    const first = path.join(dir, 'first.jsonl');
    const header = await backup(t.ctx.database, first);
    expect(header.tables.map((x) => x.name)).toEqual(expect.arrayContaining(['organisations', 'users', 'memberships', 'strategies', 'audit_events', 'invitations']));
    // Parents come before children so the restore can insert in file order.
    const order = header.tables.map((x) => x.name);
    expect(order.indexOf('organisations')).toBeLessThan(order.indexOf('memberships'));
    expect(order.indexOf('users')).toBeLessThan(order.indexOf('sessions'));

    const target = await freshDatabase();
    try {
      await restore(target.database, first);
      const second = path.join(dir, 'second.jsonl');
      await backup(target.database, second);
      const before = rowsOf(first);
      const after = rowsOf(second);
      expect(Object.keys(after).sort()).toEqual(Object.keys(before).sort());
      for (const table of Object.keys(before)) expect(after[table], table).toEqual(before[table]);
      const [org] = await target.database.query<{ name: string }>(`SELECT name FROM organisations WHERE id = $1`, [organisationId]);
      expect(org?.name).toBe('Backup Trust “quoted” — ünïcode');
      const [department] = await target.database.query<{ parent: string }>(
        `SELECT string_agg(p.name, ', ' ORDER BY p.name) AS parent FROM org_units d JOIN org_units p ON p.id = d.parent_id WHERE d.name = 'Theatres' AND d.organisation_id = $1`,
        [organisationId],
      );
      expect(department?.parent).toBe('Oncology and Haematology, Surgery and Anaesthetics');
    } finally {
      await target.drop();
    }
  }, 120_000);

  it('refuses to restore over existing data, and changes nothing', async () => {
    const file = path.join(dir, 'again.jsonl');
    await backup(t.ctx.database, file);
    const [before] = await t.ctx.database.query<{ n: string }>('SELECT count(*) AS n FROM organisations');
    await expect(restore(t.ctx.database, file)).rejects.toThrow(/not empty/);
    const [after] = await t.ctx.database.query<{ n: string }>('SELECT count(*) AS n FROM organisations');
    expect(after?.n).toBe(before?.n);
  }, 120_000);

  it('refuses a truncated file and leaves the target empty', async () => {
    const file = path.join(dir, 'whole.jsonl');
    await backup(t.ctx.database, file);
    const lines = readFileSync(file, 'utf8').trim().split('\n');
    const truncated = path.join(dir, 'truncated.jsonl');
    writeFileSync(truncated, `${lines.slice(0, -3).join('\n')}\n${lines.at(-3)!.slice(0, 20)}`);
    const target = await freshDatabase();
    try {
      const error = await restore(target.database, truncated).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(RestoreError);
      expect((error as Error).message).toMatch(/not valid JSON; the file may be truncated/);
      await migrate(target.database);
      const [count] = await target.database.query<{ n: string }>('SELECT count(*) AS n FROM organisations');
      expect(Number(count?.n)).toBe(0);
    } finally {
      await target.drop();
    }
  }, 120_000);

  it('refuses a file that is not a Chorus backup', async () => {
    const file = path.join(dir, 'not-a-backup.csv');
    writeFileSync(file, 'name,email\nAda,ada@example.nhs.uk\n');
    const target = await freshDatabase();
    try {
      await expect(restore(target.database, file)).rejects.toThrow(/is not a Chorus backup/);
    } finally {
      await target.drop();
    }
  }, 120_000);
});
