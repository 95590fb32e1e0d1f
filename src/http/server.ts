import { createServer, type Server } from 'node:http';

export interface HealthCheck {
  name: string;
  check(): Promise<boolean>;
}

export interface HttpServer {
  port: number;
  close(): Promise<void>;
}

/** Health (`/healthz`: 200 when every check passes, 503 otherwise) on HTTP_PORT. */
export async function startHttpServer(port: number, checks: HealthCheck[]): Promise<HttpServer> {
  const server: Server = createServer(async (req, res) => {
    if (req.method === 'GET' && req.url === '/healthz') {
      const results = await Promise.all(
        checks.map(async ({ name, check }) => [name, await check().catch(() => false)] as const),
      );
      const healthy = results.every(([, ok]) => ok);
      res.writeHead(healthy ? 200 : 503, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ ok: healthy, checks: Object.fromEntries(results) }));
      return;
    }
    res.writeHead(404, { 'content-type': 'text/plain' });
    res.end('not found');
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, resolve);
  });
  const address = server.address();
  return {
    port: typeof address === 'object' && address ? address.port : port,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
