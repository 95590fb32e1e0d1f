import { describe, expect, it } from 'vitest';
import { classify } from './helpers.js';

// Texts written for these tests.
describe("a language's own foreign ministry, named without a country, is its home country's", () => {
  it('Turkish: "Dışişleri Bakanlığından Şili\'ye taziye mesajı"', () => {
    const out = classify({
      language: 'tr',
      title: "Dışişleri Bakanlığından Şili'deki yangınlar için taziye mesajı",
      text: "Dışişleri Bakanlığı, Şili'de süren orman yangınlarında hayatını kaybedenler için taziye mesajı yayımladı. Açıklamada Şili halkına başsağlığı dilendi.",
    });
    expect(out.countries.slice().sort()).toEqual(['CL', 'TR']);
    expect(out.pair).toEqual(['CL', 'TR']);
  });

  it('Turkish: the office opening the headline is its speaker, not its theme, across a comma', () => {
    const out = classify({
      language: 'tr',
      title:
        'Dışişleri Bakanlığı, savaş nedeniyle mahsur kalan vatandaşların tahliyesi hakkında açıklama yaptı',
      text: 'Dışişleri Bakanlığı, savaş yüzünden mahsur kalan vatandaşların tahliyesiyle ilgili açıklama yaptı. Bakanlık vatandaşların ilk uygun seferlerle döneceğini duyurdu.',
    });
    expect(out.countries).toEqual(['TR']);
  });

  it('Turkish: "Milli Savunma Bakanı", named without a country, is Turkey\'s defence minister', () => {
    const out = classify({
      language: 'tr',
      title: 'Bakan Kaya Kanadalı mevkidaşıyla telefonda görüştü',
      text: 'Milli Savunma Bakanı Ali Kaya, Kanadalı mevkidaşı ile telefonda görüştü. Görüşmede ikili savunma işbirliği ele alındı.',
    });
    expect(out.pair).toEqual(['CA', 'TR']);
    const named = classify({
      language: 'tr',
      title: 'Azerbaycan Milli Savunma Bakanı Kanada’da',
      text: 'Azerbaycan Milli Savunma Bakanı, Kanadalı mevkidaşı ile Ottava’da görüştü.',
    });
    expect(named.countries).not.toContain('TR');
  });

  it('Turkish and Azerbaijani: "our ambassador" ("Büyükelçimiz", "səfirimiz") is the home country\'s', () => {
    const out = classify({
      language: 'tr',
      title: 'Büyükelçimiz güven mektubunu sundu',
      text: 'Büyükelçimiz Ahmet Yılmaz, güven mektubunu Kolombiya Cumhurbaşkanı Gustavo Petro’ya sundu.',
    });
    expect(out.pair).toEqual(['CO', 'TR']);
    const az = classify({
      language: 'az',
      title: 'Səfirimiz etimadnaməsini təqdim edib',
      text: 'Səfirimiz etimadnaməsini Kolumbiya Prezidenti Qustavo Petroya təqdim edib.',
    });
    expect(az.countries).toContain('AZ');
  });

  it('not when its spokesperson of another country is named after a word of title: "Nazirliyinin sözçüsü Səid Xətibzadə"', () => {
    const out = classify({
      language: 'az',
      title: 'Türkiyə səfiri Xarici İşlər Nazirliyinə çağırılıb',
      text: 'Xəbər verilir ki, Xarici İşlər Nazirliyinin sözçüsü Səid Xətibzadə Türkiyənin Tehrandakı səfirinin çağırıldığını açıqlayıb.',
    });
    expect(out.countries).not.toContain('AZ');
    expect(out.countries.slice().sort()).toEqual(['IR', 'TR']);
  });

  it('not when a country stands before it: "İran Dışişleri Bakanlığı"', () => {
    const out = classify({
      language: 'tr',
      title: 'İran Dışişleri Bakanlığı açıklama yaptı',
      text: 'İran Dışişleri Bakanlığı, bölgedeki gelişmelerle ilgili yazılı bir açıklama yayımladı.',
    });
    expect(out.countries).toEqual(['IR']);
  });

  it('not Japanese "外務大臣" after "Xの<name>": "フランスのコロンナ欧州・外務大臣" is France\'s', () => {
    const out = classify({
      language: 'ja',
      title: 'サウジ皇太子、フランスのコロンナ欧州・外務大臣を迎える',
      text: 'サウジアラビアの皇太子が、フランスのコロンナ欧州・外務大臣を迎えた。会談では二国間関係の強化が話し合われた。',
    });
    expect(out.countries.slice().sort()).toEqual(['FR', 'SA']);
    expect(out.pair).toEqual(['FR', 'SA']);
  });

  it('Chinese in simplified script: "外交部：例行记者会暑期休会"', () => {
    const out = classify({
      language: 'zh',
      title: '外交部：例行记者会今起暑期休会',
      text: '外交部发言人表示，例行记者会自今日起暑期休会，8月11日恢复。',
    });
    expect(out.countries).toEqual(['CN']);
  });

  it('in traditional script, Taiwan\'s where the item names its state "中華民國"', () => {
    const out = classify({
      language: 'zh',
      title: '外交部長率團訪問友邦 出席外長會議',
      text: '外交部今天表示，外交部長將應友邦薩爾瓦多邀請，率團出席中美洲外長會議，並分享中華民國與中美洲國家的合作成果。',
    });
    expect(out.countries.slice().sort()).toEqual(['SV', 'TW']);
  });

  it('Taiwan\'s in simplified script too, where Taiwan\'s agency reposted by a mirror writes it: "中央社台北电，外交部表示"', () => {
    const out = classify({
      language: 'zh',
      title: '建交30周年 贝里斯国家安全部长访台',
      text: '中央社台北24日电，外交部表示，为庆祝与中美洲友邦贝里斯建交30周年，贝里斯国家安全部部长一行应邀访台。',
    });
    expect(out.countries.slice().sort()).toEqual(['BZ', 'TW']);
    expect(out.pair).toEqual(['BZ', 'TW']);
  });

  it("in a ministry's own release, the unqualified ministry is that ministry: no one else's", () => {
    const out = classify({
      language: 'zh',
      sourceCountry: 'TW',
      title: '外交部感谢友邦祝贺我国顺利完成大选',
      text: '外交部表示，帛琉总统与马绍尔群岛共和国总统第一时间致函祝贺我国顺利完成选举。',
    });
    expect(out.countries).not.toContain('CN');
    expect(out.countries).toContain('TW');
  });

  it('not once the field has said whose ministry it is: "韩国外交部表示，正在美国访问的外交部第一次官"', () => {
    const out = classify({
      language: 'zh',
      title: '韩副外长在美会晤美副国务卿',
      text: '韩国外交部18日表示，正在美国访问的外交部第一次官林圣男17日会见美国副国务卿约翰·沙利文，就朝核问题交换意见。',
    });
    expect(out.countries.slice().sort()).toEqual(['KR', 'US']);
    expect(out.pair).toEqual(['KR', 'US']);
  });

  it('not inside a chain of one holder\'s offices after the country: "新加坡总理府部长兼…外交部第二部长"', () => {
    const out = classify({
      language: 'zh',
      title: '',
      text: '新加坡总理府部长兼教育部第二部长和外交部第二部长穆罕默德访问文莱，会见文莱外交部长。',
    });
    expect(out.why.countries.some((e) => e.code === 'CN')).toBe(false);
    expect(out.pair).toEqual(['BN', 'SG']);
  });

  it("not in traditional script otherwise: Taiwan's press writes it, and so do Hong Kong's and Macao's", () => {
    const out = classify({
      language: 'zh',
      title: '外交部：例行記者會今起暑期休會',
      text: '外交部發言人表示，例行記者會自今日起暑期休會。',
    });
    expect(out.countries).toEqual([]);
  });

  it('not for languages of several states: French "le ministère des Affaires étrangères"', () => {
    const out = classify({
      language: 'fr',
      title: 'Le ministère des Affaires étrangères reporte son point de presse',
      text: 'Le ministère des Affaires étrangères a reporté son point de presse hebdomadaire.',
    });
    expect(out.countries).toEqual([]);
  });
});

