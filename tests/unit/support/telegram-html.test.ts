import { describe, expect, it } from 'vitest';
import { checkTextLimits, parseTelegramHtml } from '../../support/telegram-html.js';

const PREFIX = "Bad Request: can't parse entities: ";

function refused(html: string): string {
  const result = parseTelegramHtml(html);
  if (result.ok)
    throw new Error(`expected ${JSON.stringify(html)} to be refused, got ${JSON.stringify(result)}`);
  return result.description;
}

function accepted(html: string) {
  const result = parseTelegramHtml(html);
  if (!result.ok) throw new Error(`expected ${JSON.stringify(html)} to be accepted: ${result.description}`);
  return result;
}

describe('parseTelegramHtml: accepted markup', () => {
  it('strips tags, decodes entities and reports entities in UTF-16 units', () => {
    expect(accepted('<b>Bold</b> &amp; <i>it</i> &lt;x&gt; &quot;q&quot;')).toEqual({
      ok: true,
      text: 'Bold & it <x> "q"',
      entities: [
        { type: 'bold', offset: 0, length: 4 },
        { type: 'italic', offset: 7, length: 2 },
      ],
    });
  });

  it('maps every supported tag to its entity', () => {
    const html =
      '<strong>a</strong><em>b</em><u>c</u><ins>d</ins><s>e</s><strike>f</strike><del>g</del>' +
      '<span class="tg-spoiler">h</span><tg-spoiler>i</tg-spoiler><code>j</code><pre>k</pre>' +
      '<blockquote>l</blockquote><blockquote expandable>m</blockquote>';
    const { text, entities } = accepted(html);
    expect(text).toBe('abcdefghijklm');
    expect(entities.map((e) => e.type)).toEqual([
      'bold',
      'italic',
      'underline',
      'underline',
      'strikethrough',
      'strikethrough',
      'strikethrough',
      'spoiler',
      'spoiler',
      'code',
      'pre',
      'blockquote',
      'expandable_blockquote',
    ]);
  });

  it('turns <pre><code class="language-x"> into one pre entity with a language', () => {
    expect(accepted('<pre><code class="language-python">print(1)</code></pre>').entities).toEqual([
      { type: 'pre', offset: 0, length: 8, language: 'python' },
    ]);
  });

  it('decodes entities in attribute values and keeps nested entities', () => {
    const { text, entities } = accepted(
      '<b>See <a href="https://mfa.example/n?x=1&amp;y=2">the news</a></b>',
    );
    expect(text).toBe('See the news');
    expect(entities).toEqual([
      { type: 'bold', offset: 0, length: 12 },
      { type: 'text_link', offset: 4, length: 8, url: 'https://mfa.example/n?x=1&y=2' },
    ]);
  });

  it('counts astral characters as two UTF-16 units, from text and from numeric references', () => {
    expect(accepted('🇦🇿<b>x</b>').entities).toEqual([{ type: 'bold', offset: 4, length: 1 }]);
    expect(accepted('&#128512;&#x1F600;<i>y</i>')).toMatchObject({
      text: '😀😀y',
      entities: [{ offset: 4 }],
    });
  });

  it('accepts case-insensitive tag names, </> and spaces before >, and drops empty entities', () => {
    expect(accepted('<B>x</B>').entities).toEqual([{ type: 'bold', offset: 0, length: 1 }]);
    expect(accepted('<i>y</>').entities).toEqual([{ type: 'italic', offset: 0, length: 1 }]);
    expect(accepted('<u>z</u  >').entities).toHaveLength(1);
    expect(accepted('a<b></b>').entities).toEqual([]);
  });

  it('accepts a bare > and keeps a link that Telegram cannot use as plain text', () => {
    expect(accepted('a > b').text).toBe('a > b');
    expect(accepted('<a href="javascript:alert(1)">x</a>')).toEqual({ ok: true, text: 'x', entities: [] });
  });

  it('reads custom emoji and user mentions', () => {
    expect(accepted('<tg-emoji emoji-id="5368324170671202286">👍</tg-emoji>').entities).toEqual([
      { type: 'custom_emoji', offset: 0, length: 2, custom_emoji_id: '5368324170671202286' },
    ]);
    expect(accepted('<a href="tg://user?id=42">Ann</a>').entities[0]).toMatchObject({
      type: 'text_mention',
      user: { id: 42 },
    });
  });
});

