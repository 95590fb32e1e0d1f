/**
 * A checker of the Bot API "HTML style" parse mode, written after the parser Telegram's servers run
 * (tdlib): it walks the UTF-8 bytes, so error offsets are byte offsets exactly as Telegram reports
 * them, and entity offsets/lengths are UTF-16 code units exactly as Telegram returns them.
 *
 * It is deliberately stricter than Telegram in one place: Telegram silently keeps a bare `&` or an
 * unknown named entity (`&nbsp;`) as literal text, which is never what a sender that forgot to
 * escape wanted; here both are errors, so a test catches the missing escape.
 */

export interface Entity {
  /** bold, italic, underline, strikethrough, spoiler, code, pre, text_link, text_mention,
   * custom_emoji, blockquote, expandable_blockquote (and, from an `entities` parameter, any other) */
  type: string;
  offset: number;
  length: number;
  url?: string;
  language?: string;
  custom_emoji_id?: string;
  user?: { id: number; is_bot: boolean; first_name: string };
}

export type ParseResult = { ok: true; text: string; entities: Entity[] } | { ok: false; description: string };

export interface TextLimits {
  /** Largest text in UTF-16 code units; 4096 for messages (1024 for captions). */
  maxLength?: number;
  /** Captions may be empty; message texts may not. */
  allowEmpty?: boolean;
}

export const MESSAGE_MAX_LENGTH = 4096;
const PARSE_ERROR = "Bad Request: can't parse entities: ";

/** Parses `html` as Telegram would, then applies the message text limits. */
export function parseTelegramHtml(html: string, limits: TextLimits = {}): ParseResult {
  const parsed = new HtmlParser(html).run();
  if (!parsed.ok) return parsed;
  const problem = checkTextLimits(parsed.text, limits);
  return problem ? { ok: false, description: problem } : parsed;
}

/** The description Telegram answers for a text outside the limits, or undefined when it fits. */
export function checkTextLimits(text: string, limits: TextLimits = {}): string | undefined {
  if (!limits.allowEmpty && text.trim() === '') return 'Bad Request: message text is empty';
  if (text.length > (limits.maxLength ?? MESSAGE_MAX_LENGTH)) return 'Bad Request: message is too long';
  return undefined;
}

/** Tags of the HTML style, and the entity each simple one stands for. */
const SIMPLE_ENTITY: Record<string, string> = Object.fromEntries(
  Object.entries({
    bold: 'b strong',
    italic: 'i em',
    underline: 'u ins',
    strikethrough: 's strike del',
    spoiler: 'tg-spoiler span',
  }).flatMap(([entity, tags]) => tags.split(' ').map((tag) => [tag, entity])),
);
const SUPPORTED_TAGS = new Set([
  ...Object.keys(SIMPLE_ENTITY),
  ...'a tg-emoji pre code blockquote'.split(' '),
]);
const NAMED_ENTITIES: Record<string, number> = { lt: 0x3c, gt: 0x3e, amp: 0x26, quot: 0x22 };

const AMP = 0x26;
const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;
const EQ = 0x3d;
const SEMI = 0x3b;
const HASH = 0x23;

// Telegram's notion of space includes NUL, which is also what it reads past the end of the text.
const isSpace = (c: number) => c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0;
const isDigit = (c: number) => c >= 0x30 && c <= 0x39;
const isAlpha = (c: number) => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
const isHex = (c: number) => isDigit(c) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66);
const utf8 = (bytes: number[]) => Buffer.from(bytes).toString('utf8');

interface OpenTag {
  name: string;
  argument: string;
  offset: number; // UTF-16 offset in the output text
  bytePos: number; // position in the output bytes, for <a> without href
}

type Decoded = { codePoint: number; end: number } | { error: string };

class HtmlParser {
  private readonly src: Buffer;
  private pos = 0;
  private readonly out: number[] = [];
  private utf16 = 0;
  private readonly open: OpenTag[] = [];
  private readonly entities: Entity[] = [];

  constructor(html: string) {
    this.src = Buffer.from(html, 'utf8');
  }

  run(): ParseResult {
    while (this.pos < this.src.length) {
      const c = this.at(this.pos);
      let error: string | undefined;
      if (c === AMP) error = this.characterEntity();
      else if (c === LT) error = this.at(this.pos + 1) === SLASH ? this.endTag() : this.startTag();
      else {
        this.emitByte(c);
        this.pos++;
      }
      if (error !== undefined) return { ok: false, description: PARSE_ERROR + error };
    }
    const unclosed = this.open.at(-1);
    if (unclosed) {
      return {
        ok: false,
        description: `${PARSE_ERROR}Can't find end tag corresponding to start tag "${unclosed.name}"`,
      };
    }
    // A language only survives on pre; Telegram returns plain code entities without one.
    for (const entity of this.entities) if (entity.type === 'code') delete entity.language;
    this.entities.sort((a, b) => a.offset - b.offset || b.length - a.length);
    return { ok: true, text: utf8(this.out), entities: this.entities };
  }

