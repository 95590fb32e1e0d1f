import { describe, expect, it } from 'vitest';
import { fieldView } from './helpers.js';
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
