import { Writable } from 'node:stream';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually } from '../integration/harness.js';
import { buttonsOf } from '../support/fake-bot-api.js';
import { FAULT_ADMIN_ID, startFaultApp, type FaultApp } from '../support/fault-app.js';
import { figure, sleep } from '../support/fault-figures.js';
import { freePort } from '../support/fault-redis.js';

// Case 6: nobody let in — feed management, a group's subscriptions, the webhook, the dashboard —
// and no secret in any log line, read at the most verbose level from a plain pino (no scrubber:
// a secret must never be written in the first place).
const TOKEN = '6000000042:AAFaultSuiteToken_e5b7c9d1f3a2b4c6d8';
const SECRET = 'Fault_Webhook_Secret_9c8b7a6f5e4d';
const WRONG_SECRET = 'Guessed_Secret_0000111122223333';
const DASHBOARD_PASSWORD = 'Dashboard-Pass-4d3c2b1a';
const STRANGER = 620_001;
const GROUP = -620_100;
const GROUP_ADMIN = 620_101;
const GROUP_MEMBER = 620_102;
const CHANNEL = -1_006_200_000_001;

const logLines: string[] = [];
let f: FaultApp;
let port: number;

beforeAll(async () => {
  port = await freePort();
  const logger = pino({ level: 'trace' }, new Writable({ write: (chunk, _e, done) => done(void logLines.push(String(chunk))) }));
  f = await startFaultApp({
    token: TOKEN,
    logger,
    env: {
      HTTP_PORT: String(port),
      WEBHOOK_URL: `http://127.0.0.1:${port}/telegram/updates`,
      WEBHOOK_SECRET: SECRET,
      DASHBOARD_PASSWORD,
      LOG_LEVEL: 'trace',
    },
  });
});
afterAll(async () => {
  await f?.close();
});

async function said(chatId: number, text: string, from: number, chatType: 'private' | 'group' = 'private'): Promise<string> {
  const before = f.telegram.messagesTo(chatId).length;
  f.telegram.sendText({ chatId, text, chatType, from: { id: from, first_name: 'A', language_code: 'en' } });
  return (await f.telegram.waitForMessages(chatId, before + 1, 10_000))[before]!.text;
}

const state = async (chatId: number) =>
  JSON.stringify([await f.app.store.chats.get(chatId), await f.app.store.subscriptions.list(chatId), await f.app.store.channels.list(chatId)]);
const feedsState = async () => JSON.stringify((await f.app.store.feeds.list()).map(({ id, url, disabled, country }) => ({ id, url, disabled, country })));

