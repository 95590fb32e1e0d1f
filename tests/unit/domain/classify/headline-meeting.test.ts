import { describe, expect, it } from 'vitest';
import { classify } from './helpers.js';

// Texts written for these tests. Each text names a third country strongly enough to act on its
// own, so only the headline's meeting can make the pair.
describe('a headline that reports a meeting of one country with another names the pair', () => {
  it('German: "A telefoniert mit B", with the United States named as where A was', () => {
    const out = classify({
      language: 'de',
      title: 'Wadephul telefoniert mit dem iranischen Außenminister',
      text: 'Während seiner Reise in die USA hat Außenminister Johann Wadephul mit dem iranischen Außenminister Abbas Araghchi telefoniert. Die Regierung der USA war über das Gespräch unterrichtet. Der iranische Minister sprach über inhaftierte deutsche Staatsangehörige.',
    });
    expect(out.pair).toEqual(['DE', 'IR']);
    expect(out.countries.slice().sort()).toEqual(['DE', 'IR']);
    expect(out.why.pair).toBe('the headline reports a meeting of the two');
  });

  it('Spanish: "A habla con B tras el ataque de C a D"', () => {
    const out = classify({
      language: 'es',
      title: 'Albares habla con Marco Rubio tras el ataque de EEUU a Venezuela',
      text: 'El ministro de Asuntos Exteriores, José Manuel Albares, conversó con el secretario de Estado de EE.UU., Marco Rubio. El Gobierno de Venezuela denunció el ataque estadounidense y el presidente venezolano pidió una reunión urgente.',
    });
    expect(out.pair).toEqual(['ES', 'US']);
  });

  it('Turkish: "A, B Dışişleri Bakanı ile görüştü"', () => {
    const out = classify({
      language: 'tr',
      title: 'Hakan Fidan, Rusya Dışişleri Bakanı ile görüştü',
      text: 'Dışişleri Bakanı Hakan Fidan, Rusya Dışişleri Bakanı Sergey Lavrov ile telefonda görüştü. Görüşmede Ukrayna Devlet Başkanı Zelenski ve Ukrayna hükümetinin barış önerileri ele alındı.',
    });
    expect(out.pair).toEqual(['RU', 'TR']);
  });

  it('Azerbaijani: a long office between the partner and "ilə" ("İsveçrənin Federal Xarici İşlər Departamentinin rəhbəri ilə")', () => {
    const out = classify({
      language: 'az',
      title: 'Ceyhun Bayramov İsveçrənin Federal Xarici İşlər Departamentinin rəhbəri ilə telefonla danışıb',
      text: 'Azərbaycanın xarici işlər naziri Ceyhun Bayramov İsveçrənin Federal Xarici İşlər Departamentinin rəhbəri ilə telefonla danışıb. Nazir həmkarını Ermənistanın təcavüzkar siyasəti və Ermənistan tərəfindən atəşə tutulan şəhərlər barədə məlumatlandırıb.',
    });
    expect(out.pair).toEqual(['AZ', 'CH']);
  });

  it('not in a "title" longer than any headline (a broken feed puts a page there): the parse stays linear', () => {
    const headline = 'Wadephul telefoniert mit dem iranischen Außenminister';
    const text =
      'Während seiner Reise in die USA hat Außenminister Johann Wadephul mit dem iranischen Außenminister Abbas Araghchi telefoniert. Die Regierung der USA war über das Gespräch unterrichtet.';
    const short = classify({ language: 'de', title: headline, text });
    const long = classify({
      language: 'de',
      title: `${headline} ${'und über die Lage gesprochen '.repeat(20)}`,
      text,
    });
    expect(short.why.pair).toBe('the headline reports a meeting of the two');
    expect(long.why.pair).not.toBe('the headline reports a meeting of the two');
  });

  it('not when the partner is a list: "A meets B and C"', () => {
    const out = classify({
      language: 'en',
      title: 'Lavrov meets Iranian and Turkish counterparts',
      text: 'Russian Foreign Minister Sergey Lavrov met Iranian Foreign Minister Abbas Araghchi and Turkish Foreign Minister Hakan Fidan in Moscow. The three ministers discussed Syria.',
    });
    expect(out.pair).toBeNull();
  });

  it('not when each destination of a trip has its own preposition: "Reise in die DR Kongo, nach Ruanda und nach Kenia"', () => {
    const out = classify({
      language: 'de',
      title:
        'Außenminister Steinmeier zu seiner Reise in die Demokratische Republik Kongo, nach Ruanda und nach Kenia',
      text: 'Vor dem Abflug nach Kinshasa hat sich Außenminister Steinmeier heute zu seiner Reise geäußert.',
    });
    expect(out.pair).toBeNull();
    expect(out.countries.sort()).toEqual(['CD', 'DE', 'KE', 'RW']);
  });

  it('not in Arabic when the partners are a list joined by the prefix و ("الإسبانية والإيطالي")', () => {
    const out = classify({
      language: 'ar',
      title: 'بوقدوم يجري محادثات هاتفية مع نظرائه الإسبانية والإيطالي والإيرلندي',
      text: 'أجرى وزير الشؤون الخارجية صبري بوقدوم محادثات هاتفية مع نظرائه الإسبانية والإيطالي والإيرلندي حول الوضع في ليبيا.',
    });
    expect(out.pair).toBeNull();
    expect(out.countries.slice().sort()).toEqual(['DZ', 'ES', 'IE', 'IT']);
  });

  it('not in Turkish when the partners are a list: "A, B ve C ile görüştü"', () => {
    const out = classify({
      language: 'tr',
      title: 'Fidan, Almanya Cumhurbaşkanı Steinmeier ve Ukrayna Başbakan Yardımcısı ile görüştü',
      text: 'Dışişleri Bakanı Hakan Fidan, Brezilya’da Almanya Cumhurbaşkanı Frank-Walter Steinmeier ve Ukrayna Başbakan Yardımcısı ile ayrı ayrı görüştü.',
    });
    expect(out.pair).toBeNull();
  });

  it('Arabic: "A ونظيره B يبحثان هاتفياً الحرب على C": the two joined before the verb, C what they discussed', () => {
    const out = classify({
      language: 'ar',
      title: 'فؤاد حسين ونظيره التركي يبحثان هاتفياً تداعيات الحرب على إيران',
      text: 'تلقى وزير الخارجية العراقي فؤاد حسين اتصالاً هاتفياً من وزير الخارجية التركي هاكان فيدان، وبحث الجانبان الحرب الدائرة على إيران وسبل وقف التصعيد. وشدد الوزيران على التنسيق بين بغداد وأنقرة.',
    });
    expect(out.pair).toEqual(['IQ', 'TR']);
    expect(out.countries.slice().sort()).toEqual(['IQ', 'TR']);
  });

  it('French: "Guerre en Ukraine : l\'échange téléphonique entre A et B", two partners and no host', () => {
    const out = classify({
      language: 'fr',
      title: "Guerre en Ukraine : l'échange téléphonique entre Macron et Poutine",
      text: "Emmanuel Macron s'est entretenu au téléphone avec Vladimir Poutine, après avoir parlé au président ukrainien Volodymyr Zelensky. Le président français a demandé l'arrêt des opérations militaires russes en Ukraine, selon l'Élysée.",
    });
    expect(out.pair).toEqual(['FR', 'RU']);
  });

  it('not from a country that only tags the headline before a colon: "Ucraina: l\'ambasciatore … convocato al ministero russo"', () => {
    const out = classify({
      language: 'it',
      title: "Ucraina: l'ambasciatore Rossi convocato al ministero degli Esteri russo",
      text: "L'ambasciatore italiano a Mosca, Marco Rossi, è stato convocato al ministero degli Esteri russo. L'incontro è durato un'ora; le ragioni non sono note.",
    });
    expect(out.pair).not.toEqual(['RU', 'UA']);
    expect(out.countries).toContain('IT');
  });

  it('not between the guests a host receives: "Staatssekretär X empfängt A Botschafter und B Delegation"', () => {
    const out = classify({
      language: 'de',
      title: 'Staatssekretär Müller empfängt äthiopischen Botschafter und chinesische Delegation',
      text: 'Staatssekretär Klaus Müller hat am Vormittag den äthiopischen Botschafter begrüßt und mit ihm über die Entwicklungszusammenarbeit mit Äthiopien gesprochen. Am Nachmittag empfing er eine Delegation aus China, darunter Vertreter des chinesischen Außenministeriums.',
    });
    expect(out.pair).toBeNull();
    expect(out.why.pair).toBe('the headline lists guests of one host');
  });

  it('not when B is only where A arrived: "A arrives in B for talks with EU ministers"', () => {
    const out = classify({
      language: 'en',
      title: 'Sybiha arrives in France for talks with EU foreign ministers',
      text: 'Ukrainian Foreign Minister Andrii Sybiha arrived in Paris for talks with his French counterpart and the ministers of Germany, Italy, Poland and Spain.',
    });
    expect(out.pair).toBeNull();
  });
});

