/**
 * Test folders and files that never open a database: renderers, text analysis, the suppression
 * function itself, parsers, the web client's own units and the shared contracts. `npm test` runs
 * them once, on the PGlite pass; running them again on the PostgreSQL pass would test nothing new
 * and costs minutes of CI. `database-free.test.ts` keeps this list honest: a file here that starts
 * an app or opens a database fails it, so no database test can hide from the PostgreSQL pass.
 */
export const DATABASE_FREE_TESTS = [
  'src/shared/',
  'src/web/',
  'src/server/platform/text/',
  'src/server/platform/files/',
  'src/server/platform/anonymity',
  'src/server/modules/documents/render/',
  'src/server/modules/imports/prepare-off-thread',
  'src/server/modules/imports/layouts',
  'src/server/modules/imports/identifying.',
  'src/server/modules/imports/reading',
  'src/server/modules/imports/infer',
  'src/server/module-cycles',
] as const;

/** The same list as globs, for Vitest's `exclude`: a folder, or the files whose names start so. */
export const databaseFreeGlobs = () => DATABASE_FREE_TESTS.map((prefix) => (prefix.endsWith('/') ? `${prefix}**` : prefix.endsWith('.') ? `${prefix}test.ts` : `${prefix}*.test.ts`));
