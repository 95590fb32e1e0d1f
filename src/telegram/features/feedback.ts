import { Composer } from 'telegraf';
import type { MessageEntity } from 'telegraf/types';
import { escapeHtml, trimOnWord, visibleLength } from '../../domain/html.js';
import { MESSAGE_LIMIT } from '../../domain/digest/render.js';
import type { StoredItem } from '../../store/items.js';
import { cb, cbPattern } from '../callback-data.js';
import { commandArgs, type BotContext } from '../context.js';
import { formatMoment } from '../describe.js';
import { explainItem } from '../explain-item.js';
import type { FeatureDeps } from '../guard.js';
import { button, grid, keyboard } from '../keyboards/markup.js';

export interface FeedbackDeps extends FeatureDeps {
  adminIds: readonly number[];
}

/** Stored item ids: a feed id and 16 characters of a digest (store/items.ts). */
const ITEM_ID = /^\d+-[A-Za-z0-9_-]{16}$/;
const NOTE_MAX = 500;

/** /why, /wrong (on a delivered message, or with an item id) and /flags for the bot's admins. */
export function createFeedbackFeature(deps: FeedbackDeps) {
  const feature = new Composer<BotContext>();

  /** The items a command is about: those of the message it replies to, else ids typed after it. */
  async function itemsOf(ctx: BotContext, words: string[]): Promise<{ items: StoredItem[]; rest: string[]; replied: boolean }> {
    const message = ctx.message;
    const reply = message && 'reply_to_message' in message ? message.reply_to_message : undefined;
    if (reply) {
      const ids = await deps.store.deliveries.itemsOfMessage(ctx.chat!.id, reply.message_id);
      return { items: await deps.store.items.getMany(ids), rest: words, replied: true };
    }
    const ids = words.filter((w) => ITEM_ID.test(w)).slice(0, 10);
    return { items: await deps.store.items.getMany(ids), rest: words.filter((w) => !ITEM_ID.test(w)), replied: false };
  }

  async function flag(ctx: BotContext, itemId: string, note: string) {
    await deps.store.flags.add({ itemId, chatId: ctx.chat!.id, userId: ctx.from?.id ?? null, note: note.slice(0, NOTE_MAX), at: Date.now() });
  }

  feature.command('why', async (ctx) => {
    const { items, replied } = await itemsOf(ctx, commandArgs(ctx).split(/\s+/).filter(Boolean));
    if (items.length === 0) return void (await ctx.replyHtml(ctx.tr(replied ? 'why.no_items' : 'why.usage')));
    const subscriptions = await deps.store.subscriptions.list(ctx.subject.id);
    let html = ctx.tr('why.header');
    for (const item of items.slice(0, 5)) {
      const next = `${html}\n\n${explainItem(item, subscriptions, ctx.tr, ctx.lang)}`;
      if (visibleLength(next) > MESSAGE_LIMIT - 200) break;
      html = next;
    }
    await ctx.replyHtml(html);
  });

  feature.command('wrong', async (ctx) => {
    const { items, rest, replied } = await itemsOf(ctx, commandArgs(ctx).split(/\s+/).filter(Boolean));
    if (items.length === 0) return void (await ctx.replyHtml(ctx.tr(replied ? 'why.no_items' : 'wrong.usage')));
    const note = rest.join(' ').slice(0, NOTE_MAX);
    const [only] = items;
    if (items.length === 1 && only) {
      await flag(ctx, only.id, note);
      return void (await ctx.replyHtml(ctx.tr('wrong.done')));
    }
    // Several items in one digest: ask which. The note travels in the question, as a quote.
    const buttons = items.slice(0, 10).map((item) => button(trimOnWord(item.title || item.id, 40), cb('wr', item.id)));
    const quoted = note ? `\n<blockquote>${escapeHtml(note)}</blockquote>` : '';
    await ctx.replyHtml(`${ctx.tr('wrong.which')}${quoted}`, keyboard(grid(buttons, 1)));
  });

  feature.action(cbPattern('wr', '(\\d+-[A-Za-z0-9_-]{16})'), async (ctx) => {
    const itemId = ctx.match[1]!;
    const message = ctx.callbackQuery.message;
    const text = message && 'text' in message ? message.text : '';
    const entities: MessageEntity[] = message && 'entities' in message ? (message.entities ?? []) : [];
    const quote = entities.find((e) => e.type === 'blockquote');
    // Entity offsets count UTF-16 code units, as JavaScript strings do.
    const note = quote ? text.slice(quote.offset, quote.offset + quote.length) : '';
    await flag(ctx, itemId, note);
    await ctx.answer(ctx.tr('wrong.done'));
    await ctx.editHtml(ctx.tr('wrong.done'));
  });

  feature.command('flags', async (ctx) => {
    if (!ctx.from || !deps.adminIds.includes(ctx.from.id)) return void (await ctx.replyHtml(ctx.tr('flags.admins_only')));
    const [flags, total] = await Promise.all([deps.store.flags.list(15), deps.store.flags.count()]);
    if (flags.length === 0) return void (await ctx.replyHtml(ctx.tr('flags.empty')));
    const items = new Map((await deps.store.items.getMany([...new Set(flags.map((f) => f.itemId))])).map((i) => [i.id, i]));
    let html = ctx.tr('flags.header', { count: total });
    for (const f of flags) {
      const item = items.get(f.itemId);
      const about = item
        ? `<b>${escapeHtml(trimOnWord(item.title, 120))}</b>\n${escapeHtml([item.countries.join(', '), item.topics.join(', ')].filter(Boolean).join(' · '))}`
        : `<code>${escapeHtml(f.itemId)}</code>`;
      const note = f.note ? `\n<i>${escapeHtml(trimOnWord(f.note, 200))}</i>` : '';
      const meta = ctx.tr('flags.meta', { id: f.itemId, when: `${formatMoment(f.at, ctx.lang, 'UTC')} UTC`, chat: f.chatId });
      const line = `${about}${note}\n${meta}`;
      if (visibleLength(`${html}\n\n${line}`) > MESSAGE_LIMIT - 100) break;
      html += `\n\n${line}`;
    }
    await ctx.replyHtml(html);
  });

  return feature;
}
