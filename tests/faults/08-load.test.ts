import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Subscription } from '../../src/domain/subscriptions.js';
import { storedItemId, type StoredItem } from '../../src/store/items.js';
import { eventually } from '../integration/harness.js';
import { startFaultApp, type FaultApp } from '../support/fault-app.js';
import { figure, sleep } from '../support/fault-figures.js';
import { COUNTRIES, nonsense, verdict } from '../support/fault-load.js';
import { connectInspector, type Inspector } from '../support/fault-inspector.js';
import { killAllRoles, rssOf, spawnRole, type RoleProcess } from '../support/fault-process.js';
import { freePort } from '../support/fault-redis.js';
import { startFeedServer, type FeedServer } from '../support/feed-server.js';

// Case 8: 10,000 chats and 1,000 feeds, three waves of items compressed into minutes.
// FAULT_LOAD_SCALE scales both counts down (CI runs 0.2: 2,000 chats, 200 feeds).
const SCALE = Math.min(1, Math.max(0.01, Number(process.env.FAULT_LOAD_SCALE ?? '1')));
const CHATS = Math.round(10_000 * SCALE);
const FEEDS = Math.round(1_000 * SCALE);
const INSTANT_SHARE = 0.05; // most readers of such a bot take a digest; a few read instantly
const WAVES = 3;
const HOSTS = 4;
const POLL_SECONDS = 15;
const MARKER = /Loadmark\d+x\d+/g;

let servers: FeedServer[] = [];
let f: FaultApp;
let worker: RoleProcess;
let workerPort: number;
let inspector: Inspector | undefined;
let dir: string;
const feedPaths: { server: FeedServer; path: string; code: string; name: string; index: number }[] = [];

