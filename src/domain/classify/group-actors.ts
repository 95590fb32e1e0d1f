import { openingHasCue, sentenceHasCue } from './field-index.js';
import type { FieldView } from './field-view.js';
import { SALIENCE } from './salience-weights.js';
import { isParty, type ScoredMention } from './scored.js';

/** Members of a list of offices that act together, whoever of them stands out. */
const LONG_LIST = 4;
/** Countries given an office each in one sentence: the participants of one round. */
const ROUND = 5;
/** A plain name's weight from the fourth sentence on: an aside, not what the item reports. */
const ASIDE_WEIGHT = SALIENCE.sentences[3] ?? 1;

/**
 * "The foreign ministers of Uzbekistan, Kazakhstan, Kyrgyzstan and Tajikistan met": the members of a
 * list share the part of the one that clearly acts, though each is named later or with less weight.
 */
export function listPartners(
  scored: readonly ScoredMention[],
  acting: ReadonlySet<string>,
  totals: ReadonlyMap<string, number>,
): { code: string; offices: boolean }[] {
  const members = new Map<string, ScoredMention[]>();
  for (const s of scored) {
    if (!s.list) continue;
    const list = members.get(s.list);
    if (list) list.push(s);
    else members.set(s.list, [s]);
  }
  const out: { code: string; offices: boolean }[] = [];
  for (const list of members.values()) {
    const parties = list.filter(isParty);
    // A long list of offices ("the ambassadors of nine countries: …") acts even when no member stands out.
    const offices =
      new Set(parties.filter((s) => s.notes.includes('role')).map((s) => s.code)).size >= LONG_LIST;
    // The acting member must stand in the list with some weight: "talks backed by Russia, Iran and
    // Turkey" in a late aside does not make Iran and Turkey parties because Russia acts elsewhere.
    const led = parties.some((s) => acting.has(s.code) && s.weight > ASIDE_WEIGHT);
    if (parties.length < 3 || !(offices || led)) continue;
    for (const s of parties)
      if (!acting.has(s.code) && (totals.get(s.code) ?? 0) >= SALIENCE.listFloor)
        out.push({ code: s.code, offices });
  }
  return out;
}

/** An item whose headline or lead is about ambassadors presenting their credentials. */
export function presentsCredentials(views: readonly FieldView[]): boolean {
  return openingHasCue(views, 'credentials');
}

/**
 * "Fifteen ambassadors presented their credentials: …, of Ghana; …, of Cuba": every envoy's country
 * takes part in the ceremony, however late the text names it.
 */
export function envoysOf(
  scored: readonly ScoredMention[],
  totals: ReadonlyMap<string, number>,
  acting: ReadonlySet<string>,
): string[] {
  const candidates = scored.filter(
    (s) => !acting.has(s.code) && isParty(s) && (totals.get(s.code) ?? 0) >= SALIENCE.later,
  );
  const codes = new Set(candidates.map((s) => s.code));
  // One newcomer in a single envoy's ceremony is an envoy only if an office or a person stands
  // for it; a country merely named there ("supports Ukraine against Russian aggression") is not.
  if (codes.size >= 2) return [...codes];
  return candidates.filter((s) => s.notes.includes('role') || s.mention.kind === 'person').map((s) => s.code);
}

/**
 * "インドネシアのジョコ大統領、ブルネイのボルキア国王、フィリピンのマルコス大統領、…": one sentence that
 * gives five or more countries an office each names the participants of one round, however the
 * sentence strings them together. (Four is too few: "he had met the ministers of A, B and C before".)
 */
export function officeRound(scored: readonly ScoredMention[]): string[] {
  const bySentence = new Map<string, Set<string>>();
  for (const s of scored) {
    if (!s.notes.includes('role') || !isParty(s)) continue;
    const key = `${s.mention.field}:${s.mention.sentence}`;
    bySentence.set(key, (bySentence.get(key) ?? new Set()).add(s.code));
  }
  return [...bySentence.values()].filter((codes) => codes.size >= ROUND).flatMap((codes) => [...codes]);
}

/**
 * "Separately, the High Commissioner of Pakistan also paid a courtesy call on the Minister", "كما التقى
 * الصفدي وفداً من … الأمريكي", "此外，杨洁篪还会见了巴基斯坦外交国务部长": a sentence that adds one more
 * meeting makes the office holders it names partners of that meeting, however late it comes.
 */
export function separateMeetingPartners(
  views: readonly FieldView[],
  scored: readonly ScoredMention[],
): string[] {
  const text = views.find((v) => v.field === 'text');
  if (!text) return [];
  const out = new Set<string>();
  for (const s of scored) {
    if (s.mention.field !== 'text' || !s.notes.includes('role') || !isParty(s)) continue;
    const sentence = s.mention.sentence;
    if (sentenceHasCue(text, sentence, 'also') && sentenceHasCue(text, sentence, 'bilateral'))
      out.add(s.code);
  }
  return [...out];
}
