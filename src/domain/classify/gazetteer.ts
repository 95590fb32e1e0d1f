import inflections from '../countries/inflections.json' with { type: 'json' };
import aliases from '../countries/country-aliases.json' with { type: 'json' };
import { gazetteerEntries, type MentionKind, type NameEntry } from '../countries/gazetteer.js';
import { fold, foldPhrase, isCjk } from '../countries/normalize.js';
import { isAcronym, patternFor, type WordClass } from './inflect.js';
import { arabicVariants } from './arabic-variants.js';
import { charsOf, type Token } from './tokenize.js';
import { CharTrie, TokenTrie, type EndingRule } from './trie.js';

export type Field = 'title' | 'text';

interface Payload {
  codes: readonly string[];
  kind: MentionKind;
  text: string;
  /** 'upper': acronym, only in capitals; 'capital': a word that is also a common noun or a name. */
  caseRule: 'upper' | 'capital' | null;
  /** A CJK form read only at the start of a word (see NameEntry.wordStart). */
  wordStart: boolean;
  /** Languages whose texts do not read this form as a country (Spanish "América", the continent). */
  notIn: ReadonlySet<string> | null;
  /** Languages whose texts read this form as another country (French "Congo" is Brazzaville). */
  readAs: ReadonlyMap<string, string> | null;
  /** Languages whose texts also write another country with this form (Arabic bare "عمان" is Amman too). */
  readAlso: ReadonlyMap<string, string> | null;
  /** Read only right before a hyphen (see NameEntry.beforeHyphen). */
  beforeHyphen: boolean;
}

/** A country (or, for compounds like 中美, two) found in a field, before any salience judgement. */
export interface Mention {
  codes: readonly string[];
  kind: Exclude<MentionKind, 'block'>;
  /** The gazetteer form that matched, and the words as written. */
  form: string;
  matched: string;
  field: Field;
  /** Token span [first, last) in the field. */
  first: number;
  last: number;
  sentence: number;
  /** Case or suffix endings the words carried (Turkish locative, Russian prepositional …). */
  endings: string[];
  /** Within a run of CJK text (one token), where the match sits, in characters. */
  chars?: [number, number];
  /** The form's other reading: its usual codes where the language reads it as another country
   * (READ_AS), or the other country the language also writes with it (READ_ALSO). */
  readFrom?: readonly string[];
}

export interface Gazetteer {
  /**
   * `lang` gates endings by the grammar they come from: "Sudan" + Turkish "-i" is Sudan in Turkish,
   * a surname (al-Sudani) elsewhere.
   */
  find(tokens: readonly Token[], field: Field, lowercaseField: boolean, lang?: string): Mention[];
}

// Languages that share their case endings: a Russian ending read in a Ukrainian text is fine,
// a German genitive -s read in an English text is not ("Islands" is not Iceland's genitive).
const FAMILY: Readonly<Record<string, string>> = {
  ru: 'east-slavic',
  uk: 'east-slavic',
  be: 'east-slavic',
  bg: 'east-slavic',
  tr: 'turkic',
  az: 'turkic',
};
const family = (lang: string) => FAMILY[lang] ?? lang;

// One ending gate per language family, built on first use: an inflected word matches only under its own grammar.
const ADMIT = new Map<string, (rule: EndingRule) => boolean>();
function admitFor(textFamily: string): (rule: EndingRule) => boolean {
  let gate = ADMIT.get(textFamily);
  if (!gate) ADMIT.set(textFamily, (gate = (r) => r.lang === undefined || family(r.lang) === textFamily));
  return gate;
}

const NOT_READ_IN = new Map(
  Object.entries(aliases.notReadIn)
    .filter((e): e is [string, string[]] => Array.isArray(e[1]))
    .map(([text, langs]) => [foldPhrase(text), new Set(langs)]),
);
const byLanguage = (table: Record<string, string | Record<string, string>>) =>
  new Map(
    Object.entries(table)
      .filter((e): e is [string, Record<string, string>] => typeof e[1] === 'object')
      .map(([text, byLang]) => [foldPhrase(text), new Map(Object.entries(byLang))]),
  );
const READ_AS = byLanguage(aliases.readAs as Record<string, string | Record<string, string>>);
const READ_ALSO = byLanguage(aliases.readAlso as Record<string, string | Record<string, string>>);
const NEEDS_CAPITAL = new Set(inflections.needsCapital.map((w) => fold(w)));
const LOWERCASE_ALLOWED = new Set(inflections.lowercaseAllowed.map((w) => fold(w)));
const STOP = new Set(inflections.stopTokens.map((w) => fold(w)));

