import { describe, expect, it } from 'vitest';
import { classify, countriesOf } from './helpers.js';

// Texts written for these tests.
describe('one-character abbreviations joined to an office (Chinese, Japanese)', () => {
  it('俄外长 is the Russian foreign minister', () => {
    const out = classify({
      language: 'zh',
      title: '王毅会见俄外长',
      text: '外交部长王毅在北京会见来访的俄外长。',
    });
    expect(out.countries.slice().sort()).toEqual(['CN', 'RU']);
    expect(out.pair).toEqual(['CN', 'RU']);
  });

  it('美驻华大使 names the United States and its host, China', () => {
    const out = classify({
      language: 'zh',
      title: '外交部约见美驻华大使',
      text: '外交部副部长约见美驻华大使,提出严正交涉。',
    });
    expect(out.countries.slice().sort()).toEqual(['CN', 'US']);
  });

  it('米大統領 in Japanese', () => {
    const out = classify({
      language: 'ja',
      title: '首相、米大統領と電話会談',
      text: '首相は米大統領と電話で会談した。',
    });
    expect(out.countries).toContain('US');
  });

  it("not at the end of a name: 賴清德總統 is not Germany's president", () => {
    const out = classify({
      language: 'zh',
      title: '賴清德總統接見吐瓦魯總理',
      text: '賴清德總統今天在總統府接見吐瓦魯總理,雙方就合作交換意見。',
    });
    expect(out.countries).not.toContain('DE');
  });

  it('not at the end of a katakana name: ボルソナーロ大統領 is not the Russian president', () => {
    const out = classify({
      language: 'ja',
      title: 'ボルソナーロ大統領、チリを訪問',
      text: 'ブラジルのボルソナーロ大統領は、チリのピニェラ大統領と首脳会談を行った。',
    });
    expect(out.countries).not.toContain('RU');
    expect(out.pair).toEqual(['BR', 'CL']);
  });

  it('not at the start of a katakana word: the タイ of タイップ (Tayyip) or タイトル is no Thailand', () => {
    const out = classify({
      language: 'ja',
      title: '日・トルコ首脳会談',
      text: '岸田総理は、レジェップ・タイップ・エルドアン・トルコ共和国大統領と首脳会談を行い、映画のタイトルにも触れた。',
    });
    expect(out.countries.slice().sort()).toEqual(['JP', 'TR']);
    expect(countriesOf('タイのセター首相が来日した。', 'ja')).toContain('TH');
  });

  it('a compound is read in its own language only: Japanese 日伊 (Japan–Italy) is 近日 + 伊朗 in Chinese', () => {
    expect(countriesOf('近日伊朗外长表示，愿与各方对话。', 'zh')).toEqual(['IR']);
    expect(countriesOf('日伊首脳会談が行われた。', 'ja')).toEqual(['IT', 'JP']);
    expect(countriesOf('日韓邦交將屆60週年，雙方籌備紀念活動。', 'zh')).toEqual(['JP', 'KR']);
  });

  it('an abbreviation alone is a common word, not a country (美 "beautiful")', () => {
    const out = classify({ language: 'zh', title: '美丽乡村建设', text: '这里的风景很美,游客很多。' });
    expect(out.countries).toEqual([]);
  });
});

describe('Japanese: a country, の, its office holder in katakana, the office', () => {
  it('"ブルネイのハサナル国王" gives Brunei an office', () => {
    const out = classify({
      language: 'ja',
      title: '日本の首相、東京で首脳会談',
      text: '日本の首相は東京で首脳会談を行った。\n会談にはブルネイのハサナル国王が出席した。',
      sourceCountry: 'JP',
    });
    expect(out.countries.slice().sort()).toEqual(['BN', 'JP']);
  });
});

describe('one sentence that gives five countries an office each names the round', () => {
  it('the participants of a summit, each with an office, however late the text names them', () => {
    const out = classify({
      language: 'en',
      sourceCountry: 'JP',
      title: 'Japan hosts a special summit in Tokyo',
      text:
        'Japan hosted a special summit in Tokyo on Sunday, chaired by the Prime Minister of Japan.\n' +
        'The Prime Minister called for closer cooperation.\nThe summit ended in the afternoon.\n' +
        'The Government of Japan welcomed its results.\nJapan will continue to work with its partners.\n' +
        'The next summit will be held next year.\n' +
        'Attending were the President of Indonesia, the Sultan of Brunei, the President of the Philippines, the Prime Minister of Vietnam and the Prime Minister of Thailand.',
    });
    expect(out.countries.slice().sort()).toEqual(['BN', 'ID', 'JP', 'PH', 'TH', 'VN']);
  });
});