describe('Ukrainian: a masculine city in the locative ("у Мінську") is where the meeting is held', () => {
  it('"A у Мінську зустрічається з B": the city is the venue, A and B the pair', () => {
    const out = classify({
      language: 'uk',
      title: 'Сійярто у Мінську зустрічається з Лавровим',
      text: 'Міністр закордонних справ Угорщини Петер Сійярто перебуває у Мінську, де зустрічається з російським колегою Сергієм Лавровим.',
    });
    expect(out.pair).toEqual(['HU', 'RU']);
    expect(out.countries).not.toContain('BY');
  });

  it('not a feminine name in -у, the accusative of direction: "поїздки в Україну" names the country advised on', () => {
    const out = classify({
      language: 'uk',
      text: 'Держдепартамент і надалі радить громадянам США переглянути поїздки в Україну через зростання загроз.',
    });
    expect(out.countries.slice().sort()).toEqual(['UA', 'US']);
  });
});

describe('two Chinese or Japanese abbreviations before a word of meeting name the two sides', () => {
  it('Japanese: "米ロ首脳会談" (ロ for Russia)', () => {
    const out = classify({
      language: 'ja',
      title: '米ロ首脳会談 ウクライナ侵攻後初の対面会談',
      text: 'アメリカのトランプ大統領とロシアのプーチン大統領による首脳会談が始まった。ウクライナのゼレンスキー大統領は、会談結果を受けて欧州各国の首脳と協議したい考えだ。',
    });
    expect(out.pair).toEqual(['RU', 'US']);
  });

  it('Japanese: "露日次官級協議" is not read without its word; "露日関係" is', () => {
    const out = classify({ language: 'ja', title: '露日関係を協議', text: '次官級協議が東京で行われた。' });
    expect(out.countries.slice().sort()).toEqual(['JP', 'RU']);
  });
});