function wordClass(kind: MentionKind): WordClass {
  return kind === 'adjective' ? 'adjective' : kind === 'person' ? 'person' : 'name';
}

function caseRuleOf(entry: NameEntry, folded: string): Payload['caseRule'] {
  // Ukrainian media write "рф", "путін" in lower case on purpose.
  if (LOWERCASE_ALLOWED.has(folded)) return null;
  if (isAcronym(entry.text)) return 'upper';
  // A seat of power the data writes in lower case is a common noun only one country uses ('облдержадміністрація').
  if (entry.kind === 'capital' && /^\p{Ll}/u.test(entry.text)) return null;
  if (entry.kind === 'person' || entry.kind === 'capital' || entry.kind === 'city') return 'capital';
  // Short names collide with words of other languages (tr "Fas", "Çin"; en "cad").
  if (NEEDS_CAPITAL.has(folded) || (folded.length <= 3 && entry.kind !== 'block')) return 'capital';
  return null;
}

/** Keeps one country per surface form: the best-ranked claim, none if two tie. */
function resolveClaims(entries: readonly NameEntry[]): NameEntry[] {
  const best = new Map<string, { entry: NameEntry; codes: Set<string>; rank: number }>();
  const kept: NameEntry[] = [];
  for (const e of entries) {
    if (e.kind === 'block' || e.codes.length !== 1) {
      kept.push(e);
      continue;
    }
    const key = foldPhrase(e.text, e.lang);
    const seen = best.get(key);
    const code = e.codes[0] ?? '';
    if (!seen || e.rank < seen.rank) best.set(key, { entry: e, codes: new Set([code]), rank: e.rank });
    else if (e.rank === seen.rank) seen.codes.add(code);
  }
  const ambiguous = new Set<string>();
  for (const [key, b] of best) if (b.codes.size > 1) ambiguous.add(key);
  for (const e of entries) {
    if (e.kind === 'block' || e.codes.length !== 1) continue;
    const key = foldPhrase(e.text, e.lang);
    const b = best.get(key);
    if (!ambiguous.has(key) && b && b.codes.has(e.codes[0] ?? '')) kept.push(e);
  }
  return kept;
}

/** The CJK languages whose compounds and abbreviations are read in their own texts only. */
const CJK_LANGS = ['zh', 'ja'] as const;

/** Builds the gazetteer matcher once: a token trie for spaced scripts, char tries for CJK. */
export function createGazetteer(): Gazetteer {
  const words = new TokenTrie<Payload>();
  // One character trie per CJK language and one for other texts: a compound or abbreviation of one
  // language must not claim the characters of another's names (Japanese 日伊 in Chinese 近日伊朗).
  const anyChars = new CharTrie<Payload>();
  const charsByLang = new Map<string, CharTrie<Payload>>(CJK_LANGS.map((l) => [l, new CharTrie<Payload>()]));
  for (const entry of resolveClaims(gazetteerEntries())) {
    const folded = foldPhrase(entry.text, entry.lang);
    const payload: Payload = {
      codes: entry.codes,
      kind: entry.kind,
      text: entry.text,
      caseRule: caseRuleOf(entry, folded),
      wordStart: entry.wordStart === true,
      notIn: NOT_READ_IN.get(folded) ?? null,
      readAs: READ_AS.get(folded) ?? null,
      readAlso: READ_ALSO.get(folded) ?? null,
      beforeHyphen: entry.beforeHyphen === true,
    };
    if (isCjk(entry.text)) {
      anyChars.add(entry.text, payload);
      for (const [lang, trie] of charsByLang)
        if (!entry.ownLanguageOnly || lang === entry.lang) trie.add(entry.text, payload);
      continue;
    }
    for (const pattern of arabicVariants(
      patternFor(entry.text, entry.lang, wordClass(entry.kind)),
      entry.kind,
    ))
      words.add(pattern, payload);
  }
  return {
    find(tokens, field, lowercaseField, lang) {
      const textFamily = lang === undefined ? null : family(lang);
      const admit = textFamily === null ? undefined : admitFor(textFamily);
      const chars = (lang === undefined ? undefined : charsByLang.get(lang)) ?? anyChars;
      const norms = tokens.map((t) => t.norm);
      const slots = tokens.map((t) => t.slots);
      const found: Mention[] = [];
      for (let i = 0; i < tokens.length; i++) {
        const token = tokens[i];
        if (!token) continue;
        if (token.cjk) {
          const run = charsOf(token);
          for (const hit of chars.scan(run)) {
            const payload = hit.payloads[0];
            if (!payload || payload.kind === 'block') continue;
            if (payload.wordStart && !startsCjkWord(run, hit.start)) continue;
            if (insideKatakanaWord(run, hit.start, hit.end)) continue;
            const matched = run.slice(hit.start, hit.end).join('');
            found.push({
              codes: payload.codes,
              kind: payload.kind,
              form: payload.text,
              matched,
              field,
              first: i,
              last: i + 1,
              sentence: token.sentence,
              endings: [],
              chars: [hit.start, hit.end],
            });
          }
          continue;
        }
        if (STOP.has(token.norm)) continue;
        const match = words.matchAt(norms, i, admit, slots);
        if (!match) continue;
        const span = tokens.slice(i, i + match.length);
        const hyphenAfter = HYPHEN.test(tokens[i + match.length]?.gapBefore ?? '');
        const ok = match.payloads.filter(
          (p) =>
            caseAllows(p, span, lowercaseField) &&
            !(lang !== undefined && p.notIn?.has(lang)) &&
            (!p.beforeHyphen || hyphenAfter),
        );
        const payload = ok.find((p) => p.kind === 'block') ?? ok[0];
        if (!payload) continue;
        i += match.length - 1;
        if (payload.kind === 'block') continue;
        const matched = span.map((t) => t.raw).join(' ');
        const readAs = lang === undefined ? undefined : payload.readAs?.get(lang);
        const readAlso = lang === undefined ? undefined : payload.readAlso?.get(lang);
        found.push({
          codes: readAs ? [readAs] : payload.codes,
          kind: payload.kind,
          form: payload.text,
          matched,
          field,
          first: i - match.length + 1,
          last: i + 1,
          sentence: span[0]?.sentence ?? 0,
          endings: match.endings,
          ...(readAs ? { readFrom: payload.codes } : readAlso ? { readFrom: [readAlso] } : {}),
        });
      }
      return found;
    },
  };
}

