import { escapeHtml, safeHref, trimOnWord, visibleLength } from '../html.js';

/** Telegram's limit on a message's text after entity parsing. */
export const MESSAGE_LIMIT = 4096;
const SUMMARY_MAX = 400;
const TITLE_MAX = 300;

export interface DigestItem {
  id: string;
  title: string;
  link: string | null;
  summary: string;
  source: string;
  /** The header line: flags and localized country names, e.g. "🇦🇿 Azerbaijan – 🇮🇹 Italy". */
  heading: string;
}

export interface RenderedMessage {
  html: string;
  itemIds: string[];
}

function renderEntry(item: DigestItem): string {
  const title = escapeHtml(trimOnWord(item.title || item.link || '—', TITLE_MAX));
  const href = safeHref(item.link);
  const titleHtml = href ? `<a href="${escapeHtml(href)}">${title}</a>` : title;
  const summary = trimOnWord(item.summary, SUMMARY_MAX);
  const lines = [`<b>${titleHtml}</b>`, `<i>${escapeHtml(trimOnWord(item.source, 100))}</i>`];
  if (summary && summary !== item.title.trim()) lines.push(escapeHtml(summary));
  return lines.join('\n');
}

/**
 * Renders items as Telegram HTML messages, grouped under their headings, split between items
 * (never inside one) so that every message stays within the 4096-character limit.
 */
export function renderDigest(items: DigestItem[]): RenderedMessage[] {
  const messages: RenderedMessage[] = [];
  let current: RenderedMessage = { html: '', itemIds: [] };
  let currentHeading: string | null = null;
  for (const item of items) {
    const entry = renderEntry(item);
    const headingHtml = `<b>${escapeHtml(item.heading)}</b>`;
    const withHeading = item.heading === currentHeading ? entry : `${headingHtml}\n\n${entry}`;
    const candidate = current.html ? `${current.html}\n\n${withHeading}` : withHeading;
    if (visibleLength(candidate) <= MESSAGE_LIMIT) {
      current.html = candidate;
      current.itemIds.push(item.id);
      currentHeading = item.heading;
      continue;
    }
    if (current.itemIds.length > 0) messages.push(current);
    // A new message always repeats its heading so it reads on its own.
    current = { html: `${headingHtml}\n\n${entry}`, itemIds: [item.id] };
    currentHeading = item.heading;
  }
  if (current.itemIds.length > 0) messages.push(current);
  return messages;
}