describe('a Chinese or Japanese headline that reports a meeting of one country with another', () => {
  it('Chinese: "A与B通电话", the text condemning an attack on a third country', () => {
    const out = classify({
      language: 'zh',
      title: '外交部：王毅应约与布林肯通电话',
      text: '外交部长王毅应约与美国国务卿布林肯通电话。王毅表示，中方强烈谴责针对伊朗驻叙利亚使馆的袭击，伊朗和叙利亚的主权应当得到尊重。',
    });
    expect(out.pair).toEqual(['CN', 'US']);
    expect(out.why.pair).toBe('the headline reports a meeting of the two');
  });

  it('Chinese: "A晤B", the object right after the verb', () => {
    const out = classify({
      language: 'zh',
      title: '王毅晤俄外长拉夫罗夫',
      text: '王毅在曼谷会见俄罗斯外长拉夫罗夫。双方就乌克兰局势交换意见，泰国外长也出席了欢迎晚宴。',
    });
    expect(out.pair).toEqual(['CN', 'RU']);
  });

  it('not when the partner is a list: "A与B、C外长会晤"', () => {
    const out = classify({
      language: 'zh',
      title: '王毅与俄罗斯、伊朗外长会晤',
      text: '外交部长王毅与俄罗斯外长拉夫罗夫、伊朗外长阿拉格齐举行三方会晤。',
    });
    expect(out.pair).toBeNull();
  });

  it('Japanese: "A、Bの首相を表敬", "A皇太子、リヤドでB長官を迎える" (the object particle before the verb)', () => {
    const out = classify({
      language: 'ja',
      title: 'サウジ皇太子、リヤドでルビオ米国務長官を迎える',
      text: 'サウジアラビアの皇太子は、米国のルビオ国務長官をリヤドで迎えた。ルビオ氏はサウジのファイサル外相とも会談した。ルビオ氏は最初の訪問先イスラエルを訪れた後にサウジアラビアに到着しており、次はアラブ首長国連邦を訪れる予定だ。',
    });
    expect(out.pair).toEqual(['SA', 'US']);
    expect(out.why.pair).toBe('the headline reports a meeting of the two');
  });

  it('Japanese: not a country that is only what "を協議" discussed ("北朝鮮問題を協議")', () => {
    const out = classify({
      language: 'ja',
      title: '日米外相、北朝鮮問題を協議',
      text: '日本と米国の外相は電話で会談し、北朝鮮の核・ミサイル問題について協議した。',
    });
    expect(out.pair).toEqual(['JP', 'US']);
  });

  it('Japanese: "A首相、Bの<name>大統領と会談"', () => {
    const out = classify({
      language: 'ja',
      title: '安倍首相、サウジアラビアのムハンマド皇太子と電話会談',
      text: '安倍首相はサウジアラビアのムハンマド皇太子と電話で会談した。両氏はイランを巡る中東情勢について意見を交わし、イラン政府に自制を求めることで一致した。',
    });
    expect(out.pair).toEqual(['JP', 'SA']);
  });

  it('Japanese: not two partners listed with "・" ("インドネシア・コモロ大統領と会談")', () => {
    const out = classify({
      language: 'ja',
      title: '尹大統領、広島でインドネシア・コモロ大統領と相次ぎ会談',
      text: '韓国の尹錫悦大統領は広島でインドネシアのジョコ大統領と会談した。続いてコモロのアザリ大統領とも会談した。',
    });
    expect(out.why.pair).not.toBe('the headline reports a meeting of the two');
    expect(out.pair).toBeNull();
  });

  it('Chinese: not the places of one visit joined by "和" after "对" ("结束对柬埔寨和老挝的正式访问")', () => {
    const out = classify({
      language: 'zh',
      title: '阮春福结束对柬埔寨和老挝的正式访问',
      text: '越南总理阮春福结束对柬埔寨和老挝的正式访问，返回河内。访问期间，阮春福会见了柬埔寨首相洪森和老挝总理通伦。',
    });
    expect(out.pair).toBeNull();
    expect(out.countries).toContain('VN');
  });

  it('Japanese: two partners listed with "・", each a name and an office ("ケリー米国務長官・ラブロフ露外相と")', () => {
    const out = classify({
      language: 'ja',
      title: 'シュクリー外相、ケリー米国務長官・ラブロフ露外相と電話会談',
      text: 'エジプトのシュクリー外相は、アメリカのケリー国務長官およびロシアのラブロフ外相とそれぞれ電話で会談した。',
    });
    expect(out.pair).toBeNull();
    expect(out.countries.sort()).toEqual(['EG', 'RU', 'US']);
  });

  it('Japanese: a partner compound of two countries ("米韓外相と会談") makes three, not a pair', () => {
    const out = classify({
      language: 'ja',
      title: '上川外相、米韓外相と会談',
      text: '上川外務大臣は、ブラジルでブリンケン米国務長官、趙兌烈韓国外交部長官と会談した。',
    });
    expect(out.countries.sort()).toEqual(['JP', 'KR', 'US']);
    expect(out.pair).toBeNull();
  });
});

