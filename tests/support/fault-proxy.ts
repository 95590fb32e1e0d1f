import { createServer, request, type IncomingMessage, type ServerResponse } from 'node:http';

/**
 * A loopback HTTP proxy in front of the fake Bot API, for the faults the fake itself does not
 * make: a send held open (the worker is killed while Telegram has not answered yet), a send that
 * is never answered at all (a hanging connection), slow answers. Everything else passes through.
 */
export interface FaultProxy {
  /** Give this to the service as TELEGRAM_API_ROOT. */
  url: string;
  /** From now on `sendMessage` requests wait in the proxy until `release()`. */
  holdSends(): void;
  /** Requests held right now. */
  held(): number;
  /** Resolves once at least `count` sends are held. */
  waitForHeld(count: number, timeoutMs?: number): Promise<void>;
  /**
   * Stops holding; held sends go on to the fake (`forward`, as when Telegram did get the message
   * before the sender died) or are dropped without an answer (Telegram never got it); with
   * `{ forward: n }` the first n go on and the rest are dropped.
   */
  release(mode: 'forward' | 'drop' | { forward: number }): void;
  /** The next `count` sends are read and never answered (the socket stays open). */
  hangSends(count: number): void;
  /** Sends answered by the proxy's silence so far. */
  hung(): number;
  /** Every send reaches the fake `ms` later than it arrived. */
  delaySends(ms: number): void;
  close(): Promise<void>;
}

const isSend = (req: IncomingMessage) => /\/sendMessage\/?$/i.test(new URL(req.url ?? '/', 'http://proxy').pathname);

export async function startFaultProxy(targetRoot: string): Promise<FaultProxy> {
  const target = new URL(targetRoot);
  let holding = false;
  let delayMs = 0;
  let toHang = 0;
  let hungCount = 0;
  const heldQueue: { send: () => void; res: ServerResponse }[] = [];
  const hanging = new Set<ServerResponse>();
  let heldWaiters: { count: number; resolve: () => void }[] = [];

  function forward(req: IncomingMessage, body: Buffer, res: ServerResponse): void {
    const upstream = request(
      { host: target.hostname, port: target.port, method: req.method, path: req.url, headers: { ...req.headers, host: target.host } },
      (answer) => {
        if (res.destroyed) return void answer.resume();
        res.writeHead(answer.statusCode ?? 502, answer.statusMessage, answer.headers);
        answer.pipe(res);
      },
    );
    upstream.on('error', () => res.destroy());
    upstream.end(body);
  }

  const server = createServer((req, res) => {
    // The client may be gone (a killed worker) by the time a held send is answered.
    res.on('error', () => {});
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      if (!isSend(req)) return forward(req, body, res);
      if (toHang > 0) {
        toHang--;
        hungCount++;
        hanging.add(res);
        res.on('close', () => hanging.delete(res));
        return;
      }
      if (holding) {
        heldQueue.push({ send: () => forward(req, body, res), res });
        heldWaiters = heldWaiters.filter((w) => (heldQueue.length >= w.count ? (w.resolve(), false) : true));
        return;
      }
      if (delayMs > 0) setTimeout(() => forward(req, body, res), delayMs);
      else forward(req, body, res);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;

  return {
    url: `http://127.0.0.1:${port}`,
    holdSends: () => void (holding = true),
    held: () => heldQueue.length,
    waitForHeld(count, timeoutMs = 30_000) {
      if (heldQueue.length >= count) return Promise.resolve();
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`fewer than ${count} sends held after ${timeoutMs} ms`)), timeoutMs);
        heldWaiters.push({
          count,
          resolve: () => {
            clearTimeout(timer);
            resolve();
          },
        });
      });
    },
    release(mode) {
      holding = false;
      const queued = heldQueue.splice(0);
      const forwarded = mode === 'forward' ? queued.length : mode === 'drop' ? 0 : mode.forward;
      queued.forEach((held, i) => (i < forwarded ? held.send() : held.res.destroy()));
    },
    hangSends: (count) => void (toHang += count),
    hung: () => hungCount,
    delaySends: (ms) => void (delayMs = ms),
    async close() {
      for (const res of [...hanging, ...heldQueue.map((held) => held.res)]) res.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
