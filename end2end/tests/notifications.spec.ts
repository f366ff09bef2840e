import { expect, test } from './fixtures';
import { expectAccessible, hydrated, open, settle, signInAs } from './helpers';

// The machine that runs these tests cannot reach a real push service (Google's, Mozilla's), so
// the browser's own subscribe step is replaced by a stand-in subscription to an endpoint the
// server accepts. Everything else is real: the service worker registration, the island, the
// server function, the list of devices and its remove form. Encryption and delivery are tested
// against a local push service in server/tests/push.rs.
const fakePushService = () => {
  const point = new Uint8Array(65);
  point[0] = 4;
  point.fill(7, 1);
  const make = (endpoint: string) => {
    const sub = Object.create(PushSubscription.prototype);
    Object.defineProperty(sub, 'endpoint', { value: endpoint });
    Object.defineProperty(sub, 'getKey', {
      value: (name: string) => (name === 'p256dh' ? point.buffer : new Uint8Array(16).fill(9).buffer),
    });
    Object.defineProperty(sub, 'unsubscribe', {
      value: async () => {
        localStorage.removeItem('fake-push');
        return true;
      },
    });
    return sub;
  };
  PushManager.prototype.subscribe = async function () {
    const endpoint = `https://fcm.googleapis.com/fcm/send/e2e-${Date.now()}`;
    localStorage.setItem('fake-push', endpoint);
    return make(endpoint);
  };
  PushManager.prototype.getSubscription = async function () {
    const endpoint = localStorage.getItem('fake-push');
    return endpoint ? make(endpoint) : null;
  };
};

test('notifications: turn them on for this phone, see it listed, turn them off', async ({ page }, testInfo) => {
  await signInAs(page, 'Noor Bakker', testInfo);
  if (hydrated(testInfo)) await page.addInitScript(fakePushService);
  await open(page, '/instellingen', testInfo);
  const section = page.getByRole('region', { name: 'Meldingen' });
  await expect(section.getByText('In de melding staat nooit wat er in het bericht staat')).toBeVisible();
  await expect(section.getByText('Je krijgt nu nergens meldingen.')).toBeVisible();
  await expectAccessible(page, testInfo);
  const on = section.getByRole('button', { name: 'Meldingen aanzetten op dit apparaat' });
  if (!hydrated(testInfo)) {
    await expect(on).toBeDisabled();
    await expect(section.getByText('Meldingen aanzetten werkt alleen als JavaScript aan staat.')).toBeVisible();
    return;
  }
  await expect(on).toBeEnabled();
  // The island reloads the page once the server has stored the subscription.
  const reloaded = page.waitForEvent('load');
  await on.click();
  await reloaded;
  await settle(page, testInfo);
  await expect(section.getByText(/Meldingen aan sinds/)).toBeVisible();
  await expect(section.getByRole('button', { name: 'Meldingen uitzetten op dit apparaat' })).toBeEnabled();
  expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.active?.scriptURL)).toMatch(/\/sw\.js$/);
  await expectAccessible(page, testInfo);

  // The list's own form works on any device, also without JavaScript.
  await section.getByRole('button', { name: /^Meldingen uitzetten op Chrome/ }).click();
  await page.waitForURL(/\/instellingen\?meldingen-uit=1$/);
  await settle(page, testInfo);
  await expect(page.getByRole('status').filter({ hasText: 'Op dat apparaat krijg je geen meldingen meer.' })).toBeVisible();
  await expect(section.getByText('Je krijgt nu nergens meldingen.')).toBeVisible();
});
