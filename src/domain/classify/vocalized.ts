import { VOCALIZED } from '../countries/names.js';
import type { Mention } from './gazetteer.js';

/**
 * Names are matched with their diacritics dropped, so "عمّان" (Amman) matches Oman's "عمان". Where the
 * text writes the marks that tell them apart, the mention is the country the marks say (VOCALIZED).
 */
export function resolveVocalized(mentions: readonly Mention[]): readonly Mention[] {
  if (!mentions.some((m) => vocalizedCode(m) !== undefined)) return mentions;
  return mentions.map((m) => {
    const code = vocalizedCode(m);
    if (code === undefined) return m;
    // The marks settle the reading: no other reading is left for the item to choose (read-as.ts).
    const { readFrom: _settled, ...rest } = m;
    // عمّان is a city (Amman); عُمان keeps the country's own kind of mention.
    return { ...rest, codes: [code], kind: m.codes.includes(code) ? m.kind : 'capital' };
  });
}

function vocalizedCode(m: Mention): string | undefined {
  for (const [form, code] of VOCALIZED) if (m.matched.includes(form)) return code;
  return undefined;
}
