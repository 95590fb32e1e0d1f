import { describe, expect, it } from 'vitest';
import { isCountryCode } from '../../../src/domain/countries/index.js';
import { groupIds, groupsOf, resolveGroup } from '../../../src/domain/groups.js';

describe('groups', () => {
  it('resolves ids and names in several languages', () => {
    expect(resolveGroup('EU')?.members).toHaveLength(27);
    expect(resolveGroup('ЕС')?.id).toBe('EU');
    expect(resolveGroup('Avropa İttifaqı')?.id).toBe('EU');
    expect(resolveGroup('снг')?.id).toBe('CIS');
    expect(resolveGroup('NATO')?.members).toHaveLength(32);
    expect(resolveGroup('Türk Devletleri Teşkilatı')?.members.sort()).toEqual(['AZ', 'KG', 'KZ', 'TR', 'UZ']);
    expect(resolveGroup('African Union')?.members).toHaveLength(55);
    expect(resolveGroup('Arab League')?.members).toHaveLength(22);
    expect(resolveGroup('ASEAN')?.members).toContain('TL');
    expect(resolveGroup('BRICS')?.members).toContain('ID');
    expect(resolveGroup('G7')?.members).toHaveLength(7);
    expect(resolveGroup('Atlantis')).toBeNull();
    expect(resolveGroup('')).toBeNull();
  });

  it('every member is a country code, no group name is one', () => {
    for (const id of groupIds()) {
      const g = resolveGroup(id);
      expect(g).not.toBeNull();
      for (const code of g?.members ?? []) expect(isCountryCode(code), `${id}: ${code}`).toBe(true);
      expect(new Set(g?.members).size).toBe(g?.members.length);
    }
    expect(resolveGroup('AU')).toBeNull();
  });

  it('lists the groups of a country', () => {
    expect(groupsOf('AZ')).toEqual(expect.arrayContaining(['CIS', 'OTS', 'GUAM']));
    expect(groupsOf('XX')).toEqual([]);
  });
});
