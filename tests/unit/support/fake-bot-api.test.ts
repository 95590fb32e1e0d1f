import { Agent, createServer, request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Telegraf, Telegram, TelegramError } from 'telegraf';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buttonsOf, commandsKey, startFakeBotApi } from '../../support/fake-bot-api.js';
import type { FakeBotApi, Message, Update } from '../../support/fake-bot-api.js';

interface ApiResponse<T> {
  ok: boolean;
  result?: T;
  error_code?: number;
  description?: string;
  parameters?: { retry_after?: number; migrate_to_chat_id?: number };
}

let fake: FakeBotApi;
beforeEach(async () => {
  fake = await startFakeBotApi();
});
afterEach(async () => {
  await fake.close();
});

/** One Bot API call as JSON, the way most clients send it. */
async function call<T = unknown>(method: string, params: unknown = {}, init: RequestInit = {}) {
  const response = await fetch(`${fake.apiRoot}/bot${fake.token}/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(params),
    ...init,
  });
  return {
    status: response.status,
    statusText: response.statusText,
    body: (await response.json()) as ApiResponse<T>,
  };
}

/** A POST over node:http, to control the connection (agent) and the raw body. */
function post(path: string, body: string | Buffer, headers: Record<string, string>, agent?: Agent) {
  return new Promise<{ status: number; body: ApiResponse<unknown> }>((resolve, reject) => {
    const req = request(`${fake.apiRoot}${path}`, { method: 'POST', headers, agent }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () =>
        resolve({
          status: res.statusCode ?? 0,
          body: JSON.parse(Buffer.concat(chunks).toString()) as ApiResponse<unknown>,
        }),
      );
    });
    req.on('error', reject);
    req.end(body);
  });
}

const send = (chatId: number, text: string, extra: Record<string, unknown> = {}) =>
  call<Message.TextMessage>('sendMessage', { chat_id: chatId, text, parse_mode: 'HTML', ...extra });

describe('wire format', () => {
  it('answers getMe with the bot, whatever the case of the method name', async () => {
    const custom = await startFakeBotApi({ token: '123:abc', botUsername: 'other_bot' });
    try {
      expect((await call('getMe')).body).toMatchObject({
        ok: true,
        result: { id: 7000000001, is_bot: true, username: 'attache_test_bot' },
      });
      const response = await fetch(`${custom.apiRoot}/bot123:abc/GETME`);
      expect(await response.json()).toMatchObject({ ok: true, result: { id: 123, username: 'other_bot' } });
    } finally {
      await custom.close();
    }
  });

  it('refuses a wrong token with 401 and an unknown method with 404, and records both', async () => {
    const wrong = await fetch(`${fake.apiRoot}/bot999:nope/getMe`, { method: 'POST' });
    expect(wrong.status).toBe(401);
    expect(await wrong.json()).toEqual({ ok: false, error_code: 401, description: 'Unauthorized' });
    const unknown = await call('sendTelepathy', { chat_id: 1 });
    expect(unknown).toMatchObject({
      status: 404,
      body: { ok: false, error_code: 404, description: 'Not Found: method not found' },
    });
    expect(fake.calls.map((c) => [c.method, c.status])).toEqual([
      ['getMe', 401],
      ['sendTelepathy', 404],
    ]);
  });

  it('reads urlencoded and multipart bodies and decodes their JSON-valued fields', async () => {
    const markup = JSON.stringify({ inline_keyboard: [[{ text: 'Open', callback_data: 'open:v1' }]] });
    const form = new URLSearchParams({
      chat_id: '5',
      text: '<i>form</i>',
      parse_mode: 'HTML',
      reply_markup: markup,
    });
    const urlencoded = await post(`/bot${fake.token}/sendMessage`, form.toString(), {
      'content-type': 'application/x-www-form-urlencoded',
    });
    expect(urlencoded.status).toBe(200);

    const multipart = new FormData();
    multipart.set('chat_id', '5');
    multipart.set('text', 'multi');
    multipart.set('reply_markup', markup);
    const response = await fetch(`${fake.apiRoot}/bot${fake.token}/sendMessage`, {
      method: 'POST',
      body: multipart,
    });
    expect(response.status).toBe(200);

    expect(fake.messagesTo(5).map((m) => [m.text, m.entities.length, buttonsOf(m)[0]?.text])).toEqual([
      ['form', 1, 'Open'],
      ['multi', 0, 'Open'],
    ]);
    expect(fake.calls[0]?.params.reply_markup).toEqual(JSON.parse(markup));
  });

  it('refuses a body over 1 MB with 413', async () => {
    const huge = JSON.stringify({ chat_id: 1, text: 'x'.repeat(1024 * 1024 + 10) });
    const response = await post(`/bot${fake.token}/sendMessage`, huge, {
      'content-type': 'application/json',
    });
    expect(response.status).toBe(413);
    expect(fake.sent).toEqual([]);
  });

  it('speaks to telegraf: results come back typed and errors as TelegramError', async () => {
    const telegram = new Telegram(fake.token, { apiRoot: fake.apiRoot });
    const message = await telegram.sendMessage(77, '<b>Hi</b>', { parse_mode: 'HTML' });
    expect(message).toMatchObject({
      message_id: 1,
      chat: { id: 77, type: 'private' },
      text: 'Hi',
      from: { is_bot: true },
    });
    const error = await telegram.sendMessage(77, '<b>Hi', { parse_mode: 'HTML' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TelegramError);
    expect((error as TelegramError).code).toBe(400);
  });
});

describe('sendMessage', () => {
  it('returns a Message with per-chat message ids, entities and the inline keyboard', async () => {
    const keyboard = { inline_keyboard: [[{ text: 'AZ', callback_data: 'sub:v1:AZ' }]] };
    const first = await send(10, '<b>One</b>', {
      reply_markup: keyboard,
      link_preview_options: { is_disabled: true },
    });
    const second = await send(10, 'Two');
    const other = await send(-20, 'Other');
    expect(first.body.result).toMatchObject({
      message_id: 1,
      chat: { id: 10 },
      text: 'One',
      entities: [{ type: 'bold', offset: 0, length: 3 }],
      reply_markup: keyboard,
    });
    expect(typeof first.body.result?.date).toBe('number');
    expect([second.body.result?.message_id, other.body.result?.message_id]).toEqual([2, 1]);
    expect(fake.messagesTo(10)[0]).toMatchObject({
      html: '<b>One</b>',
      parseMode: 'HTML',
      linkPreviewDisabled: true,
      method: 'sendMessage',
    });
  });

  it('refuses HTML Telegram would refuse, and records nothing as sent', async () => {
    expect((await send(1, '<b>unclosed')).body).toEqual({
      ok: false,
      error_code: 400,
      description: `Bad Request: can't parse entities: Can't find end tag corresponding to start tag "b"`,
    });
    expect((await send(1, 'Caf&nbsp;é')).body.description).toMatch(/Character entity expected/);
    expect((await send(1, 'a <br> b')).body.description).toMatch(/Unsupported start tag "br"/);
    expect(fake.sent).toEqual([]);
  });

  it('accepts 4096 characters and refuses 4097, with or without parse_mode', async () => {
    expect((await send(1, 'a'.repeat(4096))).status).toBe(200);
    expect((await send(1, `<b>${'a'.repeat(4096)}</b>`)).status).toBe(200);
    expect((await send(1, 'a'.repeat(4097))).body.description).toBe('Bad Request: message is too long');
    expect((await call('sendMessage', { chat_id: 1, text: 'é'.repeat(4097) })).body.description).toBe(
      'Bad Request: message is too long',
    );
    expect(fake.messagesTo(1)).toHaveLength(2);
  });

  it('refuses missing chat or text and callback data over 64 bytes', async () => {
    expect((await call('sendMessage', { text: 'x' })).body.description).toBe('Bad Request: chat_id is empty');
    expect((await call('sendMessage', { chat_id: 1 })).body.description).toBe(
      'Bad Request: message text is empty',
    );
    expect((await send(1, '<b> </b>')).body.description).toBe('Bad Request: message text is empty');
    const button = (data: string) => ({
      reply_markup: { inline_keyboard: [[{ text: 'x', callback_data: data }]] },
    });
    expect((await send(1, 'ok', button('é'.repeat(32)))).status).toBe(200);
    expect((await send(1, 'no', button(`${'é'.repeat(32)}x`))).body).toMatchObject({
      error_code: 400,
      description: 'Bad Request: BUTTON_DATA_INVALID',
    });
  });

  it('records message_thread_id in forums and refuses it in a group known not to be one', async () => {
    fake.sendText({ chatId: -1001, text: 'hi', chatType: 'supergroup', isForum: true, messageThreadId: 7 });
    fake.sendText({ chatId: -1002, text: 'hi', chatType: 'supergroup' });
    const inForum = await send(-1001, 'topic', { message_thread_id: 7 });
    expect(inForum.body.result).toMatchObject({ message_thread_id: 7, is_topic_message: true });
    expect(fake.messagesTo(-1001)[0]?.messageThreadId).toBe(7);
    expect((await send(-1002, 'x', { message_thread_id: 7 })).body.description).toBe(
      'Bad Request: message thread not found',
    );
  });
});

describe('editing and deleting', () => {
  it('edits text, refuses an identical edit, and drops the keyboard when none is given', async () => {
    const keyboard = { inline_keyboard: [[{ text: 'More', callback_data: 'more' }]] };
    await send(3, 'Page 1', { reply_markup: keyboard });
    const same = await call('editMessageText', {
      chat_id: 3,
      message_id: 1,
      text: 'Page 1',
      reply_markup: keyboard,
    });
    expect(same.body.description).toMatch(/^Bad Request: message is not modified: /);
    const edited = await call<Message.TextMessage>('editMessageText', {
      chat_id: 3,
      message_id: 1,
      text: '<i>Page 2</i>',
      parse_mode: 'HTML',
    });
    expect(edited.body.result).toMatchObject({ text: 'Page 2', edit_date: expect.any(Number) as number });
    expect(edited.body.result?.reply_markup).toBeUndefined();
    expect(fake.messagesTo(3).map((m) => [m.method, m.text])).toEqual([
      ['sendMessage', 'Page 1'],
      ['editMessageText', 'Page 2'],
    ]);
    expect((await call('editMessageText', { chat_id: 3, message_id: 99, text: 'x' })).body.description).toBe(
      'Bad Request: message to edit not found',
    );
  });

  it('edits the reply markup and deletes messages once', async () => {
    await send(4, 'Choose');
    const markup = { inline_keyboard: [[{ text: 'A', callback_data: 'a' }]] };
    expect(
      (await call('editMessageReplyMarkup', { chat_id: 4, message_id: 1, reply_markup: markup })).body.result,
    ).toMatchObject({ reply_markup: markup });
    expect(
      (await call('editMessageReplyMarkup', { chat_id: 4, message_id: 1, reply_markup: markup })).status,
    ).toBe(400);
    expect((await call('deleteMessage', { chat_id: 4, message_id: 1 })).body.result).toBe(true);
    expect((await call('deleteMessage', { chat_id: 4, message_id: 1 })).body.description).toBe(
      'Bad Request: message to delete not found',
    );
    expect(fake.deleted).toMatchObject([{ chatId: 4, messageId: 1 }]);
  });
});

describe('getUpdates', () => {
  const poll = (params: Record<string, unknown>, init: RequestInit = {}) =>
    call<Update[]>('getUpdates', params, init);

  it('long-polls until an update arrives, and redelivers until the offset confirms it', async () => {
    const pending = poll({ timeout: 30 });
    await fake.waitForCall('getUpdates');
    const update = fake.sendText({
      chatId: 42,
      text: '/start@attache_test_bot now',
      from: { first_name: 'Ann' },
    });
    const first = await pending;
    expect(first.body.result).toEqual([update]);
    expect(update).toMatchObject({
      message: {
        message_id: 1,
        from: { id: 42, first_name: 'Ann', is_bot: false },
        chat: { id: 42, type: 'private' },
        text: '/start@attache_test_bot now',
      },
    });
    expect(update).toMatchObject({ message: { entities: [{ type: 'bot_command', offset: 0, length: 23 }] } });
    expect((await poll({})).body.result).toEqual([update]);
    expect((await poll({ offset: update.update_id + 1 })).body.result).toEqual([]);
    expect(fake.pendingUpdates()).toEqual([]);
  });

  it('honours limit and a negative offset', async () => {
    const updates = [1, 2, 3].map((n) => fake.sendText({ chatId: 9, text: `m${n}` }));
    expect((await poll({ limit: 2 })).body.result).toEqual(updates.slice(0, 2));
    expect((await poll({ offset: -1 })).body.result).toEqual(updates.slice(2));
    expect(fake.pendingUpdates()).toHaveLength(1);
  });

  it('delivers only the update types asked for; chat_member only on request', async () => {
    fake.changeBotMembership({ chatId: -300, status: 'member' });
    fake.sendText({ chatId: 8, text: 'hello' });
    const onlyMessages = await poll({ allowed_updates: ['message'] });
    expect(onlyMessages.body.result?.map((u) => Object.keys(u)[1])).toEqual(['message']);
    fake.changeBotMembership({ chatId: -300, status: 'kicked' });
    const all = await poll({ allowed_updates: [] });
    expect(all.body.result?.map((u) => Object.keys(u)[1])).toEqual(['message', 'my_chat_member']);
    expect(all.body.result?.[1]).toMatchObject({
      my_chat_member: { new_chat_member: { status: 'kicked', user: { is_bot: true } } },
    });
  });

  it('ends an earlier poll with 409 when another one starts', async () => {
    const first = poll({ timeout: 30 });
    await fake.waitForCall('getUpdates');
    const second = await poll({ timeout: 0 });
    expect(second.body).toEqual({ ok: true, result: [] });
    expect((await first).body).toMatchObject({
      ok: false,
      error_code: 409,
      description: expect.stringMatching(/^Conflict: terminated by other getUpdates request/) as string,
    });
  });

  it('forgets a poll whose client hung up, and closes while a poll is pending', async () => {
    const abort = new AbortController();
    const abandoned = poll({ timeout: 30 }, { signal: abort.signal }).catch((e: unknown) => e);
    await fake.waitForCall('getUpdates');
    abort.abort();
    expect(await abandoned).toBeInstanceOf(Error);
    const pending = poll({ timeout: 30 });
    await fake.waitForCall(
      'getUpdates',
      () => fake.calls.filter((c) => c.method === 'getUpdates').length === 2,
    );
    await fake.close();
    expect((await pending).body).toEqual({ ok: true, result: [] });
    fake = await startFakeBotApi(); // afterEach closes this one
  });

  it('refuses getUpdates while a webhook is set, and posts updates to the webhook instead', async () => {
    const received: unknown[] = [];
    const hook = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        received.push({
          secret: req.headers['x-telegram-bot-api-secret-token'],
          update: JSON.parse(Buffer.concat(chunks).toString()) as unknown,
        });
        res.setHeader('content-type', 'application/json');
        res.end(JSON.stringify({ method: 'sendChatAction', chat_id: 51, action: 'typing' }));
      });
    });
    await new Promise<void>((resolve) => hook.listen(0, '127.0.0.1', resolve));
    try {
      const url = `http://127.0.0.1:${(hook.address() as AddressInfo).port}/hook`;
      expect((await call('setWebhook', { url, secret_token: 's3cret' })).body).toEqual({
        ok: true,
        result: true,
        description: 'Webhook was set',
      });
      expect((await poll({})).body.error_code).toBe(409);
      const update = fake.sendText({ chatId: 51, text: 'via hook' });
      await fake.waitForCall('sendChatAction');
      expect(received).toEqual([{ secret: 's3cret', update }]);
      expect((await call('getWebhookInfo')).body.result).toMatchObject({ url, pending_update_count: 0 });
      expect((await call('deleteWebhook')).body.description).toBe('Webhook was deleted');
    } finally {
      await new Promise((resolve) => hook.close(resolve));
    }
  });
});

