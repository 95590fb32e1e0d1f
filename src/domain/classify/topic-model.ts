import { TOPIC_IDS, type TopicId } from '../topics.js';
import type { TopicScore } from './topic-rank.js';

/**
 * Which topics an item has, from what the lexicons saw. The lexicon scores say how much of each topic
 * the words carry; whether an annotator would name the topic also depends on the rest of the item
 * (how many countries act, whether it is one meeting of two, whether a statement or a forum opens it).
 * A logistic model per topic weighs these few signals; its weights are learnt from the labelled tuning
 * sets by `npm run train:topics` (scripts/train-topics.ts) and live in topic-model.json.
 */

/** What the classifier knows about an item when it decides its topics. */
export interface TopicEvidence {
  /** Every topic the lexicons saw, highest score first. */
  scores: readonly TopicScore[];
  /** Countries judged to act. */
  actors: number;
  /** Whether the item is one bilateral event of two countries. */
  pair: boolean;
  /** Event cues in the title and the first two sentences. */
  cues: { bilateral: number; forum: number; speech: number; condemn: number; admin: number };
}

export const SHARED_FEATURES = [
  'bias',
  'logScore',
  'relative',
  'rank1',
  'rank2',
  'rank3',
  'logTitle',
  'logLead',
  'terms',
  'actors',
  'pair',
  'bilateralCue',
  'forumCue',
  'speechCue',
  'condemnCue',
  'adminCue',
] as const;

export const TOPIC_FEATURES = [
  'bias',
  'logScore',
  'bilateralCue',
  'condemnCue',
  'forumCue',
  'oneActor',
  'manyActors',
  'pair',
  ...TOPIC_IDS.map((t) => `other:${t}` as const),
] as const;

export interface TopicModel {
  /** A topic is named when its probability reaches this. */
  threshold: number;
  max: number;
  shared: Record<(typeof SHARED_FEATURES)[number], number>;
  perTopic: Record<TopicId, Record<(typeof TOPIC_FEATURES)[number], number>>;
}

const cue = (n: number) => Math.min(n, 3) / 3;

/** The two parts of one (item, topic) feature vector, in the order of SHARED_FEATURES and TOPIC_FEATURES. */
export function topicFeatures(evidence: TopicEvidence, topic: TopicId): { shared: number[]; own: number[] } {
  const rank = evidence.scores.findIndex((s) => s.topic === topic);
  const score = rank < 0 ? undefined : evidence.scores[rank];
  const top = evidence.scores[0]?.score ?? 0;
  const value = score?.score ?? 0;
  const { bilateral, forum, speech, condemn, admin } = evidence.cues;
  const shared = [
    1,
    Math.log1p(value),
    top > 0 ? value / top : 0,
    rank === 0 ? 1 : 0,
    rank === 1 ? 1 : 0,
    rank === 2 ? 1 : 0,
    Math.log1p(score?.title ?? 0),
    Math.log1p(score?.lead ?? 0),
    Math.min(score?.matched.length ?? 0, 5) / 5,
    Math.min(evidence.actors, 10) / 5,
    evidence.pair ? 1 : 0,
    cue(bilateral),
    cue(forum),
    cue(speech),
    cue(condemn),
    cue(admin),
  ];
  const own = [
    1,
    Math.log1p(value),
    cue(bilateral),
    cue(condemn),
    cue(forum),
    evidence.actors <= 1 ? 1 : 0,
    evidence.actors >= 3 ? 1 : 0,
    evidence.pair ? 1 : 0,
    ...TOPIC_IDS.map((t) => (t === topic ? 0 : Math.log1p(evidence.scores.find((s) => s.topic === t)?.score ?? 0))),
  ];
  return { shared, own };
}

function dot(
  weights: Readonly<Record<string, number>>,
  names: readonly string[],
  values: readonly number[],
): number {
  let sum = 0;
  for (let i = 0; i < names.length; i++) sum += (weights[names[i]!] ?? 0) * (values[i] ?? 0);
  return sum;
}

/** The probability of every topic, highest first. */
export function topicProbabilities(
  model: TopicModel,
  evidence: TopicEvidence,
): { topic: TopicId; probability: number }[] {
  return TOPIC_IDS.map((topic) => {
    const { shared, own } = topicFeatures(evidence, topic);
    const z =
      dot(model.shared, SHARED_FEATURES, shared) + dot(model.perTopic[topic] ?? {}, TOPIC_FEATURES, own);
    return { topic, probability: 1 / (1 + Math.exp(-z)) };
  }).sort((a, b) => b.probability - a.probability);
}

/** The topics to name: those likely enough, most likely first, at most `max`. */
export function chooseTopics(
  model: TopicModel,
  evidence: TopicEvidence,
): { topic: TopicId; probability: number }[] {
  return topicProbabilities(model, evidence)
    .filter((t) => t.probability >= model.threshold)
    .slice(0, model.max);
}
