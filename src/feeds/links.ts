import { asArray, attr, ownText } from './xml-node.js';

/** Resolves `href` against `base`; only http(s) survives, since links end up as buttons in chats. */
export function resolveLink(href: string | undefined, base: string | undefined): string | null {
  const text = (href ?? '').trim();
  if (text === '') return null;
  try {
    const url = base ? new URL(text, base) : new URL(text);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    return url.href;
  } catch {
    return null;
  }
}

/** A new base from an `xml:base` attribute, itself relative to the enclosing base. */
export function rebase(xmlBase: string | undefined, base: string | undefined): string | undefined {
  if (!xmlBase) return base;
  try {
    return (base ? new URL(xmlBase.trim(), base) : new URL(xmlBase.trim())).href;
  } catch {
    return base;
  }
}

export interface RawLink {
  href: string;
  rel: string;
  type: string;
  length?: string | undefined;
}

/** Atom `<link href rel type>` elements and RSS `<link>text</link>` in one shape. */
export function readLinks(value: unknown): RawLink[] {
  return asArray(value).flatMap((node): RawLink[] => {
    const href = attr(node, 'href') ?? attr(node, 'rdf:resource') ?? ownText(node);
    if (href.trim() === '') return [];
    return [{ href, rel: (attr(node, 'rel') ?? 'alternate').trim().toLowerCase(), type: (attr(node, 'type') ?? '').toLowerCase(), length: attr(node, 'length') }];
  });
}

/** The page a reader should open: an HTML alternate link first, any alternate link next. */
export function pickAlternate(links: RawLink[]): RawLink | undefined {
  const alternates = links.filter((l) => l.rel === 'alternate');
  return alternates.find((l) => l.type === '' || l.type.includes('html')) ?? alternates[0];
}
