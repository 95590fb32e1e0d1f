import type { FieldView } from './field-view.js';

/**
 * "l'ambasciatore italiano in Congo … in Repubblica Democratica del Congo": a form some languages
 * read as another country (Italian bare "Congo" is Brazzaville) keeps its usual reading where the
 * item names that usual country by another form and never names the other one.
 */
export function resolveReadAs(views: readonly FieldView[]): FieldView[] {
  if (!views.some((v) => v.mentions.some((m) => m.readFrom !== undefined))) return [...views];
  const named = new Set<string>();
  for (const view of views)
    for (const m of view.mentions) if (m.readFrom === undefined) for (const c of m.codes) named.add(c);
  const usual = (codes: readonly string[], from: readonly string[] | undefined) =>
    from !== undefined && from.every((c) => named.has(c)) && !codes.some((c) => named.has(c));
  return views.map((view) => ({
    ...view,
    mentions: view.mentions.map((m) => {
      if (!usual(m.codes, m.readFrom)) return m;
      const { readFrom, ...rest } = m;
      return { ...rest, codes: readFrom ?? m.codes };
    }),
  }));
}
