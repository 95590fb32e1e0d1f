import { describe, expect, it } from 'vitest';
import { classify } from './helpers.js';

// Open stems ("word*") must not swallow unrelated words that share their first letters.
describe('lexicon stems do not overreach', () => {
  it('German "Gastgeber" (host) is not gas', () => {
    const out = classify({ language: 'de', text: 'Der Gastgeber empfing den Gast aus Frankreich zu einem Gespräch über die Zusammenarbeit.' });
    expect(out.topics).not.toContain('energy');
  });

  it('Italian "Armenia" is not "armi"', () => {
    const out = classify({ language: 'it', text: "Il ministro degli Esteri ha incontrato il collega dell'Armenia a Roma per un colloquio bilaterale." });
    expect(out.topics).not.toContain('security-defense');
  });

  it('Russian "газета" (newspaper) is not gas, "после" (after) is not an ambassador', () => {
    const out = classify({ language: 'ru', text: 'После переговоров министр иностранных дел Армении дал интервью газете «Коммерсант».' });
    expect(out.topics).not.toContain('energy');
    expect(out.why.topics.flatMap((t) => t.matched)).not.toContain('После');
  });

  it('Turkish "Bursa" is a city, not a scholarship', () => {
    const out = classify({ language: 'tr', text: "Dışişleri Bakanı, Bursa'da Gürcistan Dışişleri Bakanı ile görüştü." });
    expect(out.topics).not.toContain('culture-education');
  });
});
