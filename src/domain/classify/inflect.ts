import inflections from '../countries/inflections.json' with { type: 'json' };
import { fold, lowerFor, words } from '../countries/normalize.js';
import { EXACT, type EndingRule, type PatternToken } from './trie.js';

/** Which paradigm family a word belongs to: names and capitals, adjectives, people's names. */
export type WordClass = 'name' | 'adjective' | 'person';

interface Paradigm {
  re: RegExp;
  drop: number;
  rule: EndingRule;
}

interface ParadigmData {
  re: string;
  drop: number;
  endings: string[];
}

const PARADIGM_DATA: Readonly<Record<string, Partial<Record<WordClass, ParadigmData[]>>>> = inflections.paradigms;

function setRule(endings: readonly string[], lang: string): EndingRule {
  const folded = new Set(endings.map((e) => fold(e, lang)));
  return { kind: 'set', endings: folded, max: Math.max(0, ...[...folded].map((e) => e.length)), lang };
}

const paradigms = new Map<string, Paradigm[]>();
for (const [lang, byClass] of Object.entries(PARADIGM_DATA)) {
  for (const [cls, list] of Object.entries(byClass)) {
    paradigms.set(
      `${lang}/${cls}`,
      (list ?? []).map((p) => ({ re: new RegExp(p.re, 'u'), drop: p.drop, rule: setRule(p.endings, lang) })),
    );
  }
}

const chains = new Map<string, EndingRule>();
for (const [lang, chain] of Object.entries(inflections.chains)) {
  const morphemes = new Set(chain.morphemes.map((m) => fold(m, lang)));
  // Up to maxParts morphemes of at most 5 letters each; 12 covers "lılarından" and the like.
  chains.set(lang, { kind: 'chain', morphemes, maxParts: chain.maxParts, max: 12, lang });
}

/** True for languages whose suffixes stack (Turkish, Azerbaijani). */
export function hasChain(lang: string): boolean {
  return chains.has(lang);
}

/** Stem and accepted endings of one word of a name written in `lang`. */
export function inflectWord(word: string, lang: string, cls: WordClass): PatternToken {
  const chain = chains.get(lang);
  if (chain) return { stem: fold(word, lang), rule: chain };
  const lower = lowerFor(word, lang);
  for (const p of paradigms.get(`${lang}/${cls}`) ?? paradigms.get(`${lang}/name`) ?? []) {
    if (!p.re.test(lower)) continue;
    return { stem: fold(lower.slice(0, lower.length - p.drop), lang), rule: p.rule };
  }
  return { stem: fold(word, lang), rule: EXACT };
}

/** All-capital short forms (USA, ABŞ, США, EE.UU.) match only as written, never inflected. */
export function isAcronym(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '');
  return letters.length >= 2 && letters.length <= 6 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}

/** The token pattern of a name, adjective or person written in `lang`. */
export function patternFor(text: string, lang: string, cls: WordClass): PatternToken[] {
  const parts = words(text);
  if (isAcronym(text)) return parts.map((w) => ({ stem: fold(w, lang), rule: EXACT }));
  return parts.map((w) => inflectWord(w, lang, cls));
}
