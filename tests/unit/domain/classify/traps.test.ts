import { describe, expect, it } from 'vitest';
import { classify, countriesOf, namedCodes } from './helpers.js';

describe('actors, not mentions', () => {
  it('a person whose name looks like a country is not that country', () => {
    const out = classify({
      language: 'en',
      title: 'Treasury sanctions two businessmen over the conflict in Chad',
      text: 'The United States designated Israel Zamir and Jordan Petrov, whose companies financed armed groups in Chad. Zamir and Petrov were sanctioned for undermining peace.',
    });
    expect(out.countries).not.toContain('IL');
    expect(out.countries).not.toContain('JO');
    expect(out.why.countries.some((e) => e.code === 'IL' && e.notes?.includes('a person’s name'))).toBe(true);
  });

  it('Azerbaijani: the Georgian given name İrakli is not the Turkish adjective for Iraq', () => {
    const out = classify({
      language: 'az',
      title: 'Bakıda iqtisadi forum keçirilib',
      text: 'Forumda Gürcüstanın iqtisadiyyat naziri Levan Davitaşvili və biznesmen İrakli Mərdanov çıxış edib. Azərbaycan və Gürcüstan arasında ticarət artır.',
    });
    expect(out.countries).not.toContain('IQ');
  });

  it('after "of" a name ends an office and opens no person’s name: "the Communist Party of China Liu Jianchao"', () => {
    const out = classify({
      language: 'en',
      sourceCountry: 'SG',
      title: 'Minister meets visiting party official',
      text: 'The Head of the International Department of the Communist Party of China Liu Jianchao called on the Minister for Foreign Affairs today. The two reaffirmed the excellent bilateral relations.',
    });
    expect(out.countries.slice().sort()).toEqual(['CN', 'SG']);
  });

  it('a king named by his title and given name stands for his country: "re Felipe"', () => {
    const out = classify({
      language: 'it',
      title: 'Re Felipe: venire in visita in Italia è qualcosa di speciale',
      text: "Al termine dell'incontro al Quirinale con il presidente Sergio Mattarella, re Felipe ha detto che una visita di Stato in Italia è molto speciale.",
    });
    expect(out.countries.slice().sort()).toEqual(['ES', 'IT']);
    expect(out.pair).toEqual(['ES', 'IT']);
  });

  it('an official named George is not Georgia, the country Georgia is', () => {
    expect(
      countriesOf(
        'Secretary (West) Sibi George held consultations with the Deputy Foreign Minister of Georgia in New Delhi as India and Georgia reviewed ties.',
        'en',
      ),
    ).toEqual(['GE', 'IN']);
  });

  it('a venue is not an actor', () => {
    const out = classify({
      language: 'en',
      title: 'Foreign ministers of Armenia and Azerbaijan meet in Almaty',
      text: 'The foreign ministers of Armenia and Azerbaijan held talks in Almaty on the peace treaty.',
    });
    expect(out.countries.sort()).toEqual(['AM', 'AZ']);
    expect(out.pair).toEqual(['AM', 'AZ']);
  });

  it('a venue named by its formal name is a venue too: "en République de Guinée", "في جمهورية غينيا"', () => {
    const fr = classify({
      language: 'fr',
      title: 'Le ministre rencontre son homologue algérien',
      text: 'Le ministre des Affaires étrangères du Maroc a rencontré son homologue algérien en République de Guinée, en marge du sommet.',
    });
    expect(fr.pair).toEqual(['DZ', 'MA']);
    const ar = classify({
      language: 'ar',
      title: 'وزير الخارجية يلتقي نظيره الجزائري',
      text: 'التقى وزير الخارجية المغربي نظيره الجزائري في جمهورية غينيا على هامش القمة.',
    });
    expect(ar.pair).toEqual(['DZ', 'MA']);
    // …and a country after "capital of" and its formal name only says where the city lies.
    const capital = classify({
      language: 'ar',
      title: 'وزير الخارجية يلتقي نظيره الإيراني على هامش القمة الإسلامية في بانجول',
      text: 'التقى وزير الخارجية السعودي اليوم وزير خارجية إيران على هامش القمة المنعقدة في بانجول عاصمة جمهورية جامبيا.',
    });
    expect(capital.pair).toEqual(['IR', 'SA']);
    expect(capital.countries).not.toContain('GM');
  });

  it('the place of a visit named after it hosts the visit: "в Індії з офіційним візитом", "in Kenya on an official visit"', () => {
    const uk = classify({
      language: 'uk',
      title: '',
      text: 'Міністр закордонних справ України перебуває в Індії з офіційним візитом.',
    });
    expect(uk.countries.slice().sort()).toEqual(['IN', 'UA']);
    const en = classify({
      language: 'en',
      title: '',
      text: 'The Foreign Minister of Uganda is in Kenya on an official visit.',
    });
    expect(en.countries.slice().sort()).toEqual(['KE', 'UG']);
    // Turkish and Azerbaijani mark the place by its case: no word stands between it and the visit.
    const az = classify({
      language: 'az',
      title: '',
      text: 'Türkiyənin xarici işlər naziri iyunun 3-də Keniyada rəsmi səfərdə olacaq.',
    });
    expect(az.countries.slice().sort()).toEqual(['KE', 'TR']);
  });

  it('in a statement, the country whose elections it comments on is addressed: "вибори в Україні"', () => {
    const out = classify({
      language: 'uk',
      title: 'МЗС Росії вітає результати виборів',
      text: 'МЗС Росії заявляє, що вибори в Україні пройшли спокійно.',
    });
    expect(out.countries.slice().sort()).toEqual(['RU', 'UA']);
  });

  it('a statement calling elections illegitimate addresses the country that held them: "нелегітимними … вибори в Білорусі"', () => {
    const out = classify({
      language: 'uk',
      title: 'МЗС України назвало нелегітимними вибори в Білорусі',
      text: 'У МЗС України заявили, що вибори в Білорусі пройшли без реальної конкуренції.',
    });
    expect(out.pair).toEqual(['BY', 'UA']);
  });

  it('where a condemned event happened is whom the statement addresses, not a venue', () => {
    const out = classify({
      language: 'en',
      sourceCountry: 'FR',
      title: 'Minister condemns the attack in Pakistan',
      text: 'The Minister for Europe and Foreign Affairs strongly condemns the terrorist attack in Pakistan and offers condolences to the families of the victims.',
    });
    expect(out.countries.sort()).toEqual(['FR', 'PK']);
    expect(out.pair).toEqual(['FR', 'PK']);
  });

  it('the members of a list share the part of the one that clearly acts', () => {
    const text =
      'The Foreign Minister of Uzbekistan opened the meeting of Central Asian foreign ministers in Tashkent on Friday. The ministers discussed water, transport and trade. At the end Uzbekistan, Kazakhstan, Kyrgyzstan and Tajikistan signed a protocol on water sharing.';
    expect(classify({ language: 'en', text }).countries.sort()).toEqual(['KG', 'KZ', 'TJ', 'UZ']);
    expect(
      classify({
        language: 'ja',
        text: '外務省は声明を発表した。我々カナダ、フランス、ドイツ、イタリア、日本、英国、米国の外相は深い懸念を表明する。',
      }).countries.sort(),
    ).toEqual(['CA', 'DE', 'FR', 'GB', 'IT', 'JP', 'US']);
  });

  it("the country an embassy sits in hosts it: 'the Embassy of Colombia in Cuba'", () => {
    expect(countriesOf('The Embassy of Colombia in Cuba organised a week of Colombian films.', 'en')).toEqual(
      ['CO', 'CU'],
    );
    expect(countriesOf("L'ambassade de Colombie à Cuba a organisé une semaine du cinéma.", 'fr')).toEqual([
      'CO',
      'CU',
    ]);
    // The feminine of the office too: "l'ambassadrice des États-Unis en Algérie".
    expect(
      classify({
        language: 'fr',
        title: "Le Premier ministre reçoit l'ambassadrice des États-Unis en Algérie",
        text: "Le Premier ministre a reçu l'ambassadrice des États-Unis d'Amérique en Algérie.",
      }).pair,
    ).toEqual(['DZ', 'US']);
    // A diplomatic representation is a post too: "relever la représentation diplomatique à Damas".
    const out = classify({
      language: 'fr',
      title: 'Tunisie : le président Saïed décide de relever la représentation diplomatique à Damas',
      text: 'Le président de la République tunisienne a décidé de relever le niveau de la représentation diplomatique à Damas.',
    });
    expect(out.pair).toEqual(['SY', 'TN']);
  });

  it("an embassy attacked: the country it sits in is the scene, the statement addresses the embassy's own", () => {
    const out = classify({
      language: 'es',
      title: 'Ataque contra la Embajada de Rusia en Siria',
      text: 'España expresa su firme condena por el ataque con artillería que ha sufrido hoy la Embajada de Rusia en Damasco. El gobierno de España traslada su solidaridad a las autoridades rusas.',
    });
    expect(out.countries.sort()).toEqual(['ES', 'RU']);
    expect(out.pair).toEqual(['ES', 'RU']);
    // An ambassador attacked, an article before the country: "auf den russischen Botschafter in der Türkei".
    const de = classify({
      language: 'de',
      title: 'Deutschland verurteilt das Attentat auf den russischen Botschafter',
      text: 'Die Bundesregierung hat das tödliche Attentat auf den russischen Botschafter in der Türkei verurteilt.',
    });
    expect(de.pair).toEqual(['DE', 'RU']);
  });

  it('a condemned attack whose attacker is named addresses the attacker; the country attacked is its subject', () => {
    const de = classify({
      language: 'de',
      title: 'Schweiz verurteilt Irans Angriff auf Israel in aller Schärfe',
      text: 'Die Schweiz hat den nächtlichen Angriff Irans auf Israel verurteilt und alle Seiten zur Besonnenheit aufgerufen.',
    });
    expect(de.pair).toEqual(['CH', 'IR']);
    const es = classify({
      language: 'es',
      title: 'Sánchez condena el ataque de Irán a Israel',
      text: 'El presidente del Gobierno, Pedro Sánchez, expresó la condena de España al ataque de Irán contra Israel y pidió contención.',
    });
    expect(es.pair).toEqual(['ES', 'IR']);
  });

  it('a headline that names only the venue does not make it an actor', () => {
    const out = classify({
      language: 'en',
      title: 'cop29 presidency discusses climate financing in us',
      text: "Azerbaijan's Minister of Ecology met the UAE Climate Envoy in New York to discuss climate finance.",
    });
    expect(out.countries.sort()).toEqual(['AE', 'AZ']);
  });

  it('the city a minister travels to for a forum is its venue: "поедет в Москву на встречу глав МИД стран СНГ"', () => {
    const out = classify({
      language: 'ru',
      title: 'Министр не поедет в Москву на встречу глав МИД стран СНГ',
      text: 'Министр иностранных дел Украины не поедет в Москву на встречу глав МИД стран СНГ. Украину представит временный поверенный в делах.',
    });
    expect(out.countries).toEqual(['UA']);
    // The same with a body the forum lists now know: "для участия в мероприятиях АСЕАН".
    const asean = classify({
      language: 'ru',
      title: 'Лавров прибыл в Лаос для участия в мероприятиях АСЕАН',
      text: 'Министр иностранных дел России Сергей Лавров прибыл во Вьентьян для участия в министерских встречах АСЕАН.',
    });
    expect(asean.countries).toEqual(['RU']);
    const mercosur = classify({
      language: 'es',
      title: 'El canciller chileno viajó a Brasil para participar en la cumbre del Mercosur',
      text: 'El canciller de Chile viajó a Brasil para participar en la cumbre del Mercosur, donde se reunirá con los cancilleres del bloque.',
    });
    expect(mercosur.countries).toEqual(['CL']);
  });

  it('a person in an international organisation’s office acts for it, not for their country (UNGA President Baerbock)', () => {
    const out = classify({
      language: 'az',
      title: 'BMT Baş Assambleyasında debatlar başlayıb',
      text: 'BMT Baş Assambleyasının sessiyasında debatlar başlayıb. Ardınca BMT Baş Assambleyasının builki Prezidenti Annalena Berbok, sonra isə Braziliya Prezidenti Lula da Silva çıxış edəcək. Daha sonra ABŞ Prezidenti Donald Tramp kürsüyə çıxacaq.',
    });
    expect(out.countries).not.toContain('DE');
    expect(out.countries).toEqual(expect.arrayContaining(['BR', 'US']));
  });

  it('Arabic: "عمّان" written with its shadda is Amman, Jordan\'s capital, not Oman ("عمان")', () => {
    expect(countriesOf('وصل الوزير إلى عمّان في زيارة رسمية.', 'ar')).toEqual(['JO']);
    expect(countriesOf('وصل الوزير إلى سلطنة عمان في زيارة رسمية.', 'ar')).toEqual(['OM']);
    // Oman written with its damma stays Oman, whatever else the item names.
    expect(countriesOf('تلقى الوزير التعازي من وزراء خارجية الأردن وسلطنة عُمان.', 'ar').sort()).toEqual([
      'JO',
      'OM',
    ]);
  });

  it('Arabic: bare "عمان" is Amman where the item names Jordan and never Oman otherwise', () => {
    const out = classify({
      language: 'ar',
      title: 'سفارة العراق في عمّان تحتفل بالعيد الوطني',
      text: 'احتفلت السفارة العراقية في عمان مساء أمس بالعيد الوطني لجمهورية العراق، بحضور وزيرة الدولة للشؤون الخارجية الأردنية.',
    });
    expect(out.countries.sort()).toEqual(['IQ', 'JO']);
    expect(countriesOf('وصل وزير الخارجية العماني إلى عمان.', 'ar')).toEqual(['OM']);
  });

  it('a dateline is not an actor', () => {
    const out = classify({
      language: 'ru',
      text: '12 мая, Минск /Корр./. Министр иностранных дел России провел переговоры с министром иностранных дел Венгрии.',
    });
    expect(out.countries.sort()).toEqual(['HU', 'RU']);
    // A spaced hyphen ends a dateline too: "نواكشوط - سبأنت:"; a compound's hyphen does not.
    const ar = classify({
      language: 'ar',
      title: 'بن مبارك يلتقي وزيرة الخارجية السنغالية',
      text: 'نواكشوط - سبأنت: التقى وزير الخارجية اليمني اليوم وزيرة الخارجية السنغالية.',
    });
    expect(ar.countries.sort()).toEqual(['SN', 'YE']);
    // A town the data does not know, in capitals, opens the dateline: the country after it is where
    // the wire was filed ("TAORMINE, Italie, le 26 mai").
    const fr = classify({
      language: 'fr',
      title: 'Le premier ministre du Canada réagit à l’attentat en Égypte',
      text: 'TAORMINE, Italie, le 26 mai 2017 /CNW/ - Le premier ministre Justin Trudeau a publié une déclaration sur l’attentat contre des chrétiens coptes en Égypte.',
    });
    expect(fr.countries).toContain('CA');
    expect(fr.countries).not.toContain('IT');
    // Not after a body's name: "NATO, Russia and Ukraine …" opens with three parties.
    expect(
      classify({
        language: 'en',
        text: 'NATO, Russia and Ukraine met in Brussels on Monday to discuss the ceasefire.',
      }).countries,
    ).toEqual(expect.arrayContaining(['RU', 'UA']));
    expect(
      classify({ language: 'en', text: 'Moscow-Washington talks on arms control resumed in Geneva.' })
        .countries,
    ).toEqual(expect.arrayContaining(['RU', 'US']));
  });

  it('a Chinese agency dateline is not an actor: "中新社香港八月二日電", "新华社北京3月5日电"', () => {
    const hk = classify({
      language: 'zh',
      text: '中新社香港八月二日電 中國外交部長在馬尼拉會見韓國外長,雙方同意加強合作。',
    });
    expect(hk.countries.slice().sort()).toEqual(['CN', 'KR']);
    const digits = classify({
      language: 'zh',
      text: '新华社香港3月5日电 外交部长会见韩国外长,双方同意加强合作。',
    });
    expect(digits.countries).not.toContain('HK');
  });

  it("a ministry's own feed country acts even when the text never names it", () => {
    const out = classify({
      language: 'en',
      title: 'Statement by the Spokesperson',
      text: 'We strongly condemn the attack on the embassy of Norway.',
      sourceCountry: 'SE',
    });
    expect(out.countries).toContain('SE');
    expect(out.why.countries[0]).toMatchObject({ code: 'SE', where: 'source' });
  });

  it('an office that only one country names so stands for it: India\'s "External Affairs Minister"', () => {
    const out = classify({
      language: 'en',
      title: 'Minister to visit Panama and Chile',
      text: 'Minister of State for External Affairs Meenakshi Lekhi will pay an official visit to Panama and Chile next week.',
    });
    expect(out.countries.slice().sort()).toEqual(['CL', 'IN', 'PA']);
    // …and it holds the office itself, as "Minister of State of India" would.
    const talks = classify({
      language: 'en',
      title: 'MoS External Affairs and Qatari counterpart hold talks in Doha',
      text: "Doha [Qatar], May 8 (ANI): Union Minister of State for External Affairs V Muraleedharan on Sunday met Qatar's State Minister for Foreign Affairs in Doha during his first official visit to the country.",
    });
    expect(talks.pair).toEqual(['IN', 'QA']);
  });

  it('regions and organisations named after a country name no country', () => {
    expect(countriesOf('Delegates from Latin America and the Indian Ocean region met.', 'en')).toEqual([]);
    expect(countriesOf('Türk Devletleri Teşkilatı zirvesi yapıldı.', 'tr')).toEqual([]);
    // The Sovereign Order of Malta is a subject of international law with no ISO code, not Malta.
    expect(countriesOf('Memorandum tra il governo e il Sovrano Militare Ordine di Malta.', 'it')).toEqual([]);
    expect(countriesOf('The Order of Malta signed an agreement.', 'en')).toEqual([]);
    // The OSCE Minsk Group is a body, not Belarus.
    expect(countriesOf('Minsk qrupunun həmsədrləri Bakıya gəlib.', 'az')).toEqual(['AZ']);
    expect(countriesOf('Les coprésidents du groupe de Minsk se sont réunis.', 'fr')).toEqual([]);
    expect(countriesOf('欧安组织明斯克小组共同主席发表声明。', 'zh')).toEqual([]);
    // The Organization of American States is a body, not the United States.
    expect(
      countriesOf("Le secrétaire général de l'Organisation des États Américains est arrivé.", 'fr'),
    ).toEqual([]);
    expect(countriesOf('The Organization of American States met.', 'en')).toEqual([]);
    // The Group of 77 and China is a bloc of developing countries: its name makes China no party.
    expect(countriesOf('Bárcena asiste a la Cumbre del G77 + China.', 'es')).toEqual([]);
    expect(countriesOf('Spiker G77 və Çin Qrupunun Zirvə görüşündə çıxış edəcək.', 'az')).toEqual([]);
    expect(countriesOf('Саммит «Группы 77» и Китая открылся.', 'ru')).toEqual([]);
  });

  it('the Indo-Pacific is a region, not India: "インド太平洋", "Hint-Pasifik", "المحيطين الهندي والهادئ"', () => {
    expect(countriesOf('自由で開かれたインド太平洋の平和を共に守る。', 'ja')).toEqual([]);
    expect(countriesOf('双方讨论了印度太平洋地区的安全。', 'zh')).toEqual([]);
    expect(countriesOf('Bakanlar Hint-Pasifik bölgesini görüştü.', 'tr')).toEqual([]);
    expect(countriesOf('Nazirlər Hind-Sakit okean regionunu müzakirə ediblər.', 'az')).toEqual([]);
    expect(countriesOf('أكد الوزيران أهمية منطقة المحيطين الهندي والهادئ.', 'ar')).toEqual([]);
    expect(countriesOf('Die Marine übte im Indischen Ozean.', 'de')).toEqual([]);
  });

  it('a time zone is no party: "日本時間", "北京时间", "Beijing time"', () => {
    expect(countriesOf('ホワイトハウスの報道官は日本時間29日朝に声明を出した。', 'ja')).toEqual(['US']);
    expect(countriesOf('北京时间29日，白宫发言人发表声明。', 'zh')).toEqual(['US']);
    expect(countriesOf('The statement came at 9 a.m. Beijing time on Monday.', 'en')).toEqual([]);
  });

  it('a news outlet named after a country is a source, not the country: «روسيا اليوم», Voice of America', () => {
    expect(countriesOf('دعت القنصلية السعودية مواطنيها إلى الحذر، بحسب وكالة «روسيا اليوم».', 'ar')).toEqual([
      'SA',
    ]);
    expect(countriesOf('The consulate warned its citizens, Voice of America reported.', 'en')).toEqual([]);
    // Without the outlet's word, "روسيا اليوم" is "Russia, today".
    expect(countriesOf('وأعلنت روسيا اليوم أنها سترسل وفدا.', 'ar')).toEqual(['RU']);
  });

  it('conventions and channels named after a capital name no country: "la Convención de Viena", "北京の外交ルート"', () => {
    expect(
      countriesOf('Conforme al artículo 13 de la Convención de Viena sobre Relaciones Diplomáticas.', 'es'),
    ).toEqual([]);
    expect(countriesOf('Это нарушение Венской конвенции о дипломатических сношениях.', 'ru')).toEqual([]);
    expect(countriesOf('根据维也纳公约的规定。', 'zh')).toEqual([]);
    // Japan's channel to North Korea: "北京の外交ルートを通じて抗議した" names no Chinese party.
    expect(countriesOf('北京の外交ルートを通じて抗議した。', 'ja')).toEqual([]);
  });

  it('passing mentions later in the item stay out', () => {
    const out = classify({
      language: 'en',
      title: 'Foreign Minister of Kazakhstan receives Ambassador of Japan',
      text: 'The Minister of Foreign Affairs of Kazakhstan received the Ambassador of Japan. They discussed trade and investment.\nThe sides also touched upon the situation in Afghanistan and the war in Ukraine.',
    });
    expect(out.countries.sort()).toEqual(['JP', 'KZ']);
  });

  it('a country that is only the subject matter stays out', () => {
    const out = classify({
      language: 'en',
      title: 'Foreign ministers of Spain and Chile hold talks',
      text: 'The foreign ministers of Spain and Chile held talks on Syria and discussed the situation in Venezuela.',
    });
    expect(out.countries.sort()).toEqual(['CL', 'ES']);
    expect(out.pair).toEqual(['CL', 'ES']);
  });

  it('Japanese: a city followed by で is a venue', () => {
    expect(countriesOf('日本とインドの外相はワシントンで会談した。', 'ja')).toEqual(['IN', 'JP']);
  });

  it('endings of one language are not read in another', () => {
    // German genitive -s would make "Islands" Iceland; Turkish -i would make "al-Sudani" Sudan.
    expect(countriesOf('The Samoa Islands region was hit by a tsunami.', 'en')).not.toContain('IS');
    expect(
      countriesOf(
        'Prime Minister of Iraq Mohammed Shia al-Sudani met the Foreign Secretary of the United Kingdom.',
        'en',
      ),
    ).toEqual(['GB', 'IQ']);
  });

  it("a word of one language that is another's adjective: Turkish 'Fin' (Finnish) is 'end' in Romance texts, German 'Island' (Iceland) an English word", () => {
    expect(
      countriesOf("Fin dall'inizio il ministro degli Esteri dell'Austria ha sostenuto il piano.", 'it'),
    ).toEqual(['AT']);
    expect(countriesOf('Fin de la visite du ministre des Affaires étrangères du Chili.', 'fr')).toEqual([
      'CL',
    ]);
    expect(countriesOf('Fin Dışişleri Bakanı Ankara’yı ziyaret etti.', 'tr')).toContain('FI');
    expect(countriesOf('An earthquake hit the island of Luzon in the Philippines.', 'en')).toEqual(['PH']);
    expect(countriesOf('Die Außenministerin besuchte Island und Norwegen.', 'de')).toContain('IS');
  });

  it('ordinary words of one language that are country forms of another are not read there', () => {
    const cases: [string, string][] = [
      ['tr', 'Bakan, bu sorunun benim görevim olduğunu söyledi.'],
      ['tr', 'Bakanlık yeni bir belge yayımladı.'],
      ['es', 'El polen provoca alergias a millones de personas en primavera.'],
      ['es', 'El equipo gana el campeonato por tercera vez.'],
      ['fr', "Seul le président peut dissoudre l'Assemblée nationale."],
      ['de', 'Die Oma des Opfers sprach mit Reportern vor dem Gericht.'],
      ['en', 'The IRA claimed responsibility for the bombing in Belfast.'],
      ['en', 'A grenade attack killed two soldiers in the north.'],
      ['en', 'Roma families were evicted from the camp near the motorway.'],
      ['en', 'Students protested at Columbia University on Monday.'],
      ['en', 'The workers polish the marble floors every morning.'],
      ['fr', 'Le RSA sera conditionné à quinze heures d’activité par semaine.'],
      // Turkish: 'katar' a train, 'ırak' far, 'hindi' a turkey (Azerbaijani 'hind' is Indian).
      ['tr', 'Yük katarı raydan çıktı ve hindi eti fiyatları arttı.'],
      ['tr', 'Bu ırak bir ihtimal.'],
      // 'kazak' a sweater; Azerbaijani 'qana' (to blood), 'iraq' (far), the Qazax district.
      ['tr', 'Kırmızı bir kazak giydi.'],
      // 'Mali' is also 'financial', capitalised at the start of a sentence or in a headline.
      ['tr', 'Mali destek paketi açıklandı ve Mali Müşavirler Odası yeni yönetimini seçti.'],
      ['az', 'Əlləri qana bulaşmışdı, Allah iraq eləsin.'],
      ['az', 'Qazax rayonunda yeni məktəb açıldı.'],
    ];
    for (const [language, text] of cases) expect(countriesOf(text, language), text).toEqual([]);
    // The same forms still name their country in their own languages.
    expect(countriesOf('Türkiye ile Benin arasında anlaşma imzalandı.', 'tr')).toContain('BJ');
    expect(countriesOf('Die Außenministerin reiste nach Polen.', 'de')).toEqual(['PL']);
    expect(countriesOf("Mali Cumhurbaşkanı Ankara'ya geldi.", 'tr')).toEqual(['ML']);
    expect(countriesOf('Kabil’de bir saldırı düzenlendi.', 'tr')).toEqual(['AF']);
    expect(countriesOf('The Polish foreign minister arrived in Rome.', 'en')).toContain('PL');
  });

  it('Brussels stands for the EU, not Belgium', () => {
    expect(
      countriesOf(
        'The Foreign Minister of Latvia travelled to Brussels for talks with the High Representative.',
        'en',
      ),
    ).toEqual(['LV']);
  });

  it('short forms such as St. Kitts and Nevis are names', () => {
    expect(
      countriesOf(
        'The Secretary of State congratulated the people of St. Kitts and Nevis on their Independence Day.',
        'en',
        'St. Kitts and Nevis Independence Day',
      ),
    ).toContain('KN');
  });

  it('an office that names no country belongs to the dateline', () => {
    const out = classify({
      language: 'en',
      text: 'NAIROBI: Foreign Minister Jane Doe left for Norway on an official visit at the invitation of her Norwegian counterpart.',
    });
    expect(out.countries.sort()).toEqual(['KE', 'NO']);
  });

  it('Arabic "ولي عهد" (crown prince) is an office: the country after it acts, it is not what was discussed', () => {
    const out = classify({
      language: 'ar',
      text: 'بحث ولي عهد الكويت الشيخ صباح خالد الحمد الصباح مع عدد من الرؤساء آخر المستجدات.',
    });
    expect(out.why.countries.find((e) => e.code === 'KW')?.notes).toContain('role');
  });

  it('Chinese "面对" (facing) makes the compound after it the setting, not a party ("面對中美之間日益激烈的競爭")', () => {
    const out = classify({
      language: 'zh',
      title: '',
      text: '面對中美之間日益激烈的競爭，各國都盡量保持平衡。馬來西亞外交部長希沙慕丁與王毅舉行會談。雙方簽署了諒解備忘錄。',
    });
    expect(out.countries.sort()).toEqual(['CN', 'MY']);
  });

  it('a large city names its country only as the scene of an attack a statement addresses', () => {
    const out = classify({
      language: 'ru',
      title: 'МИД Казахстана назвал теракт в Стамбуле гнусным преступлением',
      text: 'Министерство иностранных дел Казахстана решительно осуждает теракт в Стамбуле и выражает соболезнования семьям погибших.',
    });
    expect(out.countries.sort()).toEqual(['KZ', 'TR']);
    expect(out.pair).toEqual(['KZ', 'TR']);
    // The scene may stand in another sentence of the statement than its word of condemnation.
    const scene = classify({
      language: 'de',
      title: 'Keller-Sutter verurteilt den Anschlag',
      text: 'Der Anschlag in Pakistan hat viele Menschenleben gefordert. Bundespräsidentin Karin Keller-Sutter sprach den Angehörigen ihr Beileid aus.',
    });
    expect(scene.countries.sort()).toEqual(['CH', 'PK']);
    // Elsewhere a city is only a place: the talks in Istanbul are Russia's and Ukraine's.
    const talks = classify({
      language: 'en',
      title: 'Russian and Ukrainian delegations meet in Istanbul',
      text: 'The Russian and Ukrainian delegations met in Istanbul on Friday and agreed on a prisoner exchange.',
    });
    expect(talks.countries.sort()).toEqual(['RU', 'UA']);
    expect(talks.why.countries.some((e) => e.kind === 'city')).toBe(false);
  });

  it('Chinese: a two-country compound after a word of what was discussed ("就", "涉及") is the subject, not the pair', () => {
    const out = classify({
      language: 'zh',
      sourceCountry: 'CN',
      title: '驻智利大使拜会智利众议长',
      text: '驻智利大使牛清报拜会智利新任众议长卡斯特罗。双方还就中美日内瓦经贸会谈情况交换了意见。',
    });
    expect(out.countries.sort()).toEqual(['CL', 'CN']);
    expect(out.pair).toEqual(['CL', 'CN']);
  });

  it('Turkish "X\'in ardından" (after X) is a former stop, and a list does not lend it an office', () => {
    const out = classify({
      language: 'tr',
      title: "Sisi'den Sudan'a beklenmedik ziyaret",
      text: "Mısır Cumhurbaşkanı Abdulfettah el Sisi, Cezayir'in ardından ikinci yurt dışı gezisini Sudan'a yapıyor. Sudan Dışişleri Bakanı Yardımcısı ziyaretin birkaç saat süreceğini söyledi.",
    });
    expect(out.countries.sort()).toEqual(['EG', 'SD']);
    expect(out.why.countries.find((e) => e.code === 'DZ')?.notes).toContain('subject matter');
  });

  it('Turkish and Azerbaijani "with" closes a counterpart\'s phrase: the country after it is what was discussed', () => {
    const out = classify({
      language: 'az',
      title: 'Ceyhun Bayramov türkmənistanlı həmkarı ilə İranın Naxçıvana dron hücumlarını müzakirə edib',
      text: 'Türkmənistanın xarici işlər naziri Rəşid Meredov Azərbaycanın xarici işlər naziri Ceyhun Bayramova zəng edib.',
    });
    expect(out.countries.sort()).toEqual(['AZ', 'TM']);
    expect(out.pair).toEqual(['AZ', 'TM']);
  });

  it("Hong Kong and Macao are places where China's foreign ministry acts, not parties", () => {
    const out = classify({
      language: 'zh',
      title: '外交部驻港公署举办开放日',
      text: '外交部驻香港特别行政区特派员公署举办开放日活动，三千多名香港市民参观。',
    });
    expect(out.countries).toEqual(['CN']);
    expect(countriesOf('The Macao government welcomed the Portuguese minister.', 'en')).toEqual(['PT']);
  });

  it('a person right after the dateline opens the lead, is no part of it ("ANKARA (AA) – Başbakan Binali Yıldırım")', () => {
    const out = classify({
      language: 'tr',
      text: 'ANKARA (AA) – Başbakan Binali Yıldırım, yarın başlayacak Belarus ziyaretinde Başbakan Andrey Kobyakov ile görüşecek.',
    });
    expect(out.why.countries.find((e) => e.matched === 'Binali Yıldırım')?.notes ?? []).not.toContain(
      'dateline',
    );
    expect(out.countries.sort()).toEqual(['BY', 'TR']);
  });

  it('an Arabic chain of offices names its country after the last office word', () => {
    const out = classify({
      language: 'ar',
      text: 'شفق نيوز - واشنطن. شارك نائب رئيس مجلس الوزراء ووزير الخارجية العراقي فؤاد حسين في اجتماع مع نظيريه الأردني والمصري في نيويورك.',
    });
    expect(out.countries.sort()).toEqual(['EG', 'IQ', 'JO']);
    expect(out.why.countries.find((e) => e.code === 'US')?.notes).toContain('dateline');
  });

  it('in a ministry’s own release the unnamed office is the ministry’s, not the dateline’s', () => {
    const out = classify({
      language: 'fr',
      sourceCountry: 'CA',
      title: 'La ministre conclut son voyage',
      text: 'Berlin (Allemagne) – Affaires mondiales Canada. La ministre des Affaires étrangères a pris part aux réunions des ministres des Affaires étrangères du G7 et de l’OTAN.',
    });
    expect(out.countries).toEqual(['CA']);
    expect(out.why.countries.find((e) => e.code === 'DE')?.notes).toContain('dateline');
  });
});

