import { RateLimitError } from 'bullmq';
import type { Redis } from 'ioredis';
import { pino } from 'pino';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { createSendPolicy } from '../../../jobs/send-policy.js';
import { createStore, type Store } from '../../../src/store/index.js';
import { BotApiError } from '../../../src/telegram/sender.js';
import { connectTestRedis, dropPrefix, uniquePrefix } from '../../support/redis.js';

let redis: Redis;
let prefix: string;
let store: Store;
let calls: { chatId: number; text: string; plain: boolean }[];
let answers: (BotApiError | null)[];
let paused: number[];

function policy() {
  return createSendPolicy({
    chats: store.chats,
    subscriptions: store.subscriptions,
    send: async (chatId, text, options = {}) => {
      calls.push({ chatId, text, plain: options.plain ?? false });
      const answer = answers.shift();
      if (answer) throw answer;
      return { messageId: calls.length };
    },
    pauseQueue: async (ms) => void paused.push(ms),
    floodGate: store.floodGate,
    logger: pino({ level: 'silent' }),
  });
}

beforeEach(async () => {
  redis ??= connectTestRedis();
  prefix = uniquePrefix('policy');
  store = createStore(redis, prefix);
  calls = [];
  answers = [];
  paused = [];
  await store.chats.ensure(1, 'en');
  return () => dropPrefix(redis, prefix);
});
afterAll(async () => {
  await redis?.quit();
});

describe('send policy', () => {
  it('on a 429 pauses the queue and sends nothing more until retry_after has passed, in any worker', async () => {
    answers = [new BotApiError(429, 'Too Many Requests: retry after 30', { retry_after: 30 })];
    const send = policy();
    await expect(send(1, 'a')).rejects.toBeInstanceOf(RateLimitError);
    expect(paused[0]).toBe(30_000);
    await expect(send(1, 'b')).rejects.toBeInstanceOf(RateLimitError);
    // A second process sees the same gate through Redis.
    await expect(policy()(1, 'c')).rejects.toBeInstanceOf(RateLimitError);
    expect(calls).toHaveLength(1);
    expect(await store.floodGate.closedUntil()).toBeGreaterThan(Date.now() + 25_000);
  });

  it('deactivates at once when the bot was blocked', async () => {
    answers = [new BotApiError(403, 'Forbidden: bot was blocked by the user')];
    expect(await policy()(1, 'a')).toEqual({ ok: false, stopped: 'blocked' });
    expect(await store.chats.get(1)).toMatchObject({ active: false });
  });

  it('deactivates an unreachable chat only after several failures spread over time', async () => {
    for (let i = 0; i < 6; i++) answers.push(new BotApiError(400, 'Bad Request: chat not found'));
    for (let i = 0; i < 6; i++) expect(await policy()(1, 'a')).toEqual({ ok: false, stopped: 'retry-later' });
    expect(await store.chats.get(1)).toMatchObject({ active: true });
    expect(await store.chats.recordUnreachable(1, 'chat not found', { now: Date.now() + 25 * 3600_000 })).toBe(true);
    expect(await store.chats.get(1)).toMatchObject({ active: false });
  });

  it('follows a group upgraded to a supergroup, with its settings and subscriptions', async () => {
    await store.chats.update(1, { timezone: 'Asia/Baku' });
    await store.subscriptions.add(1, { target: { kind: 'country', code: 'AZ' }, topics: [] });
    answers = [new BotApiError(400, 'Bad Request: group chat was upgraded to a supergroup chat', { migrate_to_chat_id: -100777 })];
    expect(await policy()(1, 'a')).toEqual({ ok: true, messageId: 2, chatId: -100777 });
    expect(calls.map((c) => c.chatId)).toEqual([1, -100777]);
    expect(await store.chats.get(-100777)).toMatchObject({ active: true, timezone: 'Asia/Baku' });
    expect(await store.chats.get(1)).toMatchObject({ active: false });
    expect(await store.subscriptions.list(-100777)).toHaveLength(1);
    expect(await store.subscriptions.list(1)).toEqual([]);
  });

  it('re-sends once as plain text when Telegram cannot parse the entities', async () => {
    answers = [new BotApiError(400, "Bad Request: can't parse entities: Unsupported start tag \"x\"")];
    expect(await policy()(1, '<b>a &amp; b</b>')).toMatchObject({ ok: true });
    expect(calls[1]).toEqual({ chatId: 1, text: 'a & b', plain: true });
  });

  it('leaves 5xx and network errors to the queue to retry with backoff', async () => {
    answers = [new BotApiError(502, 'Bad Gateway')];
    await expect(policy()(1, 'a')).rejects.toThrow('Bad Gateway');
  });
});
