import { describe, expect, it } from 'vitest';
import { renderDigest, type DigestItem } from '../../../../src/domain/digest/render.js';
import { escapeHtml, trimOnWord, visibleLength } from '../../../../src/domain/html.js';
import { parseTelegramHtml } from '../../../support/telegram-html.js';

const item = (n: number, over: Partial<DigestItem> = {}): DigestItem => ({
  id: `i${n}`,
  title: `Item ${n}`,
  link: `https://mfa.example/${n}`,
  summary: `Summary of item ${n}.`,
  source: 'MFA',
  heading: '🇦🇿 Azerbaijan – 🇮🇹 Italy',
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
  it('escapes feed text and links titles', () => {
    const [message] = renderDigest([item(1, { title: 'A <script> & "B"', summary: 'x < y & z', link: 'https://mfa.example/?a=1&b="2"' })]);
    const parsed = parseTelegramHtml(message!.html);
    expect(parsed.ok).toBe(true);
    expect(message!.html).toContain('<a href="https://mfa.example/?a=1&amp;b=%222%22">A &lt;script&gt; &amp; &quot;B&quot;</a>');
  });

  it('never links javascript: URLs', () => {
    const [message] = renderDigest([item(1, { link: 'javascript:alert(1)' })]);
    expect(message!.html).not.toContain('href');
  });

  it('groups under one heading and splits between items, each message within 4096 characters', () => {
    const long = 'word '.repeat(200);
    const items = Array.from({ length: 40 }, (_, n) => item(n, { summary: long }));
    const messages = renderDigest(items);
    expect(messages.length).toBeGreaterThan(1);
    expect(messages.flatMap((m) => m.itemIds)).toEqual(items.map((i) => i.id));
    for (const message of messages) {
      const parsed = parseTelegramHtml(message.html);
      expect(parsed.ok, JSON.stringify(parsed)).toBe(true);
      expect(visibleLength(message.html)).toBeLessThanOrEqual(4096);
      expect(message.html.startsWith('<b>🇦🇿 Azerbaijan – 🇮🇹 Italy</b>')).toBe(true);
    }
  });

  it('keeps one hostile 10,000-character item within the limit', () => {
    const hostile = '<b>&amp;<unclosed '.repeat(600);
    const messages = renderDigest([item(1, { title: hostile, summary: hostile, source: hostile })]);
    expect(messages).toHaveLength(1);
    const parsed = parseTelegramHtml(messages[0]!.html);
    expect(parsed.ok).toBe(true);
  });
});
