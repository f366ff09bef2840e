import { expect, test } from './fixtures';
import { expectAccessible, open, settle, signInAs } from './helpers';

const pdf = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');

// A document's file, on a phone and at a desk, with and without JavaScript: the vaste
// professional uploads a PDF from the console (a file that is not a PDF is refused first), the
// parent opens it from Documenten and writes a reaction, which the professional acknowledges.
for (const viewport of [
  { name: 'phone', width: 390, height: 844 },
  { name: 'desk', width: 1280, height: 800 },
]) {
  test(`a professional uploads a report and the family opens it and reacts (${viewport.name})`, async ({ page }, testInfo) => {
    await page.setViewportSize({ width: viewport.width, height: viewport.height });
    await signInAs(page, 'Elif Yilmaz', testInfo);
    const caseId = /\/zaak\/([^/?#]+)/.exec(page.url())![1];

    await signInAs(page, 'Rik de Boer', testInfo);
    await open(page, `/werk/zaak/${caseId}#documenten`, testInfo);
    const form = page.locator('form', { has: page.getByRole('button', { name: 'Document toevoegen' }) });
    await form.getByLabel('Wat voor document is het?').selectOption('plan-van-aanpak');
    await form.getByLabel('Is het klaar?').selectOption('concept');
    await form.getByLabel('Het document (PDF)').setInputFiles({ name: 'plan.pdf', mimeType: 'application/pdf', buffer: Buffer.from('<html>not a pdf</html>') });
    await form.getByRole('button', { name: 'Document toevoegen' }).click();
    await page.waitForURL(/#document-toevoegen/);
    await settle(page, testInfo);
    await expect(form.getByRole('alert')).toContainText('Dit is geen PDF-bestand');
    await expect(form.getByLabel('Is het klaar?')).toHaveValue('concept');
    await expectAccessible(page, testInfo);

    const name = `Plan ${testInfo.project.name} ${viewport.name}.pdf`;
    await form.getByLabel('Het document (PDF)').setInputFiles({ name, mimeType: 'application/pdf', buffer: pdf });
    await form.getByRole('button', { name: 'Document toevoegen' }).click();
    await page.waitForURL(/bewaard=document#document-/);
    await settle(page, testInfo);
    const documentId = /#document-(.+)$/.exec(page.url())![1];
    const card = page.locator(`#document-${documentId}`);
    await expect(card).toContainText('Plan van aanpak');
    await expect(card.getByRole('link', { name: /Open het document \(PDF, 1 kB\)/ })).toBeVisible();
    await expectAccessible(page, testInfo);

    // The parent: Documenten links to the document's own page and to its file.
    await signInAs(page, 'Elif Yilmaz', testInfo);
    await open(page, `/zaak/${caseId}/documenten`, testInfo);
    const entry = page.locator(`#document-${documentId}`);
    await expectAccessible(page, testInfo);
    const download = page.waitForEvent('download');
    await entry.getByRole('link', { name: /Open het document/ }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe(name);
    const opened = await page.request.get(`/zaak/${caseId}/documenten/${documentId}/bestand`);
    expect(opened.headers()['content-type']).toBe('application/pdf');
    expect(opened.headers()['content-disposition']).toMatch(/^attachment;/);
    expect((await opened.body()).subarray(0, 5).toString()).toBe('%PDF-');

    await entry.getByRole('link', { name: 'Plan van aanpak' }).click();
    await page.waitForURL(new RegExp(`/documenten/${documentId}$`));
    await settle(page, testInfo);
    await expect(page.getByRole('heading', { level: 1, name: /Plan van aanpak/ })).toBeVisible();
    await expectAccessible(page, testInfo);
    await page.getByRole('textbox', { name: 'Je reactie' }).fill('Wij willen eerst samen praten voor het plan klaar is.');
    await page.getByRole('button', { name: 'Versturen' }).click();
    await page.waitForURL(/verstuurd=1/);
    await settle(page, testInfo);
    await expect(page.getByRole('status').filter({ hasText: 'Je reactie is verstuurd.' })).toBeVisible();
    await expect(page.getByText('Nog niet bevestigd door de professional.')).toBeVisible();
    await expectAccessible(page, testInfo);
    await page.screenshot({ path: testInfo.outputPath(`document-${viewport.name}.png`), fullPage: true });

    // The professional acknowledges it; the parent sees who received it.
    await signInAs(page, 'Rik de Boer', testInfo);
    await open(page, `/zaak/${caseId}/documenten/${documentId}`, testInfo);
    await expect(page.getByText('Wij willen eerst samen praten')).toBeVisible();
    await page.getByRole('button', { name: 'Ontvangen' }).click();
    await page.waitForURL(/#inbreng$/);
    await settle(page, testInfo);
    await signInAs(page, 'Elif Yilmaz', testInfo);
    await open(page, `/zaak/${caseId}/documenten/${documentId}`, testInfo);
    await expect(page.getByText(/Ontvangen door Rik de Boer/)).toBeVisible();
  });
}
