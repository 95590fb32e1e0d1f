import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commandEntities, type UpdatePayload } from '../support/fake-bot-api.js';
import { ADMIN_ID, eventually, startHarness, type Harness } from './harness.js';
import { labels, telegramUser } from './telegram-user.js';

let h: Harness;

beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

describe('groups, forum topics and the bot’s own membership', () => {
  const GROUP = -1001000000001;
  const OWNER = 8201;
  const MEMBER = 8203;
  const as = (id: number, lang = 'en') =>
    telegramUser(h, { chatId: GROUP, chatType: 'supergroup', chatTitle: 'Caucasus desk', from: { id, language_code: lang } });

  it('greets a group that adds the bot; a member is refused, an admin succeeds', async () => {
    h.telegram.setChatAdmins(GROUP, [OWNER]);
    h.telegram.changeBotMembership({ chatId: GROUP, status: 'member', chatType: 'supergroup', from: { id: OWNER } });
    const [welcome] = await h.telegram.waitForMessages(GROUP, 1);
    expect(welcome!.text).toMatch(/^Hello! I send news from foreign ministries/);
    expect(await h.app.store.chats.get(GROUP)).toMatchObject({ active: true, type: 'supergroup' });

    const member = as(MEMBER);
    expect((await member.say('/subscribe Azerbaijan')).text).toBe("Only this group's administrators can change what it follows.");
    expect((await member.say('/digest daily 08:00')).text).toBe("Only this group's administrators can change what it follows.");
    expect(await h.app.store.subscriptions.list(GROUP)).toEqual([]);
    expect((await member.say('/list')).text).toMatch(/This chat follows nothing yet/);

    const owner = as(OWNER);
    expect((await owner.say('/subscribe@attache_test_bot Azerbaijan, Georgia')).text).toMatch(/^Now following: 🇦🇿 Azerbaijan, 🇬🇪 Georgia/);
    expect(await h.app.store.subscriptions.list(GROUP)).toHaveLength(2);

    // Members may read the list and the latest news, but its buttons do not work for them.
    const list = await member.say('/list');
    expect(labels(list)).toContain('✕ 🇦🇿 Azerbaijan');
    const refused = await member.press(list, '✕ 🇦🇿 Azerbaijan');
    expect(refused.answer.params).toMatchObject({ text: "Only this group's administrators can change what it follows.", show_alert: true });
    expect(await h.app.store.subscriptions.list(GROUP)).toHaveLength(2);
    expect((await member.say('/latest')).text).toMatch(/Nothing about/);
    const removed = await owner.press(list, '✕ 🇦🇿 Azerbaijan', { edits: true });
    expect(removed.answer.params.text).toBe('Stopped following: 🇦🇿 Azerbaijan');
    expect(removed.message.text).toMatch(/^This chat follows\n• 🇬🇪 Georgia\n/);
  });

  it('lets the group’s anonymous administrators post as the group', async () => {
    const before = h.telegram.messagesTo(GROUP).length;
    const text = '/subscribe Armenia';
    const chat = { id: GROUP, type: 'supergroup' as const, title: 'Caucasus desk' };
    h.telegram.addUpdate({
      message: {
        message_id: 90_001,
        date: Math.floor(Date.now() / 1000),
        chat,
        sender_chat: chat,
        from: { id: 1087968824, is_bot: true, first_name: 'Group', username: 'GroupAnonymousBot' },
        text,
        entities: commandEntities(text),
      },
    } as UpdatePayload);
    const messages = await h.telegram.waitForMessages(GROUP, before + 1);
    expect(messages[before]!.text).toMatch(/^Now following: 🇦🇲 Armenia/);
  });

  it('keeps a forum topic’s subscriptions in that thread and delivers there', async () => {
    const FORUM = -1001000000002;
    const EDITOR = 8301;
    h.telegram.setChatAdmins(FORUM, [EDITOR]);
    const inThread = (thread?: number) =>
      telegramUser(h, { chatId: FORUM, chatType: 'supergroup', isForum: true, chatTitle: 'Desk', from: { id: EDITOR }, ...(thread ? { threadId: thread } : {}) });

    const reply = await inThread(77).say('/subscribe AZ-IT');
    expect(reply.text).toMatch(/Now following: 🇦🇿 Azerbaijan – 🇮🇹 Italy\nNews will be posted in this topic thread\./);
    expect(reply.messageThreadId).toBe(77);
    await inThread().say('/subscribe France');
    const picker = await inThread(79).say('/subscribe');
    expect(picker.messageThreadId).toBe(79);
    await inThread(79).press(picker, /^🇦🇫 Afghanistan$/, { edits: true });
    const byTarget = Object.fromEntries((await h.app.store.subscriptions.list(FORUM)).map((s) => [JSON.stringify(s.target), s.threadId]));
    expect(byTarget).toEqual({
      [JSON.stringify({ kind: 'pair', codes: ['AZ', 'IT'] })]: 77,
      [JSON.stringify({ kind: 'country', code: 'FR' })]: undefined,
      [JSON.stringify({ kind: 'country', code: 'AF' })]: 79,
    });
    expect((await inThread().say('/list')).text).toMatch(/🇦🇿 Azerbaijan – 🇮🇹 Italy → thread 77/);

    // The whole way: a new AZ–IT item reaches thread 77 of the forum.
    h.feeds.setFeed('/forum.xml', { title: 'MFA', entries: [{ guid: 'f0', title: 'Old', description: 'Old.' }] });
    const admin = telegramUser(h, { chatId: ADMIN_ID, from: { id: ADMIN_ID } });
    expect((await admin.say(`/addfeed ${h.feeds.url('/forum.xml')} country=AZ`)).text).toMatch(/Added feed/);
    const polls = h.feeds.requests('/forum.xml');
    await eventually(() => h.feeds.requests('/forum.xml') >= polls + 2, 'two more polls');
    h.feeds.addEntry('/forum.xml', { guid: 'f1', title: 'Azerbaijan and Italy sign an energy memorandum', description: 'Baku and Rome signed it.' });
    const posted = await eventually(() => h.telegram.messagesTo(FORUM).find((m) => m.text.includes('energy memorandum')), 'the item in the forum');
    expect(posted!.messageThreadId).toBe(77);
  });

  it('deactivates a chat that blocked or removed the bot and restores it, subscriptions intact', async () => {
    const READER = 8401;
    const reader = telegramUser(h, { chatId: READER, from: { id: READER } });
    await reader.say('/subscribe Georgia');
    h.telegram.changeBotMembership({ chatId: READER, status: 'kicked' });
    await eventually(async () => (await h.app.store.chats.get(READER))?.active === false, 'reader deactivated');
    expect((await h.app.store.chats.get(READER))?.inactiveReason).toMatch(/blocked/);
    h.telegram.changeBotMembership({ chatId: READER, status: 'member' });
    await eventually(async () => (await h.app.store.chats.get(READER))?.active === true, 'reader restored');
    expect(await h.app.store.subscriptions.list(READER)).toHaveLength(1);

    h.telegram.changeBotMembership({ chatId: GROUP, status: 'left', chatType: 'supergroup', from: { id: OWNER } });
    await eventually(async () => (await h.app.store.chats.get(GROUP))?.active === false, 'group deactivated');
    const before = h.telegram.messagesTo(GROUP).length;
    h.telegram.changeBotMembership({ chatId: GROUP, status: 'administrator', chatType: 'supergroup', from: { id: OWNER } });
    await h.telegram.waitForMessages(GROUP, before + 1);
    expect(await h.app.store.chats.get(GROUP)).toMatchObject({ active: true });
    expect((await h.app.store.subscriptions.list(GROUP)).map((s) => s.target)).toEqual(
      expect.arrayContaining([{ kind: 'country', code: 'GE' }, { kind: 'country', code: 'AM' }]),
    );
  });
});
