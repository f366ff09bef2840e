import { Browser, Page, TestInfo } from '@playwright/test';
import { expect, test } from './fixtures';
import { activate, addAuthenticator, createAdministrator, expectAccessible, formsPage, hydrated, open, settle } from './helpers';

test('an administrator from the command onboards an organisation and a professional, who activates and later leaves', async ({
  browser,
}, testInfo) => {
  const admin = await browser.newContext({ javaScriptEnabled: true, viewport: { width: 390, height: 844 } });
  const adminPage = await admin.newPage();
  await addAuthenticator(admin, adminPage);
  await activate(adminPage, createAdministrator('Bea', 'Beheer'), 'Bea', testInfo);
  await adminPage.waitForURL(/\/beheer\?welkom=1$/);
  const page = await formsPage(browser, adminPage, testInfo);
  await open(page, '/beheer', testInfo);
  await expect(page.getByRole('heading', { level: 1, name: 'Beheer' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Beheer' })).toBeVisible();
  await expectAccessible(page, testInfo);

  // An organisation: a refused form keeps what was typed and names every refused field.
  const orgForm = page.locator('form', { has: page.getByRole('button', { name: 'Organisatie toevoegen' }) });
  await orgForm.getByLabel('Soort organisatie').selectOption('wijkteam');
  await orgForm.getByLabel('Telefoonnummer voor het werk').fill('0321 33 44 55');
  await orgForm.getByLabel('E-mailadres voor het werk').fill('geen adres');
  // The browser's own check would stop the empty name; the server's check is what counts.
  await orgForm.getByLabel('Naam van de organisatie').evaluate((el) => el.removeAttribute('required'));
  await orgForm.getByLabel('E-mailadres voor het werk').evaluate((el) => el.setAttribute('type', 'text'));
  await orgForm.getByRole('button', { name: 'Organisatie toevoegen' }).click();
  await page.waitForURL(/\/beheer#organisatie-toevoegen$/);
  await settle(page, testInfo);
  const problems = page.getByRole('alert').filter({ hasText: 'Dit is nog niet goed' });
  await expect(problems).toContainText('Naam van de organisatie');
  await expect(problems).toContainText('Dit is geen e-mailadres');
  await expect(orgForm.getByLabel('Telefoonnummer voor het werk')).toHaveValue('0321 33 44 55');
  await expectAccessible(page, testInfo);
  const orgName = `Wijkteam Urk ${testInfo.project.name}`;
  await orgForm.getByLabel('Naam van de organisatie').fill(orgName);
  await orgForm.getByLabel('E-mailadres voor het werk').fill('');
  await orgForm.getByRole('button', { name: 'Organisatie toevoegen' }).click();
  await page.waitForURL(/toegevoegd=/);
  await settle(page, testInfo);
  await expect(page.getByRole('heading', { level: 3, name: orgName })).toBeVisible();

  // A professional of that organisation, and their letter.
  const personForm = page.locator('form', { has: page.getByRole('button', { name: 'Persoon toevoegen' }) });
  await personForm.getByLabel('Wat doet deze persoon in Helder?').selectOption('professional');
  await personForm.getByLabel('Organisatie', { exact: true }).selectOption({ label: orgName });
  await personForm.getByLabel('Voornaam').fill('Lotte');
  await personForm.getByLabel('Achternaam').fill(`Jansen ${testInfo.project.name}`);
  await personForm.getByRole('button', { name: 'Persoon toevoegen' }).click();
  await page.waitForURL(/toegevoegd=/);
  await settle(page, testInfo);
  await page.screenshot({ path: testInfo.outputPath('beheer.png'), fullPage: false });
  const lotte = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: `Lotte Jansen ${testInfo.project.name}` }) });
  await expect(lotte).toContainText('Kan nog niet inloggen.');
  await lotte.getByRole('button', { name: `Nieuwe activeringscode maken voor Lotte Jansen ${testInfo.project.name}` }).click();
  await page.waitForURL(/\/beheer\/code$/);
  await settle(page, testInfo);
  await expect(page.getByRole('heading', { name: `Beste Lotte Jansen ${testInfo.project.name},` })).toBeVisible();
  await expectAccessible(page, testInfo);
  const code = (await page.locator('.letter__code').innerText()).trim();

  // Lotte activates on her own phone and lands on her (still empty) "Mijn gezinnen".
  const pro = await browser.newContext({ javaScriptEnabled: true, viewport: { width: 390, height: 844 } });
  const proPage = await pro.newPage();
  await addAuthenticator(pro, proPage);
  await activate(proPage, code, 'Lotte', testInfo);
  await proPage.waitForURL(/\/werk\?welkom=1$/);
  await expect(proPage.getByRole('heading', { level: 1, name: 'Mijn gezinnen' })).toBeVisible();
  await expect(proPage.getByText('Je bent nu bij geen enkel gezin betrokken.')).toBeVisible();

  // She leaves: her session ends at once.
  await open(page, '/beheer', testInfo);
  await expect(lotte).toContainText('Kan inloggen met 1 passkey.');
  await lotte.getByText('Uit dienst melden').first().click();
  await lotte.getByLabel(`Ja, Lotte Jansen ${testInfo.project.name} werkt hier niet meer`).check();
  await lotte.getByRole('button', { name: 'Uit dienst melden' }).click();
  await page.waitForURL(/vertrokken=/);
  await settle(page, testInfo);
  await expect(page.getByRole('status').filter({ hasText: 'Deze persoon is uit dienst.' })).toBeVisible();
  await expect(lotte).toContainText('Uit dienst sinds');
  await expect(lotte.getByRole('button', { name: /Nieuwe activeringscode/ })).toHaveCount(0);
  await expectAccessible(page, testInfo);
  await proPage.goto('/instellingen');
  await expect(proPage.getByText('Je bent aangemeld als')).toHaveCount(0);
  await pro.close();
  await admin.close();
  if (page.context() !== admin) await page.context().close();
});

