import { createHash } from 'node:crypto';
import { parseFeedDate } from './dates.js';
import { pickAlternate, readLinks, rebase, resolveLink } from './links.js';
import { readEnclosures } from './enclosures.js';
import { constructText, type DefaultType } from './text-construct.js';
import type { FeedItem } from './types.js';
import { attr, attributes, first, ownText } from './xml-node.js';
import { RAW } from './xml-names.js';

/** rss-parser custom fields: each element kept raw (as xml2js arrays) under a name of ours. */
export const ITEM_FIELDS: Array<[string, string, { keepArray: true }]> = [
  [RAW('link'), 'rawLinks'], ['guid', 'rawGuid'], ['id', 'rawId'], ['$', 'rawAttrs'],
  ['title', 'rawTitle'], ['dc:title', 'rawDcTitle'], ['media:title', 'rawMediaTitle'],
  ['xhtml:body', 'rawXhtmlBody'], ['body', 'rawBody'], ['fullitem', 'rawFullitem'],
  ['description', 'rawDescription'], ['summary', 'rawSummary'], ['dc:description', 'rawDcDescription'],
  ['content', 'rawContent'], ['content:encoded', 'rawEncoded'],
  [RAW('published'), 'rawPublished'], [RAW('pubDate'), 'rawPubDate'], [RAW('dc:date'), 'rawDcDate'],
  ['issued', 'rawIssued'], ['created', 'rawCreated'], ['dcterms:issued', 'rawTermsIssued'],
  ['dcterms:created', 'rawTermsCreated'], [RAW('updated'), 'rawUpdated'], ['modified', 'rawModified'],
  ['dcterms:modified', 'rawTermsModified'],
  ['enclosure', 'rawEnclosure'], ['media:content', 'rawMediaContent'], ['media:group', 'rawMediaGroup'],
  ['media:thumbnail', 'rawMediaThumbnail'],
].map(([from, to]) => [from as string, to as string, { keepArray: true }]);

/** Publication first; update times only when nothing says when the item was first published. */
const DATE_FIELDS = [
  'rawPublished', 'rawPubDate', 'rawDcDate', 'rawIssued', 'rawCreated', 'rawTermsIssued',
  'rawTermsCreated', 'rawUpdated', 'rawModified', 'rawTermsModified',
];

export interface ItemContext {
  /** Base for relative links: xml:base of the feed, else the feed's URL. */
  base: string | undefined;
  defaultType: DefaultType;
}

type RawItem = Record<string, unknown>;

export function normalizeItem(raw: RawItem, context: ItemContext): FeedItem {
  const base = rebase(attributes({ $: raw.rawAttrs })['xml:base'], context.base);
  const links = readLinks(raw.rawLinks);
  const guidNode = first(raw.rawGuid);
  const guid = ownText(guidNode).trim();
  const atomId = ownText(first(raw.rawId)).trim();

  let link = resolveLink(pickAlternate(links)?.href, base);
  // An RSS guid is a permalink unless it says otherwise (RSS 2.0 spec).
  if (link === null && guid !== '' && attr(guidNode, 'isPermaLink')?.trim().toLowerCase() !== 'false') {
    link = resolveLink(guid, base);
  }
  const rdfAbout = attributes({ $: raw.rawAttrs })['rdf:about'];
  if (link === null && rdfAbout) link = resolveLink(rdfAbout, base);

  const title = constructText(raw.rawTitle ?? raw.rawDcTitle ?? raw.rawMediaTitle, context.defaultType, 1000);
  // The short text first (a digest line), the full article body only when there is nothing else.
  const summary = constructText(
    raw.rawDescription ?? raw.rawSummary ?? raw.rawDcDescription ?? raw.rawEncoded ?? raw.rawContent ??
      raw.rawXhtmlBody ?? raw.rawBody ?? raw.rawFullitem,
    context.defaultType,
  );
  const rawDate = firstDate(raw);
  const published = parseFeedDate(rawDate);

  const id = guid || atomId || link || `sha256:${hashOf(title, rawDate ?? '', title || rawDate ? '' : summary)}`;
  const item: FeedItem = { id, title, link, published, summary };
  const enclosures = readEnclosures(raw, links, base);
  if (enclosures.length > 0) item.enclosures = enclosures;
  return item;
}

function firstDate(raw: RawItem): string | undefined {
  for (const field of DATE_FIELDS) {
    const text = ownText(first(raw[field])).trim();
    if (text !== '') return text;
  }
  return undefined;
}

function hashOf(...parts: string[]): string {
  return createHash('sha256').update(parts.join('\n')).digest('hex');
}
