import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { startServerProcess } from './testing/processes.js';

/** The real start-up path on embedded PGlite: migrate, seed the demo once, serve, stop cleanly. */
describe('npm start on the embedded database', () => {
  it('seeds the demo on first start, signs in with the printed credentials, and shuts down cleanly', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'chorus-start-'));
    const first = await startServerProcess({ CHORUS_DATA_DIR: dataDir });
    try {
      expect(first.output()).toContain('Northbridge Cancer Centre NHS Foundation Trust (demo)');
      const password = first.output().match(/password "([^"]+)"/)![1]!;
      const email = first.output().match(/admin\s+(\S+@\S+)/)![1]!;
      const health = await (await fetch(`${first.url}/healthz`)).json();
      expect(health.database).toMatchObject({ kind: 'pglite', ok: true });
      const signIn = await fetch(`${first.url}/api/v1/auth/sign-in`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email, password }),
      });
      expect(signIn.status).toBe(200);
    } finally {
      expect(await first.stop()).toBe(0);
    }
    // The data folder survives a restart, and seeding again adds nothing.
    const second = await startServerProcess({ CHORUS_DATA_DIR: dataDir });
    try {
      const signIn = await fetch(`${second.url}/api/v1/auth/sign-in`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'admin@northbridge.example', password: 'northbridge-demo-strategy' }),
      });
      // Every cookie set (the session, and the client marker that slows password spraying).
      const cookie = signIn.headers.getSetCookie().map((c) => c.split(';')[0]!).join('; ');
      const me = await (await fetch(`${second.url}/api/v1/me`, { headers: { cookie } })).json();
      expect(me.memberships.filter((m: { isDemo: boolean }) => m.isDemo)).toHaveLength(1);
    } finally {
      expect(await second.stop()).toBe(0);
    }
  }, 600_000);

  it('does not seed when CHORUS_DEMO=0', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'chorus-nodemo-'));
    const server = await startServerProcess({ CHORUS_DATA_DIR: dataDir, CHORUS_DEMO: '0' });
    try {
      const signIn = await fetch(`${server.url}/api/v1/auth/sign-in`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'admin@northbridge.example', password: 'northbridge-demo-strategy' }),
      });
      expect(signIn.status).toBe(401);
      expect(server.output()).not.toContain('Demo organisation');
    } finally {
      expect(await server.stop()).toBe(0);
    }
  }, 300_000);
});
