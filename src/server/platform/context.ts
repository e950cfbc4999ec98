import type { Config } from './config.js';
import { openDatabase } from './db/client.js';
import { migrate } from './db/migrate.js';
import { createJobs } from './jobs.js';
import { createMailer } from './mailer.js';
import type { AppContext, ChorusModule } from './module.js';

/** Opens the database, brings its schema up to date and wires the shared services. */
export async function createContext(config: Config, modules: ChorusModule[]): Promise<AppContext> {
  const database = await openDatabase({
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
  });
  await migrate(database);
  const jobs = createJobs(database);
  const mailer = createMailer({ smtpUrl: config.smtpUrl, from: config.mailFrom, db: database.db, jobs });
  const ctx: AppContext = { config, database, db: database.db, jobs, mailer };
  for (const module of modules) module.jobs?.(ctx);
  return ctx;
}