describe('misbehaving like Telegram', () => {
  it('fails the next calls of a method as told, then recovers', async () => {
    fake.failNext('sendMessage', { error_code: 502, description: 'Bad Gateway' }, 2);
    const failed = await send(1, 'a');
    expect([failed.status, failed.statusText, failed.body.description]).toEqual([
      502,
      'Bad Gateway',
      'Bad Gateway',
    ]);
    expect((await send(1, 'b')).status).toBe(502);
    expect((await send(1, 'c')).status).toBe(200);
    expect(fake.messagesTo(1).map((m) => m.text)).toEqual(['c']);
  });

  it('answers 429 with retry_after during a flood window and records sends that ignore it', async () => {
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    const body = JSON.stringify({ chat_id: 1, text: 'x' });
    const sendOn = (a?: Agent) =>
      post(`/bot${fake.token}/sendMessage`, body, { 'content-type': 'application/json' }, a);
    try {
      fake.rateLimit(20);
      const first = await sendOn(agent);
      expect(first.status).toBe(429);
      expect(first.body.description).toMatch(/^Too Many Requests: retry after \d+$/);
      expect(first.body.parameters?.retry_after).toBeGreaterThanOrEqual(1);
      expect(first.body.parameters?.retry_after).toBeLessThanOrEqual(20);
      expect(fake.violations).toEqual([]);
      // The same connection has seen the 429: sending again is ignoring it.
      expect((await sendOn(agent)).status).toBe(429);
      expect(fake.violations).toHaveLength(1);
      expect(fake.violations[0]).toMatchObject({
        method: 'sendMessage',
        reason: expect.stringContaining('429 window') as string,
      });
      // Other methods and the lifted window are not limited.
      expect((await call('getMe')).status).toBe(200);
      fake.rateLimit(0);
      expect((await sendOn(agent)).status).toBe(200);
      expect(fake.violations).toHaveLength(1);
    } finally {
      agent.destroy();
    }
  });

  it('lets the window pass by itself, and limits one chat only when asked', async () => {
    fake.rateLimit(1);
    expect((await send(1, 'x')).status).toBe(429);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect((await send(1, 'x')).status).toBe(200);
    fake.rateLimit(30, { chatId: 2 });
    expect((await send(2, 'x')).status).toBe(429);
    expect((await send(3, 'x')).status).toBe(200);
    expect(fake.violations).toEqual([]);
  });

  it('refuses sends to blocked and migrated chats like Telegram', async () => {
    fake.blockChat(60);
    fake.blockChat(61, 'Forbidden: user is deactivated');
    fake.migrateChat(-62, -1000000000062);
    expect((await send(60, 'x')).body).toEqual({
      ok: false,
      error_code: 403,
      description: 'Forbidden: bot was blocked by the user',
    });
    expect((await send(61, 'x')).body).toMatchObject({
      error_code: 403,
      description: 'Forbidden: user is deactivated',
    });
    expect((await send(-62, 'x')).body).toEqual({
      ok: false,
      error_code: 400,
      description: 'Bad Request: group chat was upgraded to a supergroup chat',
      parameters: { migrate_to_chat_id: -1000000000062 },
    });
    fake.unblockChat(60);
    expect((await send(60, 'x')).status).toBe(200);
    expect((await send(-1000000000062, 'x')).status).toBe(200);
  });
});

