import { decodeRaw, isKnownEncoding, isSingleByte, latin1, looksLikeUtf8, replaceC1Controls } from './text-decoders.js';

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
    if (!usable) {
      problems.push(`unknown or unusable encoding "${label}" in the ${source}`);
      continue;
    }
    // Servers and CMSs often declare Latin-1 for what is really UTF-8; UTF-8 is checkable, so check.
    if (isSingleByte(usable) && looksLikeUtf8(bytes)) {
      problems.push(`the ${source} says ${label}, but the bytes are UTF-8`);
      return decodeWith('utf-8', bytes, problems);
    }
    return decodeWith(usable, bytes, problems);
  }
  const fallback = layout ?? 'utf-8';
  if (fallback === 'utf-8' && !isValidUtf8(bytes)) {
    // No declaration and not UTF-8: the usual culprit is an old Western European server.
    problems.push('no encoding declared and the bytes are not UTF-8; read as windows-1252');
    return decodeWith('windows-1252', bytes, problems);
  }
  return decodeWith(fallback, bytes, problems);
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
  const match = /;\s*charset\s*=\s*(["']?)([^"';\s]+)\1/i.exec(contentType ?? '');
  return normaliseLabel(match?.[2]);
}

function declaredEncoding(bytes: Uint8Array, layout: string | undefined): string | undefined {
  const head = layout ? decodeRaw(layout, bytes.subarray(0, 512)) : latin1(bytes.subarray(0, 512));
  const match = /^\s*<\?xml[^>]*?\sencoding\s*=\s*["']([A-Za-z0-9._:-]+)["']/.exec(head);
  return normaliseLabel(match?.[1]);
}

// Python-style spellings (utf_16, u16, utf8) that some generators write into declarations.
const ALIASES: Record<string, string> = { u8: 'utf-8', utf8: 'utf-8', u16: 'utf-16', utf16: 'utf-16', u32: 'utf-32', utf32: 'utf-32' };

function normaliseLabel(label: string | undefined): string | undefined {
  if (label === undefined) return undefined;
  const lower = label.trim().toLowerCase();
  const alias = ALIASES[lower.replace(/[-_]/g, '')];
  if (alias) return alias;
  return isKnownEncoding(lower) ? lower : lower.replace(/_/g, '-');
}

/**
 * The label if we can decode with it and it fits the bytes: a document whose bytes are plainly
 * ASCII-compatible but that claims UTF-16 is lying, and the layout wins.
 */
function usableEncoding(label: string, layout: string | undefined): string | undefined {
  const wide = /^(utf-?16|utf-?32|ucs-?2|ucs-?4|iso-10646-ucs-2)/.test(label);
  if (layout) return wide ? layout : undefined;
  if (wide) return undefined;
  return isKnownEncoding(label) ? label : undefined;
}

function isValidUtf8(bytes: Uint8Array): boolean {
  return !bytes.some((b) => b >= 0x80) || looksLikeUtf8(bytes);
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
  const result: DecodedFeed = { text: replaceC1Controls(text), encoding };
  if (issues.length > 0) result.bozo = issues.join('; ');
  return result;
}
