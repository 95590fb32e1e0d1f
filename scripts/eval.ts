/**
 * Scores the classifier on a labelled JSON-lines file (default: ../shared/dev-set/items.jsonl).
 *
 *   npm run eval [FILE] [-- --errors] [--no-source] [--json]
 *
 * Prints, overall and per language: countries precision/recall/F1 over each item's actor set
 * (micro-averaged), pair accuracy (exact, null included), topic micro-F1, primary-topic accuracy
 * (the first predicted topic is one of the gold topics; "strict": it is the first gold topic).
 * "Lenient" figures accept the alternatives that label_notes name ("pair [IN, MX] defensible",
 * "pair null defensible", "debatable whether to include TR"). `--json` prints the same rows as JSON.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createClassifier, type ClassifyInput } from '../src/domain/classify/index.js';

interface Item {
  id: string;
  source_name?: string;
  source_country?: string;
  language?: string;
  title?: string | null;
  text: string;
  label: { countries: string[]; pair: [string, string] | null; topics: string[] };
  label_notes?: string | null;
}

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const file = path.resolve(root, args.find((a) => !a.startsWith('--')) ?? '../shared/dev-set/items.jsonl');
const showErrors = args.includes('--errors');
const useSource = !args.includes('--no-source');

/**
 * A ministry's own feed is configured with its country (`/addfeed URL country=XX official=yes`), and
 * the pipeline passes it as `sourceCountry`. Items that carry no `source_country` get one here when
 * their source is such a publication (the ministry, its embassy, or a verbatim reproduction of its
 * press release); agencies and newspapers get none.
 */
