import type { Telegram } from 'telegraf';

export interface SendOptions {
  /** Plain text instead of HTML: the fallback when Telegram cannot parse a message's entities. */
  plain?: boolean;
  messageThreadId?: number;
}

/** Sends one message; errors are the Bot API's own, for `classifyTelegramError`. */
export type SendMessage = (chatId: number, text: string, options?: SendOptions) => Promise<void>;

export function createSender(telegram: Telegram): SendMessage {
  return async (chatId, text, options = {}) => {
    await telegram.sendMessage(chatId, text, {
      ...(options.plain ? {} : { parse_mode: 'HTML' as const }),
      link_preview_options: { is_disabled: true },
      ...(options.messageThreadId ? { message_thread_id: options.messageThreadId } : {}),
    });
  };
}

/** The visible text of our HTML, for the plain-text fallback. */
export function htmlToPlain(html: string): string {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
}