describe('parseTelegramHtml: refused markup, with the byte offsets Telegram reports', () => {
  it('refuses an unclosed tag', () => {
    expect(refused('<b>bold')).toBe(`${PREFIX}Can't find end tag corresponding to start tag "b"`);
  });

  it('refuses unsupported tags, naming them', () => {
    expect(refused('Line one<br>two')).toBe(`${PREFIX}Unsupported start tag "br" at byte offset 8`);
    expect(refused('<p>x</p>')).toBe(`${PREFIX}Unsupported start tag "p" at byte offset 0`);
    expect(refused('<span>x</span>')).toBe(
      `${PREFIX}Tag "span" must have class "tg-spoiler" at byte offset 0`,
    );
  });

  it('measures offsets in UTF-8 bytes', () => {
    // "Ü" is two bytes, so the tag starts at byte 2.
    expect(refused('Ü<foo>')).toBe(`${PREFIX}Unsupported start tag "foo" at byte offset 2`);
  });

  it('refuses a bare < and a < at the end', () => {
    expect(refused('1 < 2')).toBe(`${PREFIX}Unsupported start tag "" at byte offset 2`);
    expect(refused('x <')).toBe(`${PREFIX}Unclosed start tag at byte offset 2`);
    expect(refused('<a href="https://x.example')).toBe(`${PREFIX}Unclosed start tag at byte offset 0`);
  });

  it('refuses end tags that close nothing or the wrong thing', () => {
    expect(refused('x</b>')).toBe(`${PREFIX}Unexpected end tag at byte offset 1`);
    expect(refused('<b>x</i>')).toBe(
      `${PREFIX}Unmatched end tag at byte offset 4, expected "</b>", found "</i>"`,
    );
    expect(refused('<b>x</b')).toBe(`${PREFIX}Unclosed end tag at byte offset 4`);
    expect(refused('<b><i>x</b></i>')).toMatch(
      /^Bad Request: can't parse entities: Unmatched end tag at byte offset 7/,
    );
  });

  it('refuses a bare & and every named entity but the four', () => {
    expect(refused('Tom & Jerry')).toBe(`${PREFIX}Character entity expected at byte offset 4, found "&"`);
    expect(refused('a&nbsp;b')).toBe(`${PREFIX}Character entity expected at byte offset 1, found "&nbsp;"`);
    expect(refused('&amp')).toMatch(/Character entity expected at byte offset 0/);
    expect(refused('&#0;')).toMatch(/Character entity expected at byte offset 0/);
    expect(refused('&#xD800;')).toMatch(/Character entity expected/);
    expect(refused('<a href="https://x.example/?a=1&b=2">x</a>')).toMatch(
      /Character entity expected at byte offset 31/,
    );
  });

  it('refuses an unquoted attribute value that is not a name token, and a bad custom emoji id', () => {
    expect(refused('<a href=https://x.example>x</a>')).toBe(
      `${PREFIX}Unexpected end of name token at byte offset 8`,
    );
    expect(refused('<tg-emoji emoji-id="abc">👍</tg-emoji>')).toBe(
      `${PREFIX}Invalid custom emoji identifier specified`,
    );
  });
});

describe('parseTelegramHtml: text limits', () => {
  it('accepts 4096 characters and refuses 4097, counted after parsing', () => {
    expect(parseTelegramHtml('a'.repeat(4096)).ok).toBe(true);
    expect(parseTelegramHtml('a'.repeat(4097))).toEqual({
      ok: false,
      description: 'Bad Request: message is too long',
    });
    // Tags do not count; entities count as the one character they stand for.
    expect(parseTelegramHtml(`<b>${'a'.repeat(4000)}</b>${'&amp;'.repeat(96)}`).ok).toBe(true);
    expect(parseTelegramHtml(`<b>${'a'.repeat(4000)}</b>${'&amp;'.repeat(97)}`).ok).toBe(false);
  });

  it('counts UTF-16 code units, so 2048 emoji fit and 2049 do not', () => {
    expect(parseTelegramHtml('😀'.repeat(2048)).ok).toBe(true);
    expect(parseTelegramHtml('😀'.repeat(2049)).ok).toBe(false);
  });

  it('refuses a text that is empty or blank after parsing', () => {
    expect(parseTelegramHtml('')).toEqual({ ok: false, description: 'Bad Request: message text is empty' });
    expect(parseTelegramHtml('<b> </b>\n')).toEqual({
      ok: false,
      description: 'Bad Request: message text is empty',
    });
    expect(parseTelegramHtml('', { allowEmpty: true }).ok).toBe(true);
  });

  it('takes another limit for captions', () => {
    expect(checkTextLimits('a'.repeat(1025), { maxLength: 1024 })).toBe('Bad Request: message is too long');
    expect(checkTextLimits('a'.repeat(1024), { maxLength: 1024 })).toBeUndefined();
  });
});
