import { describe, expect, it } from 'vitest';
import { classify } from './helpers.js';

// Texts written for these tests.
describe('a headline that opens with two countries joined by a dash names the pair', () => {
  it('Italian: "Italia-Tunisia: …, sul tavolo la Libia"', () => {
    const out = classify({
      language: 'it',
      title: 'Italia-Tunisia: Tajani riceve il collega, sul tavolo la Libia',
      text: 'Il ministro degli Esteri Antonio Tajani ha ricevuto alla Farnesina il ministro degli Esteri tunisino. La Libia e il suo governo sono stati al centro del colloquio.',
    });
    expect(out.pair).toEqual(['IT', 'TN']);
    expect(out.countries.slice().sort()).toEqual(['IT', 'TN']);
  });

  it('after one word of meeting: "Vertice Egitto-Giordania: …", "Colloquio Zelensky-Draghi: …"', () => {
    const out = classify({
      language: 'it',
      title: 'Vertice Egitto-Giordania: ora lavorare a una Palestina indipendente',
      text: 'Il presidente egiziano al-Sisi ha ricevuto il re di Giordania Abdallah II. I due leader hanno chiesto uno Stato palestinese indipendente e la fine della guerra a Gaza.',
    });
    expect(out.pair).toEqual(['EG', 'JO']);
  });

  it('not a dash inside a name or a topic tag: "France-terrorisme : …"', () => {
    const out = classify({
      language: 'fr',
      title: 'France-terrorisme : la ministre condamne l’attentat',
      text: 'La ministre française a condamné l’attentat commis à Paris.',
    });
    expect(out.pair).toBeNull();
  });
});

describe('a headline led by one two-country compound (Chinese, Japanese) names the pair', () => {
  it('Japanese: "日韓首脳 北朝鮮への懸念共有"', () => {
    const out = classify({
      language: 'ja',
      title: '日韓首脳 北朝鮮への懸念共有',
      text: '日韓両首脳は会談し、北朝鮮のミサイル発射について懸念を共有した。北朝鮮の動向について引き続き連携することで一致した。',
    });
    expect(out.pair).toEqual(['JP', 'KR']);
    expect(out.countries.slice().sort()).toEqual(['JP', 'KR']);
  });

  it('not when the headline names two different compounds', () => {
    const out = classify({
      language: 'ja',
      title: '日中韓サミットと日韓首脳会談',
      text: '首相は日中韓サミットに出席し、韓国大統領と会談した。',
    });
    expect(out.pair).toBeNull();
  });

  it('Japanese: a first compound naming the meeting wins over a later one it discussed ("日米外相会談“日中関係改善”")', () => {
    const out = classify({
      language: 'ja',
      title: '日米外相会談“日中関係改善”前向き評価',
      text: '日米外相会談で、米国の国務長官は日中関係の改善を前向きに評価した。中国との対話について、日本の外相は中国側と意思疎通を続けると述べた。',
    });
    expect(out.pair).toEqual(['JP', 'US']);
  });

  it('Japanese: the abbreviation joined by a middle dot to a full name ("日・インドネシア外相会談")', () => {
    const out = classify({
      language: 'ja',
      title: '日・インドネシア外相会談',
      text: '両外相は二国間関係について意見交換を行い、経済協力を強化することで一致した。',
    });
    expect(out.pair).toEqual(['ID', 'JP']);
    // Not an abbreviation that ends an ordinary word before the dot.
    expect(
      classify({ language: 'ja', title: '共同声明・インドネシア', text: '声明が発表された。' }).countries,
    ).toEqual(['ID']);
  });

  it('not when the text adds a separate meeting: "日印首脳会談 … トルコのエルドアン大統領とも会談"', () => {
    const out = classify({
      language: 'ja',
      title: '日印首脳会談 北朝鮮対応で緊密連携を確認',
      text: '安倍総理大臣は7日夜、インドのモディ首相と会談し、北朝鮮への対応で緊密に連携することを確認した。このあと安倍総理はトルコのエルドアン大統領とも会談し、EPAの交渉を進めたいと述べた。',
    });
    expect(out.countries).toEqual(expect.arrayContaining(['IN', 'JP', 'TR']));
    expect(out.pair).toBeNull();
    expect(out.why.pair).toBe('the headline opens with one of several meetings');
  });

  it('not when the compound names three: "中日韓" (CN, JP, KR in the order China writes them)', () => {
    const out = classify({
      language: 'ja',
      title: '中日韓、協力強化に関する共同宣言',
      text: '中国・日本・韓国の首脳は北京で会議を開き、三国間協力の強化について議論した。',
    });
    expect(out.pair).toBeNull();
    expect(out.countries.slice().sort()).toEqual(['CN', 'JP', 'KR']);
  });
});

describe('a statement of one country aimed at another', () => {
  const statement = (later: string) =>
    classify({
      language: 'fr',
      title: 'Tir de missile : Paris appelle la Corée du Nord à renoncer à son programme',
      text: `La France condamne le tir de missile balistique effectué par la Corée du Nord. Le porte-parole a déclaré que ce tir menace la paix. ${later}`,
    });

  it('is a pair when the forum is only named later, as the frame of the obligations', () => {
    const out = statement('Ce tir viole plusieurs résolutions du Conseil de sécurité des Nations unies.');
    expect(out.pair).toEqual(['FR', 'KP']);
  });

  it('a headline that names other countries in the plural reports several senders: "Низка іноземних держав висловлює співчуття"', () => {
    const out = classify({
      language: 'uk',
      title: 'Низка іноземних держав висловлює співчуття Україні через загибель курсантів',
      text: 'Низка іноземних держав висловлює співчуття Україні. Президент Польщі Анджей Дуда висловив співчуття президенту України.',
    });
    expect(out.pair).toBeNull();
    expect(out.why.pair).toBe('the headline names other countries in the plural');
    const en = classify({
      language: 'en',
      title: 'Foreign ambassadors offer condolences to Ukraine',
      text: 'The British ambassador to Ukraine expressed condolences to the Ukrainian people after the crash.',
    });
    expect(en.pair).toBeNull();
  });
});

describe('a CJK compound that opens a longer list', () => {
  it('is no pair: "日澳歐盟關切…" names Japan, Australia and the EU, and China answers', () => {
    const out = classify({
      language: 'zh',
      title: '日澳歐盟關切軍演 陸外交部回應',
      text: '日本、澳洲、歐盟等對軍演表達關切。中國外交部發言人在例行記者會上表示，中方堅決反對。',
    });
    expect(out.pair).toBeNull();
    expect(out.countries).toContain('CN');
  });
});
