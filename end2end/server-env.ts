// How the browser tests start the real server binary: the run's own server (playwright.config.ts)
// and the second ones some journeys start (a second instance, a restored copy) alike.
//
// The browser code they serve: `E2E_SITE_ROOT` and `E2E_HASH_FILE` when set — the test
// command builds the release browser code once (content-hashed, as in production) and both
// the journeys and the budgets use it — otherwise the debug build `cargo leptos build` writes.
export const siteRoot = process.env.E2E_SITE_ROOT ?? '../target/site';

export function serverEnv(port: number, database: string): Record<string, string> {
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HELDER_PORT: String(port),
    HELDER_DEMO: 'true',
    HELDER_SITE_ROOT: siteRoot,
    DATABASE_URL: database,
    HELDER_LOG: 'warn',
    HELDER_QUICK_EXIT_URL: 'https://neutral.example/',
    HELDER_PUBLIC_URL: `http://localhost:${port}`,
    // As behind a reverse proxy: a journey that types a code says where it comes from
    // (helpers.ts `activate`), so the rate limit counts per journey, not for the whole run.
    HELDER_TRUSTED_PROXIES: '127.0.0.1,::1',
  };
  if (process.env.E2E_HASH_FILE) env.HELDER_HASH_FILE = process.env.E2E_HASH_FILE;
  return env;
}
