import type { FastifyBaseLogger, FastifyInstance, RawReplyDefaultExpression, RawRequestDefaultExpression, RawServerDefault } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Config } from './config.js';
import type { Database, Db } from './db/client.js';
import type { OwnerResolver } from './http/access.js';
import type { Jobs } from './jobs.js';
import type { Mailer } from './mailer.js';

export type App = FastifyInstance<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  FastifyBaseLogger,
  ZodTypeProvider
>;

/** What every command and route gets: the process's shared services. */
export interface AppContext {
  config: Config;
  database: Database;
  db: Db;
  jobs: Jobs;
  mailer: Mailer;
}

/**
 * A domain module's public face, as `app.ts` sees it. Modules never reach into each
 * other's files; they import each other's `index.ts`.
 */
export interface ChorusModule {
  name: string;
  routes?: (app: App, ctx: AppContext) => Promise<void> | void;
  /** Resolvers from a route parameter to the owning organisation, e.g. `strategyId`. */
  owners?: (ctx: AppContext) => Record<string, OwnerResolver>;
  /** Defines background job kinds. */
  jobs?: (ctx: AppContext) => void;
}
