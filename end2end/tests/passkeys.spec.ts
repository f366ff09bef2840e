import { Page, TestInfo } from '@playwright/test';
import { expect, test } from './fixtures';
import { addAuthenticator, expectAccessible, hydrated, open, settle, signInAs } from './helpers';

/** Fatima (vaste professional) makes a new code for a family member; the code on the letter. */
async function issueCode(page: Page, person: string, testInfo: TestInfo): Promise<string> {
  await signInAs(page, 'Fatima El Amrani', testInfo);
  await page.getByRole('link', { name: 'Toegang tot Helder voor het gezin' }).click();
  await settle(page, testInfo);
  await expect(page.getByRole('heading', { level: 1, name: 'Toegang tot Helder' })).toBeVisible();
  await expectAccessible(page, testInfo);
  await page.getByRole('button', { name: `Nieuwe code maken voor ${person}` }).click();
  await page.waitForURL(/\/toegang\/brief$/);
  await settle(page, testInfo);
  await expect(page.getByRole('heading', { name: `Beste ${person},` })).toBeVisible();
  await expectAccessible(page, testInfo);
  const code = (await page.locator('.letter__code').innerText()).trim();
  expect(code).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
  await page.getByRole('button', { name: 'Afmelden' }).click();
  await page.waitForURL((url) => url.pathname === '/');
  return code;
}

async function signOut(page: Page, testInfo: TestInfo) {
  await page.getByRole('button', { name: 'Afmelden' }).first().click();
  await page.waitForURL((url) => url.pathname === '/');
  await settle(page, testInfo);
}

async function signInWithPasskey(page: Page, testInfo: TestInfo) {
  await open(page, '/inloggen', testInfo);
  await page.getByRole('button', { name: 'Inloggen met je passkey' }).click();
}

