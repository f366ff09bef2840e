import { expect, test } from './fixtures';
import { chooseLanguage, expectAccessible, open, settle } from './helpers';

test('the start page explains Helder and offers the demo', async ({ page }, testInfo) => {
  await open(page, '/', testInfo);
  await expect(page).toHaveTitle('Helder');
  await expect(page.getByRole('heading', { level: 1, name: 'Welkom bij Helder' })).toBeVisible();
  await expect(page.getByText('Demo.', { exact: false }).first()).toBeVisible();
  await expectAccessible(page, testInfo);
  await page.getByRole('link', { name: 'Demo: kies wie je bent' }).click();
  await settle(page, testInfo);
  await expect(page.getByRole('heading', { level: 1, name: 'Demo: kies wie je bent' })).toBeVisible();
  await expect(page.getByRole('button', { name: /Noor Bakker.*Kind van 14 jaar, Lelystad/ })).toBeVisible();
  await expectAccessible(page, testInfo);
});

test('the language switch turns the page into English and back', async ({ page }, testInfo) => {
  await open(page, '/demo', testInfo);
  await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
  await chooseLanguage(page, 'English', testInfo);
  await page.waitForURL(/\/demo$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1, name: 'Demo: choose who you are' })).toBeVisible();
  await expectAccessible(page, testInfo);

  await page.getByRole('button', { name: /Noor Bakker/ }).click();
  await page.waitForURL(/\/zaak\//);
  await settle(page, testInfo);
  await expect(page.getByRole('heading', { level: 1, name: 'My overview' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Your steady contact person' })).toContainText('Fatima El Amrani');
  await expectAccessible(page, testInfo);

  await chooseLanguage(page, 'Nederlands', testInfo);
  await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
  await expect(page.getByRole('heading', { level: 1, name: 'Mijn overzicht' })).toBeVisible();
});

test('an unknown address shows a translated 404 page with a way back', async ({ page }, testInfo) => {
  const response = await open(page, '/deze/pagina/bestaat/niet', testInfo);
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1, name: 'Deze pagina bestaat niet' })).toBeVisible();
  await expectAccessible(page, testInfo);
  await page.getByRole('link', { name: 'Naar de startpagina' }).click();
  await settle(page, testInfo);
  await expect(page.getByRole('heading', { level: 1, name: 'Welkom bij Helder' })).toBeVisible();
});

test('the skip link moves keyboard users to the content', async ({ page }, testInfo) => {
  await open(page, '/', testInfo);
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Naar de inhoud' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#inhoud$/);
});
