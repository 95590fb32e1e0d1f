import { Context } from 'telegraf';

/** Telegraf's context with the chat's language and a translator bound to it. */
export class BotContext extends Context {
  lang = 'en';
  tr: (key: string, values?: Record<string, unknown>) => string = (key) => key;

  /** Replies in Telegram HTML, without link previews (a list of links should stay compact). */
  replyHtml(text: string) {
    return this.reply(text, { parse_mode: 'HTML', link_preview_options: { is_disabled: true } });
  }
}

/** The arguments of a command: the text after `/command` (and after `@botname`). */
export function commandArgs(ctx: BotContext): string {
  const message = ctx.message;
  const text = message && 'text' in message ? message.text : '';
  return text.replace(/^\/\S+\s*/, '').trim();
}
