import { describe, expect, it } from 'vitest';
import { classify } from './helpers.js';

// Texts written for these tests.
describe('a list whose members are set apart by semicolons is one sentence', () => {
  it('Spanish: "Los presidentes de A, <name>; de B, <name>; de C, <name> …, se reunieron"', () => {
    const out = classify({
      language: 'es',
      title: 'Cumbre de presidentes del Mercosur',
      text: 'Los presidentes de la República Argentina, Alberto Fernández; de la República Federativa de Brasil, Luiz Inácio Lula da Silva; de la República del Paraguay, Mario Abdo Benítez, y de la República Oriental del Uruguay, Luis Lacalle Pou, se reunieron en Iguazú. En el comunicado reafirmaron su compromiso con la integración regional.',
    });
    expect(out.countries.slice().sort()).toEqual(['AR', 'BR', 'PY', 'UY']);
  });
});

describe('a list of destinations', () => {
  it('a member by its formal name after the list\'s comma ("Fiji, the Republic of the Marshall Islands") is a member', () => {
    const out = classify({
      language: 'en',
      title: 'Minister to lead a delegation to the Pacific',
      text: 'Foreign Minister Winston Peters will lead a political delegation on a Pacific tour later this week. The delegation, which also includes committee member Teanau Tuiono, will visit Fiji, the Republic of the Marshall Islands (RMI), the Federated States of Micronesia (FSM) and Palau.',
    });
    expect(out.countries.slice().sort()).toEqual(['FJ', 'FM', 'MH', 'NZ', 'PW']);
  });
});

describe('travel advice', () => {
  it('one country advising its citizens against another is their pair, whatever threat it names', () => {
    const out = classify({
      language: 'uk',
      title: 'Держдеп США рекомендує своїм громадянам не їздити до України',
      text: 'Державний департамент США рекомендує громадянам США не їздити до України через загрози з боку Росії. Посольство США в Україні радить громадянам в Україні стежити за новинами.',
    });
    expect(out.pair).toEqual(['UA', 'US']);
  });

  it('travel advice that lists destinations names where not to go, not who acts', () => {
    const out = classify({
      language: 'ru',
      title: 'Россиянам посоветовали не ездить в пять стран',
      text: 'МИД России рекомендовал гражданам не посещать Йемен, Ливию, Сирию, Судан и Ливан из-за угрозы безопасности. Консульская помощь там может быть ограничена.',
    });
    expect(out.countries).toEqual(['RU']);
    // Without the advice the same list is a list of actors.
    const met = classify({
      language: 'ru',
      title: 'Лавров встретился с коллегами',
      text: 'Министр иностранных дел России провёл встречу с министрами иностранных дел Йемена, Ливии, Сирии, Судана и Ливана.',
    });
    expect(met.countries.length).toBeGreaterThan(1);
  });

  it('Arabic: "حذّرت … المواطنين من السفر إلى" is travel advice too', () => {
    const out = classify({
      language: 'ar',
      title: 'السعودية تحذر مواطنيها من السفر إلى 12 دولة بينها لبنان وتركيا',
      text: 'حذّرت وزارة الداخلية السعودية اليوم المواطنين من السفر إلى 12 دولة، ومنها لبنان وإيران وتركيا، بسبب عدم الاستقرار في عدد من الدول.',
    });
    expect(out.countries).toEqual(['SA']);
  });
});

