import { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { expectAccessible, hydrated, open, settle, signInAs } from './helpers';

// Helder installs like an app: a manifest in the person's language and a service worker that
// caches only what holds no case data, and shows a calm page without internet.

/** The service worker a signed-in page registered by itself, once it is active. */
async function activeWorker(page: Page): Promise<string | undefined> {
  return page.evaluate(async () => {
    const reg = await navigator.serviceWorker.ready;
    return reg.active?.scriptURL;
  });
}

/** Everything the site keeps in Cache Storage, IndexedDB and localStorage, as text. */
async function storedOnThePhone(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const parts: string[] = [];
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      for (const req of await cache.keys()) {
        const res = await cache.match(req);
        const type = res?.headers.get('content-type') ?? '';
        parts.push(req.url, type.startsWith('text/') ? await res!.text() : '');
      }
    }
    const dbs = (await indexedDB.databases?.()) ?? [];
    parts.push(...dbs.map((d) => `indexedDB:${d.name}`));
    for (let i = 0; i < localStorage.length; i++) parts.push(`localStorage:${localStorage.key(i)}`);
    return parts.join('\n');
  });
}

test('the manifest and the service worker make Helder installable, in the person\'s language', async ({ page, request }, testInfo) => {
  const manifest = await request.get('/manifest.webmanifest', { headers: { 'accept-language': 'en' } });
  expect(manifest.headers()['content-type']).toBe('application/manifest+json');
  const m = await manifest.json();
  expect(m).toMatchObject({ short_name: 'Helder', start_url: '/', display: 'standalone', lang: 'en' });
  expect(m.name).toContain('Helder');
  for (const icon of m.icons) {
    const res = await request.get(icon.src);
    expect(res.status(), icon.src).toBe(200);
    expect(res.headers()['content-type']).toBe('image/png');
  }
  expect(m.icons.map((i: { sizes: string; purpose: string }) => `${i.sizes} ${i.purpose}`)).toEqual(
    expect.arrayContaining(['192x192 any', '512x512 any', '192x192 maskable', '512x512 maskable']),
  );
  const ar = await (await request.get('/manifest.webmanifest', { headers: { cookie: 'helder-taal=ar' } })).json();
  expect(ar).toMatchObject({ lang: 'ar', dir: 'rtl' });

  await open(page, '/', testInfo);
  await expect(page.locator('link[rel="manifest"]')).toHaveAttribute('href', '/manifest.webmanifest');
  test.skip(!hydrated(testInfo), 'a service worker is registered by script');
  // Signed in, the pages register the worker themselves.
  await signInAs(page, 'Sanne', testInfo);
  expect(await activeWorker(page)).toMatch(/\/sw\.js$/);
  // Chromium's own install criteria. A Playwright context is an incognito-like profile,
  // which Chromium never offers to install from; every other criterion must hold.
  const cdp = await page.context().newCDPSession(page);
  const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
  expect(installabilityErrors.map((e) => e.errorId).filter((id) => id !== 'in-incognito')).toEqual([]);
});

test('without internet a page shows the offline page with the urgent numbers and no case data; signing out leaves nothing behind', async ({
  page,
  context,
}, testInfo) => {
  test.skip(!hydrated(testInfo), 'the offline page comes from the service worker, which script registers');
  await signInAs(page, 'Sanne', testInfo);
  const casePath = new URL(page.url()).pathname;
  expect(await activeWorker(page)).toMatch(/\/sw\.js$/);
  // Once it controls the page (the first page it was registered on is not controlled yet).
  await page.reload();
  await settle(page, testInfo);
  expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);

  // Nothing of the case in the phone's storage: only the built files and the offline page.
  const stored = await storedOnThePhone(page);
  expect(stored).toContain('/offline');
  expect(stored).not.toContain('Sanne');
  expect(stored).not.toContain('Fatima');
  expect(stored).not.toContain(casePath);

  await context.setOffline(true);
  await page.goto(`${casePath}/rechten`).catch(() => undefined);
  await expect(page.getByRole('heading', { level: 1, name: 'Je bent offline' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Bij direct gevaar: bel 112' })).toHaveAttribute('href', 'tel:112');
  await expect(page.getByText('Sanne')).toHaveCount(0);
  await expectAccessible(page, testInfo);
  await context.setOffline(false);

  // Back online, the same address is the real page again.
  await page.goto(`${casePath}/rechten`);
  await settle(page, testInfo);
  await expect(page.getByRole('heading', { level: 1, name: 'Je bent offline' })).toHaveCount(0);

  // Signing out clears what the site stored on this phone.
  await page.getByRole('button', { name: 'Afmelden' }).first().click();
  await page.waitForURL((url) => url.pathname === '/');
  await settle(page, testInfo);
  const left = await storedOnThePhone(page);
  expect(left).not.toContain('Sanne');
  expect(left).not.toContain(casePath);
});
