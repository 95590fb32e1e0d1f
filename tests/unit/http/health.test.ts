import { pino } from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { createHealthRoute, type HealthDeps } from '../../../src/http/health.js';
import { startHttpServer, type HttpServer } from '../../../src/http/server.js';

let server: HttpServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function healthz(deps: Partial<HealthDeps>) {
  server = await startHttpServer(
    0,
    [
      createHealthRoute({
        checks: [],
        lastSuccessfulPoll: async () => null,
        stopping: () => false,
        timeoutMs: 200,
        ...deps,
      }),
    ],
    pino({ level: 'silent' }),
  );
  const response = await fetch(`http://127.0.0.1:${server.port}/healthz`);
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

describe('/healthz', () => {
  it('is 200 when every check passes, and tells when the last poll succeeded', async () => {
    const at = Date.UTC(2026, 10, 20, 10, 0, 0);
    const { status, body } = await healthz({
      checks: [
        { name: 'redis', check: async () => true },
        { name: 'queues', check: async () => true },
      ],
      lastSuccessfulPoll: async () => at,
      now: () => at + 42_000,
    });
    expect(status).toBe(200);
    expect(body).toEqual({
      ok: true,
      checks: { redis: true, queues: true },
      lastSuccessfulPoll: '2026-11-20T10:00:00.000Z',
      lastSuccessfulPollAgeSeconds: 42,
    });
  });

  it('is 503 when a check fails, throws or hangs', async () => {
    const { status, body } = await healthz({
      checks: [
        { name: 'redis', check: async () => false },
        { name: 'queues', check: () => Promise.reject(new Error('down')) },
        { name: 'slow', check: () => new Promise<boolean>(() => {}) },
      ],
    });
    expect(status).toBe(503);
    expect(body.checks).toEqual({ redis: false, queues: false, slow: false });
    expect(body.lastSuccessfulPoll).toBeNull();
  });

  it('is 503 while the process shuts down, so that a balancer sends it nothing new', async () => {
    const { status, body } = await healthz({ checks: [{ name: 'redis', check: async () => true }], stopping: () => true });
    expect(status).toBe(503);
    expect(body).toMatchObject({ ok: false, stopping: true });
  });
});
