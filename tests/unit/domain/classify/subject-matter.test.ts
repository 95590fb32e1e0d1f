import { describe, expect, it } from 'vitest';
import { classify } from './helpers.js';

// A country that is the theme of a story (the war in it, a topic tag) is not a party to the event.
describe('subject matter is not an actor', () => {
  it('an Italian agency topic tag before the comma is the theme', () => {
    const out = classify({
      language: 'it',
      title: 'Ucraina, Di Maio a Mosca da Lavrov per una soluzione diplomatica',
      text: 'Il ministro degli Esteri Luigi Di Maio è arrivato a Mosca per un incontro con il ministro degli Esteri russo Sergej Lavrov.',
    });
    expect(out.countries.slice().sort()).toEqual(['IT', 'RU']);
    expect(out.pair).toEqual(['IT', 'RU']);
  });

  it('Italian: "a margine della conferenza ministeriale sull\'Afghanistan" (the elided "sull\'", the adjective "ministeriale")', () => {
    const out = classify({
      language: 'it',
      title: 'Cassis e Lavrov si vedranno a Ginevra',
      text: "Mercoledì a Ginevra il consigliere federale Ignazio Cassis incontrerà il ministro degli esteri russo Sergej Lavrov, a margine della conferenza ministeriale sull'Afghanistan.",
    });
    expect(out.countries.slice().sort()).toEqual(['CH', 'RU']);
    expect(out.pair).toEqual(['CH', 'RU']);
  });

  it('French: an elided article between the word and the name ("sur l\'Ukraine")', () => {
    const out = classify({
      language: 'fr',
      title: 'Entretien entre les ministres kényan et japonais',
      text: "Le ministre kényan a échangé hier avec le ministre japonais des Affaires étrangères sur l'Ukraine et sur la sécurité régionale.",
    });
    expect(out.why.countries.some((e) => e.code === 'UA' && e.notes?.includes('subject matter'))).toBe(true);
  });

  it('the country a summit supports is its subject ("sostegno all\'Ucraina", "support for Ukraine")', () => {
    const it_ = classify({
      language: 'it',
      title: 'Vertice a Paphos tra i leader di Italia, Grecia e Cipro',
      text: "I leader di Italia, Grecia e Cipro si sono riuniti a Paphos, uniti nell'impegno per la sicurezza regionale e nel sostegno all'Ucraina.",
    });
    expect(it_.countries.slice().sort()).toEqual(['CY', 'GR', 'IT']);
    const en = classify({
      language: 'en',
      title: 'Leaders of Italy, Greece and Cyprus meet in Paphos',
      text: 'The leaders of Italy, Greece and Cyprus met in Paphos and reaffirmed their support for Ukraine.',
    });
    expect(en.countries.slice().sort()).toEqual(['CY', 'GR', 'IT']);
    const ru = classify({
      language: 'ru',
      title: 'Лидеры Италии, Греции и Кипра встретились в Пафосе',
      text: 'Лидеры Италии, Греции и Кипра встретились в Пафосе и подтвердили поддержку Украины.',
    });
    expect(ru.countries.slice().sort()).toEqual(['CY', 'GR', 'IT']);
  });

  it("Turkish puts the verb last: what 'ele aldı' and 'değerlendirildi' govern was discussed", () => {
    const out = classify({
      language: 'tr',
      title: "Çavuşoğlu ile Lavrov, Libya ve Suriye'yi ele aldı",
      text: 'Dışişleri Bakanı Mevlüt Çavuşoğlu, Rusya Dışişleri Bakanı Sergey Lavrov ile telefonda görüştü. Görüşmede başta Libya ve Suriye olmak üzere bölgesel gelişmeler değerlendirildi.',
    });
    expect(out.countries.slice().sort()).toEqual(['RU', 'TR']);
    expect(out.pair).toEqual(['RU', 'TR']);
  });

  it('the country whose internal affairs are at stake is the theme of a warning between two others', () => {
    const out = classify({
      language: 'es',
      title: 'China advierte a Canadá',
      text: 'El ministro de Exteriores chino pidió a Canadá que no interfiera en los asuntos internos de Nicaragua, informó la cancillería china.',
    });
    expect(out.countries.slice().sort()).toEqual(['CA', 'CN']);
    expect(out.pair).toEqual(['CA', 'CN']);
  });

  it('a person opening the title before a comma is its speaker, not a topic tag', () => {
    const out = classify({
      language: 'fr',
      title: 'Mélanie Joly, ministre des Affaires étrangères, rencontre son homologue',
      text: "La ministre a rencontré Jean-Noël Barrot, ministre de l'Europe et des Affaires étrangères de la France, à Paris. Ils ont parlé de l'Arctique.",
    });
    expect(out.countries.slice().sort()).toEqual(['CA', 'FR']);
    expect(out.pair).toEqual(['CA', 'FR']);
  });

  it('Chinese: the war of a pair of countries ("俄乌战争") is a topic of the talks, not two actors', () => {
    const out = classify({
      language: 'zh',
      text: '马来西亚总理安瓦尔周二在吉隆坡会见德国外长，双方就俄乌战争、中东局势等议题交换意见。',
    });
    expect(out.countries.slice().sort()).toEqual(['DE', 'MY']);
    expect(out.pair).toEqual(['DE', 'MY']);
  });

  it('Azerbaijani and Turkish: a dispute named after a country makes it the subject ("Tayvan mübahisəsi")', () => {
    const az = classify({
      language: 'az',
      text: 'Kosovo mübahisəsi fonunda Serbiyanın xarici işlər naziri Macarıstanlı həmkarı ilə görüşüb.',
    });
    expect(az.countries.slice().sort()).toEqual(['HU', 'RS']);
    const tr = classify({
      language: 'tr',
      text: 'Kıbrıs anlaşmazlığı gölgesinde Yunanistan Dışişleri Bakanı Mısırlı mevkidaşı ile görüştü.',
    });
    expect(tr.countries.slice().sort()).toEqual(['EG', 'GR']);
  });

  it('Ukrainian "перед лицем російської агресії" and Arabic "حول التوتر بين إيران وإسرائيل" name what is at stake', () => {
    const uk = classify({
      language: 'uk',
      title: 'США разом з ЄС підтримують Україну перед лицем російської агресії - посол',
      text: 'Посол США в Україні заявила, що Сполучені Штати разом з ЄС підтримують Україну перед лицем російської агресії. Вона наголосила на підтримці суверенітету України.',
    });
    expect(uk.countries.slice().sort()).toEqual(['UA', 'US']);
    const ar = classify({
      language: 'ar',
      title: 'وزيرا الخارجية التركي والروسي يتبادلان الآراء حول التوتر بين إيران وإسرائيل',
      text: 'أجرى وزير الخارجية التركي هاكان فيدان اتصالاً هاتفياً مع نظيره الروسي سيرغي لافروف، وتبادلا الآراء حول التوتر بين إيران وإسرائيل.',
    });
    expect(ar.countries.slice().sort()).toEqual(['RU', 'TR']);
  });

  it('English "Azerbaijani aggression" is what the two discussed', () => {
    const out = classify({
      language: 'en',
      title: 'Armenian and Uruguayan foreign ministers discuss Azerbaijani aggression',
      text: 'Foreign Minister of Armenia Ararat Mirzoyan met the Foreign Minister of Uruguay in Montevideo. They discussed bilateral relations and the consequences of the Azerbaijani aggression.',
    });
    expect(out.pair).toEqual(['AM', 'UY']);
  });

  it('Turkish "Ukrayna konulu toplantı": a meeting on a country', () => {
    const out = classify({
      language: 'tr',
      title: "Fidan, Londra'da Ukrayna konulu toplantıya katıldı",
      text: "Dışişleri Bakanı Hakan Fidan, Londra'da düzenlenen Ukrayna konulu liderler toplantısına katıldı.",
    });
    expect(out.countries).toEqual(['TR']);
  });

  it('two countries opening a title are still a list, not a tag', () => {
    const out = classify({
      language: 'en',
      title: 'Azerbaijan, Turkey sign defence agreement',
      text: 'The defence ministers of Azerbaijan and Turkey signed an agreement on military cooperation in Baku.',
    });
    expect(out.pair).toEqual(['AZ', 'TR']);
  });

  it('"the invasion of X by Russian forces" keeps X a theme in a Franco-Russian-American story', () => {
    const out = classify({
      language: 'fr',
      title: 'Première rencontre depuis le début de la guerre en Ukraine entre Blinken et Lavrov',
      text: "La dernière entrevue des deux chefs de la diplomatie remonte à 2022, avant l'invasion de l'Ukraine par les forces russes.",
    });
    expect(out.countries).not.toContain('UA');
    expect(out.pair).toEqual(['RU', 'US']);
  });

  it('a Turkish "Rusya-Ukrayna Savaşı" names the war, not its parties', () => {
    const out = classify({
      language: 'tr',
      title: 'Fidan ve Szijjarto ortak basın toplantısı düzenledi',
      text: "Dışişleri Bakanı Fidan'ın Macaristanlı mevkidaşı Szijjarto ile düzenlediği ortak basın toplantısında temel gündem Rusya-Ukrayna Savaşı'ydı.",
    });
    expect(out.pair).toEqual(['HU', 'TR']);
    expect(out.why.countries.some((e) => e.code === 'RU' && e.notes?.includes('subject matter'))).toBe(true);
  });
});

