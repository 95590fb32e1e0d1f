import { randomBytes } from 'node:crypto';
import { createGzip } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeFeedBytes } from '../../../src/feeds/charset.js';
import { createFeedFetcher, type FeedFetcher } from '../../../src/feeds/fetch.js';
import { parseFeed } from '../../../src/feeds/parse.js';
import { FeedFetchError, FeedParseError } from '../../../src/feeds/types.js';
import { RSS, startFeedServer, type FeedServer } from './feed-server.js';

/** What the poller would record: a feed, or the error class and code it failed with. */
async function poll(fetchFeed: FeedFetcher, url: string): Promise<string> {
  try {
    const result = await fetchFeed({ url });
    if (result.status !== 'ok') return result.status;
    const feed = await parseFeed(result.body, result.finalUrl);
    return `feed: ${feed.title}`;
  } catch (err) {
    if (err instanceof FeedFetchError) return `fetch: ${err.code}`;
    if (err instanceof FeedParseError) return 'parse';
    throw err;
  }
}

async function gzipOfZeros(megabytes: number): Promise<Buffer> {
  const gzip = createGzip({ level: 9 });
  const chunks: Buffer[] = [];
  gzip.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise((resolve) => gzip.on('end', resolve));
  const zeros = Buffer.alloc(1024 * 1024);
  for (let i = 0; i < megabytes; i += 1) if (!gzip.write(zeros)) await new Promise((r) => gzip.once('drain', r));
  gzip.end();
  await done;
  return Buffer.concat(chunks);
}

let hostile: FeedServer;
let healthy: FeedServer;
let fetchFeed: FeedFetcher;
let bytesSentOfBigBody = 0;