describe('offices bind what they name, not what their holder says', () => {
  it('an office after a comma is not the preceding country’s: "du Traité de Rome, les deux ministres"', () => {
    const out = classify({
      language: 'fr',
      title: "Débat sur l'avenir de l'Europe",
      text: 'Les ministres des Affaires étrangères de la Belgique et des Pays-Bas se sont retrouvés à Bruxelles. Au lendemain des 60 ans du Traité de Rome, les deux ministres ont analysé les défis.',
    });
    expect(out.countries.slice().sort()).toEqual(['BE', 'NL']);
    expect(out.pair).toEqual(['BE', 'NL']);
  });

  it('a spokesperson’s office does not make the country in his quote an office holder', () => {
    const out = classify({
      language: 'en',
      title: 'Spokesperson comments on the elections',
      text: 'Foreign Ministry Spokesperson Roe said: "Chile has shown how democratic institutions work," adding that observers noted the calm vote.',
    });
    const chile = out.why.countries.filter((e) => e.code === 'CL');
    expect(chile.length).toBeGreaterThan(0);
    expect(chile.every((e) => !e.notes?.includes('role'))).toBe(true);
  });
});

describe('venues named through their cities', () => {
  it('the city a state visit goes to stands for its country: "Staatsbesuch in Wien"', () => {
    const out = classify({
      language: 'de',
      title: 'Italiens Präsident Mattarella zu Staatsbesuch in Wien',
      text: 'Der italienische Staatspräsident Sergio Mattarella hat am Montag seinen zweitägigen Staatsbesuch in Wien eröffnet.',
    });
    expect(out.pair).toEqual(['AT', 'IT']);
  });

  it('a preposition of place covers every city of the list after it', () => {
    const out = classify({
      language: 'ru',
      text: 'Лавров и Тиллерсон провели переговоры. Ранее они встречались в Бонне, Гамбурге, Маниле и Хельсинки.',
    });
    for (const code of ['PH', 'FI'])
      expect(out.why.countries.find((e) => e.code === code)?.notes, code).toContain('venue');
  });

  it('every stop of a tour is a host: "se rendra au Mexique puis en République populaire de Chine"', () => {
    const out = classify({
      language: 'fr',
      title: 'Tournée du ministre',
      text: 'Le ministre des Affaires étrangères de la Belgique se rendra au Mexique puis en République populaire de Chine. Le 5 mai, il se rendra en Inde, en Indonésie et au Viet Nam.',
    });
    for (const code of ['MX', 'CN', 'IN', 'ID', 'VN']) {
      const hits = out.why.countries.filter((e) => e.code === code);
      expect(hits.length, code).toBeGreaterThan(0);
      expect(
        hits.some((e) => e.notes?.includes('venue')),
        code,
      ).toBe(false);
    }
  });

  it('Turkish and Azerbaijani: the country an embassy sits in hosts it ("Irak\'taki Büyükelçiliği")', () => {
    for (const [language, text] of [
      ['tr', "Mısır'ın Irak'taki Büyükelçiliği on yıl sonra yeniden açıldı."],
      ['az', 'Misirin İraqdakı səfirliyi on ildən sonra yenidən açılıb.'],
    ] as const) {
      const out = classify({ language, text });
      expect(out.pair, language).toEqual(['EG', 'IQ']);
    }
  });

  it('Turkish "Suudi Arabistan\'ın Cidde kentinde" makes Saudi Arabia the venue', () => {
    const out = classify({
      language: 'tr',
      title: 'Fidan, Mısırlı mevkidaşı ile görüştü',
      text: "Dışişleri Bakanı Hakan Fidan, İİT toplantısı için gittiği Suudi Arabistan'ın Cidde kentinde Mısır Dışişleri Bakanı Badr Abdellaty ile bir araya geldi.",
    });
    expect(out.pair).toEqual(['EG', 'TR']);
    expect(out.why.countries.some((e) => e.code === 'SA' && e.notes?.includes('venue'))).toBe(true);
  });
  it('Turkish: a city of two words between the country and "şehrinde" ("ABD\'nin New York şehrindeki")', () => {
    const out = classify({
      language: 'tr',
      title: "Türkevi'nde resepsiyon düzenlendi",
      text: "ABD'nin New York şehrindeki Türkevi binasında Finlandiya ile Türkiye'nin ortak resepsiyonu düzenlendi.",
    });
    expect(out.why.countries.some((e) => e.code === 'US' && e.notes?.includes('venue'))).toBe(true);
  });
  it('Azerbaijani and Turkish: a province or an island of the country is where it happens ("İndoneziyanın Bali əyalətində")', () => {
    const az = classify({
      language: 'az',
      title: 'ABŞ və Çin liderləri görüşüb',
      text: 'İndoneziyanın Bali əyalətində ABŞ Prezidenti Cozef Bayden ilə Çinin sədri Si Cinpin arasında görüş keçirilib.',
    });
    expect(az.countries.slice().sort()).toEqual(['CN', 'US']);
    const tr = classify({
      language: 'tr',
      title: 'ABD ve Çin liderleri görüştü',
      text: "Endonezya'nın Bali adasında ABD Başkanı Joe Biden ile Çin Devlet Başkanı Şi Cinping görüştü.",
    });
    expect(tr.countries.slice().sort()).toEqual(['CN', 'US']);
  });
});