describe('a department named after a region or a country is its subject, not an actor', () => {
  it('Arabic: "مديرة الشؤون الأمريكية" is a director of American affairs in another ministry', () => {
    const out = classify({
      language: 'ar',
      sourceCountry: 'MR',
      title: 'وزير الخارجية يستقبل سفير الصين',
      text: 'استقبل وزير الشؤون الخارجية اليوم في مكتبه سفير الصين.\nوحضرت اللقاء مديرة الشؤون الأمريكية والآسيوية بالوزارة.',
    });
    expect(out.countries.slice().sort()).toEqual(['CN', 'MR']);
  });

  it('Arabic: "المواجهة بين الجانبين الفلسطيني والإسرائيلي" is what two ministers discussed', () => {
    const out = classify({
      language: 'ar',
      title: 'وزير الخارجية العماني يجتمع بوزير خارجية إيران',
      text: 'اجتمع وزير الخارجية العماني بوزير خارجية إيران في مسقط.\nوبحث الوزيران آخر التطورات في ظل استمرار المواجهة بين الجانبين الفلسطيني والإسرائيلي.',
    });
    expect(out.countries.slice().sort()).toEqual(['IR', 'OM']);
  });
});

describe('a country in brackets after a place says where the place lies', () => {
  it('Spanish: "residentes en Luanda (Angola) y Libreville (Gabón)" are no actors', () => {
    const out = classify({
      language: 'es',
      title: 'Nuevos embajadores de Nicaragua y Arabia Saudita en Guinea Ecuatorial',
      text: 'Los nuevos embajadores de Nicaragua y Arabia Saudita ante Guinea Ecuatorial, residentes en Luanda (Angola) y Libreville (Gabón), visitaron el ministerio.',
    });
    expect(out.countries).not.toContain('AO');
    expect(out.countries).not.toContain('GA');
  });

  it('a company in brackets belongs to the country: "Bulgartransgaz (Bulgaria)"', () => {
    const out = classify({
      language: 'en',
      title: 'Gas operators sign a memorandum',
      text: 'The operators Bulgartransgaz (Bulgaria), Transgaz (Romania), FGSZ (Hungary) and Eustream (Slovakia) signed a memorandum with SOCAR of Azerbaijan.',
    });
    expect(out.countries).toEqual(expect.arrayContaining(['BG', 'RO', 'HU', 'SK']));
  });

  it('Azerbaijani and Turkish: "X ilə Y arasındakı gərginlik" is what is discussed, not two partners', () => {
    const az = classify({
      language: 'az',
      title: 'İranın XİN rəhbəri İstanbula yollanıb',
      text: 'İranın xarici işlər naziri Abbas Araqçı İstanbula səfər edib. Araqçının İsrail ilə İran arasındakı gərginliyi də müzakirə edəcəyi gözlənilir.',
    });
    expect(az.countries).toEqual(['IR']);
    const tr = classify({
      language: 'tr',
      title: 'Pakistan Dışişleri Bakanı Ankara’da',
      text: 'Pakistan Dışişleri Bakanı Ankara’ya geldi. Bakan, Hindistan ile Pakistan arasındaki gerginliği Dışişleri Bakanı Hakan Fidan ile görüştü.',
    });
    expect(tr.pair).toEqual(['PK', 'TR']);
  });

  it('Arabic: "المسألة الليبية", "القضية الفلسطينية" name a question, not a party', () => {
    const out = classify({
      language: 'ar',
      title: 'الرئيس الجزائري يؤجل زيارته إلى تونس',
      text: 'تلقى الرئيس التونسي قيس سعيّد اتصالاً هاتفياً من الرئيس الجزائري عبد المجيد تبون أعلن فيه تأجيل زيارته إلى تونس. وتطرق الاتصال إلى تطابق موقفي البلدين في المسألة الليبية وضرورة حل ليبي ليبي للأزمة.',
    });
    expect(out.countries.slice().sort()).toEqual(['DZ', 'TN']);
    expect(out.pair).toEqual(['DZ', 'TN']);
  });

  it('a country in brackets after a person\'s name is whom they stand for: "Patrice Talon (Bénin)"', () => {
    const out = classify({
      language: 'fr',
      title: 'Communiqué final du sommet de la CEDEAO',
      text: "Le sommet de la CEDEAO s'est tenu à Abuja, au Nigeria, sous la présidence de Faure Gnassingbé, président du Togo. Y ont pris part Patrice Talon (Bénin), Roch Marc Christian Kaboré (Burkina Faso), Alassane Ouattara (Côte d'Ivoire), Nana Akufo-Addo (Ghana), Alpha Condé (Guinée), George Weah (Liberia), Macky Sall (Sénégal) et Ernest Bai Koroma (Sierra Leone).",
    });
    expect(out.countries).toEqual(
      expect.arrayContaining(['BJ', 'BF', 'CI', 'GH', 'GN', 'LR', 'SN', 'SL', 'TG']),
    );
    const burma = classify({
      language: 'en',
      text: 'The list names Afghanistan, Myanmar (Burma), Iran and Iraq among the countries where the United States advises against all travel.',
    });
    expect(burma.why.countries.filter((e) => e.code === 'MM').every((e) => !e.notes?.includes('role'))).toBe(
      true,
    );
  });
});

