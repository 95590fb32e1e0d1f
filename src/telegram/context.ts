import { Context } from 'telegraf';
import type { InlineKeyboardMarkup } from 'telegraf/types';

/**
 * The chat whose subscriptions and settings a command changes: the chat itself, or a channel its
 * administrator manages from this private chat (channels cannot send the bot commands).
 */
export interface Subject {
  id: number;
  kind: 'self' | 'channel';
  title: string | null;
}

/** Telegraf's context with the chat's language, a translator bound to it, and the managed subject. */
export class BotContext extends Context {
  lang = 'en';
  tr: (key: string, values?: Record<string, unknown>) => string = (key) => key;
  subject: Subject = { id: 0, kind: 'self', title: null };

  /** Replies in Telegram HTML, without link previews, naming the channel when one is managed. */
  replyHtml(text: string, keyboard?: InlineKeyboardMarkup) {
    return this.reply(withSubject(this, text), {
      parse_mode: 'HTML',
      link_preview_options: { is_disabled: true },
      ...(keyboard ? { reply_markup: keyboard } : {}),
    });
  }

  /** Replaces the message a pressed button belongs to (keyboards update in place). */
  async editHtml(text: string, keyboard?: InlineKeyboardMarkup) {
    try {
      await this.editMessageText(withSubject(this, text), {
        parse_mode: 'HTML',
        link_preview_options: { is_disabled: true },
        ...(keyboard ? { reply_markup: keyboard } : {}),
      });
    } catch (error) {
      // Pressing the same button twice asks for the same content: Telegram refuses, nothing is wrong.
      if (!/message is not modified/i.test(String((error as Error).message))) throw error;
    }
  }

  /** Answers a button press (a toast when `text` is given); a press must always be answered. */
  async answer(text?: string, alert = false) {
    await this.answerCbQuery(text?.slice(0, 200), alert ? { show_alert: true } : undefined);
  }

}

/** While a channel is managed from a private chat, every reply names it first. */
function withSubject(ctx: BotContext, text: string): string {
  if (ctx.subject.kind !== 'channel') return text;
  return `${ctx.tr('manage.header', { title: ctx.subject.title ?? String(ctx.subject.id) })}\n${text}`;
}

/** The arguments of a command: the text after `/command` (and after `@botname`). */
export function commandArgs(ctx: BotContext): string {
  const message = ctx.message;
  const text = message && 'text' in message ? message.text : '';
  return text.replace(/^\/\S+\s*/, '').trim();
}

/** The forum thread a message or pressed button is in (none outside forum topics). */
export function threadIdOf(ctx: BotContext): number | undefined {
  const message = ctx.msg;
  if (!message || !('is_topic_message' in message) || !message.is_topic_message) return undefined;
  return message.message_thread_id;
}
