import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTranslator } from '../../src/i18n.js';
import { eventually } from '../integration/harness.js';
import { FAULT_ADMIN_ID, startFaultApp, type FaultApp } from '../support/fault-app.js';
import { figure } from '../support/fault-figures.js';
import { parseTelegramHtml } from '../support/telegram-html.js';

// Case 7: random, oversized, control-character and injection-shaped arguments to every command.
const COMMANDS = [
  'start', 'help', 'subscribe', 'unsubscribe', 'list', 'topics', 'lang', 'digest', 'timezone', 'quiet', 'pause', 'resume',
  'latest', 'why', 'wrong', 'share', 'channel', 'manage',
  'addfeed', 'removefeed', 'feeds', 'feed', 'flags', 'stats',
];
/** Commands whose whole point is a change that ignores arguments: only that change is allowed. */
const TOGGLES: Record<string, 'paused'> = { pause: 'paused', resume: 'paused' };

/** A small seeded generator: a failure names a payload that can be produced again. */
function randomText(seed: number, length: number): string {
  const pool = [...'abcXYZ019 -+,.:;/\\|&<>"\'`$%{}[]()#@!?*~^=_\t\n\r', 'é', 'ß', 'ж', 'ق', '中', '🇦🇿', '👍🏽', '\u0000', '\u0007', '\u001b', '\u200b', '\u202e', '\u2028', '\ufeff', '\ud83d'];
  let x = seed;
  let out = '';
  while (out.length < length) {
    x = (x * 1103515245 + 12345) % 2 ** 31;
    out += pool[x % pool.length];
  }
  return out;
}

const PAYLOADS: [string, string][] = [
  ['oversized', 'A'.repeat(10_000)],
  ['oversized-mixed', randomText(7, 10_000)],
  ['random-1', randomText(1, 40)],
  ['random-2', randomText(2, 300)],
  ['control', '\u0000\u0001\u0002\u001b[31m\u0007\b\f\v'],
  ['bidi', '\u202eLI-ZA\u202c \u200b\u200d\ufeff'],
  ['html', '<b>bold</b><script>alert(1)</script><a href="javascript:alert(1)">x</a>&amp;&lt;&#0;&#xD800;'],
  ['html-broken', '</b><i>unclosed <tg-spoiler>'],
  ['sql', "AZ'; DROP TABLE chats; -- OR 1=1"],
  ['shell', '$(rm -rf /) `id` | cat /etc/passwd; reboot && echo pwned'],
  ['redis-crlf', 'AZ\r\nFLUSHALL\r\nCONFIG SET dir /tmp\r\n'],
  ['redis-resp', '*1\r\n$8\r\nFLUSHALL\r\n*3\r\n$3\r\nSET\r\n$1\r\nk\r\n$1\r\nv\r\n'],
  ['interpolation', '{{command}} {{title}} %s%n%x ${process.env.BOT_TOKEN} __proto__ constructor prototype'],
  ['json', '{"__proto__":{"admin":true},"chatId":1001}'],
  ['numbers', '-1 0 NaN Infinity 1e309 99999999999999999999999 -100123 0x7fffffff'],
  ['paths', '../../../../etc/passwd ..\\..\\windows file:///etc/passwd'],
  ['urls', 'http://127.0.0.1:1/feed http://[::1]:6379/ gopher://127.0.0.1:6379/_FLUSHALL http://169.254.169.254/latest/meta-data'],
  ['second-command', 'AZ\n/addfeed http://evil.example/rss\n/removefeed 1'],
  ['mention', '@attache_test_bot /start@other_bot'],
  ['only-spaces', '     \t   '],
];

const t = createTranslator();
let f: FaultApp;

beforeAll(async () => {
  f = await startFaultApp();
});
afterAll(async () => {
  await f?.close();
});

async function snapshot(chatId: number) {
  const chat = await f.app.store.chats.get(chatId);
  return {
    chat: JSON.stringify({ ...chat, paused: undefined }),
    paused: chat?.paused ?? null,
    subscriptions: JSON.stringify(await f.app.store.subscriptions.list(chatId)),
    channels: JSON.stringify(await f.app.store.channels.list(chatId)),
    feeds: JSON.stringify((await f.app.store.feeds.list()).map(({ id, url, title, country, language, official, disabled }) => ({ id, url, title, country, language, official, disabled }))),
    flags: await f.app.store.flags.count(),
  };
}

