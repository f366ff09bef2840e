// Screenshots of pages as a reader on a 390×844 phone (not a test; for looking).
import { chromium } from 'playwright-core';
const base = process.env.BASE ?? 'http://localhost:3100';
const [who, ...paths] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
const page = await browser.newPage({ viewport: { width: 390, height: 844 }, locale: process.env.LOCALE ?? 'nl-NL' });
await page.goto(base + '/demo');
await page.getByRole('button', { name: new RegExp(who) }).click();
await page.waitForURL((u) => u.pathname !== '/demo');
const start = new URL(page.url()).pathname;
const slug = who.split(' ')[0].toLowerCase();
for (const p of ['', ...paths]) {
  const url = p.startsWith('@') ? p.slice(1) : start + p;
  await page.goto(base + url);
  await page.waitForLoadState('load');
  const name = `/tmp/shots/${slug}${p.replace(/[\/?#=]/g, '_') || '_overview'}.png`;
  await page.screenshot({ path: name, fullPage: process.env.FULL === '1' });
  console.log(name, page.url());
}
await browser.close();
