import { expect, test } from './fixtures';
import { clickNav, expectAccessible, hydrated, open, settle, signInAs } from './helpers';

const pages = [
  { link: { nl: 'Ons gezin', en: 'Our family' }, h1: { nl: 'Ons gezin', en: 'Our family' } },
  { link: { nl: 'Wie doet wat', en: 'Who does what' }, h1: { nl: 'Wie doet wat', en: 'Who does what' } },
  { link: { nl: 'Mijn traject', en: 'My journey' }, h1: { nl: 'Mijn traject', en: 'My journey' } },
  { link: { nl: 'Rechten', en: 'Rights' }, h1: { nl: 'Mijn rechten', en: 'My rights' } },
  { link: { nl: 'Wat komt eraan', en: 'What is coming' }, h1: { nl: 'Wat komt eraan', en: 'What is coming' } },
  { link: { nl: 'Afspraken', en: 'Meetings' }, h1: { nl: 'Afspraken', en: 'Meetings' } },
  { link: { nl: 'Documenten', en: 'Documents' }, h1: { nl: 'Documenten', en: 'Documents' } },
  { link: { nl: 'Hulp en klachten', en: 'Help and complaints' }, h1: { nl: 'Hulp en klachten', en: 'Help and complaints' } },
  { link: { nl: 'Wisselingen', en: 'Changes' }, h1: { nl: 'Wisselingen', en: 'Changes' } },
  { link: { nl: 'Wie keek er', en: 'Who looked' }, h1: { nl: 'Wie heeft mijn gegevens bekeken', en: 'Who has looked at my details' } },
  { link: { nl: 'Begrippen', en: 'Words explained' }, h1: { nl: 'Begrippen', en: 'Words explained' } },
];

for (const lang of ['nl', 'en'] as const) {
  test(`every page of the whole picture opens from the case menu (${lang})`, async ({ page, context, baseURL }, testInfo) => {
    // Twelve pages, each audited by axe: more than the default 30 seconds on a busy 2-core machine.
    test.setTimeout(120_000);
    await context.addCookies([{ name: 'helder-taal', value: lang, url: baseURL! }]);
    await signInAs(page, 'Elif Yilmaz', testInfo);
    const overview = page.url();
    for (const p of pages) {
      await page.goto(overview);
      await settle(page, testInfo);
      const nav = page.getByRole('navigation', { name: lang === 'nl' ? 'Over jullie gezin' : 'About your family' });
      await clickNav(page, p.link[lang], testInfo, lang);
      await expect(page.getByRole('heading', { level: 1, name: p.h1[lang] })).toBeVisible();
      if (p.link.nl !== 'Begrippen') {
        await expect(nav.getByRole('link', { name: p.link[lang], exact: true })).toHaveAttribute('aria-current', 'page');
      }
      await expectAccessible(page, testInfo);
    }
  });
}

test('under an OTS the parent sees the appeal deadline counting down', async ({ page }, testInfo) => {
  await signInAs(page, 'Elif Yilmaz', testInfo);
  await open(page, new URL(page.url()).pathname + '/rechten', testInfo);
  const appeal = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'In hoger beroep gaan' }) });
  await expect(appeal.getByText(/Uiterlijk .* Nog \d+ dagen\./)).toBeVisible();
  // Another phase's rights are one tap away.
  await page.getByText('Onderzoek door de Raad', { exact: true }).click();
  await expect(page.getByText('Reageren op het raadsrapport')).toBeVisible();
  await expectAccessible(page, testInfo);
});

test('a youth of 14 reads what to expect at the hearing, written for her', async ({ page }, testInfo) => {
  await signInAs(page, 'Noor Bakker', testInfo);
  await open(page, new URL(page.url()).pathname + '/afspraken', testInfo);
  await expect(page.getByText(/De kinderrechter nodigt jou uit om te vertellen wat jij vindt/)).toBeVisible();
  await expect(page.getByText(/het is geen beslissing: de rechter beslist/)).toBeVisible();
});

test('a glossary word in a page explains itself in one tap', async ({ page }, testInfo) => {
  await signInAs(page, 'Mark Bakker', testInfo);
  await page.getByRole('link', { name: 'raadsonderzoek', exact: true }).first().click();
  await settle(page, testInfo);
  await expect(page).toHaveURL(/\/begrippen#term-raadsonderzoek$/);
  await expect(page.locator('#term-raadsonderzoek')).toContainText('Een onderzoek van de Raad voor de Kinderbescherming');
  await expectAccessible(page, testInfo);
});

test('the new vaste professional is announced until the parent has read it', async ({ page }, testInfo) => {
  // Acknowledging is stored for good: each project uses its own parent, so neither run depends
  // on whether the other shares its database.
  await signInAs(page, hydrated(testInfo) ? 'Mark Bakker' : 'Sanne de Vries', testInfo);
  const notice = page.getByRole('region', { name: 'Je hebt een nieuwe vaste professional' });
  await expect(notice).toContainText('Fatima El Amrani');
  await notice.getByRole('link', { name: 'Lees waarom er is gewisseld' }).click();
  await settle(page, testInfo);
  await expect(page.getByText('De vorige professional heeft een andere baan.')).toBeVisible();
  await page.goBack();
  await settle(page, testInfo);
  await page.getByRole('button', { name: 'Ik heb dit gelezen' }).click();
  await page.waitForURL(/\/zaak\/[0-9a-f-]+$/);
  await settle(page, testInfo);
  await expect(page.getByRole('region', { name: 'Je hebt een nieuwe vaste professional' })).toHaveCount(0);
  await expectAccessible(page, testInfo);
});

test('the family sees that a professional looked at their details', async ({ browser, page }, testInfo) => {
  const professional = await browser.newContext();
  const pro = await professional.newPage();
  await pro.goto('/demo');
  await pro.getByRole('button', { name: /Rik de Boer/ }).click();
  await pro.waitForURL(/\/zaak\//);
  await professional.close();

  await signInAs(page, 'Emre Yilmaz', testInfo);
  await clickNav(page, 'Wie keek er', testInfo);
  await expect(page.getByText(/Jeugdbeschermer van SAVE Jeugdbescherming Flevoland heeft jullie overzicht bekeken\./).first()).toBeVisible();
  await expect(page.getByText('Rik de Boer')).toHaveCount(0);
  await expectAccessible(page, testInfo);
});
