import { Faults } from './faults.js';
import type { RequestMeta } from './faults.js';
import { botMethods } from './methods/bot.js';
import { chatMethods } from './methods/chats.js';
import { commandMethods } from './methods/commands.js';
import type { MethodContext, MethodSpec } from './methods/method.js';
import { messageMethods } from './methods/messages.js';
import { ApiError, decodeJsonFields, Params } from './params.js';
import { Records } from './records.js';
import { Users } from './simulate.js';
import type {
  ApiErrorBody,
  BotMembershipOptions,
  Call,
  FakeBotApi,
  PressButtonOptions,
  RateLimitOptions,
  SendTextOptions,
  SentMessage,
  Update,
  UpdatePayload,
  User,
} from './types.js';
import { UpdateQueue } from './updates.js';
import { Webhook } from './webhook.js';
import { World } from './world.js';

/** A token of the real shape (`<bot id>:<35 characters>`). */
export const DEFAULT_TOKEN = '7000000001:AAHfakeTokenForAttacheTests_0123456';
export const DEFAULT_BOT_USERNAME = 'attache_test_bot';

export interface Answer {
  status: number;
  body: Record<string, unknown>;
}

export interface DispatchMeta extends RequestMeta {
  onAbandon(cancel: () => void): void;
}

/** Sends counted against a flood limit; chat actions are not. */
const isRateLimited = (method: string) => method.startsWith('send') && method !== 'sendChatAction';
const INLINE_CONNECTION = {};

/** The fake's state and behaviour, independent of HTTP. */
export class FakeTelegram implements FakeBotApi {
  apiRoot = '';
  readonly botUser: User & { is_bot: true; username: string };
  readonly commands = new Map<string, unknown>();
  private readonly world: World;
  private readonly records = new Records();
  private readonly updates = new UpdateQueue();
  private readonly faults = new Faults();
  private readonly webhook: Webhook;
  private readonly users: Users;
  private readonly methods = new Map<string, { name: string; spec: MethodSpec }>();
  private closer: () => Promise<void> = async () => {};

  constructor(
    readonly token: string,
    botUsername: string,
  ) {
    const botId = Number(/^(\d+):/.exec(token)?.[1] ?? 7_000_000_001);
    this.botUser = { id: botId, is_bot: true, first_name: 'Attaché Test', username: botUsername };
    this.world = new World(this.botUser);
    this.users = new Users(this.world, this.updates);
    this.webhook = new Webhook(this.updates, async (method, params) => {
      await this.dispatch(method, params, undefined, {
        at: Date.now(),
        connection: INLINE_CONNECTION,
        onAbandon: () => {},
      });
    });
    for (const [name, spec] of Object.entries({
      ...botMethods(),
      ...commandMethods,
      ...messageMethods,
      ...chatMethods,
    })) {
      this.methods.set(name.toLowerCase(), { name, spec });
    }
  }

  get calls(): Call[] {
    return this.records.calls;
  }
  get sent(): SentMessage[] {
    return this.records.sent;
  }
  get deleted() {
    return this.records.deleted;
  }
  get violations() {
    return this.faults.violations;
  }

  attach(apiRoot: string, closer: () => Promise<void>): void {
    this.apiRoot = apiRoot;
    this.closer = closer;
  }

  async close(): Promise<void> {
    this.updates.releasePoll();
    this.webhook.close();
    this.records.abortWaits('fake Bot API closed before the wait was over');
    await this.closer();
  }

  sendText(opts: SendTextOptions): Update {
    return this.users.sendText(opts);
  }
  pressButton(opts: PressButtonOptions): Update {
    return this.users.pressButton(opts);
  }
  changeBotMembership(opts: BotMembershipOptions): Update {
    return this.users.changeBotMembership(opts);
  }
  addUpdate(update: UpdatePayload): Update {
    return this.updates.add(update);
  }
  pendingUpdates(): Update[] {
    return this.updates.pending();
  }