describe('a meeting the headline denies names no pair', () => {
  it('Chinese: "不会见布林肯" (will not meet Blinken) is no meeting with the United States', () => {
    const out = classify({
      language: 'zh',
      title: '王毅出席东亚外长会 不会见布林肯',
      text: '中国外交部发言人说，王毅出席东亚合作系列外长会议期间，将会见老挝、文莱、日本、斯里兰卡及新西兰等国外长，但没有会见美国国务卿布林肯的计划。',
    });
    expect(out.pair).toBeNull();
    expect(out.countries).toEqual(expect.arrayContaining(['CN', 'JP', 'LA', 'LK', 'NZ']));
  });
});

describe('"поговорив з" reports a call', () => {
  it('Ukrainian: the headline "X поговорив з Y" names the pair, whatever else it says happened', () => {
    const out = classify({
      language: 'uk',
      title: 'Зеленський поговорив з Алієвим після удару Росії по Києву',
      text: 'Президент Володимир Зеленський провів розмову з азербайджанським колегою Ільхамом Алієвим після нічної атаки Росії на Київ. Міністерство закордонних справ Азербайджану викликало посла Росії.',
    });
    expect(out.pair).toEqual(['AZ', 'UA']);
  });

  it('Russian: "X поговорил с Y" likewise', () => {
    const out = classify({
      language: 'ru',
      title: 'Путин поговорил с Токаевым после атаки на Иран',
      text: 'Президент России Владимир Путин провел телефонный разговор с президентом Казахстана Касым-Жомартом Токаевым. Стороны обсудили удары Израиля по Ирану.',
    });
    expect(out.pair).toEqual(['KZ', 'RU']);
  });
});
