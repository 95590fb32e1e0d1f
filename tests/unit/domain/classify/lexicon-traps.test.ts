import { describe, expect, it } from 'vitest';
import { classify } from './helpers.js';
import cues from '../../../../src/domain/classify/cues.json' with { type: 'json' };
import topics from '../../../../src/domain/classify/topics.json' with { type: 'json' };
import { allCountryCodes, countryName } from '../../../../src/domain/countries/index.js';
import { fold } from '../../../../src/domain/countries/normalize.js';

type Table = Record<string, Record<string, string[]> | string>;

/** Open stems ("qaz*") of a table that begin a country's name in the same language ("Qazaxıstan"). */
function stemsInsideNames(table: Table): string[] {
  const clashes: string[] = [];
  for (const [lang, kinds] of Object.entries(table)) {
    if (typeof kinds === 'string' || lang.startsWith('_')) continue;
    const names = allCountryCodes().flatMap((c) => fold(countryName(c, lang), lang).split(' '));
    for (const list of Object.values(kinds)) {
      for (const entry of list) {
        const term = entry.split('|')[0] ?? '';
        // Capitalised terms are place names on purpose ("Ukraine" as a conflict-peace cue).
        if (!term.endsWith('*') || term.includes(' ') || /^\p{Lu}/u.test(term)) continue;
        const stem = fold(term.slice(0, -1), lang);
        const hit = names.find((w) => w.startsWith(stem) && w !== stem);
        if (hit) clashes.push(`${lang} ${term} → ${hit}`);
      }
    }
  }
  return clashes;
}

// Open stems ("word*") must not swallow unrelated words that share their first letters.
describe('lexicon stems do not overreach', () => {
  it('no open stem of a cue or a topic term begins a country name', () => {
    expect(stemsInsideNames(cues as unknown as Table)).toEqual([]);
    expect(stemsInsideNames(topics as unknown as Table)).toEqual([]);
  });

  it('German "Gastgeber" (host) is not gas', () => {
    const out = classify({
      language: 'de',
      text: 'Der Gastgeber empfing den Gast aus Frankreich zu einem Gespräch über die Zusammenarbeit.',
    });
    expect(out.topics).not.toContain('energy');
  });

  it('Italian "Armenia" is not "armi"', () => {
    const out = classify({
      language: 'it',
      text: "Il ministro degli Esteri ha incontrato il collega dell'Armenia a Roma per un colloquio bilaterale.",
    });
    expect(out.topics).not.toContain('security-defense');
  });

  it('Russian "газета" (newspaper) is not gas, "после" (after) is not an ambassador', () => {
    const out = classify({
      language: 'ru',
      text: 'После переговоров министр иностранных дел Армении дал интервью газете «Коммерсант».',
    });
    expect(out.topics).not.toContain('energy');
    expect(out.why.topics.flatMap((t) => t.matched)).not.toContain('После');
  });

  it('Russian "со стороны" (on the part of) is no office: "агрессии со стороны России" is a mention', () => {
    const out = classify({
      language: 'ru',
      title: 'Эстония заявила о готовности помочь Украине с реформами',
      text: 'Премьер-министр Украины встретился с эстонской коллегой, находящейся в Украине с официальным визитом. Стороны обсудили вакцинацию, участие Эстонии в Крымской платформе, противодействие гибридной агрессии со стороны России и обмен опытом в кибербезопасности.',
    });
    expect(out.countries.slice().sort()).toEqual(['EE', 'UA']);
    expect(out.pair).toEqual(['EE', 'UA']);
    // Ukrainian writes it "зі сторони" too.
    expect(
      classify({ language: 'uk', text: 'Естонія засудила агресію зі сторони Росії.' }).why.countries.some(
        (e) => e.code === 'RU' && e.notes?.includes('role'),
      ),
    ).toBe(false);
  });

  it('"took part" is no side: Italian "preso parte al G20 di Brasilia", Spanish "forma parte", French "fait partie"', () => {
    const roleOf = (language: string, text: string, code: string) =>
      classify({ language, text }).why.countries.some((e) => e.code === code && e.notes?.includes('role'));
    expect(
      roleOf('it', 'Dopo aver preso parte al G20 di Brasilia, la Sottosegretaria è in Cile.', 'BR'),
    ).toBe(false);
    expect(roleOf('es', 'La provincia forma parte de Ecuador desde 1830.', 'EC')).toBe(false);
    expect(roleOf('fr', 'Ce quartier fait partie de Bamako depuis 1990.', 'ML')).toBe(false);
    // The side itself is still an office: "la parte italiana", "la partie française".
    expect(roleOf('it', 'La parte italiana ha accolto la delegazione.', 'IT')).toBe(true);
  });

  it('Turkish and Azerbaijani "the sides" (taraflar, tərəflər) open the sentence; they are no office of the country discussed', () => {
    const out = classify({
      language: 'az',
      title: 'Makron Putinlə görüşüb',
      text: 'Parisdə Fransa prezidenti Emmanuel Makron Rusiya dövlət başçısı Vladimir Putinlə görüşüb. Tərəflər ikitərəfli əlaqələri, həmçinin Suriya və Ukraynadakı vəziyyəti müzakirə ediblər.',
    });
    expect(out.countries.sort()).toEqual(['FR', 'RU']);
    expect(out.pair).toEqual(['FR', 'RU']);
  });

  it('Azerbaijani "Qazaxıstan" is not gas', () => {
    const out = classify({
      language: 'az',
      text: 'Xarici işlər naziri Qazaxıstanın xarici işlər naziri ilə görüşüb.',
    });
    expect(out.topics).not.toContain('energy');
  });

  it('Turkish "Bursa" is a city, not a scholarship', () => {
    const out = classify({
      language: 'tr',
      text: "Dışişleri Bakanı, Bursa'da Gürcistan Dışişleri Bakanı ile görüştü.",
    });
    expect(out.topics).not.toContain('culture-education');
  });
});

describe('Spanish "celebra": "welcomes", not "is held"', () => {
  it('"el Foro, que se celebra en Panamá" makes no statement that addresses the venue of the headline', () => {
    const out = classify({
      language: 'es',
      title: 'Bolivia y Chile se reúnen en Panamá',
      text: 'Los presidentes de Bolivia y Chile se reunieron en el marco del Foro Económico, que se celebra en Panamá.',
    });
    expect(out.countries.slice().sort()).toEqual(['BO', 'CL']);
    expect(out.pair).toEqual(['BO', 'CL']);
  });

  it('"España celebra el acuerdo de paz en Colombia" is a statement that addresses Colombia', () => {
    const out = classify({
      language: 'es',
      title: 'España celebra el acuerdo de paz en Colombia',
      text: 'El Gobierno de España celebra el acuerdo de paz alcanzado en Colombia.',
    });
    expect(out.countries.slice().sort()).toEqual(['CO', 'ES']);
  });
});
