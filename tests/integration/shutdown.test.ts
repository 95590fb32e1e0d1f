import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeBotApi, type FakeBotApi } from '../support/fake-bot-api.js';
import { startFeedServer, type FeedServer } from '../support/feed-server.js';
import { testRedisUrl, uniquePrefix } from '../support/redis.js';
import { ADMIN_ID, eventually } from './harness.js';

const ALICE = 8008;
const MARKER = 'Senate of Italy';
const HOLD_MS = 3000;

/**
 * Stands between the service and the fake Bot API and holds the delivery of the marked item for
 * a few seconds: SIGTERM arrives while that send is in flight.
 */
interface HoldingProxy {
  url: string;
  heldAt: number | undefined;
  releasedAt: number | undefined;
  close(): Promise<void>;
}

async function startHoldingProxy(target: string): Promise<HoldingProxy> {
  const proxy: HoldingProxy = { url: '', heldAt: undefined, releasedAt: undefined, close: async () => {} };
  const server: Server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks);
    const hold = req.url?.endsWith('/sendMessage') && body.toString().includes(MARKER);
    if (hold) {
      proxy.heldAt = Date.now();
      await new Promise((resolve) => setTimeout(resolve, HOLD_MS));
    }
    try {
      const answer = await fetch(`${target}${req.url}`, {
        method: req.method ?? 'GET',
        headers: { 'content-type': req.headers['content-type'] ?? 'application/json' },
        ...(req.method === 'POST' ? { body } : {}),
      });
      const text = await answer.text();
      if (hold) proxy.releasedAt = Date.now();
      res.writeHead(answer.status, { 'content-type': answer.headers.get('content-type') ?? 'application/json' }).end(text);
    } catch {
      res.destroy();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  proxy.url = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  proxy.close = () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return proxy;
}

interface Service {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

let telegram: FakeBotApi;
let feeds: FeedServer;
let proxy: HoldingProxy;
const prefix = uniquePrefix('sigterm');
const running: Service[] = [];

/** `attache run` as a deployment runs it: its own process, configured by the environment. */
async function startService(): Promise<Service> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli.ts', 'run'], {
    cwd: path.resolve(import.meta.dirname, '../..'),
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      BOT_TOKEN: telegram.token,
      TELEGRAM_API_ROOT: proxy.url,
      REDIS_URL: testRedisUrl(),
      REDIS_PREFIX: prefix,
      ADMIN_IDS: String(ADMIN_ID),
      POLL_INTERVAL_SECONDS: '1',
      FEED_ALLOW_PRIVATE_HOSTS: '1',
      FEEDS_FILE: 'none',
      HTTP_PORT: '0',
      LOG_LEVEL: 'info',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const service: Service = { child, output: () => output, exited: new Promise((resolve) => child.once('exit', resolve)) };
  running.push(service);
  await eventually(() => output.includes('Attaché started'), 'the service started', 30_000);
  return service;
}

beforeAll(async () => {
  telegram = await startFakeBotApi();
  feeds = await startFeedServer();
  proxy = await startHoldingProxy(telegram.apiRoot);
});
afterAll(async () => {
  for (const service of running) if (service.child.exitCode === null) service.child.kill('SIGKILL');
  await proxy?.close();
  await telegram?.close();
  await feeds?.close();
});

async function command(chatId: number, text: string): Promise<string> {
  const before = telegram.messagesTo(chatId).length;
  telegram.sendText({ chatId, text, from: { id: chatId, first_name: 'S', language_code: 'en' } });
  return (await telegram.waitForMessages(chatId, before + 1, 15_000))[before]!.text;
}

const marked = () => telegram.messagesTo(ALICE).filter((m) => m.text.includes(MARKER));

describe('SIGTERM to a running attache', () => {
  it('finishes the delivery in flight, exits 0, and a restart sends nothing twice', async () => {
    const first = await startService();
    feeds.setFeed('/mfa.xml', { title: 'MFA of Azerbaijan', entries: [{ guid: 'a', title: 'Azerbaijan and Italy: earlier talks', description: 'Baku.' }] });
    expect(await command(ALICE, '/subscribe AZ-IT')).toMatch(/Now following/);
    expect(await command(ADMIN_ID, `/addfeed ${feeds.url('/mfa.xml')} country=AZ`)).toMatch(/Added feed/);
    await eventually(() => feeds.requests('/mfa.xml') >= 3, 'the first polls');
    feeds.addEntry('/mfa.xml', { guid: 'b', title: `Foreign Minister of Azerbaijan met the President of the ${MARKER}`, description: 'Azerbaijan and Italy in Rome.' });

    await eventually(() => proxy.heldAt !== undefined, 'the delivery in flight', 20_000);
    first.child.kill('SIGTERM');
    const code = await first.exited;

    expect(code).toBe(0);
    expect(proxy.releasedAt).toBeDefined(); // the process waited for Telegram's answer before exiting
    expect(marked()).toHaveLength(1);
    expect(first.output()).toMatch(/stopping: no new work/);
    expect(first.output()).toMatch(/"msg":"stopped"/);
    expect(first.output()).not.toContain(telegram.token);

    const second = await startService();
    const polls = feeds.requests('/mfa.xml');
    await eventually(() => feeds.requests('/mfa.xml') >= polls + 3, 'polls after the restart');
    expect(marked()).toHaveLength(1);
    second.child.kill('SIGTERM');
    expect(await second.exited).toBe(0);
  }, 90_000);
});
