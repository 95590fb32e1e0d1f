import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Chat } from '../../src/store/chats.js';
import type { Subscription } from '../../src/domain/subscriptions.js';
import { eventually, startHarness, type Harness } from '../integration/harness.js';
import { figure, lostAndDuplicated, sleep } from '../support/fault-figures.js';
import { startKillableRedis, type KillableRedis } from '../support/fault-redis.js';
import { ADMIN_ID } from '../integration/harness.js';

// Case 1: redis-server SIGKILLed in the middle of a fan-out and restarted on its AOF.
const INSTANT = Array.from({ length: 30 }, (_, i) => 710_000 + i);
const DIGEST = Array.from({ length: 10 }, (_, i) => 720_000 + i);
const LATE = Array.from({ length: 20 }, (_, i) => 730_000 + i); // subscribe while Redis dies
const FEED = '/az-kill.xml';

let redis: KillableRedis;
let h: Harness;

beforeAll(async () => {
  redis = await startKillableRedis();
  // A slow fan-out (a few messages a second), so that Redis dies with deliveries in flight.
  h = await startHarness({ REDIS_URL: redis.url, DELIVERY_RATE_PER_SECOND: '4', DIGEST_TICK_SECONDS: '1' });
});
afterAll(async () => {
  await h?.close();
  await redis?.destroy();
});

async function command(chatId: number, text: string, timeoutMs = 10_000): Promise<string> {
  const before = h.telegram.messagesTo(chatId).length;
  h.telegram.sendText({ chatId, text, from: { id: chatId, first_name: 'K', language_code: 'en' } });
  const messages = await h.telegram.waitForMessages(chatId, before + 1, timeoutMs);
  return messages[before]!.text;
}

async function snapshot(chatIds: number[]): Promise<Map<number, { chat: Chat | null; subscriptions: Subscription[] }>> {
  const out = new Map<number, { chat: Chat | null; subscriptions: Subscription[] }>();
  for (const chatId of chatIds) {
    out.set(chatId, { chat: await h.app.store.chats.get(chatId), subscriptions: await h.app.store.subscriptions.list(chatId) });
  }
  return out;
}

const markersOf = (batch: number) => [1, 2, 3].map((n) => `Kilomark${batch}x${n}`);
function addBatch(batch: number) {
  for (const marker of markersOf(batch)) {
    h.feeds.addEntry(FEED, { guid: marker, title: `${marker}: Azerbaijan statement`, description: "Baku issues a statement." });
  }
}

const served = () => INSTANT.filter((id) => h.telegram.messagesTo(id).some((m) => m.text.includes('Kilomark1')));

async function digestsDue(chatIds: number[], markers: number) {
  await eventually(async () => {
    for (const chatId of chatIds) if ((await h.app.store.pending.count(chatId)) < markers) return false;
    return true;
  }, 'digest chats holding their items', 30_000);
  for (const chatId of chatIds) await h.app.store.pending.scheduleDigest(chatId, Date.now());
}

describe('Redis SIGKILLed mid-run and restarted on its AOF', () => {
  it('keeps acknowledged subscriptions and settings, resumes the jobs, and loses or doubles no digest', async () => {
    h.feeds.setFeed(FEED, { title: 'MFA of Azerbaijan', entries: [{ guid: 'old', title: 'Azerbaijan old news', description: 'Old.' }] });
    expect(await command(ADMIN_ID, `/addfeed ${h.feeds.url(FEED)} country=AZ official=yes`)).toMatch(/Added feed/);
    for (const chatId of [...INSTANT, ...DIGEST]) expect(await command(chatId, '/subscribe Azerbaijan')).toMatch(/Now following/);
    for (const chatId of DIGEST) expect(await command(chatId, '/digest daily 09:00')).toMatch(/daily/i);
    for (const chatId of DIGEST.slice(0, 5)) expect(await command(chatId, '/lang ru')).toMatch(/русский/);
    const start = h.feeds.requests(FEED);
    await eventually(() => h.feeds.requests(FEED) >= start + 2, 'the first polls');
    const before = await snapshot([...INSTANT, ...DIGEST]);

    addBatch(1);
    await digestsDue(DIGEST, 3);
    await eventually(() => served().length >= 5, 'the fan-out under way', 30_000);

    // Commands keep arriving while Redis dies: only those the bot acknowledged must survive.
    for (const chatId of LATE) h.telegram.sendText({ chatId, text: '/subscribe Italy', from: { id: chatId, language_code: 'en' } });
    await sleep(150);
    const servedAtKill = served().length;
    await redis.kill9();
    const killedAt = Date.now();
    await sleep(3000);
    await redis.start();

    // Polls and deliveries resume by themselves; the second batch comes after the restart.
    const all = new Map([...INSTANT, ...DIGEST].map((id) => [id, markersOf(1)] as const));
    await eventually(() => lostAndDuplicated(h.telegram, all).lost === 0, 'every chat served batch 1', 90_000);
    const recoveredSeconds = (Date.now() - killedAt) / 1000;
    addBatch(2);
    await digestsDue(DIGEST, 3);
    for (const [id, markers] of all) all.set(id, [...markers, ...markersOf(2)]);
    await eventually(() => lostAndDuplicated(h.telegram, all).lost === 0, 'every chat served batch 2', 90_000);

    // More polls and digest ticks: nothing more may come.
    const polled = h.feeds.requests(FEED);
    await eventually(() => h.feeds.requests(FEED) >= polled + 3, 'more polls', 30_000);
    await sleep(2000);
    const result = lostAndDuplicated(h.telegram, all);

    const after = await snapshot([...INSTANT, ...DIGEST]);
    let settingsChanged = 0;
    for (const [chatId, was] of before) {
      const now = after.get(chatId)!;
      if (JSON.stringify([was.chat?.language, was.chat?.digest, was.chat?.timezone, was.subscriptions]) !==
        JSON.stringify([now.chat?.language, now.chat?.digest, now.chat?.timezone, now.subscriptions])) settingsChanged++;
    }
    // A /subscribe the bot answered "Now following" is in Redis after the crash.
    let acknowledged = 0;
    let acknowledgedLost = 0;
    for (const chatId of LATE) {
      const answered = h.telegram.messagesTo(chatId).some((m) => /Now following/.test(m.text));
      if (!answered) continue;
      acknowledged++;
      const subscriptions = await h.app.store.subscriptions.list(chatId);
      if (!subscriptions.some((s) => s.target.kind === 'country' && s.target.code === 'IT')) acknowledgedLost++;
    }
    figure('redis-kill', {
      chats: all.size,
      served_before_kill: servedAtKill,
      lost: result.lost,
      duplicated: result.duplicated,
      recover_s: recoveredSeconds,
      settings_changed: settingsChanged,
      late_acknowledged: acknowledged,
      acknowledged_lost: acknowledgedLost,
    });
    expect(result.details).toEqual([]);
    expect(settingsChanged).toBe(0);
    expect(acknowledgedLost).toBe(0);
    expect(h.telegram.violations).toEqual([]);
  });
});