let shared: Gazetteer | null = null;

/** One gazetteer per process: it is immutable, and building it takes a few hundred milliseconds. */
export function sharedGazetteer(): Gazetteer {
  shared ??= createGazetteer();
  return shared;
}

/** The gap of a compound adjective's hyphen: "Sino-American", "italo-tunisino". */
const HYPHEN = /^[-‐‑]$/u;

function caseAllows(payload: Payload, span: readonly Token[], lowercaseField: boolean): boolean {
  if (payload.caseRule === 'upper') {
    // In a slug the capitals are gone; three letters (abd, usa, uae) are still distinctive there.
    if (lowercaseField) return span.reduce((n, t) => n + t.raw.length, 0) >= 3;
    return span.every((t) => t.upper || /^\d+$/.test(t.raw));
  }
  if (payload.caseRule === 'capital') return lowercaseField || (span[0]?.capitalized ?? false);
  return true;
}

// Characters after which a CJK word starts: punctuation, particles and the last character of the
// verbs that introduce a counterpart (会见, 会晤, 会谈, 致电, 与, 和, 同; と, の, は, が).
const CJK_WORD_BEFORE = new Set([
  ...'、，。,.:：;；「」『』“”"（）()【】《》与和同及跟向对對就在由据據为為被将將见見晤谈談问問致电電称稱说說访訪赴抵的とのはがもをにへで',
]);

// Katakana letters and the long-vowel mark; the middle dot ・ separates words.
const KATAKANA = /^[\u30A1-\u30FA\u30FC]$/u;

/**
 * A katakana form right after another katakana letter is the end of a longer word: the ロ of
 * ボルソナーロ大統領 is no abbreviation of Russia (日ロ, 米ロ and ロ大統領 alone are). One that ends
 * before another katakana letter is its start: the タイ of タイップ (Tayyip) or タイトル is no Thailand.
 */
function insideKatakanaWord(run: readonly string[], start: number, end: number): boolean {
  const katakana = (at: number) => KATAKANA.test(run[at] ?? '');
  return (start > 0 && katakana(start) && katakana(start - 1)) || (katakana(end - 1) && katakana(end));
}

/** Whether a word can start at `at` in a run of CJK characters (not inside a name such as 賴清德). */
function startsCjkWord(run: readonly string[], at: number): boolean {
  if (at === 0) return true;
  const before = run[at - 1] ?? '';
  return CJK_WORD_BEFORE.has(before) || !/\p{sc=Han}/u.test(before);
}
