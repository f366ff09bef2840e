// Helder's service worker: Web Push notifications, and the installed app's offline side.
// It caches only what holds no case data: the built files whose names carry their content's
// hash (never changing, so cache-first is safe), the icons, and the offline page (fetched
// without the session). Signed-in pages and server-function answers always go to the
// network and are never stored. The words come from the server: this file has no
// user-facing text of its own.
'use strict';

// The phone's own encrypted store and its sender (shared with the pages): Background Sync
// sends what was written offline even when no Helder page is open.
importScripts('/device.js');

const STATIC_CACHE = 'helder-static-v2';
// Plain files the offline page needs; fetched from the network first, the copy only offline.
const PLAIN = ['/device.js'];
const OFFLINE_URL = '/offline';
const HASHED = /\/pkg\/[^/]+\.[A-Za-z0-9_-]{6,}\.(js|wasm|css)$/;

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(STATIC_CACHE);
      // Without the session: the offline page must never hold a person's name.
      const page = await fetch(new Request(OFFLINE_URL, { credentials: 'omit', cache: 'no-store' }));
      const files = ['/favicon.svg', '/icons/helder-192.png', ...PLAIN];
      if (page.ok) {
        const html = await page.clone().text();
        // Its style sheet too, so that it looks like Helder without internet.
        for (const m of html.matchAll(/href="(\/pkg\/[^"]+\.css)"/g)) files.push(m[1]);
        await cache.put(OFFLINE_URL, page);
      }
      await cache.addAll(files);
      await self.skipWaiting();
    })(),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) => Promise.all(names.filter((n) => n !== STATIC_CACHE).map((n) => caches.delete(n))))
      // No clients.claim(): a page is taken over at its next load, never halfway through one.
      .then(() => undefined),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;

  if (request.mode === 'navigate') {
    // Pages: always the network; only when there is none, the offline page.
    event.respondWith(
      fetch(request).catch(() =>
        caches.match(OFFLINE_URL).then((page) => page ?? new Response('', { status: 503 })),
      ),
    );
    return;
  }

  if (HASHED.test(url.pathname)) {
    event.respondWith(
      caches.open(STATIC_CACHE).then((cache) =>
        cache.match(request).then(
          (hit) =>
            hit ??
            fetch(request).then((res) => {
              if (res.ok) cache.put(request, res.clone());
              return res;
            }),
        ),
      ),
    );
  }
  if (PLAIN.includes(url.pathname) || (url.pathname.startsWith('/pkg/') && url.pathname.endsWith('.css'))) {
    // A file without a hash in its name (device.js, a debug build's style sheet): the network
    // first, so a new version is never hidden; the kept copy only without internet.
    event.respondWith(fetch(request).catch(() => caches.match(request).then((hit) => hit ?? Response.error())));
    return;
  }
  // Everything else (server functions, live streams): the network as is.
});

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
      icon: '/icons/helder-192.png',
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
