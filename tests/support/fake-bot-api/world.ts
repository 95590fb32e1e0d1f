import type { ChatMember } from 'telegraf/types';
import type { Entity } from '../telegram-html.js';
import type { Chat, ChatType, InlineKeyboardMarkup, Message, User } from './types.js';

/** The user who speaks in group chats when a test does not say who. */
export const DEFAULT_GROUP_USER_ID = 5_000_001;
/** Supergroup and channel ids look like -100XXXXXXXXXX. */
const SUPERGROUP_ID_LIMIT = -1_000_000_000_000;

export interface StoredMessage {
  chatId: number;
  messageId: number;
  fromBot: boolean;
  text: string;
  entities: Entity[];
  replyMarkup: InlineKeyboardMarkup | undefined;
  threadId: number | undefined;
  date: number;
  editDate?: number;
  from: User | undefined;
}

export const unixNow = () => Math.floor(Date.now() / 1000);

export function defaultChatType(chatId: number): ChatType {
  if (chatId > 0) return 'private';
  return chatId <= SUPERGROUP_ID_LIMIT ? 'supergroup' : 'group';
}

/** Chats, users and messages the fake knows about. Unknown chats are described from their id. */
export class World {
  private readonly chats = new Map<number, Chat>();
  private readonly users = new Map<number, User>();
  private readonly messages = new Map<string, StoredMessage>();
  private readonly lastMessageId = new Map<number, number>();
  readonly admins = new Map<number, number[]>();
  readonly callbackQueries = new Map<string, { answered: boolean }>();

  constructor(readonly bot: User & { is_bot: true; username: string }) {
    this.users.set(bot.id, bot);
  }

  /** Registers (or refreshes) a chat a simulated user wrote in. */
  registerChat(
    chatId: number,
    type: ChatType,
    opts: { title?: string; isForum?: boolean; user?: User; username?: string } = {},
  ): Chat {
    const chat = describeChat(chatId, type, opts);
    this.chats.set(chatId, chat);
    return chat;
  }

  chat(chatId: number): Chat {
    return this.chats.get(chatId) ?? describeChat(chatId, defaultChatType(chatId), {});
  }

  isKnownChat(chatId: number): boolean {
    return this.chats.has(chatId);
  }

  chatByUsername(username: string): number | undefined {
    for (const chat of this.chats.values()) {
      if ('username' in chat && chat.username?.toLowerCase() === username) return chat.id;
    }
    return undefined;
  }

  rememberUser(user: User): void {
    this.users.set(user.id, user);
  }

  user(userId: number): User {
    return this.users.get(userId) ?? { id: userId, is_bot: false, first_name: `User ${userId}` };
  }

  /** Message ids are per chat and shared by the users' and the bot's messages, as in Telegram. */
  nextMessageId(chatId: number): number {
    const id = (this.lastMessageId.get(chatId) ?? 0) + 1;
    this.lastMessageId.set(chatId, id);
    return id;
  }

  storeMessage(message: StoredMessage): void {
    this.messages.set(`${message.chatId}:${message.messageId}`, message);
  }

  message(chatId: number, messageId: number): StoredMessage | undefined {
    return this.messages.get(`${chatId}:${messageId}`);
  }

  deleteMessage(chatId: number, messageId: number): boolean {
    return this.messages.delete(`${chatId}:${messageId}`);
  }

  member(chatId: number, userId: number): ChatMember {
    const user = this.user(userId);
    const admins = this.admins.get(chatId) ?? [];
    const index = admins.indexOf(userId);
    if (index === 0) return { status: 'creator', user, is_anonymous: false };
    if (index > 0) return administrator(user);
    return { status: 'member', user };
  }

  /** Serializes a stored message as the Bot API returns it. */
  wireMessage(stored: StoredMessage): Message {
    const chat = this.chat(stored.chatId);
    const message: Record<string, unknown> = {
      message_id: stored.messageId,
      ...(chat.type === 'channel' ? { sender_chat: chat } : { from: stored.from }),
      chat,
      date: stored.date,
      ...(stored.editDate !== undefined ? { edit_date: stored.editDate } : {}),
      ...(stored.threadId !== undefined
        ? { message_thread_id: stored.threadId, is_topic_message: true }
        : {}),
      text: stored.text,
      ...(stored.entities.length > 0 ? { entities: stored.entities } : {}),
      ...(stored.replyMarkup ? { reply_markup: stored.replyMarkup } : {}),
    };
    return message as unknown as Message;
  }
}

export function administrator(user: User): ChatMember {
  return {
    status: 'administrator',
    user,
    can_be_edited: false,
    is_anonymous: false,
    can_manage_chat: true,
    can_delete_messages: true,
    can_manage_video_chats: true,
    can_restrict_members: true,
    can_promote_members: false,
    can_change_info: true,
    can_invite_users: true,
    can_pin_messages: true,
  };
}

function describeChat(
  chatId: number,
  type: ChatType,
  opts: { title?: string; isForum?: boolean; user?: User; username?: string },
): Chat {
  if (type === 'private') {
    const user = opts.user;
    return {
      id: chatId,
      type,
      first_name: user?.first_name ?? `User ${chatId}`,
      ...(user?.last_name ? { last_name: user.last_name } : {}),
      ...(user?.username ? { username: user.username } : {}),
    };
  }
  const title = opts.title ?? `Chat ${chatId}`;
  const username = opts.username ? { username: opts.username } : {};
  if (type === 'supergroup')
    return { id: chatId, type, title, ...username, ...(opts.isForum ? { is_forum: true as const } : {}) };
  return { id: chatId, type, title, ...username } as Chat;
}
