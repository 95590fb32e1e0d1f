import { Queue } from 'bullmq';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasBasicAuth } from '../../../src/http/basic-auth.js';
import { createDashboardRoute } from '../../../src/http/dashboard.js';
import { safeEqual } from '../../../src/http/safe-equal.js';
import { startHttpServer, type HttpServer } from '../../../src/http/server.js';
import { connectTestRedis, dropPrefix, uniquePrefix } from '../../support/redis.js';

const PASSWORD = 'correct horse battery';
const redis = connectTestRedis();
const prefix = uniquePrefix('board');
let queue: Queue;
let server: HttpServer;
let base: string;

beforeAll(async () => {
  queue = new Queue('{deliver}', { connection: redis, prefix });
  await queue.add('deliver', { chatId: 1, reason: 'instant' });
  server = await startHttpServer(0, [createDashboardRoute({ queues: [queue], password: PASSWORD })], pino({ level: 'silent' }));
  base = `http://127.0.0.1:${server.port}`;
});
afterAll(async () => {
  await server.close();
  await queue.close();
  await dropPrefix(redis, prefix);
  await redis.quit();
});

const basic = (user: string, password: string) => ({ authorization: `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}` });

describe('queue dashboard', () => {
  it('asks for credentials and refuses wrong ones', async () => {
    const anonymous = await fetch(`${base}/admin/queues`);
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers.get('www-authenticate')).toMatch(/^Basic realm=/);
    expect((await fetch(`${base}/admin/queues`, { headers: basic('admin', 'wrong') })).status).toBe(401);
    expect((await fetch(`${base}/admin/queues`, { headers: basic('root', PASSWORD) })).status).toBe(401);
    expect((await fetch(`${base}/admin/queues/api/queues`, { headers: { authorization: 'Bearer x' } })).status).toBe(401);
  });

  it('shows Bull Board and the queues to the admin', async () => {
    const page = await fetch(`${base}/admin/queues`, { headers: basic('admin', PASSWORD) });
    expect(page.status).toBe(200);
    expect(await page.text()).toMatch(/<html/i);
    const api = await fetch(`${base}/admin/queues/api/queues`, { headers: basic('admin', PASSWORD) });
    expect(api.status).toBe(200);
    const body = (await api.json()) as { queues: { name: string; counts: Record<string, number> }[] };
    expect(body.queues.map((q) => q.name)).toEqual(['{deliver}']);
    expect(body.queues[0]!.counts.waiting).toBe(1);
  });

  it('leaves other paths to other routes', async () => {
    expect((await fetch(`${base}/admin/queuesX`)).status).toBe(404);
  });
});

describe('constant-time comparisons', () => {
  it('compare secrets of any length', () => {
    expect(safeEqual('secret', 'secret')).toBe(true);
    expect(safeEqual('secret', 'secreT')).toBe(false);
    expect(safeEqual('secret', 'secret-and-more')).toBe(false);
    expect(safeEqual('secret', '')).toBe(false);
  });

  it('read basic credentials, with colons allowed in the password', () => {
    const req = (authorization?: string) => ({ headers: authorization ? { authorization } : {} }) as Parameters<typeof hasBasicAuth>[0];
    const header = (s: string) => `Basic ${Buffer.from(s).toString('base64')}`;
    expect(hasBasicAuth(req(header('admin:a:b')), 'admin', 'a:b')).toBe(true);
    expect(hasBasicAuth(req(header('admin')), 'admin', '')).toBe(false);
    expect(hasBasicAuth(req(), 'admin', 'x')).toBe(false);
    expect(hasBasicAuth(req('Basic !!!'), 'admin', 'x')).toBe(false);
  });
});
