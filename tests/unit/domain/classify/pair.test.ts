import { describe, expect, it } from 'vitest';
import { classify } from './helpers.js';

describe('pair', () => {
  it('one bilateral event: the two actors, sorted', () => {
    const out = classify({
      language: 'en',
      title: 'Minister of Foreign Affairs of Turkmenistan meets the Ambassador of Austria',
      text: 'The Minister of Foreign Affairs of Turkmenistan met the Ambassador of Austria to discuss bilateral cooperation.',
    });
    expect(out.pair).toEqual(['AT', 'TM']);
    expect(out.why.pair).toMatch(/two actors/);
  });

  it('an opening that reports several bilateral meetings, with a third country in office, is no single event', () => {
    const input = {
      language: 'en',
      sourceCountry: 'TR',
      title: "Minister's visit to Latvia for the NATO Foreign Ministers Meeting",
      text: 'Foreign Minister Mevlüt Çavuşoğlu is visiting Latvia to attend the NATO Foreign Ministers Meeting in Riga and to hold several bilateral meetings with counterparts. Before the NATO meeting, Minister Çavuşoğlu met Foreign Minister Luigi Di Maio of Italy and discussed bilateral relations. The same day he met his Dutch colleague on trade, and later Foreign Minister Liz Truss of the United Kingdom on migration.',
    };
    expect(classify(input).pair).toBeNull();
    expect(classify(input).why.pair).toBe('the opening reports several separate meetings');
    // Two meetings with one country's officials stay one bilateral event.
    const one = classify({
      language: 'en',
      text: 'Foreign Minister Hakan Fidan held a series of meetings in Rome: he met the President of Italy and then the Prime Minister of Italy.',
    });
    expect(one.pair).toEqual(['IT', 'TR']);
  });

  it('a meeting the opening counts as of three or more countries is no pair; a ban on twelve countries still is', () => {
    const meeting = classify({
      language: 'es',
      title: 'El canciller de Chile participa en la reunión sobre Venezuela',
      text: 'El canciller de Chile está en Lima, donde participa en la reunión de cancilleres y representantes de 17 países convocada para evaluar la situación que vive Venezuela.',
    });
    expect(meeting.pair).toBeNull();
    expect(meeting.why.pair).toBe('the opening counts three or more countries');
    const ban = classify({
      language: 'es',
      title: 'Cancillería de Venezuela rechaza la restricción de visas',
      text: 'La Cancillería de Venezuela rechazó la decisión de Estados Unidos de prohibir los viajes desde 12 países, incluida Venezuela, y condenó la campaña contra el pueblo venezolano.',
    });
    expect(ban.pair).toEqual(['US', 'VE']);
  });

  it('a headline that spells its count of countries at a meeting is no pair ("Лидеры четырех стран", "五国外长")', () => {
    const ru = classify({
      language: 'ru',
      title: 'Лидеры четырех стран подписали декларацию на саммите по Газе',
      text: 'Декларацию подписали лидеры четырех стран. Председательствовали на саммите президент Египта и его американский коллега.',
    });
    expect(ru.pair).toBeNull();
    expect(ru.why.pair).toBe('the opening counts three or more countries');
    const zh = classify({
      language: 'zh',
      title: '五国外长会议在北京举行',
      text: '中国外长与俄罗斯外长在会议期间举行会谈。',
    });
    expect(zh.pair).toBeNull();
  });

  it('a unilateral statement of X about Y outside a forum is a pair', () => {
    const out = classify({
      language: 'en',
      title: 'Estonia condemns the missile strike on Odesa',
      text: 'The Ministry of Foreign Affairs of Estonia strongly condemns the Russian missile strike on Odesa.',
    });
    expect(out.pair).toEqual(['EE', 'RU']);
  });

  it('three actors: null', () => {
    const out = classify({
      language: 'en',
      title: 'Trilateral meeting of Azerbaijan, Georgia and Türkiye',
      text: 'The foreign ministers of Azerbaijan, Georgia and Türkiye held a trilateral meeting in Tbilisi.',
    });
    expect(out.pair).toBeNull();
    expect(out.countries.sort()).toEqual(['AZ', 'GE', 'TR']);
  });

  it('two members seen at a forum the opening names twice, with no meeting of their own: null', () => {
    const out = classify({
      language: 'en',
      title: 'Kuwait at the GCC–US ministerial',
      text: 'The Foreign Minister of Kuwait took part in the joint ministerial of the Gulf Cooperation Council and the United States in New York, on the margins of the UN General Assembly.',
    });
    expect(out.countries.sort()).toEqual(['KW', 'US']);
    expect(out.pair).toBeNull();
    expect(out.why.pair).toMatch(/forum/);
  });

  it('several separate bilateral meetings: null', () => {
    const out = classify({
      language: 'en',
      title: 'Foreign Minister of Lithuania holds meetings on the margins of the General Assembly',
      text: 'The Foreign Minister of Lithuania held separate bilateral meetings with the foreign ministers of Chile, Kenya and Vietnam.',
    });
    expect(out.pair).toBeNull();
  });

  it('German: a meeting on the sidelines of a forum is still a meeting of the two ("zusammengetroffen")', () => {
    const out = classify({
      language: 'de',
      title: 'Bayramov unterrichtet Baerbock über die Lage in der Region',
      text: 'Am Rande der Generaldebatte der UN-Generalversammlung ist Aserbaidschans Außenminister Jeyhun Bayramov mit seiner deutschen Amtskollegin Annalena Baerbock zusammengetroffen. Die Generaldebatte der UN-Generalversammlung dauert eine Woche.',
    });
    expect(out.pair).toEqual(['AZ', 'DE']);
  });

  it('Ukrainian: "зустрівся" is a meeting, whatever forum drew the two to New York', () => {
    const out = classify({
      language: 'uk',
      title: 'Сибіга зустрівся в Нью-Йорку з главою МЗС Бразилії',
      text: 'Міністр закордонних справ України Андрій Сибіга зустрівся з міністром закордонних справ Бразилії Мауро Вієйрою в Нью-Йорку під час засідання Генасамблеї ООН. Генасамблея ООН триває тиждень.',
    });
    expect(out.pair).toEqual(['BR', 'UA']);
  });

  it('a condemnation addresses the other country, whatever bodies it also writes to', () => {
    const out = classify({
      language: 'en',
      title: 'Qatar condemns the attack on its embassy in Tripoli',
      text: 'Qatar strongly condemned the attack on its embassy in Tripoli by armed men of the Libyan army. The Ministry of Foreign Affairs said in a statement that it would send a protest note to the United Nations.',
    });
    expect(out.pair).toEqual(['LY', 'QA']);
  });

  it('a forum named only in the text as what a country is does not make its statement a forum’s', () => {
    const out = classify({
      language: 'en',
      title: 'Canada calls on Iran to release detained journalists',
      text: 'Canada, a member of the UN Human Rights Council, said in a statement on Friday that Iran must release the detained journalists. The statement was issued by the foreign ministry.',
    });
    expect(out.pair).toEqual(['CA', 'IR']);
  });

  it('a statement about a country inside a multilateral forum: null', () => {
    const out = classify({
      language: 'en',
      title: 'Statement by Ireland at the UN Security Council on Yemen',
      text: 'Statement by the Ambassador of Ireland at the UN Security Council briefing on the humanitarian situation in Yemen. Yemen needs an end to the conflict.',
    });
    expect(out.countries.sort()).toEqual(['IE', 'YE']);
    expect(out.pair).toBeNull();
    expect(out.why.pair).toMatch(/forum/);
  });

  it('a single actor: null', () => {
    expect(
      classify({
        language: 'en',
        title: 'Minister of Foreign Affairs of Peru appoints new spokesperson',
        text: 'The Ministry of Foreign Affairs of Peru announced a new spokesperson.',
      }).pair,
    ).toBeNull();
  });
});

