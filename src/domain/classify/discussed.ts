import type { FieldView } from './field-view.js';
import type { Mention } from './gazetteer.js';
import type { sentenceInfo } from './mention-rules.js';

/**
 * "议题包括俄美之间的最新接触", "涉及美俄近期接触": a two-country compound after a word of what was
 * discussed, in its sentence, is the subject, not the relation the item reports.
 */
export function discussedBefore(m: Mention, view: FieldView): boolean {
  return view.hits.some(
    (h) =>
      h.sentence === m.sentence &&
      (h.first < m.first || (h.first === m.first && (h.chars?.[1] ?? 0) <= (m.chars?.[0] ?? 0))) &&
      h.payloads.some((p) => p.type === 'cue' && p.cue === 'discuss'),
  );
}

/** Turkish and Azerbaijani put the verb last: "Erdoğan ile Macron, Libya ve Suriye'yi ele aldı". */
const VERB_LAST = new Set(['tr', 'az']);

/**
 * A country the discussion verb governs is what was discussed: after the verb ("discussed the
 * situation in Syria"), or in a verb-last language before it, unless it opens the sentence (the speaker).
 */
export function discussed(m: Mention, info: ReturnType<typeof sentenceInfo>, lang: string): boolean {
  const at = info.discussAt.get(m.sentence);
  if (at === undefined) return false;
  if (!VERB_LAST.has(lang)) return m.first > at;
  return m.kind !== 'person' && m.last <= at && m.first - (info.start.get(m.sentence) ?? 0) > 1;
}