describe('an adjective after "in" that places the city named next is the venue', () => {
  it('Ukrainian and Russian: "у швейцарській Женеві", "в швейцарской Женеве"', () => {
    const uk = classify({
      language: 'uk',
      title: 'Тристоронні переговори тривають',
      text: 'У середу у швейцарській Женеві почався другий день переговорів України, США і Росії.',
    });
    expect(uk.countries.slice().sort()).toEqual(['RU', 'UA', 'US']);
    const ru = classify({
      language: 'ru',
      title: 'Трехсторонние переговоры продолжаются',
      text: 'В среду в швейцарской Женеве начался второй день переговоров Украины, США и России.',
    });
    expect(ru.countries.slice().sort()).toEqual(['RU', 'UA', 'US']);
  });
});

describe('a country that says where its capital lies is the venue, not a party', () => {
  const texts: Record<string, string> = {
    en: 'The foreign ministers of Azerbaijan and Armenia met in the Kazakh capital Astana on Friday.',
    de: 'Die Außenminister Aserbaidschans und Armeniens trafen sich in der kasachischen Hauptstadt Astana.',
    ru: 'Министры иностранных дел Азербайджана и Армении встретились в столице Казахстана Астане.',
    fr: "Les ministres des Affaires étrangères de l'Azerbaïdjan et de l'Arménie se sont rencontrés dans la capitale kazakhe, Astana.",
    it: 'I ministri degli Esteri di Azerbaigian e Armenia si sono incontrati nella capitale kazaka Astana.',
    es: 'Los cancilleres de Azerbaiyán y Armenia se reunieron en la capital kazaja, Astaná.',
    ar: 'التقى وزيرا خارجية أذربيجان وأرمينيا في العاصمة الكازاخستانية أستانا.',
  };
  for (const [language, text] of Object.entries(texts))
    it(`${language}: "${text.slice(0, 60)}…"`, () => {
      const out = classify({ language, text });
      expect(out.countries.slice().sort()).toEqual(['AM', 'AZ']);
      expect(out.pair).toEqual(['AM', 'AZ']);
    });

  it('Japanese: "カザフスタンのアスタナで" (the country, の, its city, the particle of place)', () => {
    const out = classify({
      language: 'ja',
      text: 'アゼルバイジャンとアルメニアの外相は金曜日、カザフスタンのアスタナで会談した。',
    });
    expect(out.countries.slice().sort()).toEqual(['AM', 'AZ']);
  });

  it('unless a visit goes there or an embassy opens there', () => {
    const visit = classify({
      language: 'en',
      text: 'President Erdogan arrived in the Kazakh capital for talks with President Tokayev.',
    });
    expect(visit.pair).toEqual(['KZ', 'TR']);
    const embassy = classify({
      language: 'uk',
      text: 'Посольство України відкрили в Кігалі, столиці Руанди, повідомило Міністерство закордонних справ України.',
    });
    expect(embassy.countries.slice().sort()).toEqual(['RW', 'UA']);
  });
});

