import countries from 'i18n-iso-countries';
import type { TopicId } from '../topics.js';
import { allCountryCodes } from '../countries/index.js';
import type { Classification, ClassifyInput, Classifier, Evidence } from './types.js';

export type { Classification, ClassifyInput, Classifier, Evidence } from './types.js';

// A first gazetteer: CLDR names in English and Russian, matched on word n-grams.
// The classifier issue replaces this with the full multilingual matcher.
const MAX_WORDS = 4;

function buildNameTable(): Map<string, string> {
  const table = new Map<string, string>();
  for (const code of allCountryCodes()) {
    for (const lang of ['en', 'ru']) {
      const names = countries.getName(code, lang, { select: 'all' }) ?? [];
      for (const name of names) table.set(name.toLowerCase(), code);
    }
  }
  return table;
}

const TOPIC_WORDS: Record<string, TopicId> = {
  met: 'bilateral-relations',
  meeting: 'bilateral-relations',
  visit: 'bilateral-relations',
  talks: 'bilateral-relations',
  energy: 'energy',
  gas: 'energy',
  trade: 'trade-economy',
  agreement: 'agreements-treaties',
  memorandum: 'agreements-treaties',
  visa: 'consular',
  sanctions: 'conflict-peace',
  ceasefire: 'conflict-peace',
  condemns: 'statements-condemnation',
};

function findCountries(text: string, where: Evidence['where'], table: Map<string, string>): Evidence[] {
  const words = text.toLowerCase().match(/[\p{L}\p{M}'’-]+/gu) ?? [];
  const found: Evidence[] = [];
  for (let i = 0; i < words.length; i++) {
    for (let n = MAX_WORDS; n >= 1; n--) {
      if (i + n > words.length) continue;
      const phrase = words.slice(i, i + n).join(' ');
      const code = table.get(phrase);
      if (code) {
        found.push({ code, matched: phrase, where });
        i += n - 1;
        break;
      }
    }
  }
  return found;
}

export function createClassifier(): Classifier {
  const table = buildNameTable();
  return {
    classify(input: ClassifyInput): Classification {
      const evidence = [
        ...(input.sourceCountry ? [{ code: input.sourceCountry, matched: 'source', where: 'source' as const }] : []),
        ...findCountries(input.title, 'title', table),
        ...findCountries(input.text, 'text', table),
      ];
      const ranked = [...new Set(evidence.map((e) => e.code))];
      const pair = ranked.length === 2 ? ([...ranked].sort() as [string, string]) : null;
      const words = `${input.title} ${input.text}`.toLowerCase().match(/\p{L}+/gu) ?? [];
      const topicHits = new Map<TopicId, string[]>();
      for (const word of words) {
        const topic = TOPIC_WORDS[word];
        if (topic) topicHits.set(topic, [...(topicHits.get(topic) ?? []), word]);
      }
      const topics = [...topicHits.entries()].sort((a, b) => b[1].length - a[1].length).slice(0, 3);
      return {
        countries: ranked,
        pair,
        topics: topics.map(([t]) => t),
        language: input.language ?? 'en',
        why: {
          countries: evidence,
          pair: pair ? 'exactly two actors' : `${ranked.length} actors`,
          topics: topics.map(([topic, matched]) => ({ topic, matched })),
        },
      };
    },
  };
}
