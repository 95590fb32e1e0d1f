import { readFile, stat } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { decodeFeedBytes } from './charset.js';
import { parseFeed } from './parse.js';
import { FeedParseError, type FetchFeed, type ParsedFeed } from './types.js';

const MAX_FILE_BYTES = 10 * 1024 * 1024;

/**
 * What `attache parse|preview URL|FILE` reads: an http(s) URL goes through the (guarded) fetcher,
 * anything else is a path on disk, decoded with the same charset rules as a response.
 */
export async function readFeedSource(urlOrFile: string, fetchFeed: FetchFeed): Promise<ParsedFeed> {
  if (/^https?:\/\//i.test(urlOrFile)) {
    const result = await fetchFeed({ url: urlOrFile });
    if (result.status === 'not-modified') {
      // Cannot happen without validators; said plainly rather than returning an empty feed.
      throw new FeedParseError(`${urlOrFile} answered "not modified" to an unconditional request`);
    }
    return parseFeed(result.body, result.finalUrl);
  }
  const info = await stat(urlOrFile);
  if (info.size > MAX_FILE_BYTES) throw new FeedParseError(`${urlOrFile} is larger than 10 MB`);
  const decoded = decodeFeedBytes(await readFile(urlOrFile));
  const feed = await parseFeed(decoded.text, pathToFileURL(urlOrFile).href);
  // file: links are dropped by resolveLink; a feed from disk keeps only its absolute links.
  return feed;
}
