import { randomBytes } from 'node:crypto';
import type { ChatMember } from 'telegraf/types';
import type { Entity } from '../telegram-html.js';
import type { UpdateQueue } from './updates.js';
import type {
  BotMembershipOptions,
  ChatType,
  PressButtonOptions,
  SendTextOptions,
  Update,
  UpdatePayload,
  User,
} from './types.js';
import { administrator, DEFAULT_GROUP_USER_ID, defaultChatType, unixNow } from './world.js';
import type { World } from './world.js';

const COMMAND = /^\/[A-Za-z0-9_]{1,32}(?:@[A-Za-z0-9_]{3,32})?(?![A-Za-z0-9_@])/;

/** The user behind a simulated action: in a private chat, the chat's own user. */
function actor(chatId: number, type: ChatType, from: Partial<User> | undefined): User {
  return {
    id: type === 'private' ? chatId : DEFAULT_GROUP_USER_ID,
    is_bot: false,
    first_name: 'Tester',
    language_code: 'en',
    ...from,
  };
}

/** Builds the updates a real Telegram would send when users act; each is queued for the bot. */
export class Users {
  constructor(
    private readonly world: World,
    private readonly updates: UpdateQueue,
  ) {}

  sendText(opts: SendTextOptions): Update {
    const type = opts.chatType ?? defaultChatType(opts.chatId);
    const user = actor(opts.chatId, type, opts.from);
    if (type !== 'channel') this.world.rememberUser(user);
    this.world.registerChat(opts.chatId, type, { title: opts.chatTitle, isForum: opts.isForum, user });
    const messageId = this.world.nextMessageId(opts.chatId);
    const entities = opts.entities ?? commandEntities(opts.text);
    const threadId = opts.messageThreadId;
    this.world.storeMessage({
      chatId: opts.chatId,
      messageId,
      fromBot: false,
      text: opts.text,
      entities,
      replyMarkup: undefined,
      threadId,
      date: unixNow(),
      from: type === 'channel' ? undefined : user,
    });
    const stored = this.world.message(opts.chatId, messageId);
    const message = stored ? this.world.wireMessage(stored) : undefined;
    if (!message) throw new Error('sendText: message was not stored');
    const payload = type === 'channel' ? { channel_post: message } : { message };
    return this.updates.add(payload as UpdatePayload);
  }

  pressButton(opts: PressButtonOptions): Update {
    const stored = this.world.message(opts.chatId, opts.messageId);
    if (!stored) throw new Error(`pressButton: chat ${opts.chatId} has no message ${opts.messageId}`);
    const buttons = (stored.replyMarkup?.inline_keyboard ?? []).flat();
    const data = buttons.flatMap((b) => ('callback_data' in b ? [b.callback_data] : []));
    if (!opts.unchecked && !data.includes(opts.data)) {
      throw new Error(
        `pressButton: message ${opts.messageId} in chat ${opts.chatId} has no button with callback_data ${JSON.stringify(opts.data)}; ` +
          `it has ${JSON.stringify(data)}`,
      );
    }
    const type = this.world.chat(opts.chatId).type;
    const user = actor(opts.chatId, type, opts.from);
    this.world.rememberUser(user);
    const id = BigInt(`0x${randomBytes(7).toString('hex')}`).toString();
    this.world.callbackQueries.set(id, { answered: false });
    return this.updates.add({
      callback_query: {
        id,
        from: user,
        message: this.world.wireMessage(stored),
        chat_instance: String(Math.abs(opts.chatId * 7919) % 2 ** 52),
        data: opts.data,
      },
    } as UpdatePayload);
  }

  changeBotMembership(opts: BotMembershipOptions): Update {
    const type = opts.chatType ?? defaultChatType(opts.chatId);
    const user = actor(opts.chatId, type, opts.from);
    const chat = this.world.registerChat(opts.chatId, type, { user });
    const joining = opts.status === 'member' || opts.status === 'administrator';
    const oldStatus = opts.oldStatus ?? (joining ? (type === 'private' ? 'kicked' : 'left') : 'member');
    return this.updates.add({
      my_chat_member: {
        chat,
        from: user,
        date: unixNow(),
        old_chat_member: this.botMember(oldStatus),
        new_chat_member: this.botMember(opts.status),
      },
    });
  }

  private botMember(status: BotMembershipOptions['status']): ChatMember {
    const user = this.world.bot;
    if (status === 'administrator') return administrator(user);
    if (status === 'kicked') return { status, user, until_date: 0 };
    return { status, user };
  }
}

/** A leading /command (with an optional @botname) is a bot_command entity, as clients mark it. */
export function commandEntities(text: string): Entity[] {
  const match = COMMAND.exec(text);
  return match ? [{ type: 'bot_command', offset: 0, length: match[0].length }] : [];
}
