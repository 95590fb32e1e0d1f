/**
 * A fake Telegram Bot API server for tests: real HTTP on loopback, the real wire format, and the
 * ways Telegram refuses (bad HTML, long texts, 429 flood limits, blocked and migrated chats).
 *
 * ```ts
 * const fake = await startFakeBotApi();
 * const bot = new Telegraf(fake.token, { telegram: { apiRoot: fake.apiRoot } });
 * fake.sendText({ chatId: 42, text: '/start' });
 * const [reply] = await fake.waitForMessages(42, 1);
 * ```
 */
export { startFakeBotApi } from './fake-bot-api/server.js';
export type { FakeBotApiOptions } from './fake-bot-api/server.js';
export { DEFAULT_BOT_USERNAME, DEFAULT_TOKEN } from './fake-bot-api/core.js';
export { commandsKey } from './fake-bot-api/methods/commands.js';
export { DEFAULT_GROUP_USER_ID } from './fake-bot-api/world.js';
export { IN_FLIGHT_GRACE_MS } from './fake-bot-api/faults.js';
export { BODY_LIMIT_BYTES } from './fake-bot-api/http-body.js';
export { DEFAULT_WAIT_MS } from './fake-bot-api/records.js';
export { commandEntities } from './fake-bot-api/simulate.js';
export { buttonsOf } from './fake-bot-api/buttons.js';
export type {
  ApiErrorBody,
  BotMembershipOptions,
  Call,
  Chat,
  ChatType,
  FakeBotApi,
  InlineKeyboardButton,
  InlineKeyboardMarkup,
  Message,
  PressButtonOptions,
  RateLimitOptions,
  SendTextOptions,
  SentMessage,
  Update,
  UpdatePayload,
  User,
  Violation,
} from './fake-bot-api/types.js';
export type { Entity } from './telegram-html.js';
