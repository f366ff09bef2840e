import { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { hydrated, signInAs } from './helpers';

// The neutral site is outside this machine's reach; the browser is answered locally.
test.beforeEach(async ({ context }) => {
  await context.route('https://neutral.example/**', (route) =>
    route.fulfill({ status: 200, contentType: 'text/html', body: '<html lang="nl"><title>Weer</title><body>Het weer</body></html>' }),
  );
});

async function expectSignedOut(page: Page, caseUrl: string) {
  await expect(async () => {
    const response = await page.request.get(caseUrl);
    expect(response.status()).toBe(401);
  }).toPass({ timeout: 5000 });
}

test('“Snel weg” leaves at once, signs out, and Back does not return to the case', async ({ page }, testInfo) => {
  await signInAs(page, 'Sanne de Vries', testInfo);
  const caseUrl = page.url();
  await page.getByRole('button', { name: 'Snel weg' }).click();
  await page.waitForURL('https://neutral.example/');
  await expect(page.getByText('Het weer')).toBeVisible();
  await expectSignedOut(page, caseUrl);

  await page.goBack();
  if (hydrated(testInfo)) {
    // The case page itself was replaced in the history: Back lands before it.
    expect(page.url()).not.toBe(caseUrl);
  } else {
    // Without JavaScript the page stays in the history, but it is never cached and the
    // session is gone: it asks to sign in.
    await expect(page.getByRole('heading', { level: 1, name: 'Meld je eerst aan' })).toBeVisible();
  }
});

test('pressing Escape three times leaves too', async ({ page }, testInfo) => {
  test.skip(!hydrated(testInfo), 'a keyboard shortcut needs JavaScript; the button works without');
  await signInAs(page, 'Mark Bakker', testInfo);
  const caseUrl = page.url();
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
  await page.waitForURL('https://neutral.example/');
  await expectSignedOut(page, caseUrl);
});
