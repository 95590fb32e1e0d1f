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

  it('not when the headline meets counterparts in the plural: the capital hosts a gathering', () => {
    const out = classify({
      language: 'fr',
      title: 'Au Caire, Nasser Bourita enchaîne les entretiens avec ses homologues arabes',
      text: 'Le ministre marocain des Affaires étrangères a rencontré ses homologues saoudien et émirati.',
    });
    expect(out.countries).not.toContain('EG');
  });
});

describe('a headline that sums up a statement', () => {
  it('German: the place of "zum Anschlag in Bagdad" is whom the statement addresses', () => {
    const out = classify({
      language: 'de',
      sourceCountry: 'DE',
      title: 'Auswärtiges Amt zum Anschlag in Bagdad',
      text: 'Eine Sprecherin gab heute folgende Erklärung ab:\nMit Bestürzung haben wir von dem Anschlag erfahren. Wir verurteilen diese Tat mit aller Schärfe.',
    });
    expect(out.countries.slice().sort()).toEqual(['DE', 'IQ']);
    expect(out.pair).toEqual(['DE', 'IQ']);
  });

  it('without a statement the place stays a venue', () => {
    const out = classify({
      language: 'de',
      sourceCountry: 'DE',
      title: 'Auswärtiges Amt zur Konferenz in Bagdad',
      text: 'Eine Sprecherin gab heute Auskunft über die Reise. Die Delegation reist am Montag ab.',
    });
    expect(out.countries).toEqual(['DE']);
  });
});

describe('holders of two countries meeting in a third', () => {
  it('the place hosts nothing: "İlham Əliyev Astanada Rəcəb Tayyib Ərdoğan ilə görüşüb"', () => {
    const out = classify({
      language: 'az',
      title: 'İlham Əliyev Astanada Rəcəb Tayyib Ərdoğan ilə görüşüb',
      text: 'Noyabrın 3-də Astanada Azərbaycan Prezidenti İlham Əliyevlə Türkiyə Prezidenti Rəcəb Tayyib Ərdoğan arasında görüş olub.',
    });
    expect(out.pair).toEqual(['AZ', 'TR']);
    expect(out.countries).not.toContain('KZ');
  });
});