describe('chats, members and commands', () => {
  it('answers getChatMember and getChatAdministrators from setChatAdmins', async () => {
    fake.setChatAdmins(-70, [1, 2]);
    const status = async (userId: number) =>
      (await call<{ status: string }>('getChatMember', { chat_id: -70, user_id: userId })).body.result
        ?.status;
    expect([await status(1), await status(2), await status(3)]).toEqual([
      'creator',
      'administrator',
      'member',
    ]);
    const admins = await call<{ user: { id: number } }[]>('getChatAdministrators', { chat_id: -70 });
    expect(admins.body.result?.map((m) => m.user.id)).toEqual([1, 2]);
    expect((await call('getChat', { chat_id: -70 })).body.result).toMatchObject({ id: -70, type: 'group' });
  });

  it('keeps commands per scope and language', async () => {
    const commands = [{ command: 'start', description: 'Начать' }];
    const scope = { type: 'chat', chat_id: -5 };
    expect((await call('setMyCommands', { commands, language_code: 'ru' })).body.result).toBe(true);
    const form = new URLSearchParams({
      commands: JSON.stringify(commands),
      scope: JSON.stringify({ chat_id: '-5', type: 'chat' }),
    });
    await post(`/bot${fake.token}/setMyCommands`, form.toString(), {
      'content-type': 'application/x-www-form-urlencoded',
    });
    expect([...fake.commands.keys()]).toEqual([commandsKey(undefined, 'ru'), commandsKey(scope)]);
    expect(commandsKey(undefined, 'ru')).toBe('{"type":"default"}|ru');
    expect((await call('getMyCommands', { language_code: 'ru' })).body.result).toEqual(commands);
    expect((await call('getMyCommands', {})).body.result).toEqual([]);
    expect(
      (await call('setMyCommands', { commands: [{ command: 'Start', description: 'x' }] })).body.description,
    ).toBe('Bad Request: BOT_COMMAND_INVALID');
  });
});

