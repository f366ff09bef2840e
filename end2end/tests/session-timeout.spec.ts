import { expect, test } from './fixtures';
import { expectAccessible, hydrated, signInAs } from './helpers';

test('before an idle sign-out a warning offers to stay signed in', async ({ page }, testInfo) => {
  test.skip(!hydrated(testInfo), 'the warning needs JavaScript; without it the server still ends the session');
  await page.clock.install();
  await signInAs(page, 'Sanne de Vries', testInfo);
  const warning = page.getByRole('alertdialog', { name: 'Ben je er nog?' });
  await expect(warning).toBeHidden();

  // 30 minutes idle ends a session; the warning comes two minutes before.
  await page.clock.fastForward('28:05');
  await expect(warning).toBeVisible();
  await expect(warning).toContainText('Over 2 minuten word je afgemeld.');
  await expectAccessible(page, testInfo);
  await warning.getByRole('button', { name: 'Ingelogd blijven' }).focus();
  await page.keyboard.press('Enter');
  await expect(warning).toBeHidden();

  // Staying signed in started the time again.
  await page.clock.fastForward('27:00');
  await expect(warning).toBeHidden();
  await page.clock.fastForward('01:10');
  await expect(warning).toBeVisible();

  // Doing nothing signs out, on the server too, and the sign-in page says why.
  await page.clock.fastForward('02:10');
  await page.waitForURL(/\/inloggen\?verlopen=1$/);
  await expect(page.getByText('Je bent afgemeld, omdat je een tijd niets hebt gedaan.')).toBeVisible();
  await expect.poll(async () => (await page.request.get('/instellingen')).status()).toBe(401);
});
