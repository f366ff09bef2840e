import { Browser, BrowserContext, Page, TestInfo } from '@playwright/test';
import { expect, test } from './fixtures';
import {
  activate,
  addAuthenticator,
  createAdministrator,
  expectAccessible,
  formsPage,
  hydrated,
  open,
  settle,
  signInAs,
  startServer,
} from './helpers';

// The wording workspace as its people use it: an administrator onboards an ervaringsdeskundige,
// who reviews a text on a real page of the fictional example family, suggests new words (a
// refused shape first), and the administrator accepts; the family reads the new words at its
// next page load — on PostgreSQL also on a second server instance sharing the database.

const MESSAGE = 'overview-greeting-family';
const ORIGINAL = 'Hallo { $name }. Dit is jullie overzicht.';

/** A phone-sized browser with a passkey authenticator, signed in by activating `code`. */
async function activated(browser: Browser, code: string, name: string, testInfo: TestInfo): Promise<[BrowserContext, Page]> {
  const context = await browser.newContext({ javaScriptEnabled: true, viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await addAuthenticator(context, page);
  await activate(page, code, name, testInfo);
  return [context, page];
}

/** The suggestion form of the open message page. */
async function suggest(page: Page, text: string, testInfo: TestInfo) {
  const form = page.locator('form', { has: page.getByRole('button', { name: 'Voorstel insturen' }) });
  await form.getByLabel('Jouw voorstel').fill(text);
  await form.getByRole('button', { name: 'Voorstel insturen' }).click();
  await page.waitForLoadState('load');
  await settle(page, testInfo);
}


test('a reviewer suggests wording on a real page, an administrator accepts, and families read it at the next load', async ({
  browser,
  extraPort,
}, testInfo) => {
  test.setTimeout(180_000);
  const run = testInfo.project.name;

  // The administrator makes a reviewer, who activates on their own phone.
  const [admin, adminPage] = await activated(browser, createAdministrator('Bea', `Teksten ${run}`), 'Bea', testInfo);
  await adminPage.waitForURL(/\/beheer\?welkom=1$/);
  const beheer = await formsPage(browser, adminPage, testInfo);
  await open(beheer, '/beheer', testInfo);
  const personForm = beheer.locator('form', { has: beheer.getByRole('button', { name: 'Persoon toevoegen' }) });
  await personForm.getByLabel('Wat doet deze persoon in Helder?').selectOption('reviewer');
  await personForm.getByLabel('Voornaam').fill('Rosa');
  await personForm.getByLabel('Achternaam').fill(`Ervaring ${run}`);
  await personForm.getByRole('button', { name: 'Persoon toevoegen' }).click();
  await beheer.waitForURL(/toegevoegd=/);
  await settle(beheer, testInfo);
  const rosa = beheer.getByRole('listitem').filter({ has: beheer.getByRole('heading', { name: `Rosa Ervaring ${run}` }) });
  await expect(rosa).toContainText('Kan teksten nakijken en voorstellen doen.');
  await rosa.getByRole('button', { name: /Nieuwe activeringscode maken/ }).click();
  await beheer.waitForURL(/\/beheer\/code$/);
  const code = (await beheer.locator('.letter__code').innerText()).trim();

  const [reviewer, reviewerPage] = await activated(browser, code, 'Rosa', testInfo);
  await reviewerPage.waitForURL(/\/teksten\?welkom=1$/);
  const page = await formsPage(browser, reviewerPage, testInfo);
  await open(page, '/teksten', testInfo);
  await expect(page.getByRole('heading', { level: 1, name: 'Teksten nakijken' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Teksten nakijken' })).toBeVisible();
  await expectAccessible(page, testInfo);

  // Review mode: Helder as Noor (14) of the example family, every text marked.
  await page.getByLabel('Bekijk Helder als').selectOption({ label: 'Noor Bakker, 14 jaar (Lelystad)' });
  await page.getByRole('button', { name: "Open de pagina's" }).click();
  await page.waitForURL(/\/zaak\/00000000-0000-4000-8000-/);
  await settle(page, testInfo);
  await expect(page.getByRole('note').filter({ hasText: 'Je ziet Helder zoals Noor Bakker het ziet.' })).toBeVisible();
  const greeting = page.locator(`mark[data-message="${MESSAGE}"]`);
  await expect(greeting).toHaveText('Hallo Noor. Dit is jullie overzicht.');
  await expect(page.getByRole('heading', { name: 'Teksten op deze pagina' })).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('review-mode.png'), fullPage: false });
  await expectAccessible(page, testInfo);
  if (hydrated(testInfo)) {
    // Selecting the sentence opens its message.
    await greeting.click();
  } else {
    await page.locator('.review-texts').getByRole('link', { name: 'Hallo Noor. Dit is jullie overzicht.' }).click();
  }
  await page.waitForURL(new RegExp(`/teksten/nl/${MESSAGE}\\?terug=`));
  await settle(page, testInfo);
  await expect(page.getByText('Voor iedereen')).toBeVisible();
  await expect(page.getByText('Hallo Fatima El Amrani. Dit is jullie overzicht.')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Terug naar de pagina' })).toBeVisible();
  await expectAccessible(page, testInfo);
  // The B1 report of all Dutch texts, and how far each language is.
  const report = await page.context().newPage();
  await open(report, '/teksten/b1', testInfo);
  await expect(report.getByRole('heading', { level: 1, name: 'B1-toets' })).toBeVisible();
  await expect(report.getByText(/van de \d+ teksten voldoen niet/)).toBeVisible();
  await expectAccessible(report, testInfo);
  await open(report, '/teksten?taal=ar&status=new&pagina=rights', testInfo);
  await expect(report.getByRole('table', { name: 'Per taal' })).toContainText('العربية');
  await expect(report.locator('.review-item__text[lang="ar"]').first()).toBeVisible();
  await expectAccessible(report, testInfo);
  await report.close();

  // A suggestion that drops { $name }, and one that breaks a bracket: refused, kept as typed.
  await suggest(page, 'Hallo. Dit is jullie overzicht.', testInfo);
  const problems = page.getByRole('alert').filter({ hasText: 'Dit is nog niet goed' });
  await expect(problems).toContainText('{ $name } ontbreekt.');
  await expect(page.getByLabel('Jouw voorstel')).toHaveValue('Hallo. Dit is jullie overzicht.');
  await expectAccessible(page, testInfo);
  await suggest(page, 'Dag { $name. Hier zie je jullie overzicht.', testInfo);
  await expect(page.getByRole('alert').filter({ hasText: 'Dit is nog niet goed' })).toContainText('De haakjes kloppen niet.');
  const wording = `Dag { $name }. Hier zie je jullie overzicht (${run}).`;
  await suggest(page, wording, testInfo);
  await expect(page.getByRole('status').filter({ hasText: 'Je voorstel is opgeslagen.' })).toBeVisible();
  await expect(page.locator('.review-history')).toContainText(wording);
  // Rosa has no right to accept: there is no button for her.
  await expect(page.getByRole('button', { name: 'Dit voorstel doorvoeren' })).toHaveCount(0);
  await page.screenshot({ path: testInfo.outputPath('review-message.png'), fullPage: true });

  // The administrator accepts.
  await open(beheer, `/teksten/nl/${MESSAGE}`, testInfo);
  const suggestion = beheer.locator('.review-history li').filter({ hasText: wording });
  await suggestion.getByRole('button', { name: 'Dit voorstel doorvoeren' }).click();
  await beheer.waitForURL(/doorgevoerd=1/);
  await settle(beheer, testInfo);
  await expect(beheer.getByRole('status').filter({ hasText: 'Het voorstel is doorgevoerd.' })).toBeVisible();
  await expect(beheer.getByText('Goedgekeurd', { exact: true }).first()).toBeVisible();

  // Noor's own family page, in a browser of her own, at its next load.
  const family = await browser.newContext({ javaScriptEnabled: hydrated(testInfo), viewport: { width: 390, height: 844 } });
  const noor = await family.newPage();
  await signInAs(noor, 'Noor', testInfo);
  await expect(noor.getByText(`Dag Noor. Hier zie je jullie overzicht (${run}).`)).toBeVisible();

  if ((process.env.E2E_DATABASE_URL ?? '').startsWith('postgres')) {
    // Another instance on the same database serves it too.
    const port = extraPort(1);
    const second = await startServer(port, process.env.E2E_DATABASE_URL ?? '');
    try {
      const elsewhere = await family.newPage();
      await elsewhere.goto(`http://localhost:${port}/demo`);
      await elsewhere.getByRole('button', { name: /Noor/ }).click();
      await elsewhere.waitForURL((url) => url.pathname !== '/demo');
      await expect(elsewhere.getByText(`Dag Noor. Hier zie je jullie overzicht (${run}).`)).toBeVisible();
    } finally {
      second.kill();
    }
  }

  // Put the shipped words back, the same way, for the journeys that follow.
  await open(beheer, `/teksten/nl/${MESSAGE}`, testInfo);
  await suggest(beheer, ORIGINAL, testInfo);
  await beheer.locator('.review-history li').filter({ hasText: ORIGINAL }).last().getByRole('button', { name: 'Dit voorstel doorvoeren' }).click();
  await beheer.waitForURL(/doorgevoerd=1/);
  await noor.reload();
  await expect(noor.getByText('Hallo Noor. Dit is jullie overzicht.')).toBeVisible();
  await family.close();
  await reviewer.close();
  await admin.close();
  if (beheer.context() !== admin) await beheer.context().close();
  if (page.context() !== reviewer) await page.context().close();
});

test('a family member finds no workspace, no message page and no B1 report', async ({
  page,
}, testInfo) => {
  await signInAs(page, 'Sanne', testInfo);
  const res = await page.goto('/teksten');
  expect(res?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1, name: 'Deze pagina bestaat niet' })).toBeVisible();
  const b1 = await page.goto('/teksten/b1');
  expect(b1?.status()).toBe(404);
  const message = await page.goto(`/teksten/nl/${MESSAGE}`);
  expect(message?.status()).toBe(404);
});
