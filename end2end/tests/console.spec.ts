import { Page, TestInfo } from '@playwright/test';
import { expect, test } from './fixtures';
import { expectAccessible, open, settle, signInAs } from './helpers';

const iso = (d: Date) =>
  `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;

/** A form posted: wait for the page it sends the browser to. */
async function submit(page: Page, button: string, url: RegExp, testInfo: TestInfo) {
  await page.getByRole('button', { name: button }).click();
  await page.waitForURL(url);
  await settle(page, testInfo);
}

// The console, on a phone and at a desk: a professional opens a family's case after a melding,
// adds a parent with a secret address, a decision that is coming and its outcome, and changes
// the phase; the family's pages show the reasons and the countdown the outcome started.
for (const viewport of [
  { name: 'phone', width: 390, height: 844 },
  { name: 'desk', width: 1280, height: 800 },
]) {
  test(`a professional keeps a new family's case current (${viewport.name})`, async ({ page }, testInfo) => {
    await page.setViewportSize({ width: viewport.width, height: viewport.height });
    // Kees (wijkteam) has no family today; the shared demo families stay as other tests expect.
    await signInAs(page, 'Kees Visser', testInfo);
    await open(page, '/werk', testInfo);
    await expect(page.getByRole('heading', { level: 1, name: 'Mijn gezinnen' })).toBeVisible();
    await expectAccessible(page, testInfo);

    // A new case; first without a municipality (the server names it, the rest stays typed).
    const family = `Visser-${testInfo.project.name}-${viewport.name}`;
    await page.getByRole('link', { name: 'Nieuw gezin na een melding' }).click();
    await settle(page, testInfo);
    await expectAccessible(page, testInfo);
    await page.getByLabel('Achternaam van het gezin').fill(family);
    await page.getByLabel('Gemeente').evaluate((el) => el.removeAttribute('required'));
    await page.getByLabel('Datum van de melding').fill(iso(new Date()));
    await page.getByLabel('Wie deed de melding?').fill('De school');
    await submit(page, 'Gezin openen', /\/werk\/nieuw/, testInfo);
    await expect(page.getByRole('alert')).toContainText('Gemeente');
    await expect(page.getByLabel('Wie deed de melding?')).toHaveValue('De school');
    await expectAccessible(page, testInfo);
    await page.getByLabel('Gemeente').fill('Dronten');
    await submit(page, 'Gezin openen', /\/werk\/zaak\/.+bewaard=zaak/, testInfo);
    await expect(page.getByRole('heading', { level: 1, name: `Gezin ${family} bijwerken` })).toBeVisible();
    await open(page, '/werk', testInfo);
    const card = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: `Gezin ${family}` }) });
    await expect(card).toContainText('Jij bent de vaste professional');
    await expectAccessible(page, testInfo);
    await card.getByRole('link', { name: `Gezin ${family} bijwerken` }).click();
    await settle(page, testInfo);
    const caseId = /\/werk\/zaak\/([^/?#]+)/.exec(page.url())![1];
    expect(caseId).toBeTruthy();

    // A parent with gezag and a secret address.
    await page.getByText('Gezinslid toevoegen').first().click();
    await page.getByLabel('Voornaam').fill('Eva');
    await page.getByLabel('Achternaam', { exact: true }).fill(family);
    await page.getByLabel('Geboortedatum').fill('1990-02-14');
    await page.getByLabel('Heeft gezag over de kinderen').check();
    await page.getByLabel('Adres', { exact: true }).fill('Geheimstraat 7, Dronten');
    await page.getByLabel('Geheim adres: de rest van het gezin ziet dit adres niet').check();
    await submit(page, 'Gezinslid toevoegen', /bewaard=gezin/, testInfo);
    await expect(page.getByRole('heading', { level: 3, name: `Eva ${family}` })).toBeVisible();

    // A decision that is coming, then its outcome (first with a date the server cannot read).
    const later = new Date(Date.now() + 20 * 86_400_000);
    await page.getByLabel('Welk besluit komt eraan?').selectOption('ots');
    await page.getByLabel('Wanneer verwacht je het besluit?').fill(iso(later));
    await submit(page, 'Besluit toevoegen', /bewaard=besluit/, testInfo);
    const ots = page.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 3, name: /ondertoezichtstelling/ }) });
    await ots.getByText('Uitkomst vastleggen').first().click();
    const day = ots.getByLabel('Op welke dag is besloten?');
    await day.evaluate((el) => el.setAttribute('type', 'text'));
    await day.fill('gisteren');
    await ots.getByLabel('Wat is besloten en waarom').fill('De kinderrechter vond hulp nodig. Jullie wens om eerst te praten is meegewogen.');
    await ots.getByRole('button', { name: 'Uitkomst vastleggen' }).click();
    await settle(page, testInfo);
    await expect(ots.getByRole('alert')).toContainText('Vul een datum in');
    await expect(ots.getByLabel('Wat is besloten en waarom')).toHaveValue(/eerst te praten/);
    await expectAccessible(page, testInfo);
    await ots.getByLabel('Op welke dag is besloten?').fill(iso(new Date()));
    await ots.getByRole('button', { name: 'Uitkomst vastleggen' }).click();
    await page.waitForURL(/bewaard=besluit/);
    await settle(page, testInfo);
    await expect(ots).toContainText('Genomen op');

    // The phase.
    await page.getByLabel('Nieuwe fase').selectOption('maatregel');
    await submit(page, 'Fase wijzigen', /bewaard=fase/, testInfo);
    await expect(page.getByText('Nu: Maatregel')).toBeVisible();
    await expectAccessible(page, testInfo);
    await page.screenshot({ path: testInfo.outputPath(`console-${viewport.name}.png`) });

    // The family's own page: the reasons, and the three months of hoger beroep counting down.
    await open(page, `/zaak/${caseId}/wat-komt-eraan`, testInfo);
    await expect(page.getByText('Jullie wens om eerst te praten is meegewogen.')).toBeVisible();
    await expect(page.getByText(/Nog (8|9)\d dagen/)).toBeVisible();
    await expectAccessible(page, testInfo);

    // A jeugdbeschermer of the GI joins, and takes over as vaste professional with a handover.
    await open(page, `/werk/zaak/${caseId}`, testInfo);
    await page.getByText('Een collega bij het gezin zetten').first().click();
    const joost = await page.getByLabel('Welke collega?').locator('option', { hasText: 'Joost Verhoeven' }).getAttribute('value');
    await page.getByLabel('Welke collega?').selectOption(joost!);
    await page.locator('form', { has: page.getByRole('button', { name: 'Collega bij het gezin zetten' }) }).getByLabel('In welke rol?').selectOption('jeugdbeschermer');
    await submit(page, 'Collega bij het gezin zetten', /bewaard=team/, testInfo);
    await expect(page.getByRole('heading', { level: 3, name: 'Joost Verhoeven' })).toBeVisible();
    await page.getByText('Een nieuwe vaste professional kiezen').first().click();
    const handover = page.locator('form', { has: page.getByRole('button', { name: 'Vaste professional wisselen' }) });
    await handover.getByLabel('In welke rol?').selectOption('jeugdbeschermer');
    await handover.getByLabel('Waarom wisselt de vaste professional?').selectOption('phase-change');
    await handover.getByLabel('Overdracht voor het gezin').fill('Joost kent jullie verhaal. Hij belt Eva deze week om kennis te maken.');
    await expectAccessible(page, testInfo);
    await submit(page, 'Vaste professional wisselen', /\/werk\?overgedragen=1/, testInfo);
    await expect(page.getByRole('status')).toContainText('De overdracht is bewaard.');
    await expect(page.getByRole('heading', { name: `Gezin ${family}` })).toHaveCount(0);

    // The new vaste professional reads the family's "Wisselingen" as the family does.
    await signInAs(page, 'Joost Verhoeven', testInfo);
    await open(page, `/zaak/${caseId}/wisselingen`, testInfo);
    await expect(page.getByText('Joost kent jullie verhaal. Hij belt Eva deze week om kennis te maken.')).toBeVisible();
    await expectAccessible(page, testInfo);
  });
}
