// What Helder keeps on this phone, and only when the person needs it:
// - a short summary of their case, if they chose "Bewaar op dit toestel", to read offline;
// - messages and input written without internet, until they are sent ("Nog niet verzonden").
// Both are encrypted (AES-GCM) with a key the browser made and will not hand out
// (non-extractable), kept in IndexedDB beside the data. Everything is wiped at sign-out (the
// server also answers with Clear-Site-Data), at "Snel weg", when the session ends, and on any
// page the server sends without a session.
//
// Sending is exactly once: each queued item carries its own idempotency key, so a send that
// reached the server but whose answer was lost stores nothing the second time.
//
// This file runs in pages and in the service worker (importScripts, for Background Sync). It
// has no user-facing text: the pages carry their sentences in data attributes.
'use strict';

(function (scope) {
  const DB_NAME = 'helder-device';
  const DB_VERSION = 1;
  const SYNC_TAG = 'helder-outbox';
  // A session lasts at most 12 hours; nothing written in one is sent in another.
  const OUTBOX_LIFETIME_MS = 12 * 60 * 60 * 1000;
  // The summary is fetched again when it is older than this and a signed-in page is open.
  const SUMMARY_REFRESH_MS = 60 * 60 * 1000;

  const supported =
    typeof indexedDB !== 'undefined' && typeof crypto !== 'undefined' && crypto.subtle !== undefined;

  function asPromise(request) {
    return new Promise((resolve, reject) => {
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
  }

  function finished(tx) {
    return new Promise((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
      tx.onabort = () => reject(tx.error ?? new Error('aborted'));
    });
  }

  function openDb() {
    const request = indexedDB.open(DB_NAME, DB_VERSION);
    request.onupgradeneeded = () => {
      const db = request.result;
      db.createObjectStore('key');
      db.createObjectStore('summary');
      db.createObjectStore('outbox', { keyPath: 'id' });
    };
    return asPromise(request);
  }

  async function withStore(name, mode, work) {
    const db = await openDb();
    try {
      const tx = db.transaction(name, mode);
      // Listened for before any request runs: the transaction may complete right after it.
      const done = finished(tx);
      done.catch(() => undefined);
      const result = await work(tx.objectStore(name));
      await done;
      return result;
    } finally {
      db.close();
    }
  }

  // Whether anything is kept at all, without creating the database.
  async function exists() {
    if (!supported) return false;
    if (indexedDB.databases) {
      const names = (await indexedDB.databases()).map((d) => d.name);
      return names.includes(DB_NAME);
    }
    return true;
  }

  async function deviceKey(create) {
    const existing = await withStore('key', 'readonly', (s) => asPromise(s.get('k')));
    if (existing || !create) return existing;
    const made = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, [
      'encrypt',
      'decrypt',
    ]);
    // `add`, not `put`: when two pages make a key at once, the first one stays.
    try {
      await withStore('key', 'readwrite', (s) => asPromise(s.add(made, 'k')));
      return made;
    } catch (_) {
      return withStore('key', 'readonly', (s) => asPromise(s.get('k')));
    }
  }

  async function seal(value) {
    const key = await deviceKey(true);
    const iv = crypto.getRandomValues(new Uint8Array(12));
    const plain = new TextEncoder().encode(JSON.stringify(value));
    const data = await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, key, plain);
    return { iv, data };
  }

  async function unseal(sealed) {
    const key = await deviceKey(false);
    if (!key) throw new Error('no key');
    const plain = await crypto.subtle.decrypt({ name: 'AES-GCM', iv: sealed.iv }, key, sealed.data);
    return JSON.parse(new TextDecoder().decode(plain));
  }

  // ---- wiping ----

  // Deleting the database deletes the key with it: what was encrypted cannot be read again.
  function wipe() {
    if (!supported) return Promise.resolve();
    return asPromise(indexedDB.deleteDatabase(DB_NAME)).catch(() => undefined);
  }

  // ---- the outbox ----

  function newKey() {
    if (crypto.randomUUID) return crypto.randomUUID();
    const b = crypto.getRandomValues(new Uint8Array(16));
    b[6] = (b[6] & 0x0f) | 0x40;
    b[8] = (b[8] & 0x3f) | 0x80;
    const h = Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
  }

  /** Keep a form's fields to send later. The idempotency key is new for each item: two
   * messages written on the same page are two messages. */
  async function enqueue(action, fields, text) {
    const created = Date.now();
    const id = newKey();
    fields.key = id;
    const sealed = await seal({ action, fields, text });
    await withStore('outbox', 'readwrite', (s) =>
      asPromise(s.put({ id, created, expires: created + OUTBOX_LIFETIME_MS, sealed })),
    );
    return id;
  }

  async function rawItems() {
    if (!(await exists())) return [];
    const items = await withStore('outbox', 'readonly', (s) => asPromise(s.getAll()));
    return items.sort((a, b) => a.created - b.created);
  }

  /** What waits, readable; expired items are deleted here and counted. */
  async function pending() {
    const now = Date.now();
    const waiting = [];
    let expired = 0;
    for (const item of await rawItems()) {
      if (item.expires <= now) {
        await remove(item.id);
        expired += 1;
        continue;
      }
      try {
        waiting.push({ id: item.id, created: item.created, ...(await unseal(item.sealed)) });
      } catch (_) {
        // Sealed with a key that is gone: unreadable for anyone, so of no use to keep.
        await remove(item.id);
      }
    }
    return { waiting, expired };
  }

  function remove(id) {
    return withStore('outbox', 'readwrite', (s) => asPromise(s.delete(id)));
  }

  // One sender at a time across this phone's pages and the service worker; the idempotency
  // keys make a second sender harmless, the lock only saves requests.
  function exclusively(work) {
    if (scope.navigator && scope.navigator.locks) {
      return scope.navigator.locks.request(SYNC_TAG, work);
    }
    return work();
  }

  /** Send what waits. Returns counts, and whether the session turned out to be over (then
   * everything is wiped: what was written in it is not sent in another). */
  function flush() {
    return exclusively(async () => {
      const result = { sent: 0, refused: 0, expired: 0, failed: 0, signedOut: false, offline: false };
      const { waiting, expired } = await pending();
      result.expired = expired;
      for (const item of waiting) {
        let response;
        try {
          response = await fetch(item.action, {
            method: 'POST',
            credentials: 'same-origin',
            headers: {
              Accept: 'application/json',
              'Content-Type': 'application/x-www-form-urlencoded',
            },
            body: new URLSearchParams(item.fields),
          });
        } catch (_) {
          result.offline = true;
          break;
        }
        if (response.status === 401) {
          result.signedOut = true;
          await wipe();
          break;
        }
        if (response.status === 429 || response.status >= 500) {
          // Busy or down: try again at the next chance.
          result.offline = true;
          break;
        }
        if (response.ok) {
          // A refused text answers "" (the server keeps it as a draft with the reason).
          const body = await response.text();
          if (body.trim() === '""') result.refused += 1;
          else result.sent += 1;
        } else {
          result.failed += 1;
        }
        await remove(item.id);
      }
      return result;
    });
  }

  // ---- the summary ----

  async function keepSummary(html, path) {
    const sealed = await seal({ html, path, kept: Date.now() });
    await withStore('summary', 'readwrite', (s) => asPromise(s.put(sealed, 'current')));
  }

  async function keptSummary() {
    if (!(await exists())) return null;
    const sealed = await withStore('summary', 'readonly', (s) => asPromise(s.get('current')));
    if (!sealed) return null;
    try {
      return await unseal(sealed);
    } catch (_) {
      return null;
    }
  }

  async function forgetSummary() {
    if (!(await exists())) return;
    await withStore('summary', 'readwrite', (s) => asPromise(s.delete('current')));
  }

  const store = { supported, enqueue, pending, remove, flush, wipe, keepSummary, keptSummary, forgetSummary, SYNC_TAG };
  scope.helderDevice = store;

  // ---- the service worker: Background Sync ----
  if (typeof document === 'undefined') {
    scope.addEventListener('sync', (event) => {
      if (event.tag === SYNC_TAG) {
        event.waitUntil(
          flush().then((r) => {
            // Still no connection: let the browser try again later.
            if (r.offline) throw new Error('offline');
          }),
        );
      }
    });
    return;
  }

  // ---- pages ----

  function sessionState() {
    const marked = document.querySelector('[data-session-state]');
    return marked ? marked.getAttribute('data-session-state') : 'out';
  }

  function moment(ms) {
    const lang = document.documentElement.lang || undefined;
    try {
      return new Date(ms).toLocaleString(lang, { dateStyle: 'medium', timeStyle: 'short' });
    } catch (_) {
      return new Date(ms).toLocaleString();
    }
  }

  function say(text) {
    const status = document.querySelector('[data-outbox-status]');
    if (status && text) status.textContent = text;
  }

  function outboxText(name) {
    const box = document.querySelector('[data-outbox]');
    return box ? box.getAttribute(`data-text-${name}`) || '' : '';
  }

  async function drawOutbox() {
    const box = document.querySelector('[data-outbox]');
    if (!box || !supported) return { waiting: [], expired: 0 };
    const list = box.querySelector('[data-outbox-list]');
    const template = box.querySelector('template[data-outbox-item]');
    const found = await pending();
    list.replaceChildren();
    found.waiting.forEach((item, i) => {
      const li = template.content.firstElementChild.cloneNode(true);
      const text = li.querySelector('.outbox__text');
      text.id = `outbox-text-${i}`;
      text.textContent = item.text;
      const meta = li.querySelector('.outbox__meta');
      meta.textContent = (meta.getAttribute('data-text-written') || '').replace('%time%', moment(item.created));
      const button = li.querySelector('[data-outbox-delete]');
      button.setAttribute('aria-describedby', text.id);
      button.addEventListener('click', async () => {
        await remove(item.id);
        await drawOutbox();
        say(outboxText('deleted'));
        const form = document.querySelector('form[data-offline-queue]');
        const field = form && form.querySelector(`[name="${form.getAttribute('data-offline-queue')}"]`);
        if (field) field.focus();
      });
      list.append(li);
    });
    box.hidden = found.waiting.length === 0;
    if (found.expired > 0) say(outboxText('expired'));
    return found;
  }

  async function sendWaiting() {
    if (!supported || !navigator.onLine) return;
    try {
      const result = await flush();
      if (result.signedOut) {
        // The session is over: the sign-in page says so.
        location.assign('/inloggen?verlopen=1');
        return;
      }
      await drawOutbox();
      if (result.refused > 0) say(outboxText('refused'));
      else if (result.failed > 0) say(outboxText('failed'));
      else if (result.sent > 0) say(outboxText('sent'));
      if (result.expired > 0) say(outboxText('expired'));
    } catch (_) {
      // IndexedDB or crypto unavailable (private mode in some browsers): nothing to send.
    }
  }

  function askForBackgroundSync() {
    if (!('serviceWorker' in navigator)) return;
    navigator.serviceWorker.ready
      .then((reg) => (reg.sync ? reg.sync.register(SYNC_TAG) : undefined))
      .catch(() => undefined);
  }

  function queueWhenOffline(form) {
    const fieldName = form.getAttribute('data-offline-queue');
    const max = Number(form.getAttribute('data-offline-max') || '0');
    form.addEventListener('submit', async (event) => {
      if (navigator.onLine || !supported) return; // online: the form posts as always
      event.preventDefault();
      const data = new FormData(form, event.submitter || undefined);
      const fields = {};
      for (const [name, value] of data.entries()) {
        if (typeof value === 'string') fields[name] = value;
      }
      const text = (fields[fieldName] || '').trim();
      const field = form.querySelector(`[name="${fieldName}"]`);
      if (text === '' || (max > 0 && [...text].length > max)) {
        // Empty or too long: let the person fix it now rather than hear of it later. The
        // server says the same when the form is sent online.
        say(outboxText('empty'));
        if (field) field.focus();
        return;
      }
      try {
        await enqueue(form.action, fields, text);
      } catch (_) {
        say(outboxText('failed'));
        return;
      }
      if (field) field.value = '';
      await drawOutbox();
      say(outboxText('queued'));
      askForBackgroundSync();
    });
  }

  // "Op dit toestel": keep, refresh and forget the summary.
  function summaryHtml(root) {
    const copy = root.cloneNode(true);
    const heading = copy.querySelector('#device-summary-heading');
    if (heading) heading.remove();
    return copy.innerHTML;
  }

  async function keepControls() {
    const controls = document.querySelector('[data-device-keep]');
    const summary = document.querySelector('[data-device-summary]');
    if (!controls || !summary) return;
    if (!supported) return;
    const state = controls.querySelector('[data-device-keep-state]');
    const save = controls.querySelector('[data-device-keep-save]');
    const forget = controls.querySelector('[data-device-keep-forget]');
    const text = (name) => controls.getAttribute(`data-text-${name}`) || '';
    const show = (kept) => {
      state.textContent = kept ? text('kept').replace('%time%', moment(kept.kept)) : text('not-kept');
      forget.hidden = !kept;
    };
    let kept = await keptSummary();
    if (kept) {
      // Opened again: keep what the page shows now.
      await keepSummary(summaryHtml(summary), location.pathname);
      kept = await keptSummary();
    }
    show(kept);
    controls.hidden = false;
    save.addEventListener('click', async () => {
      try {
        await keepSummary(summaryHtml(summary), location.pathname);
        show(await keptSummary());
      } catch (_) {
        state.textContent = text('failed');
      }
    });
    forget.addEventListener('click', async () => {
      await forgetSummary();
      show(null);
      state.textContent = text('forgotten');
      save.focus();
    });
  }

  // On other signed-in pages: a kept summary older than an hour is fetched again, quietly.
  async function refreshSummary() {
    const kept = await keptSummary();
    if (!kept || Date.now() - kept.kept < SUMMARY_REFRESH_MS || !navigator.onLine) return;
    const response = await fetch(kept.path, { credentials: 'same-origin' });
    if (!response.ok) return;
    const page = new DOMParser().parseFromString(await response.text(), 'text/html');
    const summary = page.querySelector('[data-device-summary]');
    if (summary) await keepSummary(summaryHtml(summary), kept.path);
  }

  async function showKeptSummary() {
    const section = document.querySelector('[data-device-saved]');
    if (!section) return;
    const kept = await keptSummary();
    if (!kept) return;
    section.querySelector('[data-device-saved-body]').innerHTML = kept.html;
    section.querySelector('[data-device-saved-when]').textContent = (
      section.getAttribute('data-text-when') || ''
    ).replace('%time%', moment(kept.kept));
    section.hidden = false;
  }

  // The service worker: the offline page, Background Sync and installing Helder as an app.
  // Registered after the page has loaded, so it never competes with the page's own files.
  function registerWorker() {
    if (!('serviceWorker' in navigator)) return;
    const go = () => navigator.serviceWorker.register('/sw.js').catch(() => undefined);
    if (document.readyState === 'complete') setTimeout(go, 0);
    else window.addEventListener('load', () => setTimeout(go, 0), { once: true });
  }

  function start() {
    const state = sessionState();
    if (state === 'out') {
      // Served without a session: nothing of a case may stay on this phone.
      wipe();
      return;
    }
    if (!supported) return;
    if (state === 'offline') {
      showKeptSummary().catch(() => undefined);
      drawOutbox().catch(() => undefined);
      return;
    }
    if (state !== 'in') return; // a preview or review: not this person's own case
    registerWorker();
    window.addEventListener('helder-leave', () => {
      wipe();
    });
    document.querySelectorAll('form[data-offline-queue]').forEach(queueWhenOffline);
    drawOutbox()
      .then(() => sendWaiting())
      .catch(() => undefined);
    keepControls().catch(() => undefined);
    refreshSummary().catch(() => undefined);
    window.addEventListener('online', () => {
      sendWaiting();
    });
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'visible') sendWaiting();
    });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})(self);
