import { describe, expect, it } from 'vitest';
import { createLexicons } from '../../../../src/domain/classify/lexicon.js';
import { tokenize } from '../../../../src/domain/classify/tokenize.js';
import { classify } from './helpers.js';

describe('topics', () => {
  it('a meeting is bilateral-relations first, fields listed in passing do not take over', () => {
    const out = classify({
      language: 'en',
      title: 'Foreign Minister of Kenya meets Ambassador of Finland',
      text: 'The Foreign Minister of Kenya met the Ambassador of Finland. Satisfaction was expressed with cooperation in trade, energy, defence, tourism, education and culture.',
    });
    expect(out.topics[0]).toBe('bilateral-relations');
    expect(out.topics).not.toContain('energy');
  });

  it('a memorandum signed is agreements-treaties', () => {
    const out = classify({
      language: 'en',
      title: 'Uzbekistan and Oman sign memorandum of understanding',
      text: 'The foreign ministers of Uzbekistan and Oman signed a memorandum of understanding on political consultations.',
    });
    expect(out.topics[0]).toBe('agreements-treaties');
  });

  it('condolences are statements-condemnation, in Russian too', () => {
    const out = classify({
      language: 'ru',
      title: 'МИД Армении выразил соболезнования Ирану',
      text: 'Министерство иностранных дел Армении выразило глубокие соболезнования Ирану в связи с гибелью людей.',
    });
    expect(out.topics[0]).toBe('statements-condemnation');
  });

  it("a '*' inside a phrase accepts any ending there too ('генеральн* ассамбле*')", () => {
    const hits = createLexicons()('ru').find(tokenize('на сессии Генеральной Ассамблеи ООН', 'ru'));
    const forum = hits
      .filter((h) => h.payloads.some((p) => p.type === 'cue' && p.cue === 'forum'))
      .map((h) => h.matched);
    expect(forum).toContain('Генеральной Ассамблеи');
  });

  it('Turkish "kınıyoruz" (we condemn) is a condemnation', () => {
    const hits = createLexicons()('tr').find(tokenize('Saldırıyı şiddetle kınıyoruz.', 'tr'));
    expect(
      hits.some((h) => h.payloads.some((p) => p.type === 'topic' && p.topic === 'statements-condemnation')),
    ).toBe(true);
  });

  it('Azerbaijani "elm" (science) is culture-education, the given names Elmar and Elman are not', () => {
    const topicsOf = (text: string) =>
      createLexicons()('az')
        .find(tokenize(text, 'az'))
        .flatMap((h) => h.payloads.filter((p) => p.type === 'topic').map((p) => p.topic));
    expect(topicsOf('Nazir Elmar Məmmədyarov səfir Elman Abdullayevi qəbul edib.')).not.toContain(
      'culture-education',
    );
    expect(topicsOf('Tərəflər elm və təhsil sahəsində əməkdaşlığı müzakirə ediblər.')).toContain(
      'culture-education',
    );
  });

  it('topic words inside an office\'s name count for no topic: "Relaciones Exteriores", "Bakan Yardımcısı"', () => {
    const topicsOf = (lang: string, text: string) =>
      createLexicons()(lang)
        .find(tokenize(text, lang))
        .flatMap((h) => h.payloads.filter((p) => p.type === 'topic').map((p) => p.topic));
    expect(topicsOf('es', 'El Ministerio de Relaciones Exteriores de Chile.')).toEqual([]);
    expect(topicsOf('es', 'Ambos países fortalecen sus relaciones.')).toContain('bilateral-relations');
    expect(topicsOf('tr', 'Dışişleri Bakan Yardımcısı Ankara’da konuştu.')).not.toContain('humanitarian');
    expect(topicsOf('tr', 'Türkiye Gazze’ye insani yardım gönderdi.')).toContain('humanitarian');
  });

  it('travel advice is consular', () => {
    const out = classify({
      language: 'en',
      title: 'Travel advice for Lebanon updated',
      text: 'The Ministry of Foreign Affairs of Norway advises against all but essential travel to Lebanon and urges citizens to register.',
    });
    expect(out.topics[0]).toBe('consular');
  });

  it('an administrative notice has no topic', () => {
    const out = classify({
      language: 'en',
      title: 'Regular press briefing postponed',
      text: 'The regular press briefing of the Ministry of Foreign Affairs will be postponed because of the public holiday and resumed next week.',
    });
    expect(out.topics).toEqual([]);
  });

  it('zero to three topics, each a known id', () => {
    const out = classify({
      language: 'en',
      text: 'Sanctions, ceasefire, humanitarian aid, visas, climate, human rights, treaty signed, trade and energy talks.',
    });
    expect(out.topics.length).toBeLessThanOrEqual(3);
    expect(out.why.topics.map((t) => t.topic)).toEqual(out.topics);
  });
});
