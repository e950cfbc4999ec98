// Every table, for drizzle-kit's migration generator and the backup command's table order.
export * from '../tables.js';
export * from '../../modules/accounts/tables.js';
export * from '../../modules/organisations/tables.js';
export * from '../../modules/strategies/tables.js';
