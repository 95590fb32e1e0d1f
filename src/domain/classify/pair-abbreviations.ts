import { pairAbbreviations } from '../countries/names.js';
import { mentionsStartingAt } from './field-index.js';
import type { FieldView } from './field-view.js';
import type { Mention } from './gazetteer.js';

/** Japanese abbreviations, worked out once. */
let japanese: ReadonlyMap<string, string> | null = null;

/**
 * "日・インドネシア外相会談", "日・イラン次官級協議": Japanese headlines join their own country's
 * one-character abbreviation to the other side's full name with a middle dot. The abbreviation
 * before the dot is a mention of its country when a country's name opens the run after the dot.
 */
export function dotPairMentions(view: FieldView, lang: string): Mention[] {
  if (lang !== 'ja') return [];
  const abbreviations = (japanese ??= pairAbbreviations('ja'));
  const out: Mention[] = [];
  for (let i = 0; i + 1 < view.tokens.length; i++) {
    const token = view.tokens[i]!;
    const next = view.tokens[i + 1]!;
    if (!token.cjk || !next.cjk || next.gapBefore !== '・') continue;
    const chars = [...token.raw];
    const last = chars.at(-1) ?? '';
    const code = abbreviations.get(last);
    if (!code) continue;
    // Only a country's name (or an abbreviation pair) opening the next run makes it a pair.
    if (!mentionsStartingAt(view, i + 1).some((m) => m.chars?.[0] === 0 && !m.codes.includes(code))) continue;
    out.push({
      codes: [code],
      kind: 'name',
      form: last,
      matched: last,
      field: view.field,
      first: i,
      last: i + 1,
      sentence: token.sentence,
      endings: [],
      chars: [chars.length - 1, chars.length],
    });
  }
  return out;
}
