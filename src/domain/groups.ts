import data from './groups.json' with { type: 'json' };
import { foldPhrase } from './countries/normalize.js';

/** A subscription target that stands for several countries (EU, CIS, NATO, …). */
export interface CountryGroup {
  id: string;
  members: string[];
}

interface GroupData {
  id: string;
  names: string[];
  members: string[];
}

const GROUPS: readonly GroupData[] = data.groups;

// Typed names are folded the same way as country names, so "ЕС", "eu" and "Avropa İttifaqı" all resolve.
const byName = new Map<string, GroupData>();
for (const g of GROUPS) {
  byName.set(foldPhrase(g.id), g);
  for (const name of g.names) byName.set(foldPhrase(name), g);
}

const byMember = new Map<string, string[]>();
for (const g of GROUPS) for (const code of g.members) byMember.set(code, [...(byMember.get(code) ?? []), g.id]);

/** The group a user typed (its id or a name in a supported language), or null. */
export function resolveGroup(query: string): CountryGroup | null {
  if (typeof query !== 'string' || query.trim().length === 0 || query.length > 100) return null;
  const g = byName.get(foldPhrase(query));
  return g ? { id: g.id, members: [...g.members] } : null;
}

/** Every group id, for pickers and `/help`. */
export function groupIds(): string[] {
  return GROUPS.map((g) => g.id);
}

/** The ids of the groups a country belongs to, for routing an item to group subscribers. */
export function groupsOf(code: string): string[] {
  return [...(byMember.get(code.toUpperCase()) ?? [])];
}
