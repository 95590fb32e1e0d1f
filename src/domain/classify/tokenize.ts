import { fold, isCjk } from '../countries/normalize.js';
import { BRACKETS_ONLY, cjkPieces, DIGITS } from './cjk-runs.js';

/** One word of a field, with what the matchers and the salience rules need to know about it. */
export interface Token {
  /** As written. */
  raw: string;
  /** Folded for matching. */
  norm: string;
  start: number;
  end: number;
  /** Index of the sentence the word belongs to, counted within its field. */
  sentence: number;
  /** Text between the previous word and this one (punctuation, spaces, apostrophes). */
  gapBefore: string;
  upper: boolean;
  capitalized: boolean;
  cjk: boolean;
  /**
   * Scratch slots shared by every token of the same word (and language): each matcher keeps there
   * how the word leaves its root, so a repeated word costs one property read, not a hash lookup.
   */
  slots: unknown[];
  /** The characters of a CJK run, split once for the matchers that read it (see charsOf). */
  chars?: readonly string[];
}

let slotsReserved = 0;
/** A new index into every word's scratch slots, for one reader that keeps something per word. */
export function reserveSlot(): number {
  return slotsReserved++;
}

/** The characters of a token, split on first use and kept: three matchers walk every CJK run. */
export function charsOf(token: Token): readonly string[] {
  return (token.chars ??= [...token.raw]);
}

// A semicolon does not end a sentence: official texts set the members of a list apart with it
// ("los presidentes de A, X; de B, Y; de C, Z"), and the whole list shares its office.
const SENTENCE_END = /[.!?。！？]|\n/;
// Periods after these do not end a sentence ("U.S. Ambassador", "Mr. Blinken", "S. Jaishankar",
// "Mons. Gallagher", "Mme. Colonna", "Hon. Penny Wong").
const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'st',
  'no',
  'gen',
  'col',
  'sen',
  'rep',
  'prof',
  'h.e',
  'vs',
  'jr',
  'sr',
  'sra',
  'mons',
  'msgr',
  'mgr',
  'mme',
  'hon',
  'amb',
  'gov',
  'adm',
  'capt',
  'dott',
  'sig',
  'lic',
  'г',
  'им',
  'т',
  'ст',
]);

function endsSentence(gap: string, previous: Token | undefined): boolean {
  if (gap.length === 1 && gap === ' ') return false;
  if (gap.includes('\n')) return true;
  if (!SENTENCE_END.test(gap)) return false;
  if (!previous) return false;
  // A lone letter before a period is an initial or part of an acronym such as U.S.
  if (gap.startsWith('.') && (previous.raw.length === 1 || ABBREVIATIONS.has(previous.norm))) return false;
  return true;
}

interface Shape {
  norm: string;
  upper: boolean;
  capitalized: boolean;
  slots: unknown[];
}

/** Case shape of an ASCII word from its char codes, without building upper/lower-case copies. */
function asciiShape(word: string): Shape {
  let upper = false;
  let lower = false;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 65 && c <= 90) upper = true;
    else if (c >= 97 && c <= 122) lower = true;
  }
  const c0 = word.charCodeAt(0);
  return {
    norm: word.toLowerCase(),
    upper: upper && !lower,
    capitalized: !(c0 >= 97 && c0 <= 122),
    slots: [],
  };
}

// Feeds repeat the same words endlessly: a word's folded form and case shape are worked out once,
// per language (folding follows the language). Reusing one folded string per word also lets the
// tries' lookups reuse its hash. Bounded, so that junk input cannot grow it without limit.
const SHAPE_LIMIT = 50_000;
const shapes = new Map<string, Map<string, Shape>>();
let shapeCount = 0;

function shapeOf(raw: string, ascii: boolean, lang: string | undefined): Shape {
  const langKey = lang ?? '';
  let byWord = shapes.get(langKey);
  let shape = byWord?.get(raw);
  if (shape) return shape;
  if (ascii) shape = asciiShape(raw);
  else {
    const first = raw.charAt(0);
    shape = {
      norm: fold(raw, lang),
      upper: raw === raw.toUpperCase() && raw !== raw.toLowerCase(),
      // Scripts without case (Arabic, Devanagari) count as capitalized: they cannot say otherwise.
      capitalized: first !== first.toLowerCase() || first === first.toUpperCase(),
      slots: [],
    };
  }
  if (shapeCount >= SHAPE_LIMIT) {
    shapes.clear();
    shapeCount = 0;
    byWord = undefined;
  }
  if (!byWord) shapes.set(langKey, (byWord = new Map()));
  byWord.set(raw, shape);
  shapeCount++;
  return shape;
}

