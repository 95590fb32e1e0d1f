import { charsOf, reserveSlot, type Token } from './tokenize.js';

/**
 * The words of an item as the topic model reads them. The lexicons list the words that name a topic;
 * the model also learns, from the labelled sets, how the other words of a lead lean ("mines",
 * "evacuation", "grain", "wreath"): each word adds a small learnt weight to each topic.
 *
 * A word is the first letters of its folded form ("cooperation" and "cooperative" share "cooper"),
 * tagged with the item's language, so that one spelling in two languages stays two words. Chinese and
 * Japanese write no spaces: there every two adjacent characters of a run are a word. Only the title and
 * the lead are read, as in the labelled sets the weights come from, so a long article neither costs
 * more nor piles up weight. The words come from the tokens the matchers read: no second pass.
 */

/** Letters kept of a word: enough to tell words apart, few enough to join the forms of one word. */
export const WORD_STEM = 6;
/** Characters of a field read: the lead, as long as the labelled leads run. */
export const LEAD_CHARS = 1200;

const DIGITS = /^\d+$/;
/** Each word's features are worked out once and kept in its scratch slots: a feed repeats its words. */
const SLOT = reserveSlot();

/** The features of one word: its stem, or for a CJK run its pairs of characters; none for numbers and short words. */
function featuresOf(token: Token, language: string): readonly string[] {
  const kept = token.slots[SLOT] as readonly string[] | undefined;
  if (kept) return kept;
  let features: string[] = [];
  if (token.cjk) {
    const chars = charsOf(token);
    for (let i = 0; i + 1 < chars.length; i++) features.push(`${language}:${chars[i]}${chars[i + 1]}`);
  } else if (token.norm.length > 2 && !DIGITS.test(token.norm)) {
    features = [`${language}:${token.norm.slice(0, WORD_STEM)}`];
  }
  token.slots[SLOT] = features;
  return features;
}

/** The distinct word features ("en:cooper", "zh:峰会") of the fields' tokens, in the order first seen. */
export function topicWords(fields: readonly (readonly Token[])[], language: string): string[] {
  const words = new Set<string>();
  for (const tokens of fields) {
    for (const token of tokens) {
      if (token.start >= LEAD_CHARS) break;
      for (const feature of featuresOf(token, language)) words.add(feature);
    }
  }
  return [...words];
}
