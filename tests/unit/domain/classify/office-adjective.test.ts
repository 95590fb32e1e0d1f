import { describe, expect, it } from 'vitest';
import { decidePair } from '../../../../src/domain/classify/pair.js';
import { classify, countriesOf } from './helpers.js';

// Texts written for these tests.
describe('an office followed by a country adjective names an actor', () => {
  it('Italian: "il presidente del Senato italiano"', () => {
    const out = classify({
      language: 'it',
      text: "Il ministro degli Esteri dell'Azerbaigian Jeyhun Bayramov ha incontrato a Roma il presidente del Senato italiano.",
    });
    expect(out.countries.slice().sort()).toEqual(['AZ', 'IT']);
    expect(out.pair).toEqual(['AZ', 'IT']);
  });

  it('Italian: "il ministro degli Esteri italiano", relations between X and Y', () => {
    const out = classify({
      language: 'it',
      text: "Il ministro degli Esteri italiano ha ricevuto l'ambasciatore per rafforzare i rapporti tra Italia e Azerbaigian.",
    });
    expect(out.pair).toEqual(['AZ', 'IT']);
  });

  it('French and Spanish: "le président du Sénat italien", "el presidente del Senado italiano"', () => {
    expect(
      countriesOf(
        'Le ministre des Affaires étrangères de l’Azerbaïdjan a rencontré à Rome le président du Sénat italien.',
        'fr',
      ),
    ).toEqual(['AZ', 'IT']);
    expect(
      countriesOf(
        'El ministro de Exteriores de Azerbaiyán se reunió en Roma con el presidente del Senado italiano.',
        'es',
      ),
    ).toEqual(['AZ', 'IT']);
  });

  it('an inflected adjective is read with the grammar of the text, even where another language shares its stem', () => {
    expect(countriesOf('Il governo italiano ha convocato il ministro degli Esteri austriaco.', 'it')).toEqual(
      ['AT', 'IT'],
    );
  });
});

