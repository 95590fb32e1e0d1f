import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Logger } from 'pino';

/**
 * One route of the HTTP server: it answers and returns true when the request is its own, or
 * returns false to let the next route look. `url` is parsed once for all of them.
 */
export type Route = (req: IncomingMessage, res: ServerResponse, url: URL) => boolean | Promise<boolean>;

export interface HttpServer {
  port: number;
  /** Adds a route after start (the webhook is known only once the bot role is built). */
  use(route: Route): void;
  close(): Promise<void>;
}

/** Health, metrics, the queue dashboard and the webhook on HTTP_PORT: a plain node:http server. */
export async function startHttpServer(port: number, routes: Route[], logger: Logger): Promise<HttpServer> {
  const table = [...routes];
  const server: Server = createServer((req, res) => {
    void dispatch(table, req, res).catch((err: unknown) => {
      logger.error({ err, path: safePath(req) }, 'HTTP request failed');
      if (!res.headersSent) sendText(res, 500, 'internal error');
      else res.destroy();
    });
  });
  // Slow clients must not hold sockets forever; Telegram and Prometheus answer well within these.
  server.requestTimeout = 30_000;
  server.headersTimeout = 10_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address();
  return {
    port: typeof address === 'object' && address ? address.port : port,
    use: (route) => void table.unshift(route),
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
      }),
  };
}

async function dispatch(routes: Route[], req: IncomingMessage, res: ServerResponse): Promise<void> {
  let url: URL;
  try {
    url = new URL(req.url ?? '/', 'http://localhost');
  } catch {
    req.resume();
    return sendText(res, 400, 'bad request');
  }
  for (const route of routes) {
    if (await route(req, res, url)) return;
  }
  req.resume();
  sendText(res, 404, 'not found');
}

/** The path without its query string, for logs. */
function safePath(req: IncomingMessage): string {
  return (req.url ?? '/').split('?')[0]!.slice(0, 200);
}

export function sendText(res: ServerResponse, status: number, text: string, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', ...headers });
  res.end(text);
}

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
}
