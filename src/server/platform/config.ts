import path from 'node:path';

/**
 * Every setting Chorus reads from the environment, in one place. The README's
 * configuration table is written from this file: keep the two in step.
 */
export interface Config {
  port: number;
  host: string;
  /** PostgreSQL server; when absent Chorus runs on embedded PGlite in `dataDir`. */
  databaseUrl: string | undefined;
  dataDir: string;
  /** Public address used in links sent by email, e.g. https://chorus.example.nhs.uk */
  publicUrl: string;
  /** Seed the demo organisation on first start of an empty instance. */
  demo: boolean;
  smtpUrl: string | undefined;
  mailFrom: string;
  /** Marks cookies Secure; on by default when publicUrl is https. */
  secureCookies: boolean;
  sessionDays: number;
  logLevel: string;
  /** Run background workers in this process (turn off for web-only replicas). */
  workers: boolean;
  /** Requests a minute allowed to one session or link token. */
  rateLimitPerMinute: number;
}

function flag(value: string | undefined, fallback: boolean): boolean {
  if (value === undefined || value === '') return fallback;
  return !['0', 'false', 'no', 'off'].includes(value.toLowerCase());
}

function integer(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined || value === '') return fallback;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 0) {
    throw new Error(`${name} must be a whole number, but it is "${value}".`);
  }
  return parsed;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = integer('PORT', env.PORT, 3000);
  const publicUrl = (env.CHORUS_PUBLIC_URL ?? `http://localhost:${port}`).replace(/\/$/, '');
  return {
    port,
    host: env.HOST ?? '0.0.0.0',
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: path.resolve(env.CHORUS_DATA_DIR ?? 'data'),
    publicUrl,
    // The demo seeds an embedded instance by default; a real server only when asked.
    demo: flag(env.CHORUS_DEMO, !env.DATABASE_URL),
    smtpUrl: env.SMTP_URL || undefined,
    mailFrom: env.MAIL_FROM ?? 'Chorus <chorus@localhost>',
    secureCookies: flag(env.CHORUS_SECURE_COOKIES, publicUrl.startsWith('https://')),
    sessionDays: integer('CHORUS_SESSION_DAYS', env.CHORUS_SESSION_DAYS, 14),
    logLevel: env.LOG_LEVEL ?? 'info',
    workers: flag(env.CHORUS_WORKERS, true),
    rateLimitPerMinute: integer('CHORUS_RATE_LIMIT', env.CHORUS_RATE_LIMIT, 1200),
  };
}
