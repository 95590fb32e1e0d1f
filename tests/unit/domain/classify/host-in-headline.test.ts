import { describe, expect, it } from 'vitest';
import { classify } from './helpers.js';

// Texts written for these tests.
describe('a headline that puts an office holder in one country reports a visit to its host', () => {
  it('Turkish: "Dışişleri Bakanı Hakan Fidan Gambiya\'da"', () => {
    const out = classify({
      language: 'tr',
      title: "Dışişleri Bakanı Hakan Fidan Gambiya'da",
      text: 'Bakan Fidan, temasları kapsamında yerel yetkililerle görüştü.',
    });
    expect(out.countries.slice().sort()).toEqual(['GM', 'TR']);
    expect(out.pair).toEqual(['GM', 'TR']);
  });

  it('not when the headline names a forum: the country is only where it meets', () => {
    const out = classify({
      language: 'tr',
      title: "Dışişleri Bakanı Hakan Fidan zirve için Gambiya'da",
      text: 'Bakan Fidan, temasları kapsamında yerel yetkililerle görüştü.',
    });
    expect(out.countries).toEqual(['TR']);
  });
});
