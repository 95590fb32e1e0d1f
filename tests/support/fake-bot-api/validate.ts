import { checkTextLimits, parseTelegramHtml } from '../telegram-html.js';
import type { Entity } from '../telegram-html.js';
import { ApiError, badRequest } from './params.js';
import type { Params } from './params.js';
import type { InlineKeyboardMarkup } from './types.js';

export interface MessageContent {
  text: string;
  html: string;
  entities: Entity[];
  parseMode: string | undefined;
}

/** Validates `text` with `parse_mode` (HTML) or `entities`, as sendMessage and editMessageText do. */
export function checkTextContent(params: Params): MessageContent {
  const raw = params.str('text');
  if (raw === undefined || raw === '') throw badRequest('message text is empty');
  const parseMode = params.str('parse_mode') || undefined;
  if (parseMode === undefined) {
    const problem = checkTextLimits(raw);
    if (problem) throw new ApiError(400, problem);
    return { text: raw, html: raw, entities: checkEntities(params.array('entities') ?? [], raw), parseMode };
  }
  if (parseMode.toLowerCase() !== 'html') {
    // Attaché speaks HTML only; a Markdown message would pass Telegram unchecked here, so refuse it.
    throw badRequest(`unsupported parse_mode "${parseMode}" (the fake Bot API checks HTML only)`);
  }
  const parsed = parseTelegramHtml(raw);
  if (!parsed.ok) throw new ApiError(400, parsed.description);
  return { text: parsed.text, html: raw, entities: parsed.entities, parseMode };
}

function checkEntities(list: unknown[], text: string): Entity[] {
  return list.map((value) => {
    const entity = value as Partial<Entity> | null;
    const valid =
      typeof entity === 'object' &&
      entity !== null &&
      typeof entity.type === 'string' &&
      Number.isInteger(entity.offset) &&
      Number.isInteger(entity.length);
    if (!valid) throw badRequest("can't parse entities JSON object");
    const { offset = 0, length = 0 } = entity;
    if (offset < 0 || length <= 0 || offset + length > text.length)
      throw badRequest('entity is out of the text');
    return entity as Entity;
  });
}

const ACTION_FIELDS = [
  'callback_data',
  'url',
  'login_url',
  'switch_inline_query',
  'switch_inline_query_current_chat',
  'switch_inline_query_chosen_chat',
  'callback_game',
  'pay',
  'web_app',
  'copy_text',
];

/**
 * Validates reply_markup. Returns the inline keyboard (what Telegram echoes in the Message); other
 * keyboards are accepted and not echoed.
 */
export function checkReplyMarkup(value: unknown): InlineKeyboardMarkup | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'object' || Array.isArray(value))
    throw badRequest("can't parse reply keyboard markup JSON object");
  const markup = value as Record<string, unknown>;
  if (!('inline_keyboard' in markup)) {
    if ('keyboard' in markup || 'remove_keyboard' in markup || 'force_reply' in markup) return undefined;
    throw badRequest("can't parse reply keyboard markup JSON object");
  }
  const rows = markup.inline_keyboard;
  if (!Array.isArray(rows) || rows.some((row) => !Array.isArray(row))) {
    throw badRequest('field "inline_keyboard" of the InlineKeyboardMarkup should be an Array of Arrays');
  }
  for (const row of rows as unknown[][]) for (const button of row) checkButton(button);
  return { inline_keyboard: rows } as InlineKeyboardMarkup;
}

function checkButton(value: unknown): void {
  if (typeof value !== 'object' || value === null)
    throw badRequest("can't parse inline keyboard button: InlineKeyboardButton must be an Object");
  const button = value as Record<string, unknown>;
  if (typeof button.text !== 'string') {
    throw badRequest('can\'t parse inline keyboard button: Field "text" must be of type String');
  }
  if (button.text.trim() === '') throw badRequest('BUTTON_TEXT_INVALID');
  const actions = ACTION_FIELDS.filter((field) => button[field] !== undefined);
  if (actions.length === 0)
    throw badRequest("can't parse inline keyboard button: Text buttons are unallowed in the inline keyboard");
  if (button.callback_data !== undefined) {
    const data = button.callback_data;
    if (typeof data !== 'string' || data === '' || Buffer.byteLength(data, 'utf8') > 64)
      throw badRequest('BUTTON_DATA_INVALID');
  }
  if (button.url !== undefined) {
    const url = typeof button.url === 'string' ? safeUrl(button.url) : undefined;
    if (!url || !['http:', 'https:', 'tg:'].includes(url.protocol)) throw badRequest('BUTTON_URL_INVALID');
  }
}

function safeUrl(text: string): URL | undefined {
  try {
    return new URL(text);
  } catch {
    return undefined;
  }
}

/** Reads link_preview_options / disable_web_page_preview; returns whether the preview is off. */
export function checkLinkPreview(params: Params): boolean {
  const options = params.object('link_preview_options');
  if (options && options.is_disabled !== undefined && typeof options.is_disabled !== 'boolean') {
    throw badRequest("can't parse link preview options JSON object");
  }
  return options?.is_disabled === true || params.bool('disable_web_page_preview') === true;
}
