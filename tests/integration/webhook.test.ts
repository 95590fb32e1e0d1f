import { createServer } from 'node:net';
import { Writable } from 'node:stream';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig, type Config } from '../../src/config.js';
import { startApp, type App } from '../../src/main.js';
import { startFakeBotApi, type FakeBotApi } from '../support/fake-bot-api.js';
import { testRedisUrl, uniquePrefix } from '../support/redis.js';
import { eventually } from './harness.js';

const SECRET = 'Webhook_Secret-7f3a9c2e41d8';
const CHAT = 5150;

let telegram: FakeBotApi;
let config: Config;
let app: App | undefined;
const logLines: string[] = [];
// A plain pino at the most verbose level, without the CLI's scrubber: the secret must never be
// written in the first place.
const logger = pino({ level: 'trace' }, new Writable({ write: (chunk, _e, done) => done(void logLines.push(String(chunk))) }));

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

beforeAll(async () => {
  telegram = await startFakeBotApi();
  const port = await freePort();
  config = loadConfig({
    BOT_TOKEN: telegram.token,
    TELEGRAM_API_ROOT: telegram.apiRoot,
    REDIS_URL: testRedisUrl(),
    REDIS_PREFIX: uniquePrefix('webhook'),
    FEEDS_FILE: 'none',
    HTTP_PORT: String(port),
    // The fake Bot API, like a local Bot API server, calls http:// webhooks.
    WEBHOOK_URL: `http://127.0.0.1:${port}/telegram/updates`,
    WEBHOOK_SECRET: SECRET,
  });
  app = await startApp(config, ['bot'], logger);
});
afterAll(async () => {
  await app?.stop();
  await telegram?.close();
});

const hook = () => `http://127.0.0.1:${app!.httpPort}/telegram/updates`;
const say = (text: string) => telegram.sendText({ chatId: CHAT, text, from: { id: CHAT, first_name: 'W', language_code: 'en' } });
const anUpdate = JSON.stringify({ update_id: 1, message: { message_id: 1, date: 0, chat: { id: 1, type: 'private' }, text: '/start' } });

describe('webhook mode', () => {
  it('registers the webhook with its secret and the update types, and never long-polls', () => {
    const set = telegram.calls.find((call) => call.method === 'setWebhook');
    expect(set?.params).toMatchObject({ url: hook(), secret_token: SECRET });
    expect(set?.params.allowed_updates).toEqual(expect.arrayContaining(['message', 'callback_query', 'my_chat_member']));
    expect(telegram.calls.some((call) => call.method === 'getUpdates')).toBe(false);
  });

  it('gets a user message through the webhook and answers it', async () => {
    say('/subscribe AZ-IT');
    const [reply] = await telegram.waitForMessages(CHAT, 1, 10_000);
    expect(reply!.text).toMatch(/Now following: .*Azerbaijan – .*Italy/);
    // Confirmed once the webhook answered 200, after the bot handled it.
    await eventually(() => telegram.pendingUpdates().length === 0, 'the update confirmed');
  });

  it('refuses calls without the secret or with a wrong one, and oversized bodies', async () => {
    const post = (headers: Record<string, string>, body = anUpdate) => fetch(hook(), { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
    expect((await post({})).status).toBe(401);
    expect((await post({ 'x-telegram-bot-api-secret-token': 'guess' })).status).toBe(403);
    expect((await post({ 'x-telegram-bot-api-secret-token': `${SECRET}0` })).status).toBe(403);
    const huge = JSON.stringify({ update_id: 2, pad: 'x'.repeat(1_100_000) });
    expect((await post({ 'x-telegram-bot-api-secret-token': SECRET }, huge)).status).toBe(413);
    const metrics = await (await fetch(`http://127.0.0.1:${app!.httpPort}/metrics`)).text();
    expect(metrics).toMatch(/^attache_webhook_requests_total\{status="401"\} 1$/m);
    expect(metrics).toMatch(/^attache_webhook_requests_total\{status="403"\} 2$/m);
    expect(metrics).toMatch(/^attache_webhook_requests_total\{status="200"\} [1-9]/m);
  });

  it('loses no update across a restart: Telegram keeps it until a process answers', async () => {
    await app!.stop();
    app = undefined;
    expect(telegram.calls.some((call) => call.method === 'deleteWebhook')).toBe(false);
    say('/list');
    // Nobody listens: the fake retries, as Telegram does.
    await eventually(() => telegram.pendingUpdates().length === 1, 'the update waiting at Telegram');
    app = await startApp(config, ['bot'], logger);
    const messages = await telegram.waitForMessages(CHAT, 2, 10_000);
    expect(messages[1]!.text).toMatch(/Azerbaijan – .*Italy/); // the /list answer
  });

  it('never writes the secret to the logs', () => {
    const log = logLines.join('');
    expect(log).toMatch(/bot is listening \(webhook\)/);
    expect(log).toMatch(/wrong secret token refused/);
    expect(log).not.toContain(SECRET);
  });
});
