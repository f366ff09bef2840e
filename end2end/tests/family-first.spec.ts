import { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { clickNav, expectAccessible, hydrated, open, settle, signInAs } from './helpers';

// A cheap phone: what each reader came for must be on the first screen.
test.use({ viewport: { width: 390, height: 844 } });

/** The element's bottom edge lies within the first 844 pixels of the page. */
async function onFirstScreen(page: Page, locator: ReturnType<Page['locator']>) {
  await page.evaluate(() => window.scrollTo(0, 0));
  const box = await locator.boundingBox();
  expect(box, 'element is rendered').not.toBeNull();
  expect(box!.y + box!.height, 'bottom edge within the first screen').toBeLessThanOrEqual(844);
}

const readers = [
  { name: 'Sanne de Vries', reader: 'parent', attention: /Reageer op het document: Raadsrapport/ },
  { name: 'Noor Bakker', reader: 'youth 12–15', attention: /Reageer op het document: Raadsrapport/ },
  { name: 'Emre Yilmaz', reader: 'youth 16+', attention: /Er is een schriftelijke aanwijzing gegeven/ },
  { name: 'Daan Bakker', reader: 'child under 12', attention: null },
];

for (const r of readers) {
  test(`${r.reader}: the vaste professional and what runs out first are on the first screen`, async ({ page }, testInfo) => {
    await signInAs(page, r.name, testInfo);
    const vaste = page.getByRole('region', { name: 'Jouw vaste professional' });
    await onFirstScreen(page, vaste.getByRole('link', { name: /^Bel / }).first());
    if (r.attention) {
      const now = page.getByRole('region', { name: 'Nu belangrijk' });
      await onFirstScreen(page, now.getByRole('listitem').first());
      await expect(now.getByRole('listitem').first()).toContainText(r.attention);
    } else {
      await expect(page.getByRole('region', { name: 'Nu belangrijk' })).toHaveCount(0);
    }
    // The demo bar is one line (a second would make it 24 px taller).
    const banner = page.locator('.demo-banner');
    expect((await banner.boundingBox())!.height).toBeLessThan(44);
    await expectAccessible(page, testInfo);
  });
}

test('a professional reads the family pages in their own words, and no link they cannot open', async ({ page }, testInfo) => {
  await signInAs(page, 'Ingrid Postma', testInfo);
  await expect(page.getByRole('heading', { level: 1, name: 'Gezin Bakker' })).toBeVisible();
  const nav = page.getByRole('navigation', { name: "Pagina's over dit gezin" });
  await expect(nav.getByRole('link', { name: 'Wie keek er' })).toHaveCount(0);
  await clickNav(page, 'Rechten van het gezin', testInfo);
  await expect(page.getByRole('heading', { level: 1, name: 'Rechten van het gezin' })).toBeVisible();
  await expect(page.getByText('Mijn rechten')).toHaveCount(0);
  await clickNav(page, 'Beslissingen', testInfo);
  await expect(page.getByRole('heading', { name: 'Wat kan het gezin doen na de beslissing?' }).first()).toBeVisible();
  await expectAccessible(page, testInfo);
});

// Every reader: every link in the case navigation answers 200 for them.
for (const name of ['Sanne de Vries', 'Noor Bakker', 'Daan Bakker', 'Emre Yilmaz', 'Elif Yilmaz', 'Fatima El Amrani', 'Ingrid Postma', 'Joost Verhoeven', 'Rik de Boer']) {
  test(`every navigation link ${name} sees opens for them`, async ({ page }, testInfo) => {
    await signInAs(page, name, testInfo);
    if (!/\/zaak\//.test(page.url())) {
      // A professional with several families lands on their list: open the first.
      await page.locator('main a[href^="/zaak/"]').first().click();
      await settle(page, testInfo);
    }
    const hrefs = await page.locator('nav.case-nav a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).getAttribute('href')!));
    expect(hrefs.length).toBeGreaterThan(3);
    for (const href of hrefs) {
      const response = await page.request.get(href);
      expect(response.status(), `${name}: ${href}`).toBe(200);
    }
  });
}

test('the family sees who to call while their vaste professional is away', async ({ page }, testInfo) => {
  await signInAs(page, 'Elif Yilmaz', testInfo);
  const vaste = page.getByRole('region', { name: 'Jouw vaste professional' });
  await expect(vaste.getByText(/Afwezig tot en met .* Terug op/)).toBeVisible();
  await expect(vaste.getByText('Bel of mail in die tijd Joost Verhoeven:')).toBeVisible();
  await expect(vaste.getByRole('link', { name: 'Bel 088 000 301' })).toHaveAttribute('href', 'tel:088000301');
  // Why a professional is away is theirs: the family does not read it.
  await expect(vaste.getByText(/vakantie/i)).toHaveCount(0);
  await expectAccessible(page, testInfo);
});

test('a professional reports an absence, the family reads it, and it can be withdrawn', async ({ browser, page }, testInfo) => {
  // The two runs share the database: each uses its own professional and family.
  const [pro, parent, name] = hydrated(testInfo)
    ? ['Yara Bos', 'Anouk de Jong', 'Yara Bos']
    : ['Lotte Jansen', 'Emre Yilmaz', 'Lotte Jansen'];
  await signInAs(page, pro, testInfo);
  await open(page, '/werk/afwezig', testInfo);
  await expect(page.getByRole('heading', { level: 1, name: 'Afwezig' })).toBeVisible();
  await expectAccessible(page, testInfo);

  // A last day before the first is refused, with what was typed kept.
  await page.getByLabel('Eerste dag dat je weg bent').fill('2099-03-10');
  await page.getByLabel('Laatste dag dat je weg bent').fill('2099-03-01');
  await page.getByRole('button', { name: 'Afwezigheid opslaan' }).click();
  await settle(page, testInfo);
  await expect(page.getByText('De laatste dag is vóór de eerste dag.', { exact: false }).first()).toBeVisible();
  await expect(page.getByLabel('Eerste dag dat je weg bent')).toHaveValue('2099-03-10');
  await expectAccessible(page, testInfo);

  const today = new Date();
  const iso = (d: Date) => d.toISOString().slice(0, 10);
  const later = new Date(today.getTime() + 3 * 86400_000);
  await page.getByLabel('Eerste dag dat je weg bent').fill(iso(today));
  await page.getByLabel('Laatste dag dat je weg bent').fill(iso(later));
  await page.getByLabel('Reden').selectOption('illness');
  await page.getByRole('button', { name: 'Afwezigheid opslaan' }).click();
  await settle(page, testInfo);
  await expect(page.getByRole('status')).toContainText('Opgeslagen.');

  const family = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const member = await family.newPage();
  await signInAs(member, parent, testInfo);
  const card = member.locator('.card').filter({ has: member.getByRole('heading', { name, exact: true }) });
  await expect(card.getByText(/Afwezig tot en met/)).toBeVisible();
  await expect(member.getByText(/Ziek/)).toHaveCount(0);
  await family.close();

  await page.getByRole('button', { name: 'Intrekken' }).first().click();
  await settle(page, testInfo);
  await expect(page.getByRole('status')).toContainText('Ingetrokken.');
  await expect(page.getByText('Je hebt geen afwezigheid gemeld.')).toBeVisible();
});

test('a child of 9 gets words for a child, nothing he cannot do, and a way to say he feels unsafe', async ({ page }, testInfo) => {
  await signInAs(page, 'Daan Bakker', testInfo);
  const button = page.getByRole('link', { name: 'Ik voel me niet veilig' });
  await onFirstScreen(page, button);
  await clickNav(page, 'Wat komt eraan', testInfo);
  await expect(page.getByText('Maak bezwaar bij de gemeente.')).toHaveCount(0);
  await expect(page.getByText(/Zijn je ouders het er niet mee eens\? Dan kunnen zij bezwaar maken/).first()).toBeVisible();
  await expect(page.getByRole('link', { name: 'Mijn inbreng' })).toHaveCount(0);
  // The safety button is on every page, above the fold.
  await onFirstScreen(page, page.getByRole('link', { name: 'Ik voel me niet veilig' }));
  await page.getByRole('link', { name: 'Ik voel me niet veilig' }).click();
  await settle(page, testInfo);
  const calls = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: /^Bel / }) });
  await expect(calls.first()).toContainText('De Kindertelefoon');
  await expectAccessible(page, testInfo);
  await page.getByRole('button', { name: 'Stuur mijn melding' }).click();
  await settle(page, testInfo);
  await expect(page.getByRole('status')).toContainText('Je melding is verstuurd.');
});

