import { createServer, type Server } from 'node:http';

/**
 * A Bot API stand-in for throughput: answers sendMessage as Telegram does, up to `perSecond`
 * messages in any one-second window, and 429 with retry_after beyond. Every other method answers
 * `true`. It keeps only arrival times, so that it costs the process as little as possible.
 */
export interface RateLimitedBotApi {
  apiRoot: string;
  /** Date.now() of each accepted sendMessage, in order. */
  accepted: number[];
  /** Text of each accepted message (for latency, matched by marker). */
  texts: string[];
  tooMany: number;
  close(): Promise<void>;
}

export async function startRateLimitedBotApi(perSecond: number, keepTexts = false): Promise<RateLimitedBotApi> {
  const api: RateLimitedBotApi = { apiRoot: '', accepted: [], texts: [], tooMany: 0, close: async () => {} };
  let windowStart = 0; // index into accepted: the first send within the last second
  let messageId = 0;
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const method = /\/bot[^/]+\/([A-Za-z]+)/.exec(req.url ?? '')?.[1] ?? '';
      const reply = (status: number, body: unknown) => {
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(JSON.stringify(body));
      };
      if (method !== 'sendMessage') return reply(200, { ok: true, result: method === 'getMe' ? { id: 1, is_bot: true, first_name: 'Bench', username: 'bench_bot' } : true });
      const now = Date.now();
      while (windowStart < api.accepted.length && api.accepted[windowStart]! <= now - 1000) windowStart++;
      if (api.accepted.length - windowStart >= perSecond) {
        api.tooMany++;
        return reply(429, { ok: false, error_code: 429, description: 'Too Many Requests: retry after 1', parameters: { retry_after: 1 } });
      }
      api.accepted.push(now);
      let chatId = 0;
      try {
        const params = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { chat_id?: number; text?: string };
        chatId = Number(params.chat_id ?? 0);
        if (keepTexts) api.texts.push(params.text ?? '');
      } catch {
        // form-encoded or empty: the bench only counts
      }
      reply(200, { ok: true, result: { message_id: ++messageId, date: Math.floor(now / 1000), chat: { id: chatId, type: 'private' }, text: '' } });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  api.apiRoot = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  api.close = () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return api;
}