/**
 * Known bug: a long argument with many commas to /subscribe, /unsubscribe, /topics or /latest is
 * answered with one explanation per part, without a bound (src/telegram/target-input.ts,
 * readTargets: `/subscribe qq, qq, …` of 1,000 characters makes 250 problems, 38,000 characters);
 * Telegram refuses the reply as too long and the user only reads "something went wrong".
 */

async function exercise(pairs: [string, string, string][]): Promise<{ asked: number; problems: string[] }> {
  const problems: string[] = [];
  let asked = 0;
  for (const [command, name, payload] of pairs) {
    const before = await snapshot(FAULT_ADMIN_ID);
    const calls = f.telegram.calls.length;
    const sent = f.telegram.messagesTo(FAULT_ADMIN_ID).length;
    const what = `/${command} ${name}`;
    asked++;
    f.telegram.sendText({ chatId: FAULT_ADMIN_ID, text: `/${command} ${payload}`, from: { id: FAULT_ADMIN_ID, first_name: 'A', language_code: 'en' } });
    // Answered: a message that Telegram accepted (valid HTML, within the length limit).
    const answered = await f.telegram.waitForMessages(FAULT_ADMIN_ID, sent + 1, 20_000).then(
      () => true,
      () => false,
    );
    if (!answered) {
      problems.push(`${what}: no answer`);
      continue;
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
    for (const reply of f.telegram.messagesTo(FAULT_ADMIN_ID).slice(sent)) {
      if (reply.parseMode === 'HTML' && !parseTelegramHtml(reply.html).ok) problems.push(`${what}: invalid HTML`);
      if (reply.text === t('en', 'errors.generic')) problems.push(`${what}: only "something went wrong"`);
    }
    for (const call of f.telegram.calls.slice(calls).filter((c) => (c.status ?? 200) >= 400)) {
      problems.push(`${what}: ${call.method} refused by Telegram: ${call.error?.description ?? call.status}`);
    }
    const after = await snapshot(FAULT_ADMIN_ID);
    for (const key of ['chat', 'subscriptions', 'channels', 'feeds', 'flags'] as const) {
      if (before[key] !== after[key]) problems.push(`${what}: changed ${key}`);
    }
    if (before.paused !== after.paused && !TOGGLES[command]) problems.push(`${what}: changed paused`);
    // Undo a toggle, so the next payload starts from the same state.
    if (before.paused !== after.paused) await f.app.store.chats.update(FAULT_ADMIN_ID, { paused: before.paused ?? false });
  }
  return { asked, problems };
}

const everyPair = COMMANDS.flatMap((command) => PAYLOADS.map(([name, payload]) => [command, name, payload] as [string, string, string]));

describe('bad arguments to every command', () => {
  beforeAll(async () => {
    // Something to protect: a feed, a subscription, a setting.
    f.feeds.setFeed('/bad.xml', { title: 'MFA', entries: [{ guid: 'b', title: 'Azerbaijan news', description: 'x' }] });
    expect(await f.command(FAULT_ADMIN_ID, `/addfeed ${f.feeds.url('/bad.xml')} country=AZ`)).toMatch(/Added feed/);
    expect(await f.command(FAULT_ADMIN_ID, '/subscribe AZ-IT')).toMatch(/Now following/);
    expect(await f.command(FAULT_ADMIN_ID, '/digest daily 08:00')).toMatch(/daily/);
    await eventually(async () => (await f.app.store.feeds.list())[0]?.primed, 'the feed primed');
  });

  it('get a clear, valid answer and change nothing', async () => {
    const { asked, problems } = await exercise(everyPair);
    const feeds = await f.app.store.feeds.list();
    figure('bad-commands', { commands: COMMANDS.length, payloads: PAYLOADS.length, asked, problems: problems.length });
    expect(problems).toEqual([]);
    expect(feeds).toHaveLength(1);
    expect(await f.app.store.subscriptions.list(FAULT_ADMIN_ID)).toHaveLength(1);
  });
});
