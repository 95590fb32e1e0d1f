import { isIP } from 'node:net';
import { checkAddress } from './address-guard.js';
import { FeedFetchError } from './types.js';

/**
 * Parses a feed URL and refuses what must never be fetched: other schemes, credentials in the URL,
 * and literal IP hosts in blocked ranges. The WHATWG parser already turns decimal (2130706433),
 * hex (0x7f000001), octal (0177.0.0.1) and short (127.1) IPv4 forms into dotted quads, so checking
 * `hostname` after parsing covers them all. Hosts given by name are checked when connecting.
 */
export function parseFeedUrl(raw: string, allowPrivate: boolean): URL {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    throw new FeedFetchError('invalid-url', `"${raw}" is not a valid URL`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new FeedFetchError('invalid-url', `only http and https feeds are fetched, not ${url.protocol}`);
  }
  if (url.username !== '' || url.password !== '') {
    throw new FeedFetchError('invalid-url', 'feed URLs with a user name or password are refused');
  }
  if (url.hostname === '') throw new FeedFetchError('invalid-url', `"${raw}" has no host`);
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (isIP(host) !== 0) {
    const verdict = checkAddress(host, allowPrivate);
    if (!verdict.allowed) {
      throw new FeedFetchError('blocked-address', `refused to fetch ${url.origin}: ${verdict.reason}`);
    }
  } else if (!allowPrivate && isLocalName(host)) {
    throw new FeedFetchError('blocked-address', `refused to fetch ${url.origin}: it names this machine`);
  }
  url.hash = '';
  return url;
}

/** Names that resolve locally without DNS; refused early for a clearer message. */
function isLocalName(host: string): boolean {
  const name = host.toLowerCase().replace(/\.$/, '');
  return name === 'localhost' || name.endsWith('.localhost');
}
