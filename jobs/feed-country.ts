import { readFileSync } from 'node:fs';
import { bundledCataloguePath } from '../src/catalogue/bundled.js';
import { readYamlEntries } from '../src/catalogue/feeds-file.js';
import { createClassifier, type Classifier } from '../src/domain/classify/index.js';
import { isCountryCode } from '../src/domain/countries/index.js';
import type { ParsedFeed } from '../src/feeds/types.js';

/** The country a new feed speaks for, and how it was found (the admin is told which). */
export type DetectedCountry =
  | { code: string; source: 'option' | 'host' | 'tld' }
  | { code: string; source: 'items'; count: number; of: number };

/**
 * ccTLDs that are sold as generic names (.io, .tv, .ai …): a site under them says nothing about
 * a country. `.uk` is the one ccTLD that differs from its ISO code.
 */
const GENERIC_TLDS = new Set([
  'ac',
  'ai',
  'cc',
  'co',
  'fm',
  'gg',
  'im',
  'io',
  'ly',
  'me',
  'ms',
  'nu',
  'sh',
  'so',
  'tk',
  'to',
  'tv',
  'vc',
  'ws',
]);
const TLD_ALIASES: Record<string, string> = { uk: 'GB' };

/** Items read to guess a country: enough for a majority, few enough to answer /addfeed quickly. */
const MAX_ITEMS = 40;
/** The leading country must appear in this share of the items (and in two at least) to count. */
const MIN_SHARE = 0.3;

function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname.toLowerCase().replace(/^www\./, '');
  } catch {
    return null;
  }
}

/** Host → country from a feeds list; a host listed under two countries says nothing and is dropped. */
export function knownHosts(
  entries: readonly { url?: string | undefined; country?: string | undefined }[],
): Map<string, string> {
  const hosts = new Map<string, string | null>();
  for (const entry of entries) {
    const host = entry.url ? hostOf(entry.url) : null;
    const country = entry.country?.toUpperCase();
    if (!host || !country) continue;
    const seen = hosts.get(host);
    hosts.set(host, seen === undefined || seen === country ? country : null);
  }
  return new Map([...hosts].filter((pair): pair is [string, string] => pair[1] !== null));
}

/** The country of a known host or of one of its parent domains (travel.state.gov → state.gov). */
export function countryOfKnownHost(url: string, hosts: ReadonlyMap<string, string>): string | null {
  const labels = hostOf(url)?.split('.') ?? [];
  for (let i = 0; i < labels.length - 1; i++) {
    const hit = hosts.get(labels.slice(i).join('.'));
    if (hit) return hit;
  }
  return null;
}

export function countryOfTld(url: string): string | null {
  const tld = hostOf(url)?.split('.').pop() ?? '';
  if (!/^[a-z]{2}$/.test(tld) || GENERIC_TLDS.has(tld)) return null;
  const code = TLD_ALIASES[tld] ?? tld.toUpperCase();
  return isCountryCode(code) ? code : null;
}

/** The country most items are about, when one clearly leads. */
export function countryOfItems(
  feed: ParsedFeed,
  classifier: Classifier,
): { code: string; count: number; of: number } | null {
  const items = feed.items.slice(0, MAX_ITEMS);
  const counts = new Map<string, number>();
  for (const item of items) {
    const { countries } = classifier.classify({
      title: item.title,
      text: item.summary,
      ...(feed.language ? { language: feed.language } : {}),
    });
    for (const code of new Set(countries)) counts.set(code, (counts.get(code) ?? 0) + 1);
  }
  const [best] = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  if (!best || best[1] < 2 || best[1] < items.length * MIN_SHARE) return null;
  return { code: best[0], count: best[1], of: items.length };
}

export interface CountryDetectorDeps {
  /** Built on first use: the classifier takes a moment to build and /addfeed is rare. */
  classifier?: () => Classifier;
  /** Known ministry and agency hosts; by default those of the bundled catalogue. */
  hosts?: () => ReadonlyMap<string, string>;
}

/** Option, else known host, else ccTLD, else the items' leading country. */
export function createCountryDetector(deps: CountryDetectorDeps = {}) {
  let classifier: Classifier | undefined;
  let hosts: ReadonlyMap<string, string> | undefined;
  const loadHosts =
    deps.hosts ??
    (() => knownHosts(readYamlEntries(readFileSync(bundledCataloguePath(), 'utf8'), 'catalogue')));
  return function detectCountry(
    url: string,
    option: string | null | undefined,
    feed: ParsedFeed,
  ): DetectedCountry | null {
    if (option) return { code: option.toUpperCase(), source: 'option' };
    try {
      hosts ??= loadHosts();
    } catch {
      // A missing or broken catalogue only costs this hint.
      hosts = new Map();
    }
    const known = countryOfKnownHost(url, hosts);
    if (known) return { code: known, source: 'host' };
    const tld = countryOfTld(url);
    if (tld) return { code: tld, source: 'tld' };
    classifier ??= (deps.classifier ?? createClassifier)();
    const leading = countryOfItems(feed, classifier);
    return leading ? { ...leading, source: 'items' } : null;
  };
}

export type DetectCountry = ReturnType<typeof createCountryDetector>;
