import type { TopicId } from '../topics.js';
import type { Field } from './gazetteer.js';
import type { LexHit } from './lexicon.js';

export interface TopicScore {
  topic: TopicId;
  score: number;
  matched: string[];
  /** The part of `score` from the title, and from the first two sentences of the text. */
  title: number;
  lead: number;
}

/**
 * Topic ranking: each lexicon hit adds its weight, more in the title and the lead. A sentence that
 * lists many fields ("cooperation in trade, energy, defence, tourism …") counts little: such lists
 * describe a relationship, not what happened. At most three topics, each a fair share of the first.
 */
export const TOPICS = {
  title: 2,
  lead: 1.5,
  rest: 1,
  listDamping: 0.35,
  listTopics: 3,
  minScore: 1.5,
  ratio: 0.3,
  max: 3,
  adminCap: 4,
  /** A meeting, call or visit in the title or lead is the event itself: bilateral-relations. */
  eventBonus: 2,
} as const;

function leadHasMeeting(fields: readonly { field: Field; hits: readonly LexHit[] }[]): boolean {
  return fields.some(({ field, hits }) => hits.some((h) => (field === 'title' || h.sentence === 0) && h.payloads.some((p) => p.type === 'cue' && p.cue === 'bilateral')));
}

export function rankTopics(fields: readonly { field: Field; hits: readonly LexHit[] }[], admin: boolean): TopicScore[] {
  const ranked = scoreTopics(fields);
  const top = ranked[0]?.score ?? 0;
  // A notice (press conference adjourned, office closed) has no diplomatic topic unless one is strong.
  if (admin && top < TOPICS.adminCap) return [];
  return ranked.filter((t, i) => t.score >= TOPICS.minScore && (i === 0 || t.score >= TOPICS.ratio * top)).slice(0, TOPICS.max);
}

/** Every topic the lexicon saw, with its score, highest first. */
export function scoreTopics(fields: readonly { field: Field; hits: readonly LexHit[] }[]): TopicScore[] {
  const scores = new Map<TopicId, TopicScore>();
  if (leadHasMeeting(fields)) scores.set('bilateral-relations', { topic: 'bilateral-relations', score: TOPICS.eventBonus, matched: [], title: 0, lead: 0 });
  for (const { field, hits } of fields) {
    const perSentence = new Map<number, Set<TopicId>>();
    for (const h of hits) {
      for (const p of h.payloads) {
        if (p.type !== 'topic') continue;
        const set = perSentence.get(h.sentence) ?? new Set<TopicId>();
        set.add(p.topic);
        perSentence.set(h.sentence, set);
      }
    }
    for (const h of hits) {
      // Topics already counted for this hit (a term may carry one topic twice); most hits carry none.
      let seen: TopicId[] | null = null;
      for (const p of h.payloads) {
        if (p.type !== 'topic' || seen?.includes(p.topic)) continue;
        (seen ??= []).push(p.topic);
        const position = field === 'title' ? TOPICS.title : h.sentence <= 1 ? TOPICS.lead : TOPICS.rest;
        const listy = (perSentence.get(h.sentence)?.size ?? 0) > TOPICS.listTopics ? TOPICS.listDamping : 1;
        const s = scores.get(p.topic) ?? { topic: p.topic, score: 0, matched: [], title: 0, lead: 0 };
        const add = p.weight * position * listy;
        s.score += add;
        if (field === 'title') s.title += add;
        else if (h.sentence <= 1) s.lead += add;
        if (!s.matched.includes(h.matched)) s.matched.push(h.matched);
        scores.set(p.topic, s);
      }
    }
  }
  return [...scores.values()].sort((a, b) => b.score - a.score);
}
