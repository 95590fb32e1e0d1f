import aliases from './country-aliases.json' with { type: 'json' };
import inflections from './inflections.json' with { type: 'json' };
import { countries, NAME_LANGS } from './locales.js';

/** One way of naming a country in one language. Lower `rank` wins when two countries claim a name. */
export interface CountryName {
  code: string;
  lang: string;
  text: string;
  /** 0: curated alias (data file), 1: CLDR's main name, 2: other CLDR forms. */
  rank: 0 | 1 | 2;
}

const ARTICLES: Readonly<Record<string, readonly string[]>> = inflections.articles;

function stripArticle(name: string, lang: string): string {
  for (const article of ARTICLES[lang] ?? []) {
    const re = new RegExp(`^${article}(\\s+|['’])`, 'i');
    if (re.test(name)) return name.replace(re, '');
  }
  return name;
}

/**
 * CLDR writes some names for sorted lists ("Korea, Republic of", "КНР (Китайская Народная
 * Республика)"); running text uses the natural order, and either half of a parenthesis.
 */
export function cleanCldrName(name: string, lang: string): string[] {
  const out: string[] = [];
  const paren = /^(.*?)\s*\((.*)\)\s*$/.exec(name);
  if (paren) {
    const [, head = '', inner = ''] = paren;
    out.push(head);
    // "(República Democrática del)" is a sorting tail, not a name of its own.
    if (inner.split(/\s+/).length > 1 && !/\b(of|del|de|the|des|du|la)$/i.test(inner)) out.push(inner);
  } else {
    const comma = /^(.*?),\s*(.*)$/.exec(name);
    if (comma) {
      const [, head = '', tail = ''] = comma;
      out.push(/\b(of|de|del|des)$/i.test(tail) ? `${tail} ${head}` : head);
    } else out.push(name);
  }
  const names = out
    .map((n) => stripArticle(n.trim(), lang))
    .filter((n) => n.length > 0 && !n.includes(' - '));
  // "Saint Kitts and Nevis" is mostly written "St. Kitts and Nevis" or "St Kitts".
  if (lang === 'en')
    for (const n of [...names])
      if (n.startsWith('Saint ')) names.push(n.replace(/^Saint /, 'St. '), n.replace(/^Saint /, 'St '));
  return names;
}

const ALIASES: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>> = aliases.names;

let memo: CountryName[] | null = null;

/** Every name of every country in every loaded language: curated aliases first, then CLDR. */
export function countryNames(): readonly CountryName[] {
  if (memo) return memo;
  const list: CountryName[] = [];
  const codes = Object.keys(countries.getAlpha2Codes());
  for (const [code, byLang] of Object.entries(ALIASES)) {
    for (const [lang, names] of Object.entries(byLang))
      for (const text of names) list.push({ code, lang, text, rank: 0 });
  }
  for (const lang of NAME_LANGS) {
    const display = displayNames(lang);
    for (const code of codes) {
      const cldr = countries.getName(code, lang, { select: 'all' }) ?? [];
      cldr.forEach((name, i) => {
        for (const text of cleanCldrName(name, lang)) list.push({ code, lang, text, rank: i === 0 ? 1 : 2 });
      });
      const shown = display?.of(code);
      if (shown && shown !== code)
        for (const text of cleanCldrName(shown, lang)) list.push({ code, lang, text, rank: 2 });
    }
  }
  // Hong Kong and Taiwan write Chinese in traditional characters (中國, 美國, 澳洲): same language code.
  // Taiwan's names also travel in simplified script (贝里斯, 纽西兰) when its press is reposted.
  const traditional = displayNames('zh-Hant');
  for (const code of codes) {
    const shown = traditional?.of(code);
    if (!shown || shown === code) continue;
    for (const text of cleanCldrName(shown, 'zh')) {
      list.push({ code, lang: 'zh', text, rank: 2 });
      const simple = toSimplified(text);
      if (simple !== text && !SIMPLIFIED.skip.includes(simple))
        list.push({ code, lang: 'zh', text: simple, rank: 2 });
    }
  }
  // Hong Kong's press writes Beijing's names in traditional characters (尼日利亞, 剛果共和國).
  for (const { code, lang, text, rank } of [...list]) {
    if (lang !== 'zh' || rank > 1) continue;
    const full = toTraditional(text);
    if (full !== text) list.push({ code, lang: 'zh', text: full, rank: 2 });
  }
  memo = list;
  return list;
}

