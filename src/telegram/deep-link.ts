import { parseSubscriptions, type Subscription, type TargetResolver } from '../domain/subscriptions.js';
import { TOPIC_IDS, type TopicId } from '../domain/topics.js';

/**
 * `t.me/<bot>?start=sub-…` payloads: Telegram allows 64 characters of [A-Za-z0-9_-]. Targets are
 * joined by `_`: `AZ`, `AZ-IT`, `EU`; a target's topic filter follows as lowercase letters, one per
 * topic in TOPIC_IDS order (`AZ-IT-cd`: trade-economy and energy). Target codes are uppercase, so
 * the letters cannot be mistaken for a country.
 */
const PREFIX = 'sub-';
const MAX_PAYLOAD = 64;
const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

function token(subscription: Subscription): string {
  const { target } = subscription;
  const base = target.kind === 'country' ? target.code : target.kind === 'pair' ? target.codes.join('-') : target.id;
  const letters = subscription.topics
    .map((topic) => LETTERS[TOPIC_IDS.indexOf(topic)])
    .filter(Boolean)
    .sort()
    .join('');
  return letters ? `${base}-${letters}` : base;
}

/** Payloads for these subscriptions: as few as fit 64 characters each. */
export function sharePayloads(subscriptions: Subscription[]): string[] {
  const payloads: string[] = [];
  let current = '';
  // Sorted, so the same subscriptions always give the same links (Redis keeps no order).
  for (const next of subscriptions.map(token).sort()) {
    if (!/^[A-Za-z0-9_-]+$/.test(next) || PREFIX.length + next.length > MAX_PAYLOAD) continue;
    if (current && PREFIX.length + current.length + 1 + next.length <= MAX_PAYLOAD) current += `_${next}`;
    else {
      if (current) payloads.push(PREFIX + current);
      current = next;
    }
  }
  if (current) payloads.push(PREFIX + current);
  return payloads;
}

/** Reads a `/start` payload; null when it is not a subscription link or names something unknown. */
export function readSharePayload(payload: string, resolver: TargetResolver): Subscription[] | null {
  const match = /^sub-([A-Za-z0-9_-]{2,60})$/.exec(payload);
  if (!match) return null;
  const subscriptions: Subscription[] = [];
  for (const part of match[1]!.split('_').filter(Boolean)) {
    const topicMatch = /^(.*[A-Z0-9])-([a-z]+)$/.exec(part);
    const targetText = topicMatch ? topicMatch[1]! : part;
    const topics = topicMatch ? [...topicMatch[2]!].map((l) => TOPIC_IDS[LETTERS.indexOf(l)]) : [];
    if (topics.some((t) => t === undefined)) return null;
    const parsed = parseSubscriptions(targetText, resolver);
    const [subscription] = parsed.subscriptions;
    if (parsed.errors.length > 0 || !subscription) return null;
    subscriptions.push({ target: subscription.target, topics: [...new Set(topics as TopicId[])] });
  }
  return subscriptions.length > 0 ? subscriptions : null;
}
