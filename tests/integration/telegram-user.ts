import { expect } from 'vitest';
import { buttonsOf, type Call, type ChatType, type SentMessage, type User } from '../support/fake-bot-api.js';
import { parseTelegramHtml } from '../support/telegram-html.js';
import type { Harness } from './harness.js';

export interface UserOptions {
  /** The chat the user writes in; a private chat by default (its id is the user's). */
  chatId: number;
  from: Partial<User> & { id: number };
  chatType?: ChatType;
  isForum?: boolean;
  threadId?: number;
  chatTitle?: string;
}

/**
 * A person in Telegram, as the fake Bot API lets tests play one: types text, waits for the bot's
 * answer, presses inline buttons and reads the toast. Every message the bot sends is checked to be
 * valid Telegram HTML within the length limit.
 */
export function telegramUser(h: Harness, options: UserOptions) {
  const chatId = options.chatId;
  const messages = () => h.telegram.messagesTo(chatId);

  function valid(message: SentMessage): SentMessage {
    const parsed = parseTelegramHtml(message.html);
    expect(parsed.ok, message.html).toBe(true);
    expect(message.text.length).toBeLessThanOrEqual(4096);
    return message;
  }

  return {
    chatId,
    messages,
    /** Sends text and resolves with the bot's next message to this chat. */
    async say(text: string): Promise<SentMessage> {
      const before = messages().length;
      h.telegram.sendText({
        chatId,
        text,
        from: { language_code: 'en', first_name: 'Tester', ...options.from },
        ...(options.chatType ? { chatType: options.chatType } : {}),
        ...(options.isForum ? { isForum: true } : {}),
        ...(options.threadId ? { messageThreadId: options.threadId } : {}),
        ...(options.chatTitle ? { chatTitle: options.chatTitle } : {}),
      });
      const all = await h.telegram.waitForMessages(chatId, before + 1, 10_000);
      return valid(all[before]!);
    },
    /** The last version of a message (after the edits a button press made). */
    current(messageId: number): SentMessage {
      const versions = messages().filter((m) => m.messageId === messageId);
      return versions[versions.length - 1]!;
    },
    /**
     * Presses the button whose callback data or label is `data` (or whose label matches the regex) and resolves with
     * the answer to the press and, when `edits` is set, the message as the press redrew it.
     */
    async press(message: SentMessage, data: string | RegExp, opts: { edits?: boolean; unchecked?: boolean } = {}): Promise<{ answer: Call; message: SentMessage }> {
      const current = this.current(message.messageId);
      const button = buttonsOf(current).find((b) =>
        'callback_data' in b && (typeof data === 'string' ? b.callback_data === data || b.text === data : data.test(b.text)),
      );
      const callbackData = button && 'callback_data' in button ? button.callback_data : String(data);
      if (!opts.unchecked) expect(button, `button ${String(data)} in ${JSON.stringify(buttonsOf(current).map((b) => b.text))}`).toBeDefined();
      const before = messages().length;
      const update = h.telegram.pressButton({
        chatId,
        messageId: message.messageId,
        data: callbackData,
        from: { language_code: 'en', first_name: 'Tester', ...options.from },
        ...(opts.unchecked ? { unchecked: true } : {}),
      });
      const id = 'callback_query' in update ? update.callback_query.id : '';
      const answer = await h.telegram.waitForCall('answerCallbackQuery', (p) => p.callback_query_id === id, 10_000);
      if (opts.edits) await h.telegram.waitForMessages(chatId, before + 1, 10_000);
      return { answer, message: valid(this.current(message.messageId)) };
    },
  };
}

/** The labels of a message's buttons. */
export function labels(message: SentMessage): string[] {
  return buttonsOf(message).map((b) => b.text);
}

/** The callback data of a message's buttons. */
export function callbackData(message: SentMessage): string[] {
  return buttonsOf(message).flatMap((b) => ('callback_data' in b ? [b.callback_data] : []));
}
