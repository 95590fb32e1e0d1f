import type { FieldView } from '../../../../src/domain/classify/field-view.js';
import { sharedGazetteer } from '../../../../src/domain/classify/gazetteer.js';
import {
  createClassifier,
  type Classification,
  type ClassifyInput,
} from '../../../../src/domain/classify/index.js';
import { createLexicons } from '../../../../src/domain/classify/lexicon.js';
import { tokenize } from '../../../../src/domain/classify/tokenize.js';

// One classifier for the whole file: building it takes a few hundred milliseconds.
const classifier = createClassifier();

export function classify(input: Partial<ClassifyInput> & { text: string }): Classification {
  return classifier.classify({ title: '', ...input });
}

export function countriesOf(text: string, language?: string, title = ''): string[] {
  return classify({ title, text, ...(language ? { language } : {}) })
    .countries.slice()
    .sort();
}

/** Every country the text names, in order, with repeats: what the gazetteer found, before salience. */
export function namedCodes(text: string, language: string): string[] {
  return classify({ language, text }).why.countries.map((e) => e.code);
}

/** A text field as the salience rules see it: its words, country mentions and lexicon hits. */
export function fieldView(text: string, lang: string): FieldView {
  const tokens = tokenize(text, lang);
  return {
    field: 'text',
    tokens,
    lowercase: false,
    mentions: sharedGazetteer().find(tokens, 'text', false, lang),
    hits: createLexicons()(lang).find(tokens),
  };
}
