import i18next, { type TFunction } from 'i18next';
import ar from '../locales/ar.json' with { type: 'json' };
import az from '../locales/az.json' with { type: 'json' };
import de from '../locales/de.json' with { type: 'json' };
import en from '../locales/en.json' with { type: 'json' };
import es from '../locales/es.json' with { type: 'json' };
import fr from '../locales/fr.json' with { type: 'json' };
import it from '../locales/it.json' with { type: 'json' };
import ru from '../locales/ru.json' with { type: 'json' };
import tr from '../locales/tr.json' with { type: 'json' };
import uk from '../locales/uk.json' with { type: 'json' };
import { escapeHtml } from './domain/html.js';

/** One entry per file in locales/; the first is the fallback. */
export const LOCALES = { en, ru, uk, az, tr, fr, de, it, es, ar } as const;
export type Language = keyof typeof LOCALES;
export const LANGUAGES = Object.keys(LOCALES) as Language[];

/** Languages written right to left (Telegram lays the text out; we only keep markup balanced). */
export const RTL_LANGUAGES: ReadonlySet<Language> = new Set(['ar']);

export function isLanguage(code: string | undefined | null): code is Language {
  return typeof code === 'string' && Object.hasOwn(LOCALES, code);
}

/** The supported language closest to a Telegram `language_code` (e.g. "ru-RU" → "ru"), else English. */
export function pickLanguage(code: string | undefined | null): Language {
  const base = code?.toLowerCase().split(/[-_]/)[0];
  return isLanguage(base) ? base : 'en';
}

/** A language's name in that language ("Русский"), for pickers. */
export function nativeLanguageName(code: Language): string {
  return LOCALES[code].language_name;
}

export type Translate = (language: string, key: string, values?: Record<string, unknown>) => string;

/**
 * UI strings hold Telegram HTML; every interpolated value is escaped for it, so a country name or
 * a feed title can never break a message. Plural forms follow CLDR (`_one`, `_few`, `_many`, …),
 * which i18next picks with Intl.PluralRules.
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
