import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DEFAULT_BOT_USERNAME, DEFAULT_TOKEN, FakeTelegram } from './core.js';
import type { Answer } from './core.js';
import { BODY_LIMIT_BYTES, readRawParams } from './http-body.js';
import { ApiError } from './params.js';
import type { FakeBotApi } from './types.js';

export interface FakeBotApiOptions {
  token?: string;
  botUsername?: string;
  /** Largest request body accepted; default 1 MB. */
  bodyLimitBytes?: number;
}

const PATH = /^\/bot([^/]+)\/(?:test\/)?([A-Za-z0-9_]+)\/?$/;

/** Starts a fake Bot API on 127.0.0.1 with a random port. Close it when done. */
export async function startFakeBotApi(opts: FakeBotApiOptions = {}): Promise<FakeBotApi> {
  const fake = new FakeTelegram(opts.token ?? DEFAULT_TOKEN, opts.botUsername ?? DEFAULT_BOT_USERNAME);
  const limit = opts.bodyLimitBytes ?? BODY_LIMIT_BYTES;
  const inFlight = new Set<Promise<void>>();
  let closing = false;
  const server = createServer((req, res) => {
    if (closing) {
      req.socket.destroy(); // as a server going down would
      return;
    }
    const answered = new Promise<void>((resolve) => res.once('close', resolve));
    inFlight.add(answered);
    void answered.then(() => inFlight.delete(answered));
    handle(fake, limit, req, res).catch((error: unknown) => {
      if (!res.headersSent)
        respond(res, { status: 500, body: { ok: false, error_code: 500, description: String(error) } });
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  fake.attach(`http://127.0.0.1:${port}`, async () => {
    closing = true;
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    // Let answers already on their way (a released long poll) reach the client, then drop the
    // idle keep-alive sockets, which would otherwise hold close() open for seconds.
    await Promise.race([
      Promise.all([...inFlight]),
      new Promise((resolve) => setTimeout(resolve, 2000).unref()),
    ]);
    server.closeAllConnections();
    await closed;
  });
  return fake;
}

async function handle(
  fake: FakeTelegram,
  limit: number,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const at = Date.now();
  const match = PATH.exec(new URL(req.url ?? '/', 'http://fake').pathname);
  if (!match?.[1] || !match[2]) {
    req.resume();
    respond(res, { status: 404, body: { ok: false, error_code: 404, description: 'Not Found' } });
    return;
  }
  const [, token, method] = match;
  let refused: ApiError | undefined = token === fake.token ? undefined : new ApiError(401, 'Unauthorized');
  let raw: Record<string, unknown> = {};
  try {
    raw = await readRawParams(req, limit);
  } catch (error) {
    refused ??= error instanceof ApiError ? error : new ApiError(400, 'Bad Request: unreadable request body');
    res.setHeader('connection', 'close');
  }
  const answer = await fake.dispatch(method, raw, refused, {
    at,
    connection: req.socket,
    onAbandon: (cancel) =>
      res.once('close', () => {
        if (!res.writableFinished) cancel();
      }),
  });
  respond(res, answer);
}

function respond(res: ServerResponse, answer: Answer): void {
  if (res.destroyed || res.writableEnded) return;
  res.statusCode = answer.status;
  const description = answer.body.description;
  // For 5xx, clients (telegraf among them) read the status text, not the body.
  if (answer.status >= 500 && typeof description === 'string')
    res.statusMessage = description.replace(/[\r\n]/g, ' ');
  res.setHeader('content-type', 'application/json');
  res.end(JSON.stringify(answer.body));
}