describe('counterparts in the plural', () => {
  it('Italian: "ha visto i colleghi di A, B, C e D": each of them met the minister', () => {
    const out = classify({
      language: 'it',
      title: 'Gli incontri bilaterali del governo italiano dopo la conferenza',
      text: 'Il governo ha avviato i primi incontri bilaterali dopo la conferenza. Il 23 novembre il ministro degli Esteri Mario Rossi ha visto i colleghi di Russia, Iran, Giordania e Giappone. Il 24 ha incontrato anche il presidente del parlamento israeliano.',
    });
    expect(out.countries.slice().sort()).toEqual(expect.arrayContaining(['IR', 'IT', 'JO', 'JP', 'RU']));
    expect(out.pair).toBeNull();
  });

  it('Spanish: a headline that meets "homólogos de Europa y EEUU" names no single pair', () => {
    const out = classify({
      language: 'es',
      title: 'El canciller chino conversa con homólogos de Europa y EEUU',
      text: 'El canciller chino Wang Yi conversó con el secretario de Estado de EEUU, Marco Rubio, y por separado con los cancilleres de Francia y de Alemania.',
    });
    expect(out.pair).toBeNull();
    expect(out.why.pair).toBe('the headline meets counterparts in the plural');
  });

  it('Japanese "とそれぞれ会見" and Chinese "分别会见" (each separately) name no single pair', () => {
    const ja = classify({
      language: 'ja',
      title: 'ベトナム首相、カンボジア・ラオス両首相とそれぞれ会見',
      text: 'ベトナムの首相は20日、カンボジアの首相とラオスの首相とそれぞれ会見した。',
    });
    expect(ja.pair).toBeNull();
    const zh = classify({
      language: 'zh',
      title: '越南总理分别会见柬埔寨老挝总理',
      text: '越南总理20日分别会见柬埔寨总理和老挝总理。',
    });
    expect(zh.pair).toBeNull();
  });

  it('Japanese: "アフリカ首脳らと会談" (leaders, plural) names no single pair', () => {
    const out = classify({
      language: 'ja',
      title: '石破首相、アフリカ首脳らと「マラソン会談」開始',
      text: '石破首相は横浜でケニアのルト大統領と会談し、経済協力について話し合った。',
    });
    expect(out.pair).toBeNull();
  });

  it('German "mit seinen Amtskollegen" (plural, unlike "seinem") and Spanish "con sus pares" name no single pair', () => {
    const de = classify({
      language: 'de',
      title: 'Wadephul telefoniert mit seinen Amtskollegen aus Frankreich und Polen',
      text: 'Außenminister Johann Wadephul hat mit dem französischen Außenminister und dem polnischen Außenminister telefoniert.',
    });
    expect(de.pair).toBeNull();
    const es = classify({
      language: 'es',
      title: 'El canciller se reunió con sus pares de Chile y Perú',
      text: 'El canciller argentino se reunió en Lima con el canciller chileno y con el canciller peruano.',
    });
    expect(es.pair).toBeNull();
    const one = classify({
      language: 'de',
      title: 'Wadephul telefoniert mit seinem Amtskollegen aus Frankreich',
      text: 'Außenminister Johann Wadephul hat mit dem französischen Außenminister telefoniert.',
    });
    expect(one.pair).toEqual(['DE', 'FR']);
  });

  it('Arabic: the dual "نظيريه" (his two counterparts) in the headline names no single pair', () => {
    const out = classify({
      language: 'ar',
      title: 'وزير الخارجية الجزائري يجري اتصالين مع نظيريه',
      text: 'أجرى وزير الخارجية الجزائري أحمد عطاف اتصالا هاتفيا مع نظيره الكوبي برونو رودريغيز، ثم اتصالا آخر مع نظيره السوري.',
    });
    expect(out.pair).toBeNull();
    expect(out.why.pair).toBe('the headline meets counterparts in the plural');
  });
});

describe('a list whose members are each followed by a name set off by commas is one list', () => {
  it('French: "ses homologues émirati, <name>, bahreïni, <name>, et somalien, <name>"', () => {
    const out = classify({
      language: 'fr',
      title: 'Au Caire, le ministre enchaîne les entretiens avec ses homologues arabes',
      text: "Nasser Bourita s'est entretenu avec le ministre des Affaires étrangères d'Arabie saoudite. Il a également échangé avec ses homologues émirati, Khalifa Shaheen Almarar, bahreïni, Abdullatif Al Zayani, libyenne, Najla Mangoush, et somalien, Absher Omar Jama.",
    });
    expect(out.countries.slice().sort()).toEqual(['AE', 'BH', 'LY', 'MA', 'SA', 'SO']);
  });
});