describe('a headline that names only a forum', () => {
  it('reports the forum’s session: two members named in it are no pair', () => {
    const out = classify({
      language: 'fr',
      title: 'Union européenne – Principaux résultats du Conseil affaires étrangères',
      text: 'Le ministre a pris part au Conseil des affaires étrangères. Sur proposition de la France, le Conseil a adopté des sanctions contre des responsables iraniens.',
    });
    expect(out.countries.slice().sort()).toEqual(['FR', 'IR']);
    expect(out.pair).toBeNull();
    expect(out.why.pair).toBe('the headline names a forum and no country or meeting');
  });

  it('a summit held by video is still the summit: "videokonfrans formatında" is no meeting of two', () => {
    const out = classify({
      language: 'az',
      title: 'MDB Dövlət Başçıları Şurasının iclasına start verilib',
      text: 'Müstəqil Dövlətlər Birliyinin (MDB) Dövlət Başçıları Şurasının videokonfrans formatında iclası başlayıb. İclası Belarus Prezidenti Aleksandr Lukaşenko açıb, iclasda Azərbaycan Prezidenti İlham Əliyevin də çıxış edəcəyi gözlənilir.',
    });
    expect(out.countries.slice().sort()).toEqual(['AZ', 'BY']);
    expect(out.pair).toBeNull();
  });

  it('Chinese: BRICS in traditional script (金磚) is a forum, so a speech at it is no pair', () => {
    const out = classify({
      language: 'zh',
      title: '王毅出席金磚外長活動並發言',
      text: '王毅表示，中國全力支持南非擔任主席國的工作。',
    });
    expect(out.pair).toBeNull();
    expect(out.why.pair).toBe('a statement inside a multilateral forum');
  });
});

describe('a Gulf Cooperation Council session', () => {
  it('is a forum: two members named in it are no pair ("اجتماع الدورة … للمجلس الوزاري")', () => {
    const out = classify({
      language: 'ar',
      title: 'وزير الخارجية يحضر اجتماع الدورة الـ159 للمجلس الوزاري الخليجي',
      text: 'شارك وزير الخارجية السعودي اليوم في اجتماع الدورة الـ159 للمجلس الوزاري لمجلس التعاون لدول الخليج العربية، برئاسة وزير الخارجية القطري.',
    });
    expect(out.pair).toBeNull();
  });
});