test('a family member or professional who opens Beheer finds nothing there', async ({ page }, testInfo) => {
  await open(page, '/demo', testInfo);
  await page.getByRole('button', { name: /Fatima El Amrani/ }).click();
  await page.waitForURL((url) => url.pathname !== '/demo');
  const response = await page.goto('/beheer');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('link', { name: 'Beheer' })).toHaveCount(0);
});

test('an administrator makes an API key for a case system, sees it once, the system uses it, and the key is revoked', async ({
  browser,
  playwright,
}, testInfo) => {
  const admin = await browser.newContext({ javaScriptEnabled: true, viewport: { width: 390, height: 844 } });
  const adminPage = await admin.newPage();
  await addAuthenticator(admin, adminPage);
  await activate(adminPage, createAdministrator('Sam', 'Sleutel'), 'Sam', testInfo);
  await adminPage.waitForURL(/\/beheer\?welkom=1$/);
  const page = await formsPage(browser, adminPage, testInfo);
  await open(page, '/beheer#sleutels', testInfo);
  await expect(page.getByRole('heading', { level: 2, name: 'Sleutels voor koppelingen' })).toBeVisible();

  // A refused form names its field and keeps the choice.
  const keyForm = page.locator('form', { has: page.getByRole('button', { name: 'Sleutel maken' }) });
  await keyForm.getByLabel('Organisatie').selectOption({ label: 'Wijkteam Lelystad' });
  await keyForm.getByLabel('Wat mag het systeem?').selectOption('write');
  await keyForm.getByLabel('Voor welk systeem?').evaluate((el) => el.removeAttribute('required'));
  await keyForm.getByRole('button', { name: 'Sleutel maken' }).click();
  await page.waitForURL(/\/beheer#sleutel-maken$/);
  await settle(page, testInfo);
  await expect(page.getByRole('alert').filter({ hasText: 'Voor welk systeem?' })).toBeVisible();
  await expect(keyForm.getByLabel('Wat mag het systeem?')).toHaveValue('write');
  await expectAccessible(page, testInfo);
  const system = `Zaaksysteem ${testInfo.project.name}`;
  await keyForm.getByLabel('Voor welk systeem?').fill(system);
  await keyForm.getByRole('button', { name: 'Sleutel maken' }).click();
  await page.waitForURL(/\/beheer\/sleutel$/);
  await settle(page, testInfo);
  await expect(page.getByRole('heading', { level: 1, name: 'De nieuwe sleutel' })).toBeVisible();
  const token = (await page.locator('.api-token').innerText()).trim();
  expect(token).toMatch(/^helder_[0-9a-f-]{36}_[0-9a-f]{64}$/);
  await expectAccessible(page, testInfo);
  await page.screenshot({ path: testInfo.outputPath('api-key.png'), fullPage: false });

  // A professional of the organisation of their own, so the other journeys' families stay as
  // they are: the case system opens a case for them.
  const email = `koppeling-${testInfo.project.name}@wijkteam-lelystad.example`;
  await open(page, '/beheer#persoon-toevoegen', testInfo);
  const personForm = page.locator('form', { has: page.getByRole('button', { name: 'Persoon toevoegen' }) });
  await personForm.getByLabel('Wat doet deze persoon in Helder?').selectOption('professional');
  await personForm.getByLabel('Organisatie', { exact: true }).selectOption({ label: 'Wijkteam Lelystad' });
  await personForm.getByLabel('Voornaam').fill('Koen');
  await personForm.getByLabel('Achternaam').fill(`Koppel ${testInfo.project.name}`);
  await personForm.getByLabel('E-mailadres voor het werk').fill(email);
  await personForm.getByRole('button', { name: 'Persoon toevoegen' }).click();
  await page.waitForURL(/toegevoegd=/);
  await settle(page, testInfo);
  const api = await playwright.request.newContext({ baseURL: new URL(page.url()).origin });
  const reference = `E2E-${testInfo.project.name}-${Date.now()}`;
  const created = await api.put(`/api/v1/cases/${reference}`, {
    headers: { Authorization: `Bearer ${token}` },
    data: {
      family_name: 'Koppeling',
      municipality: 'Lelystad',
      reported_on: '2026-11-20',
      phase: 'melding',
      professional_email: email,
      role: 'wijkteammedewerker',
    },
  });
  expect(created.status(), await created.text()).toBe(201);

  // Beheer shows its last use; revoking stops it at once.
  await open(page, '/beheer#sleutels', testInfo);
  const card = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: system }) });
  await expect(card).toContainText('Laatst gebruikt op');
  await card.getByRole('button', { name: `Sleutel ${system} intrekken` }).click();
  await page.waitForURL(/ingetrokken=1/);
  await settle(page, testInfo);
  await expect(page.getByRole('status').filter({ hasText: 'De sleutel is ingetrokken.' })).toBeVisible();
  await expect(card).toContainText('Deze sleutel werkt niet meer.');
  await expectAccessible(page, testInfo);
  const refused = await api.get(`/api/v1/cases/${reference}`, { headers: { Authorization: `Bearer ${token}` } });
  expect(refused.status()).toBe(401);
  expect(refused.headers()['content-type']).toContain('application/problem+json');

  // The documentation for whoever builds the integration, offline and accessible.
  await page.goto('/api/docs');
  await expect(page.getByRole('heading', { level: 1, name: 'Helder koppelen aan jullie systeem' })).toBeVisible();
  await expectAccessible(page, testInfo);
  await page.screenshot({ path: testInfo.outputPath('api-docs.png'), fullPage: false });
  await page.goto('/api/docs/zgw');
  await expect(page.getByRole('cell', { name: 'informatieobject' })).toBeVisible();
  await expectAccessible(page, testInfo);
  await api.dispose();
  await admin.close();
  if (page.context() !== admin) await page.context().close();
});
