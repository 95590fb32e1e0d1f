import type { Classifier, ClassifyInput } from '../../src/domain/classify/index.js';

/**
 * A classifier that finds nothing, for tests of the poller that are about feeds, not classification;
 * `seen` collects what it was asked.
 */
export function emptyClassifier(seen: ClassifyInput[] = []): Classifier {
  return {
    classify: (input: ClassifyInput) => {
      seen.push(input);
      return {
        countries: [],
        pair: null,
        topics: [],
        language: 'en',
        why: { countries: [], pair: 'none', topics: [] },
      };
    },
  } as unknown as Classifier;
}
