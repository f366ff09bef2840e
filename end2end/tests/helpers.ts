import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import { Browser, BrowserContext, CDPSession, expect, Page, TestInfo } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { serverEnv } from '../server-env';

/** The run with JavaScript (each database has one with and one without). */
export const hydrated = (testInfo: TestInfo) => testInfo.project.use.javaScriptEnabled !== false;

const watched = new WeakSet<Page>();

/** Record Content-Security-Policy violations, so every hydrated journey proves there are none. */
async function watchCsp(page: Page) {
  if (watched.has(page)) return;
  watched.add(page);
  await page.addInitScript(() => {
    const w = window as unknown as { __cspViolations: string[] };
    w.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      w.__cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
}

/** Open a page; in the hydrated run, wait until the islands are live. */
export async function open(page: Page, path: string, testInfo: TestInfo) {
  if (hydrated(testInfo)) await watchCsp(page);
  const response = await page.goto(path);
  await settle(page, testInfo);
  return response;
}

/** After a navigation (link, form post), wait for hydration in the hydrated run. */
export async function settle(page: Page, testInfo: TestInfo) {
  await page.waitForLoadState('load');
  if (hydrated(testInfo)) {
    await expect(page.locator('html')).toHaveAttribute('data-hydrated', 'true');
    const violations = await page.evaluate(
      () => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? [],
    );
    expect(violations, `CSP violations on ${page.url()}`).toEqual([]);
  }
}

const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** The page a no-JS run audits server HTML in: one per browser (a worker), kept for the run,
 * so each audit loads only the page and not a new context, renderer and style sheet. */
const sidePages = new WeakMap<Browser, Promise<Page>>();

function sidePage(browser: Browser): Promise<Page> {
  let side = sidePages.get(browser);
  if (!side) {
    side = browser.newContext({ javaScriptEnabled: true }).then((context) => context.newPage());
    sidePages.set(browser, side);
  }
  return side;
}

/**
 * axe-core with the WCAG 2.2 AA rule set must report nothing (on the run's first database, see
 * playwright.config.ts). axe runs as script in the page,
 * which a no-JS page cannot do; there the exact server HTML (scripts removed, styles loaded from
 * the server as usual) is audited in a side page that allows script. Only violations are
 * collected: axe then skips gathering every passing node, about a third of its time.
 */
export async function expectAccessible(page: Page, testInfo: TestInfo) {
  if (testInfo.project.metadata.audits === false) return;
  let target = page;
  const url = page.url();
  if (!hydrated(testInfo)) {
    const html = (await page.content()).replace(/<script\b[\s\S]*?<\/script>/gi, '');
    target = await sidePage(page.context().browser()!);
    await target.setViewportSize(page.viewportSize()!);
    await target.route(url, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }));
  }
  try {
    if (target !== page) await target.goto(url);
    const results = await new AxeBuilder({ page: target })
      .withTags(WCAG_22_AA)
      .options({ resultTypes: ['violations'] })
      // axe.run in the page itself: the default opens a blank page per audit to merge the
      // results of frames from other origins, and Helder's pages have no frames.
      .setLegacyMode(true)
      .analyze();
    const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    expect(summary, `axe violations on ${url}`).toEqual([]);
  } finally {
    if (target !== page) await target.unroute(url);
  }
}

/** Sign in on the demo page as the person whose name is on the button. */
export async function signInAs(page: Page, name: string, testInfo: TestInfo) {
  await open(page, '/demo', testInfo);
  await page.getByRole('button', { name: new RegExp(name) }).click();
  // One case opens that case; a professional with none or several lands on a list.
  await page.waitForURL((url) => url.pathname !== '/demo');
  await settle(page, testInfo);
}

/** Follow a link of the case navigation; the less used pages sit behind "Meer" (opened first). */
export async function clickNav(page: Page, name: string, testInfo: TestInfo, lang: 'nl' | 'en' = 'nl') {
  const nav = page.locator('nav.case-nav');
  const link = nav.getByRole('link', { name, exact: true });
  if (!(await link.isVisible())) {
    await nav.getByText(lang === 'nl' ? 'Meer' : 'More', { exact: true }).click();
  }
  await link.click();
  await settle(page, testInfo);
}

