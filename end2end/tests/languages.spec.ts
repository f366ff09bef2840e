import { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { chooseLanguage, expectAccessible, hydrated, open, settle, signInAs } from './helpers';

// Five languages: the menu switches between them (with and without JavaScript) and says
// calmly where no reviewer of a language has approved its texts yet; Arabic reads right to
// left on a small phone without anything sticking out; read-aloud shows only where the browser
// has a voice.

const HOMES: Record<string, { heading: string; dir: string; name: string; unchecked?: string }> = {
  nl: { heading: 'Welkom bij Helder', dir: 'ltr', name: 'Nederlands' },
  en: { heading: 'Welcome to Helder', dir: 'ltr', name: 'English', unchecked: 'not checked yet' },
  ar: { heading: 'مرحبًا بك في Helder', dir: 'rtl', name: 'العربية', unchecked: 'لم تتمّ مراجعتها بعد' },
  tr: { heading: "Helder'e hoş geldiniz", dir: 'ltr', name: 'Türkçe', unchecked: 'henüz kontrol edilmedi' },
  pl: { heading: 'Witamy w Helder', dir: 'ltr', name: 'Polski', unchecked: 'jeszcze niesprawdzone' },
};

test('the language menu switches through all five languages and says which are not checked yet', async ({ page }, testInfo) => {
  await open(page, '/', testInfo);
  for (const code of ['en', 'ar', 'tr', 'pl', 'nl']) {
    const want = HOMES[code];
    await chooseLanguage(page, want.name, testInfo);
    await expect(page.locator('html')).toHaveAttribute('lang', code);
    await expect(page.locator('html')).toHaveAttribute('dir', want.dir);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(want.heading);
    // The menu names every language in itself; a translation nobody approved says so.
    const menu = page.locator('details.language-menu');
    await menu.locator('summary').click();
    for (const other of Object.values(HOMES)) {
      const option = menu.getByRole('button', { name: new RegExp(`^${other.name}`) });
      await expect(option).toBeVisible();
      if (other.unchecked) await expect(option).toContainText(other.unchecked);
    }
    await expectAccessible(page, testInfo);
    await menu.locator('summary').click();
  }
  await page.screenshot({ path: testInfo.outputPath('language-menu.png') });
});

const NOOR_PAGES = [
  '',
  '/berichten',
  '/wat-komt-eraan',
  '/rechten',
  '/afspraken',
  '/wie-doet-wat',
  '/gezin',
  '/traject',
  '/documenten',
  '/hulp',
  '/wisselingen',
  '/bekeken',
  '/niet-veilig',
];

/** No sideways scrolling on a 360 px screen, and the main column's first line ends at the right. */
async function expectRightToLeftFit(page: Page) {
  const fit = await page.evaluate(() => {
    const h1 = document.querySelector('main h1');
    const range = document.createRange();
    if (h1) range.selectNodeContents(h1);
    // A line mixing scripts has a box per direction run: the line ends where the last ends.
    const rects = h1 ? Array.from(range.getClientRects()) : [];
    return {
      scroll: document.documentElement.scrollWidth,
      width: document.documentElement.clientWidth,
      dir: document.documentElement.dir,
      h1Right: rects.length ? Math.max(...rects.map((r) => r.right)) : 0,
    };
  });
  expect(fit.dir).toBe('rtl');
  expect(fit.scroll, `sideways scrolling on ${page.url()}`).toBeLessThanOrEqual(fit.width);
  // The heading's text starts at the right edge of the column (16 px padding).
  expect(fit.h1Right, `heading on ${page.url()}`).toBeGreaterThan(fit.width - 24);
}

test('every page of a youth, a parent and a professional in Arabic fits a 360 px phone, right to left, accessibly', async ({ page, context }, testInfo) => {
  // The layout is the server's HTML and CSS, the same with and without JavaScript: one run.
  test.skip(!hydrated(testInfo), 'the hydrated run covers the same pages');
  test.setTimeout(240_000);
  await page.setViewportSize({ width: 360, height: 780 });
  await context.addCookies([{ name: 'helder-taal', value: 'ar', url: 'http://localhost:3917' }]);
  for (const path of ['/', '/begrippen', '/inloggen', '/activeren']) {
    await open(page, path, testInfo);
    await expectRightToLeftFit(page);
    await expectAccessible(page, testInfo);
  }
  await signInAs(page, 'Noor', testInfo);
  const overview = new URL(page.url()).pathname;
  for (const suffix of NOOR_PAGES) {
    await open(page, `${overview}${suffix}`, testInfo);
    await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
    await expectRightToLeftFit(page);
    await expectAccessible(page, testInfo);
  }
  await open(page, overview, testInfo);
  await page.screenshot({ path: testInfo.outputPath('overview-ar.png') });
  await open(page, '/instellingen', testInfo);
  await expectRightToLeftFit(page);
  await expectAccessible(page, testInfo);

  await signInAs(page, 'Elif', testInfo);
  const elif = new URL(page.url()).pathname;
  for (const suffix of ['', '/rechten', '/wat-komt-eraan']) {
    await open(page, `${elif}${suffix}`, testInfo);
    await expectRightToLeftFit(page);
    await expectAccessible(page, testInfo);
  }

  await signInAs(page, 'Fatima', testInfo);
  await open(page, '/werk', testInfo);
  await expectRightToLeftFit(page);
  await expectAccessible(page, testInfo);
});

test('read-aloud shows only where the browser has a voice, and reads the main text in the page language', async ({ page }, testInfo) => {
  await signInAs(page, 'Noor', testInfo);
  const button = page.getByRole('button', { name: 'Voorlezen' });
  if (!hydrated(testInfo)) {
    // Without JavaScript there is nothing to read with.
    await expect(button).toBeHidden();
    return;
  }
  const voices = await page.evaluate(() => speechSynthesis.getVoices().length);
  if (voices === 0) await expect(button).toBeHidden();

  // A browser with a Dutch voice (stood in for: headless Chromium has none).
  await page.addInitScript(() => {
    const w = window as unknown as { __spoken: { text: string; lang: string }[] };
    w.__spoken = [];
    Object.defineProperty(speechSynthesis, 'getVoices', { value: () => [{ lang: 'nl-NL', name: 'Stem' }] });
    Object.defineProperty(speechSynthesis, 'speak', {
      value: (u: SpeechSynthesisUtterance) => w.__spoken.push({ text: u.text, lang: u.lang }),
    });
    Object.defineProperty(speechSynthesis, 'cancel', { value: () => undefined });
  });
  await page.reload();
  await settle(page, testInfo);
  await expect(button).toBeVisible();
  await button.click();
  await expect(page.getByRole('button', { name: 'Stop met voorlezen' })).toBeVisible();
  const spoken = await page.evaluate(() => (window as unknown as { __spoken: { text: string; lang: string }[] }).__spoken);
  expect(spoken).toHaveLength(1);
  expect(spoken[0].lang).toBe('nl');
  expect(spoken[0].text).toContain('Mijn overzicht');
  expect(spoken[0].text).toContain('Fatima El Amrani');
  await expectAccessible(page, testInfo);
});