test('a parent activates with a code, signs in with a passkey, adds a second and revokes the first', async ({
  page,
  context,
}, testInfo) => {
  test.skip(!hydrated(testInfo), 'a passkey needs JavaScript; the no-JS run checks what it says instead');
  const code = await issueCode(page, 'Mark Bakker', testInfo);

  // First device: redeem the code (typed in lower case, with spaces) and make the passkey.
  const phone = await addAuthenticator(context, page);
  await open(page, '/activeren', testInfo);
  await expectAccessible(page, testInfo);
  await page.getByLabel('Activatiecode').fill(code.toLowerCase().replaceAll('-', ' '));
  await page.getByRole('button', { name: 'Code controleren' }).click();
  await page.waitForURL(/\/activeren\/passkey$/);
  await settle(page, testInfo);
  await expect(page.getByText('Hallo Mark. Je code is goed.')).toBeVisible();
  await expect(page.getByText('Daarvoor moet JavaScript aan staan')).toBeHidden();
  await expectAccessible(page, testInfo);
  await page.getByLabel('Naam van dit apparaat').fill('Telefoon');
  await page.getByRole('button', { name: 'Passkey maken' }).click();
  await page.waitForURL(/\/\?welkom=1$/);
  await settle(page, testInfo);
  await expect(page.getByRole('status').filter({ hasText: 'Welkom! Je passkey is gemaakt en je bent ingelogd.' })).toHaveText('Welkom! Je passkey is gemaakt en je bent ingelogd.');
  await expect(page.getByText('Je bent aangemeld als')).toBeVisible();

  // The code is used up.
  await signOut(page, testInfo);
  await open(page, '/activeren', testInfo);
  await page.getByLabel('Activatiecode').fill(code);
  await page.getByRole('button', { name: 'Code controleren' }).click();
  await expect(page.getByText('Deze code werkt niet.')).toBeVisible();

  // Sign in with the passkey: no name, no password.
  await signInWithPasskey(page, testInfo);
  await page.waitForURL((url) => url.pathname === '/');
  await settle(page, testInfo);
  await expect(page.getByText('Mark Bakker', { exact: true })).toBeVisible();

  // Settings: the notice about the new passkey, and the passkey itself.
  await page.getByRole('link', { name: 'Instellingen' }).click();
  await settle(page, testInfo);
  await expect(page.getByText(/Er is een passkey toegevoegd op .*: Telefoon\./)).toBeVisible();
  await expect(page.getByRole('heading', { level: 3, name: 'Telefoon' })).toBeVisible();
  await expect(page.getByText('Dit is je enige passkey.')).toBeVisible();
  await expectAccessible(page, testInfo);
  await page.getByRole('button', { name: 'Gezien' }).first().click();
  await settle(page, testInfo);

  // A second device (the first one is put away; its key is kept to try later).
  const { credentials } = await phone.cdp.send('WebAuthn.getCredentials', { authenticatorId: phone.id });
  expect(credentials).toHaveLength(1);
  await phone.cdp.send('WebAuthn.removeVirtualAuthenticator', { authenticatorId: phone.id });
  const laptop = await addAuthenticator(context, page);
  await page.getByLabel('Naam van dit apparaat').fill('Laptop');
  await page.getByRole('button', { name: 'Passkey toevoegen' }).click();
  await page.waitForURL(/\/instellingen\?toegevoegd=1$/);
  await settle(page, testInfo);
  await expect(page.getByRole('status').filter({ hasText: 'Je passkey is toegevoegd.' })).toHaveText('Je passkey is toegevoegd.');
  await expect(page.getByRole('heading', { level: 3, name: 'Laptop' })).toBeVisible();

  // Revoke the phone's passkey.
  await page.getByRole('button', { name: 'Passkey Telefoon intrekken' }).click();
  await page.waitForURL(/\/instellingen\?ingetrokken=1$/);
  await settle(page, testInfo);
  await expect(page.getByRole('heading', { level: 3, name: 'Telefoon' })).toHaveCount(0);
  await expect(page.getByText('Dit is je enige passkey.')).toBeVisible();

  // The laptop signs in; the revoked phone key does not.
  await signOut(page, testInfo);
  await signInWithPasskey(page, testInfo);
  await page.waitForURL((url) => url.pathname === '/');
  await settle(page, testInfo);
  await expect(page.getByText('Mark Bakker', { exact: true })).toBeVisible();
  await signOut(page, testInfo);

  await laptop.cdp.send('WebAuthn.removeVirtualAuthenticator', { authenticatorId: laptop.id });
  const oldPhone = await addAuthenticator(context, page);
  await oldPhone.cdp.send('WebAuthn.addCredential', { authenticatorId: oldPhone.id, credential: credentials[0] });
  await signInWithPasskey(page, testInfo);
  await expect(page.getByRole('alert')).toHaveText('Dat lukte niet. Er is niets veranderd. Probeer het opnieuw.');
  expect(new URL(page.url()).pathname).toBe('/inloggen');
  await expectAccessible(page, testInfo);
});

test('without JavaScript a code is still checked, and the page says a passkey needs JavaScript', async ({
  page,
}, testInfo) => {
  test.skip(hydrated(testInfo), 'the hydrated run makes the passkey');
  const code = await issueCode(page, 'Sanne de Vries', testInfo);
  await open(page, '/activeren', testInfo);
  await page.getByLabel('Activatiecode').fill('AAAA-BBBB-CCCC-DDDD');
  await page.getByRole('button', { name: 'Code controleren' }).click();
  await expect(page.getByText('Deze code werkt niet.')).toBeVisible();
  await expectAccessible(page, testInfo);

  await open(page, '/activeren', testInfo);
  await page.getByLabel('Activatiecode').fill(code);
  await page.getByRole('button', { name: 'Code controleren' }).click();
  await page.waitForURL(/\/activeren\/passkey$/);
  await expect(page.getByText('Hallo Sanne. Je code is goed.')).toBeVisible();
  await expect(page.getByText('Daarvoor moet JavaScript aan staan')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Passkey maken' })).toBeDisabled();
  await expectAccessible(page, testInfo);

  await open(page, '/inloggen', testInfo);
  await expect(page.getByText('Daarvoor moet JavaScript aan staan')).toBeVisible();
  await expectAccessible(page, testInfo);
});
