import type { TargetResolver } from '../domain/subscriptions.js';
import type { Store } from '../store/index.js';
import type { MayManage } from './chat-admin.js';
import type { BotContext } from './context.js';

/** What most features need: the store, how targets are read, and who may change the subject. */
export interface FeatureDeps {
  store: Store;
  resolver: TargetResolver;
  mayManage: MayManage;
}

/**
 * Lets the command or button go on when the sender may change the subject; otherwise says who can
 * (a toast for a button, a reply for a command) and stops it.
 */
export async function requireManager(ctx: BotContext, mayManage: MayManage): Promise<boolean> {
  if (await mayManage(ctx)) return true;
  const key = ctx.subject.kind === 'channel' ? 'errors.channel_admins_only' : 'errors.group_admins_only';
  if (ctx.callbackQuery) await ctx.answer(ctx.tr(key), true);
  else await ctx.replyHtml(ctx.tr(key));
  return false;
}
