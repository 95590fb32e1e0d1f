import { describe, expect, it } from 'vitest';
import { CharTrie, EXACT, TokenTrie, type EndingRule } from '../../../../src/domain/classify/trie.js';

const ru: EndingRule = { kind: 'set', endings: new Set(['я', 'и', 'ю', 'ей']), max: 2 };
const tr: EndingRule = {
  kind: 'chain',
  morphemes: new Set(['nin', 'in', 'a', 'ya', 'da', 'li', 'lar']),
  maxParts: 3,
  max: 12,
};

describe('TokenTrie', () => {
  const trie = new TokenTrie<string>();
  trie.add([{ stem: 'росси', rule: ru }], 'RU');
  trie.add(
    [
      { stem: 'южн', rule: { kind: 'set', endings: new Set(['ая', 'ой', 'ую']), max: 2 } },
      { stem: 'коре', rule: ru },
    ],
    'KR',
  );
  trie.add([{ stem: 'коре', rule: ru }], 'KR?');
  trie.add([{ stem: 'azerbaycan', rule: tr }], 'AZ');
  trie.add([{ stem: 'us', rule: EXACT }], 'US');

  it('accepts listed endings only', () => {
    expect(trie.matchAt(['россии'], 0)?.payloads).toEqual(['RU']);
    expect(trie.matchAt(['россиянин'], 0)).toBeNull();
  });

  it('prefers the longest pattern', () => {
    const m = trie.matchAt(['южной', 'кореи'], 0);
    expect(m?.payloads).toEqual(['KR']);
    expect(m?.length).toBe(2);
    expect(m?.endings).toEqual(['ой', 'и']);
  });

  it('accepts chains of suffixes', () => {
    expect(trie.matchAt(['azerbaycanlilarin'], 0)?.payloads).toEqual(['AZ']);
    expect(trie.matchAt(['azerbaycanxyz'], 0)).toBeNull();
  });

  it('exact stems take no ending', () => {
    expect(trie.matchAt(['us'], 0)?.payloads).toEqual(['US']);
    expect(trie.matchAt(['usa'], 0)).toBeNull();
  });
});

describe('CharTrie', () => {
  it('finds the longest non-overlapping matches without word boundaries', () => {
    const t = new CharTrie<string>();
    t.add('中国', 'CN');
    t.add('中美', 'CN+US');
    t.add('中美洲', 'block');
    const found = t.scan([...'中美关系与中美洲和中国']).map((f) => f.payloads[0]);
    expect(found).toEqual(['CN+US', 'block', 'CN']);
  });
});
