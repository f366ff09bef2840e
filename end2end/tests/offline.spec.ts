import { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { clickNav, expectAccessible, hydrated, open, settle, signInAs } from './helpers';

// Offline, safely: what is written without internet waits on the phone, encrypted, and is sent
// exactly once when the connection returns; a summary the person chose to keep is readable
// offline; sign-out and "Snel weg" leave nothing of the case behind.

test.beforeEach(async ({ context }, testInfo) => {
  test.skip(!hydrated(testInfo), 'keeping on the phone and sending later are done by script');
  await context.route('https://neutral.example/**', (route) =>
    route.fulfill({ status: 200, contentType: 'text/html', body: '<html lang="nl"><title>Weer</title><body>Het weer</body></html>' }),
  );
});

/** The phone's own store as raw bytes: what someone who copied it would have. */
async function rawStore(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const names = (await indexedDB.databases()).map((d) => d.name);
    if (!names.includes('helder-device')) return '';
    const db: IDBDatabase = await new Promise((resolve, reject) => {
      const r = indexedDB.open('helder-device');
      r.onsuccess = () => resolve(r.result);
      r.onerror = () => reject(r.error);
    });
    const parts: string[] = [];
    for (const name of Array.from(db.objectStoreNames)) {
      const values: unknown[] = await new Promise((resolve) => {
        const r = db.transaction(name).objectStore(name).getAll();
        r.onsuccess = () => resolve(r.result);
      });
      for (const v of values) {
        const sealed = (v as { sealed?: { data: ArrayBuffer } }).sealed ?? (v as { data?: ArrayBuffer });
        if (sealed && sealed.data instanceof ArrayBuffer) parts.push(new TextDecoder().decode(sealed.data));
        if (v instanceof CryptoKey) parts.push(`key extractable=${v.extractable}`);
      }
    }
    db.close();
    return parts.join('\n');
  });
}

/** Database names this site keeps, read on an image of the site: a document of its origin
 * that runs no Helder script (a Helder page would wipe the store itself). */
async function databasesOfSite(page: Page, origin: string): Promise<string[]> {
  const probe = await page.context().newPage();
  await probe.goto(`${origin}/icons/helder-192.png`);
  const names = await probe.evaluate(async () => (await indexedDB.databases()).map((d) => d.name ?? ''));
  await probe.close();
  return names;
}

async function writeOffline(page: Page, text: string) {
  await page.getByLabel('Je bericht').fill(text);
  await page.getByRole('button', { name: 'Versturen' }).click();
  await expect(page.getByRole('region', { name: 'Nog niet verzonden' }).getByText(text)).toBeVisible();
}

test('a message written offline waits as “Nog niet verzonden” and arrives exactly once, also after the page was closed', async ({
  page,
  context,
}, testInfo) => {
  const stamp = `${testInfo.project.name} ${Date.now()}`;
  const first = `Ik zit in de bus zonder internet (${stamp})`;
  const second = `Nog een bericht, daarna ging de app dicht (${stamp})`;
  await signInAs(page, 'Noor Bakker', testInfo);
  const casePath = new URL(page.url()).pathname;
  await open(page, `${casePath}/berichten`, testInfo);

  await context.setOffline(true);
  await writeOffline(page, first);
  await expect(page.getByText('Je tekst staat klaar op dit toestel.', { exact: false })).toBeVisible();
  await expect(page.getByLabel('Je bericht')).toHaveValue('');
  // On the phone it is encrypted with a key the browser does not hand out.
  const raw = await rawStore(page);
  expect(raw).toContain('key extractable=false');
  expect(raw).not.toContain('bus zonder internet');
  await expectAccessible(page, testInfo);

  // A text can be taken back before it goes.
  await writeOffline(page, `Laat maar (${stamp})`);
  const outbox = page.getByRole('region', { name: 'Nog niet verzonden' });
  await outbox.getByRole('listitem').filter({ hasText: 'Laat maar' }).getByRole('button', { name: 'Verwijder' }).click();
  await expect(outbox.getByText('Laat maar')).toHaveCount(0);
  await expect(outbox.getByText(first)).toBeVisible();

  // Back online: it goes by itself, once.
  await context.setOffline(false);
  await expect(outbox).toBeHidden();
  await expect(page.getByText('Wat je zonder internet schreef, is nu verstuurd.')).toBeVisible();
  await page.reload();
  await settle(page, testInfo);
  await expect(page.locator('.messages').getByText(first)).toHaveCount(1);
  await expect(page.getByText('Laat maar')).toHaveCount(0);

  // Written offline, then the app closed before the connection came back.
  await context.setOffline(true);
  await writeOffline(page, second);
  await page.close();
  await context.setOffline(false);
  const again = await context.newPage();
  await open(again, `${casePath}/berichten`, testInfo);
  // Sent at the next start (or already by the service worker's Background Sync): once.
  await expect(async () => {
    await again.reload();
    await settle(again, testInfo);
    expect(await again.locator('.messages').getByText(second).count()).toBe(1);
  }).toPass({ timeout: 20_000 });
  await expect(again.getByRole('region', { name: 'Nog niet verzonden' })).toBeHidden();
  await expect(again.locator('.messages').getByText(first)).toHaveCount(1);
});

