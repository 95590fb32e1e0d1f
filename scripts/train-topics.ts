/**
 * Learns the topic model's weights (src/domain/classify/topic-model.json) from labelled tuning sets.
 *
 *   npm run train:topics [-- FILE[:WEIGHT] …] [--folds K] [--dry-run]
 *
 * Default files: the tuning sets of tests/fixtures/classifier (never a holdout*.jsonl, which only measures).
 * tuning-b, tuning-c, tuning-d and tuning-e count double: each was labelled blind by several annotators following the written
 * brief, as the holdout is, while the older sets are one annotator's reading of the scheme.
 * One logistic regression over (item, topic) rows, with L2 regularisation, fitted by L-BFGS
 * (deterministic). Then, with those log-odds fixed, one regression per topic learns what each word of
 * the lead adds (topic-words.ts): words seen in at least SETTINGS.minCount items, and only the weights
 * of at least SETTINGS.prune are kept, which keeps the model file small. `--folds K` first prints a
 * K-fold cross-validated topic F1 of the lexicon ranking, of the model without its words and of the
 * whole model, so a change of features can be judged on items the weights did not see.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createClassifier, type TopicEvidence } from '../src/domain/classify/index.js';
import {
  chooseTopics,
  SHARED_FEATURES,
  TOPIC_FEATURES,
  topicFeatures,
  type TopicModel,
} from '../src/domain/classify/topic-model.js';
import { TOPIC_IDS, type TopicId } from '../src/domain/topics.js';
import { minimize } from './lbfgs.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const fixtures = path.join(root, 'tests/fixtures/classifier');
const DEFAULT_FILES = [
  'tuning.jsonl:1',
  'retired-holdout.jsonl:1',
  'tuning-b.jsonl:2',
  'tuning-c.jsonl:2',
  'tuning-d.jsonl:2',
  'tuning-e.jsonl:2',
  'tuning-f.jsonl:2',
  'tuning-g.jsonl:2',
  'tuning-h.jsonl:2',
  'tuning-i.jsonl:2',
  'tuning-j.jsonl:2',
  'tuning-k.jsonl:2',
  'tuning-l.jsonl:2',
  'tuning-m.jsonl:2',
  'tuning-n.jsonl:2',
  'tuning-o.jsonl:2',
  'tuning-p.jsonl:2',
  'tuning-q.jsonl:2',
  'tuning-r.jsonl:2',
  'tuning-s.jsonl:2',
  'tuning-t.jsonl:2',
  'tuning-u.jsonl:2',
  'tuning-v.jsonl:2',
  'tuning-w.jsonl:2',
  'tuning-x.jsonl:2',
  'tuning-y.jsonl:2',
  'tuning-z.jsonl:2',
  'tuning-za.jsonl:2',
  'tuning-zb.jsonl:2',
].map((f) => path.join(fixtures, f));
const OUT = path.join(root, 'src/domain/classify/topic-model.json');

const SETTINGS = { l2: 1, threshold: 0.4, max: 3, wordL2: 3, minCount: 3, prune: 0.1 } as const;

interface Example {
  id: string;
  weight: number;
  evidence: TopicEvidence;
  gold: TopicId[];
  lexical: TopicId[];
}

const args = process.argv.slice(2);
const foldsAt = args.indexOf('--folds');
const folds = foldsAt >= 0 ? Number(args[foldsAt + 1]) : 0;
const files = args
  .filter((a, i) => !a.startsWith('--') && !(foldsAt >= 0 && i === foldsAt + 1))
  .map((f) => path.resolve(f));
const inputs = (files.length > 0 ? files : DEFAULT_FILES).map((spec) => {
  const m = /^(.*?)(?::(\d+(?:\.\d+)?))?$/.exec(spec)!;
  return { file: m[1]!, weight: Number(m[2] ?? 1) };
});
for (const { file } of inputs) {
  if (path.basename(file).startsWith('holdout')) {
    console.error(`${file}: a holdout only measures; it is never trained on.`);
    process.exit(2);
  }
}

const lexicalOnly = createClassifier({ topicModel: null });
const examples: Example[] = inputs.flatMap(({ file, weight }) =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((line) => {
      const item = JSON.parse(line) as {
        id: string;
        title?: string | null;
        text: string;
        language?: string;
        source_country?: string;
        label: { topics: TopicId[] };
      };
      const input = {
        title: item.title ?? '',
        text: item.text,
        ...(item.language ? { language: item.language } : {}),
        ...(item.source_country ? { sourceCountry: item.source_country } : {}),
      };
      return {
        id: item.id,
        weight,
        evidence: lexicalOnly.topicEvidence(input),
        gold: item.label.topics,
        lexical: lexicalOnly.classify(input).topics,
      };
    }),
);

const width = SHARED_FEATURES.length + TOPIC_IDS.length * TOPIC_FEATURES.length;
const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));
/** Weighted log-loss of one row, kept finite. */
const loss = (p: number, y: number) => -Math.log(Math.max(1e-12, y === 1 ? p : 1 - p));

