import i18next, { type TFunction } from 'i18next';
import en from '../locales/en.json' with { type: 'json' };
import ru from '../locales/ru.json' with { type: 'json' };
import { escapeHtml } from './domain/html.js';

/** One entry per file in locales/; the first is the fallback. */
export const LOCALES = { en, ru } as const;
export type Language = keyof typeof LOCALES;
export const LANGUAGES = Object.keys(LOCALES) as Language[];

export function isLanguage(code: string | undefined | null): code is Language {
  return code !== undefined && code !== null && code in LOCALES;
}

/** The supported language closest to a Telegram `language_code` (e.g. "ru-RU" → "ru"), else English. */
export function pickLanguage(code: string | undefined | null): Language {
  const base = code?.toLowerCase().split(/[-_]/)[0];
  return isLanguage(base) ? base : 'en';
}

export type Translate = (language: string, key: string, values?: Record<string, unknown>) => string;

/**
 * UI strings hold Telegram HTML; every interpolated value is escaped for it, so a country name or
 * a feed title can never break a message.
 */
export function createTranslator(): Translate {
  const instance = i18next.createInstance();
  void instance.init({
    initAsync: false,
    resources: Object.fromEntries(Object.entries(LOCALES).map(([lang, strings]) => [lang, { translation: strings }])),
    fallbackLng: 'en',
    interpolation: { escapeValue: true, escape: escapeHtml },
    returnNull: false,
  });
  const fixed = new Map<string, TFunction>();
  return (language, key, values) => {
    const lang = isLanguage(language) ? language : 'en';
    let t = fixed.get(lang);
    if (!t) {
      t = instance.getFixedT(lang);
      fixed.set(lang, t);
    }
    return t(key, values ?? {}) as string;
  };
}
