// Budgets for a parent's first visit of "Mijn overzicht" on a phone (issue 14), measured in
// Debian's Chromium against a server that serves the release build's files:
//   - HTML + CSS + JS + wasm as transferred (compressed, as on the wire): at most 150 KB;
//   - the overview's HTML alone, brotli: at most 30 KB;
//   - no layout shift (CLS 0) while the islands hydrate.
// Prints the figures, and exits 1 when one is over budget. Usage: node budget.mjs BASE_URL
import { chromium } from '@playwright/test';

const base = process.argv[2] ?? 'http://localhost:3941';
const BUDGET = { firstVisitBytes: 150 * 1024, htmlBrotliBytes: 30 * 1024, cls: 0 };
const phone = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, locale: 'nl-NL' };

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
let failed = false;
try {
  // Signed in on one "phone"; the session cookie goes to a fresh one with an empty cache.
  const signIn = await browser.newContext(phone);
  const p = await signIn.newPage();
  await p.goto(`${base}/demo`);
  await p.getByRole('button', { name: /Sanne de Vries/ }).click();
  await p.waitForURL((url) => url.pathname.startsWith('/zaak/'));
  const overview = new URL(p.url()).pathname;
  const cookies = await signIn.cookies();
  await signIn.close();

  const context = await browser.newContext({ ...phone, serviceWorkers: 'block' });
  await context.addCookies(cookies);
  const page = await context.newPage();
  await page.addInitScript(() => {
    window.__cls = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (!e.hadRecentInput) window.__cls += e.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  const requests = new Map();
  cdp.on('Network.responseReceived', (e) => {
    requests.set(e.requestId, { url: e.response.url, type: e.type, encoding: e.response.headers['content-encoding'] ?? e.response.headers['Content-Encoding'] ?? '' });
  });
  const transferred = new Map();
  cdp.on('Network.loadingFinished', (e) => transferred.set(e.requestId, e.encodedDataLength));

  await page.goto(`${base}${overview}`);
  await page.locator('html[data-hydrated="true"]').waitFor({ state: 'attached', timeout: 30_000 });
  await page.waitForLoadState('networkidle');
  // Give late shifts (fonts, images, islands) a moment to show.
  await page.waitForTimeout(1000);
  const cls = await page.evaluate(() => window.__cls);

  const kinds = { Document: 0, Stylesheet: 0, Script: 0, wasm: 0, other: 0 };
  const lines = [];
  for (const [id, r] of requests) {
    const bytes = transferred.get(id) ?? 0;
    const kind = r.url.endsWith('.wasm') ? 'wasm' : kinds[r.type] !== undefined ? r.type : 'other';
    kinds[kind] += bytes;
    lines.push(`  ${String(bytes).padStart(8)} B  ${r.encoding.padEnd(4) || '-   '} ${new URL(r.url).pathname}`);
  }
  const counted = kinds.Document + kinds.Stylesheet + kinds.Script + kinds.wasm;
  const html = requests.size ? [...requests].find(([, r]) => r.type === 'Document') : undefined;
  const htmlBytes = html ? transferred.get(html[0]) ?? 0 : 0;
  const htmlEncoding = html ? html[1].encoding : '';

  console.log(`first visit of ${overview} (signed in, empty cache, 390×844):`);
  console.log(lines.join('\n'));
  const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
  const check = (name, value, budget, show) => {
    const ok = value <= budget;
    if (!ok) failed = true;
    console.log(`${ok ? 'ok  ' : 'OVER'} ${name}: ${show(value)} (budget ${show(budget)})`);
  };
  console.log(`  html ${kb(kinds.Document)}, css ${kb(kinds.Stylesheet)}, js ${kb(kinds.Script)}, wasm ${kb(kinds.wasm)}, other ${kb(kinds.other)}`);
  check('HTML + CSS + JS + wasm transferred', counted, BUDGET.firstVisitBytes, kb);
  if (htmlEncoding !== 'br') {
    failed = true;
    console.log(`OVER the overview's HTML is not sent with brotli (content-encoding: ${htmlEncoding || 'none'})`);
  }
  check("the overview's HTML, brotli", htmlBytes, BUDGET.htmlBrotliBytes, kb);
  check('layout shift while hydrating (CLS)', Number(cls.toFixed(4)), BUDGET.cls, (v) => String(v));
  await context.close();
} finally {
  await browser.close();
}
process.exit(failed ? 1 : 0);
