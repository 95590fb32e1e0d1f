import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { groupIds } from '../../src/domain/groups.js';
import { TOPIC_IDS } from '../../src/domain/topics.js';
import { LANGUAGES, LOCALES, createTranslator, pickLanguage, type Language } from '../../src/i18n.js';
import { ADMIN_COMMANDS, PUBLIC_COMMANDS } from '../../src/telegram/commands.js';
import { parseTelegramHtml } from '../support/telegram-html.js';

const PLURAL = /_(zero|one|two|few|many|other)$/;

/** Every leaf of a locale as `a.b.c` → string. */
function flatten(tree: unknown, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree as Record<string, unknown>)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (value && typeof value === 'object') for (const [k, v] of flatten(value, path)) out.set(k, v);
    else out.set(path, String(value));
  }
  return out;
}

/** Keys without their plural suffix, each with the forms it has and the placeholders they use. */
function baseKeys(lang: Language): Map<string, { forms: Set<string>; placeholders: Set<string> }> {
  const out = new Map<string, { forms: Set<string>; placeholders: Set<string> }>();
  for (const [key, text] of flatten(LOCALES[lang])) {
    const form = PLURAL.exec(key)?.[1];
    const base = form ? key.replace(PLURAL, '') : key;
    const entry = out.get(base) ?? { forms: new Set(), placeholders: new Set() };
    if (form) entry.forms.add(form);
    for (const m of text.matchAll(/\{\{-?\s*([\w.]+)\s*\}\}/g)) entry.placeholders.add(m[1]!);
    out.set(base, entry);
  }
  return out;
}

const english = baseKeys('en');

describe('locale files', () => {
  it('registers one file per language in locales/', () => {
    const dir = fileURLToPath(new URL('../../locales/', import.meta.url));
    const files = readdirSync(dir).filter((f) => f.endsWith('.json')).map((f) => f.replace('.json', ''));
    expect([...files].sort()).toEqual([...LANGUAGES].sort());
    expect(LANGUAGES).toEqual(['en', 'ru', 'uk', 'az', 'tr', 'fr', 'de', 'it', 'es', 'ar']);
  });

  describe.each(LANGUAGES.filter((l) => l !== 'en'))('%s', (lang) => {
    const keys = baseKeys(lang);

    it('has every key of English and no other', () => {
      expect([...keys.keys()].filter((k) => !english.has(k))).toEqual([]);
      expect([...english.keys()].filter((k) => !keys.has(k))).toEqual([]);
    });

    it('uses the same placeholders as English', () => {
      const differing = [...english]
        .filter(([key, en]) => keys.has(key) && [...en.placeholders].sort().join() !== [...keys.get(key)!.placeholders].sort().join())
        .map(([key]) => key);
      expect(differing).toEqual([]);
    });
  });

  describe.each(LANGUAGES)('%s', (lang) => {
    const categories = new Set(new Intl.PluralRules(lang).resolvedOptions().pluralCategories);

    it('has exactly the CLDR plural forms of the language', () => {
      const wrong = [...baseKeys(lang)]
        .filter(([, entry]) => entry.forms.size > 0)
        .filter(([, entry]) => [...categories].some((c) => !entry.forms.has(c)) || [...entry.forms].some((f) => !categories.has(f as Intl.LDMLPluralRule)))
        .map(([key, entry]) => `${key}: ${[...entry.forms].join(',')}`);
      expect(wrong).toEqual([]);
    });

    it('holds Telegram HTML that parses, with no empty string', () => {
      const broken = [...flatten(LOCALES[lang])]
        .map(([key, text]) => ({ key, text, result: parseTelegramHtml(text.replace(/\{\{-?\s*[\w.]+\s*\}\}/g, 'x')) }))
        .filter(({ text, result }) => !result.ok || text.trim() === '')
        .map(({ key, result }) => `${key}: ${result.ok ? 'empty' : result.description}`);
      expect(broken).toEqual([]);
    });

    it('describes every command in 1–256 characters', () => {
      const t = createTranslator();
      for (const command of [...PUBLIC_COMMANDS, ...ADMIN_COMMANDS]) {
        const description = t(lang, `commands.${command}`);
        expect(description, command).not.toBe(`commands.${command}`);
        expect(description.length, command).toBeGreaterThan(0);
        expect(description.length, command).toBeLessThanOrEqual(256);
      }
    });
  });

  it('names every topic and every group', () => {
    const keys = flatten(LOCALES.en);
    expect(TOPIC_IDS.filter((id) => !keys.has(`topics.${id}`))).toEqual([]);
    expect(groupIds().filter((id) => !keys.has(`groups.${id}`))).toEqual([]);
  });
});

describe('translator', () => {
  const t = createTranslator();

  it('picks plural forms by CLDR rules', () => {
    expect(t('ru', 'unsubscribe.all_done', { count: 1 })).toBe('Удалена 1 подписка.');
    expect(t('ru', 'unsubscribe.all_done', { count: 3 })).toBe('Удалены 3 подписки.');
    expect(t('ru', 'unsubscribe.all_done', { count: 11 })).toBe('Удалено 11 подписок.');
    expect(t('uk', 'unsubscribe.all_done', { count: 22 })).toMatch(/22/);
    expect(t('en', 'unsubscribe.all_done', { count: 2 })).toBe('Removed 2 subscriptions.');
    const arabic = [0, 1, 2, 3, 11, 100].map((count) => t('ar', 'unsubscribe.all_done', { count }));
    expect(new Set(arabic).size).toBe(6);
  });

  it('escapes interpolated values for HTML', () => {
    expect(t('en', 'subscribe.unknown_topic', { topic: '<b>&' })).toBe('There is no topic “&lt;b&gt;&amp;”.');
  });

  it('falls back to English for an unknown language', () => {
    expect(t('xx', 'lang.done')).toBe('Language set to English.');
  });

  it('starts a chat in the Telegram language when supported', () => {
    expect(pickLanguage('uk')).toBe('uk');
    expect(pickLanguage('az-AZ')).toBe('az');
    expect(pickLanguage('pt-BR')).toBe('en');
    expect(pickLanguage(undefined)).toBe('en');
    expect(pickLanguage('__proto__')).toBe('en');
  });
});
