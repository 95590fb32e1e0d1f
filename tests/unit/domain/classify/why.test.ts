import { describe, expect, it } from 'vitest';
import { classify } from './helpers.js';

describe('why', () => {
  it('says which words matched where, and how much each counted', () => {
    const out = classify({
      language: 'ru',
      title: 'Лавров провел переговоры с главой МИД Турции',
      text: 'Министр иностранных дел России провел переговоры с турецким коллегой в Анкаре.',
    });
    const tr = out.why.countries.filter((e) => e.code === 'TR');
    expect(tr.map((e) => e.matched)).toEqual(expect.arrayContaining(['Турции', 'турецким']));
    expect(tr.find((e) => e.matched === 'Турции')).toMatchObject({
      where: 'title',
      form: 'Турция',
      kind: 'name',
    });
    expect(tr.find((e) => e.matched === 'Анкаре')?.notes).toContain('venue');
    expect(out.why.scores?.[0]?.score).toBeGreaterThan(0);
    expect(out.why.pair).toBe('two actors of one event');
    expect(out.why.topics[0]?.matched.length).toBeGreaterThan(0);
  });
});
