import { ChildProcess, execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { activate, addAuthenticator, createAdministrator, hydrated, postgresDatabase, settle, signInAs, startServer } from './helpers';

// Nothing lost when a disk dies: a backup made while the server runs, restored into a fresh
// database, serves the same case; its access log is intact and an existing passkey signs in.

// The worker's database (fixtures.ts sets it before any journey runs).
const live = () => process.env.E2E_DATABASE_URL ?? '';
const postgres = () => live().startsWith('postgres');

/** Run a command of the server binary on `database`; its output (throws on a non-zero exit). */
function helder(args: string[], database: string): string {
  return execFileSync('../target/debug/helder', args, {
    env: { PATH: process.env.PATH ?? '', DATABASE_URL: database, HELDER_LOG: 'warn' },
    stdio: ['ignore', 'pipe', 'pipe'],
  }).toString();
}

/** The error output of a command that must fail. */
function refused(args: string[], database: string): string {
  try {
    helder(args, database);
  } catch (e) {
    return String((e as { stderr?: Buffer }).stderr ?? e);
  }
  throw new Error(`helder ${args.join(' ')} did not refuse`);
}

/** An empty database next to the live one. */
function freshDatabase(dir: string): { url: string; drop: () => void } {
  if (!postgres()) return { url: `sqlite://${join(dir, 'restored.db')}`, drop: () => {} };
  return postgresDatabase(live(), `helder_restored_${process.pid}_${Date.now()}`);
}


test('a backup made while the server runs restores into a fresh database that serves the same case, with its access log and passkeys', async ({
  browser,
  extraPort,
}, testInfo) => {
  test.skip(!hydrated(testInfo), 'signing in with a passkey needs JavaScript; the commands are the same in both runs');
  const phone = { viewport: { width: 390, height: 844 } };

  // On the running server: an administrator with a passkey, and a professional who looks at a
  // family's case (a row in the family's access log).
  const adminContext = await browser.newContext(phone);
  const adminPage = await adminContext.newPage();
  await addAuthenticator(adminContext, adminPage);
  await activate(adminPage, createAdministrator('Rosa', 'Reserve'), 'Rosa', testInfo);
  await adminPage.waitForURL(/\/beheer\?welkom=1$/);
  const pro = await (await browser.newContext(phone)).newPage();
  await signInAs(pro, 'Fatima El Amrani', testInfo);
  const family = await (await browser.newContext(phone)).newPage();
  await signInAs(family, 'Sanne', testInfo);
  const casePath = new URL(family.url()).pathname;
  expect(casePath).toMatch(/^\/zaak\//);
  const vasteCard = (p: typeof family) => p.getByRole('region', { name: 'Jouw vaste professional' }).getByRole('heading');
  const vaste = await vasteCard(family).allTextContents();
  expect(vaste.join(' ')).toContain('Fatima El Amrani');
  const logged = Number(/access log: (\d+) rows/.exec(helder(['verify-access-log'], live()))?.[1] ?? '0');
  expect(logged).toBeGreaterThan(0);

  // Backup while the server keeps serving; a backup never overwrites a file.
  const dir = mkdtempSync(join(tmpdir(), 'helder-backup-'));
  const file = join(dir, 'helder.backup');
  expect(helder(['backup', file], live())).toMatch(/^Backup written to .*: \d+ cases/);
  expect(refused(['backup', file], live())).toContain('already exists');

  // The live database is never overwritten without the flag.
  expect(refused(['restore', file], live())).toContain('--overwrite');

  const fresh = freshDatabase(dir);
  let restored: ChildProcess | undefined;
  try {
    expect(helder(['restore', file], fresh.url)).toMatch(/^Restored .*: \d+ cases/);
    // Every access-log row came along, and the chain of hashes over them is intact.
    expect(helder(['verify-access-log'], fresh.url)).toMatch(/access log: (\d+) rows, chain intact/);
    expect(Number(/access log: (\d+) rows/.exec(helder(['verify-access-log'], fresh.url))?.[1])).toBeGreaterThanOrEqual(logged);

    const port = extraPort(1);
    restored = await startServer(port, fresh.url);

    // The same case, as the family sees it.
    await family.goto(`http://localhost:${port}/demo`);
    await settle(family, testInfo);
    await family.getByRole('button', { name: /Sanne/ }).click();
    await family.waitForURL((url) => url.pathname === casePath);
    await settle(family, testInfo);
    await expect(vasteCard(family)).toHaveText(vaste);

    // The passkey made before the backup signs in on the restored database.
    await adminPage.goto(`http://localhost:${port}/inloggen`);
    await settle(adminPage, testInfo);
    await adminPage.getByRole('button', { name: 'Inloggen met je passkey' }).click();
    await adminPage.waitForURL((url) => url.port === String(port) && url.pathname !== '/inloggen');
    await settle(adminPage, testInfo);
    await expect(adminPage.getByText('Je bent aangemeld als')).toBeAttached();
    await expect(adminPage.getByText(/Rosa Reserve/).first()).toBeVisible();
  } finally {
    restored?.kill();
    fresh.drop();
  }
});