describe('access', () => {
  let refusals = 0;

  it('refuses feed management to anyone but the bot admins', async () => {
    f.feeds.setFeed('/a.xml', { title: 'MFA A', entries: [{ guid: 'a', title: 'Azerbaijan news', description: 'x' }] });
    expect(await said(FAULT_ADMIN_ID, `/addfeed ${f.feeds.url('/a.xml')} country=AZ`, FAULT_ADMIN_ID)).toMatch(/Added feed #(\d+)/);
    const [feed] = await f.app.store.feeds.list();
    const before = await feedsState();
    f.feeds.setFeed('/b.xml', { title: 'MFA B', entries: [] });
    const attempts = [
      `/addfeed ${f.feeds.url('/b.xml')}`,
      `/removefeed ${feed!.id}`,
      `/removefeed ${f.feeds.url('/a.xml')}`,
      `/feed ${feed!.id} disable`,
      `/feed ${feed!.id} country=IT`,
      '/feeds',
      '/flags',
      '/stats',
    ];
    for (const text of attempts) {
      for (const [chatId, chatType] of [[STRANGER, 'private'], [GROUP, 'group']] as const) {
        expect(await said(chatId, text, chatType === 'group' ? GROUP_MEMBER : STRANGER, chatType), text).toMatch(/Only the bot's administrators/);
        refusals++;
      }
    }
    // A stale or forged admin button.
    f.telegram.pressButton({ chatId: STRANGER, messageId: 1, data: 'fds:v1:0:a', from: { id: STRANGER }, unchecked: true });
    const answered = await f.telegram.waitForCall('answerCallbackQuery', (p) => String(p.text ?? '').includes('administrators'));
    expect(answered.params.show_alert).toBe(true);
    expect(await feedsState()).toBe(before);
  });

  it("refuses a group's subscriptions and settings to its non-admin members, buttons included", async () => {
    f.telegram.setChatAdmins(GROUP, [GROUP_ADMIN]);
    expect(await said(GROUP, '/subscribe Azerbaijan', GROUP_ADMIN, 'group')).toMatch(/Now following/);
    const listing = await said(GROUP, '/list', GROUP_ADMIN, 'group');
    expect(listing).toMatch(/Azerbaijan/);
    const before = await state(GROUP);
    for (const text of ['/subscribe Italy', '/unsubscribe all', '/unsubscribe Azerbaijan', '/lang ru', '/digest daily 08:00', '/timezone Europe/Rome', '/quiet 22:00-07:00', '/pause', '/resume']) {
      expect(await said(GROUP, text, GROUP_MEMBER, 'group'), text).toMatch(/Only this group's administrators/);
      refusals++;
    }
    // The keyboards the admin opened (list, topics, digest), pressed by a member.
    for (const text of ['/topics', '/digest']) await said(GROUP, text, GROUP_ADMIN, 'group');
    const keyboards = f.telegram.messagesTo(GROUP).filter((m) => buttonsOf(m).length > 0);
    let pressed = 0;
    let refusedPresses = 0;
    for (const message of keyboards) {
      for (const button of buttonsOf(message)) {
        if (!('callback_data' in button)) continue;
        const calls = f.telegram.calls.length;
        // Unchecked: an earlier press may have redrawn the keyboard; old buttons still arrive.
        f.telegram.pressButton({ chatId: GROUP, messageId: message.messageId, data: button.callback_data, from: { id: GROUP_MEMBER }, unchecked: true });
        const answer = await eventually(
          () => f.telegram.calls.slice(calls).find((c) => c.method === 'answerCallbackQuery'),
          `press of ${button.callback_data} answered`,
        );
        pressed++;
        if (/administrators/.test(String(answer?.params.text ?? ''))) refusedPresses++;
      }
    }
    expect(pressed).toBeGreaterThan(0);
    // Turning a keyboard's pages is refused too: the page would redraw the admin's message.
    expect(refusedPresses).toBe(pressed);
    await sleep(300);
    expect(await state(GROUP)).toBe(before);
    figure('access-group-buttons', { pressed, refused: refusedPresses, state_changed: 0 });
    refusals += refusedPresses;
  });

  it('refuses to link a channel to someone who is not its administrator', async () => {
    f.telegram.changeBotMembership({ chatId: CHANNEL, status: 'administrator', chatType: 'channel' });
    // The first is the creator; the bot is an administrator.
    f.telegram.setChatAdmins(CHANNEL, [GROUP_ADMIN, f.telegram.botUser.id]);
    const before = await state(STRANGER);
    expect(await said(STRANGER, `/channel ${CHANNEL}`, STRANGER)).toMatch(/Only the administrators of/);
    refusals++;
    expect(await state(STRANGER)).toBe(before);
    expect(await f.app.store.subscriptions.list(CHANNEL)).toEqual([]);
  });

  it('refuses webhook calls without the secret or with a wrong one, and forged updates change nothing', async () => {
    const hook = `http://127.0.0.1:${port}/telegram/updates`;
    const forged = JSON.stringify({
      update_id: 999_001,
      message: { message_id: 1, date: 0, chat: { id: FAULT_ADMIN_ID, type: 'private' }, from: { id: FAULT_ADMIN_ID, is_bot: false, first_name: 'X' }, text: `/removefeed ${f.feeds.url('/a.xml')}`, entities: [{ type: 'bot_command', offset: 0, length: 11 }] },
    });
    const before = await feedsState();
    const sent = f.telegram.messagesTo(FAULT_ADMIN_ID).length;
    const post = (headers: Record<string, string>) => fetch(hook, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: forged });
    const statuses = [
      (await post({})).status,
      (await post({ 'x-telegram-bot-api-secret-token': WRONG_SECRET })).status,
      (await post({ 'x-telegram-bot-api-secret-token': SECRET.toLowerCase() })).status,
      (await post({ 'x-telegram-bot-api-secret-token': SECRET.slice(0, -1) })).status,
      (await post({ 'x-telegram-bot-api-secret-token': `x${SECRET}` })).status,
      (await fetch(hook, { headers: { 'x-telegram-bot-api-secret-token': SECRET } })).status,
    ];
    expect(statuses).toEqual([401, 403, 403, 403, 403, 405]);
    const dashboard = await fetch(`http://127.0.0.1:${port}/admin/queues`, { headers: { authorization: `Basic ${Buffer.from('admin:wrong-password-123').toString('base64')}` } });
    expect(dashboard.status).toBe(401);
    expect((await fetch(`http://127.0.0.1:${port}/admin/queues`)).status).toBe(401);
    await sleep(500);
    expect(await feedsState()).toBe(before);
    expect(f.telegram.messagesTo(FAULT_ADMIN_ID)).toHaveLength(sent);
    figure('access', { refused_commands: refusals, refused_webhook_calls: statuses.length, refused_dashboard_calls: 2, let_in: 0 });
  });

  it('never writes the bot token, the webhook secret, an offered secret or the dashboard password to the log', async () => {
    // Exercise the error paths too: a failed reply, a dropped send, a 429, a blocked reader.
    f.feeds.setFeed('/c.xml', { title: 'MFA C', entries: [{ guid: 'c0', title: 'Georgia news', description: 'x' }] });
    expect(await said(FAULT_ADMIN_ID, `/addfeed ${f.feeds.url('/c.xml')} country=GE`, FAULT_ADMIN_ID)).toMatch(/Added feed/);
    for (const chatId of [630_001, 630_002, 630_003]) {
      await f.app.store.chats.ensure(chatId, 'en');
      await f.app.store.subscriptions.add(chatId, { target: { kind: 'country', code: 'GE' }, topics: [] });
    }
    f.telegram.blockChat(630_003);
    const start = f.feeds.requests('/c.xml');
    await eventually(() => f.feeds.requests('/c.xml') >= start + 2, 'first polls');
    f.proxy.holdSends();
    f.feeds.addEntry('/c.xml', { guid: 'c1', title: 'Georgia statement on visas', description: 'Tbilisi.' });
    await f.proxy.waitForHeld(1);
    f.proxy.release('drop');
    f.telegram.rateLimit(1);
    f.telegram.failNext('sendMessage', { error_code: 500, description: 'Internal Server Error' });
    await said(STRANGER, '/help', STRANGER).catch(() => undefined);
    await eventually(() => f.telegram.messagesTo(630_001).length > 0 && f.telegram.messagesTo(630_002).length > 0, 'deliveries after the faults', 60_000);
    await eventually(async () => (await f.app.store.chats.get(630_003))?.active === false, 'blocked reader deactivated');

    const log = logLines.join('');
    const leaks = [TOKEN, SECRET, WRONG_SECRET, DASHBOARD_PASSWORD, TOKEN.split(':')[1]!].filter((secret) => log.includes(secret));
    figure('secrets-in-log', { lines: logLines.length, level: 'trace', leaks: leaks.length });
    if (process.env.SHOW) console.log(log);
    expect(logLines.length).toBeGreaterThan(10);
    expect(log).toMatch(/wrong secret token refused/);
    expect(leaks).toEqual([]);
  });
});
