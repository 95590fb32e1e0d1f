import { describe, expect, it } from 'vitest';
import trained from '../../../../src/domain/classify/topic-model.json' with { type: 'json' };
import {
  chooseTopics,
  wordLogits,
  SHARED_FEATURES,
  TOPIC_FEATURES,
  type TopicEvidence,
  type TopicModel,
} from '../../../../src/domain/classify/topic-model.js';
import { TOPIC_IDS } from '../../../../src/domain/topics.js';

type TopicWeights = TopicModel['perTopic'][(typeof TOPIC_IDS)[number]];
const flat = (value: number) => Object.fromEntries(TOPIC_FEATURES.map((f) => [f, value])) as TopicWeights;

/** A model that knows only the lexicon score: a topic is likely once its words weigh enough. */
function scoreOnly(threshold: number, max = 3): TopicModel {
  const shared = Object.fromEntries(SHARED_FEATURES.map((f) => [f, 0])) as TopicModel['shared'];
  shared.bias = -3;
  shared.logScore = 2;
  return {
    threshold,
    max,
    shared,
    perTopic: Object.fromEntries(TOPIC_IDS.map((t) => [t, flat(0)])) as TopicModel['perTopic'],
  };
}

const evidence = (scores: [string, number][]): TopicEvidence => ({
  scores: scores.map(([topic, score]) => ({
    topic: topic as (typeof TOPIC_IDS)[number],
    score,
    matched: ['w'],
    title: 0,
    lead: score,
  })),
  actors: 2,
  pair: true,
  cues: { bilateral: 1, forum: 0, speech: 0, condemn: 0, admin: 0 },
});

describe('topic model', () => {
  it('names the likely topics, most likely first, at most max', () => {
    const seen = evidence([
      ['energy', 20],
      ['trade-economy', 8],
      ['culture-education', 4],
      ['consular', 0.5],
    ]);
    expect(chooseTopics(scoreOnly(0.5), seen).map((t) => t.topic)).toEqual([
      'energy',
      'trade-economy',
      'culture-education',
    ]);
    expect(chooseTopics(scoreOnly(0.5, 2), seen).map((t) => t.topic)).toEqual(['energy', 'trade-economy']);
    expect(chooseTopics(scoreOnly(0.9), seen).map((t) => t.topic)).toEqual(['energy']);
    expect(chooseTopics(scoreOnly(0.5), evidence([]))).toEqual([]);
  });

  it("an item's words add their learnt weight to a topic; words the model does not know add nothing", () => {
    const model: TopicModel = {
      ...scoreOnly(0.5),
      words: { humanitarian: { 'en:evacua': 4 }, energy: { 'en:evacua': -1 } },
    };
    const seen = { ...evidence([['energy', 1]]), words: ['en:evacua', 'en:unknow'] };
    expect(chooseTopics(scoreOnly(0.5), seen)).toEqual([]);
    expect(chooseTopics(model, seen).map((t) => t.topic)).toEqual(['humanitarian']);
    const logits = wordLogits(model, seen.words);
    expect(logits[TOPIC_IDS.indexOf('humanitarian')]).toBe(4);
    expect(logits[TOPIC_IDS.indexOf('energy')]).toBe(-1);
    expect(wordLogits(model, ['fr:evacua']).every((v) => v === 0)).toBe(true);
  });

  it('the trained weights cover exactly the features the code computes', () => {
    const model = trained as unknown as TopicModel & { items: number; trainedOn: string[] };
    expect(Object.keys(model.shared).sort()).toEqual([...SHARED_FEATURES].sort());
    expect(Object.keys(model.perTopic).sort()).toEqual([...TOPIC_IDS].sort());
    for (const topic of TOPIC_IDS)
      expect(Object.keys(model.perTopic[topic]).sort()).toEqual([...TOPIC_FEATURES].sort());
    expect(model.trainedOn.some((f) => f.endsWith('/holdout.jsonl'))).toBe(false);
    // Word weights: per topic id, for language-tagged words ("en:summit", "zh:会谈").
    for (const [topic, words] of Object.entries(model.words ?? {})) {
      expect(TOPIC_IDS).toContain(topic);
      for (const word of Object.keys(words)) expect(word).toMatch(/^[a-z]{2,3}:\S+$/);
    }
    expect(Object.keys(model.words?.['consular'] ?? {}).length).toBeGreaterThan(100);
    expect(model.items).toBeGreaterThan(500);
  });
});
