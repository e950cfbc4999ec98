import { statSync } from 'node:fs';
import { modules } from './modules.js';
import { demoSignInHelp, seedDemo } from './modules/demo/index.js';
import { loadConfig } from './platform/config.js';
import { createContext } from './platform/context.js';
import { openDatabase } from './platform/db/client.js';
import { backup, restore, RestoreError } from './platform/db/backup.js';
import { migrate } from './platform/db/migrate.js';
import { IMPORT_HELP, runImportCommand } from './modules/imports/index.js';

const HELP = `Chorus command line

  npm run chorus -- backup FILE    Write a logical backup of the whole instance to FILE
  npm run chorus -- restore FILE   Load FILE into an empty instance (PGlite or PostgreSQL)
  npm run chorus -- migrate        Apply database migrations and exit
  npm run chorus -- demo           Add the demo organisation (once; safe to repeat)
${IMPORT_HELP}
  npm run chorus -- help           Show this help

The database is the one the server would use: DATABASE_URL when set, otherwise the
embedded database in CHORUS_DATA_DIR (default ./data). Stop the server first when using
the embedded database: only one process may open it.`;

async function main(argv: string[]): Promise<number> {
  const [command, file] = argv;
  if (!command || command === 'help' || command === '--help') {
    console.log(HELP);
    return command ? 0 : 1;
  }
  const config = loadConfig();
  if ((command === 'backup' || command === 'restore') && !file) {
    console.error(`Say which file: npm run chorus -- ${command} FILE`);
    return 1;
  }
  if (command === 'demo') {
    // The demo goes through the real commands, so it needs the whole context, not just the database.
    const ctx = await createContext(config, modules);
    try {
      const seeded = await seedDemo(ctx);
      console.log(seeded.created ? `Added the demo organisation.\n${demoSignInHelp(config.publicUrl)}` : 'The demo organisation is already there.');
      return 0;
    } finally {
      await ctx.jobs.stop();
      await ctx.database.close();
    }
  }
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  try {
    switch (command) {
      case 'migrate': {
        const applied = await migrate(database);
        console.log(applied.length ? `Applied ${applied.join(', ')}.` : 'The database is up to date.');
        return 0;
      }
      case 'backup': {
        await migrate(database);
        const header = await backup(database, file!);
        const rows = header.tables.reduce((sum, t) => sum + t.rows, 0);
        console.log(`Wrote ${rows} rows from ${header.tables.length} tables (schema ${header.schema}) to ${file} (${statSync(file!).size} bytes).`);
        return 0;
      }
      case 'import': {
        await migrate(database);
        return await runImportCommand(database, argv.slice(1));
      }
      case 'restore': {
        const header = await restore(database, file!);
        const rows = header.tables.reduce((sum, t) => sum + t.rows, 0);
        console.log(`Restored ${rows} rows into ${header.tables.length} tables from a backup made ${header.createdAt}.`);
        return 0;
      }
      default:
        console.error(`Unknown command "${command}".\n\n${HELP}`);
        return 1;
    }
  } catch (error) {
    if (error instanceof RestoreError) {
      console.error(`Restore refused: ${error.message}`);
      return 2;
    }
    throw error;
  } finally {
    await database.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
