import { describe, expect, it } from 'vitest';
import type { ClassifyInput } from '../../../../src/domain/classify/index.js';
import { tokenize } from '../../../../src/domain/classify/tokenize.js';
import { classify } from './helpers.js';

function isValid(out: ReturnType<typeof classify>): boolean {
  return (
    Array.isArray(out.countries) &&
    (out.pair === null || out.pair.length === 2) &&
    out.topics.length <= 3 &&
    typeof out.language === 'string'
  );
}

describe('bad input', () => {
  it('empty item', () => {
    const out = classify({ text: '' });
    expect(out).toMatchObject({ countries: [], pair: null, topics: [] });
  });

  it('fields that are not strings', () => {
    const out = classify({
      title: null as unknown as string,
      text: 42 as unknown as string,
      language: {} as unknown as string,
    } as ClassifyInput);
    expect(isValid(out)).toBe(true);
  });

  it('a megabyte of text returns a valid result', () => {
    const para = 'The Minister of Foreign Affairs of Chile met the Ambassador of Norway. ';
    const out = classify({ language: 'en', text: para.repeat(Math.ceil(1_000_000 / para.length)) });
    expect(isValid(out)).toBe(true);
    expect(out.countries.sort()).toEqual(['CL', 'NO']);
  });

  it('a long Chinese or Japanese page without punctuation: a valid result, its runs cut into bounded tokens', () => {
    const unit = '王毅会见俄外长日米外相会談美驻华大使';
    const text = unit.repeat(Math.ceil(100_000 / unit.length));
    const tokens = tokenize(text, 'zh');
    expect(Math.max(...tokens.map((t) => t.raw.length))).toBeLessThanOrEqual(129);
    expect(tokens.map((t) => t.raw).join('')).toBe(text);
    const out = classify({ language: 'zh', text });
    expect(isValid(out)).toBe(true);
    expect(out.countries).toEqual(expect.arrayContaining(['CN', 'RU', 'US']));
  });

  it('binary junk', () => {
    let junk = '';
    for (let i = 0; i < 50_000; i++) junk += String.fromCharCode((i * 7919) % 65_536);
    expect(isValid(classify({ text: junk }))).toBe(true);
  });

  it('mixed scripts in one item', () => {
    const out = classify({ text: 'Россия и 中国 и Türkiye и الأردن and Japan: 日米 talks' });
    expect(isValid(out)).toBe(true);
  });

  it('an unknown source country is ignored', () => {
    expect(classify({ text: 'Hello', sourceCountry: 'ZZ' }).countries).toEqual([]);
  });
});
