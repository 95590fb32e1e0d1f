import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commandEntities, type SentMessage, type UpdatePayload } from '../support/fake-bot-api.js';
import { ADMIN_ID, eventually, startHarness, type Harness } from './harness.js';
import { labels, telegramUser } from './telegram-user.js';

let h: Harness;

beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

const READER = 8601;

/** The reader answers one of the bot's messages with a command (Telegram's "reply"). */
async function replyTo(message: SentMessage, text: string): Promise<SentMessage> {
  const before = h.telegram.messagesTo(READER).length;
  const chat = { id: READER, type: 'private' as const, first_name: 'Reader' };
  h.telegram.addUpdate({
    message: {
      message_id: 80_000 + before,
      date: Math.floor(Date.now() / 1000),
      chat,
      from: { id: READER, is_bot: false, first_name: 'Reader', language_code: 'en' },
      text,
      entities: commandEntities(text),
      reply_to_message: {
        message_id: message.messageId,
        date: Math.floor(message.at / 1000),
        chat,
        from: h.telegram.botUser,
        text: message.text,
      },
    },
  } as UpdatePayload);
  return (await h.telegram.waitForMessages(READER, before + 1))[before]!;
}

describe('/latest, /why, /wrong and /flags', () => {
  const reader = () => telegramUser(h, { chatId: READER, from: { id: READER } });
  let delivered: SentMessage;

  it('explains why a delivered item came: its countries, the words that named them, its topics and the subscription', async () => {
    h.feeds.setFeed('/mfa.xml', { title: 'MFA of Azerbaijan', entries: [{ guid: 'a0', title: 'Old', description: 'Old.' }] });
    const admin = telegramUser(h, { chatId: ADMIN_ID, from: { id: ADMIN_ID } });
    expect((await admin.say(`/addfeed ${h.feeds.url('/mfa.xml')} country=AZ official=yes`)).text).toMatch(/Added feed/);
    expect((await reader().say('/subscribe AZ-IT')).text).toMatch(/Now following/);
    const polls = h.feeds.requests('/mfa.xml');
    await eventually(() => h.feeds.requests('/mfa.xml') >= polls + 2, 'two more polls');
    h.feeds.addEntry('/mfa.xml', {
      guid: 'a1',
      title: 'Foreign Minister of Azerbaijan met the Foreign Minister of Italy in Rome: 1 < 2 & "talks"',
      description: 'Azerbaijan and Italy discussed energy cooperation during the visit.',
    });
    delivered = (await eventually(() => h.telegram.messagesTo(READER).find((m) => m.text.includes('Foreign Minister of Italy')), 'the item'))!;

    const why = await replyTo(delivered, '/why');
    expect(why.text).toMatch(/^Why you got this\n\nForeign Minister of Azerbaijan met the Foreign Minister of Italy in Rome: 1 < 2 & "talks"\nMFA of Azerbaijan\n/);
    expect(why.text).toMatch(/Countries: 🇦🇿 Azerbaijan — “Azerbaijan”, the feed's own country; 🇮🇹 Italy — “Italy”/);
    expect(why.text).toMatch(/Pair: 🇦🇿 Azerbaijan – 🇮🇹 Italy/);
    expect(why.text).toMatch(/Topics: .+/);
    expect(why.text).toMatch(/Matched: 🇦🇿 Azerbaijan – 🇮🇹 Italy/);
    expect((await reader().say('/why')).text).toBe('Reply with /why to a news message I sent.');
    expect((await replyTo(why, '/why')).text).toMatch(/I have no record of news in that message/);
  });

  it('takes a reader’s report of a wrong label, with a note, for the admins', async () => {
    expect((await replyTo(delivered, '/wrong the pair should be AZ-VA')).text).toBe('Thank you! Your report goes to the people who improve the labels.');
    const [flag] = await h.app.store.flags.list(10);
    expect(flag).toMatchObject({ chatId: READER, userId: READER, note: 'the pair should be AZ-VA' });

    expect((await reader().say('/flags')).text).toBe("Only the bot's administrators can read reports.");
    const flags = await telegramUser(h, { chatId: ADMIN_ID, from: { id: ADMIN_ID } }).say('/flags');
    expect(flags.text).toMatch(/^1 report, newest first\n\nForeign Minister of Azerbaijan met/);
    expect(flags.text).toMatch(/AZ, IT[\s\S]*the pair should be AZ-VA/);
    const stats = await telegramUser(h, { chatId: ADMIN_ID, from: { id: ADMIN_ID } }).say('/stats');
    expect(stats.text).toBe('Feeds: 1 — 1 ok, 0 failing, 0 disabled, 0 not polled yet\nReports of wrong labels: 1 (/flags)');
    expect((await reader().say('/stats')).text).toBe("Only the bot's administrators can see the statistics.");
  });

  it('shows the latest items compactly, and /wrong on a message of several items asks which one', async () => {
    h.feeds.addEntry('/mfa.xml', { guid: 'a2', title: 'Azerbaijan and Italy sign a memorandum on culture', description: 'Signed in Baku.' });
    await eventually(() => h.telegram.messagesTo(READER).some((m) => m.text.includes('memorandum on culture')), 'the second item');
    const latest = await reader().say('/latest');
    expect(latest.text).toMatch(/^Latest: 🇦🇿 Azerbaijan – 🇮🇹 Italy\n\n🇦🇿🇮🇹 Azerbaijan and Italy sign a memorandum on culture\nMFA of Azerbaijan · official · /);
    expect(latest.text).toMatch(/Foreign Minister of Italy in Rome: 1 < 2 & "talks"/);
    expect(latest.html).toContain('1 &lt; 2 &amp; &quot;talks&quot;');
    expect((await reader().say('/latest Atlantis')).text).toMatch(/I don't know the country or group “Atlantis”/);
    expect((await reader().say('/latest France')).text).toBe('Nothing about 🇫🇷 France in the last month yet.');

    const which = await replyTo(latest, '/wrong not about culture');
    expect(which.text).toBe('Which item is labelled wrong?\nnot about culture');
    expect(labels(which)).toHaveLength(2);
    const pressed = await reader().press(which, /sign a memorandum/, { edits: true });
    expect(pressed.answer.params.text).toBe('Thank you! Your report goes to the people who improve the labels.');
    const [newest] = await h.app.store.flags.list(1);
    const items = await h.app.store.items.getMany([newest!.itemId]);
    expect(items[0]?.title).toBe('Azerbaijan and Italy sign a memorandum on culture');
    expect(newest!.note).toBe('not about culture');
  });
});
