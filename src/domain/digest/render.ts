import { escapeHtml, safeHref, trimOnWord, visibleLength } from '../html.js';

/** Telegram's limit on a message's text after entity parsing. */
export const MESSAGE_LIMIT = 4096;
const SUMMARY_MAX = 350;
const TITLE_MAX = 300;
const SOURCE_MAX = 80;

export interface DigestSource {
  name: string;
  official: boolean;
}

/** One story as a reader sees it: possibly several items (feeds, languages) about one event. */
export interface DigestEntry {
  /** Every item id the entry stands for; all are marked sent with it. */
  itemIds: string[];
  title: string;
  link: string | null;
  summary: string;
  /** The first is the one whose title is shown; the rest are listed as "also". */
  sources: DigestSource[];
  /** Local time of the item, already formatted for the reader ("08:15"). */
  time: string;
  /** "🇦🇿 Azerbaijan – 🇮🇹 Italy", localized by the caller. */
  heading: string;
  /** Localized name of the entry's main topic, or "". */
  topic: string;
}

export interface DigestLabels {
  official: string;
  press: string;
  also: string;
  /** The closing line when a digest is cut: "… and 12 more: /latest". */
  more: (count: number) => string;
}

export interface RenderedMessage {
  html: string;
  itemIds: string[];
}

export interface RenderedDigest {
  messages: RenderedMessage[];
  /** Entries left out by the message bound; summed up in the last message. */
  omittedItemIds: string[];
}

function sourceLine(entry: DigestEntry, labels: DigestLabels): string {
  const [first, ...others] = entry.sources;
  const kind = first?.official ? labels.official : labels.press;
  const main = `${escapeHtml(trimOnWord(first?.name ?? '', SOURCE_MAX))} · ${escapeHtml(kind)}${entry.time ? ` · ${escapeHtml(entry.time)}` : ''}`;
  if (others.length === 0) return `<i>${main}</i>`;
  const also = others.map((s) => `${escapeHtml(trimOnWord(s.name, SOURCE_MAX))}${s.official ? ` (${escapeHtml(labels.official)})` : ''}`);
  return `<i>${main}</i>\n<i>${escapeHtml(labels.also)}: ${also.slice(0, 8).join(', ')}${also.length > 8 ? ', …' : ''}</i>`;
}

function renderEntry(entry: DigestEntry, labels: DigestLabels): string {
  const title = escapeHtml(trimOnWord(entry.title || entry.link || '—', TITLE_MAX));
  const href = safeHref(entry.link);
  const titleHtml = href ? `<a href="${escapeHtml(href)}">${title}</a>` : title;
  const lines = [`<b>${titleHtml}</b>`, sourceLine(entry, labels)];
  const summary = trimOnWord(entry.summary, SUMMARY_MAX);
  if (summary && summary !== entry.title.trim()) lines.push(escapeHtml(summary));
  return lines.join('\n');
}

const groupOf = (entry: DigestEntry) => `${entry.heading}${entry.topic ? ` · ${entry.topic}` : ''}`;

/**
 * Renders a digest as Telegram HTML messages: entries grouped under "pair · topic" headers, split
 * between entries (never inside one) so every message stays within 4096 characters, and at most
 * `maxMessages` messages; what does not fit is summed up at the end.
 */
export function renderDigest(entries: DigestEntry[], labels: DigestLabels, maxMessages = 5): RenderedDigest {
  const sorted = [...entries].sort((a, b) => groupOf(a).localeCompare(groupOf(b)) || a.time.localeCompare(b.time));
  const messages: RenderedMessage[] = [];
  let current: RenderedMessage = { html: '', itemIds: [] };
  let currentGroup: string | null = null;
  let index = 0;
  // Room for the closing "and N more" line, kept free in every message in case it is the last one.
  const reserve = visibleLength(labels.more(entries.length)) + 2;
  for (; index < sorted.length; index++) {
    const entry = sorted[index]!;
    const group = groupOf(entry);
    const body = renderEntry(entry, labels);
    const header = `<b>${escapeHtml(group)}</b>`;
    const block = group === currentGroup ? body : `${header}\n\n${body}`;
    const candidate = current.html ? `${current.html}\n\n${block}` : block;
    if (visibleLength(candidate) + reserve <= MESSAGE_LIMIT) {
      current.html = candidate;
      current.itemIds.push(...entry.itemIds);
      currentGroup = group;
      continue;
    }
    if (current.itemIds.length > 0) messages.push(current);
    if (messages.length >= maxMessages) break;
    // A new message repeats its header so that it reads on its own.
    current = { html: `${header}\n\n${body}`, itemIds: [...entry.itemIds] };
    currentGroup = group;
  }
  if (index >= sorted.length && current.itemIds.length > 0) messages.push(current);
  const omitted = sorted.slice(index);
  const omittedItemIds = omitted.flatMap((e) => e.itemIds);
  if (omitted.length > 0 && messages.length > 0) {
    const last = messages[messages.length - 1]!;
    last.html += `\n\n${escapeHtml(labels.more(omitted.length))}`;
    last.itemIds.push(...omittedItemIds);
  }
  return { messages, omittedItemIds };
}
