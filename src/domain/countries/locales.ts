import countries from 'i18n-iso-countries';
import ar from 'i18n-iso-countries/langs/ar.json' with { type: 'json' };
import az from 'i18n-iso-countries/langs/az.json' with { type: 'json' };
import be from 'i18n-iso-countries/langs/be.json' with { type: 'json' };
import bg from 'i18n-iso-countries/langs/bg.json' with { type: 'json' };
import cs from 'i18n-iso-countries/langs/cs.json' with { type: 'json' };
import de from 'i18n-iso-countries/langs/de.json' with { type: 'json' };
import el from 'i18n-iso-countries/langs/el.json' with { type: 'json' };
import en from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import es from 'i18n-iso-countries/langs/es.json' with { type: 'json' };
import fa from 'i18n-iso-countries/langs/fa.json' with { type: 'json' };
import fr from 'i18n-iso-countries/langs/fr.json' with { type: 'json' };
import he from 'i18n-iso-countries/langs/he.json' with { type: 'json' };
import hi from 'i18n-iso-countries/langs/hi.json' with { type: 'json' };
import hy from 'i18n-iso-countries/langs/hy.json' with { type: 'json' };
import it from 'i18n-iso-countries/langs/it.json' with { type: 'json' };
import ja from 'i18n-iso-countries/langs/ja.json' with { type: 'json' };
import ka from 'i18n-iso-countries/langs/ka.json' with { type: 'json' };
import kk from 'i18n-iso-countries/langs/kk.json' with { type: 'json' };
import ko from 'i18n-iso-countries/langs/ko.json' with { type: 'json' };
import nl from 'i18n-iso-countries/langs/nl.json' with { type: 'json' };
import pl from 'i18n-iso-countries/langs/pl.json' with { type: 'json' };
import pt from 'i18n-iso-countries/langs/pt.json' with { type: 'json' };
import ro from 'i18n-iso-countries/langs/ro.json' with { type: 'json' };
import ru from 'i18n-iso-countries/langs/ru.json' with { type: 'json' };
import tr from 'i18n-iso-countries/langs/tr.json' with { type: 'json' };
import uk from 'i18n-iso-countries/langs/uk.json' with { type: 'json' };
import uz from 'i18n-iso-countries/langs/uz.json' with { type: 'json' };
import zh from 'i18n-iso-countries/langs/zh.json' with { type: 'json' };

/** Languages the classifier reads with full support (names, adjectives, inflections, lexicons). */
export const CORE_LANGS = ['en', 'ru', 'uk', 'az', 'tr', 'fr', 'de', 'it', 'es', 'ar', 'zh', 'ja'] as const;

// Ministries and agencies of the region write in these too; CLDR names are enough to find countries.
const EXTRA_LOCALES = [be, bg, cs, el, fa, he, hi, hy, ka, kk, ko, nl, pl, pt, ro, uz];
const CORE_LOCALES = [en, ru, uk, az, tr, fr, de, it, es, ar, zh, ja];

for (const locale of [...CORE_LOCALES, ...EXTRA_LOCALES]) countries.registerLocale(locale);

/** Every language whose CLDR country names are loaded. */
export const NAME_LANGS: readonly string[] = [...CORE_LOCALES, ...EXTRA_LOCALES].map((l) => l.locale);

export { countries };
