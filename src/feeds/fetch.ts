import { STATUS_CODES } from 'node:http';
import type { Readable } from 'node:stream';
import type { lookup as dnsLookup } from 'node:dns';
import { request, type Dispatcher } from 'undici';
import { headerText, maxAgeSeconds, retryAfterSeconds } from './cache-headers.js';
import { decodeFeedBytes } from './charset.js';
import { toFeedFetchError } from './fetch-errors.js';
import { createGuardedAgent } from './guarded-agent.js';
import { createHostLimiter } from './host-limiter.js';
import { formatBytes, readCappedBody } from './read-body.js';
import { FeedFetchError, type FetchFeed, type FetchRequest, type FetchResult } from './types.js';
import { parseFeedUrl } from './url-guard.js';

export interface FeedFetcherOptions {
  /** Lifts the loopback/private block (local testing); metadata addresses stay blocked. */
  allowPrivateHosts: boolean;
  /** Names the bot and where to read about it, so feed owners know who polls them. */
  userAgent: string;
  /** Overall deadline for one fetch, redirects and body included. Default 20 s. */
  timeoutMs?: number;
  /** Cap on the decompressed body. Default 10 MB. */
  maxBytes?: number;
  /** Default 5. */
  maxRedirects?: number;
  /** Requests in flight per host. Default 2. */
  perHostConcurrency?: number;
  /** Time to first response byte, and the longest silence inside the body. Default 10 s each. */
  headersTimeoutMs?: number;
  bodyTimeoutMs?: number;
  connectTimeoutMs?: number;
  /** For tests: a DNS stand-in (for example one that answers with a private address). */
  lookup?: typeof dnsLookup;
}

/** A `FetchFeed` that owns a connection pool; `close()` releases it at shutdown. */
export type FeedFetcher = FetchFeed & { close(): Promise<void> };

const ACCEPT = 'application/rss+xml, application/atom+xml, application/rdf+xml;q=0.9, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5';

/**
 * Fetches feeds safely: conditional GET, redirects followed by hand (each target checked against
 * the SSRF guard again), an overall deadline, a decompressed-size cap and a per-host limit.
 * Resolves with decoded text or `not-modified`; every failure is a `FeedFetchError`.
 */
