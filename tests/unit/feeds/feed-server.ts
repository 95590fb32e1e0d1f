import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export type Handler = (req: IncomingMessage, res: ServerResponse) => void;

export interface FeedServer {
  /** Base URL, `http://127.0.0.1:PORT`. */
  url: string;
  port: number;
  /** Requests seen, in order, for assertions on headers. */
  requests: IncomingMessage[];
  route(path: string, handler: Handler): void;
  close(): Promise<void>;
}

/** A real HTTP server on loopback, port 0; each test registers the paths it needs. */
export async function startFeedServer(): Promise<FeedServer> {
  const routes = new Map<string, Handler>();
  const requests: IncomingMessage[] = [];
  const sockets = new Set<Socket>();
  const server: Server = createServer((req, res) => {
    requests.push(req);
    const handler = routes.get((req.url ?? '/').split('?')[0] ?? '/');
    if (handler) return handler(req, res);
    res.writeHead(404).end('not found');
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    requests,
    route: (path, handler) => void routes.set(path, handler),
    close: async () => {
      // Hostile handlers never end their responses; sockets are cut so close() returns.
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

export const RSS = (title: string, items = 1) => `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>${title}</title><link>https://example.org/</link><language>en</language>
${Array.from({ length: items }, (_, i) => `<item><title>Item ${i}</title><link>/news/${i}</link><guid isPermaLink="false">id-${i}</guid><pubDate>Tue, 10 Jun 2025 09:00:00 +0200</pubDate><description>&lt;p&gt;Text &amp;amp; more ${i}&lt;/p&gt;</description></item>`).join('\n')}
</channel></rss>`;
