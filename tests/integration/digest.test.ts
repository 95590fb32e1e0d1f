import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseTelegramHtml } from '../support/telegram-html.js';
import { ADMIN_ID, eventually, startHarness, type Harness } from './harness.js';

let h: Harness;

beforeAll(async () => {
  h = await startHarness({ DIGEST_TICK_SECONDS: '1' });
});
afterAll(async () => {
  await h?.close();
});

async function command(chatId: number, text: string): Promise<string> {
  const before = h.telegram.messagesTo(chatId).length;
  h.telegram.sendText({ chatId, text, from: { id: chatId, first_name: 'T', language_code: 'en' } });
  const messages = await h.telegram.waitForMessages(chatId, before + 1, 10_000);
  return messages[before]!.text;
}

async function addFeed(path: string, title: string, options: string) {
  h.feeds.setFeed(path, { title, entries: [{ guid: `${path}-old`, title: 'Old news', description: 'Old.' }] });
  expect(await command(ADMIN_ID, `/addfeed ${h.feeds.url(path)} ${options}`)).toMatch(/Added feed/);
}

/** Subscribes through the store: this file is about delivery, the commands have their own tests. */
async function subscribe(chatId: number, target: { kind: 'country'; code: string } | { kind: 'pair'; codes: [string, string] }) {
  await h.app.store.chats.ensure(chatId, 'en');
  await h.app.store.chats.update(chatId, { type: 'private' });
  await h.app.store.subscriptions.add(chatId, { target, topics: [] });
}

/** Waits until every feed was polled twice more: fresh items have been routed. */
async function pollsOf(paths: string[], polls = 2) {
  const start = paths.map((p) => h.feeds.requests(p));
  await eventually(() => paths.every((p, i) => h.feeds.requests(p) >= start[i]! + polls), 'more polls');
}

const EVENT = {
  mfa: {
    title: 'Bayramov and La Russa discuss Azerbaijan-Italy relations',
    description: 'Azerbaijan Foreign Minister Jeyhun Bayramov met with the President of the Senate of Italy Ignazio La Russa in Rome.',
  },
  trend: {
    title: 'Azerbaijani Foreign Minister meets President of the Italian Senate in Rome',
    description: 'Jeyhun Bayramov met Ignazio La Russa during his official visit to Italy; they discussed bilateral relations.',
  },
  ansa: {
    title: 'Bayramov incontra il presidente del Senato: rafforzare i rapporti tra Italia e Azerbaigian',
    description: 'Il ministro degli Esteri dell Azerbaigian Jeyhun Bayramov ha incontrato a Roma il presidente del Senato italiano.',
  },
};

