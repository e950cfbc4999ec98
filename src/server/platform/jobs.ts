import PgBoss from 'pg-boss';
import { eq, sql } from 'drizzle-orm';
import type { Database } from './db/client.js';
import { jobProgress } from './tables.js';

export interface Progress {
  /** Records how far the job has got; the web app polls it to draw a progress bar. */
  update(done: number, total?: number | null, message?: string | null): Promise<void>;
}

export type JobHandler<T> = (data: T, progress: Progress) => Promise<unknown>;

export interface Jobs {
  /** Queues a job and creates its progress record; returns the job id. */
  enqueue<T extends object>(kind: string, data: T, options?: { organisationId?: string | null }): Promise<string>;
  /** Registers the worker for a kind. Call before `start`. */
  define<T>(kind: string, handler: JobHandler<T>): void;
  start(options: { work: boolean }): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Background work through pg-boss, on PostgreSQL or on PGlite (through a one-function adapter),
 * so that a job is taken by exactly one worker (SKIP LOCKED), survives restarts and retries.
 */
export function createJobs(database: Database, options: { pollingSeconds?: number } = {}): Jobs {
  const handlers = new Map<string, JobHandler<unknown>>();
  const adapter: PgBoss.Db = {
    async executeSql(text, values) {
      if (values && values.length > 0) return { rows: await database.query(text, values) };
      // pg-boss sends its schema set-up as several statements in one string.
      if (database.kind === 'pglite' && text.includes(';')) {
        await database.exec(text);
        return { rows: [] };
      }
      return { rows: await database.query(text) };
    },
  };
  const boss = new PgBoss({
    db: adapter,
    schema: 'pgboss',
    supervise: true,
    schedule: false,
    migrate: true,
  });
  boss.on('error', (error) => console.error('[jobs]', error.message));
  let started = false;

  async function setState(id: string, values: Partial<typeof jobProgress.$inferInsert>) {
    await database.db
      .update(jobProgress)
      .set({ ...values, updatedAt: sql`now()` })
      .where(eq(jobProgress.id, id));
  }

  return {
    define(kind, handler) {
      handlers.set(kind, handler as JobHandler<unknown>);
    },
    async start({ work }) {
      await boss.start();
      started = true;
      for (const kind of handlers.keys()) await boss.createQueue(kind);
      if (!work) return;
      for (const [kind, handler] of handlers) {
        await boss.work<object>(kind, { pollingIntervalSeconds: options.pollingSeconds ?? 2 }, async (batch) => {
          for (const job of batch) {
            const progress: Progress = {
              update: (done, total, message) => setState(job.id, { done, total: total ?? null, message: message ?? null }),
            };
            await setState(job.id, { state: 'running' });
            try {
              const result = await handler(job.data, progress);
              await setState(job.id, { state: 'done', result: (result ?? null) as never });
            } catch (error) {
              await setState(job.id, { state: 'failed', message: (error as Error).message });
              throw error;
            }
          }
        });
      }
    },
    async enqueue(kind, data, { organisationId = null } = {}) {
      if (!started) throw new Error('Jobs have not been started.');
      if (!handlers.has(kind)) throw new Error(`No job kind "${kind}" is defined.`);
      const id = await boss.send(kind, data, { retryLimit: 2, retryDelay: 5 });
      if (!id) throw new Error(`The job queue refused a "${kind}" job.`);
      await database.db.insert(jobProgress).values({ id, kind, organisationId, state: 'queued' }).onConflictDoNothing();
      return id;
    },
    async stop() {
      if (started) await boss.stop({ graceful: true, wait: true, timeout: 10_000 });
      started = false;
    },
  };
}
