// Every table, for drizzle-kit's migration generator (`npm run db:generate`).
export * from './platform/tables.js';
export * from './modules/accounts/tables.js';
export * from './modules/organisations/tables.js';
export * from './modules/strategies/tables.js';
export * from './modules/workforce/tables.js';
export * from './modules/surveys/tables.js';
export * from './modules/interviews/tables.js';
export * from './modules/workshops/tables.js';
export * from './modules/imports/tables.js';
export * from './modules/maturity/tables.js';
export * from './modules/estate/tables.js';
export * from './modules/evidence/tables.js';
export * from './modules/themes/tables.js';
export * from './modules/insights/tables.js';
export * from './modules/board/tables.js';
export * from './modules/playback/tables.js';
