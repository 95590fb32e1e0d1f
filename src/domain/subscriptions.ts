import type { TopicId } from './topics.js';
import { isTopicId } from './topics.js';

/** What a chat follows: one country, one pair of countries, or a group (EU, CIS, …). */
export type Target =
  | { kind: 'country'; code: string }
  | { kind: 'pair'; codes: [string, string] }
  | { kind: 'group'; id: string; members: string[] };

export interface Subscription {
  target: Target;
  /** Empty: every topic. */
  topics: TopicId[];
  /** In a forum supergroup, the topic thread this subscription posts into. */
  threadId?: number;
  /** Sent at once even when the chat reads a digest (`/subscribe AZ-IT instant`). */
  instant?: boolean;
}

/** The word that marks a subscription as urgent, after its target and topics. */
export const INSTANT_WORD = 'instant';

/** The classifier's facts that routing needs. */
export interface Routable {
  countries: string[];
  pair: [string, string] | null;
  topics: TopicId[];
}

export function pairKey(a: string, b: string): string {
  return [a, b].sort().join('-');
}

/** A stable key per target: `AZ`, `AZ-IT`, `g:EU`; the inverted index is kept per key. */
export function targetKey(target: Target): string {
  switch (target.kind) {
    case 'country':
      return target.code;
    case 'pair':
      return pairKey(target.codes[0], target.codes[1]);
    case 'group':
      return `g:${target.id}`;
  }
}

/** Keys of every target that could match an item: its countries, its pair, their groups. */
export function candidateKeys(item: Routable, groupsOf: (code: string) => string[] = () => []): string[] {
  const keys = new Set<string>(item.countries);
  if (item.pair) keys.add(pairKey(item.pair[0], item.pair[1]));
  for (const code of item.countries) for (const group of groupsOf(code)) keys.add(`g:${group}`);
  return [...keys];
}

export function matches(subscription: Subscription, item: Routable): boolean {
  const { target, topics } = subscription;
  const targetHit =
    target.kind === 'country'
      ? item.countries.includes(target.code)
      : target.kind === 'pair'
        ? item.pair !== null && pairKey(...item.pair) === pairKey(...target.codes)
        : item.countries.some((code) => target.members.includes(code));
  if (!targetHit) return false;
  return topics.length === 0 || topics.some((topic) => item.topics.includes(topic));
}

export interface TargetResolver {
  country(text: string): string | null;
  group(text: string): { id: string; members: string[] } | null;
}

export type TargetParseError =
  | { kind: 'unknown-target'; input: string }
  | { kind: 'same-country-pair'; input: string }
  | { kind: 'empty' };

export type ParsedTargets = { subscriptions: Subscription[]; errors: TargetParseError[] };

const PAIR_SEPARATOR = /\s*(?:[-–—+]|\s\/\s)\s*/;

type Resolved = { ok: true; target: Target } | { ok: false; error: TargetParseError };

function resolveTarget(text: string, resolve: TargetResolver): Resolved {
  const country = resolve.country(text);
  if (country) return { ok: true, target: { kind: 'country', code: country } };
  const group = resolve.group(text);
  if (group) return { ok: true, target: { kind: 'group', id: group.id, members: group.members } };
  // A dash or "+" makes a pair; names that contain a dash (Guinea-Bissau) were tried whole above.
  const parts = text.split(PAIR_SEPARATOR);
  for (let cut = 1; cut < parts.length; cut++) {
    const a = resolve.country(parts.slice(0, cut).join('-'));
    const b = resolve.country(parts.slice(cut).join('-'));
    if (a && b) {
      if (a === b) return { ok: false, error: { kind: 'same-country-pair', input: text } };
      return { ok: true, target: { kind: 'pair', codes: [a, b].sort() as [string, string] } };
    }
  }
  return { ok: false, error: { kind: 'unknown-target', input: text } };
}

/**
 * Reads `/subscribe` arguments: targets separated by commas, each optionally followed by topic ids
 * and `instant` (`AZ-IT energy trade-economy instant, Georgia`).
 */
export function parseSubscriptions(input: string, resolve: TargetResolver): ParsedTargets {
  const result: ParsedTargets = { subscriptions: [], errors: [] };
  const parts = input.split(/[,;\n]/).map((part) => part.trim()).filter(Boolean);
  if (parts.length === 0) result.errors.push({ kind: 'empty' });
  for (const part of parts) {
    const words = part.split(/\s+/);
    const topics: TopicId[] = [];
    let instant = false;
    for (let last = words[words.length - 1]!.toLowerCase(); words.length > 1; last = words[words.length - 1]!.toLowerCase()) {
      if (isTopicId(last)) topics.unshift(last);
      else if (last === INSTANT_WORD || last === '⚡') instant = true;
      else break;
      words.pop();
    }
    const resolved = resolveTarget(words.join(' '), resolve);
    if (resolved.ok) {
      result.subscriptions.push({ target: resolved.target, topics: [...new Set(topics)], ...(instant ? { instant } : {}) });
    }
    else result.errors.push(resolved.error);
  }
  return result;
}
