import { expect, test } from './fixtures';
import { expectAccessible, open, settle, signInAs } from './helpers';

// "Bekijk als", on a phone, with and without JavaScript: the vaste professional sees Mark's
// pages as Mark does (never Sanne's secret address), marked on every page, and goes back.
test('a professional previews a parent\'s pages and stops', async ({ page }, testInfo) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signInAs(page, 'Mark Bakker', testInfo);
  const caseId = /\/zaak\/([^/?#]+)/.exec(page.url())![1];
  await signInAs(page, 'Fatima El Amrani', testInfo);
  await open(page, `/werk/zaak/${caseId}#voorbeeld`, testInfo);
  await page.getByRole('button', { name: 'Bekijk als Mark Bakker' }).click();
  await page.waitForURL(new RegExp(`/zaak/${caseId}$`));
  await settle(page, testInfo);
  const bar = page.getByRole('note').filter({ hasText: 'Voorbeeld.' });
  await expect(bar).toContainText('Je ziet Helder zoals Mark Bakker het ziet.');
  await expect(bar.getByRole('button', { name: 'Stop het voorbeeld' })).toBeInViewport();
  await expectAccessible(page, testInfo);
  await page.screenshot({ path: testInfo.outputPath('preview-phone.png') });

  await open(page, `/zaak/${caseId}/gezin`, testInfo);
  await expect(page.getByText('Zuiderzeestraat 12, Lelystad')).toBeVisible();
  await expect(page.getByText('Geheim adres 1')).toHaveCount(0);
  await expect(bar).toBeVisible();
  await expectAccessible(page, testInfo);

  await open(page, `/zaak/${caseId}/berichten`, testInfo);
  await expect(page.getByText('Dit deel is alleen voor het gezinslid zelf.')).toBeVisible();

  await bar.getByRole('button', { name: 'Stop het voorbeeld' }).click();
  await page.waitForURL(new RegExp(`/werk/zaak/${caseId}$`));
  await settle(page, testInfo);
  await expect(page.getByRole('note').filter({ hasText: 'Voorbeeld.' })).toHaveCount(0);
  await expect(page.getByText('Geheim adres 1, Lelystad')).toBeVisible();
});
