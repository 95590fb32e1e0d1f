import { sharedGazetteer } from '../classify/gazetteer.js';
import { tokenize } from '../classify/tokenize.js';

/**
 * What a user typed, read with the classifier's gazetteer: inflected and suffixed forms
 * ("Азербайджана", "Türkiye'ye", "italiano") resolve when the whole query names one country.
 */
export function findCountryIn(query: string): string | null {
  const tokens = tokenize(query);
  if (tokens.length === 0 || tokens.length > 8) return null;
  const mentions = sharedGazetteer().find(tokens, 'title', true);
  const codes = new Set(mentions.flatMap((m) => m.codes));
  if (codes.size !== 1) return null;
  // Only words around the name that are suffixes after an apostrophe may be left over.
  const covered = mentions.reduce((n, m) => n + (m.last - m.first), 0);
  const leftover = tokens.length - covered;
  const apostrophe = tokens.slice(1).some((t) => /['’]/.test(t.gapBefore));
  if (leftover > (apostrophe ? 1 : 0)) return null;
  return [...codes][0] ?? null;
}
