import { describe, expect, it } from 'vitest';
import { createLexicons } from '../../../../src/domain/classify/lexicon.js';
import { tokenize } from '../../../../src/domain/classify/tokenize.js';
import { classify } from './helpers.js';

const lexicons = createLexicons();

/** Whether the lexicon of `lang` reads a meeting, call or visit in `phrase`. */
function namesMeeting(phrase: string, lang: string): boolean {
  return lexicons(lang)
    .find(tokenize(phrase, lang))
    .some((h) => h.payloads.some((p) => p.type === 'cue' && p.cue === 'bilateral'));
}

describe('words of a meeting, call or visit', () => {
  it('reads the forms a check of about 15 per language found missing', () => {
    const found: [string, string][] = [
      ['Los cancilleres se reunieron en Lima', 'es'],
      ['Los presidentes conversaron por videoconferencia', 'es'],
      ['una llamada con su homóloga', 'es'],
      ['Les deux ministres ont échangé en visioconférence', 'fr'],
      ['Sie berieten über die Lage', 'de'],
      ['eine Unterredung im Kanzleramt', 'de'],
      ['si sono sentiti in videoconferenza', 'it'],
      ['The two leaders conferred by video call', 'en'],
      ['وأكد الوزير خلال زيارته أهمية التعاون', 'ar'],
      ['في اجتماع ثنائي عبر تقنية الفيديو', 'ar'],
      ['Сибіга зателефонував колезі', 'uk'],
      ['Bakanlar video konferans yöntemiyle görüştü', 'tr'],
      ['Nazirlər videokonfrans keçirib', 'az'],
      ['国家主席接见了大使', 'zh'],
      ['両外相はテレビ会議で意見交換した', 'ja'],
      ['al terzo vertice intergovernativo Italia-Turchia', 'it'],
      ['die deutsch-chinesischen Regierungskonsultationen', 'de'],
    ];
    expect(found.filter(([phrase, lang]) => !namesMeeting(phrase, lang))).toEqual([]);
  });

  it('reads a joint intergovernmental commission, a body of two countries, as a meeting of the two', () => {
    const found: [string, string][] = [
      ['İran ilə Azərbaycan arasında hökumətlərarası komissiyanın iclası', 'az'],
      ['Türkiye-Azerbaycan Karma Ekonomik Komisyonu toplantısı', 'tr'],
      ['заседание межправительственной комиссии', 'ru'],
      ['засідання міжурядової комісії', 'uk'],
      ['the Joint Commission met in Rabat', 'en'],
      ['la commission mixte franco-algérienne', 'fr'],
      ['la comisión binacional', 'es'],
      ['اجتماعات اللجنة المشتركة', 'ar'],
      ['中俄政府间委员会', 'zh'],
      ['日露政府間委員会', 'ja'],
    ];
    expect(found.filter(([phrase, lang]) => !namesMeeting(phrase, lang))).toEqual([]);
  });

  it('Arabic: a cue word carrying "and" (ورئيس, ووزير, والتقى) is the cue word', () => {
    const cuesOf = (phrase: string) =>
      lexicons('ar')
        .find(tokenize(phrase, 'ar'))
        .flatMap((h) => h.payloads.flatMap((p) => (p.type === 'cue' ? [`${h.matched}:${p.cue}`] : [])));
    expect(cuesOf('مع رئيس غانا ورئيس كينيا')).toEqual(['رئيس:role', 'ورئيس:role']);
    expect(cuesOf('ووزير الدفاع')).toContain('ووزير:role');
    expect(cuesOf('ووزير الخارجية')).toContain('ووزير الخارجية:role');
    expect(cuesOf('والتقى الوزير')).toContain('والتقى:bilateral');
  });

  it('does not read a meeting into other words', () => {
    expect(namesMeeting('The committee adopted its report', 'en')).toBe(false);
    expect(namesMeeting('El informe fue publicado ayer', 'es')).toBe(false);
  });
});

describe('multilateral bodies in Chinese', () => {
  it('the EU, NATO, the G7 and other bodies are forums, in both scripts', () => {
    const forums = (phrase: string) =>
      lexicons('zh')
        .find(tokenize(phrase, 'zh'))
        .filter((h) => h.payloads.some((p) => p.type === 'cue' && p.cue === 'forum'))
        .map((h) => h.matched);
    expect(forums('欧盟外长')).toEqual(['欧盟']);
    expect(forums('歐盟外長')).toEqual(['歐盟']);
    expect(forums('北约秘书长')).toEqual(['北约']);
    expect(forums('七国集团')).toEqual(['七国集团']);
  });

  it('statements at an EU foreign ministers’ meeting make no pair of the members who speak there', () => {
    const out = classify({
      language: 'zh',
      title: '欧盟外长批评北京加强对港控制',
      text: '欧盟外长周五召开视频会议，批评中国政府加强对香港的控制。德国外长马斯说：“香港的高度自治不容破坏。”',
    });
    expect(out.countries.slice().sort()).toEqual(['CN', 'DE']);
    expect(out.pair).toBeNull();
  });
});