/** Each example's feature vectors, one per topic: the shared part and the topic's own part. */
const FEATURES = new WeakMap<Example, { shared: number[]; own: number[] }[]>();
function featuresOf(e: Example): { shared: number[]; own: number[] }[] {
  let f = FEATURES.get(e);
  if (!f) FEATURES.set(e, (f = TOPIC_IDS.map((t) => topicFeatures(e.evidence, t))));
  return f;
}

/** The log-odds of every topic for an example under dense weights `w` (no words). */
function denseLogits(w: Float64Array, e: Example): Float64Array {
  const out = new Float64Array(TOPIC_IDS.length);
  featuresOf(e).forEach(({ shared, own }, t) => {
    let z = 0;
    shared.forEach((v, i) => (z += w[i]! * v));
    const offset = SHARED_FEATURES.length + t * TOPIC_FEATURES.length;
    own.forEach((v, i) => (z += w[offset + i]! * v));
    out[t] = z;
  });
  return out;
}

function fit(train: readonly Example[]): Float64Array {
  const total = train.reduce((sum, e) => sum + e.weight, 0);
  return minimize(
    (w, grad) => {
      grad.fill(0);
      let value = 0;
      for (const e of train) {
        const logits = denseLogits(w, e);
        featuresOf(e).forEach(({ shared, own }, t) => {
          const y = e.gold.includes(TOPIC_IDS[t]!) ? 1 : 0;
          const p = sigmoid(logits[t]!);
          value += e.weight * loss(p, y);
          const err = e.weight * (p - y);
          shared.forEach((v, i) => (grad[i]! += err * v));
          const offset = SHARED_FEATURES.length + t * TOPIC_FEATURES.length;
          own.forEach((v, i) => (grad[offset + i]! += err * v));
        });
      }
      for (let i = 0; i < width; i++) {
        value += 0.5 * SETTINGS.l2 * w[i]! * w[i]!;
        grad[i] = (grad[i]! + SETTINGS.l2 * w[i]!) / total;
      }
      return value / total;
    },
    new Float64Array(width),
    { maxIterations: 1000 },
  );
}

/**
 * What each word adds to each topic, on top of the dense log-odds: one regression per topic over the
 * words seen in at least SETTINGS.minCount training items; weights below SETTINGS.prune are dropped.
 */
function fitWords(train: readonly Example[], dense: Float64Array): NonNullable<TopicModel['words']> {
  const counts = new Map<string, number>();
  for (const e of train)
    for (const word of e.evidence.words ?? []) counts.set(word, (counts.get(word) ?? 0) + 1);
  const vocabulary = [...counts]
    .filter(([, n]) => n >= SETTINGS.minCount)
    .map(([word]) => word)
    .sort();
  const index = new Map(vocabulary.map((word, i) => [word, i]));
  const rows = train.map((e) => ({
    weight: e.weight,
    words: Int32Array.from((e.evidence.words ?? []).flatMap((word) => index.get(word) ?? [])),
    offsets: denseLogits(dense, e),
    gold: e.gold,
  }));
  const total = rows.reduce((sum, r) => sum + r.weight, 0);
  const round = (v: number) => Math.round(v * 1000) / 1000;
  const out: NonNullable<TopicModel['words']> = {};
  TOPIC_IDS.forEach((topic, t) => {
    const w = minimize(
      (w, grad) => {
        grad.fill(0);
        let value = 0;
        for (const r of rows) {
          let z = r.offsets[t]!;
          for (const j of r.words) z += w[j]!;
          const y = r.gold.includes(topic) ? 1 : 0;
          const p = sigmoid(z);
          value += r.weight * loss(p, y);
          const err = r.weight * (p - y);
          for (const j of r.words) grad[j]! += err;
        }
        for (let j = 0; j < w.length; j++) {
          value += 0.5 * SETTINGS.wordL2 * w[j]! * w[j]!;
          grad[j] = (grad[j]! + SETTINGS.wordL2 * w[j]!) / total;
        }
        return value / total;
      },
      new Float64Array(vocabulary.length),
      { maxIterations: 300 },
    );
    const kept: Record<string, number> = {};
    vocabulary.forEach((word, j) => {
      if (Math.abs(w[j]!) >= SETTINGS.prune) kept[word] = round(w[j]!);
    });
    out[topic] = kept;
  });
  return out;
}

