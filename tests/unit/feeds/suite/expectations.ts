import { htmlToText, plainText } from '../../../../src/feeds/html-text.js';
import type { ParsedFeed } from '../../../../src/feeds/types.js';
import { readLiteral, type PyValue } from './python-literal.js';

/**
 * Translates the common shapes of feedparser's `Expect:` expressions into checks against our
 * normalised model. A clause that names something our model does not have (author details,
 * `title_detail.type`, feed-level dates, tags, …) makes the whole case "out of model": checking
 * only its `not bozo` part would count a case as passed without testing what it is about.
 */
export type Check =
  | { kind: 'bozo'; expected: boolean }
  | { kind: 'encoding'; expected: string }
  | { kind: 'field'; scope: 'feed' | 'entry'; index: number; field: Field; expected: PyValue };

type Field = 'title' | 'link' | 'language' | 'id' | 'summary' | 'published' | 'enclosure.url' | 'enclosure.type' | 'enclosure.length';

export type Translation = { mapped: true; checks: Check[] } | { mapped: false; reason: string };

const FEED_FIELDS: Record<string, Field> = {
  "['title']": 'title', "['title_detail']['value']": 'title', "['link']": 'link', "['language']": 'language',
};
const ENTRY_FIELDS: Record<string, Field> = {
  "['title']": 'title', "['title_detail']['value']": 'title', "['link']": 'link', "['id']": 'id', "['guid']": 'id',
  "['description']": 'summary', "['summary']": 'summary', "['summary_detail']['value']": 'summary',
  "['content'][0]['value']": 'summary',
  "['published_parsed']": 'published', "['updated_parsed']": 'published', "['created_parsed']": 'published',
  "['issued_parsed']": 'published', "['modified_parsed']": 'published', "['date_parsed']": 'published',
  "['enclosures'][0]['href']": 'enclosure.url', "['enclosures'][0]['url']": 'enclosure.url',
  "['enclosures'][0]['type']": 'enclosure.type', "['enclosures'][0]['length']": 'enclosure.length',
};

export function translate(expression: string): Translation {
  const checks: Check[] = [];
  for (const clause of splitTopLevel(expression.trim(), ' and ')) {
    if (clause === '1' || clause === 'True') continue;
    if (clause === 'bozo' || clause === 'not bozo') {
      checks.push({ kind: 'bozo', expected: clause === 'bozo' });
      continue;
    }
    // Python chains comparisons: `a == b == 'x'` means both equal 'x'.
    const sides = splitTopLevel(clause, '==');
    const literal = sides.length >= 2 ? readLiteral(sides.at(-1) ?? '') : null;
    if (!literal || literal.rest.trim() !== '') return { mapped: false, reason: `clause: ${clause.slice(0, 60)}` };
    for (const side of sides.slice(0, -1)) {
      const lhs = side.replace(/\.(\w+)/g, "['$1']").replace(/"/g, "'");
      if (lhs === 'encoding' && typeof literal.value === 'string') {
        checks.push({ kind: 'encoding', expected: literal.value });
        continue;
      }
      const path = /^(feed|entries\[(\d+)\])(.*)$/.exec(lhs);
      const scope = path?.[1] === 'feed' ? 'feed' : 'entry';
      const field = path ? (scope === 'feed' ? FEED_FIELDS : ENTRY_FIELDS)[path[3] ?? ''] : undefined;
      if (!path || !field) return { mapped: false, reason: `field: ${lhs.replace(/\[\d+\]/g, '[i]')}` };
      // Our one text field is the short description; feedparser's content is the full body.
      if (field === 'summary' && path[3]?.startsWith("['content']") && /\['(description|summary)'\]/.test(expression)) {
        return { mapped: false, reason: 'both description and content: our model keeps one text' };
      }
      checks.push({ kind: 'field', scope, index: Number(path[2] ?? 0), field, expected: literal.value });
    }
  }
  return checks.length > 0 ? { mapped: true, checks } : { mapped: false, reason: 'trivially true ("1")' };
}

/** Splits on `separator` outside strings and brackets. */
function splitTopLevel(expression: string, separator: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quote: string | null = null;
  let start = 0;
  for (let i = 0; i < expression.length; i += 1) {
    const c = expression[i] as string;
    if (quote) {
      if (c === '\\') i += 1;
      else if (c === quote) quote = null;
    } else if (c === "'" || c === '"') quote = c;
    else if ('([{'.includes(c)) depth += 1;
    else if (')]}'.includes(c)) depth -= 1;
    else if (depth === 0 && expression.startsWith(separator, i)) {
      parts.push(expression.slice(start, i).trim());
      start = i + separator.length;
      i += separator.length - 1;
    }
  }
  parts.push(expression.slice(start).trim());
  return parts.map((p) => p.replace(/^\((.*)\)$/s, '$1').trim());
}

export interface Outcome {
  feed: ParsedFeed | null;
  encoding: string;
  bozo: boolean;
}

/** Null when the check passes, else what differed. */
export function runCheck(check: Check, outcome: Outcome): string | null {
  if (check.kind === 'bozo') return outcome.bozo === check.expected ? null : `bozo is ${outcome.bozo}`;
  if (check.kind === 'encoding') {
    return outcome.encoding.toLowerCase() === check.expected.toLowerCase() ? null : `encoding ${outcome.encoding}`;
  }
  const feed = outcome.feed;
  if (!feed) return 'no feed';
  const item = check.scope === 'entry' ? feed.items[check.index] : undefined;
  if (check.scope === 'entry' && !item) return `no item ${check.index}`;
  const enclosure = item?.enclosures?.[0];
  const actual: unknown = {
    title: (item ?? feed).title,
    link: (item ?? feed).link,
    language: feed.language,
    id: item?.id,
    summary: item?.summary,
    published: item?.published,
    'enclosure.url': enclosure?.url,
    'enclosure.type': enclosure?.type,
    'enclosure.length': enclosure?.length === undefined ? undefined : String(enclosure.length),
  }[check.field];
  const expected = check.expected;
  const ok = (() => {
    if (check.field === 'published') return Array.isArray(expected) && actual === isoFromTuple(expected);
    if (typeof expected !== 'string') return String(actual) === String(expected);
    if (check.field === 'title' || check.field === 'summary') {
      return actual === htmlToText(expected) || actual === plainText(expected);
    }
    if (check.field === 'link' || check.field === 'enclosure.url') return actual === normaliseUrl(expected);
    return actual === expected.trim();
  })();
  return ok ? null : `${check.scope}.${check.field}: got ${JSON.stringify(actual)}, expected ${JSON.stringify(expected)}`;
}

function isoFromTuple(t: number[]): string {
  const [y = 0, mo = 1, d = 1, h = 0, mi = 0, s = 0] = t;
  return new Date(Date.UTC(y, mo - 1, d, h, mi, s)).toISOString();
}

function normaliseUrl(url: string): string {
  try {
    return new URL(url).href;
  } catch {
    return url;
  }
}
