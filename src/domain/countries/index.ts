import adjectives from './country-adjectives.json' with { type: 'json' };
import { countries } from './locales.js';
import { countryNames } from './names.js';
import { fold, foldPhrase } from './normalize.js';
import { editDistance } from './edit-distance.js';
import { findCountryIn } from './typed.js';

const codes: ReadonlySet<string> = new Set(Object.keys(countries.getAlpha2Codes()));

/** True when `code` is an ISO 3166-1 alpha-2 code. */
export function isCountryCode(code: string): boolean {
  return codes.has(code.toUpperCase());
}

let exact: Map<string, string> | null = null;

/** Folded name → code, over every language; a name two countries share is left out. */
function exactNames(): Map<string, string> {
  if (exact) return exact;
  const claims = new Map<string, { code: string; rank: number; tie: boolean }>();
  const claim = (text: string, lang: string, code: string, rank: number) => {
    const key = foldPhrase(text, lang);
    const seen = claims.get(key);
    if (!seen || rank < seen.rank) claims.set(key, { code, rank, tie: false });
    else if (rank === seen.rank && seen.code !== code) seen.tie = true;
  };
  for (const n of countryNames()) claim(n.text, n.lang, n.code, n.rank);
  const { _about: _a, ...byLang } = adjectives as Record<string, unknown>;
  for (const [lang, table] of Object.entries(byLang as Record<string, Record<string, string[]>>)) {
    for (const [code, forms] of Object.entries(table)) for (const f of forms) claim(f, lang, code, 3);
  }
  exact = new Map([...claims].filter(([, c]) => !c.tie).map(([k, c]) => [k, c.code]));
  return exact;
}

/**
 * A country code for what a user typed: an ISO code (AZ, AZE), or a name, short form or adjective
 * in any supported language, inflected or not ("Azerbaycan", "Азербайджана", "Italie", "italiano").
 */
export function resolveCountry(query: string): string | null {
  const text = typeof query === 'string' ? query.trim() : '';
  if (text.length === 0 || text.length > 100) return null;
  // Two letters are a code, unless they are a common short name that is none ("UK" for GB).
  if (/^[A-Za-z]{2}$/.test(text) && isCountryCode(text)) return text.toUpperCase();
  if (/^[A-Z]{3}$/.test(text)) {
    const alpha2 = countries.alpha3ToAlpha2(text);
    if (alpha2) return alpha2;
  }
  const hit = exactNames().get(foldPhrase(text));
  if (hit) return hit;
  return findCountryIn(text);
}

function displayName(code: string, lang: string): string | undefined {
  try {
    return new Intl.DisplayNames([lang], { type: 'region', fallback: 'none' }).of(code);
  } catch {
    return undefined;
  }
}

/** The country's name in `lang` (CLDR), falling back to English and then to the code. */
export function countryName(code: string, lang: string): string {
  const name = countries.getName(code, lang, { select: 'official' }) ?? displayName(code, lang) ?? countries.getName(code, 'en');
  return name ?? code;
}

/** The flag emoji: two regional-indicator symbols. */
export function countryFlag(code: string): string {
  if (!/^[A-Z]{2}$/.test(code)) return '';
  return String.fromCodePoint(...[...code].map((c) => 0x1f1e6 + c.charCodeAt(0) - 65));
}

/** Every country code, for pickers and the classifier's name tables. */
export function allCountryCodes(): string[] {
  return [...codes];
}

function namesIn(lang: string): { code: string; key: string }[] {
  const base = lang.toLowerCase().split(/[-_]/)[0] ?? 'en';
  return countryNames()
    .filter((n) => n.lang === base || n.lang === 'en')
    .map((n) => ({ code: n.code, key: foldPhrase(n.text, n.lang) }));
}

/**
 * Did-you-mean for a name that resolved to nothing: codes whose name in `lang` or in English is
 * closest by edit distance, best first, within a distance that grows with the query's length.
 */
export function suggestCountries(query: string, lang: string, limit = 5): string[] {
  const q = foldPhrase(typeof query === 'string' ? query.slice(0, 100) : '', lang);
  if (q.length < 2) return [];
  const maxDistance = Math.max(1, Math.floor(q.length / 3));
  const best = new Map<string, number>();
  for (const { code, key } of namesIn(lang)) {
    // Compare with the name and with its start, so "Azerb" suggests Azerbaijan.
    const d = Math.min(editDistance(q, key, maxDistance), editDistance(q, key.slice(0, q.length), maxDistance) + 1);
    if (d <= maxDistance && d < (best.get(code) ?? Infinity)) best.set(code, d);
  }
  return [...best]
    .sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0]))
    .slice(0, Math.max(0, limit))
    .map(([code]) => code);
}

/**
 * For a picker: codes whose name in `lang` (or English) starts with the typed letters, then those
 * that contain them, each group in the order of the localized names.
 */
export function searchCountries(prefix: string, lang: string): string[] {
  const q = fold(typeof prefix === 'string' ? prefix.trim().slice(0, 100) : '', lang);
  const starts = new Set<string>();
  const contains = new Set<string>();
  for (const { code, key } of namesIn(lang)) {
    if (key.startsWith(q) || key.split(' ').some((w) => w.startsWith(q))) starts.add(code);
    else if (key.includes(q)) contains.add(code);
  }
  const byName = (a: string, b: string) => countryName(a, lang).localeCompare(countryName(b, lang), lang);
  return [...[...starts].sort(byName), ...[...contains].filter((c) => !starts.has(c)).sort(byName)];
}
