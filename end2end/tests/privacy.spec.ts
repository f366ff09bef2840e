import { expect, test } from './fixtures';
import { expectAccessible, open, signInAs } from './helpers';

test('changing the id in the URL does not open another family’s case', async ({ browser, page }, testInfo) => {
  // Learn the Almere family's case address in a separate browser context.
  const other = await browser.newContext();
  const otherPage = await other.newPage();
  await otherPage.goto('/demo');
  await otherPage.getByRole('button', { name: /Elif Yilmaz/ }).click();
  await otherPage.waitForURL(/\/zaak\//);
  const almereUrl = new URL(otherPage.url()).pathname;
  await other.close();

  await signInAs(page, 'Sanne de Vries', testInfo);
  const foreign = await page.goto(almereUrl);
  expect(foreign?.status()).toBe(404);
  const foreignText = await page.locator('main').innerText();
  await expect(page.getByRole('heading', { level: 1, name: 'Deze pagina bestaat niet' })).toBeVisible();
  await expect(page.getByText('Yilmaz')).toHaveCount(0);
  expect(await page.content()).not.toContain('Rik de Boer');
  await expectAccessible(page, testInfo);

  const missing = await open(page, '/zaak/00000000-0000-4000-8000-000000000000', testInfo);
  expect(missing?.status()).toBe(404);
  expect(await page.locator('main').innerText()).toBe(foreignText);
});

test('the secret address of a parent is nowhere in the other parent’s page', async ({ page }, testInfo) => {
  await signInAs(page, 'Mark Bakker', testInfo);
  expect(await page.content()).not.toContain('Geheim adres');
});

test('“Ons gezin” shows a protected address and number only to their owner', async ({ page }, testInfo) => {
  await signInAs(page, 'Mark Bakker', testInfo);
  const overview = new URL(page.url()).pathname;
  await open(page, `${overview}/gezin`, testInfo);
  await expect(page.getByRole('heading', { level: 2, name: /Sanne de Vries/ })).toBeVisible();
  await expect(page.getByText('06 3333 4444')).toBeVisible();
  const html = await page.content();
  expect(html).not.toContain('Geheim adres');
  expect(html).not.toContain('06 1111 2222');
  await expectAccessible(page, testInfo);

  await signInAs(page, 'Sanne de Vries', testInfo);
  await open(page, `${overview}/gezin`, testInfo);
  await expect(page.getByText('Geheim adres 1, Lelystad')).toBeVisible();
  await expect(page.getByText('06 1111 2222')).toBeVisible();
});

test('a parent’s own conversation stays hers: the other parent sees only the meetings for everyone', async ({ page }, testInfo) => {
  await signInAs(page, 'Sanne de Vries', testInfo);
  const overview = new URL(page.url()).pathname;
  await open(page, `${overview}/afspraken`, testInfo);
  await expect(page.getByText(/Stationsplein 5/)).toBeVisible();

  await signInAs(page, 'Mark Bakker', testInfo);
  await open(page, `${overview}/afspraken`, testInfo);
  await expect(page.getByText(/Rechtbank Midden-Nederland/).first()).toBeVisible();
  expect(await page.content()).not.toContain('Stationsplein 5');
  await expectAccessible(page, testInfo);
});

test('the page says its writing direction, loads its code after the first paint, and shows no nonce', async ({ page }, testInfo) => {
  await signInAs(page, 'Noor Bakker', testInfo);
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
  // No resource hints fetch the code beside the style sheet (app/src/components/island_scripts.rs).
  await expect(page.locator('link[rel="modulepreload"], link[rel="preload"]')).toHaveCount(0);
  const crossorigins = await page.locator('link[crossorigin]').evaluateAll((links) =>
    links.map((l) => l.getAttribute('crossorigin')),
  );
  for (const value of crossorigins) expect(value).toBe('');
});