describe('subject matter a check of about 6 phrases per language found unread', () => {
  const subject = (text: string, lang: string, code: string) =>
    classify({ language: lang, title: '', text }).why.countries.some(
      (e) => e.code === code && e.notes?.includes('subject matter'),
    );

  it('Turkish "Suriye konusunu", Italian "il conflitto in Siria", Japanese "シリア危機"', () => {
    expect(subject('Bakanlar Suriye konusunu ele aldılar.', 'tr', 'SY')).toBe(true);
    expect(subject('I ministri hanno parlato del conflitto in Siria.', 'it', 'SY')).toBe(true);
    expect(subject('両外相はシリア危機について話し合った。', 'ja', 'SY')).toBe(true);
  });
});

describe('a sanction named among what was discussed', () => {
  it('addresses no one: the countries after the discussion verb are its subjects', () => {
    const out = classify({
      language: 'it',
      title: 'Stati Uniti e Svizzera, partner naturali',
      text: "Pompeo e Cassis hanno presentato i risultati dei colloqui. Tra i temi affrontati dai due ministri degli Esteri figurano le sanzioni all'Iran, la crisi in Venezuela e la politica della Russia.",
    });
    expect(out.countries.slice().sort()).toEqual(['CH', 'US']);
    expect(out.pair).toEqual(['CH', 'US']);
  });
});

