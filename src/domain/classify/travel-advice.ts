import { openingHasCue } from './field-index.js';
import type { FieldView } from './field-view.js';
import type { ScoredMention } from './scored.js';

/** Members a travel advisory lists: "не посещать Йемен, Ливию, Сирию, Судан и Ливан". */
const ADVISORY_LIST = 3;

/**
 * Travel advice that lists three or more destinations names where not to go, not who acts: the
 * countries of such lists, unless one of them is also given an office outside the list.
 */
export function advisedAgainst(views: readonly FieldView[], scored: readonly ScoredMention[]): string[] {
  if (!openingHasCue(views, 'advisory')) return [];
  const members = new Map<string, Set<string>>();
  for (const s of scored) if (s.list) members.set(s.list, (members.get(s.list) ?? new Set()).add(s.code));
  const listed = new Set<string>();
  for (const codes of members.values()) if (codes.size >= ADVISORY_LIST) for (const c of codes) listed.add(c);
  const acts = (code: string) => scored.some((s) => s.code === code && !s.list && s.notes.includes('role'));
  return [...listed].filter((code) => !acts(code));
}
