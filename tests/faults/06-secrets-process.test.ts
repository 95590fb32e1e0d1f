import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually } from '../integration/harness.js';
import { startFakeBotApi, type FakeBotApi } from '../support/fake-bot-api.js';
import { figure } from '../support/fault-figures.js';
import { killAllRoles, spawnRole, type RoleProcess } from '../support/fault-process.js';
import { startFaultProxy, type FaultProxy } from '../support/fault-proxy.js';
import { freePort, startKillableRedis, type KillableRedis } from '../support/fault-redis.js';
import { startFeedServer, type FeedServer } from '../support/feed-server.js';

// Case 6, the production path: `attache run` as a process, LOG_LEVEL=trace, its stdout read line
// by line while it handles commands, refuses forged webhook calls and meets Telegram failures.
const TOKEN = '6000000077:AAProcessToken_a1b2c3d4e5f6a7b8c9d0';
const SECRET = 'Process_Webhook_Secret_7e6d5c4b3a29';
const WRONG = 'Offered_Wrong_Secret_55554444333';
const REDIS_PASSWORD = 'redis-pass-0f1e2d3c4b5a';
const DASHBOARD_PASSWORD = 'Dashboard-Proc-9a8b7c6d';
const ADMIN = 1001;
const READER = 640_001;

let redis: KillableRedis;
let telegram: FakeBotApi;
let proxy: FaultProxy;
let feeds: FeedServer;
let app: RoleProcess;
let port: number;

beforeAll(async () => {
  redis = await startKillableRedis({ password: REDIS_PASSWORD });
  telegram = await startFakeBotApi({ token: TOKEN });
  proxy = await startFaultProxy(telegram.apiRoot);
  feeds = await startFeedServer();
  port = await freePort();
  app = spawnRole('run', {
    BOT_TOKEN: TOKEN,
    TELEGRAM_API_ROOT: proxy.url,
    REDIS_URL: redis.url,
    ADMIN_IDS: String(ADMIN),
    POLL_INTERVAL_SECONDS: '1',
    FEED_ALLOW_PRIVATE_HOSTS: '1',
    FEEDS_FILE: 'none',
    HTTP_PORT: String(port),
    WEBHOOK_URL: `http://127.0.0.1:${port}/telegram/updates`,
    WEBHOOK_SECRET: SECRET,
    DASHBOARD_PASSWORD,
    LOG_LEVEL: 'trace',
  });
  await app.waitForLog(/Attaché started/);
});
afterAll(async () => {
  await killAllRoles();
  await proxy?.close();
  await telegram?.close();
  await feeds?.close();
  await redis?.destroy();
});

async function command(chatId: number, text: string): Promise<string> {
  const before = telegram.messagesTo(chatId).length;
  telegram.sendText({ chatId, text, from: { id: chatId, first_name: 'P', language_code: 'en' } });
  return (await telegram.waitForMessages(chatId, before + 1, 15_000))[before]!.text;
}

describe('secrets in the logs of a running process', () => {
  it('never appear on stdout, whatever happens', async () => {
    feeds.setFeed('/p.xml', { title: 'MFA P', entries: [{ guid: 'p0', title: 'Azerbaijan news', description: 'x' }] });
    expect(await command(ADMIN, `/addfeed ${feeds.url('/p.xml')} country=AZ`)).toMatch(/Added feed/);
    expect(await command(READER, '/subscribe Azerbaijan')).toMatch(/Now following/);
    expect(await command(READER, '/addfeed https://example.org/rss')).toMatch(/Only the bot's administrators/);
    const start = feeds.requests('/p.xml');
    await eventually(() => feeds.requests('/p.xml') >= start + 2, 'first polls');

    const hook = `http://127.0.0.1:${port}/telegram/updates`;
    for (const offered of [undefined, WRONG, SECRET.toUpperCase()]) {
      const response = await fetch(hook, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(offered ? { 'x-telegram-bot-api-secret-token': offered } : {}) },
        body: JSON.stringify({ update_id: 1 }),
      });
      expect(response.status).toBe(offered ? 403 : 401);
    }
    const auth = `Basic ${Buffer.from(`admin:${DASHBOARD_PASSWORD.slice(0, -1)}`).toString('base64')}`;
    expect((await fetch(`http://127.0.0.1:${port}/admin/queues`, { headers: { authorization: auth } })).status).toBe(401);

    // Telegram failures on both paths: a dropped delivery, a 5xx, a 429, a dropped command reply.
    proxy.holdSends();
    feeds.addEntry('/p.xml', { guid: 'p1', title: 'Azerbaijan statement on visas', description: 'Baku.' });
    await proxy.waitForHeld(1, 30_000);
    proxy.release('drop');
    telegram.failNext('sendMessage', { error_code: 502, description: 'Bad Gateway' });
    telegram.rateLimit(1);
    await eventually(() => telegram.messagesTo(READER).some((m) => m.text.includes('statement on visas')), 'the delivery after the failures', 60_000);
    proxy.holdSends();
    telegram.sendText({ chatId: READER, text: '/list', from: { id: READER, language_code: 'en' } });
    await proxy.waitForHeld(1, 15_000);
    proxy.release('drop');
    await redis.kill9();
    await redis.start();
    await eventually(() => app.lines.some((line) => /update failed|could not/.test(line)), 'the failed reply logged', 30_000);
    expect(await command(READER, '/list')).toMatch(/Azerbaijan/);

    const out = app.lines.join('\n');
    if (process.env.SHOW) console.log(out);
    const secrets = { token: TOKEN, tokenSecretPart: TOKEN.split(':')[1]!, webhookSecret: SECRET, offered: WRONG, redisPassword: REDIS_PASSWORD, dashboard: DASHBOARD_PASSWORD };
    const leaks = Object.entries(secrets).filter(([, value]) => out.includes(value)).map(([name]) => name);
    figure('secrets-in-process-log', { lines: app.lines.length, level: 'trace', leaks: leaks.length, leaked: leaks.join(',') || 'none' });
    expect(app.lines.length).toBeGreaterThan(10);
    expect(leaks).toEqual([]);
  });
});
