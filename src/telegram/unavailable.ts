import type { Logger } from 'pino';
import type { Context, MiddlewareFn } from 'telegraf';
import { pickLanguage, type Translate } from '../i18n.js';

export interface UnavailableDeps {
  /** A cheap read from the store: answers in milliseconds while Redis is up, waits while it is down. */
  probe: () => Promise<unknown>;
  t: Translate;
  logger: Logger;
  /** How long the probe may take before Redis counts as unreachable. */
  probeTimeoutMs?: number;
  /** How long an update may run before Redis is probed again (a slow /addfeed is not an outage). */
  slowUpdateMs?: number;
}

const TIMED_OUT = Symbol('timed out');

function within<T>(work: Promise<T>, ms: number): Promise<T | typeof TIMED_OUT> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<typeof TIMED_OUT>((resolve) => (timer = setTimeout(() => resolve(TIMED_OUT), ms)));
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

/**
 * Registered first: while Redis is unreachable, a user who sends a command is told at once, in
 * their Telegram language, that the bot is temporarily unavailable, instead of waiting on a
 * connection that queues every command until Redis returns (and holding up every later update of
 * the long-polling loop). The reply goes straight to Telegram, without touching Redis. A command
 * refused this way is not run later: the user was told to try again.
 */
export function createUnavailableGuard<C extends Context>(deps: UnavailableDeps): MiddlewareFn<C> {
  const probeTimeout = deps.probeTimeoutMs ?? 2000;
  const slowUpdate = deps.slowUpdateMs ?? 8000;
  const reachable = async () => {
    try {
      return (await within(deps.probe(), probeTimeout)) !== TIMED_OUT;
    } catch {
      return false;
    }
  };

  async function tellUnavailable(ctx: C): Promise<void> {
    const text = deps.t(pickLanguage(ctx.from?.language_code), 'errors.unavailable');
    try {
      if (ctx.callbackQuery) {
        await ctx.telegram.answerCbQuery(ctx.callbackQuery.id, text.slice(0, 200), { show_alert: true });
        return;
      }
      const message = ctx.message;
      const chat = ctx.chat;
      if (!message || !chat || chat.type === 'channel') return;
      const isCommand = 'text' in message && message.text.startsWith('/');
      // In groups only commands are answered: ordinary talk there is not addressed to the bot.
      if (chat.type !== 'private' && !isCommand) return;
      const thread = 'message_thread_id' in message && message.is_topic_message ? message.message_thread_id : undefined;
      await ctx.telegram.sendMessage(chat.id, text, thread ? { message_thread_id: thread } : {});
    } catch (err) {
      deps.logger.warn({ err, chatId: ctx.chat?.id }, 'could not say the bot is unavailable');
    }
  }

  return async (ctx, next) => {
    if (!(await reachable())) {
      deps.logger.warn({ chatId: ctx.chat?.id, updateId: ctx.update.update_id }, 'Redis unreachable: update answered "temporarily unavailable"');
      await tellUnavailable(ctx);
      return;
    }
    const handling = next();
    if ((await within(handling, slowUpdate)) !== TIMED_OUT) return;
    if (await reachable()) {
      await handling; // slow, not stuck: a feed being fetched, Telegram taking its time
      return;
    }
    // Redis went away while this update was being handled: answer now, and let the handling
    // finish (or fail) on its own once the connection returns.
    handling.catch((err: unknown) => deps.logger.warn({ err, updateId: ctx.update.update_id }, 'update failed after Redis returned'));
    deps.logger.warn({ chatId: ctx.chat?.id, updateId: ctx.update.update_id }, 'Redis unreachable mid-update: answered "temporarily unavailable"');
    await tellUnavailable(ctx);
  };
}
