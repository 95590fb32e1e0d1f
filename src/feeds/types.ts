/** One item of a feed, normalised (the shape `attache parse` prints). */
export interface FeedItem {
  /** Stable id within its feed: guid, else link, else a hash of title and date. */
  id: string;
  title: string;
  link: string | null;
  /** ISO 8601 (UTC) or null when the feed gives no parsable date. */
  published: string | null;
  /** Plain text, HTML stripped. */
  summary: string;
  /** Attached media (RSS enclosures, Atom `rel="enclosure"` links, Media RSS), absolute http(s) URLs. */
  enclosures?: FeedEnclosure[];
}

export interface FeedEnclosure {
  url: string;
  /** MIME type, or a Media RSS medium (`image`, `video`, …) when no type is given. */
  type?: string;
  /** Size in bytes when the feed states it. */
  length?: number;
}

export interface ParsedFeed {
  title: string;
  link: string | null;
  language: string | null;
  items: FeedItem[];
  /** `rss` (0.9x/2.0), `rdf` (RSS 1.0) or `atom`. */
  format?: 'rss' | 'rdf' | 'atom';
  /** Set when the document was not well-formed XML and was read by the forgiving parser. */
  bozo?: string;
}

/** What a poll knows from the previous fetch of the same feed. */
export interface FetchRequest {
  url: string;
  etag?: string | undefined;
  lastModified?: string | undefined;
}

export type FetchResult =
  | {
      status: 'not-modified';
      finalUrl: string;
      etag?: string | undefined;
      lastModified?: string | undefined;
      /** `Cache-Control: max-age` of the response, clamped to a sane range; a hint for the next poll. */
      maxAgeSeconds?: number | undefined;
    }
  | {
      status: 'ok';
      /** The body decoded to text (charset from BOM, HTTP header, XML declaration). */
      body: string;
      finalUrl: string;
      /** Set when a 301/308 moved the feed: the stored URL should become this one. */
      permanentRedirect?: string | undefined;
      etag?: string | undefined;
      lastModified?: string | undefined;
      /** `Cache-Control: max-age` of the response, clamped to a sane range; a hint for the next poll. */
      maxAgeSeconds?: number | undefined;
      /** The charset the body was decoded from, and what was wrong with the bytes, if anything. */
      encoding?: string | undefined;
      encodingProblem?: string | undefined;
    };

export type FetchFeed = (request: FetchRequest) => Promise<FetchResult>;

/** Why a fetch failed, in words an admin can act on; `code` is stable for metrics and tests. */
export class FeedFetchError extends Error {
  constructor(
    readonly code:
      | 'invalid-url'
      | 'blocked-address'
      | 'timeout'
      | 'too-large'
      | 'too-many-redirects'
      | 'http-status'
      | 'network',
    message: string,
    readonly httpStatus?: number,
    /** From `Retry-After` on a 429/503, clamped; the poller waits at least this long. */
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
    this.name = 'FeedFetchError';
  }
}

export class FeedParseError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FeedParseError';
  }
}