describe("a press feed's country is the home of an unqualified ministry where the language has none", () => {
  const lead =
    'استقبل وزير الخارجية اليوم سفير المملكة الأردنية الهاشمية لدى البلاد وبحث معه العلاقات الثنائية.';

  it('Arabic: "وزير الخارجية" in a Kuwaiti agency\'s feed is Kuwait\'s minister', () => {
    const out = classify({
      language: 'ar',
      pressCountry: 'KW',
      title: 'وزير الخارجية يستقبل سفير الأردن',
      text: lead,
    });
    expect(out.countries.slice().sort()).toEqual(['JO', 'KW']);
    expect(out.pair).toEqual(['JO', 'KW']);
  });

  it('no one without the feed: Arabic is written in many states', () => {
    const out = classify({ language: 'ar', title: 'وزير الخارجية يستقبل سفير الأردن', text: lead });
    expect(out.countries).toEqual(['JO']);
  });

  it('not once the office names its country after it ("وزير الخارجية الأردني")', () => {
    const out = classify({
      language: 'ar',
      pressCountry: 'KW',
      title: 'وزير الخارجية الأردني يستقبل سفير مصر',
      text: 'استقبل وزير الخارجية الأردني اليوم سفير مصر في عمّان وبحث معه العلاقات الثنائية.',
    });
    expect(out.countries).not.toContain('KW');
  });
});

