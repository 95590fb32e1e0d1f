import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';

export interface TestEntry {
  guid: string;
  title: string;
  description: string;
  link?: string;
  pubDate?: Date;
}

export interface TestFeed {
  title: string;
  language?: string;
  entries: TestEntry[];
}

/** A local RSS server on loopback: each test gets its own feeds, with ETag revalidation like real hosts. */
export interface FeedServer {
  url(path: string): string;
  setFeed(path: string, feed: TestFeed): void;
  addEntry(path: string, entry: TestEntry): void;
  /** Raw responses for hostile cases: status, headers and body as given. */
  setRaw(path: string, handler: (req: IncomingMessage, res: ServerResponse) => void): void;
  requests(path: string): number;
  close(): Promise<void>;
}

const escapeXml = (s: string) => s.replace(/[<>&'"]/g, (c) => `&#${c.charCodeAt(0)};`);

export function renderRss(feed: TestFeed): string {
  const items = feed.entries
    .map(
      (e) => `    <item>
      <title>${escapeXml(e.title)}</title>
      <link>${escapeXml(e.link ?? `https://mfa.example/news/${e.guid}`)}</link>
      <guid isPermaLink="false">${escapeXml(e.guid)}</guid>
      <pubDate>${(e.pubDate ?? new Date('2026-11-20T10:00:00Z')).toUTCString()}</pubDate>
      <description>${escapeXml(e.description)}</description>
    </item>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0">
  <channel>
    <title>${escapeXml(feed.title)}</title>
    <link>https://mfa.example/</link>
    <description>Test feed</description>
    ${feed.language ? `<language>${feed.language}</language>` : ''}
${items}
  </channel>
</rss>`;
}

export async function startFeedServer(): Promise<FeedServer> {
  const feeds = new Map<string, TestFeed>();
  const raw = new Map<string, (req: IncomingMessage, res: ServerResponse) => void>();
  const counts = new Map<string, number>();
  const server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0]!;
    counts.set(path, (counts.get(path) ?? 0) + 1);
    const handler = raw.get(path);
    if (handler) return handler(req, res);
    const feed = feeds.get(path);
    if (!feed) {
      res.writeHead(404).end('not found');
      return;
    }
    const body = renderRss(feed);
    const etag = `"${createHash('sha1').update(body).digest('hex')}"`;
    if (req.headers['if-none-match'] === etag) {
      res.writeHead(304, { etag }).end();
      return;
    }
    res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8', etag }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: (path) => `http://127.0.0.1:${port}${path}`,
    setFeed: (path, feed) => void feeds.set(path, structuredClone(feed)),
    addEntry(path, entry) {
      const feed = feeds.get(path);
      if (!feed) throw new Error(`no feed at ${path}`);
      feed.entries.unshift(entry);
    },
    setRaw: (path, handler) => void raw.set(path, handler),
    requests: (path) => counts.get(path) ?? 0,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
