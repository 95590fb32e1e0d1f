/** Bounds on what a server may ask of our poll schedule: no hammering, no silencing a feed for days. */
const MAX_AGE_CAP_SECONDS = 24 * 3600;
const RETRY_AFTER_CAP_SECONDS = 6 * 3600;

type HeaderValue = string | string[] | undefined;

export function headerText(value: HeaderValue): string | undefined {
  if (value === undefined) return undefined;
  return Array.isArray(value) ? value.join(', ') : value;
}

/** `Cache-Control: max-age=N` (or `s-maxage`), `undefined` when absent or `no-cache`/`no-store`. */
export function maxAgeSeconds(cacheControl: HeaderValue): number | undefined {
  const text = headerText(cacheControl)?.toLowerCase();
  if (!text || /\bno-(cache|store)\b/.test(text)) return undefined;
  const match = /\b(?:s-)?max-age\s*=\s*"?(\d+)/.exec(text);
  if (!match?.[1]) return undefined;
  return Math.min(Number(match[1]), MAX_AGE_CAP_SECONDS);
}

/** `Retry-After` as seconds from `now`; it is either a delay in seconds or an HTTP date. */
export function retryAfterSeconds(retryAfter: HeaderValue, now = Date.now()): number | undefined {
  const text = headerText(retryAfter)?.trim();
  if (!text) return undefined;
  let seconds: number;
  if (/^\d+$/.test(text)) seconds = Number(text);
  else {
    const at = Date.parse(text);
    if (Number.isNaN(at)) return undefined;
    seconds = Math.ceil((at - now) / 1000);
  }
  return Math.min(Math.max(seconds, 0), RETRY_AFTER_CAP_SECONDS);
}
