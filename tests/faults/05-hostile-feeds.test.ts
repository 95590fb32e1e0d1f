import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually } from '../integration/harness.js';
import { FAULT_ADMIN_ID, startFaultApp, type FaultApp } from '../support/fault-app.js';
import { figure, sleep } from '../support/fault-figures.js';
import { startFeedServer, type FeedServer } from '../support/feed-server.js';

// Case 5: hostile feeds polled beside healthy ones. The hostile ones live on a host of their own
// (another port), as they would on the internet; the per-host limit is not what is tested here.
const HEALTHY = [
  { code: 'AZ', name: 'Azerbaijan', chat: 510_001 },
  { code: 'GE', name: 'Georgia', chat: 510_002 },
  { code: 'AM', name: 'Armenia', chat: 510_003 },
  { code: 'KZ', name: 'Kazakhstan', chat: 510_004 },
];
const HOSTILE = ['/500', '/html', '/random', '/loop', '/trickle', '/endless', '/silent', '/bomb'];

let hostile: FeedServer;
let f: FaultApp;
let dir: string;
const open = new Set<ServerResponse>();
const timers = new Set<NodeJS.Timeout>();

beforeAll(async () => {
  hostile = await startFeedServer();
  for (const p of HOSTILE) hostile.setFeed(p, { title: `Agency ${p}`, entries: [{ guid: 'x', title: 'Nothing', description: 'Nothing.' }] });
  dir = mkdtempSync(path.join(tmpdir(), 'attache-hostile-'));
  const file = path.join(dir, 'feeds.yaml');
  writeFileSync(file, HOSTILE.map((p) => `- url: ${hostile.url(p)}\n  title: Agency ${p}\n`).join(''));
  f = await startFaultApp({ env: { FEEDS_FILE: file } });
});
afterAll(async () => {
  for (const timer of timers) clearInterval(timer);
  for (const res of open) res.destroy();
  await f?.close();
  await hostile?.close();
  rmSync(dir, { recursive: true, force: true });
});

function turnHostile(): void {
  const track = (res: ServerResponse) => {
    open.add(res);
    res.on('close', () => open.delete(res));
  };
  hostile.setRaw('/500', (_req, res) => void res.writeHead(500).end('Internal Server Error'));
  hostile.setRaw('/html', (_req, res) =>
    void res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><html><body><h1>Welcome</h1><script>alert(1)</script></body></html>'),
  );
  hostile.setRaw('/random', (_req, res) => void res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(randomBytes(256 * 1024)));
  hostile.setRaw('/loop', (_req, res) => void res.writeHead(302, { location: '/loop2' }).end());
  hostile.setRaw('/loop2', (_req, res) => void res.writeHead(302, { location: '/loop' }).end());
  hostile.setRaw('/trickle', (_req, res) => {
    track(res);
    res.writeHead(200, { 'content-type': 'application/rss+xml' });
    res.write('<?xml version="1.0"?><rss><channel><title>slow');
    const timer = setInterval(() => res.write('.'), 500);
    timers.add(timer);
    res.on('close', () => clearInterval(timer));
  });
  const chunk = Buffer.from(`<item><title>${'x'.repeat(4000)}</title></item>`.repeat(16));
  hostile.setRaw('/endless', (_req, res) => {
    track(res);
    res.writeHead(200, { 'content-type': 'application/rss+xml' });
    res.write('<?xml version="1.0"?><rss><channel><title>endless</title>');
    const pump = () => {
      while (!res.destroyed && res.write(chunk));
    };
    res.on('drain', pump);
    pump();
  });
  hostile.setRaw('/silent', (_req, res) => track(res));
  const bomb = gzipSync(Buffer.alloc(200 * 1024 * 1024, 0x20));
  hostile.setRaw('/bomb', (_req, res) =>
    void res.writeHead(200, { 'content-type': 'application/rss+xml', 'content-encoding': 'gzip' }).end(bomb),
  );
}

