import { Agent, request } from 'undici';

export interface SendOptions {
  /** Plain text instead of HTML: the fallback when Telegram cannot parse a message's entities. */
  plain?: boolean;
  /** The forum topic thread to post into. */
  threadId?: number | undefined;
}

/** Sends one message and returns its id; errors carry the Bot API's own fields, for `classifyTelegramError`. */
export type SendMessage = (chatId: number, text: string, options?: SendOptions) => Promise<{ messageId: number }>;

/** A Bot API refusal: `{ok:false, error_code, description, parameters}`. */
export class BotApiError extends Error {
  override name = 'BotApiError';
  constructor(
    readonly code: number,
    readonly description: string,
    readonly parameters: { retry_after?: number; migrate_to_chat_id?: number } = {},
  ) {
    super(`Bot API ${code}: ${description}`);
  }
}

/**
 * This process's view of Telegram's flood wait. It closes the moment a 429 status line arrives,
 * before the connection can carry another request, so no send of this process slips through.
 */
export interface LocalFloodGate {
  until: number;
}

export interface SenderOptions {
  apiRoot: string;
  token: string;
  /** Messages carry `allow_paid_broadcast`: Telegram then admits up to 1,000 a second, charged in Stars. */
  paidBroadcast?: boolean;
  gate?: LocalFloodGate;
  timeoutMs?: number;
  /**
   * Spaces this process's sends evenly at this rate. The queue's limiter counts job starts; jobs
   * take varying time to reach the send, so without spacing at the send itself they bunch into
   * bursts above Telegram's allowance.
   */
  maxPerSecond?: number;
}

/**
 * The delivery path to Telegram: sendMessage over a keep-alive pool. Deliveries bypass telegraf so
 * that a 429 is seen at the status line and gates every later send of this process at once.
 */
export function createSender(options: SenderOptions): SendMessage & { close(): Promise<void> } {
  const gate = options.gate ?? { until: 0 };
  const dispatcher = new Agent({ keepAliveTimeout: 10_000, connections: 64 });
  const url = `${options.apiRoot}/bot${options.token}/sendMessage`;
  const timeout = options.timeoutMs ?? 30_000;
  const spacingMs = options.maxPerSecond ? 1000 / options.maxPerSecond : 0;
  let nextSlot = 0;
  const send = async (chatId: number, text: string, sendOptions: SendOptions = {}) => {
    if (spacingMs > 0) {
      // Slots one interval apart, never in arrears: a stall is not made up in a burst.
      const slot = Math.max(nextSlot, performance.now());
      nextSlot = slot + spacingMs;
      const delay = slot - performance.now();
      if (delay >= 1) await new Promise((resolve) => setTimeout(resolve, delay));
    }
    const wait = gate.until - Date.now();
    if (wait > 0) throw new BotApiError(429, 'Too Many Requests: waiting for an earlier retry_after', { retry_after: Math.ceil(wait / 1000) });
    const body = JSON.stringify({
      chat_id: chatId,
      text,
      ...(sendOptions.plain ? {} : { parse_mode: 'HTML' }),
      link_preview_options: { is_disabled: true },
      ...(sendOptions.threadId ? { message_thread_id: sendOptions.threadId } : {}),
      ...(options.paidBroadcast ? { allow_paid_broadcast: true } : {}),
    });
    const response = await request(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
      dispatcher,
      headersTimeout: timeout,
      bodyTimeout: timeout,
    });
    // Close the gate on the status line alone; the body then says for how long.
    if (response.statusCode === 429) gate.until = Math.max(gate.until, Date.now() + 1000);
    const raw = await response.body.text();
    let parsed: { ok?: boolean; result?: { message_id?: number }; error_code?: number; description?: string; parameters?: BotApiError['parameters'] };
    try {
      parsed = JSON.parse(raw) as typeof parsed;
    } catch {
      throw new BotApiError(response.statusCode, `non-JSON answer (HTTP ${response.statusCode})`);
    }
    if (parsed.ok && parsed.result?.message_id !== undefined) return { messageId: parsed.result.message_id };
    const error = new BotApiError(parsed.error_code ?? response.statusCode, parsed.description ?? 'unknown error', parsed.parameters);
    if (error.code === 429) gate.until = Math.max(gate.until, Date.now() + (error.parameters.retry_after ?? 1) * 1000);
    throw error;
  };
  return Object.assign(send, { close: () => dispatcher.close() });
}

/** The visible text of our HTML, for the plain-text fallback. */
export function htmlToPlain(html: string): string {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
}
