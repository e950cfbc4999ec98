/**
 * The dependency rules of ARCHITECTURE.md, enforced by `npm run cycles`:
 * no cycles between files (and none between modules: scripts/module-cycles.mjs); the platform knows no domain module; a module reaches another module only
 * through its index.ts (or its tables.ts, for foreign keys); shared contracts import nothing
 * from server or web; the web app never imports server code.
 */
module.exports = {
  forbidden: [
    { name: 'no-cycles', severity: 'error', from: {}, to: { circular: true } },
    {
      name: 'platform-knows-no-modules',
      severity: 'error',
      from: { path: '^src/server/platform/' },
      to: { path: '^src/server/modules/' },
    },
    {
      name: 'modules-through-their-index',
      comment: 'Another module is reached through its index.ts, or its tables.ts for a foreign key.',
      severity: 'error',
      from: { path: '^src/server/modules/([^/]+)/' },
      to: {
        path: '^src/server/modules/([^/]+)/',
        pathNot: ['^src/server/modules/$1/', '^src/server/modules/[^/]+/(index|tables)\\.ts$'],
      },
    },
    {
      name: 'shared-is-standalone',
      severity: 'error',
      from: { path: '^src/shared/' },
      to: { path: '^src/(server|web)/' },
    },
    {
      name: 'web-never-imports-server',
      severity: 'error',
      from: { path: '^src/web/' },
      to: { path: '^src/server/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(node_modules|dist)' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
  },
};