test('what is coming comes first, what was decided says until when and what it opens', async ({ page }, testInfo) => {
  await signInAs(page, 'Elif Yilmaz', testInfo);
  await clickNav(page, 'Wat komt eraan', testInfo);
  const headings = await page.getByRole('heading', { level: 2 }).allTextContents();
  expect(headings.indexOf('Wat komt eraan')).toBeLessThan(headings.indexOf('Wat is besloten'));
  const ots = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: /Besluit over de ondertoezichtstelling/ }) });
  await expect(ots.getByText(/Hoogstens tot/)).toBeVisible();
  await expect(ots.getByText(/termijn van 3 maanden voor hoger beroep/)).toBeVisible();
  await expectAccessible(page, testInfo);

  // Rights: the term that runs out soonest is the first card.
  await clickNav(page, 'Rechten', testInfo);
  const first = page.locator('.card-list > li').first();
  await expect(first.getByRole('heading', { name: 'Een schriftelijke aanwijzing laten vervallen' })).toBeVisible();
  const lawyer = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Een advocaat', exact: true }) });
  await expect(lawyer).toContainText('0900 8020, dat kost 25 cent per minuut');
  // Who does what: this phase first, the others one tap away.
  await clickNav(page, 'Wie doet wat', testInfo);
  await page.getByText('Onderzoek door de Raad', { exact: true }).click();
  await expect(page.locator('details[open]').getByText(/Rik de Boer \(Jeugdbeschermer\)/)).toBeVisible();
  await expectAccessible(page, testInfo);
});

test('a youth finds the safety button on every page, and reads who else reads her messages, by name', async ({ page }, testInfo) => {
  await signInAs(page, 'Noor Bakker', testInfo);
  for (const link of ['Berichten', 'Rechten', 'Hulp en klachten']) {
    await clickNav(page, link, testInfo);
    await onFirstScreen(page, page.getByRole('link', { name: 'Ik voel me niet veilig' }));
    if (link === 'Berichten') {
      await expect(page.getByText('Alleen jij, Fatima El Amrani en Joost Verhoeven van het veiligheidsteam lezen deze berichten.')).toBeVisible();
    }
  }
  await expectAccessible(page, testInfo);
});
