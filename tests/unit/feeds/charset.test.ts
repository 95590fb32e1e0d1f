import { describe, expect, it } from 'vitest';
import { decodeFeedBytes } from '../../../src/feeds/charset.js';

const decl = (encoding: string) => `<?xml version="1.0" encoding="${encoding}"?>`;
const ascii = (s: string) => Buffer.from(s, 'latin1');
const concat = (...parts: Uint8Array[]) => Buffer.concat(parts);

function utf16(text: string, littleEndian: boolean): Buffer {
  const le = Buffer.from(text, 'utf16le');
  return littleEndian ? le : Buffer.from(le).swap16();
}
function utf32(text: string, littleEndian: boolean): Buffer {
  const cps = [...text].map((c) => c.codePointAt(0) ?? 0);
  const buf = Buffer.alloc(cps.length * 4);
  cps.forEach((cp, i) => (littleEndian ? buf.writeUInt32LE(cp, i * 4) : buf.writeUInt32BE(cp, i * 4)));
  return buf;
}

describe('decodeFeedBytes', () => {
  it('defaults to UTF-8', () => {
    expect(decodeFeedBytes(Buffer.from('<a>Bakı — Roma</a>'))).toEqual({ text: '<a>Bakı — Roma</a>', encoding: 'utf-8' });
  });

  it('strips a UTF-8 BOM and lets it win over the header', () => {
    const bytes = concat(Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('<a>é</a>'));
    expect(decodeFeedBytes(bytes, 'text/xml; charset=iso-8859-1')).toEqual({ text: '<a>é</a>', encoding: 'utf-8' });
  });

  it.each([true, false])('reads UTF-16 with a BOM (little endian: %s)', (le) => {
    const text = `${decl('utf-16')}<a>Азербайджан</a>`;
    const bom = Buffer.from(le ? [0xff, 0xfe] : [0xfe, 0xff]);
    expect(decodeFeedBytes(concat(bom, utf16(text, le))).text).toBe(text);
  });

  it.each([true, false])('reads UTF-16 without a BOM from the layout of "<?" (little endian: %s)', (le) => {
    const text = `${decl('UTF-16')}<a>Italia</a>`;
    const result = decodeFeedBytes(utf16(text, le));
    expect(result).toEqual({ text, encoding: le ? 'utf-16le' : 'utf-16be' });
  });

  it.each([true, false])('reads UTF-32, which TextDecoder lacks (little endian: %s)', (le) => {
    const text = `<a>😀 Ελλάδα</a>`;
    const bom = utf32('\uFEFF', le);
    expect(decodeFeedBytes(concat(bom, utf32(text, le))).text).toBe(text);
    expect(decodeFeedBytes(utf32(`${decl('utf-32')}${text}`, le)).text).toBe(`${decl('utf-32')}${text}`);
  });

  it('takes the HTTP charset over the XML declaration', () => {
    const bytes = concat(ascii(decl('iso-8859-1')), Buffer.from([0x3c, 0x61, 0x3e, 0xcc, 0xc8, 0xc4, 0x3c, 0x2f, 0x61, 0x3e]));
    expect(decodeFeedBytes(bytes, 'application/rss+xml; charset="Windows-1251"')).toMatchObject({ text: `${decl('iso-8859-1')}<a>МИД</a>`, encoding: 'windows-1251' });
  });

  it.each([
    ['windows-1251', [0xcc, 0xc8, 0xc4], 'МИД'],
    ['koi8-r', [0xed, 0xe9, 0xe4], 'МИД'],
    ['iso-8859-2', [0xb3, 0xf3, 0xea], 'łóę'],
    ['iso-8859-9', [0xfe, 0xf0, 0xdd], 'şğİ'],
    ['windows-1252', [0x93, 0x80, 0x94], '“€”'],
    ['shift_jis', [0x93, 0xfa, 0x96, 0x7b], '日本'],
  ])('decodes %s from the XML declaration', (encoding, bytes, expected) => {
    const result = decodeFeedBytes(concat(ascii(`${decl(encoding)}<a>`), Buffer.from(bytes), ascii('</a>')));
    expect(result.text).toBe(`${decl(encoding)}<a>${expected}</a>`);
    expect(result.encoding).toBe(encoding);
    expect(result.bozo).toBeUndefined();
  });

  it('falls back to UTF-8 on an unknown encoding and says so', () => {
    const result = decodeFeedBytes(Buffer.from(`${decl('x-klingon')}<a>ok</a>`));
    expect(result.encoding).toBe('utf-8');
    expect(result.bozo).toMatch(/x-klingon/);
  });

  it('replaces invalid bytes in a declared UTF-8 document instead of failing', () => {
    const result = decodeFeedBytes(concat(ascii(`${decl('utf-8')}<a>`), Buffer.from([0xff, 0xc3, 0x28]), ascii('</a>')));
    expect(result.text).toBe(`${decl('utf-8')}<a>\uFFFD\uFFFD(</a>`);
    expect(result.bozo).toMatch(/replaced/);
  });

  it('reads an undeclared document that is not UTF-8 as windows-1252', () => {
    const result = decodeFeedBytes(concat(ascii('<a>Jornal de Not'), Buffer.from([0xed]), ascii('cias \x93</a>')));
    expect(result).toMatchObject({ text: '<a>Jornal de Notícias “</a>', encoding: 'windows-1252' });
    expect(result.bozo).toMatch(/windows-1252/);
  });

  it('prefers UTF-8 when a Latin-1 declaration is contradicted by valid UTF-8 bytes', () => {
    const result = decodeFeedBytes(Buffer.from(`${decl('iso-8859-1')}<a>für</a>`, 'utf8'));
    expect(result).toMatchObject({ text: `${decl('iso-8859-1')}<a>für</a>`, encoding: 'utf-8' });
    expect(result.bozo).toMatch(/UTF-8/);
  });

  it('keeps a windows-1251 declaration even though Cyrillic bytes are not UTF-8', () => {
    expect(decodeFeedBytes(concat(ascii(`${decl('windows-1251')}<a>`), Buffer.from([0xcc, 0xc8, 0xc4]), ascii('</a>'))).bozo).toBeUndefined();
  });

  it('survives a lone byte, an empty input and truncated UTF-32', () => {
    expect(decodeFeedBytes(new Uint8Array()).text).toBe('');
    expect(decodeFeedBytes(new Uint8Array([0xfe])).text).toBe('þ');
    expect(decodeFeedBytes(new Uint8Array([0xff, 0xfe, 0, 0, 0x41, 0, 0, 0, 0x42])).text).toBe('A\uFFFD');
  });
});
