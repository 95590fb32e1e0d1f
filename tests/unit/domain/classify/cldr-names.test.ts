import countries from 'i18n-iso-countries';
import { describe, expect, it } from 'vitest';
import aliases from '../../../../src/domain/countries/country-aliases.json' with { type: 'json' };
import { classify, countriesOf, namedCodes } from './helpers.js';

const LANGUAGES = ['en', 'ru', 'uk', 'az', 'tr', 'fr', 'de', 'it', 'es', 'ar', 'zh', 'ja'] as const;

// CLDR names the text matcher leaves out on purpose, each for its reason.
const NOT_LOOKED_FOR: Readonly<Record<string, readonly string[]>> = {
  // "Того" is also the word "of that" (Перу, also "pen" in the dative, counts when capitalised).
  ru: ['TG'],
  uk: ['TG'],
  // Short codes (BK "Birləşik Krallıq", R.-U., RU "Reino Unido") that are other words or codes.
  az: ['GB'],
  tr: ['GB', 'CG'],
  fr: ['GB', 'US'],
  // Bare "Congo" is either Congo; Spanish CLDR gives it to the Republic.
  es: ['GB', 'CG'],
  // Names CLDR writes with a spaced hyphen or brackets that the press writes otherwise.
  ar: ['TL', 'MO'],
  zh: ['CG', 'CD'],
};

describe('every CLDR country name is recognised', () => {
  const territories = new Set<string>(aliases.territories);
  const codes = Object.keys(countries.getAlpha2Codes()).filter((c) => !territories.has(c));

  for (const lang of LANGUAGES) {
    it(`${lang}: long and short display names`, () => {
      const missed: string[] = [];
      for (const style of ['long', 'short'] as const) {
        const names = new Intl.DisplayNames([lang], { type: 'region', style });
        for (const code of codes) {
          if (NOT_LOOKED_FOR[lang]?.includes(code)) continue;
          const name = names.of(code);
          if (!name || name === code) continue;
          const found = classify({ text: `${name}.`, language: lang }).why.countries.some(
            (e) => e.code === code,
          );
          if (!found) missed.push(`${code} ${name}`);
        }
      }
      expect(missed).toEqual([]);
    });
  }
});

