import { ApiError, badRequest } from './params.js';
import type { Update, UpdatePayload } from './types.js';

/** What Telegram sends when allowed_updates was never given (or given empty). */
const DEFAULT_EXCLUDED = new Set(['chat_member', 'message_reaction', 'message_reaction_count']);
const CONFLICT =
  'Conflict: terminated by other getUpdates request; make sure that only one bot instance is running';

export interface GetUpdatesOptions {
  offset?: number;
  limit?: number;
  timeoutSeconds?: number;
  allowedUpdates?: unknown[];
}

interface PendingPoll {
  limit: number;
  finish: (result: Update[] | ApiError) => void;
}

export function updateType(update: Update | UpdatePayload): string {
  return Object.keys(update).find((key) => key !== 'update_id') ?? 'unknown';
}

/**
 * The bot's update queue as Telegram keeps it: updates stay until a later getUpdates confirms them
 * with `offset`; a getUpdates with nothing to return waits up to `timeout` seconds for one; a second
 * getUpdates while one waits terminates the first with 409, as the real server does.
 */
export class UpdateQueue {
  private nextId = 100_001;
  private queue: Update[] = [];
  private allowed: Set<string> | undefined;
  private poll: PendingPoll | undefined;
  /** Called after every new update (the webhook deliverer listens). */
  onAdded: () => void = () => {};

  add(payload: UpdatePayload): Update {
    const update = { update_id: this.nextId++, ...payload } as Update;
    this.queue.push(update);
    this.wake();
    this.onAdded();
    return update;
  }

  /** allowed_updates as getUpdates and setWebhook take it: an empty list means the default set. */
  setAllowed(list: unknown[] | undefined): void {
    if (!list) return;
    const types = list.filter((t): t is string => typeof t === 'string');
    this.allowed = types.length > 0 ? new Set(types) : undefined;
  }

  allowedUpdates(): string[] | undefined {
    return this.allowed ? [...this.allowed] : undefined;
  }

  /** The next deliverable update, for webhook delivery. */
  peek(): Update | undefined {
    return this.take(1)[0];
  }

  confirmThrough(updateId: number): void {
    this.confirm(updateId + 1);
  }

  pending(): Update[] {
    return [...this.queue];
  }

  dropPending(): void {
    this.queue = [];
  }

  get(opts: GetUpdatesOptions, onAbandon: (cancel: () => void) => void): Promise<Update[]> {
    const limit = opts.limit ?? 100;
    if (limit < 1 || limit > 100) throw badRequest('limit must be between 1 and 100');
    this.terminatePoll(new ApiError(409, CONFLICT));
    this.setAllowed(opts.allowedUpdates);
    this.confirm(opts.offset ?? 0);
    const ready = this.take(limit);
    const timeout = Math.max(0, opts.timeoutSeconds ?? 0);
    if (ready.length > 0 || timeout === 0) return Promise.resolve(ready);
    return new Promise<Update[]>((resolve, reject) => {
      const timer = setTimeout(() => poll.finish(this.take(limit)), timeout * 1000);
      const poll: PendingPoll = {
        limit,
        finish: (result) => {
          clearTimeout(timer);
          if (this.poll === poll) this.poll = undefined;
          if (result instanceof ApiError) reject(result);
          else resolve(result);
        },
      };
      this.poll = poll;
      // A client that hangs up (telegraf aborting on stop) must not leave a poll that eats updates.
      onAbandon(() => {
        clearTimeout(timer);
        if (this.poll === poll) this.poll = undefined;
      });
    });
  }

  /** Ends a waiting getUpdates with an empty result (used when the server closes). */
  releasePoll(): void {
    this.poll?.finish([]);
  }

  private terminatePoll(error: ApiError): void {
    this.poll?.finish(error);
  }

  private wake(): void {
    const poll = this.poll;
    if (!poll) return;
    const ready = this.take(poll.limit);
    if (ready.length > 0) poll.finish(ready);
  }

  /** Confirms updates below `offset`; a negative offset keeps only the last -offset updates. */
  private confirm(offset: number): void {
    if (offset > 0) this.queue = this.queue.filter((u) => u.update_id >= offset);
    else if (offset < 0) this.queue = this.queue.slice(offset);
  }

  /** Updates of types the bot did not ask for are never delivered; they are dropped. */
  private take(limit: number): Update[] {
    this.queue = this.queue.filter((u) => this.isAllowed(updateType(u)));
    return this.queue.slice(0, limit);
  }

  private isAllowed(type: string): boolean {
    return this.allowed ? this.allowed.has(type) : !DEFAULT_EXCLUDED.has(type);
  }
}
