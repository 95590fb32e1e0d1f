import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { UpdatePayload } from '../support/fake-bot-api.js';
import { ADMIN_ID, eventually, startHarness, type Harness } from './harness.js';
import { labels, telegramUser } from './telegram-user.js';

let h: Harness;

beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

const CHANNEL = -1001000000100;
const EDITOR = 8501;
const STRANGER = 8502;

/** A post of the channel, forwarded by a user into their private chat with the bot. */
function forwardPost(userId: number) {
  const before = h.telegram.messagesTo(userId).length;
  h.telegram.addUpdate({
    message: {
      message_id: 70_000 + before,
      date: Math.floor(Date.now() / 1000),
      chat: { id: userId, type: 'private', first_name: 'Editor' },
      from: { id: userId, is_bot: false, first_name: 'Editor', language_code: 'en' },
      forward_origin: { type: 'channel', chat: { id: CHANNEL, type: 'channel', title: `Chat ${CHANNEL}` }, message_id: 12, date: 1 },
      text: 'A post from the channel',
    },
  } as UpdatePayload);
  return h.telegram.waitForMessages(userId, before + 1).then((messages) => messages[before]!);
}

describe('a channel managed from a private chat', () => {
  it('links a channel once the bot and the user are its admins, then subscribes and configures it from the private chat', async () => {
    const title = `Chat ${CHANNEL}`;
    h.telegram.changeBotMembership({ chatId: CHANNEL, status: 'administrator', chatType: 'channel', from: { id: EDITOR } });
    await eventually(async () => (await h.app.store.chats.get(CHANNEL))?.type === 'channel', 'the channel recorded');

    const editor = telegramUser(h, { chatId: EDITOR, from: { id: EDITOR } });
    expect((await editor.say('/channel')).text).toMatch(/You have no linked channels yet\.[\s\S]*forward me any post from it/);
    expect((await editor.say('/channel @attache_desk')).text).toBe(
      "I can't see the channel @attache_desk. Add me to it as an administrator first, then try again.",
    );
    expect((await editor.say('/channel hello world')).text).toMatch(/is not a channel name/);

    h.telegram.setChatAdmins(CHANNEL, [EDITOR]);
    expect((await forwardPost(EDITOR)).text).toBe(`I am not an administrator of “${title}” with the right to post. Make me one, then try again.`);
    h.telegram.setChatAdmins(CHANNEL, [EDITOR, h.telegram.botUser.id]);
    expect((await forwardPost(STRANGER)).text).toBe(`Only the administrators of “${title}” can link it.`);
    expect((await forwardPost(EDITOR)).text).toMatch(new RegExp(`^Linked 📢 ${title}\\. What you send here now manages the channel`));

    // Commands in the private chat now act on the channel, and every reply names it.
    const subscribed = await editor.say('/subscribe Italy energy');
    expect(subscribed.text).toMatch(new RegExp(`^📢 ${title}\\nNow following: 🇮🇹 Italy \\(Energy\\)`));
    expect((await h.app.store.subscriptions.list(CHANNEL)).map((s) => s.target)).toEqual([{ kind: 'country', code: 'IT' }]);
    expect(await h.app.store.subscriptions.list(EDITOR)).toEqual([]);
    await editor.say('/digest daily 09:00');
    expect((await editor.say('/lang fr')).text).toMatch(/The channel now reads its news in: Français\./);
    expect(await h.app.store.chats.get(CHANNEL)).toMatchObject({ digest: { kind: 'daily', at: '09:00' }, language: 'fr' });
    expect((await h.app.store.chats.get(EDITOR))?.language).toBe('en');

    // /manage goes back to the private chat itself, and a button switches to the channel again.
    const back = await editor.say('/manage');
    expect(back.text).toMatch(/^Back to managing this chat\./);
    expect((await editor.say('/subscribe Georgia')).text).toMatch(/^Now following: 🇬🇪 Georgia/);
    expect((await h.app.store.subscriptions.list(EDITOR)).map((s) => s.target)).toEqual([{ kind: 'country', code: 'GE' }]);
    const switched = await editor.press(back, `📢 ${title}`, { edits: true });
    expect(switched.message.text).toMatch(new RegExp(`Now managing 📢 ${title}`));
    expect((await editor.say('/list')).text).toMatch(/This chat follows\n• 🇮🇹 Italy \(Energy\)/);
    await editor.say('/digest instant');
  });

  it('delivers the channel’s news to the channel', async () => {
    h.feeds.setFeed('/farnesina.xml', { title: 'Farnesina', entries: [{ guid: 'i0', title: 'Old', description: 'Old.' }] });
    const admin = telegramUser(h, { chatId: ADMIN_ID, from: { id: ADMIN_ID } });
    expect((await admin.say(`/addfeed ${h.feeds.url('/farnesina.xml')} country=IT official=yes`)).text).toMatch(/Added feed/);
    const polls = h.feeds.requests('/farnesina.xml');
    await eventually(() => h.feeds.requests('/farnesina.xml') >= polls + 2, 'two more polls');
    h.feeds.addEntry('/farnesina.xml', { guid: 'i1', title: 'Italy and Azerbaijan expand energy cooperation', description: 'Gas supplies to Italy.' });
    await eventually(() => h.telegram.messagesTo(CHANNEL).some((m) => m.text.includes('expand energy cooperation')), 'the item in the channel');
  });

  it('unlinks a channel from the list of channels', async () => {
    const editor = telegramUser(h, { chatId: EDITOR, from: { id: EDITOR } });
    const list = await editor.say('/channel');
    expect(labels(list)).toEqual([`✓ 📢 Chat ${CHANNEL}`, '✕', '💬 This chat']);
    const unlinked = await editor.press(list, '✕', { edits: true });
    expect(unlinked.message.text).toMatch(/^Unlinked “Chat -1001000000100”\. It keeps its subscriptions/);
    expect(await h.app.store.channels.list(EDITOR)).toEqual([]);
    expect((await editor.say('/list')).text).toMatch(/^This chat follows\n• 🇬🇪 Georgia/);
    expect((await telegramUser(h, { chatId: CHANNEL - 1, chatType: 'group', from: { id: EDITOR } }).say('/channel')).text).toBe(
      'Channels are linked from a private chat with me: open it and send /channel.',
    );
  });

  it('links a public channel by its @username', async () => {
    const WIRE = -1001000000200;
    h.telegram.addPublicChat(WIRE, 'channel', 'attache_wire', 'Attaché Wire');
    h.telegram.setChatAdmins(WIRE, [EDITOR, h.telegram.botUser.id]);
    const editor = telegramUser(h, { chatId: EDITOR, from: { id: EDITOR } });
    expect((await editor.say('/channel @attache_wire')).text).toMatch(/Linked 📢 Attaché Wire\./);
    expect((await h.app.store.channels.list(EDITOR)).map((c) => c.id)).toContain(WIRE);
    expect((await editor.say('/subscribe Georgia')).text).toMatch(/^📢 Attaché Wire\nNow following: 🇬🇪 Georgia/);
    expect((await h.app.store.subscriptions.list(WIRE)).map((s) => s.target)).toEqual([{ kind: 'country', code: 'GE' }]);
    const back = await editor.say('/manage');
    expect(back.text).toMatch(/^Back to managing this chat\./);
    await h.app.store.channels.unlink(EDITOR, WIRE);
  });
});
