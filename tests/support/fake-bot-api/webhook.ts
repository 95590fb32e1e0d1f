import type { UpdateQueue } from './updates.js';
import type { Update } from './types.js';
import { unixNow } from './world.js';

const RETRY_MS = 500;
const DELIVERY_TIMEOUT_MS = 15_000;

export interface WebhookSettings {
  url: string;
  secretToken: string | undefined;
  maxConnections: number | undefined;
}

/** Runs a method the bot answered inline in the webhook response (telegraf's webhookReply). */
export type InlineMethodRunner = (method: string, params: Record<string, unknown>) => Promise<void>;

/**
 * Delivers pending updates to the webhook one at a time, as Telegram does: an update is confirmed
 * when the webhook answers 2xx and retried otherwise. A method in the JSON response is executed.
 */
export class Webhook {
  settings: WebhookSettings | undefined;
  lastError: { date: number; message: string } | undefined;
  private running = false;
  private readonly abort = new AbortController();

  constructor(
    private readonly queue: UpdateQueue,
    private readonly runInline: InlineMethodRunner,
  ) {
    queue.onAdded = () => this.kick();
  }

  set(settings: WebhookSettings): void {
    this.settings = settings;
    this.lastError = undefined;
    this.kick();
  }

  remove(): void {
    this.settings = undefined;
  }

  close(): void {
    this.settings = undefined;
    this.abort.abort();
  }

  kick(): void {
    if (!this.running && this.settings) void this.run();
  }

  private async run(): Promise<void> {
    this.running = true;
    try {
      for (;;) {
        const settings = this.settings;
        const update = settings ? this.queue.peek() : undefined;
        if (!settings || !update) return;
        if (await this.post(settings, update)) this.queue.confirmThrough(update.update_id);
        else await this.pause();
      }
    } finally {
      this.running = false;
    }
  }

  private async post(settings: WebhookSettings, update: Update): Promise<boolean> {
    try {
      const response = await fetch(settings.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(settings.secretToken ? { 'x-telegram-bot-api-secret-token': settings.secretToken } : {}),
        },
        body: JSON.stringify(update),
        signal: AbortSignal.any([this.abort.signal, AbortSignal.timeout(DELIVERY_TIMEOUT_MS)]),
      });
      const body = await response.text();
      if (!response.ok) {
        this.lastError = {
          date: unixNow(),
          message: `Wrong response from the webhook: ${response.status} ${response.statusText}`,
        };
        return false;
      }
      await this.runReply(response.headers.get('content-type') ?? '', body);
      return true;
    } catch (error) {
      if (this.abort.signal.aborted) return false;
      this.lastError = { date: unixNow(), message: `Connection failed: ${(error as Error).message}` };
      return false;
    }
  }

  private async runReply(contentType: string, body: string): Promise<void> {
    if (!contentType.includes('application/json') || body.trim() === '') return;
    let reply: unknown;
    try {
      reply = JSON.parse(body);
    } catch {
      return;
    }
    if (typeof reply !== 'object' || reply === null) return;
    const { method, ...params } = reply as Record<string, unknown>;
    if (typeof method === 'string') await this.runInline(method, params);
  }

  private pause(): Promise<void> {
    return new Promise((resolve) => {
      const onAbort = () => {
        clearTimeout(timer);
        resolve();
      };
      const timer = setTimeout(() => {
        this.abort.signal.removeEventListener('abort', onAbort);
        resolve();
      }, RETRY_MS);
      this.abort.signal.addEventListener('abort', onAbort, { once: true });
    });
  }
}
