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

const COUNTRIES = [
  'Azerbaijan', 'Italy', 'Georgia', 'Armenia', 'Turkey', 'France', 'Germany', 'Japan', 'China', 'India',
  'Brazil', 'Kenya', 'Norway', 'Poland', 'Spain', 'Egypt', 'Mexico', 'Canada', 'Kazakhstan', 'Uzbekistan',
  'Greece', 'Portugal', 'Sweden', 'Finland', 'Austria', 'Hungary', 'Romania', 'Bulgaria', 'Serbia', 'Croatia',
  'Morocco', 'Tunisia', 'Nigeria', 'Ghana', 'Ethiopia', 'Argentina', 'Chile', 'Peru', 'Colombia', 'Vietnam',
  'Thailand', 'Indonesia', 'Malaysia', 'Philippines', 'Australia', 'Pakistan', 'Qatar', 'Jordan', 'Oman', 'Mongolia',
];
const EVENTS = [
  ['met the Foreign Minister of', 'The sides discussed energy cooperation, trade and the regional situation.'],
  ['held consultations on consular matters with', 'The delegations discussed visas, citizens abroad and border crossings.'],
  ['signed a memorandum on transport corridors with', 'The memorandum of understanding was signed in the presence of both ministers.'],
  ['received the Ambassador of', 'They discussed cooperation in culture, education and science and an upcoming visit.'],
];

/** Items about many country pairs, as a real set of ministries would publish: stories stay small. */
function rss(feedId: number, items: number): string {
  const entries: string[] = [];
  for (let i = 0; i < items; i++) {
    const ai = (feedId + i) % COUNTRIES.length;
    let bi = (feedId * 7 + i * 3 + 1) % COUNTRIES.length;
    if (bi === ai) bi = (bi + 1) % COUNTRIES.length;
    const [a, b] = [COUNTRIES[ai]!, COUNTRIES[bi]!];
    const [verb, text] = EVENTS[(feedId + i) % EVENTS.length]!;
    entries.push(`<item><title>Foreign Minister of ${a} ${verb} ${b} (${feedId}-${i})</title><link>https://mfa.example/${feedId}/${i}</link><guid isPermaLink="false">f${feedId}-i${i}</guid><pubDate>Fri, 20 Nov 2026 10:00:00 GMT</pubDate><description>${text} ${a} and ${b}. ${text}</description></item>`);
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