  messagesTo(chatId: number): SentMessage[] {
    return this.records.messagesTo(chatId);
  }
  waitForMessages(chatId: number, count: number, timeoutMs?: number): Promise<SentMessage[]> {
    return this.records.waitForMessages(chatId, count, timeoutMs);
  }
  waitForCall(
    method: string,
    predicate?: (params: Record<string, unknown>) => boolean,
    timeoutMs?: number,
  ): Promise<Call> {
    return this.records.waitForCall(method, predicate, timeoutMs);
  }
  clearRecords(): void {
    this.records.clear();
    this.faults.violations.length = 0;
  }

  failNext(method: string, error: ApiErrorBody, times = 1): void {
    this.faults.failNext(method, error, times);
  }
  rateLimit(retryAfterSeconds: number, opts?: RateLimitOptions): void {
    this.faults.rateLimit(retryAfterSeconds, opts);
  }
  blockChat(chatId: number, description?: string): void {
    this.faults.blockChat(chatId, description);
  }
  unblockChat(chatId: number): void {
    this.faults.unblockChat(chatId);
  }
  migrateChat(chatId: number, newChatId: number): void {
    this.faults.migrateChat(chatId, newChatId);
  }
  setChatAdmins(chatId: number, userIds: number[]): void {
    this.world.admins.set(chatId, [...userIds]);
  }
  addPublicChat(chatId: number, type: 'channel' | 'supergroup', username: string, title?: string): void {
    this.world.registerChat(chatId, type, { ...(title ? { title } : {}), username });
  }

  /**
   * Answers one method call. `refused` is an error found before dispatch (wrong token, body too
   * large): the call is still recorded, then answered with it.
   */
  async dispatch(
    method: string,
    raw: Record<string, unknown>,
    refused: ApiError | undefined,
    meta: DispatchMeta,
  ): Promise<Answer> {
    const entry = this.methods.get(method.toLowerCase());
    const call: Call = { method: entry?.name ?? method, params: raw, at: meta.at };
    this.records.addCall(call);
    let answer: Answer;
    try {
      if (refused) throw refused;
      if (!entry) throw new ApiError(404, 'Not Found: method not found');
      call.params = decodeJsonFields(raw);
      const ctx = this.context(new Params(call.params), meta);
      if (entry.name === 'getUpdates') this.records.notify();
      this.checkFaults(entry.name, entry.spec, ctx, meta);
      const reply = await entry.spec.handler(ctx);
      answer = {
        status: 200,
        body: {
          ok: true,
          result: reply.result,
          ...(reply.description ? { description: reply.description } : {}),
        },
      };
    } catch (error) {
      const apiError =
        error instanceof ApiError
          ? error
          : new ApiError(500, `Internal Server Error: ${(error as Error).message}`);
      call.error = apiError.toBody();
      answer = { status: apiError.errorCode, body: { ok: false, ...apiError.toBody() } };
    }
    call.status = answer.status;
    this.records.notify();
    return answer;
  }

  private checkFaults(name: string, spec: MethodSpec, ctx: MethodContext, meta: RequestMeta): void {
    const injected = this.faults.takeFailure(name);
    if (injected) throw injected;
    if (isRateLimited(name)) {
      let chatId: number | undefined;
      try {
        chatId = ctx.chatId();
      } catch {
        chatId = undefined;
      }
      const limited = this.faults.checkRateLimit(name, chatId, meta);
      if (limited) throw limited;
    }
    if (spec.chatScoped && ctx.params.has('chat_id')) {
      const refusal = this.faults.checkChat(ctx.chatId());
      if (refusal) throw refusal;
    }
  }

  private context(params: Params, meta: DispatchMeta): MethodContext {
    return {
      params,
      world: this.world,
      records: this.records,
      updates: this.updates,
      faults: this.faults,
      webhook: this.webhook,
      commands: this.commands,
      at: meta.at,
      chatId: () => params.chatId((username) => this.world.chatByUsername(username)),
      onAbandon: (cancel) => meta.onAbandon(cancel),
    };
  }
}
