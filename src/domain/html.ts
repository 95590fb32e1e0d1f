/** Telegram's HTML parse mode accepts exactly these named entities; everything else is escaped. */
const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/** Escapes text (from a feed, from a user) for Telegram HTML, text and attribute values alike. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => ESCAPES[c] ?? c);
}

const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"' };

/**
 * The length Telegram measures: text after tags are removed and entities decoded, in UTF-16
 * code units. Used to keep every message within the 4096-character limit.
 */
export function visibleLength(html: string): number {
  const text = html
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
      if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(parseInt(name.slice(2), 16));
      if (name.startsWith('#')) return String.fromCodePoint(parseInt(name.slice(1), 10));
      return NAMED[name.toLowerCase()] ?? whole;
    });
  return text.length;
}

/** Cuts text to at most `max` characters on a word boundary, with an ellipsis when cut. */
export function trimOnWord(text: string, max: number): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, Math.max(0, max - 1));
  const space = cut.lastIndexOf(' ');
  const base = space > max * 0.6 ? cut.slice(0, space) : cut;
  // Never leave half of a surrogate pair at the end.
  return `${base.replace(/[\uD800-\uDBFF]$/, '').replace(/[\s.,;:–-]+$/, '')}…`;
}

/** Only web links become anchors; anything else (javascript:, data:) stays plain text. */
export function safeHref(link: string | null | undefined): string | null {
  if (!link) return null;
  try {
    const url = new URL(link);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}