describe('a sentence that adds a separate meeting', () => {
  it('makes the office holder it names a partner, and the item no single pair ("Separately, …")', () => {
    const out = classify({
      language: 'en',
      title: 'Russian Ambassador calls on Foreign Minister',
      text: 'The Ambassador of Russia to Sri Lanka called on Foreign Minister Ali Sabry at the Ministry of Foreign Affairs in Colombo. They discussed bilateral relations, trade and tourism. Senior officials of both sides attended the meeting. Separately, the High Commissioner of Pakistan to Sri Lanka also paid a courtesy call on the Minister at the Ministry.',
    });
    expect(out.countries).toContain('PK');
    expect(out.pair).toBeNull();
  });

  it('Turkish: "İngiltere\'den Philip Hammond, İtalya\'dan Paolo Gentiloni …" is one list of counterparts', () => {
    const out = classify({
      language: 'tr',
      title: 'Çavuşoğlu, NATO toplantısında mevkidaşlarıyla görüştü',
      text: "Toplantıdan sonra Dışişleri Bakanı Çavuşoğlu, Makedon mevkidaşı Nikola Poposki, İngiltere'den Philip Hammond, İtalya'dan Paolo Gentiloni, Ukrayna'dan Pavlo Klimkin, İzlanda'dan Gunnar Bragi Sveinsson ve Hollanda'dan Bert Koenders ile ikili görüşmeler yaptı.",
    });
    expect(out.countries).toEqual(expect.arrayContaining(['GB', 'IT', 'UA', 'IS', 'NL', 'MK', 'TR']));
    const roles = new Set(out.why.countries.filter((e) => e.notes?.includes('role')).map((e) => e.code));
    for (const code of ['GB', 'IT', 'UA', 'IS', 'NL']) expect(roles.has(code), code).toBe(true);
    // Places left from are no list of office holders: "Katar'dan, Bahreyn'den ve Kuveyt'ten".
    const left = classify({
      language: 'tr',
      title: 'Tahliyeler sürüyor',
      text: "Dışişleri Bakanı Fidan'ın talimatıyla Katar'dan, Bahreyn'den ve Kuveyt'ten Türk vatandaşları tahliye edildi.",
    });
    const leftRoles = left.why.countries.filter((e) => e.notes?.includes('role')).map((e) => e.code);
    expect(leftRoles).not.toContain('BH');
    expect(leftRoles).not.toContain('KW');
  });

  it('a particle in a member\'s office holder\'s name ("Júlio de Morais") does not end the list', () => {
    const out = classify({
      language: 'en',
      text: 'President Lourenço met the King of Spain. He had also accredited the ambassadors of Uganda, Julius Katembeka, Cabo Verde, Júlio de Morais, and the United Arab Emirates, Salem Alshamsi.',
    });
    expect(out.countries).toContain('AE');
    // A Turkish suffix after an apostrophe ("Tiran'da") is no particle of a name.
    const tr = classify({
      language: 'tr',
      text: "Dışişleri Bakanı Mevlüt Çavuşoğlu Rusya'ya gidecek. Çavuşoğlu, Tiran'da Arnavutluk Dışişleri Bakan Vekili ile görüştü.",
    });
    expect(tr.why.countries.find((e) => e.matched === 'Çavuşoğlu')?.notes ?? []).not.toContain('role');
  });

  it('a late aside listing an actor with others ("talks backed by Russia, Iran and Turkey") makes the others no parties', () => {
    const out = classify({
      language: 'en',
      title: 'Safadi, Lavrov discuss regional issues by phone',
      text: 'Foreign Minister Ayman Safadi and his Russian counterpart Sergey Lavrov discussed developments in the region. The two went over the crisis and humanitarian aid. They also reviewed Jordanian-Russian relations. The call came as a new round of peace talks backed by Russia, Iran and Turkey opened on Thursday.',
    });
    expect(out.countries.sort()).toEqual(['JO', 'RU']);
  });
});
