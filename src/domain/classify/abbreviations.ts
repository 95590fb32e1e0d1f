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
  const fullNames = new Map<string, string[]>();
  for (const view of views) {
    for (const m of view.mentions) {
      if (m.kind !== 'name' || ABBREVIATED.has(m.form)) continue;
      for (const code of m.codes) fullNames.set(code, [...(fullNames.get(code) ?? []), m.form]);
    }
  }
  const meaning = (abbreviation: string, fallback: string): string => {
    if (fullNames.has(fallback)) return fallback;
    const others = [...fullNames].filter(([, forms]) => forms.some((f) => f.startsWith(abbreviation)));
    return others.length === 1 ? (others[0]?.[0] ?? fallback) : fallback;
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
