import aliases from '../countries/country-aliases.json' with { type: 'json' };
import type { FieldView } from './field-view.js';

const { _about: _a, ...SHARED } = aliases.sharedAdjectives as Record<string, string | string[]>;
const SHARED_WITH = new Map(
  Object.entries(SHARED).filter((e): e is [string, string[]] => Array.isArray(e[1])),
);

/**
 * "Umaro Sissoco, presidente de Guinea Bissau … el mandatario guineano": an adjective of a country
 * the item never names, where it names by name exactly one country that shares the adjective, is
 * that country's.
 */
export function resolveSharedAdjectives(views: readonly FieldView[]): FieldView[] {
  const named = new Set<string>();
  for (const view of views)
    for (const m of view.mentions)
      if (m.kind !== 'adjective' && m.codes.length === 1) named.add(m.codes[0] ?? '');
  const moved = new Map<string, string>();
  for (const [code, sharers] of SHARED_WITH) {
    if (named.has(code)) continue;
    const present = sharers.filter((c) => named.has(c));
    if (present.length === 1) moved.set(code, present[0] ?? code);
  }
  if (moved.size === 0) return [...views];
  return views.map((view) => ({
    ...view,
    mentions: view.mentions.map((m) => {
      const to = m.kind === 'adjective' && m.codes.length === 1 ? moved.get(m.codes[0] ?? '') : undefined;
      return to ? { ...m, codes: [to] } : m;
    }),
  }));
}
