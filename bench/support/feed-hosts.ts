import { createServer, type Server } from 'node:http';

/**
 * Feeds on several loopback "hosts" (ports): the fetcher allows only two requests in flight per
 * host, as it should for real ministries, so one port alone would measure that politeness rule
 * rather than the poller. `notModified` feeds answer 304 to their ETag; the others send `items`
 * entries each, every time.
 */
export interface FeedHosts {
  urls: string[];
  requests: number;
  close(): Promise<void>;
}

const TOPICS = [
  ['Foreign Minister of Azerbaijan met the President of the Senate of Italy', 'The sides discussed energy cooperation, trade and the regional situation during the visit to Rome.'],
  ['Georgia and Armenia hold consultations on consular matters', 'Delegations of the two foreign ministries discussed visas, citizens abroad and border crossings in Tbilisi.'],
  ['Statement of the Ministry of Foreign Affairs on the ceasefire in the region', 'The Ministry welcomes the agreement on a ceasefire and calls on all parties to respect international humanitarian law.'],
  ['Kazakhstan and China sign a memorandum on transport corridors', 'The memorandum of understanding was signed in Astana in the presence of both foreign ministers.'],
  ['Deputy Minister receives the Ambassador of Japan', 'They discussed cooperation in culture, education and science and the preparations for the upcoming visit.'],
];

function rss(feedId: number, items: number): string {
  const entries: string[] = [];
  for (let i = 0; i < items; i++) {
    const [title, text] = TOPICS[(feedId + i) % TOPICS.length]!;
    entries.push(`<item><title>${title} (${feedId}-${i})</title><link>https://mfa.example/${feedId}/${i}</link><guid isPermaLink="false">f${feedId}-i${i}</guid><pubDate>Fri, 20 Nov 2026 10:00:00 GMT</pubDate><description>${text} ${text}</description></item>`);
  }
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Feed ${feedId}</title><link>https://mfa.example/</link><description>bench</description>${entries.join('')}</channel></rss>`;
}

export async function startFeedHosts(options: { feeds: number; hosts: number; items: number; notModified: boolean }): Promise<FeedHosts> {
  const hosts: FeedHosts = { urls: [], requests: 0, close: async () => {} };
  const bodies = new Map<number, string>();
  const servers: Server[] = [];
  for (let h = 0; h < options.hosts; h++) {
    const server = createServer((req, res) => {
      hosts.requests++;
      const id = Number(/^\/feed\/(\d+)/.exec(req.url ?? '')?.[1] ?? NaN);
      if (!Number.isInteger(id)) return void res.writeHead(404).end();
      if (options.notModified && req.headers['if-none-match'] === '"v1"') return void res.writeHead(304, { etag: '"v1"' }).end();
      let body = bodies.get(id);
      if (!body) bodies.set(id, (body = rss(id, options.items)));
      res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8', ...(options.notModified ? { etag: '"v1"' } : {}) }).end(body);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    servers.push(server);
  }
  const ports = servers.map((s) => (s.address() as { port: number }).port);
  hosts.urls = Array.from({ length: options.feeds }, (_, i) => `http://127.0.0.1:${ports[i % ports.length]}/feed/${i}`);
  hosts.close = async () => {
    await Promise.all(servers.map((s) => new Promise<void>((resolve) => (s.closeAllConnections(), s.close(() => resolve())))));
  };
  return hosts;
}
