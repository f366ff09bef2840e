import { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as base } from '@playwright/test';
import { postgresDatabase, startServer } from './helpers';

// Each Playwright worker runs its own server on its own database with fresh demo data, so
// journeys in different workers never see each other's writes and the run can use more than
// one worker (on two cores most of a journey is waiting for the browser or the server).
//
// The database kind is the project's option: `sqlite` (a temporary file) or `postgres` (a
// database of its own on the server in E2E_POSTGRES_URL, dropped when the worker ends).

export type Database = 'sqlite' | 'postgres';

type WorkerServer = { port: number; database: string; url: string };

/** Ports: the worker's server at `E2E_PORT + 10 × parallel index` (workers running at the same
 * time never share one); the nine above it are for the second servers a journey starts
 * (`extraPort`). */
const basePort = Number(process.env.E2E_PORT ?? 3917);

export const test = base.extend<{ extraPort: (offset: number) => number }, { database: Database; server: WorkerServer }>({
  database: ['sqlite', { scope: 'worker', option: true }],

  server: [
    async ({ database }, use, workerInfo) => {
      const port = basePort + 10 * workerInfo.parallelIndex;
      let url: string;
      let drop = () => {};
      if (database === 'postgres') {
        const admin = process.env.E2E_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
        ({ url, drop } = postgresDatabase(admin, `helder_e2e_${process.pid}_${workerInfo.workerIndex}`));
      } else {
        const dir = mkdtempSync(join(tmpdir(), 'helder-e2e-'));
        url = `sqlite://${join(dir, 'helder.db')}`;
        drop = () => rmSync(dir, { recursive: true, force: true });
      }
      // Commands of the server binary a journey runs (helpers.ts) use the same database.
      process.env.E2E_DATABASE_URL = url;
      const child: ChildProcess = await startServer(port, url, 'inherit');
      try {
        // localhost, not 127.0.0.1: passkeys are bound to a host name, never an IP address.
        await use({ port, database: url, url: `http://localhost:${port}` });
      } finally {
        await stop(child);
        drop();
      }
    },
    { scope: 'worker', auto: true },
  ],

  baseURL: async ({ server }, use) => use(server.url),

  extraPort: async ({ server }, use) => use((offset: number) => server.port + offset),
});

async function stop(child: ChildProcess) {
  if (child.exitCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  child.kill();
  await Promise.race([exited, new Promise((r) => setTimeout(r, 5_000))]);
}

export { expect } from '@playwright/test';
