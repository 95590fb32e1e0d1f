import { ApiError, codeForDescription } from './params.js';
import type { ApiErrorBody, RateLimitOptions, Violation } from './types.js';

/**
 * Sends that arrive this soon after the first 429 on another connection may have been in flight
 * before the client saw the 429; they are refused but not counted as violations.
 */
export const IN_FLIGHT_GRACE_MS = 250;

interface RateWindow {
  id: number;
  seconds: number;
  until: number;
  chatId: number | undefined;
  /** When the first 429 of the window was answered. */
  notifiedAt: number | undefined;
  /** Connections that have received a 429 in this window. */
  notifiedConnections: WeakSet<object>;
}

export interface RequestMeta {
  at: number;
  /** The connection the request came on (its socket). */
  connection: object;
}

/** The ways Telegram says no: injected failures, flood limits, blocked and migrated chats. */
export class Faults {
  private readonly failures = new Map<string, ApiErrorBody[]>();
  private window: RateWindow | undefined;
  private windowCount = 0;
  private readonly blocked = new Map<number, string>();
  private readonly migrated = new Map<number, number>();
  readonly violations: Violation[] = [];

  failNext(method: string, error: ApiErrorBody, times = 1): void {
    const key = method.toLowerCase();
    const queue = this.failures.get(key) ?? [];
    for (let i = 0; i < times; i++) queue.push(error);
    this.failures.set(key, queue);
  }

  takeFailure(method: string): ApiError | undefined {
    const error = this.failures.get(method.toLowerCase())?.shift();
    return error ? ApiError.from(error) : undefined;
  }

  rateLimit(seconds: number, opts: RateLimitOptions = {}): void {
    if (seconds <= 0) {
      this.window = undefined;
      return;
    }
    this.window = {
      id: ++this.windowCount,
      seconds,
      until: Date.now() + seconds * 1000,
      chatId: opts.chatId,
      notifiedAt: undefined,
      notifiedConnections: new WeakSet(),
    };
  }

  /**
   * Answers 429 while the window lasts. A send counts as a violation when it can only have been made
   * after the client saw a 429: it came on a connection that already got one, or it arrived well
   * after the first one was answered.
   */
  checkRateLimit(method: string, chatId: number | undefined, meta: RequestMeta): ApiError | undefined {
    const window = this.window;
    if (!window) return undefined;
    const now = Date.now();
    if (now >= window.until) {
      this.window = undefined;
      return undefined;
    }
    if (window.chatId !== undefined && window.chatId !== chatId) return undefined;
    const retryAfter = Math.max(1, Math.ceil((window.until - now) / 1000));
    if (window.notifiedAt !== undefined) {
      const sameConnection = window.notifiedConnections.has(meta.connection);
      const sinceNotified = meta.at - window.notifiedAt;
      if (sameConnection || sinceNotified > IN_FLIGHT_GRACE_MS) {
        this.violations.push({
          method,
          at: meta.at,
          reason:
            `${method}${chatId !== undefined ? ` to chat ${chatId}` : ''} during a 429 window: ` +
            `${sinceNotified} ms after "retry after ${window.seconds}" was answered, ${window.until - now} ms before it ended`,
        });
      }
    } else {
      window.notifiedAt = now;
    }
    window.notifiedConnections.add(meta.connection);
    return new ApiError(429, `Too Many Requests: retry after ${retryAfter}`, { retry_after: retryAfter });
  }

  blockChat(chatId: number, description = 'Forbidden: bot was blocked by the user'): void {
    this.blocked.set(chatId, description);
  }

  unblockChat(chatId: number): void {
    this.blocked.delete(chatId);
  }

  migrateChat(chatId: number, newChatId: number): void {
    this.migrated.set(chatId, newChatId);
  }

  /** The answer for a message-related call to a chat that was migrated or blocked the bot. */
  checkChat(chatId: number): ApiError | undefined {
    const newChatId = this.migrated.get(chatId);
    if (newChatId !== undefined) {
      return new ApiError(400, 'Bad Request: group chat was upgraded to a supergroup chat', {
        migrate_to_chat_id: newChatId,
      });
    }
    const description = this.blocked.get(chatId);
    return description === undefined ? undefined : new ApiError(codeForDescription(description), description);
  }
}
