import { countryFlag } from '../domain/countries/index.js';
import { escapeHtml, safeHref, trimOnWord, visibleLength } from '../domain/html.js';
import { MESSAGE_LIMIT } from '../domain/digest/render.js';
import type { StoredItem } from '../store/items.js';
import { formatMoment, type Tr } from './describe.js';

/** Room kept for the header and the closing hint, so the message stays within Telegram's limit. */
const RESERVE = 300;

/** "🇦🇿🇮🇹 <a>Title</a>\n<i>Source · official · Tue 4 Mar 08:00</i>", every feed text escaped. */
export function renderItemLine(item: StoredItem, tr: Tr, lang: string, zone: string): string {
  const flags = (item.pair ?? item.countries.slice(0, 3)).map(countryFlag).join('');
  const title = escapeHtml(trimOnWord(item.title || item.link || '—', 200));
  const href = safeHref(item.link);
  const titleHtml = href ? `<a href="${escapeHtml(href)}">${title}</a>` : title;
  const when = item.published ? Date.parse(item.published) : item.seenAt;
  const meta = [
    escapeHtml(trimOnWord(item.source, 60)),
    item.official ? tr('digest.official') : tr('digest.press'),
    Number.isFinite(when) ? escapeHtml(formatMoment(when, lang, zone)) : null,
  ].filter(Boolean);
  return `${flags ? `${flags} ` : ''}${titleHtml}\n<i>${meta.join(' · ')}</i>`;
}

/** Items as one compact message under `header`, as many as fit in 4096 characters. */
export function renderItemList(header: string, items: StoredItem[], tr: Tr, lang: string, zone: string): { html: string; itemIds: string[] } {
  let html = header;
  const itemIds: string[] = [];
  for (const item of items) {
    const next = `${html}\n\n${renderItemLine(item, tr, lang, zone)}`;
    if (visibleLength(next) > MESSAGE_LIMIT - RESERVE) break;
    html = next;
    itemIds.push(item.id);
  }
  return { html, itemIds };
}
