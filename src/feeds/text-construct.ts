import { htmlToText, plainText, SUMMARY_MAX_CHARS } from './html-text.js';
import { attr, first, hasChildElements, innerMarkup, ownText } from './xml-node.js';

/** How a format reads an element that says nothing about its type: RSS carries HTML, Atom text. */
export type DefaultType = 'html' | 'text';

/**
 * Plain text of a text construct (RSS title/description, Atom title/summary/content), following
 * its `type` (Atom 1.0), `mode` (Atom 0.3) or, failing those, the format's default.
 */
export function constructText(value: unknown, defaultType: DefaultType, maxChars = SUMMARY_MAX_CHARS): string {
  const node = first(value);
  if (node === undefined || node === null) return '';
  const type = (attr(node, 'type') ?? '').toLowerCase();
  const mode = (attr(node, 'mode') ?? '').toLowerCase();
  if (type.includes('xhtml') || hasChildElements(node)) return htmlToText(innerMarkup(node), maxChars);
  let text = ownText(node);
  if (mode === 'base64' || isBinaryMime(type)) text = fromBase64(text);
  if (type === 'text' || type === 'text/plain') return plainText(text, maxChars);
  if (type === 'html' || type === 'text/html' || mode === 'escaped') return htmlToText(text, maxChars);
  return defaultType === 'html' ? htmlToText(text, maxChars) : plainText(text, maxChars);
}

/** Atom 1.0: a MIME type that is neither text nor XML means base64 content. */
function isBinaryMime(type: string): boolean {
  if (!type.includes('/')) return false;
  return !type.startsWith('text/') && !/[+/]xml$/.test(type);
}

function fromBase64(text: string): string {
  return Buffer.from(text.replace(/\s+/g, ''), 'base64').toString('utf8');
}