  private at(i: number): number {
    return this.src[i] ?? 0;
  }

  private lower(from: number, to: number): string {
    return this.src.subarray(from, to).toString('utf8').toLowerCase();
  }

  private emitByte(c: number): void {
    this.out.push(c);
    // Count UTF-16 units on lead bytes; a 4-byte sequence is a surrogate pair.
    if ((c & 0xc0) !== 0x80) this.utf16 += c >= 0xf0 ? 2 : 1;
  }

  private characterEntity(): string | undefined {
    const decoded = decodeEntity(this.src, this.pos);
    if ('error' in decoded) return decoded.error;
    for (const byte of Buffer.from(String.fromCodePoint(decoded.codePoint), 'utf8')) this.emitByte(byte);
    this.pos = decoded.end;
    return undefined;
  }

  private startTag(): string | undefined {
    const begin = this.pos;
    let i = begin + 1;
    while (!isSpace(this.at(i)) && this.at(i) !== GT) i++;
    if (i >= this.src.length) return `Unclosed start tag at byte offset ${begin}`;
    const name = this.lower(begin + 1, i);
    if (!SUPPORTED_TAGS.has(name)) return `Unsupported start tag "${name}" at byte offset ${begin}`;

    let argument = '';
    while (this.at(i) !== GT) {
      while (i < this.src.length && isSpace(this.at(i))) i++;
      if (i >= this.src.length) return `Unclosed start tag at byte offset ${begin}`;
      if (this.at(i) === GT) break;
      const attrBegin = i;
      while (!isSpace(this.at(i)) && this.at(i) !== EQ && this.at(i) !== GT) i++;
      const attr = this.lower(attrBegin, i);
      if (attr === '') return `Empty attribute name in the tag "${name}" at byte offset ${begin}`;
      while (i < this.src.length && isSpace(this.at(i))) i++;
      if (this.at(i) !== EQ) {
        // An attribute without a value: only <blockquote expandable> gives it a meaning.
        if (name === 'blockquote' && attr === 'expandable') argument = 'expandable';
        continue;
      }
      i++;
      while (i < this.src.length && isSpace(this.at(i))) i++;
      if (i >= this.src.length) return `Unclosed start tag "${name}" at byte offset ${begin}`;
      const value = this.attributeValue(i);
      if ('error' in value) return value.error;
      i = value.end;
      if (i >= this.src.length) return `Unclosed start tag at byte offset ${begin}`;
      argument = tagArgument(name, attr, value.text) ?? argument;
    }
    if (name === 'span' && argument !== 'spoiler') {
      return `Tag "span" must have class "tg-spoiler" at byte offset ${begin}`;
    }
    this.open.push({ name, argument, offset: this.utf16, bytePos: this.out.length });
    this.pos = i + 1;
    return undefined;
  }

  private attributeValue(start: number): { text: string; end: number } | { error: string } {
    let i = start;
    const quote = this.at(i);
    if (quote !== 0x22 && quote !== 0x27) {
      // An unquoted value is a name token: letters, digits, periods and hyphens, case-insensitive.
      while (isAlpha(this.at(i)) || isDigit(this.at(i)) || this.at(i) === 0x2e || this.at(i) === 0x2d) i++;
      if (!isSpace(this.at(i)) && this.at(i) !== GT)
        return { error: `Unexpected end of name token at byte offset ${start}` };
      return { text: this.lower(start, i), end: i };
    }
    i++;
    const bytes: number[] = [];
    while (i < this.src.length && this.at(i) !== quote) {
      if (this.at(i) === AMP) {
        const decoded = decodeEntity(this.src, i);
        if ('error' in decoded) return decoded;
        bytes.push(...Buffer.from(String.fromCodePoint(decoded.codePoint), 'utf8'));
        i = decoded.end;
        continue;
      }
      bytes.push(this.at(i));
      i++;
    }
    if (this.at(i) === quote) i++;
    return { text: utf8(bytes), end: i };
  }

  private endTag(): string | undefined {
    const begin = this.pos;
    const top = this.open.at(-1);
    if (!top) return `Unexpected end tag at byte offset ${begin}`;
    let i = begin + 2;
    while (!isSpace(this.at(i)) && this.at(i) !== GT) i++;
    const endName = this.lower(begin + 2, i);
    while (i < this.src.length && isSpace(this.at(i))) i++;
    if (this.at(i) !== GT) return `Unclosed end tag at byte offset ${begin}`;
    if (endName !== '' && endName !== top.name) {
      return `Unmatched end tag at byte offset ${begin}, expected "</${top.name}>", found "</${endName}>"`;
    }
    const error = this.closeEntity(top);
    if (error !== undefined) return error;
    this.open.pop();
    this.pos = i + 1;
    return undefined;
  }

