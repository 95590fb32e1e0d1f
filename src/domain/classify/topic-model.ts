import { TOPIC_IDS, type TopicId } from '../topics.js';
import type { TopicScore } from './topic-rank.js';

/**
 * Which topics an item has, from what the lexicons saw. The lexicon scores say how much of each topic
 * the words carry; whether an annotator would name the topic also depends on the rest of the item
 * (how many countries act, whether it is one meeting of two, whether a statement or a forum opens it).
 * A logistic model per topic weighs these few signals, and adds what the lead's other words lean
 * towards (topic-words.ts); its weights are learnt from the labelled tuning sets by
 * `npm run train:topics` (scripts/train-topics.ts) and live in topic-model.json.
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
  /** The title's and lead's words (topic-words.ts), each of which may add a learnt weight to a topic. */
  words?: readonly string[];
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
  /** Per topic, the weight each word adds to it; words without one add nothing. */
  words?: Partial<Record<TopicId, Record<string, number>>>;
}

const cue = (n: number) => Math.min(n, 3) / 3;

/** log(1 + lexicon score) of every topic, in the order of TOPIC_IDS. */
function logScores(evidence: TopicEvidence): Float64Array {
  const out = new Float64Array(TOPIC_IDS.length);
  for (const s of evidence.scores) {
    const i = TOPIC_IDS.indexOf(s.topic);
    if (i >= 0) out[i] = Math.log1p(s.score);
  }
  return out;
}

/**
 * Writes the two parts of one (item, topic) feature vector, in the order of SHARED_FEATURES and
 * TOPIC_FEATURES, into `shared` and `own`: one pair of buffers serves every topic of an item.
 */
function fillFeatures(
  evidence: TopicEvidence,
  topic: TopicId,
  logs: Float64Array,
  shared: Float64Array,
  own: Float64Array,
): void {
  const rank = evidence.scores.findIndex((s) => s.topic === topic);
  const score = rank < 0 ? undefined : evidence.scores[rank];
  const top = evidence.scores[0]?.score ?? 0;
  const value = score?.score ?? 0;
  const { bilateral, forum, speech, condemn, admin } = evidence.cues;
  shared[0] = 1;
  shared[1] = Math.log1p(value);
  shared[2] = top > 0 ? value / top : 0;
  shared[3] = rank === 0 ? 1 : 0;
  shared[4] = rank === 1 ? 1 : 0;
  shared[5] = rank === 2 ? 1 : 0;
  shared[6] = Math.log1p(score?.title ?? 0);
  shared[7] = Math.log1p(score?.lead ?? 0);
  shared[8] = Math.min(score?.matched.length ?? 0, 5) / 5;
  shared[9] = Math.min(evidence.actors, 10) / 5;
  shared[10] = evidence.pair ? 1 : 0;
  shared[11] = cue(bilateral);
  shared[12] = cue(forum);
  shared[13] = cue(speech);
  shared[14] = cue(condemn);
  shared[15] = cue(admin);
  own[0] = 1;
  own[1] = Math.log1p(value);
  own[2] = cue(bilateral);
  own[3] = cue(condemn);
  own[4] = cue(forum);
  own[5] = evidence.actors <= 1 ? 1 : 0;
  own[6] = evidence.actors >= 3 ? 1 : 0;
  own[7] = evidence.pair ? 1 : 0;
  for (let j = 0; j < TOPIC_IDS.length; j++) own[8 + j] = TOPIC_IDS[j] === topic ? 0 : (logs[j] ?? 0);
}

/** The two parts of one (item, topic) feature vector, in the order of SHARED_FEATURES and TOPIC_FEATURES. */
export function topicFeatures(evidence: TopicEvidence, topic: TopicId): { shared: number[]; own: number[] } {
  const shared = new Float64Array(SHARED_FEATURES.length);
  const own = new Float64Array(TOPIC_FEATURES.length);
  fillFeatures(evidence, topic, logScores(evidence), shared, own);
  return { shared: [...shared], own: [...own] };
}

interface Weights {
  shared: Float64Array;
  perTopic: Float64Array[];
  /** Word → where its row of weights (one per topic, in the order of TOPIC_IDS) starts in `wordWeights`. */
  words: Map<string, number>;
  /**
   * Every word's row in one array: tens of thousands of small typed arrays would each be a buffer
   * the garbage collector visits on every collection, and slow the whole classifier.
   */
  wordWeights: Float64Array;
}

/** A model's weights as arrays in feature order, worked out once per model. */
const WEIGHTS = new WeakMap<TopicModel, Weights>();

function weightsOf(model: TopicModel): Weights {
  let w = WEIGHTS.get(model);
  if (w) return w;
  const shared = Float64Array.from(SHARED_FEATURES, (f) => model.shared[f] ?? 0);
  const perTopic = TOPIC_IDS.map((t) =>
    Float64Array.from(TOPIC_FEATURES, (f) => model.perTopic[t]?.[f] ?? 0),
  );
  const words = new Map<string, number>();
  for (const topic of TOPIC_IDS)
    for (const word of Object.keys(model.words?.[topic] ?? {}))
      if (!words.has(word)) words.set(word, words.size * TOPIC_IDS.length);
  const wordWeights = new Float64Array(words.size * TOPIC_IDS.length);
  TOPIC_IDS.forEach((topic, i) => {
    for (const [word, weight] of Object.entries(model.words?.[topic] ?? {}))
      wordWeights[words.get(word)! + i] = weight;
  });
  w = { shared, perTopic, words, wordWeights };
  WEIGHTS.set(model, w);
  return w;
}

/**
 * Works out a model's weight tables now, when the classifier is built, rather than inside the first
 * item: a first item that also allocates tens of thousands of table entries keeps its own short-lived
 * objects alive across collections, and V8 then learns to allocate them as long-lived for good
 * (allocation-site pretenuring), which halved the throughput of whole runs.
 */
export function prepareTopicModel(model: TopicModel): void {
  weightsOf(model);
}

/** What the item's words add to each topic's log-odds, in the order of TOPIC_IDS. */
export function wordLogits(model: TopicModel, words: readonly string[] = []): Float64Array {
  const { words: rows, wordWeights } = weightsOf(model);
  const out = new Float64Array(TOPIC_IDS.length);
  if (rows.size === 0) return out;
  for (const word of words) {
    const start = rows.get(word);
    if (start !== undefined) for (let i = 0; i < out.length; i++) out[i]! += wordWeights[start + i]!;
  }
  return out;
}

function dot(weights: Float64Array, values: Float64Array): number {
  let sum = 0;
  for (let i = 0; i < weights.length; i++) sum += (weights[i] ?? 0) * (values[i] ?? 0);
  return sum;
}

/** The probability of every topic, highest first. */
export function topicProbabilities(
  model: TopicModel,
  evidence: TopicEvidence,
): { topic: TopicId; probability: number }[] {
  const weights = weightsOf(model);
  const logs = logScores(evidence);
  const fromWords = wordLogits(model, evidence.words);
  const shared = new Float64Array(SHARED_FEATURES.length);
  const own = new Float64Array(TOPIC_FEATURES.length);
  return TOPIC_IDS.map((topic, i) => {
    fillFeatures(evidence, topic, logs, shared, own);
    const z =
      dot(weights.shared, shared) + dot(weights.perTopic[i] ?? new Float64Array(), own) + (fromWords[i] ?? 0);
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