describe('offices a check of about 20 per language found unread', () => {
  const roleOf = (text: string, lang: string, code: string) =>
    classify({ language: lang, title: '', text }).why.countries.some(
      (e) => e.code === code && e.notes?.includes('role'),
    );

  it('French: envoyé spécial, haut-commissaire, Assemblée nationale', () => {
    expect(roleOf("Hier, l'envoyé spécial du Kenya a rencontré le ministre.", 'fr', 'KE')).toBe(true);
    expect(roleOf('Hier, le haut-commissaire du Kenya a rencontré le ministre.', 'fr', 'KE')).toBe(true);
    expect(roleOf("Hier, le président de l'Assemblée nationale du Kenya est arrivé.", 'fr', 'KE')).toBe(true);
    // The verb 'envoyer' (to send) is no envoy: folded, 'envoyé*' would have read it as one.
    expect(roleOf('Hier, le Kenya a envoyé des vivres.', 'fr', 'KE')).toBe(false);
    expect(roleOf("Hier, l'envoyée spéciale du Kenya a rencontré le ministre.", 'fr', 'KE')).toBe(true);
  });

  it('a consul is an office; the other words that begin like it are not (consulting, consultative)', () => {
    expect(roleOf('Yesterday the consul of Kenya met the mayor.', 'en', 'KE')).toBe(true);
    expect(roleOf('Yesterday the consulting firms of Kenya met.', 'en', 'KE')).toBe(false);
    expect(roleOf('Ayer el cónsul de Kenia llegó.', 'es', 'KE')).toBe(true);
  });

  it('Spanish and Italian: the envoy is an office, the verb of sending is not (enviado, inviato)', () => {
    expect(roleOf('Ayer el enviado de Kenia llegó a la capital.', 'es', 'KE')).toBe(true);
    expect(roleOf('Ayer Kenia ha enviado ayuda humanitaria.', 'es', 'KE')).toBe(false);
    expect(roleOf("Ieri l'inviato del Kenya ha parlato ai giornalisti.", 'it', 'KE')).toBe(true);
    expect(roleOf('Ieri il Kenya ha inviato un messaggio.', 'it', 'KE')).toBe(false);
  });

  it('Spanish: cónsul general, enviado especial, vicepresidente, la parte keniana', () => {
    expect(roleOf('Ayer, el cónsul general de Kenia se reunió con el ministro.', 'es', 'KE')).toBe(true);
    expect(roleOf('Ayer, el enviado especial de Kenia se reunió con el ministro.', 'es', 'KE')).toBe(true);
    expect(roleOf('Ayer, el vicepresidente de Kenia se reunió con el ministro.', 'es', 'KE')).toBe(true);
    expect(roleOf('Ayer, la parte keniana anunció medidas.', 'es', 'KE')).toBe(true);
  });

  it('Italian, Russian, Ukrainian, Azerbaijani and Arabic envoys, consuls and deputies', () => {
    expect(roleOf("Ieri l'inviato speciale del Kenya ha incontrato il ministro.", 'it', 'KE')).toBe(true);
    expect(roleOf('Ieri il console generale del Kenya ha incontrato il ministro.', 'it', 'KE')).toBe(true);
    expect(roleOf('Вчера постпред Кении при ООН выступил.', 'ru', 'KE')).toBe(true);
    expect(roleOf('Вчора постпред Кенії при ООН виступив.', 'uk', 'KE')).toBe(true);
    expect(roleOf('Dünən Keniyanın müvəqqəti işlər vəkili nazirlə görüşüb.', 'az', 'KE')).toBe(true);
    expect(roleOf('أمس التقى القنصل العام لكينيا الوزير.', 'ar', 'KE')).toBe(true);
    expect(roleOf('أمس التقى نائب الرئيس الكيني الوزير.', 'ar', 'KE')).toBe(true);
  });

  it('Chinese and Japanese: chargés, consuls general, envoys, permanent representatives, "ケニア側"', () => {
    expect(roleOf('昨天，肯尼亚临时代办会见了部长。', 'zh', 'KE')).toBe(true);
    expect(roleOf('昨天，肯尼亚总领事会见了部长。', 'zh', 'KE')).toBe(true);
    expect(roleOf('昨天，肯尼亚常驻联合国代表发言。', 'zh', 'KE')).toBe(true);
    expect(roleOf('昨日、ケニアの総領事が大臣と会談した。', 'ja', 'KE')).toBe(true);
    expect(roleOf('昨日、ケニアの特使が大臣と会談した。', 'ja', 'KE')).toBe(true);
    expect(roleOf('昨日、ケニア側が措置を発表した。', 'ja', 'KE')).toBe(true);
  });

  it('German compound offices: Staatspräsident, Bundeskanzler, Bundesminister', () => {
    expect(roleOf('Am Sonntag traf Staatspräsident Xi Jinping den Gast.', 'de', 'CN')).toBe(true);
    expect(roleOf('Die Präsidentin sprach bei Bundeskanzler Merz vor.', 'de', 'DE')).toBe(true);
  });

  it('an office reaches the short name across the state\'s formal name ("de la Fédération de Russie")', () => {
    expect(
      roleOf("Hier, l'Ambassadeur de la Fédération de Russie a rencontré le ministre.", 'fr', 'RU'),
    ).toBe(true);
    expect(roleOf('The Ambassador of the Islamic Republic of Iran met the minister.', 'en', 'IR')).toBe(true);
    const listed = classify({
      language: 'de',
      title: 'Bundespräsident empfängt Botschafter',
      text: 'Der Bundespräsident hat die Botschafter der Mongolei, der Union der Komoren und der Islamischen Republik Pakistan zur Übergabe ihrer Beglaubigungsschreiben empfangen.',
    });
    expect(listed.countries).toEqual(expect.arrayContaining(['KM', 'MN', 'PK']));
  });

  it('an office reaches its country across the name of its portfolio ("secretario de Seguridad Nacional de Estados Unidos")', () => {
    expect(
      roleOf('Ayer el secretario de Seguridad Nacional de Estados Unidos visitó la frontera.', 'es', 'US'),
    ).toBe(true);
    expect(roleOf('Ieri il ministro della Transizione Ecologica della Francia ha parlato.', 'it', 'FR')).toBe(
      true,
    );
    // Not across a comma, nor across lower-case words that are no portfolio.
    expect(
      roleOf('Ayer el secretario, en una visita a la frontera de Estados Unidos, habló.', 'es', 'US'),
    ).toBe(false);
    expect(roleOf('Ayer el secretario visitó la zona fronteriza de Estados Unidos.', 'es', 'US')).toBe(false);
  });

  it('Turkish: a country that is also a given name before a capitalised office is the country ("Kenya Büyükelçiliği")', () => {
    expect(roleOf('Dün Kenya Büyükelçiliği açıklama yaptı.', 'tr', 'KE')).toBe(true);
    expect(roleOf('Dün Kenya Başkonsolosu bakanla görüştü.', 'tr', 'KE')).toBe(true);
    expect(roleOf('Dün Kenya Özel Temsilcisi bakanla görüştü.', 'tr', 'KE')).toBe(true);
  });
});