export type Authenticator = { cdp: CDPSession; id: string };

/** A platform authenticator with user verification, as a phone with a fingerprint has. */
export async function addAuthenticator(context: BrowserContext, page: Page): Promise<Authenticator> {
  const cdp = await context.newCDPSession(page);
  await cdp.send('WebAuthn.enable');
  const { authenticatorId } = await cdp.send('WebAuthn.addVirtualAuthenticator', {
    options: {
      protocol: 'ctap2',
      transport: 'internal',
      hasResidentKey: true,
      hasUserVerification: true,
      isUserVerified: true,
      automaticPresenceSimulation: true,
    },
  });
  return { cdp, id: authenticatorId };
}


/** `helder create-administrator`, as whoever runs the server does; the printed code. */
export function createAdministrator(given: string, family: string): string {
  const out = execFileSync('../target/debug/helder', ['create-administrator', given, family], {
    env: { PATH: process.env.PATH ?? '', DATABASE_URL: process.env.E2E_DATABASE_URL ?? '', HELDER_LOG: 'warn' },
  }).toString();
  const code = /Activation code \(works once\): (\S+)/.exec(out)?.[1];
  expect(code, out).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
  return code!;
}

/** Type a code, make a passkey (a JavaScript browser: the ceremony needs it). */
export async function activate(page: Page, code: string, name: string, testInfo: TestInfo) {
  // A household of its own (an IPv6 /64, as the rate limit counts them), passed on as a
  // trusted reverse proxy would: ten journeys in a quarter of an hour are not one guesser.
  const segment = () => Math.floor(Math.random() * 0x10000).toString(16);
  await page.setExtraHTTPHeaders({ 'x-forwarded-for': `2001:db8:${segment()}:${segment()}::1` });
  await page.goto('/activeren');
  await page.getByLabel('Activatiecode').fill(code);
  await page.getByRole('button', { name: 'Code controleren' }).click();
  await page.waitForURL(/\/activeren\/passkey$/);
  await expect(page.getByText(`Hallo ${name}. Je code is goed.`)).toBeVisible();
  await page.getByLabel('Naam van dit apparaat').fill('Werktelefoon');
  await page.getByRole('button', { name: 'Passkey maken' }).click();
}

/** A signed-in page for the forms: the activating page itself, or (no-JS run) the same
 * session in a browser without JavaScript. */
export async function formsPage(browser: Browser, page: Page, testInfo: TestInfo): Promise<Page> {
  if (hydrated(testInfo)) return page;
  const state = await page.context().storageState();
  const plain = await browser.newContext({ javaScriptEnabled: false, storageState: state, viewport: page.viewportSize()! });
  return plain.newPage();
}


/** Choose a language in the header's language menu (a disclosure: open it first). */
export async function chooseLanguage(page: Page, name: string, testInfo: TestInfo) {
  const menu = page.locator('details.language-menu');
  await menu.locator('summary').click();
  await menu.getByRole('button', { name: new RegExp(`^${name}`) }).click();
  await page.waitForLoadState('load');
  await settle(page, testInfo);
}

/** Another server on `database` (a second instance, or a restored copy), answering on `port`. */
export async function startServer(port: number, database: string, stderr: 'ignore' | 'inherit' = 'ignore'): Promise<ChildProcess> {
  const child = spawn('../target/debug/helder', [], {
    env: serverEnv(port, database),
    stdio: ['ignore', 'ignore', stderr],
  });
  for (let i = 0; i < 150; i++) {
    try {
      if ((await fetch(`http://localhost:${port}/`)).ok) return child;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  child.kill();
  throw new Error(`the server on port ${port} did not start`);
}

/** A new, empty PostgreSQL database `name` on the server of `anyUrl` (a URL of any database
 * there), and how to drop it again. */
export function postgresDatabase(anyUrl: string, name: string): { url: string; drop: () => void } {
  const admin = anyUrl.replace(/\/[^/]*$/, '/postgres');
  const drop = () => execFileSync('psql', [admin, '-qc', `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`]);
  drop();
  execFileSync('psql', [admin, '-qc', `CREATE DATABASE ${name}`]);
  return { url: anyUrl.replace(/\/[^/]*$/, `/${name}`), drop };
}
