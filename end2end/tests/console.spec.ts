import { expect, test } from '@playwright/test';
import { expectAccessible, open, settle, signInAs } from './helpers';

// The console, on a phone and at a desk: a professional sees what waits, changes the phase and
// records a decision's outcome; the family sees the countdown that outcome starts.
for (const viewport of [
  { name: 'phone', width: 390, height: 844 },
  { name: 'desk', width: 1280, height: 800 },
]) {
  test(`the vaste professional keeps the case current (${viewport.name})`, async ({ page, browser }, testInfo) => {
    await page.setViewportSize({ width: viewport.width, height: viewport.height });
    await signInAs(page, 'Fatima El Amrani', testInfo);
    await open(page, '/werk', testInfo);
    await expect(page.getByRole('heading', { level: 1, name: 'Mijn gezinnen' })).toBeVisible();
    const bakker = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Gezin Bakker' }) });
    await expect(bakker).toContainText('Jij bent de vaste professional');
    await expectAccessible(page, testInfo);

    await bakker.getByRole('link', { name: 'Gezin Bakker bijwerken' }).click();
    await settle(page, testInfo);
    await expect(page.getByRole('heading', { level: 1, name: 'Gezin Bakker bijwerken' })).toBeVisible();
    await expectAccessible(page, testInfo);

    // The outcome of the OTS request, with a date the server cannot read first.
    const ots = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: /ondertoezichtstelling/ }) });
    await ots.getByText('Uitkomst vastleggen').first().click();
    await ots.getByLabel('Op welke dag is besloten?').evaluate((el) => el.setAttribute('type', 'text'));
    await ots.getByLabel('Op welke dag is besloten?').fill('gisteren');
    await ots.getByLabel('Wat is besloten en waarom').fill('De kinderrechter vond hulp nodig. Jullie wens om eerst te praten is meegewogen.');
    await ots.getByRole('button', { name: 'Uitkomst vastleggen' }).click();
    await settle(page, testInfo);
    await expect(ots.getByRole('alert')).toContainText('Vul een datum in');
    await expect(ots.getByLabel('Wat is besloten en waarom')).toHaveValue(/eerst te praten/);
    await expectAccessible(page, testInfo);
    const today = new Date();
    const day = `${String(today.getDate()).padStart(2, '0')}-${String(today.getMonth() + 1).padStart(2, '0')}-${today.getFullYear()}`;
    await ots.getByLabel('Op welke dag is besloten?').fill(day);
    await ots.getByRole('button', { name: 'Uitkomst vastleggen' }).click();
    await page.waitForURL(/bewaard=besluit/);
    await settle(page, testInfo);
    await expect(page.getByRole('status')).toContainText('Opgeslagen');
    await expect(ots).toContainText('Genomen op');

    // The phase.
    await page.getByLabel('Nieuwe fase').selectOption('maatregel');
    await page.getByRole('button', { name: 'Fase wijzigen' }).click();
    await page.waitForURL(/bewaard=fase/);
    await settle(page, testInfo);
    await expect(page.getByText('Nu: Maatregel')).toBeVisible();
    await page.screenshot({ path: testInfo.outputPath(`console-${viewport.name}.png`), fullPage: false });

    // Sanne, on her phone, sees the reasons and the countdown for hoger beroep.
    const family = await browser.newContext({ javaScriptEnabled: page.context() !== undefined && testInfo.project.name === 'hydrated', viewport: { width: 390, height: 844 } });
    const sanne = await family.newPage();
    await signInAs(sanne, 'Sanne Bakker', testInfo);
    await open(sanne, sanne.url().replace(/\/zaak\/([^/]+).*/, '/zaak/$1/wat-komt-eraan'), testInfo);
    await expect(sanne.getByText('Jullie wens om eerst te praten is meegewogen.')).toBeVisible();
    await expect(sanne.getByText(/Nog 9\d dagen/)).toBeVisible();
    await expectAccessible(sanne, testInfo);
    await family.close();
  });
}