describe('digests', () => {
  const DESK = 7007; // daily digest
  const PHONE = 7008; // instant

  it('one event carried by three feeds in two languages is one entry with three sources', async () => {
    await addFeed('/mfa.xml', 'MFA of Azerbaijan', 'country=AZ official=yes');
    await addFeed('/trend.xml', 'Trend', 'lang=en');
    await addFeed('/ansa.xml', 'ANSA', 'lang=it');
    await subscribe(DESK, { kind: 'pair', codes: ['AZ', 'IT'] });
    await subscribe(PHONE, { kind: 'country', code: 'IT' });
    await h.app.store.chats.update(DESK, { digest: { kind: 'daily', at: '08:00' }, timezone: 'Asia/Baku' });
    await pollsOf(['/mfa.xml', '/trend.xml', '/ansa.xml']);

    const phoneBefore = h.telegram.messagesTo(PHONE).length;
    h.feeds.addEntry('/mfa.xml', { guid: 'mfa-1', ...EVENT.mfa });
    await pollsOf(['/mfa.xml']);
    h.feeds.addEntry('/trend.xml', { guid: 'trend-1', ...EVENT.trend });
    h.feeds.addEntry('/ansa.xml', { guid: 'ansa-1', ...EVENT.ansa });
    await pollsOf(['/trend.xml', '/ansa.xml']);

    // The desk waits for its 08:00 digest: nothing yet, three items pending, the digest scheduled.
    expect(h.telegram.messagesTo(DESK).filter((m) => m.text.includes('La Russa'))).toEqual([]);
    expect(await h.app.store.pending.count(DESK)).toBe(3);
    const due = await h.app.store.pending.dueAt(DESK);
    expect(due).toBeGreaterThan(Date.now());
    // 08:00 in Baku is 04:00 UTC.
    expect(new Date(due!).getUTCHours()).toBe(4);

    // The instant reader got the event once, as soon as the ministry published it; the agencies' reports of it never came.
    await eventually(() => h.telegram.messagesTo(PHONE).length > phoneBefore, 'the instant message');
    await pollsOf(['/trend.xml', '/ansa.xml']);
    const phone = h.telegram.messagesTo(PHONE).slice(phoneBefore);
    expect(phone).toHaveLength(1);
    expect(phone[0]!.text).toContain(EVENT.mfa.title);

    // Bring the digest forward: the minute tick finds it due and sends one entry with three sources.
    await h.app.store.pending.scheduleDigest(DESK, Date.now());
    await eventually(() => h.telegram.messagesTo(DESK).some((m) => m.text.includes('La Russa')), 'the digest');
    const digest = h.telegram.messagesTo(DESK).filter((m) => m.text.includes('La Russa'));
    expect(digest).toHaveLength(1);
    const text = digest[0]!.text;
    if (process.env.SHOW_DIGEST) console.log(digest[0]!.html);
    expect(parseTelegramHtml(digest[0]!.html).ok).toBe(true);
    expect(text).toContain('🇦🇿 Azerbaijan – 🇮🇹 Italy · Bilateral relations');
    expect(text).toContain(EVENT.mfa.title); // the official source leads
    expect(text).toMatch(/MFA of Azerbaijan · official/);
    expect(text).toMatch(/also: (Trend, ANSA|ANSA, Trend)/);
    expect(text).not.toContain(EVENT.trend.title);
    await eventually(async () => (await h.app.store.pending.count(DESK)) === 0, 'the pending set emptied');
    // The next digest is scheduled for the next 08:00 Baku time.
    const next = await h.app.store.pending.dueAt(DESK);
    expect(new Date(next!).getUTCHours()).toBe(4);
  });

  it('sends an instant subscription at once in a chat that otherwise reads a daily digest', async () => {
    expect(await command(DESK, '/subscribe Georgia instant')).toMatch(/Now following: 🇬🇪 Georgia ⚡/);
    expect((await command(DESK, '/list'))).toMatch(/🇬🇪 Georgia ⚡/);
    const before = h.telegram.messagesTo(DESK).length;
    h.feeds.addEntry('/mfa.xml', { guid: 'mfa-ge-1', title: 'Azerbaijan and Georgia open a new border crossing', description: 'Tbilisi.' });
    h.feeds.addEntry('/mfa.xml', { guid: 'mfa-it-2', title: 'Azerbaijan and Italy discuss a cultural season', description: 'Rome.' });
    await eventually(() => h.telegram.messagesTo(DESK).length > before, 'the instant message');
    await pollsOf(['/mfa.xml'], 2);
    const sent = h.telegram.messagesTo(DESK).slice(before);
    expect(sent).toHaveLength(1);
    expect(sent[0]!.text).toContain('new border crossing');
    expect(sent[0]!.text).not.toContain('cultural season');
    expect((await h.app.store.pending.list(DESK)).map((e) => e.itemId)).toHaveLength(1);
  });

  it('holds items during quiet hours and while paused, then sends them in one message', async () => {
    const NIGHT = 7009;
    await subscribe(NIGHT, { kind: 'country', code: 'AZ' });
    // Quiet hours around the current time in UTC.
    const hour = new Date().getUTCHours();
    const pad = (n: number) => String((n + 24) % 24).padStart(2, '0');
    await h.app.store.chats.update(NIGHT, { quiet: { start: `${pad(hour - 1)}:00`, end: `${pad(hour + 2)}:00` }, timezone: 'UTC' });
    const before = h.telegram.messagesTo(NIGHT).length;
    h.feeds.addEntry('/mfa.xml', { guid: 'mfa-q1', title: 'Azerbaijan condemns the attack', description: 'Statement.' });
    h.feeds.addEntry('/mfa.xml', { guid: 'mfa-q2', title: 'Azerbaijan and Georgia hold consultations', description: 'Tbilisi.' });
    await pollsOf(['/mfa.xml'], 3);
    expect(h.telegram.messagesTo(NIGHT).length).toBe(before);
    expect(await h.app.store.pending.count(NIGHT)).toBe(2);
    const due = await h.app.store.pending.dueAt(NIGHT);
    expect(new Date(due!).getUTCHours()).toBe((hour + 2) % 24);

    // Pause, lift the quiet hours, and nothing comes until /resume.
    await h.app.store.chats.update(NIGHT, { quiet: null, paused: true });
    await h.app.store.pending.scheduleDigest(NIGHT, Date.now());
    await pollsOf(['/mfa.xml'], 2);
    expect(h.telegram.messagesTo(NIGHT).length).toBe(before);
    await h.app.store.chats.update(NIGHT, { paused: false });
    await h.app.queues.deliver.add('deliver', { chatId: NIGHT, reason: 'resume' });
    await eventually(() => h.telegram.messagesTo(NIGHT).length === before + 1, 'the held items');
    const text = h.telegram.messagesTo(NIGHT)[before]!.text;
    expect(text).toContain('Azerbaijan condemns the attack');
    expect(text).toContain('Azerbaijan and Georgia hold consultations');
  });

  it('posts into the forum thread a subscription names', async () => {
    const FORUM = -1009001;
    await h.app.store.chats.ensure(FORUM, 'en');
    await h.app.store.chats.update(FORUM, { type: 'supergroup' });
    await h.app.store.subscriptions.add(FORUM, { target: { kind: 'country', code: 'GE' }, topics: [], threadId: 42 });
    h.feeds.addEntry('/mfa.xml', { guid: 'mfa-f1', title: 'Azerbaijan and Georgia sign a memorandum', description: 'Baku.' });
    await eventually(() => h.telegram.messagesTo(FORUM).length === 1, 'the forum post');
    expect(h.telegram.messagesTo(FORUM)[0]).toMatchObject({ messageThreadId: 42 });
  });
});