const OFFICIAL_SOURCES: [RegExp, string][] = [
  [/U\.S\. Department of State|US Department of State/i, 'US'],
  [/Foreign, Commonwealth & Development Office/i, 'GB'],
  [/Ministry of Foreign Affairs of Japan/i, 'JP'],
  [/Ministry of Foreign Affairs of the People's Republic of China|Embassy of the PRC/i, 'CN'],
  [/Ministry of Foreign Affairs of Georgia/i, 'GE'],
  [/Auswärtiges Amt/i, 'DE'],
  [/Ministère de l'Europe et des Affaires étrangères/i, 'FR'],
  [/President of the Republic of Azerbaijan \(official website\)/i, 'AZ'],
];

function sourceCountryOf(item: Item): string | undefined {
  if (!useSource) return undefined;
  if (item.source_country) return item.source_country;
  for (const [re, code] of OFFICIAL_SOURCES) if (re.test(item.source_name ?? '')) return code;
  return undefined;
}

function lenientOf(item: Item): { pairs: string[]; optional: Set<string> } {
  const notes = item.label_notes ?? '';
  const gold = item.label.countries;
  const pairs = [...notes.matchAll(/pair \[([A-Z]{2}), ([A-Z]{2})\]/g)].map((m) => [m[1], m[2]].sort().join('-'));
  // "pair null defensible": one event or several, the note allows either reading.
  if (/pair null\b[^.;]*defensible/i.test(notes)) pairs.push('null');
  // "pair alt: [AZ, IT]", "pair alt: null": the annotator's named alternative.
  for (const m of notes.matchAll(/pair alt:\s*(?:\[([A-Z]{2}),\s*([A-Z]{2})\]|(null))/gi)) {
    pairs.push(m[3] ? 'null' : [m[1], m[2]].sort().join('-'));
  }
  const optional = new Set([...notes.matchAll(/whether to include ([A-Z]{2})/g)].map((m) => m[1] ?? ''));
  // "countries alt: add FR", "countries alt: drop FR", "countries alt: [AZ, IT]": codes either reading allows.
  for (const m of notes.matchAll(/countries alt:\s*(?:add|drop|remove|without|\+|-)\s*([A-Z]{2}(?:\s*(?:,|and|\+)\s*[A-Z]{2})*)/gi)) {
    for (const code of m[1]?.match(/[A-Z]{2}/g) ?? []) optional.add(code);
  }
  for (const m of notes.matchAll(/countries alt:\s*\[([A-Z, ]*)\]/g)) {
    const alt = new Set(m[1]?.match(/[A-Z]{2}/g) ?? []);
    for (const code of alt) if (!gold.includes(code)) optional.add(code);
    for (const code of gold) if (!alt.has(code)) optional.add(code);
  }
  return { pairs, optional };
}

interface Tally {
  n: number;
  ctp: number;
  cfp: number;
  cfn: number;
  lctp: number;
  lcfp: number;
  lcfn: number;
  pair: number;
  lpair: number;
  ttp: number;
  tfp: number;
  tfn: number;
  primary: number;
  strict: number;
}

const blank = (): Tally => ({ n: 0, ctp: 0, cfp: 0, cfn: 0, lctp: 0, lcfp: 0, lcfn: 0, pair: 0, lpair: 0, ttp: 0, tfp: 0, tfn: 0, primary: 0, strict: 0 });

const items: Item[] = readFileSync(file, 'utf8')
  .split('\n')
  .filter((l) => l.trim().length > 0)
  .map((l) => JSON.parse(l) as Item);

const classifier = createClassifier();
const tallies = new Map<string, Tally>([['all', blank()]]);

for (const item of items) {
  const sourceCountry = sourceCountryOf(item);
  const input: ClassifyInput = { id: item.id, title: item.title ?? '', text: item.text, ...(item.language ? { language: item.language } : {}), ...(sourceCountry ? { sourceCountry } : {}) };
  const out = classifier.classify(input);
  const gold = item.label;
  const { pairs, optional } = lenientOf(item);
  const goldPair = gold.pair ? [...gold.pair].sort().join('-') : 'null';
  const predPair = out.pair ? out.pair.join('-') : 'null';
  const lang = item.language ?? out.language;
  for (const key of ['all', lang]) {
    const t = tallies.get(key) ?? blank();
    tallies.set(key, t);
    t.n++;
    for (const c of out.countries) {
      if (gold.countries.includes(c)) {
        t.ctp++;
        t.lctp++;
      } else {
        t.cfp++;
        if (!optional.has(c)) t.lcfp++;
      }
    }
    for (const c of gold.countries) {
      if (out.countries.includes(c)) continue;
      t.cfn++;
      if (!optional.has(c)) t.lcfn++;
    }
    if (predPair === goldPair) t.pair++;
    if (predPair === goldPair || pairs.includes(predPair)) t.lpair++;
    for (const x of out.topics) {
      if (gold.topics.includes(x)) t.ttp++;
      else t.tfp++;
    }
    for (const x of gold.topics) if (!out.topics.includes(x as (typeof out.topics)[number])) t.tfn++;
    const first = out.topics[0];
    if (first === undefined ? gold.topics.length === 0 : gold.topics.includes(first)) t.primary++;
    if (first === gold.topics[0]) t.strict++;
  }
  const wrong = predPair !== goldPair || out.countries.slice().sort().join() !== gold.countries.slice().sort().join() || out.topics[0] !== gold.topics[0];
  if (showErrors && wrong) {
    console.log(`\n${item.id} [${lang}] ${(item.title ?? item.text).slice(0, 90).replace(/\s+/g, ' ')}`);
    console.log(`  gold: ${gold.countries.join(',')} pair=${goldPair} topics=${gold.topics.join(',')}`);
    console.log(`  got:  ${out.countries.join(',')} pair=${predPair} topics=${out.topics.join(',')}  (${out.why.pair})`);
    console.log(`  scores: ${(out.why.scores ?? []).map((s) => `${s.code}=${s.score}`).join(' ')} bar=${out.why.threshold}`);
    console.log(`  topics: ${out.why.topics.map((t) => `${t.topic}=${t.score}[${t.matched.slice(0, 4).join('|')}]`).join(' ')}`);
  }
}

const f1 = (tp: number, fp: number, fn: number) => {
  const p = tp + fp === 0 ? 1 : tp / (tp + fp);
  const r = tp + fn === 0 ? 1 : tp / (tp + fn);
  return { p, r, f: p + r === 0 ? 0 : (2 * p * r) / (p + r) };
};
const pct = (x: number) => x.toFixed(3);

const asJson = args.includes('--json');
if (!asJson) console.log(`\n${path.relative(process.cwd(), file)}: ${items.length} items${useSource ? '' : ' (no source_country)'}`);
if (!asJson) console.log('lang   n   ctry_P ctry_R ctry_F1 | pair  | topic_F1 primary strict | lenient: ctry_F1 pair');
const json: Record<string, Record<string, number>> = {};
const rows = [...tallies].sort((a, b) => (a[0] === 'all' ? -1 : b[0] === 'all' ? 1 : b[1].n - a[1].n || a[0].localeCompare(b[0])));
for (const [lang, t] of rows) {
  const c = f1(t.ctp, t.cfp, t.cfn);
  const lc = f1(t.lctp, t.lcfp, t.lcfn);
  const tp = f1(t.ttp, t.tfp, t.tfn);
  const r3 = (x: number) => Math.round(x * 1000) / 1000;
  json[lang] = { n: t.n, countries_p: r3(c.p), countries_r: r3(c.r), countries_f1: r3(c.f), pair: r3(t.pair / t.n), topic_f1: r3(tp.f), primary: r3(t.primary / t.n), strict: r3(t.strict / t.n), lenient_countries_f1: r3(lc.f), lenient_pair: r3(t.lpair / t.n) };
  if (asJson) continue;
  console.log(
    `${lang.padEnd(5)} ${String(t.n).padStart(3)}   ${pct(c.p)}  ${pct(c.r)}  ${pct(c.f)}  | ${pct(t.pair / t.n)} | ${pct(tp.f)}    ${pct(t.primary / t.n)}  ${pct(t.strict / t.n)} |          ${pct(lc.f)}  ${pct(t.lpair / t.n)}`,
  );
}
if (asJson) console.log(JSON.stringify(json, null, 2));
