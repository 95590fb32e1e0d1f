import { describe, expect, it } from 'vitest';
import {
  allCountryCodes,
  countryFlag,
  countryName,
  isCountryCode,
  resolveCountry,
  searchCountries,
  suggestCountries,
} from '../../../../src/domain/countries/index.js';

describe('resolveCountry', () => {
  it.each([
    ['AZ', 'AZ'],
    ['az', 'AZ'],
    ['AZE', 'AZ'],
    ['Azerbaijan', 'AZ'],
    ['Азербайджан', 'AZ'],
    ['Azerbaycan', 'AZ'],
    ['Azərbaycan', 'AZ'],
    ['Aserbaidschan', 'AZ'],
    ['Azerbaïdjan', 'AZ'],
    ['أذربيجان', 'AZ'],
    ['阿塞拜疆', 'AZ'],
    ['Italia', 'IT'],
    ['Италия', 'IT'],
    ['Italie', 'IT'],
    ['Italien', 'IT'],
    ['İtalya', 'IT'],
    ['Італія', 'IT'],
    ['United States', 'US'],
    ['USA', 'US'],
    ['США', 'US'],
    ['ABD', 'US'],
    ['EE.UU.', 'US'],
    ['Türkiye', 'TR'],
    ['Turkey', 'TR'],
    ['Азербайджана', 'AZ'],
    ["Türkiye'ye", 'TR'],
    ['italiano', 'IT'],
    ['Republic of Korea', 'KR'],
    ['UK', 'GB'],
    ['UAE', 'AE'],
    ['美國', 'US'],
  ])('%s → %s', (query, code) => {
    expect(resolveCountry(query)).toBe(code);
  });

  it('returns null for what is not a country', () => {
    expect(resolveCountry('')).toBeNull();
    expect(resolveCountry('ZZ')).toBeNull();
    expect(resolveCountry('Atlantis')).toBeNull();
    expect(resolveCountry('Italy and France')).toBeNull();
  });
});

describe('suggestCountries', () => {
  it('did-you-mean by edit distance in the chat language and English', () => {
    expect(suggestCountries('Azerbajan', 'en')[0]).toBe('AZ');
    expect(suggestCountries('Азербаджан', 'ru')[0]).toBe('AZ');
    expect(suggestCountries('Itly', 'en')).toContain('IT');
    expect(suggestCountries('Germny', 'de', 3)).toContain('DE');
    expect(suggestCountries('qqqqqqqq', 'en')).toEqual([]);
    expect(suggestCountries('Gemany', 'en', 1)).toHaveLength(1);
  });
});

describe('searchCountries', () => {
  it('codes whose localized name starts with, then contains, the typed letters', () => {
    expect(searchCountries('Азер', 'ru')).toEqual(['AZ']);
    const gu = searchCountries('Gu', 'en');
    expect(gu).toEqual(expect.arrayContaining(['GN', 'GW', 'GT']));
    expect(searchCountries('land', 'en')).toEqual(expect.arrayContaining(['FI', 'PL', 'IE']));
    expect(searchCountries('', 'en').length).toBeGreaterThan(200);
  });
});

describe('names and flags', () => {
  it('localized names from CLDR', () => {
    expect(countryName('AZ', 'ru')).toBe('Азербайджан');
    expect(countryName('DE', 'tr')).toBe('Almanya');
    expect(countryName('XX', 'en')).toBe('XX');
  });

  it('flags and codes', () => {
    expect(countryFlag('AZ')).toBe('🇦🇿');
    expect(countryFlag('az')).toBe('');
    expect(isCountryCode('it')).toBe(true);
    expect(isCountryCode('EU')).toBe(false);
    expect(allCountryCodes()).toContain('TL');
  });
});
