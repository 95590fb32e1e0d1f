import { franc, francAll } from 'franc-min';
import languages from './languages.json' with { type: 'json' };

const ISO3: Readonly<Record<string, string>> = languages.iso3to1;
const CANDIDATES = languages.detect;
// Trigram statistics settle within a few hundred letters (300 was as accurate as 600 on our labelled
// items); more only costs time, and franc is the slowest step.
const SAMPLE = 300;
// Below this many letters trigrams are unreliable ("Azerbaijan and Georgia open …" scored Dutch).
const SHORT = 120;
const FUNCTION_WORDS: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  Object.entries(languages.functionWords).map(([lang, list]) => [lang, new Set(list)]),
);

/** "en-US", "EN", "eng" → "en"; null when nothing usable was declared. */
export function normalizeLanguage(declared: unknown): string | null {
  if (typeof declared !== 'string') return null;
  const base = declared.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  if (/^[a-z]{2}$/.test(base)) return base;
  if (/^[a-z]{3}$/.test(base)) return ISO3[base] ?? null;
  return null;
}

/**
 * The language of a text. Scripts that belong to one language decide at once (kana → ja, Han → zh,
 * Armenian, Georgian, Hangul); Cyrillic with і/ї/є/ґ is Ukrainian; the rest goes to franc-min,
 * limited to the languages ministries publish in; short texts are settled by their function words.
 * Falls back to `fallback` (English) when unsure.
 */
export function detectLanguage(text: string, fallback = 'en'): string {
  const sample = text.slice(0, SAMPLE);
  const letters = count(sample, /\p{L}/gu) || 1;
  // A script decides only when it carries a good part of the text, not a stray name in brackets.
  const share = (re: RegExp) => count(sample, re) / letters >= 0.2;
  if (share(/[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]/gu)) return /[\p{sc=Hiragana}\p{sc=Katakana}]/u.test(sample) ? 'ja' : 'zh';
  if (share(/\p{sc=Hangul}/gu)) return 'ko';
  if (share(/\p{sc=Armenian}/gu)) return 'hy';
  if (share(/\p{sc=Georgian}/gu)) return 'ka';
  if (/[іїєґІЇЄҐ]/u.test(sample) && /\p{sc=Cyrillic}/u.test(sample)) return 'uk';
  // ы and э are Russian letters Bulgarian and Serbian lack; trigrams alone confuse short Russian with Bulgarian.
  if (/[ыэЫЭ]/u.test(sample)) return 'ru';
  if (/[əƏ]/u.test(sample)) return 'az';
  if (letters < SHORT && count(sample, /\p{sc=Latin}/gu) / letters >= 0.5) return shortLatin(sample, fallback);
  const code = franc(sample, { only: CANDIDATES, minLength: 10 });
  return ISO3[code] ?? fallback;
}

/**
 * A short text in Latin script: the function words it uses decide when one language has more of
 * them than any other; otherwise franc only when it is clearly ahead, else the fallback.
 */
function shortLatin(sample: string, fallback: string): string {
  const words = sample.toLowerCase().match(/\p{L}+/gu) ?? [];
  const votes = new Map<string, number>();
  for (const w of words) for (const [lang, set] of FUNCTION_WORDS) if (set.has(w)) votes.set(lang, (votes.get(lang) ?? 0) + 1);
  const ranked = [...votes].sort((a, b) => b[1] - a[1]);
  const [first, second] = ranked;
  if (first && (!second || first[1] > second[1])) return first[0];
  const scores = francAll(sample, { only: CANDIDATES, minLength: 10 });
  const [top, next] = scores;
  if (!top || top[0] === 'und' || (next && next[1] > CLEAR_MARGIN)) return fallback;
  return ISO3[top[0]] ?? fallback;
}

/** franc's second guess, relative to its first (1), must stay below this for a short text. */
const CLEAR_MARGIN = 0.85;

function count(text: string, re: RegExp): number {
  let n = 0;
  for (const _ of text.matchAll(re)) n++;
  return n;
}