function toModel(w: Float64Array, words?: TopicModel['words']): TopicModel {
  const round = (v: number) => Math.round(v * 10_000) / 10_000;
  const shared = Object.fromEntries(
    SHARED_FEATURES.map((name, i) => [name, round(w[i]!)]),
  ) as TopicModel['shared'];
  const perTopic = Object.fromEntries(
    TOPIC_IDS.map((topic, t) => [
      topic,
      Object.fromEntries(
        TOPIC_FEATURES.map((name, i) => [
          name,
          round(w[SHARED_FEATURES.length + t * TOPIC_FEATURES.length + i]!),
        ]),
      ),
    ]),
  ) as TopicModel['perTopic'];
  return { threshold: SETTINGS.threshold, max: SETTINGS.max, shared, perTopic, ...(words ? { words } : {}) };
}

function f1(items: readonly Example[], predict: (e: Example) => readonly TopicId[]): number {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const e of items) {
    const p = predict(e);
    for (const t of p) {
      if (e.gold.includes(t)) tp++;
      else fp++;
    }
    for (const t of e.gold) if (!p.includes(t)) fn++;
  }
  return (2 * tp) / (2 * tp + fp + fn);
}

/** Share of items whose first topic is among the gold ones (or that have none, as gold has none). */
function primary(items: readonly Example[], predict: (e: Example) => readonly TopicId[]): number {
  const hits = items.filter((e) => {
    const first = predict(e)[0];
    return first === undefined ? e.gold.length === 0 : e.gold.includes(first);
  });
  return hits.length / items.length;
}

if (folds > 1) {
  // A fixed interleaving, so that every run compares the same folds.
  const lexical: number[] = [];
  const dense: number[] = [];
  const learnt: number[] = [];
  const firsts: [number[], number[], number[]] = [[], [], []];
  for (let k = 0; k < folds; k++) {
    const test = examples.filter((_, i) => i % folds === k);
    const train = examples.filter((_, i) => i % folds !== k);
    const w = fit(train);
    const withoutWords = toModel(w);
    const model = toModel(w, fitWords(train, w));
    const predictors = [
      (e: Example) => e.lexical,
      (e: Example) => chooseTopics(withoutWords, e.evidence).map((t) => t.topic),
      (e: Example) => chooseTopics(model, e.evidence).map((t) => t.topic),
    ];
    [lexical, dense, learnt].forEach((scores, i) => scores.push(f1(test, predictors[i]!)));
    firsts.forEach((scores, i) => scores.push(primary(test, predictors[i]!)));
  }
  const mean = (xs: number[]) => (xs.reduce((a, b) => a + b, 0) / xs.length).toFixed(3);
  console.log(
    `${folds}-fold topic F1 (primary topic) over ${examples.length} items: lexicon ranking ${mean(lexical)} (${mean(firsts[0])}), model without words ${mean(dense)} (${mean(firsts[1])}), learnt model ${mean(learnt)} (${mean(firsts[2])})`,
  );
}

const weights = fit(examples);
const model = toModel(weights, fitWords(examples, weights));
const trainedOn = inputs.map(
  ({ file, weight }) => `${path.relative(root, file)}${weight === 1 ? '' : ` (weight ${weight})`}`,
);
console.log(
  `trained on ${examples.length} items (${trainedOn.join(', ')}): topic F1 ${f1(examples, (e) => chooseTopics(model, e.evidence).map((t) => t.topic)).toFixed(3)} on them`,
);
if (!args.includes('--dry-run')) {
  const about =
    'Weights of the topic model (src/domain/classify/topic-model.ts), learnt by scripts/train-topics.ts from the tuning sets named in trainedOn; never from the holdout. Retrain after changing lexicons or features.';
  writeFileSync(
    OUT,
    `${JSON.stringify({ _about: about, trainedOn, items: examples.length, ...model }, null, 2)}\n`,
  );
  console.log(`wrote ${path.relative(root, OUT)}`);
}
