import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTranslator } from '../../src/i18n.js';
import { ADMIN_ID, eventually, startHarness, type Harness } from '../integration/harness.js';
import { figure, lostAndDuplicated, sleep } from '../support/fault-figures.js';
import { startKillableRedis, type KillableRedis } from '../support/fault-redis.js';

// Case 3: Redis unreachable for 30 seconds (stopped), then frozen for 10 (SIGSTOP: connections
// open, nothing answers). The bot must answer at once; polls and deliveries resume by themselves.
const READERS = [810_001, 810_002, 810_003];
const FEED = '/outage.xml';
const OUTAGE_MS = 30_000;
const t = createTranslator();

let redis: KillableRedis;
let h: Harness;

beforeAll(async () => {
  redis = await startKillableRedis();
  h = await startHarness({ REDIS_URL: redis.url, DIGEST_TICK_SECONDS: '1' });
});
afterAll(async () => {
  redis?.thaw();
  await h?.close();
  await redis?.destroy();
});

async function ask(chatId: number, text: string, languageCode: string, timeoutMs = 10_000): Promise<{ text: string; ms: number }> {
  const before = h.telegram.messagesTo(chatId).length;
  const asked = Date.now();
  h.telegram.sendText({ chatId, text, from: { id: chatId, first_name: 'O', language_code: languageCode } });
  const messages = await h.telegram.waitForMessages(chatId, before + 1, timeoutMs);
  return { text: messages[before]!.text, ms: Date.now() - asked };
}

/** Users keep writing during the outage: every one of them must get an answer within seconds. */
async function askDuringOutage(until: number, replies: number[]): Promise<void> {
  const probes: [number, string, string][] = [
    [820_001, '/list', 'en'],
    [820_002, '/subscribe Italy', 'ru'],
    [820_003, '/help', 'de'],
    [820_004, '/digest daily 08:00', 'ar'],
  ];
  for (let round = 0; Date.now() < until - 6000; round++) {
    const [chatId, text, lang] = probes[round % probes.length]!;
    const answer = await ask(chatId, text, lang, 9000);
    expect(answer.text).toBe(t(lang, 'errors.unavailable'));
    replies.push(answer.ms);
    await sleep(1000);
  }
}

let marker = 0;
function publish(): string {
  const id = `Outagemark${++marker}`;
  h.feeds.addEntry(FEED, { guid: id, title: `${id}: Azerbaijan and Italy sign a memorandum`, description: 'Signed in Rome.' });
  return id;
}

describe('Redis unreachable', () => {
  it('answers "temporarily unavailable" at once and resumes polls and deliveries by itself', async () => {
    h.feeds.setFeed(FEED, { title: 'MFA of Azerbaijan', entries: [{ guid: 'old', title: 'Azerbaijan old news', description: 'Old.' }] });
    expect((await ask(ADMIN_ID, `/addfeed ${h.feeds.url(FEED)} country=AZ`, 'en')).text).toMatch(/Added feed/);
    for (const chatId of READERS) expect((await ask(chatId, '/subscribe AZ-IT', 'en')).text).toMatch(/Now following/);
    const primed = h.feeds.requests(FEED);
    await eventually(() => h.feeds.requests(FEED) >= primed + 2, 'the first polls');
    const expected = new Map(READERS.map((id) => [id, [publish()]]));
    await eventually(() => lostAndDuplicated(h.telegram, expected).lost === 0, 'delivery before the outage', 20_000);

    // Stopped for 30 seconds; an item appears in the feed meanwhile.
    const replies: number[] = [];
    await redis.stop();
    const stoppedAt = Date.now();
    for (const markers of expected.values()) markers.push(publish());
    await askDuringOutage(stoppedAt + OUTAGE_MS, replies);
    await sleep(Math.max(0, stoppedAt + OUTAGE_MS - Date.now()));
    await redis.start();
    const restartedAt = Date.now();
    await eventually(() => lostAndDuplicated(h.telegram, expected).lost === 0, 'delivery after the outage', 90_000);
    const deliveredAfterS = (Date.now() - restartedAt) / 1000;
    const answered = await ask(820_005, '/list', 'en', 30_000);
    expect(answered.text).not.toBe(t('en', 'errors.unavailable'));
    // The /subscribe refused during the outage did not happen behind the user's back.
    expect(await h.app.store.subscriptions.list(820_002)).toEqual([]);

    // Frozen: the connection stays open and nothing answers.
    redis.freeze();
    const frozenAt = Date.now();
    for (const markers of expected.values()) markers.push(publish());
    await askDuringOutage(frozenAt + 14_000, replies);
    redis.thaw();
    const thawedAt = Date.now();
    await eventually(() => lostAndDuplicated(h.telegram, expected).lost === 0, 'delivery after the freeze', 90_000);
    const deliveredAfterFreezeS = (Date.now() - thawedAt) / 1000;

    const polled = h.feeds.requests(FEED);
    await eventually(() => h.feeds.requests(FEED) >= polled + 3, 'polls after the outage', 30_000);
    const result = lostAndDuplicated(h.telegram, expected);
    figure('redis-outage', {
      outage_s: OUTAGE_MS / 1000,
      unavailable_replies: replies.length,
      max_reply_ms: Math.max(...replies),
      delivered_after_restart_s: deliveredAfterS,
      delivered_after_freeze_s: deliveredAfterFreezeS,
      lost: result.lost,
      duplicated: result.duplicated,
    });
    expect(replies.length).toBeGreaterThanOrEqual(6);
    expect(Math.max(...replies)).toBeLessThan(8000);
    expect(result.details).toEqual([]);
  });
});
