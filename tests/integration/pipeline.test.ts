import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buttonsOf } from '../support/fake-bot-api.js';
import { parseTelegramHtml } from '../support/telegram-html.js';
import { telegramUser } from './telegram-user.js';
import { ADMIN_ID, eventually, startHarness, type Harness } from './harness.js';

const ALICE = 2002; // follows AZ-IT
const BOB = 3003; // follows AZ-FR
const OLGA = 4004; // Russian speaker, follows Italy by its Russian name

let h: Harness;

beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

const say = (chatId: number, text: string, languageCode = 'en') =>
  h.telegram.sendText({ chatId, text, from: { id: chatId, first_name: 'T', language_code: languageCode } });

async function command(chatId: number, text: string, languageCode = 'en'): Promise<string> {
  const before = h.telegram.messagesTo(chatId).length;
  say(chatId, text, languageCode);
  const messages = await h.telegram.waitForMessages(chatId, before + 1, 10_000);
  return messages[before]!.text;
}

/** Lets the service poll the feed several more times and drain its queues. */
async function severalPolls(path: string, polls = 3) {
  const start = h.feeds.requests(path);
  await eventually(() => h.feeds.requests(path) >= start + polls, `${polls} more polls of ${path}`);
  await eventually(async () => {
    const counts = await h.app.queues.deliver.getJobCounts('waiting', 'active', 'delayed', 'prioritized');
    return Object.values(counts).every((n) => n === 0);
  }, 'delivery queue drained');
}

const itemsTo = (chatId: number, needle: string) => h.telegram.messagesTo(chatId).filter((m) => m.text.includes(needle));

