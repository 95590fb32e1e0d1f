/** Byte-to-text decoders, including the two that Node's TextDecoder lacks or gets wrong. */

/** Decodes with `encoding`; with `fatal`, throws on bytes that are invalid in it. */
export function decodeRaw(encoding: string, bytes: Uint8Array, fatal = false): string {
  if (encoding === 'utf-32le' || encoding === 'utf-32be') return decodeUtf32(bytes, encoding, fatal);
  if (isWindows1252(encoding)) return decodeWindows1252(bytes);
  // ignoreBOM: a BOM has been stripped already; a second one is content.
  return new TextDecoder(encoding, { fatal, ignoreBOM: true }).decode(bytes);
}

/** True when TextDecoder knows the label. */
export function isKnownEncoding(label: string): boolean {
  try {
    new TextDecoder(label);
    return true;
  } catch {
    return false;
  }
}

/** Single-byte legacy encodings: any byte sequence is valid in them, so they cannot be checked. */
export function isSingleByte(label: string): boolean {
  try {
    const canonical = new TextDecoder(label).encoding;
    return /^(windows-125\d|iso-8859-\d+|koi8-[ru]|ibm866|macintosh|x-mac-cyrillic|windows-874)$/.test(canonical);
  } catch {
    return false;
  }
}

/** Non-ASCII bytes that form valid UTF-8: by chance this almost never happens in a legacy encoding. */
export function looksLikeUtf8(bytes: Uint8Array): boolean {
  if (!bytes.some((b) => b >= 0x80)) return false;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/**
 * C1 control characters (U+0080..U+009F) never mean themselves in a feed: they are windows-1252
 * punctuation that went through a Latin-1 step somewhere ("demoronizing", as feedparser calls it).
 */
export function replaceC1Controls(text: string): string {
  return text.replace(/[\x80-\x9f]/g, (c) => String.fromCharCode(CP1252_HIGH[c.charCodeAt(0) - 0x80] ?? 0xfffd));
}

/** TextDecoder has no UTF-32 (the Encoding Standard dropped it), and feeds in it still exist. */
function decodeUtf32(bytes: Uint8Array, encoding: string, fatal: boolean): string {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const little = encoding === 'utf-32le';
  const parts: string[] = [];
  const usable = bytes.byteLength - (bytes.byteLength % 4);
  for (let i = 0; i < usable; i += 4) {
    const code = view.getUint32(i, little);
    const valid = code <= 0x10ffff && (code < 0xd800 || code > 0xdfff);
    if (!valid && fatal) throw new RangeError(`invalid UTF-32 code point at byte ${i}`);
    parts.push(valid ? String.fromCodePoint(code) : '\uFFFD');
  }
  if (usable !== bytes.byteLength) {
    if (fatal) throw new RangeError('truncated UTF-32 data');
    parts.push('\uFFFD');
  }
  return parts.join('');
}

/**
 * Node's TextDecoder maps windows-1252 (and so iso-8859-1 and us-ascii, which the Encoding
 * Standard reads as windows-1252) to plain Latin-1, turning curly quotes into C1 controls.
 */
function isWindows1252(label: string): boolean {
  try {
    return new TextDecoder(label).encoding === 'windows-1252';
  } catch {
    return false;
  }
}

// windows-1252 bytes 0x80..0x9F; the five undefined ones stay as their C1 code points.
const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

function decodeWindows1252(bytes: Uint8Array): string {
  return replaceC1Controls(latin1(bytes));
}

export function latin1(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
}