test('a summary kept on this device is readable offline, and sign-out and “Snel weg” wipe it', async ({ page, context }, testInfo) => {
  await signInAs(page, 'Sanne de Vries', testInfo);
  const { origin, pathname: casePath } = new URL(page.url());
  await clickNav(page, 'Op dit toestel', testInfo);
  await expect(page.getByRole('heading', { level: 1, name: 'Bewaren op dit toestel' })).toBeVisible();
  const summary = page.getByRole('region', { name: 'Samenvatting' });
  await expect(summary.getByRole('heading', { name: 'Fatima El Amrani' })).toBeVisible();
  await expectAccessible(page, testInfo);

  await page.getByRole('button', { name: 'Bewaar op dit toestel' }).click();
  await expect(page.getByText(/Bewaard op dit toestel op /)).toBeVisible();
  expect(await rawStore(page)).not.toContain('Fatima');

  // The service worker is registered by the pages themselves; once it controls a page, a
  // page without internet is the offline page, with the kept summary on it.
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await page.reload();
  await settle(page, testInfo);
  await context.setOffline(true);
  await page.goto(casePath).catch(() => undefined);
  await expect(page.getByRole('heading', { level: 1, name: 'Je bent offline' })).toBeVisible();
  const kept = page.getByRole('region', { name: 'Bewaard op dit toestel' });
  await expect(kept.getByRole('heading', { name: 'Fatima El Amrani' })).toBeVisible();
  await expect(kept.getByText(/Bewaard op .*Er kan intussen iets veranderd zijn\./)).toBeVisible();
  await expectAccessible(page, testInfo);
  await context.setOffline(false);

  // Signing out wipes it.
  await open(page, casePath, testInfo);
  await page.getByRole('button', { name: 'Afmelden' }).first().click();
  await page.waitForURL((url) => url.pathname === '/');
  await settle(page, testInfo);
  expect(await databasesOfSite(page, origin)).not.toContain('helder-device');

  // So does "Snel weg", also with a message waiting: checked from the neutral site, without
  // opening Helder again (which would wipe it too).
  await signInAs(page, 'Sanne de Vries', testInfo);
  await open(page, `${casePath}/op-dit-toestel`, testInfo);
  await page.getByRole('button', { name: 'Bewaar op dit toestel' }).click();
  await expect(page.getByText(/Bewaard op dit toestel op /)).toBeVisible();
  await open(page, `${casePath}/berichten`, testInfo);
  await context.setOffline(true);
  await writeOffline(page, 'Wacht op internet');
  await context.setOffline(false);
  expect(await databasesOfSite(page, origin)).toContain('helder-device');
  await page.getByRole('button', { name: 'Snel weg' }).click();
  await page.waitForURL('https://neutral.example/');
  await expect(async () => {
    expect(await databasesOfSite(page, origin)).not.toContain('helder-device');
  }).toPass({ timeout: 5000 });
});
