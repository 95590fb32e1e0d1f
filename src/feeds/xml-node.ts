/**
 * Reading xml2js nodes defensively. A feed is untrusted: any element may be missing, repeated,
 * carry attributes or contain markup, so every accessor accepts `unknown` and never throws.
 */
export type Attributes = Record<string, string>;

/** The first element of an xml2js child array (or the value itself when it is not an array). */
export function first(value: unknown): unknown {
  return Array.isArray(value) ? value[0] : value;
}

export function asArray(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

export function attributes(node: unknown): Attributes {
  if (node === null || typeof node !== 'object' || Array.isArray(node)) return {};
  const attrs = (node as { $?: unknown }).$;
  return attrs !== null && typeof attrs === 'object' ? (attrs as Attributes) : {};
}

export function attr(node: unknown, name: string): string | undefined {
  const value = attributes(node)[name];
  return typeof value === 'string' ? value : undefined;
}

/** The element's own text, ignoring child elements. */
export function ownText(node: unknown): string {
  if (typeof node === 'string') return node;
  if (node === null || typeof node !== 'object') return '';
  const text = (node as { _?: unknown })._;
  return typeof text === 'string' ? text : '';
}

/** True when the element has child elements (markup that was not escaped or CDATA-wrapped). */
export function hasChildElements(node: unknown): boolean {
  if (node === null || typeof node !== 'object') return false;
  return Object.keys(node).some((k) => k !== '$' && k !== '_');
}

const MAX_DEPTH = 32;

/**
 * Serialises an element's content back to markup, for unescaped HTML or Atom xhtml. xml2js keeps
 * text apart from child elements, so mixed content comes back as text first, then the children:
 * word order can shift, which is acceptable for a plain-text summary.
 */
export function innerMarkup(node: unknown, depth = 0): string {
  if (typeof node === 'string') return escapeText(node);
  if (node === null || typeof node !== 'object' || depth > MAX_DEPTH) return '';
  const parts = [escapeText(ownText(node))];
  for (const [name, children] of Object.entries(node)) {
    if (name === '$' || name === '_') continue;
    const tag = name.replace(/^[^:]*:/, '');
    for (const child of asArray(children)) {
      parts.push(`<${tag}>${innerMarkup(child, depth + 1)}</${tag}>`);
    }
  }
  return parts.join('');
}

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
