import type { InlineKeyboardButton, SentMessage } from './types.js';

/** The inline buttons of a sent message, row by row flattened, for finding one to press. */
export function buttonsOf(message: Pick<SentMessage, 'replyMarkup'>): InlineKeyboardButton[] {
  return (message.replyMarkup?.inline_keyboard ?? []).flat();
}
