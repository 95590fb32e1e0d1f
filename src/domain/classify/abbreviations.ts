import { abbreviatedOffices } from '../countries/names.js';
import type { Mention } from './gazetteer.js';

/** Surface form → the abbreviations in it, each with the country it stands for by default. */
const ABBREVIATED = new Map<string, readonly [string, string][]>(
  abbreviatedOffices().map((f) => [f.text, f.abbreviations]),
);

/**
 * A one-character abbreviation stands for the country of its own item: 乌 is Ukraine by default, but
 * a release on China and Uruguay writes 中乌关系 and 乌总统 for Uruguay. When the item names in full
 * exactly one other country whose name begins with the abbreviation (乌拉圭), and never the default
 * country in full (乌克兰), the abbreviation is that country.
 */
export function resolveAbbreviations<V extends { mentions: readonly Mention[] }>(views: readonly V[]): V[] {
  // Built only when an abbreviation occurs; forms kept once each, so a long field stays linear.
  if (!views.some((v) => v.mentions.some((m) => ABBREVIATED.has(m.form)))) return [...views];
  const fullNames = new Map<string, Set<string>>();
  for (const view of views) {
    for (const m of view.mentions) {
      if (m.kind !== 'name' || ABBREVIATED.has(m.form)) continue;
      for (const code of m.codes) {
        let forms = fullNames.get(code);
        if (!forms) fullNames.set(code, (forms = new Set()));
        forms.add(m.form);
      }
    }
  }
  const meanings = new Map<string, string>();
  const meaning = (abbreviation: string, fallback: string): string => {
    const key = `${abbreviation}:${fallback}`;
    let meant = meanings.get(key);
    if (meant !== undefined) return meant;
    meant = fallback;
    if (!fullNames.has(fallback)) {
      const others = [...fullNames].filter(([, forms]) => [...forms].some((f) => f.startsWith(abbreviation)));
      if (others.length === 1) meant = others[0]?.[0] ?? fallback;
    }
    meanings.set(key, meant);
    return meant;
  };
  const resolve = (m: Mention): Mention => {
    const parts = ABBREVIATED.get(m.form);
    if (!parts) return m;
    let codes = m.codes;
    for (const [abbreviation, code] of parts) {
      const meant = meaning(abbreviation, code);
      if (meant !== code) codes = codes.map((c) => (c === code ? meant : c));
    }
    return codes === m.codes ? m : { ...m, codes };
  };
  return views.map((view) =>
    view.mentions.some((m) => ABBREVIATED.has(m.form))
      ? { ...view, mentions: view.mentions.map(resolve) }
      : view,
  );
}