// Which BMP code units are word characters (letters, marks, digits), learnt lazily: a table lookup
// per character instead of a regular expression match per word keeps tokenizing linear and cheap.
const WORD_CHAR = /[\p{L}\p{M}\p{Nd}]/u;
const charClass = new Uint8Array(0x10000);

const isKatakanaLetter = (c: number): boolean => (c >= 0x30a1 && c <= 0x30fa) || c === 0x30fc;

const isHan = (c: number): boolean => (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf);
const OPENING = (c: number): boolean => c === 0xff08 || c === 0x28;
const CLOSING = (c: number): boolean => c === 0xff09 || c === 0x29;

/** "刚果（金）": a bracket around one Han character, right after another, belongs to the word. */
function bracketsOneHan(text: string, i: number, c: number): boolean {
  if (OPENING(c))
    return isHan(text.charCodeAt(i - 1)) && isHan(text.charCodeAt(i + 1)) && CLOSING(text.charCodeAt(i + 2));
  return (
    CLOSING(c) &&
    isHan(text.charCodeAt(i - 1)) &&
    OPENING(text.charCodeAt(i - 2)) &&
    isHan(text.charCodeAt(i - 3))
  );
}

function isWordUnit(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  // The middle dot inside a Japanese name (ボスニア・ヘルツェゴビナ, ジョコ・ウィドド) keeps the name one
  // run, so that the name matches as CLDR writes it; between other characters it separates.
  if (c === 0x30fb)
    return isKatakanaLetter(text.charCodeAt(i - 1)) && isKatakanaLetter(text.charCodeAt(i + 1));
  if (c < 0x80) {
    if (c === 0x28 || c === 0x29) return bracketsOneHan(text, i, c);
    return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  }
  if (c === 0xff08 || c === 0xff09) return bracketsOneHan(text, i, c);
  // Astral characters (rare CJK extensions, emoji) are tested as a pair of surrogates.
  if (c >= 0xd800 && c <= 0xdfff)
    return WORD_CHAR.test(text.slice(c <= 0xdbff ? i : i - 1, c <= 0xdbff ? i + 2 : i + 1));
  let k = charClass[c];
  if (k === 0) charClass[c] = k = WORD_CHAR.test(text[i] ?? '') ? 1 : 2;
  return k === 1;
}

/** Splits a field into words, each tagged with its sentence; CJK runs stay whole for the char trie. */
export function tokenize(text: string, lang?: string): Token[] {
  const tokens: Token[] = [];
  let sentence = 0;
  let last = 0;
  let i = 0;
  const n = text.length;
  const push = (raw: string, at: number, ascii: boolean, cjk: boolean) => {
    const gap = text.slice(last, at);
    if (endsSentence(gap, tokens[tokens.length - 1])) sentence++;
    const shape = shapeOf(raw, ascii, lang);
    tokens.push({
      raw,
      norm: shape.norm,
      start: at,
      end: at + raw.length,
      sentence,
      gapBefore: gap,
      upper: shape.upper,
      capitalized: shape.capitalized,
      cjk,
      slots: shape.slots,
    });
    last = at + raw.length;
  };
  while (i < n) {
    while (i < n && !isWordUnit(text, i)) i++;
    if (i >= n) break;
    const base = i;
    let ascii = true;
    while (i < n && isWordUnit(text, i)) {
      if (text.charCodeAt(i) > 0x7f) ascii = false;
      i++;
    }
    const word = text.slice(base, i);
    if (ascii || !isCjk(word)) {
      push(word, base, ascii, false);
      continue;
    }
    // "今(15)日中午": a number just before the run, in brackets or not, makes its 日 a date.
    const previous = tokens[tokens.length - 1];
    const afterNumber =
      previous !== undefined && DIGITS.test(previous.raw) && BRACKETS_ONLY.test(text.slice(last, base));
    for (const part of cjkPieces(word, base, afterNumber)) push(part.raw, part.at, false, isCjk(part.raw));
  }
  return tokens;
}

/** True when a field has no capital letters at all: a URL slug, where capitalization says nothing. */
export function isLowercaseField(text: string): boolean {
  // A scan instead of text === text.toLowerCase(): no copy of the field per item.
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 65 && c <= 90) return false;
    if (c > 0x7f && c < 0xd800 && isUpperUnit(text, i, c)) return false;
  }
  return true;
}

// Which BMP code units are capital letters, learnt lazily like charClass: CJK and Arabic bodies have
// no capitals, and scanning them must not build a lower-case copy of every character.
const upperClass = new Uint8Array(0x10000);

function isUpperUnit(text: string, i: number, c: number): boolean {
  let k = upperClass[c];
  if (k === 0) {
    const ch = text[i] ?? '';
    upperClass[c] = k = ch !== ch.toLowerCase() ? 1 : 2;
  }
  return k === 1;
}
