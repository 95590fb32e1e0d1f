/**
 * Learns the topic model's weights (src/domain/classify/topic-model.json) from labelled tuning sets.
 *
 *   npm run train:topics [-- FILE[:WEIGHT] …] [--folds K] [--dry-run]
 *
 * Default files: the tuning sets of tests/fixtures/classifier (never a holdout*.jsonl, which only measures).
 * tuning-b, tuning-c, tuning-d and tuning-e count double: each was labelled blind by several annotators following the written
 * brief, as the holdout is, while the older sets are one annotator's reading of the scheme.
 * One logistic regression over (item, topic) rows, fitted by gradient descent with L2 regularisation,
 * deterministic. `--folds K` first prints a K-fold cross-validated topic F1 of the lexicon ranking and
 * of the model, so a change of features can be judged on items the weights did not see.
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
].map((f) => path.join(fixtures, f));
const OUT = path.join(root, 'src/domain/classify/topic-model.json');

const SETTINGS = { l2: 1, rate: 0.5, iterations: 3000, threshold: 0.35, max: 3 } as const;

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

function row(evidence: TopicEvidence, topic: TopicId): Float64Array {
  const x = new Float64Array(width);
  const { shared, own } = topicFeatures(evidence, topic);
  shared.forEach((v, i) => (x[i] = v));
  const offset = SHARED_FEATURES.length + TOPIC_IDS.indexOf(topic) * TOPIC_FEATURES.length;
  own.forEach((v, i) => (x[offset + i] = v));
  return x;
}

function fit(train: readonly Example[]): Float64Array {
  const rows = train.flatMap((e) =>
    TOPIC_IDS.map((t) => ({ x: row(e.evidence, t), y: e.gold.includes(t) ? 1 : 0, weight: e.weight })),
  );
  const total = rows.reduce((sum, r) => sum + r.weight, 0);
  const w = new Float64Array(width);
  const grad = new Float64Array(width);
  for (let it = 0; it < SETTINGS.iterations; it++) {
    grad.fill(0);
    for (const { x, y, weight } of rows) {
      let z = 0;
      for (let i = 0; i < width; i++) z += w[i]! * x[i]!;
      const err = weight * (1 / (1 + Math.exp(-z)) - y);
      for (let i = 0; i < width; i++) grad[i]! += err * x[i]!;
    }
    for (let i = 0; i < width; i++) w[i]! -= (SETTINGS.rate * (grad[i]! + SETTINGS.l2 * w[i]!)) / total;
  }
  return w;
}

function toModel(w: Float64Array): TopicModel {
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
  return { threshold: SETTINGS.threshold, max: SETTINGS.max, shared, perTopic };
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

if (folds > 1) {
  // A fixed interleaving, so that every run compares the same folds.
  const lexical: number[] = [];
  const learnt: number[] = [];
  for (let k = 0; k < folds; k++) {
    const test = examples.filter((_, i) => i % folds === k);
    const model = toModel(fit(examples.filter((_, i) => i % folds !== k)));
    lexical.push(f1(test, (e) => e.lexical));
    learnt.push(f1(test, (e) => chooseTopics(model, e.evidence).map((t) => t.topic)));
  }
  const mean = (xs: number[]) => (xs.reduce((a, b) => a + b, 0) / xs.length).toFixed(3);
  console.log(
    `${folds}-fold topic F1 over ${examples.length} items: lexicon ranking ${mean(lexical)}, learnt model ${mean(learnt)}`,
  );
}

const model = toModel(fit(examples));
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
