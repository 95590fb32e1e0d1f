import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../../src/domain/classify/tokenize.js';
import { LEAD_CHARS, topicWords, WORD_STEM } from '../../../../src/domain/classify/topic-words.js';

const wordsOf = (title: string, text: string, language: string) =>
  topicWords([tokenize(title, language), tokenize(text, language)], language);

describe('the words the topic model reads', () => {
  it('keeps the first letters of each word, tagged with the language, once each', () => {
    const words = wordsOf('Cooperation talks', 'Cooperative projects and cooperation.', 'en');
    expect(words).toContain('en:cooper');
    expect(words.filter((w) => w === 'en:cooper')).toHaveLength(1);
    expect(words).toContain('en:talks');
    expect(words.every((w) => w.length <= 'en:'.length + WORD_STEM)).toBe(true);
  });

  it('drops numbers and words of one or two letters', () => {
    expect(wordsOf('', 'On 12 May 2024 we met.', 'en')).toEqual(['en:may', 'en:met']);
  });

  it('reads Chinese and Japanese as pairs of adjacent characters', () => {
    expect(wordsOf('', '双边会谈', 'zh')).toEqual(['zh:双边', 'zh:边会', 'zh:会谈']);
  });

  it('folds words as the matchers do (Turkish İ/I, marks), and keeps one spelling per language apart', () => {
    expect(wordsOf('', 'İŞBİRLİĞİ', 'tr')).toEqual(wordsOf('', 'işbirliği', 'tr'));
    expect(wordsOf('', 'وَزِيرُ', 'ar')).toEqual(wordsOf('', 'وزير', 'ar'));
    expect(wordsOf('', 'Minister', 'de')).not.toEqual(wordsOf('', 'Minister', 'en'));
  });

  it('reads the title and the lead only: a long article adds nothing past it', () => {
    const lead = 'summit '.repeat(Math.ceil(LEAD_CHARS / 7));
    const long = wordsOf('Sanctions', `${lead} embargo tariffs`, 'en');
    expect(long).toEqual(['en:sancti', 'en:summit']);
  });
});
