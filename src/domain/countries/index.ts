import countries from 'i18n-iso-countries';
import en from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import ru from 'i18n-iso-countries/langs/ru.json' with { type: 'json' };

countries.registerLocale(en);
countries.registerLocale(ru);

const LOOKUP_LANGS = ['en', 'ru'] as const;
const codes: ReadonlySet<string> = new Set(Object.keys(countries.getAlpha2Codes()));

/** True when `code` is an ISO 3166-1 alpha-2 code. */
export function isCountryCode(code: string): boolean {
  return codes.has(code.toUpperCase());
}

/** A country code for what a user typed: an ISO code or a name in a supported language. */
export function resolveCountry(query: string): string | null {
  const text = query.trim();
  if (/^[A-Za-z]{2}$/.test(text)) return isCountryCode(text) ? text.toUpperCase() : null;
  for (const lang of LOOKUP_LANGS) {
    const code = countries.getAlpha2Code(text, lang);
    if (code) return code;
  }
  return null;
}

/** The country's name in `lang` (CLDR), falling back to English and then to the code. */
export function countryName(code: string, lang: string): string {
  const name = countries.getName(code, lang, { select: 'official' }) ?? countries.getName(code, 'en');
  return name ?? code;
}

/** The flag emoji: two regional-indicator symbols. */
export function countryFlag(code: string): string {
  if (!/^[A-Z]{2}$/.test(code)) return '';
  return String.fromCodePoint(...[...code].map((c) => 0x1f1e6 + c.charCodeAt(0) - 65));
}

/** Every country code, for pickers and the classifier's name tables. */
export function allCountryCodes(): string[] {
  return [...codes];
}
