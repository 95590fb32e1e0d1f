import { Telegraf } from 'telegraf';
import type { Logger } from 'pino';
import type { DigestControl } from '../../jobs/digest-control.js';
import type { FeedAdmin } from '../../jobs/feed-admin.js';
import type { TargetResolver } from '../domain/subscriptions.js';
import { pickLanguage, type Translate } from '../i18n.js';
import type { Store } from '../store/index.js';
import { createChatAdminCheck } from './chat-admin.js';
import { BotContext } from './context.js';
import { createAdminFeedsFeature } from './features/admin-feeds.js';
import { createChannelsFeature } from './features/channels.js';
import { createDigestSettingsFeature } from './features/digest-settings.js';
import { createFallbackFeature } from './features/fallback.js';
import { createFeedbackFeature } from './features/feedback.js';
import { createLanguageFeature } from './features/language.js';
import { createLatestFeature } from './features/latest.js';
import { createListFeature } from './features/list.js';
import { createMembershipFeature } from './features/membership.js';
import { createPickerFeature } from './features/picker.js';
import { createStartFeature } from './features/start.js';
import { createStatsFeature } from './features/stats.js';
import { createSubscribeFeature } from './features/subscribe.js';
import { createTopicsFeature } from './features/topics.js';
import { retryOnFlood } from './flood-retry.js';
import { createSubjectMiddleware } from './subject.js';
import { createUnavailableGuard } from './unavailable.js';

export { publishCommands } from './commands.js';

export interface BotDeps {
  token: string;
  apiRoot: string;
  store: Store;
  t: Translate;
  resolver: TargetResolver;
  feedAdmin: FeedAdmin;
  /** Changes how and when a chat receives items: digest mode, time zone, quiet hours, pause. */
  digestControl: DigestControl;
  adminIds: readonly number[];
  logger: Logger;
}

export function createBot(deps: BotDeps): Telegraf<BotContext> {
  const bot = new Telegraf<BotContext>(deps.token, { telegram: { apiRoot: deps.apiRoot }, contextType: BotContext });
  const features = { store: deps.store, resolver: deps.resolver, mayManage: createChatAdminCheck() };
  const flood = {
    maxWaitSeconds: 30,
    retries: 2,
    onWait: (method: string, retryAfter: number) => deps.logger.warn({ method, retryAfter }, 'Telegram asked to wait; the call is made again after it'),
  };
  retryOnFlood(bot.telegram, flood);
  // Telegraf gives every update its own Telegram client: each is taught to wait out a 429 too.
  bot.use((ctx, next) => {
    retryOnFlood(ctx.telegram, flood);
    return next();
  });

  bot.use(createUnavailableGuard({ probe: () => deps.store.chats.get(0), t: deps.t, logger: deps.logger }));
  // Every update knows its chat's language: stored, else the user's Telegram language, else English.
  bot.use(async (ctx, next) => {
    if (ctx.chat) {
      const chat = await deps.store.chats.ensure(ctx.chat.id, pickLanguage(ctx.from?.language_code));
      ctx.lang = chat.language;
    }
    ctx.tr = (key, values) => deps.t(ctx.lang, key, values);
    await next();
  });
  bot.use(createSubjectMiddleware(deps.store.channels));

  bot.use(createMembershipFeature({ store: deps.store }));
  bot.use(createStartFeature(features));
  bot.use(createChannelsFeature(features));
  bot.use(createSubscribeFeature(features));
  bot.use(createListFeature(features));
  bot.use(createTopicsFeature(features));
  bot.use(createPickerFeature(features));
  bot.use(createLanguageFeature(features));
  bot.use(createDigestSettingsFeature({ ...features, digestControl: deps.digestControl }));
  bot.use(createLatestFeature(features));
  bot.use(createFeedbackFeature({ ...features, adminIds: deps.adminIds }));
  bot.use(createStatsFeature({ store: deps.store, adminIds: deps.adminIds }));
  bot.use(createAdminFeedsFeature({ adminIds: deps.adminIds, feedAdmin: deps.feedAdmin }));
  bot.use(createFallbackFeature());

  bot.catch(async (error, ctx) => {
    deps.logger.error({ err: error, chatId: ctx.chat?.id, updateId: ctx.update.update_id }, 'update failed');
    try {
      if (ctx.callbackQuery) await ctx.answer(ctx.tr('errors.generic'), true);
      else if (ctx.chat && ctx.chat.type !== 'channel') await ctx.replyHtml(ctx.tr('errors.generic'));
    } catch {
      // The reply itself failed (Telegram or Redis down): the log line above is what remains.
    }
  });

  return bot;
}
