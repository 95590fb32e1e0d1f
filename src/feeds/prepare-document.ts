import { FeedParseError } from './types.js';
import { rootName } from './xml-names.js';
import { expandInternalEntities } from './xml-repair.js';

export interface PreparedDocument {
  xml: string;
  /** What had to be cut or changed, for `bozo`. */
  problem?: string;
}

/**
 * Checks that text can be a feed before any XML parsing, so that an admin who pasted a web page's
 * URL is told so (with the feed the page advertises, if any), and trims what old servers put in
 * front of the document (a PHP warning, a stray blank line).
 */
export function prepareDocument(text: string): PreparedDocument {
  let xml = text.replace(/^\uFEFF/, '');
  const start = xml.slice(0, 4096).trimStart();
  if (start === '') throw new FeedParseError('the document is empty');
  if (rootName(xml, true) === 'html' || /^<!doctype html/i.test(start)) throw webPage(xml);
  let problem: string | undefined;
  if (!start.startsWith('<')) {
    const begin = /<\?xml\s|<(?:rss|feed|rdf:RDF)[\s>]/i.exec(xml.slice(0, 4096));
    if (!begin) throw new FeedParseError('this is not XML, so not an RSS or Atom feed');
    const junk = xml.slice(0, begin.index).trim().replace(/\s+/g, ' ').slice(0, 80);
    problem = `text before the XML document was ignored ("${junk}")`;
    xml = xml.slice(begin.index);
  }
  return problem === undefined ? { xml: expandInternalEntities(xml) } : { xml: expandInternalEntities(xml), problem };
}

function webPage(html: string): FeedParseError {
  const alternate = /<link[^>]+type=["']application\/(?:rss|atom)\+xml["'][^>]*>/i.exec(html.slice(0, 200_000));
  const href = alternate ? /href=["']([^"']+)["']/i.exec(alternate[0])?.[1] : undefined;
  const hint = href ? `; the page names a feed at ${href}` : '';
  return new FeedParseError(`this is a web page, not an RSS or Atom feed${hint}`);
}
