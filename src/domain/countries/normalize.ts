/**
 * Folding for matching: names in data files and words in feed texts pass through the same function,
 * so "Türkiye", "TÜRKİYE" and the slug "turkiye" meet, as do "Азербайджан"/"АЗЕРБАЙДЖАН" and
 * "أذربيجان"/"اذربيجان".
 */

const TURKIC = new Set(['tr', 'az']);

/** Lower case that respects Turkish and Azerbaijani dotted/dotless I (İ→i, I→ı). */
export function lowerFor(text: string, lang?: string): string {
  return lang !== undefined && TURKIC.has(lang) ? text.toLocaleLowerCase('tr') : text.toLowerCase();
}

// Combining marks that carry no meaning for a name match: Latin/Cyrillic diacritics (after NFD),
// Devanagari nukta, Arabic harakat and hamza carriers' marks, tatweel.
const DROP = /[\u0300-\u036f\u093c\u064b-\u065f\u0670\u0640]/g;

// Letters with no decomposition that writers and slugs replace by a plain letter.
const REPLACE: Readonly<Record<string, string>> = {
  ı: 'i',
  ə: 'e',
  ß: 'ss',
  ø: 'o',
  æ: 'ae',
  œ: 'oe',
  ł: 'l',
  đ: 'd',
  ħ: 'h',
  ى: 'ي',
  ة: 'ه',
  'ـ': '',
};
const REPLACE_RE = new RegExp(`[${Object.keys(REPLACE).join('')}]`, 'g');

/** True when every character is ASCII (a loop: cheaper than a regular expression on short words). */
export function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) return false;
  return true;
}

// A bounded cache: feeds repeat the same words endlessly, junk input must not grow memory.
const CACHE_LIMIT = 50_000;
const cache = new Map<string, string>();

/** Folds one word (or a short phrase) for matching: language-aware lower case, no diacritics. */
export function fold(word: string, lang?: string): string {
  // ASCII needs only lower case, and is most of what a Latin-script feed contains.
  if (isAscii(word)) return word.toLowerCase();
  const key = lang !== undefined && TURKIC.has(lang) ? `${lang}\u0000${word}` : word;
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  const out = lowerFor(word, lang)
    .normalize('NFD')
    .replace(DROP, '')
    .replace(REPLACE_RE, (c) => REPLACE[c] ?? c)
    .normalize('NFC');
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, out);
  return out;
}

/** Folds a phrase and joins its words with single spaces: the key for exact lookups of typed names. */
export function foldPhrase(text: string, lang?: string): string {
  return words(text)
    .map((w) => fold(w, lang))
    .join(' ');
}

const WORD_RE = /[\p{L}\p{M}\p{Nd}]+/gu;

/** The words of a text: letters, marks and digits; everything else separates. */
export function words(text: string): string[] {
  return text.match(WORD_RE) ?? [];
}

const CJK_RE = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\u30fc\u3005]/u;

/** Han, kana: scripts written without spaces, matched without word boundaries. */
export function isCjk(text: string): boolean {
  // Every CJK character sits at U+3000 or above: skip the regular expression for the rest.
  let high = false;
  for (let i = 0; i < text.length && !high; i++) if (text.charCodeAt(i) >= 0x3000) high = true;
  return high && CJK_RE.test(text);
}
