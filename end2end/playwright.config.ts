import { defineConfig } from '@playwright/test';
import type { Database } from './tests/fixtures';

// Browser tests run Debian's Chromium (never a downloaded browser) against the real server
// binary with demo data, on a phone-sized screen, hydrated and with JavaScript off, on each
// database in E2E_DATABASES (default SQLite; the test command runs both). Every worker starts
// its own server on its own fresh database (tests/fixtures.ts).
const databases = (process.env.E2E_DATABASES ?? 'sqlite').split(',').map((d) => d.trim()) as Database[];
for (const d of databases) {
  if (d !== 'sqlite' && d !== 'postgres') throw new Error(`E2E_DATABASES: unknown database ${d}`);
}

const phone = {
  viewport: { width: 390, height: 844 },
  deviceScaleFactor: 2,
  isMobile: true,
  hasTouch: true,
};

export default defineConfig({
  testDir: './tests',
  // A file's journeys run in order in one worker; files spread over the workers. Two workers
  // on two cores: a journey mostly waits (measured in the README).
  fullyParallel: false,
  workers: Number(process.env.E2E_WORKERS ?? 2),
  // One retry, reported as "flaky" (the test command prints the count): a journey that fails
  // once in a long run is looked into, not allowed to hide; see the README's known flaky list.
  retries: 1,
  reporter: [['list']],
  // A guard against hangs, not a speed check: journeys take 1–25 s on a quiet 2-core machine.
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: {
    locale: 'nl-NL',
    ...phone,
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  // axe audits (helpers.ts `expectAccessible`) run on the first database only: the server
  // sends the same markup whichever database holds the data, so a second audit of each page
  // would double the run's biggest cost and find nothing new.
  projects: databases.flatMap((database, i) => [
    { name: `hydrated-${database}`, use: { javaScriptEnabled: true, database }, metadata: { audits: i === 0 } },
    { name: `no-js-${database}`, use: { javaScriptEnabled: false, database }, metadata: { audits: i === 0 } },
  ]),
});
