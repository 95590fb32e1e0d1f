import { describe, expect, it } from 'vitest';
import { classify, countriesOf } from './helpers.js';

// Texts written for these tests; each names two countries the way that language inflects them.
describe('countries in each language', () => {
  it('English: names, adjectives, acronyms, capitals as metonyms', () => {
    expect(countriesOf('Azerbaijani Foreign Minister met the Italian Ambassador in Baku.', 'en')).toEqual([
      'AZ',
      'IT',
    ]);
    expect(
      countriesOf('The U.S. Secretary of State spoke with the Foreign Minister of Pakistan.', 'en'),
    ).toEqual(['PK', 'US']);
    expect(countriesOf('Moscow said it would respond; Kyiv rejected the proposal.', 'en')).toEqual([
      'RU',
      'UA',
    ]);
  });

  it('Russian: cases of names and adjectives', () => {
    expect(
      countriesOf('Министр иностранных дел России провел переговоры с главой МИД Азербайджана.', 'ru'),
    ).toEqual(['AZ', 'RU']);
    expect(
      countriesOf(
        'Обсуждены российско-итальянские отношения с итальянской стороной в Италии и Россией.',
        'ru',
      ),
    ).toEqual(['IT', 'RU']);
    expect(countriesOf('Переговоры с Соединёнными Штатами и Южной Кореей.', 'ru')).toEqual(['KR', 'US']);
  });

  it('Ukrainian: "рф" and "путін" written in lower case on purpose', () => {
    expect(
      countriesOf('Сибіга: путін наказав атакувати Україну, рф має відповісти перед трибуналом.', 'uk'),
    ).toEqual(['RU', 'UA']);
  });

  it('Ukrainian: cases', () => {
    expect(countriesOf('Міністр закордонних справ України прибув до Туреччини.', 'uk')).toEqual(['TR', 'UA']);
  });

  it('Ukrainian: Kyiv changes its vowel in the cases ("до Києва", "над Києвом")', () => {
    const out = classify({
      language: 'uk',
      title: 'До Києва з візитом прибув міністр закордонних справ Португалії',
      text: 'Міністр закордонних справ Португалії прибув до Києва з дводенним візитом.',
    });
    expect(out.pair).toEqual(['PT', 'UA']);
  });

  it('Russian and Ukrainian: Egypt drops its vowel (Египта, Єгиптом), Peru, the Philippines and South Africa', () => {
    expect(countriesOf('Посол Египта и посол Перу встретились с главой МИД Филиппин.', 'ru')).toEqual([
      'EG',
      'PE',
      'PH',
    ]);
    expect(countriesOf('Між Єгиптом і ПАР; посол Філіппін.', 'uk')).toEqual(['EG', 'PH', 'ZA']);
    expect(
      classify({ language: 'ru', text: 'Авиакатастрофа произошла в Египте.' }).why.countries[0]?.notes,
    ).toContain('venue');
  });

  it('Russian and Ukrainian: possessive and neuter words of compound names decline too', () => {
    expect(
      countriesOf('Між Україною та Соломоновими Островами; посол Сполученого Королівства.', 'uk'),
    ).toEqual(['GB', 'SB', 'UA']);
    expect(countriesOf('Глава МИД Маршалловых Островов прибыл на Соломоновы Острова.', 'ru')).toEqual([
      'MH',
      'SB',
    ]);
  });

  it('Turkish: suffixes with and without an apostrophe, dotted capital İ', () => {
    expect(countriesOf("Dışişleri Bakanı, Türkiye'nin Azerbaycan'la ilişkilerini görüştü.", 'tr')).toEqual([
      'AZ',
      'TR',
    ]);
    expect(countriesOf('İTALYA DIŞİŞLERİ BAKANI RUSYA İLE İLGİLİ KONUŞTU', 'tr')).toEqual(['IT', 'RU']);
    expect(countriesOf('Bakan, İranlı ve Gürcü mevkidaşlarıyla görüştü.', 'tr')).toEqual(['GE', 'IR']);
  });

  it("Turkish: a country made an adjective of place by -daki is where, not who ('İspanya'daki zirve')", () => {
    const out = classify({
      language: 'tr',
      title: "Cumhurbaşkanı Erdoğan, İspanya'daki NATO Zirvesi'nde Biden ile görüştü",
      text: "Cumhurbaşkanı Recep Tayyip Erdoğan, İspanya'daki NATO Zirvesi'nin aile fotoğrafı çekiminde yer aldı ve ABD Başkanı Biden ile görüştü.",
    });
    expect(out.countries.slice().sort()).toEqual(['TR', 'US']);
  });

  it("Turkish: 'tepki gösterdi' is a statement, and the place of the events it answers is addressed", () => {
    const out = classify({
      language: 'tr',
      title: "Dışişleri Bakanlığı'ndan Suriye'deki olaylara ilişkin açıklama",
      text: "Suriye'de Türk askerlerinin bulunduğu bölgelerde yaşanan saldırılara Dışişleri Bakanlığı tepki gösterdi. Açıklamada, Ankara'da yaşanan olayların provokasyona malzeme edilmesinin yanlış olduğu, Türkiye'nin Suriye halkı için gösterdiği çabaların sürdüğü belirtildi.",
    });
    expect(out.pair).toEqual(['SY', 'TR']);
  });

  it('Azerbaijani: suffixes after ə and ı', () => {
    expect(countriesOf('Azərbaycanın xarici işlər naziri Gürcüstanın baş naziri ilə görüşüb.', 'az')).toEqual(
      ['AZ', 'GE'],
    );
    expect(countriesOf('Nazir İranın və Türkiyənin səfirlərini qəbul edib.', 'az')).toEqual(['IR', 'TR']);
  });

  it('French: articles and elisions', () => {
    expect(
      countriesOf("Le ministre s'est entretenu avec son homologue de l'Italie et d'Azerbaïdjan.", 'fr'),
    ).toEqual(['AZ', 'IT']);
    expect(countriesOf('La ministre a reçu l’ambassadeur russe et son homologue allemande.', 'fr')).toEqual([
      'DE',
      'RU',
    ]);
  });

  it("adjectives and short names the press uses (sweeps of each language's demonyms and names in context)", () => {
    expect(countriesOf('La délégation turque a rencontré la ministre grecque.', 'fr')).toEqual(['GR', 'TR']);
    expect(countriesOf("L'émir qatari a reçu le président kazakh.", 'fr')).toEqual(['KZ', 'QA']);
    expect(countriesOf('Il ministro montenegrino ha incontrato il collega ruandese.', 'it')).toEqual([
      'ME',
      'RW',
    ]);
    expect(countriesOf('El canciller saudita recibió a su homólogo ghanés.', 'es')).toEqual(['GH', 'SA']);
    expect(countriesOf('Der kosovarische Präsident traf den bolivianischen Minister.', 'de')).toEqual([
      'BO',
      'XK',
    ]);
    expect(countriesOf('Rumen heyeti Bakanla görüştü.', 'tr')).toEqual(['RO']);
    expect(countriesOf('استقبل الوزير نظيره الفيتنامي والسفير الروماني.', 'ar')).toEqual(['RO', 'VN']);
    // Short names the press uses (a sweep of every country after each language's prepositions).
    expect(countriesOf('Le ministre est allé en Centrafrique puis au Burkina.', 'fr')).toEqual(['BF', 'CF']);
    expect(countriesOf('Il ministro è in Sud Africa.', 'it')).toEqual(['ZA']);
    expect(countriesOf('وصل الوزير إلى بيلاروسيا ثم إلى المالديف.', 'ar')).toEqual(['BY', 'MV']);
    expect(countriesOf('外长前往刚果金访问。', 'zh')).toEqual(['CD']);
    expect(countriesOf('外相は豪州を訪問した。', 'ja')).toEqual(['AU']);
    // Office holders as the Russian press writes them.
    expect(countriesOf('Мотеги, Барро и Милей провели встречу.', 'ru')).toEqual(['AR', 'FR', 'JP']);
    expect(countriesOf('Ас-Сиси принял аш-Шейбани в Каире.', 'ru')).toEqual(['EG', 'SY']);
    expect(countriesOf('استقبل ميرتس جدعون ساعر.', 'ar')).toEqual(['DE', 'IL']);
    // Surnames that are Arabic words or a country's name stay out alone: 'رئيسي' (main), 'لولا' (if not), 'كاميرون'.
    expect(countriesOf('التقى ديفيد كاميرون إبراهيم رئيسي.', 'ar')).toEqual(['GB', 'IR']);
    expect(countriesOf('لولا الدعم لما نجح المشروع الرئيسي.', 'ar')).toEqual([]);
    expect(countriesOf('默茨会见塔亚尼。', 'zh')).toEqual(['DE', 'IT']);
    expect(countriesOf('扎哈罗娃批评图斯克。', 'zh')).toEqual(['PL', 'RU']);
    expect(countriesOf('メルツ首相はカーニー首相と会談した。', 'ja')).toEqual(['CA', 'DE']);
    expect(countriesOf('ザハロワ報道官はシビハ外相を批判した。', 'ja')).toEqual(['RU', 'UA']);
    expect(countriesOf('Barrot ve Sibiga bir araya geldi.', 'tr')).toEqual(['FR', 'UA']);
    expect(countriesOf('Kouleba a rencontré Aliev et Tokaïev.', 'fr')).toEqual(['AZ', 'KZ', 'UA']);
    // Azerbaijani 'CAR' (Cənubi Afrika Respublikası) is South Africa there, and nothing in English.
    expect(countriesOf('Nazir CAR-a səfər edib.', 'az')).toEqual(['ZA']);
    // A common noun in the name softens its last consonant before a vowel: Krallık → Krallığı.
    expect(countriesOf('Bakan Birleşik Krallığa gitti.', 'tr')).toEqual(['GB']);
    expect(countriesOf('Nazir Birləşmiş Krallığa səfər edib.', 'az')).toEqual(['GB']);
    expect(countriesOf('The CAR T-cell therapy was approved.', 'en')).toEqual([]);
    expect(countriesOf('Tramp və Si Cinpin telefonla danışıb, Bayden və Kişida görüşüb.', 'az')).toEqual([
      'CN',
      'JP',
      'US',
    ]);
    expect(countriesOf('Свириденко зустрілася з Педро Санчесом.', 'uk')).toEqual(['ES', 'UA']);
    // A short katakana name inside a longer word is not the person ("バロメーター" holds no "バロ").
    expect(countriesOf('景気のバロメーターとなる指標が発表された。', 'ja')).toEqual([]);
    expect(countriesOf('The minister travelled to PNG, then to St Vincent and Antigua.', 'en')).toEqual([
      'AG',
      'PG',
      'VC',
    ]);
    expect(
      countriesOf('Der Minister reiste ins Vereinigte Königreich und zum Heiligen Stuhl.', 'de'),
    ).toEqual(['GB', 'VA']);
    expect(countriesOf('Министр прибыл в Южную Африку, затем в ДР Конго.', 'ru')).toEqual(['CD', 'ZA']);
  });

  it("Chinese (Taiwan): the Executive and Legislative Yuans and Taiwan's premiers stand for Taiwan", () => {
    expect(countriesOf('行政院長陳建仁今日呼籲國人暫緩前往肯亞。', 'zh')).toContain('TW');
    expect(countriesOf('立法院今日通過決議，支持與肯亞加強合作。', 'zh')).toContain('TW');
  });

  it('German: the Foreign Office and the Bundestag after an article ("des Auswärtigen Amts", "im Auswärtigen Amt")', () => {
    expect(
      countriesOf('Eine Sprecherin des Auswärtigen Amts verurteilte den Angriff in Kenia.', 'de'),
    ).toEqual(['DE', 'KE']);
    expect(countriesOf('Der Präsident des Bundestages empfing den Botschafter Kenias.', 'de')).toEqual([
      'DE',
      'KE',
    ]);
  });

  it('German: genitive -s and adjective endings', () => {
    expect(
      countriesOf('Die Außenministerin Italiens traf den aserbaidschanischen Botschafter.', 'de'),
    ).toEqual(['AZ', 'IT']);
    // Multiword names decline: Vereinigte → Vereinigten, Emirate → Emiraten, Niederlande → Niederlanden.
    expect(
      countriesOf(
        'Der Minister sprach mit den Vereinigten Staaten und den Vereinigten Arabischen Emiraten.',
        'de',
      ),
    ).toEqual(['AE', 'US']);
    expect(
      countriesOf(
        'Die Botschafterin in den Niederlanden traf den Vertreter der Demokratischen Republik Kongo.',
        'de',
      ),
    ).toEqual(['CD', 'NL']);
  });

  it('Italian: elided articles and adjectives', () => {
    expect(
      countriesOf("Il ministro degli Esteri dell'Italia ha incontrato l'omologo azerbaigiano.", 'it'),
    ).toEqual(['AZ', 'IT']);
  });

  it('Spanish: names and adjectives', () => {
    expect(
      countriesOf('La canciller mexicana se reunió con el secretario de Estado de Estados Unidos.', 'es'),
    ).toEqual(['MX', 'US']);
    // Mexico's official name holds "Estados Unidos": the longest name wins.
    expect(
      countriesOf('El tratado une a los Estados Unidos Mexicanos y la República de Costa Rica.', 'es'),
    ).toEqual(['CR', 'MX']);
  });

  it('Arabic: clitic prefixes and nisba adjectives; "the authorities", "the government" act in every language', () => {
    expect(countriesOf('التقى وزير الخارجية الجورجي نظيره البريطاني في تبليسي', 'ar')).toEqual(['GB', 'GE']);
    const out = classify({
      language: 'ar',
      text: 'وصل الوزير إلى واشنطن وبحث العلاقات بالولايات المتحدة والصين',
    });
    expect(out.why.countries.map((e) => e.matched)).toEqual(
      expect.arrayContaining(['بالولايات المتحدة', 'والصين']),
    );
    // "the Egyptian authorities / government" act for Egypt, as "the Egyptian minister" does.
    const authorities = classify({ language: 'ar', text: 'قالت السلطات المصرية إنها ترحب بالقرار.' });
    expect(authorities.why.countries.find((e) => e.code === 'EG')?.notes).toContain('role');
    // The same in the other languages a sweep of office words found lacking.
    for (const [language, text] of [
      ['de', 'Die ägyptischen Behörden sagten, sie begrüßten den Beschluss.'],
      ['es', 'Las autoridades egipcias dijeron que acogían la decisión.'],
      ['zh', '埃及当局表示欢迎这一决定。'],
      ['ja', 'エジプト代表団が到着した。'],
    ] as const) {
      const out = classify({ language, text });
      expect(out.why.countries.find((e) => e.code === 'EG')?.notes, text).toContain('role');
    }
  });

  it('Japanese: 伯日 (Brazil–Japan) as written in Brazil', () => {
    expect(countriesOf('大使は伯日議連の副会長と意見を交わしました。', 'ja')).toEqual(['BR', 'JP']);
  });

  it('Chinese and Japanese: no word boundaries, two-country compounds', () => {
    expect(countriesOf('王毅会见法国外长，双方就中法关系交换意见。', 'zh')).toEqual(['CN', 'FR']);
    expect(countriesOf('茂木外務大臣は日米外相電話会談を行いました。', 'ja')).toEqual(['JP', 'US']);
    expect(countriesOf('中澳关系出现改善势头，中韓外長視像會晤。', 'zh')).toEqual(['AU', 'CN', 'KR']);
  });

  it('Chinese: a one-character abbreviation stands for the country the item names in full (乌 for 乌兹别克斯坦)', () => {
    expect(countriesOf('新任驻乌兹别克斯坦大使向乌总统递交国书，表示中乌关系发展良好。', 'zh')).toEqual([
      'UZ',
    ]);
    expect(countriesOf('乌总统会见美国国务卿。', 'zh')).toEqual(['UA', 'US']);
    // Both named in full: the abbreviation keeps its usual reading.
    expect(countriesOf('乌克兰外长与乌拉圭外长会晤，乌外长表示感谢。', 'zh')).toEqual(['UA', 'UY']);
  });

  it('Chinese: traditional 韓國 is Korea, and 韓國瑜 is a Taiwanese politician', () => {
    expect(countriesOf('外交部長會見韓國外長。', 'zh')).toEqual(['KR']);
    expect(countriesOf('立法院長韓國瑜率團訪問日本。', 'zh')).toEqual(['JP', 'TW']);
  });

  it('Japanese: a day after a number is a date, not the 日 of 日米', () => {
    expect(countriesOf('外務次官は27日米国の大使と会談した。', 'ja')).toEqual(['US']);
    expect(countriesOf('外務次官は27日朝、ロシアの大使を召致した。', 'ja')).toEqual(['RU']);
  });

  it('Arabic: a name written without the article never takes it (والسيول "and the torrents" is no Seoul)', () => {
    expect(countriesOf('عبّرت سورية عن تعازيها لباكستان في ضحايا الفيضانات والسيول.', 'ar')).toEqual([
      'PK',
      'SY',
    ]);
    expect(countriesOf('وصل وزير الخارجية السوري إلى سيول في زيارة رسمية.', 'ar')).toContain('KR');
  });

  it('Arabic: an office holder is known by the full name, not by two common names inside another ("محمود علي يوسف")', () => {
    expect(
      countriesOf('التقى وزير الخارجية الجيبوتي محمود علي يوسف نظيره المغربي ناصر بوريطة في الرباط.', 'ar'),
    ).toEqual(['DJ', 'MA']);
  });

  it('Arabic: a capital with the clitic "in" (بأديس أبابا, ببغداد) is where the talks are held', () => {
    const out = classify({
      language: 'ar',
      title: 'بوريطة يجري مباحثات بأديس أبابا مع نظيره الكيني',
      text: 'أجرى وزير الخارجية المغربي ناصر بوريطة اليوم بأديس أبابا مباحثات مع نظيره الكيني على هامش قمة الاتحاد الإفريقي.',
    });
    expect(out.countries.slice().sort()).toEqual(['KE', 'MA']);
    expect(out.pair).toEqual(['KE', 'MA']);
  });

  it('Arabic: the country after لدى is where the ambassador serves, a party to the talks', () => {
    const out = classify({
      language: 'ar',
      text: 'بحث وزير الخارجية اليوم في مقر الوزارة مع سفير جمهورية فرنسا الجديد لدى دولة ليبيا سبل تعزيز العلاقات الثنائية.',
    });
    expect(out.pair).toEqual(['FR', 'LY']);
  });

  it('Arabic: "the capital Amman" is Jordan, though Amman and Oman are written alike without vowels', () => {
    expect(
      countriesOf('عُقدت القمة في العاصمة عمّان بين الرئيس المصري ورئيس الوزراء العراقي.', 'ar'),
    ).not.toContain('OM');
    expect(countriesOf('وصل وزير الخارجية إلى سلطنة عمان والتقى نظيره العماني.', 'ar')).toEqual(['OM']);
  });

  it('Arabic: spellings with ج for the hard g', () => {
    expect(countriesOf('استقبل وزير الخارجية وزير خارجية جمهورية أنجولا', 'ar')).toEqual(['AO']);
  });

  it('Arabic: a two-word adjective takes the article on both words; المالي is "financial"', () => {
    expect(countriesOf('بعث رسالة للرئيس الكوري الجنوبي', 'ar')).toEqual(['KR']);
    expect(countriesOf('قدمت الوزارة الدعم المالي للمشروع', 'ar')).toEqual([]);
    expect(countriesOf('التقى الوزير نظيره البلغاري', 'ar')).toEqual(['BG']);
  });

  it('Chinese in traditional characters (Hong Kong, Taiwan)', () => {
    const out = classify({
      language: 'zh',
      title: '中國外交部副部長與美國助理國務卿會談',
      text: '中國外交部副部長在北京與來訪的美國助理國務卿會談，雙方就兩國關係交換意見。',
    });
    expect(out.countries.slice().sort()).toEqual(['CN', 'US']);
    expect(out.topics).toContain('bilateral-relations');
  });

  it('detects the language when the feed does not declare it', () => {
    expect(
      classify({ text: 'Министр иностранных дел России провел переговоры с коллегой из Турции в Москве.' })
        .language,
    ).toBe('ru');
    expect(
      classify({ text: 'Dışişleri Bakanı, mevkidaşı ile telefonda görüştü ve ikili ilişkileri ele aldı.' })
        .language,
    ).toBe('tr');
    expect(
      classify({
        text: 'Xarici işlər naziri həmkarı ilə telefon danışığı aparıb, ikitərəfli münasibətləri müzakirə edib.',
      }).language,
    ).toBe('az');
    expect(classify({ text: 'Міністр закордонних справ України провів зустріч з послом.' }).language).toBe(
      'uk',
    );
    expect(classify({ text: '外交部发言人主持例行记者会。' }).language).toBe('zh');
    expect(classify({ text: '外務大臣は電話会談を行いました。' }).language).toBe('ja');
    expect(classify({ text: 'x', language: 'en-GB' }).language).toBe('en');
  });

  it('short Russian is not taken for Bulgarian', () => {
    expect(classify({ text: 'Лавров и Фидан обсудили ситуацию в Сирии.' }).language).toBe('ru');
    expect(
      classify({ text: 'Министърът на външните работи се срещна с посланика на Турция.' }).language,
    ).toBe('bg');
  });

  it('a ministry of foreign and European affairs is an office: "міністр закордонних та європейських справ Республіки Словенія"', () => {
    for (const [language, text] of [
      [
        'uk',
        "Віцепрем'єр-міністр – міністр закордонних та європейських справ Республіки Словенія Таня Файон прибула до Києва, де її зустрів президент України.",
      ],
      [
        'ru',
        'Вице-премьер – министр иностранных и европейских дел Республики Словения Таня Файон прибыла в Киев, где ее встретил президент Украины.',
      ],
    ] as const) {
      const out = classify({ language, text });
      expect(out.countries.slice().sort(), language).toEqual(['SI', 'UA']);
      expect(
        out.why.countries.some((e) => e.code === 'SI' && e.notes?.includes('role')),
        language,
      ).toBe(true);
    }
  });
});