describe('"on the territory of X" says where something happened', () => {
  it('Ukrainian and Russian: the country after "на території" is a place (its genitive after the noun)', () => {
    const uk = classify({
      language: 'uk',
      title: 'У МЗС відреагували на падіння ракети',
      text: 'Падіння ракети на території Молдови під час масованого ракетного удару Росії по Україні доводить, що російська загроза небезпечна для всього регіону, заявив спікер МЗС України Олег Ніколенко.',
    });
    expect(uk.why.countries.filter((e) => e.code === 'MD').every((e) => e.notes?.includes('venue'))).toBe(
      true,
    );
    const ru = classify({
      language: 'ru',
      text: 'Обломки ракеты упали на территории Молдавии, сообщил МИД Украины.',
    });
    expect(ru.why.countries.filter((e) => e.code === 'MD').every((e) => e.notes?.includes('venue'))).toBe(
      true,
    );
  });
});

describe('an envoy’s earlier posts are biography', () => {
  it('Chinese: the countries after 曾任, across list marks, up to the comma', () => {
    const out = classify({
      language: 'zh',
      title: '總統接見日本交流協會台北事務所新任所長',
      text: '總統今天上午接見日本交流協會台北事務所新任所長，歡迎他到任。總統表示，所長曾任日本駐以色列、加拿大、新加坡大使，退休後獲任命為台北事務所所長。',
      sourceCountry: 'TW',
    });
    expect(out.countries.sort()).toEqual(['JP', 'TW']);
  });

  it('English: "previously served as ambassador to …"', () => {
    const out = classify({
      language: 'en',
      title: 'New Ambassador of Sweden presents credentials',
      text: 'The new Ambassador of Sweden, who previously served as ambassador to Iran and Malaysia, presented her credentials to the President of Kenya.',
    });
    expect(out.countries.sort()).toEqual(['KE', 'SE']);
    // A list of earlier posts goes on past a comma when another post follows it.
    const list = classify({
      language: 'en',
      title: 'UK Ambassador to Mongolia presents his letter of credence',
      text: "The Ambassador of the United Kingdom to Mongolia handed his credentials to the President of Mongolia. Mr. Malone, who earlier served as minister at the UK Embassy in Singapore, chargé d'affaires at the Embassy in Helsinki and Ambassador to Laos, thanked the President for the reception.",
    });
    expect(list.countries.sort()).toEqual(['GB', 'MN']);
  });

  it('Russian: a sentence opening with "Прежде" is background', () => {
    const out = classify({
      language: 'ru',
      text: 'Посол Монголии вручил верительные грамоты королеве Великобритании. Прежде он был послом Монголии в Российской Федерации.',
    });
    expect(out.countries.sort()).toEqual(['GB', 'MN']);
  });

  it('Russian: the city a minister flies to for a forum ("нормандская четвёрка") hosts no party', () => {
    const out = classify({
      language: 'ru',
      title: 'В Минске стартовала встреча глав МИД «нормандской четвёрки»',
      text: 'Министр иностранных дел Украины прибыл в Минск на встречу глав МИД «нормандской четвёрки». Ранее канцлер ФРГ обсудила подготовку встречи с президентом Украины.',
    });
    expect(out.countries).not.toContain('BY');
    expect(out.pair).toBeNull();
  });

  it('Italian: a sentence opening with "Poco prima" tells of another, earlier call', () => {
    const out = classify({
      language: 'it',
      title: 'Telefonata tra Tajani e il collega greco',
      text: 'Il ministro degli Esteri Antonio Tajani ha avuto un colloquio telefonico con il ministro degli Esteri greco. Poco prima i ministri degli Esteri di Stati Uniti, Francia, Germania, Regno Unito e Italia avevano tenuto una telefonata sulla situazione in Medio Oriente.',
    });
    expect(out.countries.sort()).toEqual(['GR', 'IT']);
    expect(out.pair).toEqual(['GR', 'IT']);
  });

  it('Azerbaijani: a sentence opening with "Xatırladılır ki" ("it is recalled that") is background', () => {
    const out = classify({
      language: 'az',
      title: 'Türkiyə-Rusiya Ortaq Mərkəzinin yaradılması ilə bağlı anlaşma imzalanıb',
      text: 'Türkiyə-Rusiya Ortaq Mərkəzinin yaradılmasına dair müzakirələr yekunlaşıb və tərəflər anlaşma imzalayıblar. Xatırladılır ki, Türkiyənin Milli Müdafiə naziri və rusiyalı həmkarı Azərbaycan ilə Ermənistan arasında atəşkəsin müşahidəsi məqsədilə memorandum imzalayıblar.',
    });
    expect(out.countries.sort()).toEqual(['RU', 'TR']);
    expect(out.why.countries.find((e) => e.code === 'AZ')?.notes).toContain('background');
  });

  it('a phrase that sets the scene is context up to the end of its clause: "au lendemain de", "на фоне", "amid"', () => {
    const out = classify({
      language: 'fr',
      title: "Le ministre des Affaires étrangères reçoit l'ambassadrice d'Allemagne",
      text: "Le ministre mauritanien des Affaires étrangères a reçu ce jeudi à Nouakchott l'ambassadrice de la République fédérale d'Allemagne en Mauritanie. L'entretien, qui survient au lendemain de la visite du chef de la diplomatie russe, a porté sur la coopération entre les deux pays.",
    });
    expect(out.countries.sort()).toEqual(['DE', 'MR']);
    expect(out.pair).toEqual(['DE', 'MR']);
    const notesOf = (language: string, text: string, code: string) =>
      classify({ language, text }).why.countries.find((e) => e.code === code)?.notes ?? [];
    expect(
      notesOf(
        'ru',
        'Президент Узбекистана позвонил Трампу на фоне ухудшения отношений Азербайджана и России.',
        'RU',
      ),
    ).toContain('background');
    // …and it covers the whole list it opens: a tour the guest is returning from.
    const back = classify({
      language: 'es',
      title: 'China y España se plantean proyectos comunes',
      text: 'El presidente de China y la vicepresidenta del Gobierno de España constataron ayer en Gran Canaria el buen momento de las relaciones bilaterales. Conversaron en un hotel donde el presidente pasó la noche de regreso de su gira por Ecuador, Perú y Chile.',
    });
    expect(back.countries.sort()).toEqual(['CN', 'ES']);
    // The clause ends at a comma: what follows it is this event again.
    expect(
      notesOf('en', 'Amid the war in Sudan, the Foreign Minister of Kenya met the President of Egypt.', 'KE'),
    ).not.toContain('background');
  });

  it('a lead that opens with a quotation: the sentence naming its speaker ("Così il Presidente …") is the lead', () => {
    const out = classify({
      language: 'it',
      title: 'Mattarella: gesto vile e odioso',
      text: "«Siamo profondamente colpiti da un gesto di inaudita violenza. L'Italia non si farà intimorire da atti così barbari». Così il Presidente della Repubblica, Sergio Mattarella, che dice di aver appreso con sgomento dell'attacco terroristico al museo del Bardo di Tunisi, costato numerose vittime. A nome di tutto il popolo italiano esprime la più ferma condanna per un gesto vile.",
    });
    expect(out.countries.sort()).toEqual(['IT', 'TN']);
  });

  it('Japanese: a closing "（参考）" note is background', () => {
    const out = classify({
      language: 'ja',
      sourceCountry: 'JP',
      title: '外務報道官談話',
      text: 'マリの首都バマコで発生したテロ事件を、我が国は強く非難する。犠牲者とその家族に哀悼の意を表する。（参考）バマコでは、ドイツ大使館の近くでも爆発があった。',
    });
    expect(out.countries.slice().sort()).toEqual(['JP', 'ML']);
    expect(out.pair).toEqual(['JP', 'ML']);
  });

  it('a former head of government in an office of an organisation acts for it, not for the country', () => {
    const out = classify({
      language: 'it',
      title: "Tusk a Mattarella: solidarietà dell'Ue all'Italia",
      text: "Dopo l'incontro a Roma con il Capo dello Stato Sergio Mattarella, il presidente del Consiglio europeo Donald Tusk ha portato la solidarietà dell'Unione europea all'Italia.",
    });
    expect(out.countries).toEqual(['IT']);
    // As his country's prime minister he still acts for it.
    const pm = classify({
      language: 'it',
      title: 'Tusk a Roma',
      text: 'Il primo ministro polacco Donald Tusk ha incontrato a Roma il Capo dello Stato Sergio Mattarella.',
    });
    expect(pm.countries.slice().sort()).toEqual(['IT', 'PL']);
  });

  it("Ghana's foreign minister Ayorkor Botchwey acts for Ghana; as Commonwealth Secretary-General, for the Commonwealth", () => {
    const minister = classify({
      language: 'en',
      title: 'Ayorkor Botchwey makes working visit to Cyprus',
      text: 'Madam Shirley Ayorkor Botchwey, Minister of Foreign Affairs and Regional Integration, held talks with the President of Cyprus.',
    });
    expect(minister.pair).toEqual(['CY', 'GH']);
    const secretary = classify({
      language: 'en',
      title: 'Commonwealth chief visits Kenya',
      text: 'Commonwealth Secretary-General Shirley Botchwey arrived in Nairobi for talks with President Ruto.',
    });
    expect(secretary.countries).toEqual(['KE']);
  });
});

