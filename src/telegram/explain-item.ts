import { escapeHtml, trimOnWord } from '../domain/html.js';
import { matches, type Subscription } from '../domain/subscriptions.js';
import type { StoredItem } from '../store/items.js';
import { describeCountry, describeSubscription, topicName, type Tr } from './describe.js';

const quote = (words: string[]) => words.slice(0, 3).map((w) => `“${escapeHtml(trimOnWord(w, 40))}”`).join(', ');

/**
 * Why an item reached this chat, for /why: its countries with the words that named them, its
 * topics with the words that decided them, and the chat's subscriptions that match it.
 */
export function explainItem(item: StoredItem, subscriptions: Subscription[], tr: Tr, lang: string): string {
  const lines = [`<b>${escapeHtml(trimOnWord(item.title || '—', 200))}</b>`, `<i>${escapeHtml(trimOnWord(item.source, 60))}</i>`];
  const evidence = item.why?.countries ?? [];
  const countries = item.countries.map((code) => {
    const mine = evidence.filter((e) => e.code === code);
    const words = [...new Set(mine.filter((e) => e.where !== 'source').map((e) => e.matched))];
    // A ministry's own feed names its country even when the text does not.
    const parts = [...(words.length ? [quote(words)] : []), ...(mine.some((e) => e.where === 'source') ? [tr('why.source')] : [])];
    return `${escapeHtml(describeCountry(code, lang))}${parts.length ? ` — ${parts.join(', ')}` : ''}`;
  });
  lines.push(`${tr('why.countries')} ${countries.length ? countries.join('; ') : tr('why.none')}`);
  if (item.pair) lines.push(`${tr('why.pair')} ${escapeHtml(`${describeCountry(item.pair[0], lang)} – ${describeCountry(item.pair[1], lang)}`)}`);
  const topicWords = new Map((item.why?.topics ?? []).map((t) => [t.topic, t.matched]));
  const topics = item.topics.map((topic) => {
    const words = topicWords.get(topic) ?? [];
    return `${escapeHtml(topicName(topic, tr))}${words.length ? ` — ${quote(words)}` : ''}`;
  });
  lines.push(`${tr('why.topics')} ${topics.length ? topics.join('; ') : tr('why.none')}`);
  const matched = subscriptions.filter((s) => matches(s, item)).map((s) => escapeHtml(describeSubscription(s, lang, tr)));
  lines.push(matched.length ? `${tr('why.matched')} ${matched.join(', ')}` : tr('why.no_match'));
  return lines.join('\n');
}