  private closeEntity(tag: OpenTag): string | undefined {
    const offset = tag.offset;
    const length = this.utf16 - offset;
    if (tag.name === 'tg-emoji' && !/^[1-9]\d{0,18}$/.test(tag.argument)) {
      return 'Invalid custom emoji identifier specified';
    }
    if (length === 0) return undefined; // empty entities are dropped
    const span = { offset, length };
    const last = this.entities.at(-1);
    const sameSpan = last !== undefined && last.offset === offset && last.length === length;
    const language = tag.argument ? { language: tag.argument } : {};
    const simple = SIMPLE_ENTITY[tag.name];
    if (simple) this.entities.push({ type: simple, ...span });
    else if (tag.name === 'a') this.closeLink(tag, offset, length);
    else if (tag.name === 'tg-emoji')
      this.entities.push({ type: 'custom_emoji', ...span, custom_emoji_id: tag.argument });
    else if (tag.name === 'blockquote') {
      this.entities.push({ type: tag.argument ? 'expandable_blockquote' : 'blockquote', ...span });
    } else if (sameSpan && tag.name === 'pre' && last.type === 'code') {
      last.type = 'pre'; // <pre><code class="language-x">…</code></pre> is one pre with a language
    } else if (sameSpan && tag.name === 'code' && last.type === 'pre') {
      Object.assign(last, language);
    } else this.entities.push({ type: tag.name, ...span, ...(tag.name === 'code' ? language : {}) });
    return undefined;
  }

  private closeLink(tag: OpenTag, offset: number, length: number): void {
    const target = tag.argument || utf8(this.out.slice(tag.bytePos));
    const userId = /^tg:\/\/user\?id=(\d{1,15})$/i.exec(target)?.[1];
    if (userId) {
      const user = { id: Number(userId), is_bot: false, first_name: '' };
      this.entities.push({ type: 'text_mention', offset, length, user });
      return;
    }
    const url = checkLink(target);
    // Telegram drops a link it cannot use and keeps the text.
    if (url) this.entities.push({ type: 'text_link', offset, length, url });
  }
}

function tagArgument(tag: string, attr: string, value: string): string | undefined {
  if (tag === 'a' && attr === 'href') return value;
  if (tag === 'code' && attr === 'class' && value.startsWith('language-'))
    return value.slice('language-'.length);
  if (tag === 'span' && attr === 'class' && value.startsWith('tg-')) return value.slice('tg-'.length);
  if (tag === 'tg-emoji' && attr === 'emoji-id') return value;
  return undefined;
}

function checkLink(target: string): string | undefined {
  const candidates = /^[a-z][a-z0-9+.-]*:/i.test(target) ? [target] : [`http://${target}`];
  for (const candidate of candidates) {
    try {
      const url = new URL(candidate);
      if (['http:', 'https:'].includes(url.protocol) && url.hostname.includes('.')) return candidate;
      if (['tg:', 'ton:', 'tonsite:'].includes(url.protocol)) return candidate;
    } catch {
      // not a link
    }
  }
  return undefined;
}

/** Decodes `&lt;`, `&gt;`, `&amp;`, `&quot;`, `&#NNN;` or `&#xHH;` at `pos`; anything else is refused. */
function decodeEntity(src: Buffer, pos: number): Decoded {
  const at = (i: number) => src[i] ?? 0;
  let i = pos + 1;
  let codePoint: number | undefined;
  if (at(i) === HASH) {
    i++;
    const hex = at(i) === 0x78;
    if (hex) i++;
    const digitsBegin = i;
    while (hex ? isHex(at(i)) : isDigit(at(i))) i++;
    const digits = src.subarray(digitsBegin, i).toString('latin1');
    const value = digits.length > 0 && digits.length <= 8 ? parseInt(digits, hex ? 16 : 10) : NaN;
    const valid = value > 0 && value <= 0x10ffff && !(value >= 0xd800 && value <= 0xdfff);
    if (valid) codePoint = value;
  } else {
    const nameBegin = i;
    while (isAlpha(at(i))) i++;
    codePoint = NAMED_ENTITIES[src.subarray(nameBegin, i).toString('latin1')];
  }
  if (codePoint === undefined || at(i) !== SEMI) {
    const shown = /^&[#A-Za-z0-9]{0,11};?/.exec(src.subarray(pos, pos + 13).toString('latin1'))?.[0] ?? '&';
    return { error: `Character entity expected at byte offset ${pos}, found "${shown}"` };
  }
  return { codePoint, end: i + 1 };
}
