import type {
  Chat,
  InlineKeyboardButton,
  InlineKeyboardMarkup,
  Message,
  Update as TelegramUpdate,
  User as TelegramUser,
} from 'telegraf/types';
import type { Entity } from '../telegram-html.js';

export type { Chat, InlineKeyboardButton, InlineKeyboardMarkup, Message };
export type User = TelegramUser;
/** An update exactly as the Bot API delivers it (telegraf's own type). */
export type Update = TelegramUpdate;
type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
/** An update without its id, which the fake assigns. One payload per update, as on the wire. */
export type UpdatePayload = DistributiveOmit<Update, 'update_id'>;
export type ChatType = 'private' | 'group' | 'supergroup' | 'channel';

export interface ApiErrorBody {
  error_code: number;
  description: string;
  parameters?: { retry_after?: number; migrate_to_chat_id?: number };
}

export interface Call {
  /** Canonical method name (`sendMessage`, whatever case the client used); unknown methods as sent. */
  method: string;
  /** Parameters after decoding the body; JSON-valued form fields (reply_markup, …) are decoded. */
  params: Record<string, unknown>;
  /** Date.now() when the request arrived. */
  at: number;
  /** Set once answered: the HTTP status and, for failures, the error body. */
  status?: number;
  error?: ApiErrorBody;
}

export interface SentMessage {
  chatId: number;
  messageId: number;
  /** The text as Telegram shows it: tags removed, entities decoded. */
  text: string;
  /** The raw `text` parameter (HTML when parseMode is HTML). */
  html: string;
  entities: Entity[];
  parseMode: string | undefined;
  /** The inline keyboard, when the message carries one (what Telegram echoes in Message). */
  replyMarkup: InlineKeyboardMarkup | undefined;
  messageThreadId: number | undefined;
  method: 'sendMessage' | 'editMessageText';
  at: number;
  /** Link preview switched off (`link_preview_options.is_disabled` or `disable_web_page_preview`). */
  linkPreviewDisabled: boolean;
  disableNotification: boolean;
}

export interface Violation {
  method: string;
  at: number;
  reason: string;
}

export interface SendTextOptions {
  chatId: number;
  text: string;
  from?: Partial<User>;
  chatType?: ChatType;
  messageThreadId?: number;
  isForum?: boolean;
  /** Entities to attach instead of the automatic bot_command one. */
  entities?: Entity[];
  /** Title of a group chat or username of a private one, for getChat. */
  chatTitle?: string;
}

export interface PressButtonOptions {
  chatId: number;
  messageId: number;
  data: string;
  from?: Partial<User>;
  /** Press even if the message has no button with this callback_data (a stale keyboard). */
  unchecked?: boolean;
}

export interface BotMembershipOptions {
  chatId: number;
  /** The bot's new status: `kicked` in a private chat is what blocking the bot produces. */
  status: 'member' | 'administrator' | 'left' | 'kicked';
  oldStatus?: 'member' | 'administrator' | 'left' | 'kicked';
  from?: Partial<User>;
  chatType?: ChatType;
}

export interface RateLimitOptions {
  /** Limit only sends to this chat (Telegram's per-chat flood limit); default: every chat. */
  chatId?: number;
}

export interface FakeBotApi {
  /** e.g. http://127.0.0.1:PORT, for `new Telegraf(token, { telegram: { apiRoot } })`. */
  apiRoot: string;
  token: string;
  /** The bot as getMe describes it. */
  botUser: User & { is_bot: true; username: string };
  close(): Promise<void>;

  // simulate users
  /** Enqueues a message update; a leading /command (also /command@bot) gets a bot_command entity. */
  sendText(opts: SendTextOptions): Update;
  /** Enqueues a callback_query update for an inline button of a message the bot sent. */
  pressButton(opts: PressButtonOptions): Update;
  /** Enqueues a raw update (e.g. my_chat_member); the fake assigns update_id. */
  addUpdate(update: UpdatePayload): Update;
  /** Enqueues a my_chat_member update describing the bot's own membership change in a chat. */
  changeBotMembership(opts: BotMembershipOptions): Update;
  /** Updates not yet confirmed through getUpdates' offset. */
  pendingUpdates(): Update[];

  // what the bot did
  calls: Call[];
  sent: SentMessage[];
  deleted: { chatId: number; messageId: number; at: number }[];
  messagesTo(chatId: number): SentMessage[];
  /** Resolves once at least `count` accepted messages (sends and edits) exist for the chat. */
  waitForMessages(chatId: number, count: number, timeoutMs?: number): Promise<SentMessage[]>;
  /** Resolves with the first call (already made or future) of `method` that satisfies `predicate`. */
  waitForCall(
    method: string,
    predicate?: (params: Record<string, unknown>) => boolean,
    timeoutMs?: number,
  ): Promise<Call>;
  /** Forgets recorded calls, messages, violations and deletions (not chats, updates or faults). */
  clearRecords(): void;

  // misbehave like Telegram
  failNext(method: string, error: ApiErrorBody, times?: number): void;
  rateLimit(retryAfterSeconds: number, opts?: RateLimitOptions): void;
  violations: Violation[];
  blockChat(chatId: number, description?: string): void;
  unblockChat(chatId: number): void;
  migrateChat(chatId: number, newChatId: number): void;
  setChatAdmins(chatId: number, userIds: number[]): void;
  /** A public channel or supergroup with an @username, so that getChat('@name') finds it. */
  addPublicChat(chatId: number, type: 'channel' | 'supergroup', username: string, title?: string): void;
  /** setMyCommands results keyed by commandsKey(scope, language_code). */
  commands: Map<string, unknown>;
}