const SIMPLIFIED: { pairs: string; skip: readonly string[] } = aliases.simplified;
const SIMPLE_OF: ReadonlyMap<string, string> = new Map(
  [...SIMPLIFIED.pairs].flatMap((ch, i, all) => (i % 2 === 0 ? [[ch, all[i + 1] ?? ch] as const] : [])),
);

/** A traditional-script country name in simplified characters (only those its names use). */
function toSimplified(name: string): string {
  return [...name].map((ch) => SIMPLE_OF.get(ch) ?? ch).join('');
}

const TRADITIONAL_OF: ReadonlyMap<string, string> = new Map(
  [...SIMPLE_OF].map(([full, simple]) => [simple, full]),
);

/** A simplified-script country name in traditional characters (only those the table holds). */
function toTraditional(name: string): string {
  return [...name].map((ch) => TRADITIONAL_OF.get(ch) ?? ch).join('');
}

function displayNames(lang: string): Intl.DisplayNames | null {
  try {
    return new Intl.DisplayNames([lang], { type: 'region', fallback: 'none' });
  } catch {
    return null;
  }
}

/** Dependent territories whose names are not looked for in running text (see the data file). */
export const TEXT_EXCLUDED: ReadonlySet<string> = new Set(aliases.territories);

/** Written forms whose diacritics decide between two countries (عمّان is Amman, عمان Oman), with the country they name. */
export const VOCALIZED: ReadonlyMap<string, string> = new Map(
  Object.entries(aliases.vocalized).filter((e): e is [string, string] => !e[0].startsWith('_')),
);

/** The curated aliases file also carries words naming two countries at once (Chinese 中美). */
export const COMPOUNDS: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>> =
  aliases.compounds;

interface AbbreviatedOffices {
  countries: Readonly<Record<string, string>>;
  /** Each office, with the host country it names itself (驻华大使: China), if any. */
  offices: Readonly<Record<string, readonly string[]>>;
  /** Abbreviations read only in a two-country compound (中 in 中澳外长, 日 in 日韓関係). */
  pairOnly?: Readonly<Record<string, string>>;
  /** Words after two abbreviations that make them the two sides of one relation. */
  pairWords?: readonly string[];
}

/** The abbreviation tables by language ('_about' and other notes are strings). */
const ABBREVIATION_TABLE = aliases.abbreviatedOffices as unknown as Readonly<
  Record<string, AbbreviatedOffices | string>
>;

/** Every one-character abbreviation of a language (米, 日, 中 …) with the country it stands for. */
export function pairAbbreviations(lang: string): ReadonlyMap<string, string> {
  const spec = ABBREVIATION_TABLE[lang];
  if (!spec || typeof spec === 'string') return new Map();
  return new Map(Object.entries({ ...spec.countries, ...spec.pairOnly }));
}

/** A surface form built from one-character abbreviations, and the country each abbreviation stands for. */
export interface AbbreviatedForm {
  text: string;
  lang: string;
  codes: string[];
  abbreviations: [string, string][];
}

/**
 * Chinese and Japanese one-character abbreviations joined to an office (俄外长, 美驻华大使, 米大統領),
 * as surface forms with the countries they name: the abbreviation's first, then the office's host.
 * Two abbreviations joined to a word of meeting or relation (米ロ首脳, 中澳外长) name both.
 */
export function abbreviatedOffices(): AbbreviatedForm[] {
  const out: AbbreviatedForm[] = [];
  for (const [lang, spec] of Object.entries(ABBREVIATION_TABLE)) {
    if (typeof spec === 'string') continue;
    for (const [abbreviation, code] of Object.entries(spec.countries)) {
      for (const [office, hosts] of Object.entries(spec.offices)) {
        out.push({
          text: abbreviation + office,
          lang,
          codes: [code, ...hosts.filter((h) => h !== code)],
          abbreviations: [[abbreviation, code]],
        });
      }
    }
    // 米ロ首脳会談, 中澳外长: every two abbreviations before a word of meeting or relation.
    const both = Object.entries({ ...spec.countries, ...spec.pairOnly });
    for (const [a, x] of both) {
      for (const [b, y] of both) {
        if (x === y) continue;
        for (const word of spec.pairWords ?? []) {
          out.push({
            text: a + b + word,
            lang,
            codes: [x, y],
            abbreviations: [
              [a, x],
              [b, y],
            ],
          });
        }
      }
    }
  }
  return out;
}