export function createFeedFetcher(options: FeedFetcherOptions): FeedFetcher {
  const deadlineMs = options.timeoutMs ?? 20_000;
  const maxBytes = options.maxBytes ?? 10 * 1024 * 1024;
  const maxRedirects = options.maxRedirects ?? 5;
  const headersTimeout = Math.min(options.headersTimeoutMs ?? 10_000, deadlineMs);
  const bodyTimeout = Math.min(options.bodyTimeoutMs ?? 10_000, deadlineMs);
  const agent = createGuardedAgent({
    allowPrivateHosts: options.allowPrivateHosts,
    connectTimeoutMs: Math.min(options.connectTimeoutMs ?? 10_000, deadlineMs),
    ...(options.lookup ? { lookup: options.lookup } : {}),
  });
  const limiter = createHostLimiter(options.perHostConcurrency ?? 2);

  async function hop(url: URL, conditional: FetchRequest, signal: AbortSignal) {
    const headers: Record<string, string> = {
      'user-agent': options.userAgent,
      accept: ACCEPT,
      'accept-encoding': 'gzip, deflate, br',
    };
    if (conditional.etag) headers['if-none-match'] = conditional.etag;
    if (conditional.lastModified) headers['if-modified-since'] = conditional.lastModified;
    const response = await request(url, {
      method: 'GET',
      dispatcher: agent,
      headers,
      headersTimeout,
      bodyTimeout,
      signal,
    });
    if (response.statusCode < 200 || response.statusCode >= 300) {
      // Redirects, 304s and errors: the body is not needed; drop it without reading it.
      discard(response.body);
      return { response, bytes: undefined };
    }
    const encoding = headerText(response.headers['content-encoding']);
    const declared = Number(headerText(response.headers['content-length']));
    if (!encoding && Number.isFinite(declared) && declared > maxBytes) {
      discard(response.body);
      throw new FeedFetchError('too-large', `the feed is ${formatBytes(declared)}, over the ${formatBytes(maxBytes)} limit`);
    }
    const onAbort = () => response.body.destroy(signal.reason as Error);
    signal.addEventListener('abort', onAbort, { once: true });
    try {
      return { response, bytes: await readCappedBody(response.body, encoding, maxBytes) };
    } finally {
      signal.removeEventListener('abort', onAbort);
    }
  }

  async function fetchOnce(req: FetchRequest, signal: AbortSignal): Promise<FetchResult> {
    let url = parseFeedUrl(req.url, options.allowPrivateHosts);
    let permanentRedirect: string | undefined;
    let allPermanent = true;
    const seen = new Set<string>([url.href]);
    for (let redirects = 0; ; redirects += 1) {
      const current = url;
      // Validators came from the end of the chain last time; every hop carries them so that a
      // feed behind a temporary redirect can still answer 304.
      const { response, bytes } = await limiter.run(current.host, () => hop(current, req, signal), signal);
      const status = response.statusCode;
      const h = response.headers;
      if (status >= 300 && status < 400 && status !== 304) {
        const location = headerText(h.location);
        if (!location) throw new FeedFetchError('http-status', `${current.host} redirected (HTTP ${status}) without a Location`, status);
        if (redirects >= maxRedirects) {
          throw new FeedFetchError('too-many-redirects', `more than ${maxRedirects} redirects starting from ${req.url}`);
        }
        let next: URL;
        try {
          next = parseFeedUrl(new URL(location, current).href, options.allowPrivateHosts);
        } catch (err) {
          if (err instanceof FeedFetchError) {
            throw new FeedFetchError(err.code, `redirect to ${location} refused: ${err.message}`, status);
          }
          throw err;
        }
        if (seen.has(next.href)) throw new FeedFetchError('too-many-redirects', `redirect loop at ${next.href}`);
        seen.add(next.href);
        allPermanent = allPermanent && (status === 301 || status === 308);
        if (allPermanent) permanentRedirect = next.href;
        url = next;
        continue;
      }
      const common = {
        finalUrl: current.href,
        etag: headerText(h.etag),
        lastModified: headerText(h['last-modified']),
        maxAgeSeconds: maxAgeSeconds(h['cache-control']),
      };
      if (status === 304) {
        // A 304 may omit validators; the old ones then stay valid.
        return {
          status: 'not-modified',
          ...common,
          etag: common.etag ?? req.etag,
          lastModified: common.lastModified ?? req.lastModified,
        };
      }
      if (bytes === undefined) throw httpStatusError(status, h, current);
      const decoded = decodeFeedBytes(bytes, headerText(h['content-type']));
      return {
        status: 'ok',
        body: decoded.text,
        ...common,
        permanentRedirect,
        encoding: decoded.encoding,
        encodingProblem: decoded.bozo,
      };
    }
  }

  const fetchFeed = async (req: FetchRequest): Promise<FetchResult> => {
    const controller = new AbortController();
    let deadlineHit = false;
    const timer = setTimeout(() => {
      deadlineHit = true;
      controller.abort(new Error('feed fetch deadline reached'));
    }, deadlineMs);
    try {
      return await fetchOnce(req, controller.signal);
    } catch (err) {
      throw toFeedFetchError(err, safeUrl(req.url), deadlineMs, deadlineHit);
    } finally {
      clearTimeout(timer);
    }
  };
  return Object.assign(fetchFeed, { close: () => agent.close() });
}

function httpStatusError(status: number, headers: Dispatcher.ResponseData['headers'], url: URL): FeedFetchError {
  const text = STATUS_CODES[status] ?? 'unknown status';
  const retry = status === 429 || status === 503 ? retryAfterSeconds(headers['retry-after']) : undefined;
  const hint =
    status === 404 || status === 410 ? ' (the feed is gone: check the URL)'
    : status === 401 || status === 403 ? ' (the server refuses us: it may block bots)'
    : retry !== undefined ? ` (asked to retry after ${retry} s)`
    : '';
  return new FeedFetchError('http-status', `${url.host} answered HTTP ${status} ${text}${hint}`, status, retry);
}

/** Destroying an unread body emits an abort error, which is expected and must not go unhandled. */
function discard(body: Readable): void {
  body.on('error', () => undefined);
  body.destroy();
}

function safeUrl(raw: string): URL {
  try {
    return new URL(raw);
  } catch {
    return new URL('http://invalid.invalid/');
  }
}
