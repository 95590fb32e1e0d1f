import Parser from 'rss-parser';
import { rebase, pickAlternate, readLinks, resolveLink } from './links.js';
import { ITEM_FIELDS, normalizeItem } from './normalize-item.js';
import { constructText } from './text-construct.js';
import { FeedParseError, type ParsedFeed } from './types.js';
import { attributes, first, ownText } from './xml-node.js';
import { createNameProcessors, RAW, rootName } from './xml-names.js';
import { closeTruncatedDocument } from './xml-repair.js';
import { prepareDocument } from './prepare-document.js';

const FEED_FIELDS: Array<[string, string, { keepArray: true }]> = [
  [RAW('link'), 'rawLinks'], ['title', 'rawTitle'], ['dc:title', 'rawDcTitle'], ['$', 'rawAttrs'],
  ['language', 'rawLanguage'], ['dc:language', 'rawDcLanguage'],
].map(([from, to]) => [from as string, to as string, { keepArray: true }]);

const MAX_ITEMS = 1000;

type RawFeed = Record<string, unknown> & { items?: Array<Record<string, unknown>> };

/**
 * Parses RSS 0.9x/1.0/2.0 or Atom text into our normalised feed. Well-formed XML is read strictly;
 * a document that is not is read again by sax's forgiving mode (many real feeds have a stray `&`),
 * and `bozo` says so. No entity is ever expanded beyond XML's and HTML's named ones (sax does not
 * read DTDs), so billion-laughs and external-entity documents are inert.
 * Throws `FeedParseError` when the text is not a feed.
 */
export async function parseFeed(text: string, feedUrl?: string): Promise<ParsedFeed> {
  const { xml, problem } = prepareDocument(text);
  let raw: RawFeed;
  let bozo = problem;
  try {
    raw = await readWith(xml, false);
  } catch (strictError) {
    if (isNotRecognised(strictError)) throw notAFeed(xml);
    if (strictError instanceof TypeError) {
      // rss-parser found no <channel> to read: an empty feed, odd only if a channel was there.
      raw = { items: [] };
      if (/<channel[\s>]/i.test(xml)) bozo = `unexpected feed structure (${strictError.message})`;
    } else {
      bozo = [problem, `not well-formed XML: ${firstLine(strictError)}`].filter(Boolean).join('; ');
      raw = await readLoosely(xml, bozo);
    }
  }
  const root = rootName(xml, true).replace(/^[\w.-]+:/, '');
  const format = root === 'feed' ? 'atom' : root === 'rdf' ? 'rdf' : 'rss';
  const feed = normalizeFeed(raw, format, feedUrl);
  if (bozo !== undefined) feed.bozo = bozo;
  return feed;
}

/** sax's forgiving mode, then the same on a document closed where it was cut off. */
async function readLoosely(xml: string, problem: string): Promise<RawFeed> {
  for (const candidate of [xml, closeTruncatedDocument(xml)]) {
    try {
      return await readWith(candidate, true);
    } catch (err) {
      if (isNotRecognised(err)) throw notAFeed(xml);
      if (err instanceof TypeError) return { items: [] };
    }
  }
  throw new FeedParseError(`the feed is broken beyond repair (${problem})`);
}

async function readWith(xml: string, loose: boolean): Promise<RawFeed> {
  const parser = new Parser<RawFeed, Record<string, unknown>>({
    defaultRSS: 2,
    customFields: { feed: FEED_FIELDS as never, item: ITEM_FIELDS as never },
    xml2js: { strict: !loose, ...createNameProcessors(xml, loose) },
  });
  return (await parser.parseString(xml)) as RawFeed;
}

function normalizeFeed(raw: RawFeed, format: 'rss' | 'rdf' | 'atom', feedUrl: string | undefined): ParsedFeed {
  const attrs = attributes({ $: raw.rawAttrs });
  const base = rebase(attrs['xml:base'], feedUrl);
  const defaultType = format === 'atom' ? 'text' : 'html';
  const links = readLinks(raw.rawLinks);
  const link = resolveLink(pickAlternate(links)?.href, base);
  const language = [ownText(first(raw.rawLanguage)), ownText(first(raw.rawDcLanguage)), attrs['xml:lang'] ?? '']
    .map((l) => l.trim())
    .find((l) => l !== '');
  // Relative item links in a feed read from a file resolve against the site the feed names.
  const itemBase = base ?? link ?? undefined;
  const items = (raw.items ?? [])
    .slice(0, MAX_ITEMS)
    .map((item) => normalizeItem(item, { base: itemBase, defaultType }));
  return {
    title: constructText(raw.rawTitle ?? raw.rawDcTitle, defaultType, 500),
    link,
    language: language ?? null,
    items,
    format,
  };
}

function notAFeed(xml: string): FeedParseError {
  const root = rootName(xml);
  return new FeedParseError(`this XML is not an RSS or Atom feed (its root element is <${root || '?'}>)`);
}

function isNotRecognised(err: unknown): boolean {
  return err instanceof Error && /not recognized as RSS/i.test(err.message);
}

function firstLine(err: unknown): string {
  const message = err instanceof Error ? err.message : String(err);
  return message.split('\n').slice(0, 3).join(' ').replace(/\s+/g, ' ').trim();
}
