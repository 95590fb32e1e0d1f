/**
 * Element and attribute names as rss-parser expects them. xml2js is not namespace-aware, so a
 * feed that binds Dublin Core to `dcterms2:` or Atom to `a:` would lose those fields; we map each
 * prefix to the conventional one by its namespace URI. In loose (recovery) mode sax upper-cases
 * every name, so names are also brought back to their canonical case.
 */
const CONVENTIONAL_PREFIX: Record<string, string> = {
  'http://www.w3.org/2005/atom': 'atom',
  'http://purl.org/atom/ns#': 'atom',
  'http://purl.org/dc/elements/1.1/': 'dc',
  'http://purl.org/dc/terms/': 'dcterms',
  'http://purl.org/rss/1.0/modules/content/': 'content',
  'http://www.w3.org/1999/02/22-rdf-syntax-ns#': 'rdf',
  'http://search.yahoo.com/mrss/': 'media',
  'http://search.yahoo.com/mrss': 'media',
  'http://www.itunes.com/dtds/podcast-1.0.dtd': 'itunes',
  'http://www.w3.org/1999/xhtml': 'xhtml',
  // The feed formats' own namespaces: their elements are unprefixed in rss-parser's eyes.
  'http://purl.org/rss/1.0/': '',
  'http://my.netscape.com/rdf/simple/0.9/': '',
  'http://backend.userland.com/rss2': '',
  'http://blogs.law.harvard.edu/tech/rss': '',
};

const CANONICAL_CASE = new Map(
  ['pubDate', 'lastBuildDate', 'managingEditor', 'webMaster', 'skipHours', 'skipDays', 'textInput',
    'isPermaLink', 'RDF', 'dateTime', 'contentType'].map((n) => [n.toLowerCase(), n]),
);

/**
 * Elements renamed out of rss-parser's reach: it converts these itself and throws on odd values
 * (an Atom date it cannot read, a `<link>` without attributes), which would lose the whole feed.
 * We read them raw and convert them ourselves. `$` cannot occur in an XML name, so no clash.
 */
const TAKEN_RAW = new Set(['link', 'published', 'updated', 'pubDate', 'dc:date']);
export const RAW = (name: string) => `raw$${name}`;

export interface NameProcessors {
  tagNameProcessors: Array<(name: string) => string>;
  attrNameProcessors: Array<(name: string) => string>;
}

export function createNameProcessors(xml: string, loose: boolean): NameProcessors {
  const prefixes = declaredPrefixes(xml, loose);
  const rootIsAtom = /^atom:feed$/.test(mapName(rootName(xml, loose), prefixes, loose));
  const tag = (name: string) => {
    let mapped = mapName(name, prefixes, loose);
    if (rootIsAtom) mapped = mapped.replace(/^atom:/, '');
    return TAKEN_RAW.has(mapped) ? RAW(mapped) : mapped;
  };
  const attribute = (name: string) => mapName(name, prefixes, loose);
  return { tagNameProcessors: [tag], attrNameProcessors: [attribute] };
}

function mapName(name: string, prefixes: Map<string, string>, loose: boolean): string {
  const raw = loose ? name.toLowerCase() : name;
  const colon = raw.indexOf(':');
  let prefix = colon === -1 ? undefined : raw.slice(0, colon);
  let local = colon === -1 ? raw : raw.slice(colon + 1);
  if (prefix !== undefined && prefix !== 'xml' && prefix !== 'xmlns') {
    const conventional = prefixes.get(prefix);
    if (conventional !== undefined) prefix = conventional;
  }
  if (loose) local = CANONICAL_CASE.get(local) ?? local;
  return prefix ? `${prefix}:${local}` : local;
}

/** xmlns:p="uri" declarations anywhere in the document (feeds hardly ever rebind a prefix). */
function declaredPrefixes(xml: string, loose: boolean): Map<string, string> {
  const map = new Map<string, string>();
  const head = xml.length > 200_000 ? xml.slice(0, 200_000) : xml;
  for (const m of head.matchAll(/\sxmlns:([\w.-]+)\s*=\s*["']([^"']*)["']/g)) {
    const [, prefix = '', uri = ''] = m;
    const conventional = CONVENTIONAL_PREFIX[uri.trim().toLowerCase()];
    const key = loose ? prefix.toLowerCase() : prefix;
    if (conventional !== undefined && !map.has(key)) map.set(key, conventional);
  }
  return map;
}

/** The root element's name, skipping the prolog (declaration, comments, doctype). */
export function rootName(xml: string, loose = false): string {
  const m = /^(?:\s|<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE[^[>]*(?:\[[\s\S]*?\])?\s*>)*<([A-Za-z_][\w.:-]*)/i.exec(
    xml.slice(0, 100_000),
  );
  const name = m?.[1] ?? '';
  return loose ? name.toLowerCase() : name;
}
