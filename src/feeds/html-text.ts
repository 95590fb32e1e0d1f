import { compile } from 'html-to-text';
import { replaceC1Controls } from './text-decoders.js';

/** Enough for a digest line or a classifier; longer summaries are cut at a word boundary. */
export const SUMMARY_MAX_CHARS = 2000;

// Feed HTML is untrusted and sometimes huge; html-to-text stops reading past these limits.
const toText = compile({
  wordwrap: false,
  limits: { maxInputLength: 200_000, maxDepth: 64, maxChildNodes: 2_000, ellipsis: ' …' },
  selectors: [
    { selector: 'a', options: { ignoreHref: true } },
    { selector: 'img', format: 'skip' },
    { selector: 'h1', options: { uppercase: false } },
    { selector: 'h2', options: { uppercase: false } },
    { selector: 'h3', options: { uppercase: false } },
    { selector: 'h4', options: { uppercase: false } },
    { selector: 'h5', options: { uppercase: false } },
    { selector: 'h6', options: { uppercase: false } },
    { selector: 'table', format: 'block' },
  ],
});

/** HTML (or text that may contain entities) to one line of plain text, whitespace collapsed. */
export function htmlToText(html: string, maxChars = SUMMARY_MAX_CHARS): string {
  if (html === '') return '';
  // Plain text with no markup or entities needs no HTML parse (most titles).
  const text = /[<&]/.test(html) ? toText(html) : html;
  return truncate(collapse(text), maxChars);
}

/** Plain text as is (an Atom `type="text"` construct: a literal `<` stays), whitespace collapsed. */
export function plainText(text: string, maxChars = SUMMARY_MAX_CHARS): string {
  return truncate(collapse(text), maxChars);
}

function collapse(text: string): string {
  // `&#146;` and friends: windows-1252 code points written as character references.
  return replaceC1Controls(text).replace(/[\s\u00a0\u200b]+/g, ' ').trim();
}

function truncate(text: string, maxChars: number): string {
  if (text.length <= maxChars) return text;
  const cut = text.slice(0, maxChars - 1);
  const space = cut.lastIndexOf(' ');
  return `${space > maxChars * 0.8 ? cut.slice(0, space) : cut}…`;
}
