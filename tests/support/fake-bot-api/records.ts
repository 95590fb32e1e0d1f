import type { Call, SentMessage } from './types.js';

export const DEFAULT_WAIT_MS = 5000;

type Waiter = { check: () => boolean; fail: (error: Error) => void };

/** What the bot did, and promises that resolve when it has done something. */
export class Records {
  readonly calls: Call[] = [];
  readonly sent: SentMessage[] = [];
  readonly deleted: { chatId: number; messageId: number; at: number }[] = [];
  private readonly waiters = new Set<Waiter>();

  addCall(call: Call): void {
    this.calls.push(call);
  }

  addSent(message: SentMessage): void {
    this.sent.push(message);
    this.notify();
  }

  /** Re-checks every waiter; called whenever something was recorded or answered. */
  notify(): void {
    for (const waiter of [...this.waiters]) waiter.check();
  }

  messagesTo(chatId: number): SentMessage[] {
    return this.sent.filter((m) => m.chatId === chatId);
  }

  waitForMessages(chatId: number, count: number, timeoutMs = DEFAULT_WAIT_MS): Promise<SentMessage[]> {
    return this.waitUntil(
      () => {
        const messages = this.messagesTo(chatId);
        return messages.length >= count ? messages : undefined;
      },
      timeoutMs,
      () =>
        `waitForMessages: expected at least ${count} message(s) to chat ${chatId} within ${timeoutMs} ms, ` +
        `got ${this.messagesTo(chatId).length}.\n${this.describe(chatId)}`,
    );
  }

  /** Matches calls that have been answered, and getUpdates calls (long polls) as soon as they arrive. */
  waitForCall(
    method: string,
    predicate: (params: Record<string, unknown>) => boolean = () => true,
    timeoutMs = DEFAULT_WAIT_MS,
  ): Promise<Call> {
    const name = method.toLowerCase();
    const matches = (call: Call) =>
      call.method.toLowerCase() === name &&
      (call.status !== undefined || name === 'getupdates') &&
      predicate(call.params);
    return this.waitUntil(
      () => this.calls.find(matches),
      timeoutMs,
      () => {
        const same = this.calls.filter((c) => c.method.toLowerCase() === name);
        const methods = [...new Set(this.calls.map((c) => c.method))].join(', ') || 'none';
        return (
          `waitForCall: no ${method} call${same.length > 0 ? ' matching the predicate' : ''} within ${timeoutMs} ms.\n` +
          `${method} calls seen: ${same.length}${same
            .slice(-5)
            .map((c) => `\n  ${JSON.stringify(c.params).slice(0, 300)}`)
            .join('')}\n` +
          `Methods called: ${methods}`
        );
      },
    );
  }

  /** Rejects every pending wait (the server is closing). */
  abortWaits(reason: string): void {
    for (const waiter of [...this.waiters]) waiter.fail(new Error(reason));
  }

  clear(): void {
    this.calls.length = 0;
    this.sent.length = 0;
    this.deleted.length = 0;
  }

  private waitUntil<T>(probe: () => T | undefined, timeoutMs: number, explain: () => string): Promise<T> {
    const ready = probe();
    if (ready !== undefined) return Promise.resolve(ready);
    return new Promise<T>((resolve, reject) => {
      const done = () => {
        clearTimeout(timer);
        this.waiters.delete(waiter);
      };
      const waiter: Waiter = {
        check: () => {
          const value = probe();
          if (value === undefined) return false;
          done();
          resolve(value);
          return true;
        },
        fail: (error) => {
          done();
          reject(error);
        },
      };
      const timer = setTimeout(() => waiter.fail(new Error(explain())), timeoutMs);
      this.waiters.add(waiter);
    });
  }

  /** A readable account of what was sent, for timeout messages. */
  private describe(chatId: number): string {
    const lines: string[] = [];
    const mine = this.messagesTo(chatId);
    lines.push(`Sent to chat ${chatId}: ${mine.length === 0 ? 'nothing' : ''}`);
    for (const m of mine)
      lines.push(`  ${m.method} #${m.messageId}: ${JSON.stringify(m.text.slice(0, 200))}`);
    const others = new Map<number, number>();
    for (const m of this.sent) if (m.chatId !== chatId) others.set(m.chatId, (others.get(m.chatId) ?? 0) + 1);
    if (others.size > 0)
      lines.push(`Other chats: ${[...others].map(([id, n]) => `${id} (${n})`).join(', ')}`);
    const failed = this.calls.filter((c) => c.error && c.method !== 'getUpdates').slice(-10);
    if (failed.length > 0) lines.push('Refused calls (latest 10):');
    for (const c of failed) {
      lines.push(
        `  ${c.method} chat_id=${String(c.params.chat_id)} → ${c.error?.error_code} ${c.error?.description}`,
      );
    }
    return lines.join('\n');
  }
}
