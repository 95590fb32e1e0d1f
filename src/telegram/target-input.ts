import { resolveCountry, suggestCountries } from '../domain/countries/index.js';
import { editDistance } from '../domain/countries/edit-distance.js';
import { INSTANT_WORD, parseSubscriptions, type Subscription, type Target, type TargetParseError, type TargetResolver } from '../domain/subscriptions.js';
import { TOPIC_IDS, isTopicId } from '../domain/topics.js';
import { describeTarget, type Tr } from './describe.js';

/** Arguments longer than this are not a list of countries. */
export const MAX_TARGET_ARGS = 1000;
const MAX_EXPLAINED = 5;

export interface ReadTargets {
  subscriptions: Subscription[];
  /** One explanation per bad part, HTML, in the chat's language; empty when all parts were read. */
  problems: string[];
  /** What the user probably meant by the parts that were not understood ("did you mean"). */
  suggestions: Target[];
}

const PAIR_SPLIT = /\s*(?:[-–—+]|\s\/\s)\s*/;

/** A pair or country close to what was typed: each half resolved as typed or by its best suggestion. */
function suggestTargets(input: string, lang: string): Target[] {
  const whole = suggestCountries(input, lang, 3);
  if (whole.length > 0) return whole.map((code) => ({ kind: 'country', code }));
  const halves = input.split(PAIR_SPLIT);
  if (halves.length !== 2) return [];
  const [a, b] = halves.map((half) => resolveCountry(half) ?? suggestCountries(half, lang, 1)[0] ?? null);
  if (!a || !b || a === b) return [];
  return [{ kind: 'pair', codes: [a, b].sort() as [string, string] }];
}

/** Topic ids closest to a word that is not one ("enrgy" → energy). */
function suggestTopics(word: string): string[] {
  const w = word.toLowerCase();
  return TOPIC_IDS.filter((id) => editDistance(w, id, 3) <= 3 || (w.length >= 4 && id.startsWith(w)));
}

/**
 * When "AZ-IT enrgy" fails as a whole, finds the target at its start and blames the words after it:
 * the user named a topic that does not exist, not an unknown country.
 */
function unknownTopics(part: string, resolver: TargetResolver): string[] | null {
  const words = part.split(/\s+/);
  for (let cut = words.length - 1; cut >= 1; cut--) {
    const head = parseSubscriptions(words.slice(0, cut).join(' '), resolver);
    if (head.errors.length === 0 && head.subscriptions.length === 1) {
      const unknown = words.slice(cut).filter((w) => !isTopicId(w.toLowerCase()) && w.toLowerCase() !== INSTANT_WORD && w !== '⚡');
      return unknown.length > 0 ? unknown : null;
    }
  }
  return null;
}

function explainError(error: TargetParseError, resolver: TargetResolver, tr: Tr, lang: string, out: ReadTargets) {
  switch (error.kind) {
    case 'empty':
      out.problems.push(tr('subscribe.usage'));
      return;
    case 'same-country-pair':
      out.problems.push(tr('subscribe.same_country_pair', { input: error.input.slice(0, 100) }));
      return;
    case 'unknown-target': {
      const topics = unknownTopics(error.input, resolver);
      if (topics) {
        for (const word of topics) {
          const close = suggestTopics(word);
          out.problems.push(
            tr('subscribe.unknown_topic', { topic: word.slice(0, 60) }) +
              (close.length ? ` ${tr('subscribe.did_you_mean', { options: close.join(', ') })}` : ''),
          );
        }
        out.problems.push(tr('subscribe.topics_hint'));
        return;
      }
      const suggested = suggestTargets(error.input, lang);
      out.suggestions.push(...suggested);
      const options = suggested.map((t) => describeTarget(t, lang, tr)).join(', ');
      out.problems.push(
        tr('subscribe.unknown_target', { input: error.input.slice(0, 100) }) +
          (suggested.length ? `\n${tr('subscribe.did_you_mean', { options })}` : ''),
      );
    }
  }
}

/** Reads targets (and topics) as typed in /subscribe, /unsubscribe or /latest, explaining failures. */
export function readTargets(args: string, resolver: TargetResolver, tr: Tr, lang: string): ReadTargets {
  const parsed = parseSubscriptions(args.slice(0, MAX_TARGET_ARGS), resolver);
  const out: ReadTargets = { subscriptions: parsed.subscriptions, problems: [], suggestions: [] };
  // The first few mistakes are explained; a list of hundreds would not fit in one message.
  for (const error of parsed.errors.slice(0, MAX_EXPLAINED)) explainError(error, resolver, tr, lang, out);
  out.suggestions = out.suggestions.slice(0, MAX_EXPLAINED);
  return out;
}

/** The target a button's key names (`AZ`, `AZ-IT`, `g:EU`); null when it no longer exists. */
export function targetFromKey(key: string, resolver: TargetResolver): Target | null {
  if (key.startsWith('g:')) {
    const group = resolver.group(key.slice(2));
    return group ? { kind: 'group', id: group.id, members: group.members } : null;
  }
  const pair = /^([A-Z]{2})-([A-Z]{2})$/.exec(key);
  if (pair) {
    const [a, b] = [resolver.country(pair[1]!), resolver.country(pair[2]!)];
    return a && b && a !== b ? { kind: 'pair', codes: [a, b].sort() as [string, string] } : null;
  }
  const code = /^[A-Z]{2}$/.test(key) ? resolver.country(key) : null;
  return code ? { kind: 'country', code } : null;
}