beforeAll(async () => {
  servers = await Promise.all(Array.from({ length: HOSTS }, () => startFeedServer()));
  for (let i = 0; i < FEEDS; i++) {
    const [code, name] = COUNTRIES[i % COUNTRIES.length]!;
    const server = servers[i % HOSTS]!;
    const feedPath = `/load-${i}.xml`;
    server.setFeed(feedPath, { title: `Agency ${i}`, entries: [{ guid: `old-${i}`, title: `${name} archive`, description: 'Old.' }] });
    feedPaths.push({ server, path: feedPath, code, name, index: i });
  }
  dir = mkdtempSync(path.join(tmpdir(), 'attache-load-'));
  const file = path.join(dir, 'feeds.yaml');
  writeFileSync(file, feedPaths.map((p) => `- url: ${p.server.url(p.path)}\n  country: ${p.code}\n`).join(''));
  const env = { FEEDS_FILE: file, POLL_INTERVAL_SECONDS: String(POLL_SECONDS), DELIVERY_RATE_PER_SECOND: '1000', PAID_BROADCAST: '1', DIGEST_TICK_SECONDS: '1' };
  f = await startFaultApp({ env, worker: false, roles: ['scheduler'] });
  workerPort = await freePort();
  const inspectPort = await freePort();
  worker = spawnRole('worker', {
    ...env,
    BOT_TOKEN: f.telegram.token,
    TELEGRAM_API_ROOT: f.telegram.apiRoot,
    REDIS_URL: f.config.REDIS_URL!,
    REDIS_PREFIX: f.config.REDIS_PREFIX,
    FEED_ALLOW_PRIVATE_HOSTS: '1',
    HTTP_PORT: String(workerPort),
    LOG_LEVEL: 'warn',
  }, [`--inspect=127.0.0.1:${inspectPort}`]);
  // Quiet logs (warn): the worker is up once its /metrics answers.
  await eventually(() => sampleWorker(), 'the worker listening', 60_000);
  inspector = await connectInspector(inspectPort);
}, 180_000);
afterAll(async () => {
  inspector?.close();
  await killAllRoles();
  await f?.close();
  for (const server of servers) await server.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** Heap in use and RSS of the worker process, from its own /metrics and from /proc. */
async function sampleWorker(): Promise<{ heap: number; rss: number } | null> {
  try {
    const text = await (await fetch(`http://127.0.0.1:${workerPort}/metrics`)).text();
    const heap = Number(/^nodejs_heap_size_used_bytes (\S+)$/m.exec(text)?.[1]);
    const rss = (await rssOf(worker.pid)) ?? Number(/^process_resident_memory_bytes (\S+)$/m.exec(text)?.[1]);
    return Number.isFinite(heap) ? { heap, rss } : null;
  } catch {
    return null;
  }
}

const digestChats: number[] = [];

async function chatsFollowing(): Promise<Map<number, Subscription[]>> {
  const chats = new Map<number, Subscription[]>();
  const countries = COUNTRIES.slice(0, Math.min(COUNTRIES.length, FEEDS));
  const ids = Array.from({ length: CHATS }, (_, i) => 2_000_000 + i);
  for (let start = 0; start < ids.length; start += 250) {
    await Promise.all(
      ids.slice(start, start + 250).map(async (chatId, k) => {
        const i = start + k;
        const [code] = countries[i % countries.length]!;
        const [other] = countries[(i * 7 + 3) % countries.length]!;
        const subscriptions: Subscription[] = [{ target: { kind: 'country', code }, topics: [] }];
        // Every tenth also follows a pair, which single-country items never match.
        if (i % 10 === 0 && other !== code) subscriptions.push({ target: { kind: 'pair', codes: [code, other].sort() as [string, string] }, topics: [] });
        await f.app.store.chats.ensure(chatId, 'en');
        const instant = i % Math.round(1 / INSTANT_SHARE) === 0;
        await f.app.store.chats.update(chatId, { type: 'private', digest: instant ? { kind: 'instant' } : { kind: 'daily', at: '08:00' } });
        if (!instant) digestChats.push(chatId);
        for (const s of subscriptions) await f.app.store.subscriptions.add(chatId, s);
        chats.set(chatId, subscriptions);
      }),
    );
  }
  return chats;
}

describe('load', () => {
  it(`${CHATS} chats and ${FEEDS} feeds: queues drain, memory stays flat, every due message once`, async () => {
    const startedAt = Date.now();
    const chats = await chatsFollowing();
    await eventually(async () => (await f.app.store.feeds.list()).filter((feed) => feed.primed).length === FEEDS, 'every feed primed', 120_000);

    // Live heap after a forced full collection: before the traffic, after each wave, after the drain.
    const live: number[] = [await inspector!.heapAfterGc()];
    const samples: { at: number; heap: number; rss: number }[] = [];
    const sampler = setInterval(() => void sampleWorker().then((s) => s && samples.push({ at: Date.now(), ...s })), 2000);
    const trafficAt = Date.now();
    try {
      for (let wave = 0; wave < WAVES; wave++) {
        const polledBefore = feedPaths.map((p) => p.server.requests(p.path));
        for (const p of feedPaths) {
          const marker = `Loadmark${p.index}x${wave}`;
          p.server.addEntry(p.path, { guid: marker, title: `${marker}: ${p.name} ${nonsense(p.index * 10 + wave, 3)}`, description: `${p.name}.` });
        }
        await eventually(() => feedPaths.every((p, i) => p.server.requests(p.path) > polledBefore[i]!), `wave ${wave + 1} polled`, 120_000);
        live.push(await inspector!.heapAfterGc());
      }
      // Every poll of the last wave routed: then the digests fall due, all at once.
      await sleep(POLL_SECONDS * 1000);
      for (let start = 0; start < digestChats.length; start += 500) {
        await Promise.all(digestChats.slice(start, start + 500).map((chatId) => f.app.store.pending.scheduleDigest(chatId, Date.now())));
      }
      await eventually(async () => {
        const due = await f.app.store.pending.dueChats(Date.now(), 1);
        const counts = await f.app.queues.deliver.getJobCounts('waiting', 'active', 'delayed', 'prioritized');
        return due.length === 0 && Object.values(counts).every((n) => n === 0);
      }, 'the delivery queue drained', 300_000);
    } finally {
      clearInterval(sampler);
    }
    const drainedS = (Date.now() - trafficAt) / 1000;
    live.push(await inspector!.heapAfterGc());

    const feeds = await f.app.store.feeds.list();
    const idOf = new Map(feeds.map((feed) => [feed.url, feed.id]));
    const markers = feedPaths.flatMap((p) => Array.from({ length: WAVES }, (_, wave) => ({ marker: `Loadmark${p.index}x${wave}`, feedId: idOf.get(p.server.url(p.path))! })));
    const itemsByMarker = new Map<string, StoredItem>();
    for (let start = 0; start < markers.length; start += 500) {
      const batch = markers.slice(start, start + 500);
      const stored = await f.app.store.items.getMany(batch.map((m) => storedItemId(m.feedId, m.marker)));
      for (const item of stored) itemsByMarker.set(/Loadmark\d+x\d+/.exec(item.title)?.[0] ?? item.id, item);
    }
    const result = verdict(f.telegram, chats, itemsByMarker, MARKER);

    const mb = (n: number) => n / 2 ** 20;
    figure('load', {
      scale: SCALE,
      chats: CHATS,
      feeds: FEEDS,
      items: itemsByMarker.size,
      messages: f.telegram.sent.length,
      expected: result.expected,
      lost: result.lost,
      duplicated: result.duplicated,
      unexpected: result.unexpected,
      drained_s: drainedS,
      total_s: (Date.now() - startedAt) / 1000,
      worker_rss_peak_mb: mb(Math.max(...samples.map((s) => s.rss))),
      worker_heap_peak_mb: mb(Math.max(...samples.map((s) => s.heap))),
      worker_rss_end_mb: mb(samples.at(-1)?.rss ?? 0),
      worker_live_heap_mb: live.map((n) => mb(n).toFixed(1)).join('/'),
      worker_live_growth_mb: mb(live.at(-1)! - live[0]!),
      samples: samples.length,
    });
    expect(itemsByMarker.size).toBe(FEEDS * WAVES);
    expect(result.details).toEqual([]);
    expect(f.telegram.violations).toEqual([]);
    expect(samples.length).toBeGreaterThan(5);
    // Flat: what survives a full collection after the drain is about what did before the traffic.
    expect(live.at(-1)! - live[0]!).toBeLessThan(32 * 2 ** 20);
  });
});
