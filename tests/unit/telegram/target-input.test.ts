import { describe, expect, it } from 'vitest';
import { resolveCountry } from '../../../src/domain/countries/index.js';
import { resolveGroup } from '../../../src/domain/groups.js';
import type { TargetResolver } from '../../../src/domain/subscriptions.js';
import { createTranslator } from '../../../src/i18n.js';
import { readTargets, targetFromKey } from '../../../src/telegram/target-input.js';
import { readTimeZone, suggestTimeZones } from '../../../src/telegram/zones.js';

const resolver: TargetResolver = { country: resolveCountry, group: resolveGroup };
const t = createTranslator();
const tr = (lang: string) => (key: string, values?: Record<string, unknown>) => t(lang, key, values);

describe('reading typed targets', () => {
  it('reads countries, pairs, groups and topics in several languages', () => {
    const read = readTargets('Азербайджан, Italie-Azerbaïdjan energy, ЕС', resolver, tr('ru'), 'ru');
    expect(read.problems).toEqual([]);
    expect(read.subscriptions.map((s) => s.target)).toEqual([
      { kind: 'country', code: 'AZ' },
      { kind: 'pair', codes: ['AZ', 'IT'] },
      expect.objectContaining({ kind: 'group', id: 'EU' }),
    ]);
    expect(read.subscriptions[1]!.topics).toEqual(['energy']);
  });

  it('suggests the country or the pair that was probably meant', () => {
    const country = readTargets('Azerbajan', resolver, tr('en'), 'en');
    expect(country.suggestions).toContainEqual({ kind: 'country', code: 'AZ' });
    expect(country.problems[0]).toMatch(/I don't know the country or group “Azerbajan”[\s\S]*Did you mean: 🇦🇿 Azerbaijan/);
    const pair = readTargets('Azerbajan-Itly', resolver, tr('de'), 'de');
    expect(pair.suggestions).toContainEqual({ kind: 'pair', codes: ['AZ', 'IT'] });
    expect(pair.problems[0]).toMatch(/Meinten Sie: 🇦🇿 Aserbaidschan – 🇮🇹 Italien/);
  });

  it('blames an unknown topic, not the country', () => {
    const read = readTargets('AZ-IT enrgy', resolver, tr('en'), 'en');
    expect(read.problems.join('\n')).toMatch(/There is no topic “enrgy”. Did you mean: energy\?/);
    expect(read.problems.join('\n')).not.toMatch(/don't know the country/);
  });

  it('turns button keys back into targets', () => {
    expect(targetFromKey('AZ-IT', resolver)).toEqual({ kind: 'pair', codes: ['AZ', 'IT'] });
    expect(targetFromKey('g:CIS', resolver)).toMatchObject({ kind: 'group', id: 'CIS' });
    expect(targetFromKey('XX', resolver)).toBeNull();
    expect(targetFromKey('AZ-AZ', resolver)).toBeNull();
    expect(targetFromKey('g:NOPE', resolver)).toBeNull();
  });
});

describe('time zones', () => {
  it('reads IANA names in any case and city names', () => {
    expect(readTimeZone('Europe/Rome')).toBe('Europe/Rome');
    expect(readTimeZone('europe/rome')).toBe('Europe/Rome');
    expect(readTimeZone('Baku')).toBe('Asia/Baku');
    expect(readTimeZone('new york')).toBe('America/New_York');
    expect(readTimeZone('Mars/Olympus')).toBeNull();
    expect(suggestTimeZones('Rom')).toContain('Europe/Rome');
  });
});