let round = 0;
/** Adds one item to every healthy feed and returns each chat's seconds from the item to its message. */
async function latencyRound(): Promise<number[]> {
  const marker = `Healthmark${++round}`;
  const added = Date.now();
  for (const { code, name } of HEALTHY) {
    f.feeds.addEntry(`/${code}.xml`, { guid: marker, title: `${marker}: ${name} statement on cooperation`, description: `${name}.` });
  }
  const latencies: number[] = [];
  for (const { chat } of HEALTHY) {
    const [message] = await f.telegram.waitForMessages(chat, round, 60_000);
    const got = f.telegram.messagesTo(chat).find((m) => m.text.includes(marker));
    expect(got, `chat ${chat} got ${marker}`).toBeDefined();
    latencies.push(((got ?? message)!.at - added) / 1000);
  }
  await sleep(1500);
  return latencies;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

describe('hostile feeds beside healthy ones', () => {
  it('keep the healthy feeds delivering on time, and are recorded as broken', async () => {
    for (const { code, name, chat } of HEALTHY) {
      f.feeds.setFeed(`/${code}.xml`, { title: `MFA ${name}`, entries: [{ guid: 'old', title: `${name} old news`, description: 'Old.' }] });
      expect(await f.command(FAULT_ADMIN_ID, `/addfeed ${f.feeds.url(`/${code}.xml`)} country=${code}`)).toMatch(/Added feed/);
      await f.app.store.chats.ensure(chat, 'en');
      await f.app.store.subscriptions.add(chat, { target: { kind: 'country', code }, topics: [] });
    }
    await eventually(async () => (await f.app.store.feeds.list()).every((feed) => feed.primed), 'every feed primed', 30_000);

    const baseline: number[] = [];
    for (let i = 0; i < 4; i++) baseline.push(...(await latencyRound()));

    turnHostile();
    const heapBefore = process.memoryUsage().heapUsed;
    let heapPeak = heapBefore;
    const sampler = setInterval(() => (heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed)), 200);
    const underAttack: number[] = [];
    try {
      for (let i = 0; i < 6; i++) underAttack.push(...(await latencyRound()));
    } finally {
      clearInterval(sampler);
    }

    // The slowest (a trickle, a silent server) take the whole 20-second fetch deadline.
    await eventually(async () => {
      const list = await f.app.store.feeds.list();
      return HOSTILE.every((p) => list.find((feed) => feed.url === hostile.url(p))?.lastError);
    }, 'every hostile feed recorded as broken', 60_000);
    const feeds = await f.app.store.feeds.list();
    const broken = feeds.filter((feed) => HOSTILE.some((p) => feed.url === hostile.url(p)) && feed.lastError);
    figure('hostile-feeds', {
      hostile_feeds: HOSTILE.length,
      healthy_feeds: HEALTHY.length,
      latency_p50_s_without: median(baseline),
      latency_max_s_without: Math.max(...baseline),
      latency_p50_s_with: median(underAttack),
      latency_max_s_with: Math.max(...underAttack),
      hostile_recorded_broken: broken.length,
      heap_peak_mb: heapPeak / 2 ** 20,
      heap_growth_mb: (heapPeak - heapBefore) / 2 ** 20,
    });
    // "On time": within a few poll intervals (1 s here) of the baseline, whatever the hostile feeds do.
    expect(median(underAttack)).toBeLessThan(median(baseline) + 5);
    expect(Math.max(...underAttack)).toBeLessThan(20);
    expect(heapPeak - heapBefore).toBeLessThan(200 * 2 ** 20);
    expect(broken).toHaveLength(HOSTILE.length);
    expect(feeds.filter((feed) => HEALTHY.some(({ code }) => feed.url === f.feeds.url(`/${code}.xml`))).every((feed) => !feed.lastError)).toBe(true);
  });
});