describe('phrases of what was discussed a check of about 4 per language found unread', () => {
  const subject = (text: string, lang: string, code: string) =>
    classify({ language: lang, title: '', text }).why.countries.some(
      (e) => e.code === code && e.notes?.includes('subject matter'),
    );

  it('reads "es ging um", "речь шла о", "gündəmdə", "tra i temi", "entre los temas"', () => {
    expect(subject('Bei dem langen Treffen in Berlin ging es um Syrien.', 'de', 'SY')).toBe(true);
    expect(subject('На долгой встрече в Берлине речь шла о Сирии.', 'ru', 'SY')).toBe(true);
    expect(subject('Görüşdə Suriya məsələsi gündəmdə olub.', 'az', 'SY')).toBe(true);
    expect(subject('Tra i temi dei colloqui la Siria e la Libia.', 'it', 'SY')).toBe(true);
    expect(subject('Entre los temas de la reunión estuvo Siria.', 'es', 'SY')).toBe(true);
  });

  it('reads the Arabic verbs of discussion in the feminine ("المباحثات تناولت", "بحثت الوزيرة")', () => {
    expect(
      subject('قال الوزير إن مباحثاته مع نظيره تناولت استقرار الأوضاع في المنطقة وفلسطين.', 'ar', 'PS'),
    ).toBe(true);
    expect(subject('وبحثت الحكومة خلال الجلسة مستجدات التعاون الاقتصادي وليبيا.', 'ar', 'LY')).toBe(true);
  });

  it('Arabic: the issues ("القضايا") in the plural, and each adjective joined to the first', () => {
    const out = classify({
      language: 'ar',
      title: 'شكري: الاجتماع الثلاثي يتطلع إلى حل القضايا الفلسطينية والسورية والليبية',
      text: 'قال وزير الخارجية سامح شكري إن الاجتماع الثلاثي لوزراء خارجية مصر والعراق والأردن بحث التحديات التي تواجه المنطقة.',
    });
    expect(out.countries.sort()).toEqual(['EG', 'IQ', 'JO']);
  });

  it('Turkish: a country before "zirvesi", "toplantısı", "konferansı" names what the meeting is about', () => {
    const out = classify({
      language: 'tr',
      title: "Soçi'deki Suriye Zirvesi: Çözüm umutları arttı",
      text: "Türkiye, Rusya ve İran liderleri Soçi'de bir araya geldi. Cumhurbaşkanı Erdoğan, Rusya Devlet Başkanı Putin ve İran Cumhurbaşkanı Ruhani ortak açıklama yaptı.",
    });
    expect(out.countries.sort()).toEqual(['IR', 'RU', 'TR']);
  });

  it('French and Spanish: a noun of crisis before the adjective ("la crise ukrainienne"), not across a colon', () => {
    const out = classify({
      language: 'fr',
      title: 'Lamamra en discussion avec des responsables russes',
      text: "Le ministre algérien des affaires étrangères a eu des entretiens avec des responsables russes à Moscou, au titre d'un groupe de contact arabe consacré à la crise ukrainienne.",
    });
    expect(out.countries.sort()).toEqual(['DZ', 'RU']);
    // "des pays en crise : Côte d'Ivoire, Guinée …" lists the countries concerned, each of them named.
    const listed = classify({
      language: 'fr',
      text: "Les dossiers du sommet portaient sur des pays en crise : Côte d'Ivoire, Guinée et Togo.",
    });
    expect(listed.why.countries.find((e) => e.code === 'CI')?.notes ?? []).not.toContain('subject matter');
  });

  it('peace in a country is what is talked about: "Frieden in der Ukraine", "peace in Ukraine"', () => {
    const out = classify({
      language: 'de',
      title: 'Frieden in der Ukraine – Meinl-Reisinger mit klarer Ansage',
      text: 'Außenministerin Beate Meinl-Reisinger hat beim Treffen der OSZE in Wien einen gerechten Frieden in der Ukraine gefordert.',
    });
    expect(out.countries).toEqual(['AT']);
    // Likewise elections, stability, a ceasefire or reconstruction in one.
    const notes = classify({
      language: 'fr',
      text: 'Le sommet de la CEDEAO a discuté des élections en Sierra Leone et de la stabilité au Nigeria.',
    }).why.countries;
    expect(
      notes
        .filter((e) => e.notes?.includes('subject matter'))
        .map((e) => e.code)
        .sort(),
    ).toEqual(['NG', 'SL']);
  });
});
