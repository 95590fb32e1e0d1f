import { describe, expect, it } from 'vitest';
import { classify } from './helpers.js';

// Texts written for these tests.
describe('a headline that opens with two countries joined by a dash names the pair', () => {
  it('Italian: "Italia-Tunisia: …, sul tavolo la Libia"', () => {
    const out = classify({
      language: 'it',
      title: 'Italia-Tunisia: Tajani riceve il collega, sul tavolo la Libia',
      text: 'Il ministro degli Esteri Antonio Tajani ha ricevuto alla Farnesina il ministro degli Esteri tunisino. La Libia e il suo governo sono stati al centro del colloquio.',
    });
    expect(out.pair).toEqual(['IT', 'TN']);
    expect(out.countries.slice().sort()).toEqual(['IT', 'TN']);
  });

  it('not a dash inside a name or a topic tag: "France-terrorisme : …"', () => {
    const out = classify({
      language: 'fr',
      title: 'France-terrorisme : la ministre condamne l’attentat',
      text: 'La ministre française a condamné l’attentat commis à Paris.',
    });
    expect(out.pair).toBeNull();
  });
});
