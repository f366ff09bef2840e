// Helder's service worker. For now it only shows Web Push notifications; the offline PWA work
// extends it. The words come from the server (its locales, in the person's language) inside
// the encrypted payload: this file has no user-facing text of its own.
'use strict';

self.addEventListener('push', (event) => {
  let data = {};
  try {
    data = event.data ? event.data.json() : {};
  } catch (_) {
    data = {};
  }
  if (typeof data.title !== 'string') {
    return;
  }
  event.waitUntil(
    self.registration.showNotification(data.title, {
      body: typeof data.body === 'string' ? data.body : '',
      icon: '/favicon.svg',
      // One notification at a time: a second message replaces the first.
      tag: 'helder',
      data: { url: typeof data.url === 'string' ? data.url : '/' },
    }),
  );
});

self.addEventListener('notificationclick', (event) => {
  event.notification.close();
  const target = new URL(event.notification.data?.url ?? '/', self.location.origin);
  if (target.origin !== self.location.origin) {
    return;
  }
  event.waitUntil(
    self.clients.matchAll({ type: 'window', includeUncontrolled: true }).then((open) => {
      const tab = open.find((c) => new URL(c.url).origin === self.location.origin);
      return tab ? tab.navigate(target.href).then((c) => (c ?? tab).focus()) : self.clients.openWindow(target.href);
    }),
  );
});
