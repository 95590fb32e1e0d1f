import { countryFlag, countryName } from '../domain/countries/index.js';
import type { Subscription, Target } from '../domain/subscriptions.js';

/** "🇦🇿 Azerbaijan", "🇦🇿 Azerbaijan – 🇮🇹 Italy" or "EU", in the chat's language (plain text). */
export function describeTarget(target: Target, lang: string): string {
  const country = (code: string) => `${countryFlag(code)} ${countryName(code, lang)}`;
  switch (target.kind) {
    case 'country':
      return country(target.code);
    case 'pair':
      return `${country(target.codes[0])} – ${country(target.codes[1])}`;
    case 'group':
      return target.id;
  }
}

export function describeSubscription(subscription: Subscription, lang: string): string {
  const topics = subscription.topics.length ? ` (${subscription.topics.join(', ')})` : '';
  return `${describeTarget(subscription.target, lang)}${topics}`;
}
