import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { defineConfig } from '@playwright/test';

// Fixed by default; CHORUS_E2E_PORT lets a second run (a local one beside CI) use another.
const PORT = Number(process.env.CHORUS_E2E_PORT ?? 3199);
const baseURL = `http://localhost:${PORT}`;

// A fresh database for every run. The config is loaded again in each worker; the variable
// keeps them all pointing at the folder the first load made.
process.env.CHORUS_E2E_DATA_DIR ??= mkdtempSync(path.join(tmpdir(), 'chorus-e2e-'));

/**
 * Browser journeys in the machine's own Chromium (never a downloaded browser), against the
 * real server with its built web app and embedded database.
 */
export default defineConfig({
  testDir: 'e2e',
  // Two cores: one browser at a time keeps the server responsive and the timings honest.
  workers: 1,
  fullyParallel: false,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  timeout: 90_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  use: {
    baseURL,
    locale: 'en-GB',
    timezoneId: 'Europe/London',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    },
  },
  webServer: {
    command: 'npm run build:web && node --import tsx src/server/main.ts',
    url: `${baseURL}/healthz`,
    reuseExistingServer: false,
    timeout: 300_000,
    stdout: 'ignore',
    stderr: 'pipe',
    env: {
      PORT: String(PORT),
      CHORUS_DATA_DIR: process.env.CHORUS_E2E_DATA_DIR,
      CHORUS_DEMO: '1',
      CHORUS_PUBLIC_URL: baseURL,
      LOG_LEVEL: 'warn',
    },
  },
});
