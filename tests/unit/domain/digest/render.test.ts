import { describe, expect, it } from 'vitest';
import { renderDigest, type DigestEntry, type DigestLabels } from '../../../../src/domain/digest/render.js';
import { escapeHtml, trimOnWord, visibleLength } from '../../../../src/domain/html.js';
import { parseTelegramHtml } from '../../../support/telegram-html.js';

const labels: DigestLabels = { official: 'official', press: 'press', also: 'also', more: (n) => `… and ${n} more: /latest` };

const entry = (n: number, over: Partial<DigestEntry> = {}): DigestEntry => ({
  itemIds: [`i${n}`],
  title: `Item ${n}`,
  link: `https://mfa.example/${n}`,
  summary: `Summary of item ${n}.`,
  sources: [{ name: 'MFA', official: true }],
  time: '08:15',
  heading: '🇦🇿 Azerbaijan – 🇮🇹 Italy',
  topic: 'Bilateral relations',
  ...over,
});

describe('html helpers', () => {
  it('escapes the characters Telegram HTML reserves', () => {
    expect(escapeHtml(`<b>"Tom" & 'Jerry'</b>`)).toBe('&lt;b&gt;&quot;Tom&quot; &amp; \'Jerry\'&lt;/b&gt;');
  });

  it('measures what Telegram measures', () => {
    expect(visibleLength('<b>a&amp;b</b> &#128512;')).toBe('a&b 😀'.length);
  });

  it('trims on a word boundary and never splits a surrogate pair', () => {
    expect(trimOnWord('The minister met the ambassador today', 20)).toBe('The minister met…');
    const emoji = trimOnWord('😀'.repeat(20), 10);
    expect(emoji.endsWith('…')).toBe(true);
    expect(/[\uD800-\uDBFF]…$/.test(emoji)).toBe(false);
  });
});

describe('renderDigest', () => {
  it('escapes feed text, links titles, marks official and lists other sources', () => {
    const { messages } = renderDigest(
      [
        entry(1, {
          title: 'A <script> & "B"',
          summary: 'x < y & z',
          link: 'https://mfa.example/?a=1&b="2"',
          sources: [
            { name: 'MFA of Azerbaijan', official: true },
            { name: 'Trend', official: false },
            { name: 'ANSA', official: false },
          ],
        }),
      ],
      labels,
    );
    const html = messages[0]!.html;
    expect(parseTelegramHtml(html).ok).toBe(true);
    expect(html).toContain('<b>🇦🇿 Azerbaijan – 🇮🇹 Italy · Bilateral relations</b>');
    expect(html).toContain('<a href="https://mfa.example/?a=1&amp;b=%222%22">A &lt;script&gt; &amp; &quot;B&quot;</a>');
    expect(html).toContain('<i>MFA of Azerbaijan · official · 08:15</i>');
    expect(html).toContain('<i>also: Trend, ANSA</i>');
  });

  it('never links javascript: URLs', () => {
    const { messages } = renderDigest([entry(1, { link: 'javascript:alert(1)' })], labels);
    expect(messages[0]!.html).not.toContain('href');
  });

  it('groups by pair, then topic, each header once per message', () => {
    const { messages } = renderDigest(
      [entry(1, { topic: 'Energy' }), entry(2, { heading: '🇦🇿 Azerbaijan – 🇫🇷 France' }), entry(3)],
      labels,
    );
    const html = messages[0]!.html;
    const headers = [...html.matchAll(/<b>(🇦🇿[^<]*)<\/b>/g)].map((m) => m[1]);
    expect(headers).toEqual([
      '🇦🇿 Azerbaijan – 🇫🇷 France · Bilateral relations',
      '🇦🇿 Azerbaijan – 🇮🇹 Italy · Bilateral relations',
      '🇦🇿 Azerbaijan – 🇮🇹 Italy · Energy',
    ]);
  });

  it('splits between entries within 4096 characters and bounds the number of messages', () => {
    const long = 'word '.repeat(200);
    const entries = Array.from({ length: 60 }, (_, n) => entry(n, { summary: long }));
    const { messages, omittedItemIds } = renderDigest(entries, labels, 3);
    expect(messages).toHaveLength(3);
    expect(omittedItemIds.length).toBeGreaterThan(0);
    expect(messages.flatMap((m) => m.itemIds).sort()).toEqual(entries.flatMap((e) => e.itemIds).sort());
    expect(messages[2]!.html).toMatch(new RegExp(`… and ${omittedItemIds.length} more: /latest$`));
    for (const message of messages) {
      expect(parseTelegramHtml(message.html)).toMatchObject({ ok: true });
      expect(visibleLength(message.html)).toBeLessThanOrEqual(4096);
      expect(message.html.startsWith('<b>🇦🇿 Azerbaijan – 🇮🇹 Italy · Bilateral relations</b>')).toBe(true);
    }
  });
});

// A small deterministic generator, so a failure can be replayed from its seed.
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const PIECES = ['<', '>', '&', '&amp;', '&nbsp;', '"', "'", '<b>', '</i>', '<a href="x">', '<script>', '😀', '🇦🇿', 'שלום', 'مرحبا', '\u202e', 'https://x.example/?a=<b>&c', ' ', '\n', 'word', 'Азербайджан', '\u0000', '\uD83D'];

function hostileText(next: () => number, maxLength: number): string {
  let text = '';
  const target = Math.floor(next() * maxLength);
  while (text.length < target) text += PIECES[Math.floor(next() * PIECES.length)];
  return text;
}

describe('renderDigest with hostile feed text (property)', () => {
  it('every message of 200 random digests is valid Telegram HTML within 4096 characters', () => {
    for (let seed = 1; seed <= 200; seed++) {
      const next = random(seed);
      const entries = Array.from({ length: 1 + Math.floor(next() * 30) }, (_, n) =>
        entry(n, {
          title: hostileText(next, next() < 0.1 ? 10_000 : 200),
          summary: hostileText(next, next() < 0.1 ? 10_000 : 600),
          link: next() < 0.5 ? hostileText(next, 50) : 'https://mfa.example/a?b=<c>&d="e"',
          sources: [{ name: hostileText(next, 100), official: next() < 0.5 }],
          heading: hostileText(next, 40),
          topic: hostileText(next, 20),
        }),
      );
      const { messages } = renderDigest(entries, labels, 5);
      expect(messages.length, `seed ${seed}`).toBeGreaterThan(0);
      for (const message of messages) {
        const parsed = parseTelegramHtml(message.html);
        expect(parsed, `seed ${seed}`).toMatchObject({ ok: true });
        expect(visibleLength(message.html), `seed ${seed}`).toBeLessThanOrEqual(4096);
      }
    }
  });
});
