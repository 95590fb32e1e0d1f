import { describe, expect, it } from 'vitest';
import { resolveCountry } from '../../../src/domain/countries/index.js';
import { resolveGroup } from '../../../src/domain/groups.js';
import type { Subscription, TargetResolver } from '../../../src/domain/subscriptions.js';
import { readSharePayload, sharePayloads } from '../../../src/telegram/deep-link.js';

const resolver: TargetResolver = { country: resolveCountry, group: resolveGroup };
const country = (code: string, topics: Subscription['topics'] = []): Subscription => ({ target: { kind: 'country', code }, topics });

describe('share links', () => {
  it('round-trips countries, pairs, groups and topic filters, in a stable order', () => {
    const subscriptions: Subscription[] = [
      country('AZ'),
      { target: { kind: 'pair', codes: ['AZ', 'IT'] }, topics: ['energy', 'trade-economy'] },
      { target: { kind: 'group', id: 'AFRICAN-UNION', members: [] }, topics: [] },
      country('GE', ['consular']),
    ];
    const payloads = sharePayloads(subscriptions);
    expect(payloads).toEqual(['sub-AFRICAN-UNION_AZ_AZ-IT-cd_GE-h']);
    const read = readSharePayload(payloads[0]!, resolver)!;
    expect(read.map((s) => [s.target.kind, s.topics])).toEqual([
      ['group', []],
      ['country', []],
      ['pair', ['trade-economy', 'energy']],
      ['country', ['consular']],
    ]);
    expect(read[0]!.target).toMatchObject({ kind: 'group', id: 'AFRICAN-UNION' });
  });

  it('keeps every payload within 64 characters of the allowed alphabet, splitting when needed', () => {
    const many = ['AZ', 'IT', 'FR', 'DE', 'GE', 'AM', 'TR', 'RU', 'UA', 'KZ', 'UZ', 'TM', 'KG', 'TJ', 'IR', 'IQ', 'SA', 'AE', 'QA', 'EG', 'US', 'CN', 'JP'].map((c) =>
      country(c, ['bilateral-relations', 'energy', 'security-defense']),
    );
    const payloads = sharePayloads(many);
    expect(payloads.length).toBeGreaterThan(1);
    for (const payload of payloads) {
      expect(payload.length).toBeLessThanOrEqual(64);
      expect(payload).toMatch(/^[A-Za-z0-9_-]+$/);
    }
    const back = payloads.flatMap((p) => readSharePayload(p, resolver) ?? []);
    expect(back).toHaveLength(many.length);
  });

  it('reads the links of earlier versions', () => {
    expect(readSharePayload('sub-AZ-IT', resolver)?.[0]?.target).toEqual({ kind: 'pair', codes: ['AZ', 'IT'] });
    expect(readSharePayload('sub-AZ_GE', resolver)?.map((s) => s.target)).toEqual([
      { kind: 'country', code: 'AZ' },
      { kind: 'country', code: 'GE' },
    ]);
  });

  it('refuses payloads that name nothing known', () => {
    for (const bad of ['sub-', 'sub-XX', 'sub-AZ-zz', 'sub-AZ-AZ', 'hello', 'sub-AZ<b>', `sub-${'A'.repeat(80)}`]) {
      expect(readSharePayload(bad, resolver), bad).toBeNull();
    }
  });
});
