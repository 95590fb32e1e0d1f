import { FeedFetchError } from './types.js';

/**
 * Turns whatever undici, the socket or our connector threw into a `FeedFetchError` whose message
 * an admin can act on. `deadlineHit` tells an overall-deadline abort apart from other aborts.
 */
export function toFeedFetchError(err: unknown, url: URL, deadlineMs: number, deadlineHit: boolean): FeedFetchError {
  if (err instanceof FeedFetchError) return err;
  if (deadlineHit) {
    return new FeedFetchError('timeout', `${url.host} did not deliver the feed within ${seconds(deadlineMs)}`);
  }
  const codes = causeChain(err).map((e) => (e as { code?: unknown }).code);
  const has = (code: string) => codes.includes(code);
  if (has('ERR_ATTACHE_BLOCKED_ADDRESS')) {
    return new FeedFetchError('blocked-address', `refused to connect: ${innermostMessage(err, 'ERR_ATTACHE_BLOCKED_ADDRESS')}`);
  }
  if (has('UND_ERR_HEADERS_TIMEOUT')) {
    return new FeedFetchError('timeout', `${url.host} accepted the connection but sent no response in time`);
  }
  if (has('UND_ERR_BODY_TIMEOUT')) {
    return new FeedFetchError('timeout', `${url.host} stopped sending the feed halfway`);
  }
  if (has('UND_ERR_CONNECT_TIMEOUT') || has('ETIMEDOUT')) {
    return new FeedFetchError('timeout', `could not connect to ${url.host} in time`);
  }
  if (has('ENOTFOUND') || has('EAI_AGAIN')) {
    return new FeedFetchError('network', `the host name ${url.hostname} does not resolve (check the URL)`);
  }
  if (has('ECONNREFUSED')) return new FeedFetchError('network', `${url.host} refused the connection`);
  if (has('ECONNRESET') || has('UND_ERR_SOCKET')) {
    return new FeedFetchError('network', `${url.host} closed the connection unexpectedly`);
  }
  const tls = codes.find((c) => typeof c === 'string' && /CERT|SSL|TLS/.test(c));
  if (tls) return new FeedFetchError('network', `TLS failed with ${url.host} (${String(tls)})`);
  const message = err instanceof Error ? err.message : String(err);
  return new FeedFetchError('network', `fetching ${url.href} failed: ${message}`);
}

function causeChain(err: unknown): unknown[] {
  const chain: unknown[] = [];
  let current = err;
  while (current !== null && typeof current === 'object' && chain.length < 10) {
    chain.push(current);
    current = (current as { cause?: unknown }).cause;
  }
  return chain;
}

function innermostMessage(err: unknown, code: string): string {
  const found = causeChain(err).find((e) => (e as { code?: unknown }).code === code);
  return found instanceof Error ? found.message : String(err);
}

function seconds(ms: number): string {
  return ms % 1000 === 0 ? `${ms / 1000} s` : `${ms} ms`;
}