describe("a press feed's home office in the other languages of several states", () => {
  it('Spanish "la Cancillería" in a Colombian paper is Colombia\'s', () => {
    const out = classify({
      language: 'es',
      pressCountry: 'CO',
      title: 'La Cancillería rechaza las declaraciones del embajador de Venezuela',
      text: 'La Cancillería rechazó este martes las declaraciones del embajador de Venezuela.',
    });
    expect(out.countries.slice().sort()).toEqual(['CO', 'VE']);
  });

  it('English: not when the country follows after "of" ("the Foreign Minister of Japan")', () => {
    const out = classify({
      language: 'en',
      pressCountry: 'PK',
      title: 'Foreign Minister of Japan visits China',
      text: 'The Foreign Minister of Japan arrived in Beijing on Monday for talks.',
    });
    expect(out.countries.slice().sort()).toEqual(['CN', 'JP']);
  });

  it('German: "die Außenministerin" in an Austrian paper is Austria\'s, "der Außenminister Frankreichs" France\'s', () => {
    const own = classify({
      language: 'de',
      pressCountry: 'AT',
      title: '',
      text: 'Die Außenministerin hat am Montag den Botschafter Chinas empfangen.',
    });
    expect(own.countries.slice().sort()).toEqual(['AT', 'CN']);
    const other = classify({
      language: 'de',
      pressCountry: 'AT',
      title: '',
      text: 'Der Außenminister Frankreichs hat am Montag den Botschafter Chinas empfangen.',
    });
    expect(other.countries.slice().sort()).toEqual(['CN', 'FR']);
  });

  it('Russian: "МИД" alone is the feed\'s, "МИД России" Russia\'s', () => {
    const own = classify({
      language: 'ru',
      pressCountry: 'KZ',
      title: 'МИД вызвал посла России',
      text: 'МИД вызвал посла России для вручения ноты протеста.',
    });
    expect(own.countries.slice().sort()).toEqual(['KZ', 'RU']);
    const other = classify({
      language: 'ru',
      pressCountry: 'KZ',
      title: 'МИД России вызвал посла Японии',
      text: 'МИД России вызвал посла Японии.',
    });
    expect(other.countries.slice().sort()).toEqual(['JP', 'RU']);
  });
});
