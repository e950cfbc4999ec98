import { buildApp } from './app.js';
import { modules } from './modules.js';
import { demoSignInHelp, seedDemo } from './modules/demo/index.js';
import { loadConfig } from './platform/config.js';
import { createContext } from './platform/context.js';

/**
 * Starts Chorus: open and migrate the database, seed the demo on a fresh instance, serve,
 * and on SIGINT/SIGTERM finish in-flight requests before closing the database cleanly
 * (PGlite's files must be closed properly to stay consistent).
 */
async function main(): Promise<void> {
  const config = loadConfig();
  const ctx = await createContext(config, modules);
  const { app } = await buildApp(ctx, modules, { logger: true });
  await ctx.jobs.start({ work: config.workers });

  if (config.demo) {
    const seeded = await seedDemo(ctx);
    if (seeded.created) app.log.info('Seeded the demo organisation.');
  }

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    app.log.info(`${signal} received: finishing in-flight requests, then closing the database.`);
    try {
      await app.close();
      await ctx.jobs.stop();
      await ctx.database.close();
      process.exit(0);
    } catch (error) {
      console.error(error);
      process.exit(1);
    }
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));

  await app.listen({ port: config.port, host: config.host });
  const where = ctx.database.kind === 'pglite' ? `embedded PostgreSQL (PGlite) in ${config.dataDir}` : 'PostgreSQL server (DATABASE_URL)';
  console.log(`\nChorus is running at ${config.publicUrl} on ${where}.`);
  if (config.demo) console.log(demoSignInHelp(config.publicUrl));
  console.log('');
}

main().catch((error: unknown) => {
  console.error('Chorus could not start:', error instanceof Error ? error.message : error);
  process.exit(1);
});