describe('waiting', () => {
  it('waitForMessages rejects with what was sent and what was refused', async () => {
    await send(5, 'only one');
    await send(5, '<b>broken');
    const error = await fake.waitForMessages(5, 2, 300).catch((e: unknown) => e as Error);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toMatch(
      /expected at least 2 message\(s\) to chat 5 within 300 ms, got 1/,
    );
    expect((error as Error).message).toContain('"only one"');
    expect((error as Error).message).toContain("can't parse entities");
  });
});

describe('a telegraf bot against the fake', () => {
  it('handles a command, a button press and the answer, then stops cleanly', async () => {
    const bot = new Telegraf(fake.token, { telegram: { apiRoot: fake.apiRoot } });
    bot.command('start', (ctx) =>
      ctx.reply('<b>Hello</b> &amp; welcome', {
        parse_mode: 'HTML',
        reply_markup: { inline_keyboard: [[{ text: 'Go', callback_data: 'go:v1' }]] },
      }),
    );
    bot.action('go:v1', async (ctx) => {
      await ctx.answerCbQuery('Done');
      await ctx.editMessageText('Gone');
    });
    const running = bot.launch();
    fake.sendText({ chatId: 42, text: '/start' });
    const [hello] = await fake.waitForMessages(42, 1, 15_000);
    expect(hello).toMatchObject({
      text: 'Hello & welcome',
      entities: [{ type: 'bold', offset: 0, length: 5 }],
    });
    fake.pressButton({ chatId: 42, messageId: hello!.messageId, data: 'go:v1' });
    const messages = await fake.waitForMessages(42, 2, 15_000);
    expect(messages[1]).toMatchObject({ method: 'editMessageText', text: 'Gone', replyMarkup: undefined });
    expect(fake.calls.find((c) => c.method === 'answerCallbackQuery')?.status).toBe(200);
    expect(() => fake.pressButton({ chatId: 42, messageId: hello!.messageId, data: 'nope' })).toThrow(
      /no button/,
    );
    bot.stop('test over');
    await running;
  });
});
