// Main-thread blocking while a signed-in page loads on a cold cache at 4x CPU slowdown (a cheap
// phone): the long tasks and their blocking time (each task's part over 50 ms), per run and
// the median. `node bench/blocking.mjs http://localhost:PORT [runs]` against a demo server.
import { chromium } from 'playwright-core';
const base = process.argv[2];
const runs = Number(process.argv[3] ?? 5);
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless','--no-sandbox','--disable-gpu'] });
const ctx = await b.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
const p0 = await ctx.newPage();
await p0.goto(base + '/demo');
await p0.getByRole('button', { name: /Sanne de Vries/ }).click();
await p0.waitForURL(/\/zaak\//);
const url = p0.url();
const state = await ctx.storageState();
await p0.close();
const init = () => {
  window.__long = [];
  new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__long.push([Math.round(e.startTime), Math.round(e.duration)]); }).observe({ type: 'longtask', buffered: true });
};
const totals = [];
for (let i = 0; i < runs; i++) {
  const c = await b.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, storageState: state });
  await c.addInitScript(init);
  const p = await c.newPage();
  const cdp = await c.newCDPSession(p);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await p.goto(url);
  await p.waitForSelector('html[data-hydrated="true"]', { timeout: 30000 });
  await p.waitForTimeout(1500);
  const long = await p.evaluate(() => window.__long);
  const marks = await p.evaluate(() => performance.getEntriesByType('measure').map(m => `${m.name}=${Math.round(m.duration)}`));
  const blocking = long.reduce((s, [, d]) => s + Math.max(0, d - 50), 0);
  totals.push(blocking);
  console.log(`run ${i}: long tasks ${JSON.stringify(long)} blocking ${blocking} ms ${marks.join(' ')}`);
  await c.close();
}
totals.sort((a, b) => a - b);
console.log(`median blocking ${totals[Math.floor(totals.length / 2)]} ms`);
await b.close();
