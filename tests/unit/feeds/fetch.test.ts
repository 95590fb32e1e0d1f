import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFeedFetcher, type FeedFetcher } from '../../../src/feeds/fetch.js';
import { FeedFetchError } from '../../../src/feeds/types.js';
import { RSS, startFeedServer, type FeedServer } from './feed-server.js';

let server: FeedServer;
let fetchFeed: FeedFetcher;

beforeAll(async () => {
  server = await startFeedServer();
  fetchFeed = createFeedFetcher({ allowPrivateHosts: true, userAgent: 'AttacheTest/1.0 (+https://example.org/bot)', timeoutMs: 5_000, maxBytes: 64 * 1024 });
});
afterAll(async () => {
  await fetchFeed.close();
  await server.close();
});

async function fetchError(promise: Promise<unknown>): Promise<FeedFetchError> {
  const err = await promise.then(() => undefined, (e: unknown) => e);
  expect(err).toBeInstanceOf(FeedFetchError);
  return err as FeedFetchError;
}

describe('createFeedFetcher', () => {
  it('returns the decoded body with its validators and sends our User-Agent', async () => {
    server.route('/ok', (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/rss+xml', etag: '"v1"', 'last-modified': 'Tue, 10 Jun 2025 07:00:00 GMT', 'cache-control': 'max-age=600' });
      res.end(RSS('Ministry'));
    });
    const result = await fetchFeed({ url: `${server.url}/ok` });
    expect(result).toMatchObject({ status: 'ok', etag: '"v1"', lastModified: 'Tue, 10 Jun 2025 07:00:00 GMT', maxAgeSeconds: 600, encoding: 'utf-8' });
    if (result.status === 'ok') expect(result.body).toContain('<title>Ministry</title>');
    expect(server.requests.at(-1)?.headers['user-agent']).toBe('AttacheTest/1.0 (+https://example.org/bot)');
  });

  it('sends If-None-Match and If-Modified-Since and reports a 304 as not-modified', async () => {
    server.route('/cond', (req, res) => {
      if (req.headers['if-none-match'] === '"v1"') return void res.writeHead(304, { etag: '"v1"' }).end();
      res.writeHead(200, { etag: '"v1"' }).end(RSS('x'));
    });
    const result = await fetchFeed({ url: `${server.url}/cond`, etag: '"v1"', lastModified: 'Tue, 10 Jun 2025 07:00:00 GMT' });
    expect(result).toMatchObject({ status: 'not-modified', etag: '"v1"', lastModified: 'Tue, 10 Jun 2025 07:00:00 GMT' });
    expect(server.requests.at(-1)?.headers['if-modified-since']).toBe('Tue, 10 Jun 2025 07:00:00 GMT');
  });

  it('decompresses gzip bodies', async () => {
    server.route('/gz', (_req, res) => {
      res.writeHead(200, { 'content-encoding': 'gzip' }).end(gzipSync(RSS('Zipped')));
    });
    const result = await fetchFeed({ url: `${server.url}/gz` });
    expect(result.status === 'ok' && result.body).toContain('Zipped');
  });

  it('decodes by the charset in Content-Type', async () => {
    const bytes = Buffer.from([0x3c, 0x61, 0x3e, 0xcc, 0xc8, 0xc4, 0x3c, 0x2f, 0x61, 0x3e]); // <a>МИД</a> in windows-1251
    server.route('/cp1251', (_req, res) => res.writeHead(200, { 'content-type': 'text/xml; charset=windows-1251' }).end(bytes));
    const result = await fetchFeed({ url: `${server.url}/cp1251` });
    expect(result).toMatchObject({ status: 'ok', body: '<a>МИД</a>', encoding: 'windows-1251' });
  });

  it('turns HTTP errors into http-status errors that carry the status', async () => {
    server.route('/500', (_req, res) => res.writeHead(500).end('oops'));
    const err = await fetchError(fetchFeed({ url: `${server.url}/500` }));
    expect(err.code).toBe('http-status');
    expect(err.httpStatus).toBe(500);
    expect(err.message).toContain('HTTP 500');
  });

  it('passes on Retry-After of a 429', async () => {
    server.route('/429', (_req, res) => res.writeHead(429, { 'retry-after': '120' }).end());
    const err = await fetchError(fetchFeed({ url: `${server.url}/429` }));
    expect(err).toMatchObject({ code: 'http-status', httpStatus: 429, retryAfterSeconds: 120 });
  });

  it('refuses bodies larger than maxBytes', async () => {
    server.route('/big', (_req, res) => res.writeHead(200).end(Buffer.alloc(200 * 1024, 0x20)));
    expect((await fetchError(fetchFeed({ url: `${server.url}/big` }))).code).toBe('too-large');
  });

  it('follows redirects and reports a permanent move', async () => {
    server.route('/old', (_req, res) => res.writeHead(301, { location: '/older' }).end());
    server.route('/older', (_req, res) => res.writeHead(308, { location: `${server.url}/new` }).end());
    server.route('/new', (_req, res) => res.writeHead(200).end(RSS('Moved')));
    const result = await fetchFeed({ url: `${server.url}/old` });
    expect(result).toMatchObject({ status: 'ok', finalUrl: `${server.url}/new`, permanentRedirect: `${server.url}/new` });
  });

  it('does not report a move when the chain has a temporary redirect', async () => {
    server.route('/tmp', (_req, res) => res.writeHead(302, { location: '/new' }).end());
    const result = await fetchFeed({ url: `${server.url}/tmp` });
    expect(result).toMatchObject({ status: 'ok', finalUrl: `${server.url}/new` });
    expect(result.status === 'ok' && result.permanentRedirect).toBeUndefined();
  });

  it('refuses loopback feeds unless private hosts are allowed', async () => {
    const strict = createFeedFetcher({ allowPrivateHosts: false, userAgent: 'AttacheTest' });
    try {
      expect((await fetchError(strict({ url: `${server.url}/ok` }))).code).toBe('blocked-address');
    } finally {
      await strict.close();
    }
  });

  it('rejects malformed and non-http URLs', async () => {
    expect((await fetchError(fetchFeed({ url: 'not a url' }))).code).toBe('invalid-url');
    expect((await fetchError(fetchFeed({ url: 'file:///etc/passwd' }))).code).toBe('invalid-url');
    expect((await fetchError(fetchFeed({ url: 'ftp://example.org/feed' }))).code).toBe('invalid-url');
  });
});
