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
}

export interface ParsedFeed {
  title: string;
  link: string | null;
  language: string | null;
  items: FeedItem[];
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