// Texts written for these tests.
describe('names CLDR gives in another form', () => {
  it('Palestine by its short name in Turkish, Azerbaijani and German', () => {
    expect(countriesOf("Bakan, Filistin Devleti'nin Ankara Büyükelçisi ile görüştü.", 'tr')).toContain('PS');
    expect(countriesOf('Nazir Fələstinin xarici işlər naziri ilə görüşüb.', 'az')).toContain('PS');
    expect(countriesOf('Die Außenministerin traf den Außenminister Palästinas.', 'de')).toContain('PS');
  });

  it('the formal name of South Korea', () => {
    expect(countriesOf('Le ministre a été reçu par le président de la République de Corée.', 'fr')).toEqual([
      'KR',
    ]);
    expect(countriesOf('Nazir Koreya Respublikasının səfirini qəbul edib.', 'az')).toEqual(['KR']);
    expect(countriesOf('Bakan, Kore Cumhuriyeti Dışişleri Bakanı ile görüştü.', 'tr')).toEqual(['KR']);
  });

  it('Northern Ireland is the United Kingdom, not Ireland', () => {
    expect(
      countriesOf(
        'Посол Монголии в Соединенном Королевстве Великобритании и Северной Ирландии вручил грамоты.',
        'ru',
      ),
    ).toEqual(['GB', 'MN']);
    expect(countriesOf('The First Minister of Northern Ireland visited Washington.', 'en')).not.toContain(
      'IE',
    );
  });

  it('the Benin Bronzes come from Nigeria, not from Benin', () => {
    expect(
      countriesOf(
        'Deutschland und Nigeria unterzeichnen eine Erklärung zur Rückgabe der Benin-Bronzen.',
        'de',
      ),
    ).toEqual(['DE', 'NG']);
  });

  it('the U.S. state of Georgia in its usual phrases is not the country', () => {
    expect(
      countriesOf(
        'Officials of the Georgia Ports Authority flew from Atlanta, Georgia to Seoul in South Korea.',
        'en',
      ),
    ).toEqual(['KR']);
  });

  it('the Americas as a region are not the United States', () => {
    expect(countriesOf('Los cancilleres de América y el Caribe se reunieron con Chile.', 'es')).toEqual([
      'CL',
    ]);
    expect(countriesOf('Le Sommet des Amériques a réuni le Canada et le Mexique.', 'fr')).toEqual([
      'CA',
      'MX',
    ]);
    // Spanish "América" alone is the continent; English "America" stays the United States.
    expect(
      countriesOf('Reunión de cancilleres de América en Lima con el canciller de Chile.', 'es'),
    ).not.toContain('US');
    expect(countriesOf('America and Russia agreed to talks.', 'en')).toEqual(['RU', 'US']);
  });

  it('Northern Cyprus names no ISO country', () => {
    expect(
      countriesOf('Toplantıya Kuzey Kıbrıs Türk Cumhuriyeti (KKTC) ve Macaristan katıldı.', 'tr'),
    ).toEqual(['HU']);
  });

  it('a Japanese name joined by a middle dot, and a list joined by one', () => {
    expect(countriesOf('外相はボスニア・ヘルツェゴビナの外相と会談した。', 'ja')).toEqual(['BA']);
    expect(countriesOf('ロシア・ウクライナ両国の外相が会談した。', 'ja')).toEqual(['RU', 'UA']);
  });

  it('Italian "Usa" is the United States; the verb "usa" is not', () => {
    expect(countriesOf('Usa: vertice con Giappone e Corea del Sud.', 'it')).toEqual(['JP', 'KR', 'US']);
    expect(countriesOf('Il governo usa toni duri con la Francia.', 'it')).toEqual(['FR']);
  });

  it('Hong Kong spellings in traditional characters, older Japanese names, Levantine Norway', () => {
    for (const [name, code] of [
      ['新西蘭', 'NZ'],
      ['澳大利亞', 'AU'],
      ['阿聯酋', 'AE'],
      ['肯尼亞', 'KE'],
      ['沙地阿拉伯', 'SA'],
      // Beijing's names in traditional characters, from the simplified-script list.
      ['尼日利亞', 'NG'],
      ['剛果共和國', 'CG'],
      ['坦桑尼亞', 'TZ'],
      ['津巴布韋', 'ZW'],
      ['貝寧', 'BJ'],
    ])
      expect(countriesOf(`${name}外長表示，願加強合作。`, 'zh'), name).toEqual([code]);
    expect(countriesOf('ベニンとグルジアの大使が信任状を捧呈した。', 'ja')).toEqual(['BJ', 'GE']);
    expect(countriesOf('استقبل الوزير سفير مملكة النروج', 'ar')).toEqual(['NO']);
  });

  it("Taiwan's names in simplified script (a mirror reposting its press); not inside ordinary words", () => {
    for (const [name, code] of [
      ['贝里斯', 'BZ'],
      ['纽西兰', 'NZ'],
      ['义大利', 'IT'],
      ['巴布亚纽几内亚', 'PG'],
      ['几内亚比索', 'GW'],
      ['吐瓦鲁', 'TV'],
    ])
      expect(countriesOf(`${name}外长表示，愿加强合作。`, 'zh'), name).toEqual([code]);
    expect(countriesOf('山东加快对外开放，与日本合作。', 'zh')).toEqual(['JP']);
  });

  it("the United Kingdom's foreign ministry by its name, the country never named", () => {
    expect(
      countriesOf(
        'Mark Field, Minister for Asia and the Pacific at the Foreign and Commonwealth Office, condemned the attack in Kabul.',
        'en',
      ),
    ).toEqual(['AF', 'GB']);
    expect(countriesOf('The FCDO updated its travel advice for Peru.', 'en')).toEqual(['GB', 'PE']);
  });

  it('names the press uses beside CLDR’s: Birmania, Olanda, Англия, Weißrussland, Republik Moldau', () => {
    expect(countriesOf('Il ministro ha incontrato gli ambasciatori di Birmania e Olanda.', 'it')).toEqual([
      'MM',
      'NL',
    ]);
    expect(countriesOf('Министр иностранных дел Англии прибыл в Бирму.', 'ru')).toEqual(['GB', 'MM']);
    expect(
      countriesOf('Der Außenminister traf Kollegen aus Weißrussland und der Republik Moldau.', 'de'),
    ).toEqual(['BY', 'MD']);
  });

  it('adjectives the data lacked: nigerianisch, ouzbek, afghano, etiopica, dominicano, iraquí', () => {
    expect(countriesOf('Der nigerianische Außenminister traf den belarussischen Botschafter.', 'de')).toEqual(
      ['BY', 'NG'],
    );
    expect(countriesOf('Le ministre ouzbek a reçu son homologue tadjik.', 'fr')).toEqual(['TJ', 'UZ']);
    expect(countriesOf('Il ministro afghano ha incontrato il collega qatariota.', 'it')).toEqual([
      'AF',
      'QA',
    ]);
    expect(countriesOf("L'ambasciatore ha incontrato la ministra della Salute etiopica.", 'it')).toEqual([
      'ET',
    ]);
    expect(countriesOf('El canciller dominicano recibió a la ministra.', 'es')).toEqual(['DO']);
    expect(countriesOf('التقى وزير الخارجية الملغاشي نظيره الباراغوايي.', 'ar')).toEqual(['MG', 'PY']);
    expect(countriesOf('Bakan, Fildişili ve Umanlı mevkidaşlarıyla görüştü.', 'tr')).toEqual(['CI', 'OM']);
    expect(countriesOf('El canciller iraquí se reunió con su homólogo neerlandés.', 'es')).toEqual([
      'IQ',
      'NL',
    ]);
  });

  it('the Republic of Congo is Congo-Brazzaville; the Democratic Republic of Congo, with or without "the", is not', () => {
    expect(countriesOf('The minister of the Republic of Congo met the ambassador.', 'en')).toEqual(['CG']);
    expect(
      countriesOf('The president of the Democratic Republic of Congo met the ambassador.', 'en'),
    ).toEqual(['CD']);
    expect(countriesOf('Министр Республики Конго встретился с послом.', 'ru')).toEqual(['CG']);
    expect(countriesOf('コンゴ共和国の外相が大使と会談した。', 'ja')).toEqual(['CG']);
  });

  it("names a check of each language's usual forms found missing", () => {
    expect(countriesOf('Yeşil Burun Adaları Dışişleri Bakanı büyükelçiyi kabul etti.', 'tr')).toEqual(['CV']);
    expect(countriesOf('KDC Dışişleri Bakanı büyükelçiyi kabul etti.', 'tr')).toEqual(['CD']);
    expect(countriesOf('Министр иностранных дел Мальдив встретился с послом.', 'ru')).toEqual(['MV']);
    expect(countriesOf('El canciller de Kazajstán recibió al embajador.', 'es')).toEqual(['KZ']);
    expect(countriesOf('Посол встретился с министром на Филиппинах.', 'ru')).toEqual(['PH']);
    expect(countriesOf('Çernoqoriya xarici işlər naziri Maldiv səfirini qəbul edib.', 'az')).toEqual([
      'ME',
      'MV',
    ]);
  });

  it('bare "Congo" is the Democratic Republic in English and Brazzaville in French, Spanish and Italian', () => {
    expect(countriesOf("Congo's army fought rebels near Goma.", 'en')).toEqual(['CD']);
    expect(countriesOf("L'ambassadeur de Turquie au Congo a rencontré le ministre.", 'fr')).toContain('CG');
    expect(countriesOf('El presidente de Angola recibió al enviado del Congo.', 'es')).toEqual(['AO', 'CG']);
    expect(countriesOf('Il presidente della Rdc e quello del Congo si sono incontrati.', 'it')).toContain(
      'CG',
    );
  });

  it('bare "Congo" keeps its English reading where the item names the Democratic Republic and never Brazzaville', () => {
    const text =
      "Cordoglio per la morte dell'ambasciatore italiano in Congo, ucciso vicino a Goma. " +
      'La repubblica è in lutto per i caduti in Repubblica Democratica del Congo.';
    expect(countriesOf(text, 'it')).toEqual(['CD', 'IT']);
    expect(
      countriesOf("L'ambasciatore italiano in Congo e il ministro della Repubblica del Congo.", 'it'),
    ).toEqual(['CG', 'IT']);
  });

  it('Arabic "جمهورية الصين" is the People\'s Republic, cut short, unless the item names Taiwan and not China', () => {
    expect(
      countriesOf(
        'المملكة تعلن تضامنها مع جمهورية الصين إثر الفيضانات. وأعربت عن تعازيها لحكومة جمهورية الصين الشعبية.',
        'ar',
      ),
    ).toEqual(['CN']);
    expect(countriesOf('وفد من جمهورية الصين يزور تايوان ويلتقي مسؤولين في تايبيه.', 'ar')).toEqual(['TW']);
  });

  it('Chinese "中非" in 中非合作论坛, 中非关系 is China and Africa, not the Central African Republic', () => {
    expect(countriesOf('习近平会见来华出席中非合作论坛北京峰会的塞拉利昂总统。', 'zh')).toEqual(['CN', 'SL']);
    expect(countriesOf('中非共和国总统图瓦德拉访华。', 'zh')).toContain('CF');
  });

  it('Arabic spellings a check of the press forms found missing: بوركينافاسو, الدومينيكان, تايلند, مولدافيا, فييتنام', () => {
    expect(countriesOf('افتتحت قنصلية بوركينافاسو في الداخلة.', 'ar')).toEqual(['BF']);
    expect(countriesOf('استقبل الوزير سفير الدومينيكان.', 'ar')).toEqual(['DO']);
    expect(countriesOf('استقبل الوزير سفير تايلند.', 'ar')).toEqual(['TH']);
    expect(countriesOf('استقبل الوزير سفير مولدافيا.', 'ar')).toEqual(['MD']);
    expect(countriesOf('استقبل الوزير سفير فييتنام.', 'ar')).toEqual(['VN']);
  });

  it('Indonesia in traditional characters (印度尼西亞) is not India', () => {
    expect(countriesOf('印度尼西亞外長蕾特諾將訪問中國。', 'zh')).toEqual(['CN', 'ID']);
  });

  it('German "Vereinigte Staaten von Mexiko" is Mexico, not the United States', () => {
    expect(
      countriesOf('Der Präsident der Vereinigten Staaten von Mexiko wurde in Berlin empfangen.', 'de'),
    ).toEqual(['MX']);
  });

  it('Chinese names the two Congos with one character in brackets: 刚果（金）, 刚果（布）', () => {
    expect(countriesOf('王毅会见刚果（金）外长。', 'zh')).toEqual(['CD', 'CN']);
    expect(countriesOf('刚果(布)总统会见了中国大使。', 'zh')).toEqual(['CG', 'CN']);
    expect(countriesOf('剛果（金）外長訪問日本。', 'zh')).toEqual(['CD', 'JP']);
  });

  it('adjectives a check against the English list found missing', () => {
    expect(countriesOf('The Philippine delegation met the Uzbek and Kyrgyz ministers.', 'en')).toEqual([
      'KG',
      'PH',
      'UZ',
    ]);
    expect(
      countriesOf('Il segretario di Stato sammarinese ha ricevuto il ministro costaricano.', 'it'),
    ).toEqual(['CR', 'SM']);
    expect(countriesOf('El canciller mongol recibió al embajador.', 'es')).toEqual(['MN']);
    expect(countriesOf('Der nigrische Außenminister traf den Botschafter.', 'de')).toEqual(['NE']);
    expect(countriesOf('Bakan, Faslı mevkidaşı ile görüştü.', 'tr')).toEqual(['MA']);
    expect(
      countriesOf('I ministri guatemaltechi e monegaschi hanno incontrato il collega romeno.', 'it'),
    ).toEqual(['GT', 'MC', 'RO']);
    expect(countriesOf('La canciller nigerina recibió al embajador maliense.', 'es')).toEqual(['ML', 'NE']);
    expect(countriesOf('Der Schweizer Außenminister traf den taiwanischen Botschafter.', 'de')).toEqual([
      'CH',
      'TW',
    ]);
    expect(countriesOf("Le ministre bélarusse a reçu l'ambassadeur.", 'fr')).toEqual(['BY']);
    expect(countriesOf('Гвинейский министр встретился с самоанским коллегой.', 'ru')).toEqual(['GN', 'WS']);
    expect(countriesOf('Молдавський міністр зустрівся з ланкійським колегою.', 'uk')).toEqual(['LK', 'MD']);
    expect(countriesOf('التقى الوزير الأذري نظيره الكازاخي.', 'ar')).toEqual(['AZ', 'KZ']);
  });

  it("San Marino's foreign ministry by its name, the country never named", () => {
    expect(
      countriesOf(
        'La Segreteria di Stato per gli Affari Esteri ha espresso cordoglio al Governo italiano.',
        'it',
      ),
    ).toEqual(['IT', 'SM']);
  });

  it("Switzerland's foreign department by its name and acronym, the acronym in brackets no place", () => {
    const out = classify({
      language: 'fr',
      title: 'Avertissement aux voyageurs',
      text: "Après l'escalade de la violence au Proche-Orient samedi, les autorités ont publié un avertissement. Le Département fédéral des affaires étrangères (DFAE) a renforcé samedi son avertissement aux voyageurs se rendant en Israël.",
    });
    expect(out.countries).toContain('CH');
    expect(out.why.countries.find((e) => e.matched === 'DFAE')?.notes ?? []).not.toContain('venue');
  });

  it('capitals and seats of power a check of about 100 per language found missing', () => {
    expect(namedCodes('Officials in Taipei and Pristina said talks would continue.', 'en')).toEqual([
      'TW',
      'XK',
    ]);
    expect(namedCodes('В Госдепе и в Афинах заявили, что переговоры продолжатся.', 'ru')).toEqual([
      'US',
      'GR',
    ]);
    expect(namedCodes('Im Kreml und in Havanna hieß es, die Gespräche würden fortgesetzt.', 'de')).toEqual([
      'RU',
      'CU',
    ]);
    expect(namedCodes('雅典和华沙方面表示，谈判将继续。', 'zh')).toEqual(['GR', 'PL']);
    expect(namedCodes('The Ministry of Foreign Affairs and Emigrants condemned the blast.', 'en')).toEqual([
      'LB',
    ]);
    expect(namedCodes('ハーグとアテネでは交渉が続いた。', 'ja')).toEqual(['NL', 'GR']);
    expect(namedCodes('عقدت المحادثات في كابول ثم في كراكاس وكانبيرا.', 'ar')).toEqual(['AF', 'VE', 'AU']);
    expect(namedCodes('外长先后在萨那、金边和基多举行会谈。', 'zh')).toEqual(['YE', 'KH', 'EC']);
    expect(namedCodes('外相はサナアとマナマ、ヤンゴンで会談した。', 'ja')).toEqual(['YE', 'BH', 'MM']);
    expect(namedCodes('Görüşlər Vaşinqtonda, Vyanada və Düşənbədə keçirilib.', 'az')).toEqual([
      'US',
      'AT',
      'TJ',
    ]);
    expect(namedCodes('Les discussions ont eu lieu au Caire, à Manille et à Oulan-Bator.', 'fr')).toEqual([
      'EG',
      'PH',
      'MN',
    ]);
    expect(namedCodes("I colloqui si sono svolti a Giacarta, all'Avana e all'Aia.", 'it')).toEqual([
      'ID',
      'CU',
      'NL',
    ]);
    expect(namedCodes('Las conversaciones se celebraron en Jartum, Yakarta y Pionyang.', 'es')).toEqual([
      'SD',
      'ID',
      'KP',
    ]);
    expect(namedCodes("Görüşmeler Tiran'da yapıldı.", 'tr')).toEqual(['AL']);
    // The island of Tiran in the Red Sea is no Albanian capital.
    expect(namedCodes('Mısır, Tiran adasını devretti.', 'tr')).toEqual(['EG']);
    expect(
      namedCodes("Ottava ve Kanberra'dan yapılan açıklamada görüşmelerin süreceği belirtildi.", 'tr'),
    ).toEqual(['CA', 'AU']);
    expect(
      namedCodes('Da Zagabria e Stoccolma hanno fatto sapere che i colloqui continueranno.', 'it'),
    ).toEqual(['HR', 'SE']);
  });

  it('the Sahrawi Republic is Western Sahara', () => {
    expect(countriesOf('Recibió al embajador de la República Árabe Saharaui Democrática.', 'es')).toEqual([
      'EH',
    ]);
  });

  it('official names that do not contain the short one', () => {
    expect(
      countriesOf('The Hellenic Republic and the Republic of Cyprus signed the agreement.', 'en'),
    ).toEqual(['CY', 'GR']);
    expect(countriesOf('La République hellénique a accueilli le sommet.', 'fr')).toEqual(['GR']);
    expect(countriesOf("The People's Republic of China protested to the Republic of China.", 'en')).toEqual([
      'CN',
      'TW',
    ]);
  });

  it('official names checked in twelve languages: those that name another country inside', () => {
    expect(countriesOf('Les États-Unis mexicains ont signé l’accord.', 'fr')).toEqual(['MX']);
    expect(countriesOf('Соединённые Штаты Мексики подписали соглашение.', 'ru')).toEqual(['MX']);
    expect(countriesOf('La República del Congo firmó el acuerdo.', 'es')).toEqual(['CG']);
    expect(countriesOf('阿曼苏丹国外交大臣会见中国外长。', 'zh')).toEqual(['CN', 'OM']);
    expect(countriesOf('文莱苏丹哈桑纳尔会见中国外长。', 'zh')).toEqual(['BN', 'CN']);
    expect(countriesOf('Kongo Demokratik Cumhuriyeti ile anlaşma imzalandı.', 'tr')).toEqual(['CD']);
  });

  it('South Sudan abbreviated', () => {
    expect(countriesOf('S. Sudan, Egypt sign MoU to strengthen cooperation', 'en')).toEqual(['EG', 'SS']);
  });

  it('Arabic names some writers give the article (الباراغواي, البيرو, البوسنة) and the Kurdistan Region as Iraq', () => {
    expect(namedCodes('وصل سفير جمهورية الباراجواي وسفير البيرو إلى البوسنة.', 'ar')).toEqual([
      'PY',
      'PE',
      'BA',
    ]);
    expect(namedCodes('أعلنت حكومة إقليم كوردستان ترتيبات لعودة المواطنين.', 'ar')).toEqual(['IQ']);
    expect(namedCodes('The Kurdistan Regional Government welcomed the decision.', 'en')).toEqual(['IQ']);
    expect(namedCodes('بحث وزير الخارجية محمد الطاهر سيالة مع نظيره التركي الأوضاع.', 'ar')).toEqual([
      'LY',
      'TR',
    ]);
    expect(namedCodes('التقى رئيس وزراء كومنولث جزر الباهاما.', 'ar')).toEqual(['BS']);
    expect(namedCodes('استدعت الخارجية سفير إرتريا بعد بيان وزارة الإعلام الإرترية.', 'ar')).toEqual([
      'ER',
      'ER',
    ]);
    expect(namedCodes('اجتمع الشيخ خالد بن أحمد بن محمد آل خليفة مع سامح شكري.', 'ar')).toEqual(['BH', 'EG']);
  });

  it('Japanese and Chinese short forms a check of every country found missing', () => {
    for (const [name, code] of [
      ['ミクロネシア', 'FM'],
      ['ボスニア', 'BA'],
      ['中央アフリカ', 'CF'],
      ['モルドヴァ', 'MD'],
      ['キルギスタン', 'KG'],
      ['スロヴェニア', 'SI'],
      ['東チモール', 'TL'],
    ])
      expect(countriesOf(`${name}の大使が信任状を捧呈した。`, 'ja'), name).toEqual([code]);
    for (const [name, code] of [
      ['巴新', 'PG'],
      ['特多', 'TT'],
      ['埃斯瓦蒂尼', 'SZ'],
    ])
      expect(countriesOf(`${name}大使出席了活动。`, 'zh'), name).toEqual([code]);
  });

  it('people and bodies a check of the twenty-fourth blind set found missing', () => {
    // Vietnam's foreign minister in a second katakana spelling; its 'タイ' is no Thailand.
    expect(countriesOf('ブイ・タイ・ソン副首相兼外相が共同議長を務めた。', 'ja')).toEqual(['VN']);
    // Sudan's foreign minister, named without his country.
    expect(countriesOf('بحث وزير الخارجية الدرديري محمد أحمد سبل تطوير العلاقات.', 'ar')).toEqual(['SD']);
    // Taiwan's body for its ties with Japan is Taiwan's, not Japan.
    expect(countriesOf('臺灣日本關係協會秘書長郭仲熙出席。', 'zh')).toEqual(['TW']);
    // Argentina's foreign ministry by its portfolio: 'Relaciones Exteriores, Comercio Internacional y Culto'.
    expect(
      countriesOf(
        'Se entrevistó con el ministro de Relaciones Exteriores, Comercio Internacional y Culto.',
        'es',
      ),
    ).toEqual(['AR']);
    // A capital's old name that holds another country's ('努尔苏丹', Nur-Sultan, holds 苏丹, Sudan).
    expect(countriesOf('习近平在努尔苏丹同托卡耶夫会谈。', 'zh')).toEqual(['CN', 'KZ']);
    // A president whose given name holds one ('埃莫马利', Emomali, holds 马利, Mali).
    expect(countriesOf('塔吉克斯坦总统埃莫马利·拉赫蒙出席。', 'zh')).toEqual(['TJ']);
    // Kyrgyzstan's parliament, and Japan's prime minister by surname and office.
    expect(
      countriesOf('Торага Жогорку Кенеша принял посла Японии по случаю завершения его миссии.', 'ru'),
    ).toEqual(['JP', 'KG']);
    expect(countriesOf('菅首相はエルドアン大統領と電話会談した。', 'ja')).toEqual(['JP', 'TR']);
    // The Pope by his office stands for the Holy See.
    expect(countriesOf('Nel telegramma il Pontefice si dice profondamente addolorato.', 'it')).toEqual([
      'VA',
    ]);
    expect(countriesOf('Папа Римский принял президента.', 'ru')).toEqual(['VA']);
    // Arabic writes Vietnam with the article too: 'الفيتنام'.
    expect(countriesOf('وضم الاستقبال سفراء تركيا والفيتنام.', 'ar')).toEqual(['TR', 'VN']);
    // A compound of four abbreviations: China, Laos, Myanmar, Thailand.
    expect(countriesOf('王毅出席中老缅泰外长非正式会晤。', 'zh')).toEqual(['CN', 'LA', 'MM', 'TH']);
  });
});
