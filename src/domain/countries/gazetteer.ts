import adjectives from './country-adjectives.json' with { type: 'json' };
import blocks from './blocks.json' with { type: 'json' };
import capitals from './capitals.json' with { type: 'json' };
import cities from './cities.json' with { type: 'json' };
import combining from './combining-forms.json' with { type: 'json' };
import persons from './persons.json' with { type: 'json' };
import { abbreviatedOffices, COMPOUNDS, countryNames, TEXT_EXCLUDED } from './names.js';

/** How a text can point at a country. A block names no country (a sea, a region, an accord). */
export type MentionKind = 'name' | 'adjective' | 'capital' | 'city' | 'person' | 'block';

/** One surface form of the gazetteer. Lower `rank` wins when two countries claim the same form. */
export interface NameEntry {
  text: string;
  lang: string;
  codes: readonly string[];
  kind: MentionKind;
  rank: number;
  /** Read only where a word can start: 德總統 in 賴清德總統 ends a name, it is not Germany's president. */
  wordStart?: boolean;
  /** Read only in texts of its own language: Japanese 日伊 (Japan–Italy) is "日" + 伊朗 in Chinese. */
  ownLanguageOnly?: boolean;
  /** The first part of a compound adjective ("Sino-", "italo-"): read only right before a hyphen. */
  beforeHyphen?: boolean;
}

type ByCode = Readonly<Record<string, readonly string[]>>;

/** The language whose inflection rules suit a capital or a person's name, judged by its script. */
export function langOfScript(text: string): string {
  if (/[іїєґ]/iu.test(text)) return 'uk';
  if (/\p{sc=Cyrillic}/u.test(text)) return 'ru';
  if (/\p{sc=Arabic}/u.test(text)) return 'ar';
  if (/[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]/u.test(text)) return 'zh';
  if (/\p{sc=Devanagari}/u.test(text)) return 'hi';
  // Latin names take Turkish/Azerbaijani case suffixes without an apostrophe in slugs ("fidandan").
  return 'tr';
}

// Ukrainian spells foreign names with і, и and е where Russian writes и, ы and э (Кисида → Кісіда,
// Фицо → Фіцо, Эрдоган → Ердоган): a Russian spelling of an office holder gives the Ukrainian one.
const RU_TO_UK: Readonly<Record<string, string>> = { и: 'і', И: 'І', ы: 'и', э: 'е', Э: 'Е', ё: 'ьо' };

/** The Ukrainian spelling of a name written in Russian Cyrillic; other names come back unchanged. */
export function ukrainianSpelling(text: string): string {
  if (!/[А-Яа-яЁё]/.test(text) || /[іІїЇєЄґҐ]/.test(text)) return text;
  return text.replace(/[иИыэЭё]/g, (c) => RU_TO_UK[c] ?? c);
}

/**
 * Arabic writes the theophoric names with or without a space: عبد العاطي and عبدالعاطي, عبد الله and
 * عبدالله. The other way of writing a person's name, or the name itself when it has no such part.
 */
export function arabicSpelling(text: string): string {
  if (/عبد /u.test(text)) return text.replace(/عبد /gu, 'عبد');
  return text.replace(/عبد(?=ال)/gu, 'عبد ');
}

/**
 * A capital's or a person's name, written once in the data, with the language whose endings it takes
 * and the other ways it is written and declined. `written` holds the forms already listed (a variant
 * the data lists itself is not added twice).
 */
function scriptVariants(text: string, written: Set<string>): [string, string][] {
  const lang = langOfScript(text);
  const out: [string, string][] = [[text, lang]];
  // A name in letters both alphabets share (Попшой, Зеленський, Лондон) declines the Ukrainian way
  // too (Попшоєм, Зеленського, у Лондоні).
  if (lang === 'ru' && !/[ыэъё]/iu.test(text)) out.push([text, 'uk']);
  // German adds a genitive -s to a name in Latin letters (Putins Krieg, Moskaus Haltung).
  if (lang === 'tr') out.push([text, 'de']);
  for (const [variant, variantLang] of [
    [ukrainianSpelling(text), 'uk'],
    [arabicSpelling(text), 'ar'],
  ] as const) {
    if (variant === text || written.has(variant)) continue;
    written.add(variant);
    out.push([variant, variantLang]);
  }
  return out;
}

let memo: NameEntry[] | null = null;

/** Every surface form the classifier looks for, from CLDR and the data files. */
export function gazetteerEntries(): readonly NameEntry[] {
  if (memo) return memo;
  const out: NameEntry[] = [];
  for (const n of countryNames())
    if (!TEXT_EXCLUDED.has(n.code))
      out.push({ text: n.text, lang: n.lang, codes: [n.code], kind: 'name', rank: n.rank });
  const { _about: _a, ...byLang } = adjectives as Record<string, unknown>;
  for (const [lang, table] of Object.entries(byLang as Record<string, ByCode>)) {
    for (const [code, forms] of Object.entries(table))
      for (const text of forms) out.push({ text, lang, codes: [code], kind: 'adjective', rank: 1 });
  }
  for (const [lang, table] of Object.entries(combining.forms as Record<string, ByCode>)) {
    for (const [code, forms] of Object.entries(table))
      for (const text of forms)
        out.push({ text, lang, codes: [code], kind: 'adjective', rank: 1, beforeHyphen: true });
  }
  const tables = { capital: capitals.capitals, city: cities.cities, person: persons.persons };
  for (const kind of ['capital', 'city', 'person'] as const) {
    const table = tables[kind];
    for (const [code, forms] of Object.entries(table as ByCode)) {
      const written = new Set(forms);
      for (const text of forms) {
        for (const [form, lang] of scriptVariants(text, written))
          out.push({ text: form, lang, codes: [code], kind, rank: 1 });
      }
    }
  }
  for (const [lang, table] of Object.entries(COMPOUNDS)) {
    for (const [text, codes] of Object.entries(table))
      out.push({ text, lang, codes, kind: 'name', rank: 0, ownLanguageOnly: true });
  }
  // 俄外长 is an office holder of Russia; 美驻华大使 names the United States and its host, China.
  for (const { text, lang, codes } of abbreviatedOffices()) {
    out.push({
      text,
      lang,
      codes,
      kind: codes.length === 1 ? 'person' : 'name',
      rank: 0,
      wordStart: true,
      ownLanguageOnly: true,
    });
  }
  for (const [lang, list] of Object.entries(blocks.blocks as ByCode)) {
    for (const text of list) out.push({ text, lang, codes: [], kind: 'block', rank: 0 });
  }
  memo = out;
  return out;
}
