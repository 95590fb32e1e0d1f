import type { lookup as dnsLookup } from 'node:dns';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { request } from 'undici';
import { createFeedFetcher } from '../../../src/feeds/fetch.js';
import { createGuardedAgent } from '../../../src/feeds/guarded-agent.js';
import { FeedFetchError } from '../../../src/feeds/types.js';
import { RSS, startFeedServer, type FeedServer } from './feed-server.js';

let server: FeedServer;
beforeAll(async () => {
  server = await startFeedServer();
  server.route('/feed', (_req, res) => res.writeHead(200).end(RSS('x')));
});
afterAll(() => server.close());

/** A DNS that answers every name with one address, as a rebinding attacker's DNS would. */
function fakeDns(address: string, family: 4 | 6 = 4): typeof dnsLookup {
  return ((_host: string, options: { all?: boolean }, callback: (...args: unknown[]) => void) => {
    if (options.all) callback(null, [{ address, family }]);
    else callback(null, address, family);
  }) as unknown as typeof dnsLookup;
}

async function codeOf(promise: Promise<unknown>): Promise<string | undefined> {
  const err = await promise.then(() => undefined, (e: unknown) => e);
  return err instanceof FeedFetchError ? err.code : `not a FeedFetchError: ${String(err)}`;
}

describe('SSRF guard at connection time', () => {
  it('refuses a public-looking name that resolves to loopback, before connecting', async () => {
    const fetchFeed = createFeedFetcher({ allowPrivateHosts: false, userAgent: 't', lookup: fakeDns('127.0.0.1') });
    const before = server.requests.length;
    try {
      const err = await fetchFeed({ url: `http://news.example:${server.port}/feed` }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(FeedFetchError);
      expect((err as FeedFetchError).code).toBe('blocked-address');
      expect((err as FeedFetchError).message).toMatch(/127\.0\.0\.1/);
      expect(server.requests.length).toBe(before);
    } finally {
      await fetchFeed.close();
    }
  });

  it('refuses a name resolving to an IPv4-mapped loopback address', async () => {
    const fetchFeed = createFeedFetcher({ allowPrivateHosts: false, userAgent: 't', lookup: fakeDns('::ffff:127.0.0.1', 6) });
    try {
      expect(await codeOf(fetchFeed({ url: `http://news.example:${server.port}/feed` }))).toBe('blocked-address');
    } finally {
      await fetchFeed.close();
    }
  });

  it('lets the same name through when private hosts are allowed (local testing)', async () => {
    const fetchFeed = createFeedFetcher({ allowPrivateHosts: true, userAgent: 't', lookup: fakeDns('127.0.0.1') });
    try {
      expect((await fetchFeed({ url: `http://news.example:${server.port}/feed` })).status).toBe('ok');
    } finally {
      await fetchFeed.close();
    }
  });

  it('keeps metadata addresses blocked by name even when private hosts are allowed', async () => {
    const fetchFeed = createFeedFetcher({ allowPrivateHosts: true, userAgent: 't', lookup: fakeDns('169.254.169.254'), timeoutMs: 2_000 });
    try {
      expect(await codeOf(fetchFeed({ url: 'http://metadata.example/latest/' }))).toBe('blocked-address');
    } finally {
      await fetchFeed.close();
    }
  });
});

describe('guarded agent', () => {
  it('checks the connected socket too, so a literal loopback IP that skips DNS is refused', async () => {
    const agent = createGuardedAgent({ allowPrivateHosts: false, connectTimeoutMs: 2_000 });
    const before = server.requests.length;
    try {
      const err = await request(`${server.url}/feed`, { dispatcher: agent }).catch((e: unknown) => e);
      expect((err as { code?: string }).code).toBe('ERR_ATTACHE_BLOCKED_ADDRESS');
      expect(server.requests.length).toBe(before);
    } finally {
      await agent.close();
    }
  });
});

describe('redirects', () => {
  const fetchFeed = createFeedFetcher({ allowPrivateHosts: true, userAgent: 't', timeoutMs: 5_000 });
  afterAll(() => fetchFeed.close());

  it.each([
    'http://169.254.169.254/latest/meta-data/iam/',
    'http://2852039166/',
    'http://[::ffff:169.254.169.254]/',
    'http://100.100.100.200/',
  ])('refuses a redirect to the metadata address %s', async (target) => {
    server.route('/to-metadata', (_req, res) => res.writeHead(302, { location: target }).end());
    expect(await codeOf(fetchFeed({ url: `${server.url}/to-metadata` }))).toBe('blocked-address');
  });

  it('refuses a redirect to another scheme', async () => {
    server.route('/to-file', (_req, res) => res.writeHead(301, { location: 'file:///etc/passwd' }).end());
    expect(await codeOf(fetchFeed({ url: `${server.url}/to-file` }))).toBe('invalid-url');
  });

  it('stops a redirect loop', async () => {
    server.route('/loop-a', (_req, res) => res.writeHead(302, { location: '/loop-b' }).end());
    server.route('/loop-b', (_req, res) => res.writeHead(302, { location: '/loop-a' }).end());
    expect(await codeOf(fetchFeed({ url: `${server.url}/loop-a` }))).toBe('too-many-redirects');
  });

  it('stops after five redirects', async () => {
    server.route('/hop', (req, res) => {
      const n = Number(new URL(req.url ?? '/', server.url).searchParams.get('n') ?? 0);
      res.writeHead(302, { location: `/hop?n=${n + 1}` }).end();
    });
    const before = server.requests.length;
    expect(await codeOf(fetchFeed({ url: `${server.url}/hop` }))).toBe('too-many-redirects');
    expect(server.requests.length - before).toBe(6);
  });
});

describe('per-host concurrency', () => {
  it('has at most perHostConcurrency requests in flight to one host', async () => {
    let active = 0;
    let peak = 0;
    server.route('/slow', (_req, res) => {
      active += 1;
      peak = Math.max(peak, active);
      setTimeout(() => {
        active -= 1;
        res.writeHead(200).end(RSS('slow'));
      }, 50);
    });
    const fetchFeed = createFeedFetcher({ allowPrivateHosts: true, userAgent: 't', perHostConcurrency: 2 });
    try {
      const results = await Promise.all(Array.from({ length: 6 }, () => fetchFeed({ url: `${server.url}/slow` })));
      expect(results.every((r) => r.status === 'ok')).toBe(true);
      expect(peak).toBe(2);
    } finally {
      await fetchFeed.close();
    }
  });
});
