import { DateTime } from 'luxon';
import { countryFlag, countryName } from '../src/domain/countries/index.js';
import type { DigestSourceItem, EntryLocale } from '../src/domain/digest/entries.js';
import type { DigestLabels } from '../src/domain/digest/render.js';
import type { Translate } from '../src/i18n.js';

/** Dresses digests in a reader's language and time zone: headings with flags, topic names, local times. */
export function createDigestLocale(t: Translate, language: string, timezone: string): { entry: EntryLocale; labels: DigestLabels } {
  const names = new Map<string, string>();
  const country = (code: string) => {
    let name = names.get(code);
    if (name === undefined) names.set(code, (name = `${countryFlag(code)} ${countryName(code, language)}`));
    return name;
  };
  const topics = new Map<string, string>();
  const heading = (item: DigestSourceItem) => {
    if (item.pair) return `${country(item.pair[0])} – ${country(item.pair[1])}`;
    if (item.countries.length > 0) return item.countries.slice(0, 2).map(country).join(', ');
    return `🌐 ${t(language, 'digest.world')}`;
  };
  return {
    entry: {
      heading,
      topicName: (topic) => {
        let name = topics.get(topic);
        if (name === undefined) topics.set(topic, (name = t(language, `topics.${topic}`)));
        return name;
      },
      time: (ms) => DateTime.fromMillis(ms, { zone: timezone }).setLocale(language).toFormat('d LLL, HH:mm'),
    },
    labels: {
      official: t(language, 'digest.official'),
      press: t(language, 'digest.press'),
      also: t(language, 'digest.also'),
      // Translations hold HTML-escaped text; the renderer escapes again, so take the plain form.
      more: (count) => t(language, 'digest.more', { count, interpolation: { escapeValue: false } }),
    },
  };
}
