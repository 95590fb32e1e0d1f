import { resolveLink, type RawLink } from './links.js';
import type { FeedEnclosure } from './types.js';
import { asArray, attr } from './xml-node.js';

const MAX_ENCLOSURES = 20;

/** RSS `<enclosure>`, Atom `rel="enclosure"` links and Media RSS content/thumbnails, deduplicated. */
export function readEnclosures(raw: Record<string, unknown>, links: RawLink[], base: string | undefined): FeedEnclosure[] {
  const found: FeedEnclosure[] = [];
  const add = (href: string | undefined, type: string | undefined, length: string | undefined) => {
    const url = resolveLink(href, base);
    if (url === null || found.some((e) => e.url === url) || found.length >= MAX_ENCLOSURES) return;
    const enclosure: FeedEnclosure = { url };
    if (type) enclosure.type = type.trim().toLowerCase();
    const size = Number(length);
    if (length && Number.isSafeInteger(size) && size > 0) enclosure.length = size;
    found.push(enclosure);
  };
  for (const node of asArray(raw.rawEnclosure)) add(attr(node, 'url'), attr(node, 'type'), attr(node, 'length'));
  for (const link of links) if (link.rel === 'enclosure') add(link.href, link.type, link.length);
  const media = [...asArray(raw.rawMediaContent), ...asArray(raw.rawMediaGroup).flatMap((g) => asArray(mediaChildren(g)))];
  for (const node of media) add(attr(node, 'url'), attr(node, 'type') ?? attr(node, 'medium'), attr(node, 'fileSize'));
  for (const node of asArray(raw.rawMediaThumbnail)) add(attr(node, 'url'), 'image', undefined);
  return found;
}

function mediaChildren(group: unknown): unknown {
  if (group === null || typeof group !== 'object') return undefined;
  return (group as Record<string, unknown>)['media:content'];
}
