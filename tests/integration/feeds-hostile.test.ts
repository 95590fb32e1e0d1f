import { randomBytes } from 'node:crypto';
import type { ServerResponse } from 'node:http';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createFeedSchedule } from '../../jobs/feed-schedule.js';
import type { Feed } from '../../src/store/feeds.js';
import { startFeedServer, type FeedServer } from '../support/feed-server.js';
import { ADMIN_ID, eventually, startHarness, type Harness } from './harness.js';

const ALICE = 2002;

let h: Harness;
let hostile: FeedServer;
/** Responses the hostile server holds open right now (a trickle, a silence). */
const open = { trickle: 0, silent: 0 };

function holdOpen(kind: keyof typeof open, res: ServerResponse, onTick?: () => void) {
  open[kind]++;
  const timer = onTick ? setInterval(onTick, 1000) : undefined;
  res.on('close', () => {
    clearInterval(timer);
    open[kind]--;
  });
}

beforeAll(async () => {
  h = await startHarness();
  // The hostile feeds live on another host, as they would: the per-host limit keeps them apart.
  hostile = await startFeedServer();
  hostile.setRaw(
    '/500.xml',
    (_req, res) => void res.writeHead(500, { 'content-type': 'text/plain' }).end('Internal error'),
  );
  hostile.setRaw(
    '/page.xml',
    (_req, res) =>
      void res
        .writeHead(200, { 'content-type': 'text/html' })
        .end('<!doctype html><html><head><title>Welcome</title></head><body>No feed here</body></html>'),
  );
  hostile.setRaw(
    '/random.xml',
    (_req, res) =>
      void res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(randomBytes(64 * 1024)),
  );
  hostile.setRaw(
    '/loop-a.xml',
    (_req, res) => void res.writeHead(302, { location: hostile.url('/loop-b.xml') }).end(),
  );
  hostile.setRaw(
    '/loop-b.xml',
    (_req, res) => void res.writeHead(302, { location: hostile.url('/loop-a.xml') }).end(),
  );
  hostile.setRaw('/trickle.xml', (_req, res) => {
    res.writeHead(200, { 'content-type': 'application/rss+xml' });
    res.write('<?xml version="1.0"?><rss version="2.0"><channel><title>Slow');
    holdOpen('trickle', res, () => res.write('.'));
  });
  hostile.setRaw('/silent.xml', (_req, res) => holdOpen('silent', res));
}, 60_000);
afterAll(async () => {
  await h?.close();
  await hostile?.close();
});

const command = async (chatId: number, text: string) => {
  const before = h.telegram.messagesTo(chatId).length;
  h.telegram.sendText({ chatId, text, from: { id: chatId, first_name: 'T', language_code: 'en' } });
  return (await h.telegram.waitForMessages(chatId, before + 1, 10_000))[before]!.text;
};
const itemsTo = (chatId: number, needle: string) =>
  h.telegram.messagesTo(chatId).filter((m) => m.text.includes(needle));

const HOSTILE: [path: string, title: string, code: string, detail: RegExp][] = [
  ['/500.xml', 'Hostile: HTTP 500', 'http-status', /HTTP 500/],
  ['/page.xml', 'Hostile: HTML page', 'parse', /web page/],
  ['/random.xml', 'Hostile: random bytes', 'parse', /not XML|not an RSS or Atom feed|broken beyond repair/],
  ['/loop-a.xml', 'Hostile: redirect loop', 'too-many-redirects', /redirect loop|more than 5 redirects/],
  ['/trickle.xml', 'Hostile: trickle', 'timeout', /within 20 s/],
  ['/silent.xml', 'Hostile: silence', 'timeout', /no response in time/],
];