beforeAll(async () => {
  hostile = await startFeedServer();
  healthy = await startFeedServer();
  healthy.route('/feed', (_req, res) => res.writeHead(200).end(RSS('Healthy')));
  fetchFeed = createFeedFetcher({ allowPrivateHosts: true, userAgent: 'AttacheTest', timeoutMs: 1_500 });

  hostile.route('/64mb', (_req, res) => {
    res.writeHead(200, { 'content-type': 'application/rss+xml' });
    const chunk = Buffer.alloc(64 * 1024, 0x20);
    const write = () => {
      while (bytesSentOfBigBody < 64 * 1024 * 1024) {
        bytesSentOfBigBody += chunk.length;
        if (!res.write(chunk)) return void res.once('drain', write);
      }
      res.end();
    };
    res.on('close', () => res.removeAllListeners('drain'));
    write();
  });
  const bomb = await gzipOfZeros(64);
  hostile.route('/gzip-bomb', (_req, res) => res.writeHead(200, { 'content-encoding': 'gzip' }).end(bomb));
  hostile.route('/trickle', (_req, res) => {
    res.writeHead(200, { 'content-type': 'application/rss+xml' });
    const timer = setInterval(() => res.write('<'), 1000);
    res.on('close', () => clearInterval(timer));
  });
  hostile.route('/silent', () => undefined);
  hostile.route('/loop', (_req, res) => res.writeHead(301, { location: '/loop2' }).end());
  hostile.route('/loop2', (_req, res) => res.writeHead(301, { location: '/loop' }).end());
  hostile.route('/metadata', (_req, res) => res.writeHead(302, { location: 'http://169.254.169.254/latest/meta-data/' }).end());
  hostile.route('/html', (_req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end('<!DOCTYPE html><html><body><h1>Welcome</h1></body></html>'));
  hostile.route('/random', (_req, res) => res.writeHead(200).end(randomBytes(64 * 1024)));
  hostile.route('/500', (_req, res) => res.writeHead(500).end('<h1>Internal Server Error</h1>'));
});

afterAll(async () => {
  await fetchFeed.close();
  await hostile.close();
  await healthy.close();
});

describe('hostile servers end in a recorded error within the deadline', () => {
  // 1.5 s deadline; the bound below only guards against hanging, it is not a timing assertion.
  const BOUND_MS = 15_000;

  it.each([
    ['/64mb', 'fetch: too-large'],
    ['/gzip-bomb', 'fetch: too-large'],
    ['/trickle', 'fetch: timeout'],
    ['/silent', 'fetch: timeout'],
    ['/loop', 'fetch: too-many-redirects'],
    ['/metadata', 'fetch: blocked-address'],
    ['/html', 'parse'],
    ['/random', 'parse'],
    ['/500', 'fetch: http-status'],
  ])('%s → %s, while a healthy feed beside it is polled normally', async (path, expected) => {
    const started = Date.now();
    const [outcome, neighbour] = await Promise.all([poll(fetchFeed, `${hostile.url}${path}`), poll(fetchFeed, `${healthy.url}/feed`)]);
    expect(outcome).toBe(expected);
    expect(neighbour).toBe('feed: Healthy');
    expect(Date.now() - started).toBeLessThan(BOUND_MS);
  });

  it('stopped reading the 64 MB body early instead of buffering it', () => {
    expect(bytesSentOfBigBody).toBeLessThan(64 * 1024 * 1024);
  });
});

describe('hostile documents', () => {
  it('does not expand entities: billion laughs stays inert', async () => {
    const lol = ['<!ENTITY lol0 "lol">', ...Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i};`.repeat(10)}">`)].join('');
    const xml = `<?xml version="1.0"?><!DOCTYPE rss [${lol}]><rss version="2.0"><channel><title>&lol9;</title><item><title>&lol9;</title></item></channel></rss>`;
    const outcome = await parseFeed(xml).then((f) => f.title + (f.items[0]?.title ?? ''), (e: unknown) => (e instanceof FeedParseError ? 'parse' : 'crash'));
    expect(outcome).not.toBe('crash');
    expect(outcome.length).toBeLessThan(100);
    expect(outcome).not.toContain('lollol');
  });

  it('does not resolve external entities (no file read, no request)', async () => {
    const before = hostile.requests.length;
    const xml = `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY file SYSTEM "file:///etc/passwd"><!ENTITY web SYSTEM "${hostile.url}/xxe"><!ENTITY % dtd SYSTEM "${hostile.url}/dtd"> %dtd;]>
      <rss version="2.0"><channel><title>t &file; &web;</title><item><title>x</title><description>&file;</description></item></channel></rss>`;
    const outcome = await parseFeed(xml).then((f) => JSON.stringify(f), (e: unknown) => (e instanceof FeedParseError ? 'parse' : 'crash'));
    expect(outcome).not.toBe('crash');
    expect(outcome).not.toContain('root:');
    expect(hostile.requests.length).toBe(before);
  });

  it('leaves Object.prototype untouched by element and attribute names like __proto__', async () => {
    const xml = `<rss version="2.0"><channel><title>t</title><__proto__><polluted>yes</polluted></__proto__><constructor><prototype><polluted>yes</polluted></prototype></constructor>
      <item __proto__="x" constructor="y"><title>a</title><__proto__>z</__proto__><prototype>p</prototype><guid>g</guid><hasOwnProperty>h</hasOwnProperty><toString>s</toString></item></channel></rss>`;
    const feed = await parseFeed(xml);
    expect(feed.items[0]).toMatchObject({ id: 'g', title: 'a' });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.keys(Object.prototype)).toEqual([]);
    await expect(parseFeed(xml.replace('<title>t</title>', '<title>t & u</title>'))).resolves.toBeDefined();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('survives very deep nesting and very many items', async () => {
    const deep = `<rss version="2.0"><channel><title>t</title><item><title>x</title><description>${'<div>'.repeat(20_000)}deep${'</div>'.repeat(20_000)}</description></item></channel></rss>`;
    const outcome = await parseFeed(deep).then(() => 'ok', (e: unknown) => (e instanceof FeedParseError ? 'parse' : `crash ${String(e)}`));
    expect(['ok', 'parse']).toContain(outcome);
    const many = RSS('many', 5_000);
    expect((await parseFeed(many)).items.length).toBe(1_000);
  });

  it('never throws anything but FeedParseError for random bytes', async () => {
    for (let i = 0; i < 20; i += 1) {
      const { text } = decodeFeedBytes(randomBytes(4096));
      for (const input of [text, `<rss version="2.0">${text}`, `<feed>${text}`]) {
        const outcome = await parseFeed(input).then(() => 'ok', (e: unknown) => (e instanceof FeedParseError ? 'parse' : `crash ${String(e)}`));
        expect(['ok', 'parse']).toContain(outcome);
      }
    }
  });
});
