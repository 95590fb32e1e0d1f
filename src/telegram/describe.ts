import { countryFlag, countryName } from '../domain/countries/index.js';
import { WEEKDAYS, type DigestMode, type QuietHours } from '../domain/digest/schedule.js';
import type { Subscription, Target } from '../domain/subscriptions.js';
import type { TopicId } from '../domain/topics.js';

/** A translator bound to one language, as features hold it (`ctx.tr`). */
export type Tr = (key: string, values?: Record<string, unknown>) => string;

/** "🇦🇿 Azerbaijan" in the chat's language (CLDR names). */
export function describeCountry(code: string, lang: string): string {
  return `${countryFlag(code)} ${countryName(code, lang)}`;
}

/** "🇦🇿 Azerbaijan", "🇦🇿 Azerbaijan – 🇮🇹 Italy" or "🇪🇺 European Union", as plain text. */
export function describeTarget(target: Target, lang: string, tr?: Tr): string {
  switch (target.kind) {
    case 'country':
      return describeCountry(target.code, lang);
    case 'pair':
      return `${describeCountry(target.codes[0], lang)} – ${describeCountry(target.codes[1], lang)}`;
    case 'group':
      return describeGroup(target.id, tr);
  }
}

/** A group's localized name, falling back to its id (a group added after the locales were written). */
export function describeGroup(id: string, tr?: Tr): string {
  const key = `groups.${id}`;
  const name = tr ? tr(key) : key;
  const badge = id === 'EU' ? '🇪🇺' : '🌐';
  return `${badge} ${name === key ? id : name}`;
}

export function topicName(topic: TopicId, tr: Tr): string {
  return tr(`topics.${topic}`);
}

/** "🇦🇿 Azerbaijan – 🇮🇹 Italy (Energy, Trade and economy)". */
export function describeSubscription(subscription: Subscription, lang: string, tr?: Tr): string {
  // ⚡ marks a subscription sent at once even when the chat reads a digest.
  const target = `${describeTarget(subscription.target, lang, tr)}${subscription.instant ? ' ⚡' : ''}`;
  if (subscription.topics.length === 0 || !tr) return target;
  return `${target} (${subscription.topics.map((t) => topicName(t, tr)).join(', ')})`;
}

/** The localized weekday, Monday = 1, from CLDR. */
export function weekdayName(day: number, lang: string, width: 'long' | 'short' = 'long'): string {
  // 2024-01-01 was a Monday.
  const date = new Date(Date.UTC(2024, 0, day));
  return new Intl.DateTimeFormat(lang, { weekday: width, timeZone: 'UTC' }).format(date);
}

/** "daily at 08:00", localized. */
export function describeDigest(mode: DigestMode, tr: Tr, lang: string): string {
  switch (mode.kind) {
    case 'instant':
      return tr('digest_settings.mode_instant');
    case 'hourly':
      return tr('digest_settings.mode_hourly');
    case 'daily':
      return tr('digest_settings.mode_daily', { time: mode.at });
    case 'weekly':
      return tr('digest_settings.mode_weekly', { day: weekdayName(mode.day, lang), time: mode.at });
  }
}

export function describeQuiet(quiet: QuietHours | null, tr: Tr): string {
  return quiet ? tr('quiet.range', { start: quiet.start, end: quiet.end }) : tr('quiet.none');
}

/** A moment in the chat's zone, short and localized ("Tue 08:00"). */
export function formatMoment(ms: number, lang: string, zone: string): string {
  try {
    return new Intl.DateTimeFormat(lang, { weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit', timeZone: zone }).format(ms);
  } catch {
    return new Date(ms).toISOString().slice(0, 16).replace('T', ' ');
  }
}

export { WEEKDAYS };
