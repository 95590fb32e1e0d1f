import { createClassifier, type Classification, type ClassifyInput } from '../../../../src/domain/classify/index.js';

// One classifier for the whole file: building it takes a few hundred milliseconds.
const classifier = createClassifier();

export function classify(input: Partial<ClassifyInput> & { text: string }): Classification {
  return classifier.classify({ title: '', ...input });
}

export function countriesOf(text: string, language?: string, title = ''): string[] {
  return classify({ title, text, ...(language ? { language } : {}) }).countries.slice().sort();
}