describe('words that hold a country’s name and name no country', () => {
  it('Spanish: the given name Salvador before a surname is not El Salvador', () => {
    const out = classify({
      language: 'es',
      title: 'Valdés Mesa recibe al vicepresidente de Guatemala',
      text: 'El vicepresidente cubano, Salvador Valdés Mesa, recibió al vicepresidente de Guatemala, que realiza una visita oficial a Cuba.',
    });
    expect(out.countries).not.toContain('SV');
    expect(out.pair).toEqual(['CU', 'GT']);
  });

  it('lower-case Azerbaijani "tonqal" (bonfire) and Turkish "tonga" (a trick) are no Tonga', () => {
    expect(namedCodes('Prezident bayram tonqalını yandırıb.', 'az')).toEqual([]);
    expect(namedCodes("Bakan Tonga'yı ziyaret etti ve tongaya düşmedi.", 'tr')).toEqual(['TO']);
  });

  it('"Mauricio" and "Maurice" before a surname are given names, not Mauritius', () => {
    expect(
      countriesOf(
        'Con el beneplácito de sus homólogos Álvaro Colom, de Guatemala, y Mauricio Funes, de El Salvador.',
        'es',
      ),
    ).not.toContain('MU');
    expect(countriesOf('Le ministre s’est rendu à Maurice pour rencontrer son homologue.', 'fr')).toContain(
      'MU',
    );
  });

  it('"Kabul" before a surname is a given name (Uzbekistan\'s Kabul Berdiyev), not Afghanistan\'s capital', () => {
    expect(
      countriesOf(
        'Səfər Əbiyev Özbəkistanın müdafiə naziri general-mayor Kabul Berdiyevin dəvəti ilə Daşkəndə yola düşüb.',
        'az',
      ),
    ).not.toContain('AF');
    expect(countriesOf('The minister flew to Kabul for talks with the Taliban.', 'en')).toContain('AF');
  });

  it('"Dominique" before a surname is a given name, "the Astana format" names no Kazakh party', () => {
    expect(
      countriesOf("Erdoğan'ı Ouattara ve eşi Dominique Folloroux-Ouattara karşıladı.", 'tr'),
    ).not.toContain('DM');
    expect(countriesOf('Astana formatındaki 21. Suriye toplantısı sona erdi.', 'tr')).not.toContain('KZ');
    expect(countriesOf('The Astana format meeting on Syria ended in Doha.', 'en')).not.toContain('KZ');
    expect(countriesOf('Встреча в астанинском формате по Сирии прошла в Дохе.', 'ru')).not.toContain('KZ');
  });

  it('an adjective the Guineas share is the one the item names ("guineano" beside Guinea-Bissau)', () => {
    expect(
      namedCodes(
        'Umaro Sissoco, presidente de Guinea Bissau, llegó a Caracas. El mandatario guineano habló.',
        'es',
      ),
    ).toEqual(['GW', 'VE', 'GW']);
    expect(namedCodes('The President of Equatorial Guinea arrived. The Guinean leader spoke.', 'en')).toEqual(
      ['GQ', 'GQ'],
    );
    // Guinea named too: the adjective stays Guinea's.
    expect(
      namedCodes(
        'Les présidents de la Guinée et de la Guinée-Bissau ont parlé. Le ministre guinéen a signé.',
        'fr',
      ),
    ).toEqual(['GN', 'GW', 'GN']);
  });

  it("Greece's regions of Macedonia are not North Macedonia", () => {
    expect(countriesOf('Başkonsolos, Doğu Makedonya-Trakya Eyalet Başkanı ile görüştü.', 'tr')).not.toContain(
      'MK',
    );
    expect(countriesOf('Губернатор Центральной Македонии принял посла.', 'ru')).not.toContain('MK');
    expect(
      countriesOf('Il governatore della Macedonia Centrale ha ricevuto il console.', 'it'),
    ).not.toContain('MK');
  });

  it('Turkish "Sarayı" (palace) is not al-Sharaa with a case ending', () => {
    const out = classify({
      language: 'tr',
      title: 'Fernandez, Lula da Silva ile görüştü',
      text: "Arjantin Devlet Başkanı Fernandez, Planalto Sarayı'nın bahçesinde Lula da Silva tarafından karşılandı.",
    });
    expect(out.countries).not.toContain('SY');
  });

  it('Turkish: the Iranian given name Merziye is not the German chancellor with a case ending', () => {
    const out = classify({
      language: 'tr',
      title: "İran'dan seçim mesajı",
      text: "İran Dışişleri Bakanlığı Sözcüsü Merziye Afham, Türkiye'deki seçimlerin barış içinde geçtiğini söyledi.",
    });
    expect(out.countries).not.toContain('DE');
  });

  it('Chinese: 发展中国家 (developing countries), 索马里兰 (Somaliland), 马利基 (al-Maliki) and 苏丹陛下 (His Majesty the Sultan)', () => {
    const cases: [string, string][] = [
      ['金砖国家外长会晤，要促进发展中国家团结', 'CN'],
      ['索馬利蘭貿易部長訪台，與經濟部長簽署備忘錄', 'ML'],
      ['伊拉克前总理马利基会见伊朗大使', 'ML'],
      ['新加坡部长访问汶莱，晋见苏丹陛下', 'SD'],
    ];
    for (const [text, absent] of cases) {
      expect(classify({ language: 'zh', title: '', text }).countries).not.toContain(absent);
    }
  });

  it("CJK: 中英对照 (Chinese–English bilingual), 蒙卡達 (Moncada), ロシア課 (MOFA's Russia Division), 今(15)日中午 (a date)", () => {
    expect(countriesOf('2023年1月20日外交部发言人例行记者会(中英对照)', 'zh')).not.toContain('GB');
    expect(countriesOf('洪都拉斯首任駐華大使蒙卡達遞交國書副本。', 'zh')).not.toContain('QA');
    expect(countriesOf('外務省はロシア課長を懲戒停職処分とした。', 'ja')).not.toContain('RU');
    const dated = countriesOf('外交部今(15)日中午舉行捐贈儀式，邀請帛琉大使出席。', 'zh');
    expect(dated).not.toContain('JP');
    expect(dated).toContain('PW');
  });

  it('German: the Order of Malta as "dem maltesischen Orden" is not Malta', () => {
    const out = classify({
      language: 'de',
      title: 'Präsident empfängt neue Botschafter',
      text: 'Die Diplomaten aus dem Vatikan, Vietnam, dem maltesischen Orden und der Slowakei überreichten in Minsk ihre Beglaubigungsschreiben.',
    });
    expect(out.countries).not.toContain('MT');
    expect(out.countries).toContain('SK');
  });
});