describe('a name that looks like a country', () => {
  it('"La Russa" is the President of the Italian Senate, not Russia', () => {
    const out = classify({
      language: 'it',
      text: "Il presidente del Senato Ignazio La Russa ha ricevuto il ministro degli Esteri dell'Azerbaigian. La Russa ha ricordato i rapporti tra Italia e Azerbaigian.",
    });
    expect(out.countries).not.toContain('RU');
    expect(out.pair).toEqual(['AZ', 'IT']);
  });

  it('"Jordan Peterson" and "Israel Ziv" are people', () => {
    expect(
      countriesOf(
        'Jordan Peterson and Israel Ziv spoke in Baku with the Foreign Minister of Azerbaijan.',
        'en',
      ),
    ).toEqual(['AZ']);
  });

  it('an office holder’s surname after another given name is another person: "Giulio Renzi"', () => {
    const out = classify({
      language: 'it',
      title: 'Il Presidente d’Albania in visita',
      text: 'Il Presidente Meta è stato accolto dal direttore del museo Giulio Renzi, che lo ha presentato ai membri del Governo.',
    });
    expect(out.countries).toEqual(['AL']);
    expect(out.why.countries.find((e) => e.matched === 'Renzi')?.notes).toContain(
      'another person of that surname',
    );
    // A transliteration of the holder's own given name, or an office before the surname, keeps him.
    expect(
      countriesOf('Il ministro ha parlato con Dmitro Kuleba e con il segretario di Stato Rubio.', 'it'),
    ).toEqual(['UA', 'US']);
  });

  it('a capital that is also a given name: "Bağdad Amreyev", "Sofía Pérez"', () => {
    expect(
      countriesOf(
        'Türk Dövlətləri Təşkilatının Baş katibi Bağdad Amreyev Prezident İlham Əliyevə məktub göndərib.',
        'az',
      ),
    ).toEqual(['AZ']);
    expect(countriesOf('La canciller recibió a Sofía Pérez, embajadora de México.', 'es')).toEqual(['MX']);
    // Turkish spells the name with a final t.
    expect(
      countriesOf("Türk Keneşi Genel Sekreteri Bağdat Amreyev Türkmenistan'a gidecek.", 'tr'),
    ).not.toContain('IQ');
  });
});

describe('language of short texts', () => {
  it('a short English headline is English, not Dutch', () => {
    expect(
      classify({ title: 'Azerbaijan and Georgia open a new border crossing', text: 'Tbilisi.' }).language,
    ).toBe('en');
  });

  it('a short text in another language keeps its language', () => {
    expect(classify({ title: 'Le ministre a rencontré son homologue', text: 'Bakou.' }).language).toBe('fr');
    expect(classify({ title: 'Il ministro ha incontrato il collega', text: 'Roma.' }).language).toBe('it');
    expect(classify({ title: 'Der Minister traf seinen Amtskollegen', text: 'Berlin.' }).language).toBe('de');
  });
});

describe('a headline that names one meeting of two countries', () => {
  const cues = { bilateral: 2, forum: 0, speech: 0 };
  const actors = [
    { code: 'US', score: 16 },
    { code: 'JP', score: 15 },
    { code: 'IR', score: 6.5 },
  ];

  it('a third country named in the text is what the two discussed', () => {
    expect(decidePair(actors, cues, { codes: ['JP', 'US'], bilateral: true }).pair).toEqual(['JP', 'US']);
  });

  it('not when the title names no meeting, or the third country is nearly as strong, or many act', () => {
    expect(decidePair(actors, cues, { codes: ['JP', 'US'], bilateral: false }).pair).toBeNull();
    expect(
      decidePair([...actors.slice(0, 2), { code: 'IR', score: 12 }], cues, {
        codes: ['JP', 'US'],
        bilateral: true,
      }).pair,
    ).toBeNull();
    const many = [...actors, { code: 'KR', score: 6 }, { code: 'CN', score: 6 }];
    expect(decidePair(many, cues, { codes: ['JP', 'US'], bilateral: true }).pair).toBeNull();
  });
});

describe('two actors far ahead of the others', () => {
  const cues = { bilateral: 1, forum: 0, speech: 0 };

  it('pair the two and demote the others, whatever the title says', () => {
    const actors = [
      { code: 'TR', score: 10 },
      { code: 'RU', score: 9 },
      { code: 'AM', score: 3 },
      { code: 'IR', score: 3 },
    ];
    const decision = decidePair(actors, cues);
    expect(decision.pair).toEqual(['RU', 'TR']);
    expect(decision.demoted).toEqual(['AM', 'IR']);
  });

  it('a third at 38% of the second is far behind ("Chile and Argentina … concern about Venezuela")', () => {
    const actors = [
      { code: 'AR', score: 10 },
      { code: 'CL', score: 9.5 },
      { code: 'VE', score: 3.6 },
    ];
    expect(decidePair(actors, cues).pair).toEqual(['AR', 'CL']);
  });

  it('not when the third is within reach of the second', () => {
    const actors = [
      { code: 'TR', score: 10 },
      { code: 'RU', score: 9 },
      { code: 'IR', score: 4 },
    ];
    expect(decidePair(actors, cues).pair).toBeNull();
    expect(decidePair(actors, cues).demoted).toBeUndefined();
  });
});
