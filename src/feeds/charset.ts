/**
 * Turns feed bytes into text. Order of authority: byte-order mark, then the HTTP Content-Type
 * charset, then the XML declaration, then UTF-8 (RFC 7303 with the BOM first, as browsers do).
 * Never throws: an unknown label falls back to UTF-8 and invalid bytes become U+FFFD, with `bozo`
 * saying what went wrong so the admin can be told.
 */
export interface DecodedFeed {
  text: string;
  /** The encoding actually used, as a lower-case label (`utf-8`, `windows-1251`, `utf-16le`, …). */
  encoding: string;
  /** Set when the bytes did not match their encoding or the declared encoding is unknown. */
  bozo?: string;
}

export function decodeFeedBytes(bytes: Uint8Array, contentType?: string): DecodedFeed {
  const bom = sniffBom(bytes);
  if (bom) return decodeWith(bom.encoding, bytes.subarray(bom.length), undefined);

  const fromHeader = charsetParam(contentType);
  const layout = sniffLayout(bytes);
  const fromDeclaration = declaredEncoding(bytes, layout);
  const problems: string[] = [];

  for (const [label, source] of [
    [fromHeader, 'HTTP Content-Type'],
    [fromDeclaration, 'XML declaration'],
  ] as const) {
    if (label === undefined) continue;
    const usable = usableEncoding(label, layout);
    if (usable) return decodeWith(usable, bytes, problems);
    problems.push(`unknown or unusable encoding "${label}" in the ${source}`);
  }
  return decodeWith(layout ?? 'utf-8', bytes, problems);
}

const BOMS: ReadonlyArray<readonly [number[], string]> = [
  [[0xef, 0xbb, 0xbf], 'utf-8'],
  [[0xff, 0xfe, 0x00, 0x00], 'utf-32le'],
  [[0x00, 0x00, 0xfe, 0xff], 'utf-32be'],
  [[0xff, 0xfe], 'utf-16le'],
  [[0xfe, 0xff], 'utf-16be'],
];

function sniffBom(bytes: Uint8Array): { encoding: string; length: number } | null {
  for (const [mark, encoding] of BOMS) {
    if (mark.every((b, i) => bytes[i] === b)) return { encoding, length: mark.length };
  }
  return null;
}

/** Without a BOM, `<?` in UTF-16/32 still shows the byte layout (XML 1.0 appendix F). */
function sniffLayout(bytes: Uint8Array): string | undefined {
  const [a, b, c, d] = bytes;
  if (a === 0x3c && b === 0 && c === 0 && d === 0) return 'utf-32le';
  if (a === 0 && b === 0 && c === 0 && d === 0x3c) return 'utf-32be';
  if (a === 0x3c && b === 0 && c === 0x3f && d === 0) return 'utf-16le';
  if (a === 0 && b === 0x3c && c === 0 && d === 0x3f) return 'utf-16be';
  return undefined;
}

function charsetParam(contentType: string | undefined): string | undefined {
  const match = /;\s*charset\s*=\s*("?)([^";\s]+)\1/i.exec(contentType ?? '');
  return match?.[2]?.toLowerCase();
}

function declaredEncoding(bytes: Uint8Array, layout: string | undefined): string | undefined {
  const head = layout ? decodeRaw(layout, bytes.subarray(0, 512)) : latin1(bytes.subarray(0, 512));
  const match = /^\s*<\?xml[^>]*?\sencoding\s*=\s*["']([A-Za-z0-9._:-]+)["']/.exec(head);
  return match?.[1]?.toLowerCase();
}

/**
 * The label if we can decode with it and it fits the bytes: a document whose bytes are plainly
 * ASCII-compatible but that claims UTF-16 is lying, and the layout wins.
 */
function usableEncoding(label: string, layout: string | undefined): string | undefined {
  const wide = /^(utf-?16|utf-?32|ucs-?2|ucs-?4|iso-10646-ucs-2)/.test(label);
  if (layout) return wide ? layout : undefined;
  if (wide) return undefined;
  try {
    new TextDecoder(label);
    return label;
  } catch {
    return undefined;
  }
}

function decodeWith(encoding: string, bytes: Uint8Array, problems: string[] | undefined): DecodedFeed {
  const issues = [...(problems ?? [])];
  let text: string;
  try {
    text = decodeRaw(encoding, bytes, true);
  } catch {
    issues.push(`bytes that are not valid ${encoding} were replaced`);
    text = decodeRaw(encoding, bytes, false);
  }
  const result: DecodedFeed = { text, encoding };
  if (issues.length > 0) result.bozo = issues.join('; ');
  return result;
}

function decodeRaw(encoding: string, bytes: Uint8Array, fatal = false): string {
  if (encoding === 'utf-32le' || encoding === 'utf-32be') return decodeUtf32(bytes, encoding, fatal);
  if (isWindows1252(encoding)) return decodeWindows1252(bytes);
  // ignoreBOM: a BOM has been stripped already; a second one is content.
  return new TextDecoder(encoding, { fatal, ignoreBOM: true }).decode(bytes);
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
  return latin1(bytes).replace(/[\x80-\x9f]/g, (c) => String.fromCharCode(CP1252_HIGH[c.charCodeAt(0) - 0x80] ?? 0xfffd));
}

function latin1(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
}
