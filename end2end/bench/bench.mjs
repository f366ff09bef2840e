// The parts of `.ci/bench` that need a signed-in person: sessions for wrk, the live-update
// latency and the memory of many open streams. Plain HTTP (Node's fetch), as a phone's
// browser would send it; demo sign-in only, so only against a server with HELDER_DEMO=true.
//
//   node bench.mjs session BASE NAME        print "Cookie: …" for the demo person NAME
//   node bench.mjs case BASE NAME           print the path of NAME's case
//   node bench.mjs live BASE COUNT          message sent → change on an open stream, p50/p99
//   node bench.mjs streams BASE COUNT PID   RSS of PID before and with COUNT sessions+streams
import { readFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';

const [mode, base, ...rest] = process.argv.slice(2);

async function people() {
  const res = await fetch(`${base}/api/demo/people`, { method: 'POST', headers: { Accept: 'application/json' } });
  if (!res.ok) throw new Error(`demo people: ${res.status}`);
  return res.json();
}

/** Sign in as the demo person whose name contains `name`: the session cookie and landing. */
async function signIn(name, list) {
  const person = (list ?? (await people())).find((p) => JSON.stringify(p).includes(name));
  if (!person) throw new Error(`no demo person ${name}`);
  const res = await fetch(`${base}/api/demo/sign-in`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'text/html' },
    body: new URLSearchParams({ key: person.key }),
  });
  const cookie = res.headers.getSetCookie().map((c) => c.split(';')[0]).find((c) => /sessie|helder/.test(c));
  if (!cookie) throw new Error(`no session cookie for ${name} (${res.status})`);
  return { cookie, landing: res.headers.get('location') ?? '/' };
}

function quantile(sorted, q) {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
}

function rssKb(pid) {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8').split('\n').find((l) => l.startsWith('VmRSS:'));
  return Number(line.replace(/\D+/g, ''));
}

/** Read an SSE response; call `onEvent(name)` for each event with a name. */
async function readEvents(res, onEvent) {
  const reader = res.body.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) return;
    buffer += decoder.decode(value, { stream: true });
    let end;
    while ((end = buffer.indexOf('\n\n')) >= 0) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      const name = block.split('\n').find((l) => l.startsWith('event:'));
      if (name) onEvent(name.slice(6).trim());
    }
  }
}

if (mode === 'session') {
  const { cookie } = await signIn(rest[0]);
  console.log(`Cookie: ${cookie}`);
} else if (mode === 'case') {
  const { landing } = await signIn(rest[0]);
  console.log(landing);
} else if (mode === 'live') {
  // A youth writes to her vaste professional, whose thread page is open with its live stream:
  // the time from sending until the stream says "changed", and until the page shows it.
  const count = Number(rest[0] ?? 1000);
  const list = await people();
  const noor = await signIn('Noor Bakker', list);
  const fatima = await signIn('Fatima El Amrani', list);
  const casePath = noor.landing.replace(/\/$/, '');
  const caseId = casePath.split('/')[2];
  const team = await (await fetch(`${base}${casePath}/berichten`, { headers: { cookie: fatima.cookie } })).text();
  const thread = team.match(new RegExp(`href="(${casePath}/berichten/[0-9a-f-]{36})"[^>]*>[^<]*Noor`))?.[1]
    ?? team.match(new RegExp(`href="(${casePath}/berichten/[0-9a-f-]{36})"`))?.[1];
  if (!thread) throw new Error('no thread link for Noor on the team page');
  const stream = await fetch(`${base}/live${thread}`, { headers: { cookie: fatima.cookie, Accept: 'text/event-stream' } });
  if (!stream.ok) throw new Error(`live stream: ${stream.status}`);
  let waiting = null;
  readEvents(stream, (name) => {
    if (name === 'change' && waiting) waiting();
  });
  const toEvent = [];
  const toShown = [];
  for (let i = 0; i < count; i++) {
    const body = `Meting ${i} ${randomUUID()}`;
    const changed = new Promise((resolve) => (waiting = resolve));
    const started = performance.now();
    const sent = await fetch(`${base}/api/case/send-message`, {
      method: 'POST',
      headers: { cookie: noor.cookie, Accept: 'application/json', 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ case_id: caseId, person_id: '', body, key: randomUUID() }),
    });
    if (!sent.ok) throw new Error(`send: ${sent.status}`);
    await changed;
    waiting = null;
    toEvent.push(performance.now() - started);
    const page = await (await fetch(`${base}${thread}`, { headers: { cookie: fatima.cookie } })).text();
    if (!page.includes(body)) throw new Error('the page did not show the message after the change');
    toShown.push(performance.now() - started);
  }
  const ms = (v) => `${v.toFixed(1)} ms`;
  for (const [label, values] of [['sent → change on the stream', toEvent], ['sent → page shows it', toShown]]) {
    values.sort((a, b) => a - b);
    console.log(`${label} (${values.length} messages): p50 ${ms(quantile(values, 0.5))}, p99 ${ms(quantile(values, 0.99))}, max ${ms(values.at(-1))}`);
  }
  process.exit(0);
} else if (mode === 'streams') {
  // Memory of the server with COUNT sessions, each with an open live stream.
  const [countText, pid] = rest;
  const count = Number(countText ?? 500);
  const list = await people();
  const before = rssKb(pid);
  const noor = await signIn('Noor Bakker', list);
  const casePath = noor.landing.replace(/\/$/, '');
  const streams = [];
  for (let i = 0; i < count; i++) {
    const { cookie } = await signIn('Noor Bakker', list);
    const res = await fetch(`${base}/live${casePath}/berichten`, { headers: { cookie, Accept: 'text/event-stream' } });
    if (!res.ok) throw new Error(`stream ${i}: ${res.status}`);
    readEvents(res, () => {}).catch(() => {});
    streams.push(res);
  }
  await new Promise((r) => setTimeout(r, 1000));
  const after = rssKb(pid);
  const mb = (kb) => `${(kb / 1024).toFixed(1)} MB`;
  console.log(`server RSS: ${mb(before)} before, ${mb(after)} with ${count} sessions and ${count} open live streams (${((after - before) / count).toFixed(1)} KB each)`);
  process.exit(0);
} else {
  console.error('usage: node bench.mjs session|case|live|streams BASE …');
  process.exit(2);
}
