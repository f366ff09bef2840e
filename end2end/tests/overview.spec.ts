import { expect, test } from './fixtures';
import { expectAccessible, open, settle, signInAs } from './helpers';

const lelystad = [
  { name: 'Sanne de Vries', greeting: 'Hallo Sanne.' },
  { name: 'Mark Bakker', greeting: 'Hallo Mark.' },
  { name: 'Noor Bakker', greeting: 'Hallo Noor.' },
  { name: 'Daan Bakker', greeting: 'Hallo Daan.' },
];

for (const person of lelystad) {
  test(`${person.name} signs in and sees Fatima as their vaste professional`, async ({ page }, testInfo) => {
    await signInAs(page, person.name, testInfo);
    await expect(page.getByRole('heading', { level: 1, name: 'Mijn overzicht' })).toBeVisible();
    await expect(page.getByText(person.greeting)).toBeVisible();

    const vaste = page.getByRole('region', { name: 'Jouw vaste professional' });
    await expect(vaste.getByRole('heading', { name: 'Fatima El Amrani' })).toBeVisible();
    await expect(vaste.getByText('Wijkteam Lelystad')).toBeVisible();
    await expect(vaste.getByRole('link', { name: /Bel 0320 000 101/ })).toHaveAttribute('href', 'tel:0320000101');
    await expect(vaste.getByText(/Bereikbaar op maandag, dinsdag en donderdag/)).toBeVisible();

    const phase = page.getByRole('region', { name: 'Waar staan we nu?' });
    await expect(phase.getByText('Onderzoek door de Raad')).toBeVisible();

    const others = page.getByRole('region', { name: 'Wie zijn er nog meer betrokken?' });
    await expect(others.getByRole('heading', { name: 'Joost Verhoeven' })).toBeVisible();
    await expect(others.getByRole('heading', { name: 'Ingrid Postma' })).toBeVisible();
    await expect(others.getByText('Raadsonderzoeker')).toBeVisible();
    await expectAccessible(page, testInfo);
  });
}

test('the Almere youth sees his own jeugdbeschermer, not the Lelystad team', async ({ page }, testInfo) => {
  await signInAs(page, 'Emre Yilmaz', testInfo);
  const vaste = page.getByRole('region', { name: 'Jouw vaste professional' });
  await expect(vaste.getByRole('heading', { name: 'Rik de Boer' })).toBeVisible();
  await expect(page.getByText('Fatima El Amrani')).toHaveCount(0);
  await expectAccessible(page, testInfo);
});

test('a professional sees the family overview and the start page lists the case', async ({ page }, testInfo) => {
  await signInAs(page, 'Ingrid Postma', testInfo);
  await expect(page.getByRole('region', { name: 'Vaste professional van dit gezin' })).toContainText('Fatima El Amrani');
  await open(page, '/', testInfo);
  await expect(page.getByRole('heading', { level: 1, name: 'Mijn gezin' })).toBeVisible();
  await page.getByRole('link', { name: /Gezin Bakker/ }).click();
  await settle(page, testInfo);
  await expect(page.getByRole('heading', { level: 1, name: 'Gezin Bakker' })).toBeVisible();
  await expectAccessible(page, testInfo);
});

test('signing out returns to the start page and the case is closed again', async ({ page }, testInfo) => {
  await signInAs(page, 'Mark Bakker', testInfo);
  const caseUrl = page.url();
  await page.getByRole('button', { name: 'Afmelden' }).click();
  await page.waitForURL((url) => url.pathname === '/');
  await settle(page, testInfo);
  await expect(page.getByRole('heading', { level: 1, name: 'Welkom bij Helder' })).toBeVisible();
  const response = await page.goto(caseUrl);
  expect(response?.status()).toBe(401);
  await expect(page.getByRole('heading', { level: 1, name: 'Meld je eerst aan' })).toBeVisible();
  await expectAccessible(page, testInfo);
});
