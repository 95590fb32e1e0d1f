import { describe, expect, it } from 'vitest';
import { fold, foldPhrase, lowerFor } from '../../../../src/domain/countries/normalize.js';

describe('folding', () => {
  it('Turkish and Azerbaijani dotted and dotless I', () => {
    expect(lowerFor('İTALYA', 'tr')).toBe('italya');
    expect(lowerFor('IRAK', 'tr')).toBe('ırak');
    expect(lowerFor('IRAQ', 'en')).toBe('iraq');
    expect(fold('IRAK', 'tr')).toBe('irak');
  });

  it('diacritics, Azerbaijani ə, German ß, Arabic alef and ta marbuta', () => {
    expect(fold('Azərbaycan')).toBe(fold('Azerbaycan'));
    expect(fold('États')).toBe('etats');
    expect(fold('Großbritannien')).toBe('grossbritannien');
    expect(fold('أذربيجان')).toBe(fold('اذربيجان'));
    expect(fold('السعودية')).toBe(fold('السعوديه'));
  });

  it('phrases fold word by word', () => {
    expect(foldPhrase("Côte d'Ivoire")).toBe('cote d ivoire');
  });
});