describe('the destination of a visit takes part', () => {
  it('words of arrival a check found missing: "landed in", "arrivé au", "è arrivato in"', () => {
    expect(countriesOf('The Foreign Minister of Peru landed in Nairobi on Monday.', 'en')).toContain('KE');
    expect(
      countriesOf('Le ministre péruvien est arrivé au Kenya pour une visite officielle.', 'fr'),
    ).toContain('KE');
    expect(
      countriesOf('Il ministro peruviano è arrivato in Kenya per una visita ufficiale.', 'it'),
    ).toContain('KE');
  });

  it('English: a tour "taking in" its stops, each of them a host', () => {
    expect(
      countriesOf(
        'The Foreign Minister of Peru is on a regional visit, taking in Kenya, Uganda and Rwanda.',
        'en',
      ),
    ).toEqual(['KE', 'PE', 'RW', 'UG']);
  });

  it('German: "in die" before a country is where a trip goes ("in der" is where something happens)', () => {
    const out = classify({
      language: 'de',
      title: 'Steinmeier bricht zu Afrika-Reise in drei Länder auf',
      text: 'Außenminister Steinmeier ist gestern zu einer viertägigen Reise nach Afrika aufgebrochen, die ihn in die Demokratische Republik Kongo, nach Ruanda und nach Kenia führt. Steinmeier will dort Staatschefs und Außenminister treffen; begleitet wird er von Vertretern deutscher Unternehmen.',
    });
    expect(out.countries.sort()).toEqual(['CD', 'DE', 'KE', 'RW']);
  });
});
