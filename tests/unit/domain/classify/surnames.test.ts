import { describe, expect, it } from 'vitest';
import { classify } from './helpers.js';

// Texts written for these tests.
describe('a surname that is also a country word, once the person is named in full', () => {
  it('Arabic: a bare "السوداني" after the Iraqi prime minister\'s full name is him, not Sudan', () => {
    const out = classify({
      language: 'ar',
      title: 'السفير الأمريكي يبحث مع السوداني العلاقات الثنائية',
      text: 'استقبل رئيس مجلس الوزراء العراقي محمد شياع السوداني السفير الأمريكي لدى العراق.\nوأفاد مكتب السوداني بأن اللقاء تناول العلاقات بين البلدين.',
    });
    expect(out.countries).not.toContain('SD');
    expect(out.countries.slice().sort()).toEqual(['IQ', 'US']);
    expect(out.pair).toEqual(['IQ', 'US']);
  });

  it('Arabic: the surname with a clitic before it ("للسوداني", "بالسوداني") is him too', () => {
    const out = classify({
      language: 'ar',
      title: 'استقبال رسمي للسوداني في القصر الرئاسي بباريس',
      text: 'أقيمت مراسم استقبال رسمية لرئيس مجلس الوزراء العراقي محمد شياع السوداني في باريس.\nوالتقى الرئيس الفرنسي بالسوداني في قصر الإليزيه.',
    });
    expect(out.countries).not.toContain('SD');
    expect(out.countries.slice().sort()).toEqual(['FR', 'IQ']);
  });

  it('Arabic: a surname without the article takes the clitic alone ("بكاميرون" is Cameron, not Cameroon)', () => {
    const out = classify({
      language: 'ar',
      title: 'وزير الخارجية السعودي يلتقي نظيره البريطاني',
      text: 'التقى وزير الخارجية السعودي نظيره البريطاني ديفيد كاميرون في ميونيخ.\nوجمع اللقاء الوزير بكاميرون على هامش المؤتمر.',
    });
    expect(out.why.countries.some((e) => e.code === 'CM')).toBe(false);
  });

  it('Spanish: "Márquez" after "Francia Márquez" is Colombia, and "Francia" alone is still France', () => {
    const out = classify({
      language: 'es',
      title: 'El presidente argentino recibió a Francia Márquez',
      text: 'El presidente de Argentina recibió en Buenos Aires a Francia Márquez, vicepresidenta de Colombia. Márquez agradeció la invitación.',
    });
    expect(out.countries.slice().sort()).toEqual(['AR', 'CO']);
    const france = classify({
      language: 'es',
      title: 'Francia y Argentina firman un acuerdo',
      text: 'Los cancilleres de Francia y Argentina firmaron un acuerdo.',
    });
    expect(france.countries.slice().sort()).toEqual(['AR', 'FR']);
  });

  it('without the full name the word keeps its country reading', () => {
    const out = classify({
      language: 'ar',
      title: 'وزير الخارجية السوداني يزور القاهرة',
      text: 'وصل وزير الخارجية السوداني إلى القاهرة في زيارة رسمية.',
    });
    expect(out.countries).toContain('SD');
  });
});

describe("an Arabic country adjective that no noun stands before is an office holder's surname", () => {
  it('"السوداني" opening the headline and after a verb is al-Sudani of Iraq, even unnamed in full', () => {
    const out = classify({
      language: 'ar',
      title: 'السوداني وسلطان عُمان يبحثان التعاون',
      text: 'عبّر السوداني عن رغبة العراق في تطوير علاقات التعاون مع سلطنة عُمان خلال لقائه السلطان في مسقط.',
    });
    expect(out.countries).not.toContain('SD');
    expect(out.countries.slice().sort()).toEqual(['IQ', 'OM']);
  });

  it('not after the noun it qualifies, definite by its article or a possessive ending ("نظيره السوداني")', () => {
    const out = classify({
      language: 'ar',
      title: 'وزير الخارجية المصري يلتقي نظيره السوداني',
      text: 'التقى وزير الخارجية المصري نظيره السوداني في القاهرة.',
    });
    expect(out.countries.slice().sort()).toEqual(['EG', 'SD']);
  });
});

describe('a bare surname another office holder bears', () => {
  it('is the person the item named in full: "Renzi" after San Marino\'s "Nicola Renzi"', () => {
    const out = classify({
      language: 'it',
      title: "La giornata di Renzi all'Onu",
      text: "Il Segretario agli Esteri Nicola Renzi prenderà la parola all'Onu. Renzi ha poi firmato un memorandum con il ministro degli Esteri di El Salvador.",
    });
    expect(out.countries).not.toContain('IT');
    expect(out.countries).toContain('SM');
  });
});
