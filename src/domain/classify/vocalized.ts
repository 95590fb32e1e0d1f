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
    return code === undefined ? m : { ...m, codes: [code], kind: 'capital' };
  });
}

function vocalizedCode(m: Mention): string | undefined {
  for (const [form, code] of VOCALIZED) if (m.matched.includes(form)) return code;
  return undefined;
}
