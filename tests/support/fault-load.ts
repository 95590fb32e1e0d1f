import { matches, type Subscription } from '../../src/domain/subscriptions.js';
import type { StoredItem } from '../../src/store/items.js';
import type { FakeBotApi } from './fake-bot-api.js';

/** A hundred countries the classifier knows by their English names. */
export const COUNTRIES: [string, string][] = (
  'AF Afghanistan|AL Albania|DZ Algeria|AO Angola|AR Argentina|AM Armenia|AU Australia|AT Austria|AZ Azerbaijan|BD Bangladesh|' +
  'BY Belarus|BE Belgium|BO Bolivia|BR Brazil|BG Bulgaria|KH Cambodia|CM Cameroon|CA Canada|CL Chile|CN China|' +
  'CO Colombia|HR Croatia|CU Cuba|CY Cyprus|CZ Czechia|DK Denmark|EC Ecuador|EG Egypt|EE Estonia|ET Ethiopia|' +
  'FI Finland|FR France|GE Georgia|DE Germany|GH Ghana|GR Greece|HU Hungary|IS Iceland|IN India|ID Indonesia|' +
  'IR Iran|IQ Iraq|IE Ireland|IL Israel|IT Italy|JP Japan|JO Jordan|KZ Kazakhstan|KE Kenya|KW Kuwait|' +
  'KG Kyrgyzstan|LV Latvia|LB Lebanon|LY Libya|LT Lithuania|LU Luxembourg|MY Malaysia|MT Malta|MX Mexico|MD Moldova|' +
  'MN Mongolia|ME Montenegro|MA Morocco|NP Nepal|NL Netherlands|NZ New Zealand|NG Nigeria|NO Norway|OM Oman|PK Pakistan|' +
  'PA Panama|PY Paraguay|PE Peru|PH Philippines|PL Poland|PT Portugal|QA Qatar|RO Romania|SA Saudi Arabia|RS Serbia|' +
  'SG Singapore|SK Slovakia|SI Slovenia|ZA South Africa|ES Spain|LK Sri Lanka|SD Sudan|SE Sweden|CH Switzerland|SY Syria|' +
  'TJ Tajikistan|TZ Tanzania|TH Thailand|TN Tunisia|TM Turkmenistan|UA Ukraine|UY Uruguay|UZ Uzbekistan|VE Venezuela|VN Vietnam'
)
  .split('|')
  .map((entry) => [entry.slice(0, 2), entry.slice(3)] as [string, string]);

/** Made-up words, distinct per item, so that items of one country never read as one story. */
export function nonsense(seed: number, count: number): string {
  const syllables = ['ka', 'lo', 'mi', 'ru', 'sen', 'tav', 'bor', 'qui', 'zel', 'nor', 'pex', 'dul', 'vam', 'gri', 'hox', 'jun'];
  let x = seed * 2654435761;
  const words: string[] = [];
  for (let w = 0; w < count; w++) {
    let word = '';
    for (let s = 0; s < 3; s++) {
      x = (x * 1103515245 + 12345) % 2 ** 31;
      word += syllables[x % syllables.length];
    }
    words.push(word);
  }
  return words.join(' ');
}

export interface Verdict {
  expected: number;
  delivered: number;
  lost: number;
  duplicated: number;
  unexpected: number;
  details: string[];
}

/**
 * Compares what each chat should have got — one message entry per story among the items that
 * match its subscriptions, as classified and stored — with what the fake Bot API recorded.
 */
export function verdict(
  telegram: FakeBotApi,
  chats: Map<number, Subscription[]>,
  itemsByMarker: Map<string, StoredItem>,
  markerPattern: RegExp,
): Verdict {
  const out: Verdict = { expected: 0, delivered: 0, lost: 0, duplicated: 0, unexpected: 0, details: [] };
  const note = (line: string) => out.details.length < 20 && out.details.push(line);
  const items = [...itemsByMarker.values()];
  for (const [chatId, subscriptions] of chats) {
    const expected = new Set(items.filter((item) => subscriptions.some((s) => matches(s, item))).map((item) => item.storyId ?? item.id));
    const seen = new Map<string, number>();
    for (const message of telegram.messagesTo(chatId)) {
      const stories = new Set<string>();
      for (const marker of message.text.match(markerPattern) ?? []) {
        const item = itemsByMarker.get(marker);
        if (item) stories.add(item.storyId ?? item.id);
      }
      for (const story of stories) seen.set(story, (seen.get(story) ?? 0) + 1);
    }
    out.expected += expected.size;
    for (const story of expected) {
      const count = seen.get(story) ?? 0;
      if (count === 0) {
        out.lost++;
        note(`chat ${chatId} never got story ${story}`);
      } else out.delivered++;
      if (count > 1) {
        out.duplicated += count - 1;
        note(`chat ${chatId} got story ${story} ${count} times`);
      }
    }
    for (const story of seen.keys()) {
      if (!expected.has(story)) {
        out.unexpected++;
        note(`chat ${chatId} got story ${story}, which it does not follow`);
      }
    }
  }
  return out;
}
