import type { Logger } from 'pino';
import type { Context, Telegraf } from 'telegraf';
import type { Convenience, Update } from 'telegraf/types';
import { createWebhookRoute } from '../http/webhook.js';
import type { Route } from '../http/server.js';

export interface BotUpdatesOptions {
  /** WEBHOOK_URL and WEBHOOK_SECRET: webhook mode when both are set, long polling otherwise. */
  webhook?: { url: string; secret: string } | undefined;
  allowedUpdates: Convenience.UpdateType[];
  /** Adds the webhook's route to the (already listening) HTTP server. */
  addRoute: (route: Route) => void;
  onWebhookAnswer?: (status: number) => void;
  logger: Logger;
}

/**
 * Feeds the bot its updates: by long polling, or through the webhook on the HTTP server. Returns
 * the function that stops taking updates and waits for those being handled. In webhook mode the
 * webhook stays registered at Telegram on stop: updates wait there for the next process (a
 * deploy, another replica) instead of being lost.
 */
export async function serveBotUpdates<C extends Context>(bot: Telegraf<C>, options: BotUpdatesOptions): Promise<() => Promise<void>> {
  const { logger } = options;
  if (!options.webhook) {
    const launched = bot.launch({ allowedUpdates: options.allowedUpdates }, () => logger.info('bot is listening (long polling)'));
    launched.catch((err) => logger.error({ err }, 'bot stopped with an error'));
    return async () => {
      bot.stop('shutdown');
      // Resolves once the updates already fetched are handled (telegraf awaits them, then confirms the offset).
      await launched.catch(() => {});
    };
  }
  const { url, secret } = options.webhook;
  const webhook = createWebhookRoute({
    path: new URL(url).pathname,
    secret,
    handleUpdate: (update) => bot.handleUpdate(update as Update),
    logger,
    ...(options.onWebhookAnswer ? { onAnswer: options.onWebhookAnswer } : {}),
  });
  options.addRoute(webhook.route);
  await bot.telegram.setWebhook(url, { secret_token: secret, allowed_updates: options.allowedUpdates });
  // Only the host: a path may carry something private.
  logger.info({ webhookHost: new URL(url).host }, 'bot is listening (webhook)');
  return () => webhook.drain();
}
