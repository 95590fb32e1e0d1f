import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderRss } from '../support/feed-server.js';
import { ADMIN_ID, eventually, startHarness, type Harness } from './harness.js';

let h: Harness;

beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

async function command(
  text: string,
  chatId = ADMIN_ID,
): Promise<{ text: string; messageId: number; buttons: string[] }> {
  const before = h.telegram.messagesTo(chatId).length;
  h.telegram.sendText({ chatId, text, from: { id: chatId, first_name: 'A', language_code: 'en' } });
  const message = (await h.telegram.waitForMessages(chatId, before + 1, 10_000))[before]!;
  const buttons =
    message.replyMarkup?.inline_keyboard.flat().map((b) => ('callback_data' in b ? b.callback_data : '')) ??
    [];
  return { text: message.text, messageId: message.messageId, buttons };
}
const say = async (text: string) => (await command(text)).text;
const feedId = async (path: string) => (await h.app.store.feeds.findByUrl(h.feeds.url(path)))!.id;

describe('feed administration in Telegram', () => {
  it('/addfeed reports what it found, or why it refused in the admin language', async () => {
    h.feeds.setFeed('/georgia.xml', {
      title: 'Caucasus wire',
      language: 'en',
      entries: [
        { guid: '1', title: 'Georgia and Armenia sign a border treaty', description: 'Tbilisi.' },
        { guid: '2', title: 'Georgian foreign minister visits Brussels', description: 'Talks with the EU.' },
        { guid: '3', title: 'Tbilisi hosts a regional forum', description: 'Georgia welcomed delegations.' },
      ],
    });
    const added = await say(`/addfeed ${h.feeds.url('/georgia.xml')}`);
    expect(added).toMatch(
      /^Added feed #\d+: Caucasus wire \(3 items now; only new ones will be delivered\)\./,
    );
    expect(added).toContain('Language declared by the feed: en');
    expect(added).toContain('Country: 🇬🇪 Georgia (GE) (the most frequent in the items: 3 of 3)');
    expect(added).toMatch(/To change it: \/feed \d+ country=XX/);
    expect(await say(`/addfeed ${h.feeds.url('/georgia.xml')}`)).toMatch(/already there as #\d+\.$/);

    h.feeds.setRaw(
      '/page.xml',
      (_req, res) =>
        void res.writeHead(200, { 'content-type': 'text/html' }).end('<html><body>Hi</body></html>'),
    );
    expect(await say('/lang ru')).toMatch(/русский/);
    expect(await say(`/addfeed ${h.feeds.url('/page.xml')}`)).toBe(
      'Не удалось использовать эту ленту: это не читаемая лента RSS или Atom (this is a web page, not an RSS or Atom feed)',
    );
    expect(await say('/lang en')).toMatch(/English/);
    expect(await h.app.store.feeds.findByUrl(h.feeds.url('/page.xml'))).toBeNull();
  });

  it('/feed shows one feed and changes its details', async () => {
    const id = await feedId('/georgia.xml');
    await eventually(async () => (await h.app.store.feeds.get(id))?.lastSuccessAt, 'the feed polled');
    const details = await say(`/feed ${id}`);
    expect(details).toContain(`Feed #${id}: Caucasus wire`);
    expect(details).toContain(`Address: ${h.feeds.url('/georgia.xml')}`);
    expect(details).toContain('Country: 🇬🇪 Georgia (GE)');
    expect(details).toContain('Source: press');
    expect(details).toMatch(/Last success: .* UTC · 3 items in the feed/);
    expect(details).toContain('Status: polled');
    expect(await say(`/feed ${id} country=AM official=yes`)).toMatch(
      /Feed #\d+ updated\.[\s\S]*Country: 🇦🇲 Armenia \(AM\)[\s\S]*Source: official/,
    );
    expect(await say(`/feed ${id} country=Atlantis`)).toMatch(/I don't understand “country=Atlantis”/);
    expect(await say('/feed 999')).toBe('There is no feed “999”. /feeds lists them.');
    expect(await say('/feed')).toMatch(/^Usage: \/feed ID/);
    expect(await say(`/feed ${id}`)).not.toContain('Moved from');
    expect((await command(`/feed ${id}`, 2002)).text).toMatch(/Only the bot's administrators/);
  });

  it('disables a feed after ten failures in a row, tells the admin, and /feed ID enable brings it back', async () => {
    h.feeds.setFeed('/dying.xml', {
      title: 'Dying ministry',
      entries: [{ guid: 'd1', title: 'Old', description: 'x' }],
    });
    expect(await say(`/addfeed ${h.feeds.url('/dying.xml')} country=FR`)).toMatch(/Added feed/);
    const id = await feedId('/dying.xml');
    await eventually(async () => (await h.app.store.feeds.get(id))?.primed, 'the feed primed');
    // Nine failures as the backoff would have spread them over a day, then the server breaks. The
    // test holds the feed's fetch slot meanwhile, so that no poll lands in between.
    const claim = (await eventually(() => h.app.store.feeds.claimFetch(id, 30_000), 'the fetch slot'))!;
    for (let i = 0; i < 9; i++)
      await h.app.store.feeds.recordFailure(id, { message: 'earlier failure', code: 'network' });
    const alertsBefore = h.telegram.messagesTo(ADMIN_ID).length;
    h.feeds.setRaw(
      '/dying.xml',
      (_req, res) => void res.writeHead(503, { 'retry-after': '30' }).end('Service Unavailable'),
    );
    await h.app.store.feeds.releaseFetch(id, claim);

    const [alert] = (await h.telegram.waitForMessages(ADMIN_ID, alertsBefore + 1, 15_000)).slice(
      alertsBefore,
    );
    expect(alert!.text).toMatch(
      new RegExp(`^⛔ Feed #${id} Dying ministry was disabled after 10 failed polls in a row\\.`),
    );
    expect(alert!.text).toContain('HTTP 503');
    expect(alert!.text).toContain(`/feed ${id} enable turns it back on`);
    expect(await h.app.store.feeds.get(id)).toMatchObject({ disabled: true, failures: 10 });

    // Disabled: not fetched any more, while the other feeds are.
    const requests = h.feeds.requests('/dying.xml');
    const others = h.feeds.requests('/georgia.xml');
    await eventually(
      () => h.feeds.requests('/georgia.xml') >= others + 3,
      'three more polls of another feed',
    );
    expect(h.feeds.requests('/dying.xml')).toBe(requests);
    expect(await say('/feeds failing')).toMatch(
      new RegExp(
        `#${id} ⛔ Dying ministry · FR\\n\\s+disabled · error: the server answered with an error \\(.*HTTP 503`,
      ),
    );
    expect(await say(`/feed ${id}`)).toMatch(
      /Status: disabled since .* UTC\. \/feed \d+ enable turns it back on\./,
    );

    h.feeds.setFeed('/dying.xml', {
      title: 'Dying ministry',
      entries: [{ guid: 'd1', title: 'Old', description: 'x' }],
    });
    h.feeds.setRaw(
      '/dying.xml',
      (_req, res) =>
        void res
          .writeHead(200, { 'content-type': 'application/rss+xml' })
          .end(renderRss({ title: 'Dying ministry', entries: [] })),
    );
    expect(await say(`/feed ${id} enable`)).toBe(
      `Feed #${id} is enabled again: it will be polled at the next cycle, its failures forgotten.`,
    );
    await eventually(async () => {
      const feed = await h.app.store.feeds.get(id);
      return feed && !feed.disabled && feed.failures === 0 && feed.lastError === null;
    }, 'the feed healthy again');
    expect(await say(`/feed ${id} disable`)).toMatch(/is disabled: it is not polled until/);
  });

  it('follows a permanent redirect to the new address', async () => {
    h.feeds.setFeed('/new-home.xml', {
      title: 'Moved ministry',
      entries: [{ guid: 'm1', title: 'Hello', description: 'x' }],
    });
    h.feeds.setRaw(
      '/old-home.xml',
      (_req, res) => void res.writeHead(301, { location: h.feeds.url('/new-home.xml') }).end(),
    );
    expect(await say(`/addfeed ${h.feeds.url('/old-home.xml')}`)).toMatch(/Added feed #\d+: Moved ministry/);
    const id = await feedId('/old-home.xml');
    await eventually(
      async () => (await h.app.store.feeds.get(id))?.url === h.feeds.url('/new-home.xml'),
      'the stored URL updated',
    );
    expect(await say(`/feed ${id}`)).toContain(
      `Moved from ${h.feeds.url('/old-home.xml')} (permanent redirect)`,
    );
    expect((await h.app.store.feeds.findByUrl(h.feeds.url('/new-home.xml')))?.id).toBe(id);
  });

  it('/feeds pages a long list under the Telegram limit', async () => {
    for (let i = 0; i < 30; i++) {
      await h.app.store.feeds.add({
        url: `https://agency${i}.example/rss?${'x'.repeat(100)}`,
        title: `Agency ${i} ${'&'.repeat(60)}`,
      });
    }
    const first = await command('/feeds');
    expect(first.text).toMatch(/^Feeds \(33\)\n2 ok · 0 failing · 1 disabled · 30 not polled yet\n/);
    // How many fit on a page depends on the other lines' lengths; what matters is that pages continue.
    const agencies = (text: string) => [...text.matchAll(/Agency (\d+) /g)].map((m) => Number(m[1]));
    const onFirst = agencies(first.text);
    expect(onFirst.length).toBeGreaterThan(0);
    // Buttons carry the index of the first feed of a page: page 1 holds the three first feeds and
    // the agencies shown, so "next" starts right after them.
    const [previous, current, next] = first.buttons;
    expect(current).toBe('fds:v2:0:a');
    expect(next).toBe(`fds:v2:${3 + onFirst.length}:a`);
    expect(previous).toMatch(/^fds:v2:[1-9]\d*:a$/);
    // Health lines may change length between the two presses (a poll); the next page still goes on
    // right after the last feed the reader saw.
    const [firstFeed] = await h.app.store.feeds.list();
    await h.app.store.feeds.recordFailure(firstFeed!.id, { message: 'connection reset '.repeat(9) });
    const before = h.telegram.messagesTo(ADMIN_ID).length;
    h.telegram.pressButton({
      chatId: ADMIN_ID,
      messageId: first.messageId,
      data: next!,
      from: { id: ADMIN_ID },
    });
    const [page2] = (await h.telegram.waitForMessages(ADMIN_ID, before + 1, 10_000)).slice(before);
    expect(page2!.method).toBe('editMessageText');
    const onSecond = agencies(page2!.text);
    expect(onSecond[0]).toBe(onFirst[onFirst.length - 1]! + 1);
    for (const message of h.telegram.messagesTo(ADMIN_ID))
      expect(message.text.length).toBeLessThanOrEqual(4096);
    expect(h.telegram.violations).toEqual([]);
  });
});