it('records an error for each hostile feed while the healthy feed keeps delivering', async () => {
  h.feeds.setFeed('/mfa-az.xml', {
    title: 'MFA of Azerbaijan',
    entries: [{ guid: 'old', title: 'Azerbaijan and Italy hold consultations', description: 'Old news.' }],
  });
  expect(await command(ADMIN_ID, `/addfeed ${h.feeds.url('/mfa-az.xml')} country=AZ official=yes`)).toMatch(
    /Added feed #\d+/,
  );
  expect(await command(ALICE, '/subscribe AZ')).toMatch(/Now following/);
  await eventually(
    async () => (await h.app.store.feeds.findByUrl(h.feeds.url('/mfa-az.xml')))?.primed,
    'the healthy feed primed',
  );

  // The hostile feeds join as an import would add them (no check first), polled every second.
  const schedule = createFeedSchedule(h.app.queues.poll, 1);
  const scheduledAt = Date.now();
  const ids = new Map<string, string>();
  for (const [path, title] of HOSTILE) {
    const { feed } = await h.app.store.feeds.add({ url: hostile.url(path), title });
    ids.set(path, feed.id);
    await schedule.schedule(feed.id);
  }

  // While a trickle and a silent server hold their fetches open, a new item still arrives.
  await eventually(() => open.trickle > 0 && open.silent > 0, 'the slow fetches under way');
  h.feeds.addEntry('/mfa-az.xml', {
    guid: 'new',
    title: 'Azerbaijan and Italy sign an energy memorandum',
    description: 'Baku.',
  });
  await eventually(() => itemsTo(ALICE, 'energy memorandum').length === 1, 'the new item at Alice', 15_000);
  expect(open.trickle).toBeGreaterThan(0);

  // Each hostile feed ends in a recorded error with its cause, within the fetch deadline.
  const failed = (await eventually(
    async () => {
      const feeds = await Promise.all([...ids.values()].map((id) => h.app.store.feeds.get(id)));
      // The error and the backoff after it are two writes: wait for both, not the first alone.
      return feeds.every((f) => f?.lastError && f.nextAttemptAt !== null) ? (feeds as Feed[]) : null;
    },
    'an error recorded for every hostile feed',
    45_000,
  ))!;
  for (const [i, [path, , code, detail]] of HOSTILE.entries()) {
    expect(failed[i], path).toMatchObject({ lastErrorCode: code, primed: false, disabled: false });
    expect(failed[i]!.lastError, path).toMatch(detail);
    expect(failed[i]!.failures, path).toBeGreaterThanOrEqual(1);
    // In backoff now: the next attempt is minutes away, not at the next tick.
    expect(failed[i]!.nextAttemptAt!, path).toBeGreaterThan(Date.now() + 60_000);
  }
  console.log(
    [
      'hostile feeds through the service:',
      ...HOSTILE.map(([path], i) => {
        const f = failed[i]!;
        return `  ${path.padEnd(13)} ${String(f.lastErrorCode).padEnd(18)} after ${((f.lastErrorAt! - scheduledAt) / 1000).toFixed(1)} s, ${f.failures} failure(s): ${f.lastError}`;
      }),
    ].join('\n'),
  );
  await eventually(() => open.trickle === 0 && open.silent === 0, 'the slow fetches abandoned');

  // Admins see it all in /feeds; the healthy feed is fine and still delivers.
  const listing = await command(ADMIN_ID, '/feeds');
  expect(listing).toMatch(/Feeds \(7\)\n1 ok · 6 failing · 0 disabled · 0 not polled yet/);
  expect(listing).toMatch(/MFA of Azerbaijan · AZ · official\n\s+ok · last success/);
  expect(listing).toMatch(
    /Hostile: HTTP 500\n\s+error: the server answered with an error \(.*HTTP 500.*\) · 1 failure in a row · next try/,
  );
  expect(listing).toMatch(/Hostile: trickle\n\s+error: the server was too slow \(.*within 20 s\)/);
  expect(listing).toMatch(/Hostile: redirect loop\n\s+error: too many redirects/);
  h.feeds.addEntry('/mfa-az.xml', {
    guid: 'new-2',
    title: 'Azerbaijan and Italy discuss visas',
    description: 'Rome.',
  });
  await eventually(() => itemsTo(ALICE, 'discuss visas').length === 1, 'the second item at Alice', 15_000);
  const healthy = await h.app.store.feeds.findByUrl(h.feeds.url('/mfa-az.xml'));
  expect(healthy).toMatchObject({ failures: 0, lastError: null, disabled: false });
  expect(Object.keys(Object.prototype)).toEqual([]);
  expect(h.telegram.violations).toEqual([]);
}, 120_000);
