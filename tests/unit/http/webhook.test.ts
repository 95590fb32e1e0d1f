import { request } from 'node:http';
import { Writable } from 'node:stream';
import { pino } from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { startHttpServer, type HttpServer } from '../../../src/http/server.js';
import { createWebhookRoute, type WebhookRoute } from '../../../src/http/webhook.js';

const SECRET = 'wh_secret-0123456789';
const PATH = '/telegram/hook';

let server: HttpServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function start(options: { limit?: number; handle?: (update: { update_id: number }) => Promise<void> } = {}) {
  const received: { update_id: number }[] = [];
  const lines: string[] = [];
  const logger = pino({ level: 'trace' }, new Writable({ write: (chunk, _e, done) => done(void lines.push(String(chunk))) }));
  const webhook: WebhookRoute = createWebhookRoute({
    path: PATH,
    secret: SECRET,
    logger,
    ...(options.limit ? { bodyLimitBytes: options.limit } : {}),
    handleUpdate: options.handle ?? (async (update) => void received.push(update)),
  });
  server = await startHttpServer(0, [webhook.route], logger);
  return { received, lines, webhook, port: server.port };
}

/** A raw request, so that headers and bodies can be anything a hostile caller sends. */
function call(port: number, options: { method?: string; path?: string; headers?: Record<string, string>; body?: string | Buffer; chunked?: boolean }) {
  return new Promise<{ status: number; body: string }>((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, method: options.method ?? 'POST', path: options.path ?? PATH, headers: options.headers }, (res) => {
      let body = '';
      res.on('data', (chunk: Buffer) => (body += chunk.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', (error: NodeJS.ErrnoException) => {
      // The server may close the socket while a refused body is still being written.
      if (error.code === 'EPIPE' || error.code === 'ECONNRESET') resolve({ status: -1, body: '' });
      else reject(error);
    });
    if (options.body !== undefined) req.end(options.body);
    else req.end();
  });
}

const update = (id: number) => JSON.stringify({ update_id: id, message: { message_id: 1, date: 0, chat: { id: 5, type: 'private' }, text: 'hi' } });
const withSecret = (secret = SECRET) => ({ 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': secret });

describe('webhook route', () => {
  it('hands an update with the right secret to the bot and answers 200 once handled', async () => {
    const { received, port } = await start();
    expect(await call(port, { headers: withSecret(), body: update(7) })).toMatchObject({ status: 200 });
    expect(received.map((u) => u.update_id)).toEqual([7]);
  });

  it('refuses a missing secret with 401 and a wrong one with 403, whatever its length', async () => {
    const { received, lines, port } = await start();
    const wrong = ['x', `${SECRET.slice(0, -1)}X`, `${SECRET}extra`];
    expect((await call(port, { headers: { 'content-type': 'application/json' }, body: update(1) })).status).toBe(401);
    for (const secret of wrong) expect((await call(port, { headers: withSecret(secret), body: update(2) })).status).toBe(403);
    expect(received).toEqual([]);
    const log = lines.join('');
    expect(log).toMatch(/wrong secret token refused/);
    for (const secret of [SECRET, ...wrong]) expect(log).not.toContain(secret);
  });

  it('limits the body: 413 by Content-Length before reading, and when a chunked body grows past it', async () => {
    const { received, port } = await start({ limit: 1024 });
    const big = JSON.stringify({ update_id: 3, pad: 'x'.repeat(4000) });
    expect((await call(port, { headers: withSecret(), body: big })).status).toBe(413);
    const chunked = await call(port, { headers: { ...withSecret(), 'transfer-encoding': 'chunked' }, body: big });
    expect([413, -1]).toContain(chunked.status);
    expect(received).toEqual([]);
    expect((await call(port, { headers: withSecret(), body: update(4) })).status).toBe(200);
  });

  it('answers 400 to what is not an update and 405 to other methods', async () => {
    const { received, port } = await start();
    expect((await call(port, { headers: withSecret(), body: '{not json' })).status).toBe(400);
    expect((await call(port, { headers: withSecret(), body: '{"message":{}}' })).status).toBe(400);
    expect((await call(port, { headers: withSecret(), body: '[1]' })).status).toBe(400);
    expect((await call(port, { method: 'GET', headers: withSecret() })).status).toBe(405);
    expect((await call(port, { path: '/elsewhere', headers: withSecret(), body: update(5) })).status).toBe(404);
    expect(received).toEqual([]);
  });

  it('answers 500 when the bot could not handle the update, so that Telegram sends it again', async () => {
    const { port } = await start({ handle: async () => Promise.reject(new Error('redis down')) });
    expect((await call(port, { headers: withSecret(), body: update(6) })).status).toBe(500);
  });

  it('on drain, finishes the update in hand and refuses new ones with 503', async () => {
    let release!: () => void;
    const handled: number[] = [];
    const { webhook, port } = await start({
      handle: async (u) => {
        await new Promise<void>((resolve) => (release = resolve));
        handled.push(u.update_id);
      },
    });
    const inHand = call(port, { headers: withSecret(), body: update(8) });
    await new Promise((resolve) => setTimeout(resolve, 100));
    const drained = webhook.drain();
    expect((await call(port, { headers: withSecret(), body: update(9) })).status).toBe(503);
    release();
    await drained;
    expect((await inHand).status).toBe(200);
    expect(handled).toEqual([8]);
  });
});
