import { describe, expect, it } from 'vitest';
import { classify, fieldView } from './helpers.js';
import { cueFlags } from '../../../../src/domain/classify/field-view.js';
import { listsOf } from '../../../../src/domain/classify/mention-lists.js';

const view = fieldView;

// Texts written for these tests.
describe('lists in CJK text', () => {
  it('runs parted by 、 form one list, words before the first and after the last included', () => {
    const v = view('我々カナダ、フランス、ドイツ、米国のG7外相は声明を出した。', 'ja');
    expect(v.mentions.map((m) => m.codes.join())).toEqual(['CA', 'FR', 'DE', 'US']);
    expect(new Set(listsOf(v, cueFlags(v)))).toEqual(new Set([0]));
  });

  it('a comma that closes a clause does not join two countries', () => {
    const v = view('首相は米国を訪問し、フランスの大統領とも会談した。', 'ja');
    expect(listsOf(v, cueFlags(v))).toEqual([-1, -1]);
  });
});

describe('a capital in a CJK sentence', () => {
  const noted = (text: string, lang: string, code: string) =>
    classify({ language: lang, title: '', text }).why.countries.filter((e) => e.code === code);

  it('is a place visited, not a dateline, in a sentence of a few runs', () => {
    const zh = noted('秘鲁外长当地时间周一抵达内罗毕，开始为期两天的正式访问。', 'zh', 'KE');
    expect(zh.length).toBe(1);
    expect(zh[0]?.notes ?? []).not.toContain('dateline');
    expect(zh[0]?.weight ?? 0).toBeGreaterThan(0);
  });

  it('is still a dateline on a short header line', () => {
    const zh = noted('内罗毕\n秘鲁外长当地时间周一开始为期两天的正式访问，会见了总统。', 'zh', 'KE');
    expect(zh[0]?.notes ?? []).toContain('dateline');
  });
});