describe('from a ministry feed to a Telegram chat', () => {
  it('sets the command menu per language', async () => {
    await eventually(() => h.telegram.calls.some((c) => c.method === 'setMyCommands' && (c.params as { language_code?: string }).language_code === 'ru'), 'setMyCommands ru');
    const calls = h.telegram.calls.filter((c) => c.method === 'setMyCommands');
    expect(calls.length).toBeGreaterThanOrEqual(3);
  });

  it('refuses feed management to non-admins and explains bad input', async () => {
    expect(await command(ALICE, '/addfeed https://mfa.example/rss')).toMatch(/Only the bot's administrators/);
    expect(await command(ADMIN_ID, '/addfeed')).toMatch(/Usage: \/addfeed URL/);
    expect(await command(ADMIN_ID, '/addfeed ftp://mfa.example/rss')).toMatch(/not a web address/);
    expect(await command(ADMIN_ID, '/addfeed https://mfa.example/rss country=Atlantis')).toMatch(/I don't understand “country=Atlantis”/);
    expect(await command(ALICE, '/subscribe Atlantis')).toMatch(/I don't know the country or group “Atlantis”/);
    expect(await command(ALICE, '/subscribe')).toMatch(/Tell me what to follow/);
    expect(await command(ALICE, '/frobnicate')).toMatch(/I don't know the command \/frobnicate/);
  });

  it('delivers a new AZ–IT item once, escaped, to the chats that follow it', async () => {
    h.feeds.setFeed('/mfa-az.xml', {
      title: 'MFA of Azerbaijan',
      entries: [
        { guid: 'old-1', title: 'Azerbaijan and Italy hold political consultations', description: 'Old news about Italy.' },
        { guid: 'old-2', title: 'Statement on the anniversary', description: 'Azerbaijan remembers.' },
      ],
    });
    const added = await command(ADMIN_ID, `/addfeed ${h.feeds.url('/mfa-az.xml')} country=AZ official=yes`);
    expect(added).toMatch(/Added feed #\d+: MFA of Azerbaijan \(2 items now/);
    expect(await command(ALICE, '/subscribe AZ-IT')).toMatch(/Now following: 🇦🇿 .*Azerbaijan – 🇮🇹 Italy/);
    expect(await command(BOB, '/subscribe AZ-FR')).toMatch(/Now following/);
    expect(await command(OLGA, '/subscribe Италия', 'ru')).toMatch(/Теперь вы следите за: 🇮🇹 Италия/);
    expect(await command(ALICE, '/list')).toMatch(/This chat follows\n• 🇦🇿 .*Azerbaijan – 🇮🇹 Italy/);

    // The first poll records the two items already there and delivers neither.
    await severalPolls('/mfa-az.xml', 2);
    expect(itemsTo(ALICE, 'political consultations')).toEqual([]);
    expect(itemsTo(OLGA, 'political consultations')).toEqual([]);

    h.feeds.addEntry('/mfa-az.xml', {
      guid: 'new-1',
      title: 'Foreign Minister of Azerbaijan met the President of the Senate of Italy (1 < 2) & "energy"',
      description: 'Azerbaijan and Italy discussed energy cooperation & trade during the visit to Rome.',
      link: 'https://mfa.example/news/1?x=1&y=2',
    });
    await eventually(() => itemsTo(ALICE, 'President of the Senate').length > 0, 'the item at Alice');
    const [delivered] = itemsTo(ALICE, 'President of the Senate');
    expect(delivered!.text).toContain('Foreign Minister of Azerbaijan met the President of the Senate of Italy (1 < 2) & "energy"');
    expect(delivered!.text).toContain('MFA of Azerbaijan');
    expect(parseTelegramHtml(delivered!.html).ok).toBe(true);
    expect(delivered!.html).toContain('href="https://mfa.example/news/1?x=1&amp;y=2"');
    await eventually(() => itemsTo(OLGA, 'President of the Senate').length === 1, 'the item at Olga');
    expect(itemsTo(OLGA, 'President of the Senate')[0]!.text).toMatch(/Италия/);

    // More polls, then a restart of the whole service: nothing is sent again.
    await severalPolls('/mfa-az.xml', 3);
    await h.restart();
    await severalPolls('/mfa-az.xml', 3);
    expect(itemsTo(ALICE, 'President of the Senate')).toHaveLength(1);
    expect(itemsTo(OLGA, 'President of the Senate')).toHaveLength(1);
    expect(itemsTo(BOB, 'President of the Senate')).toEqual([]);
    expect(itemsTo(ALICE, 'political consultations')).toEqual([]);

    // And the restarted service still delivers what is new.
    h.feeds.addEntry('/mfa-az.xml', { guid: 'new-2', title: 'Azerbaijan and Italy sign a memorandum', description: 'Signed in Baku.' });
    await eventually(() => itemsTo(ALICE, 'sign a memorandum').length === 1, 'the second item at Alice');
    await severalPolls('/mfa-az.xml', 2);
    expect(itemsTo(ALICE, 'sign a memorandum')).toHaveLength(1);
  });

  it('waits out a 429 before sending anything more', async () => {
    h.feeds.setFeed('/mfa-ge.xml', { title: 'MFA of Georgia', entries: [{ guid: 'g0', title: 'Georgia', description: 'Old.' }] });
    expect(await command(ADMIN_ID, `/addfeed ${h.feeds.url('/mfa-ge.xml')} country=GE`)).toMatch(/Added feed/);
    expect(await command(ALICE, '/subscribe Georgia')).toMatch(/Now following/);
    await severalPolls('/mfa-ge.xml', 2);
    h.telegram.rateLimit(2);
    const limitedAt = Date.now();
    h.feeds.addEntry('/mfa-ge.xml', { guid: 'g1', title: 'Georgia and Italy discuss visas', description: 'Tbilisi.' });
    await eventually(() => itemsTo(ALICE, 'discuss visas').length === 1, 'the item after the flood wait', 20_000);
    expect(itemsTo(ALICE, 'discuss visas')[0]!.at - limitedAt).toBeGreaterThanOrEqual(1900);
    expect(h.telegram.violations).toEqual([]);
  });

  it('lists feeds with their health and removes one by id or URL', async () => {
    h.feeds.setRaw('/broken.xml', (_req, res) => void res.writeHead(500).end('oops'));
    expect(await command(ADMIN_ID, `/addfeed ${h.feeds.url('/broken.xml')}`)).toMatch(/I could not use this feed: .*500/);
    h.feeds.setFeed('/flaky.xml', { title: 'Flaky agency', entries: [] });
    expect(await command(ADMIN_ID, `/addfeed ${h.feeds.url('/flaky.xml')}`)).toMatch(/Added feed #(\d+)/);
    h.feeds.setRaw('/flaky.xml', (_req, res) => void res.writeHead(503).end('down'));
    await eventually(async () => (await h.app.store.feeds.list()).some((f) => f.title === 'Flaky agency' && f.failures > 0), 'a recorded failure');
    const listing = await command(ADMIN_ID, '/feeds');
    expect(listing).toMatch(/Feeds \(3\)/);
    expect(listing).toMatch(/MFA of Azerbaijan[\s\S]*ok/);
    expect(listing).toMatch(/Flaky agency[\s\S]*error: .*503/);
    expect(await command(ALICE, '/feeds')).toMatch(/Only the bot's administrators/);
    expect(await command(ADMIN_ID, `/removefeed ${h.feeds.url('/flaky.xml')}`)).toMatch(/Removed feed #\d+/);
    expect(await command(ADMIN_ID, '/removefeed 999')).toMatch(/There is no feed “999”/);
    expect((await h.app.store.feeds.list()).map((f) => f.title)).not.toContain('Flaky agency');
    const polls = h.feeds.requests('/flaky.xml');
    await severalPolls('/mfa-ge.xml', 2);
    expect(h.feeds.requests('/flaky.xml')).toBe(polls);
  });

  it('switches language and unsubscribes', async () => {
    const EVA = 6006;
    const eva = telegramUser(h, { chatId: EVA, from: { id: EVA } });
    expect(buttonsOf(await eva.say('/lang')).length).toBeGreaterThanOrEqual(10);
    expect(await command(EVA, '/lang xx')).toMatch(/“xx”/);
    expect(await command(EVA, '/lang ru')).toBe('Язык чата: русский.');
    expect(await command(EVA, '/subscribe Azerbaijan, IT-FR')).toMatch(/Теперь вы следите за: 🇦🇿 Азербайджан, 🇫🇷 Франция – 🇮🇹 Италия/);
    expect(await command(EVA, '/unsubscribe Italy-France')).toMatch(/Вы больше не следите за: 🇫🇷 Франция – 🇮🇹 Италия/);
    expect(await command(EVA, '/unsubscribe Georgia')).toMatch(/Этот чат не подписан на 🇬🇪 Грузия/);
    // Removing everything asks first.
    const question = await eva.say('/unsubscribe all');
    expect(question.text).toMatch(/1/);
    expect(await h.app.store.subscriptions.list(EVA)).toHaveLength(1);
    const [yes] = buttonsOf(question);
    await eva.press(question, (yes as { callback_data: string }).callback_data, { edits: true });
    expect(await h.app.store.subscriptions.list(EVA)).toEqual([]);
    expect(await command(EVA, '/list')).toMatch(/Этот чат пока ни на что не подписан/);
  });

  it('routes items to group subscribers (EU follows Italy)', async () => {
    const ERIK = 6007;
    expect(await command(ERIK, '/subscribe EU')).toMatch(/Now following/);
    h.feeds.addEntry('/mfa-ge.xml', { guid: 'g-eu', title: 'Georgia and Italy agree on a visa dialogue', description: 'Tbilisi and Rome.' });
    await eventually(() => itemsTo(ERIK, 'visa dialogue').length === 1, 'the item at the EU subscriber');
  });

  it('deactivates a chat that blocked the bot and brings it back on /start', async () => {
    const DAN = 5005;
    expect(await command(DAN, '/subscribe Georgia')).toMatch(/Now following/);
    h.telegram.blockChat(DAN);
    h.feeds.addEntry('/mfa-ge.xml', { guid: 'g2', title: 'Georgia hosts the Baltic ministers', description: 'Tbilisi.' });
    await eventually(async () => (await h.app.store.chats.get(DAN))?.active === false, 'Dan deactivated');
    expect((await h.app.store.chats.get(DAN))?.inactiveReason).toMatch(/blocked by the user/);
    h.telegram.unblockChat(DAN);
    expect(await command(DAN, '/start')).toMatch(/Attaché/);
    expect(await h.app.store.chats.get(DAN)).toMatchObject({ active: true });
    expect(await h.app.store.subscriptions.list(DAN)).toHaveLength(1);
  });
});
