import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { decodeFeedBytes } from '../../../../src/feeds/charset.js';
import { htmlToText } from '../../../../src/feeds/html-text.js';
import { parseFeed } from '../../../../src/feeds/parse.js';
import { FeedParseError } from '../../../../src/feeds/types.js';

interface ManifestEntry {
  file: string;
  feed_title: string | null;
  strict_xml_wellformed: boolean;
}

export interface CorpusReport {
  total: number;
  /** Read without being refused. */
  parsed: number;
  withItems: number;
  /** Feeds whose manifest states a title, and how many of ours equal it. */
  titled: number;
  titleMatches: number;
  crashes: string[];
  problems: string[];
  summary: string;
}

/** Parses every feed of the corpus; counts feeds read with items and titles equal to the manifest's. */
export async function runCorpus(dir: string): Promise<CorpusReport> {
  const manifest = JSON.parse(await readFile(path.join(dir, 'manifest.json'), 'utf8')) as ManifestEntry[];
  const report: CorpusReport = { total: manifest.length, parsed: 0, withItems: 0, titled: 0, titleMatches: 0, crashes: [], problems: [], summary: '' };
  let items = 0;
  for (const entry of manifest) {
    const decoded = decodeFeedBytes(await readFile(path.join(dir, entry.file)));
    try {
      const feed = await parseFeed(decoded.text);
      report.parsed += 1;
      if (feed.items.length > 0) report.withItems += 1;
      else report.problems.push(`${entry.file}: no items`);
      items += feed.items.length;
      if (entry.feed_title !== null) {
        report.titled += 1;
        const expected = htmlToText(entry.feed_title);
        if (feed.title === expected) report.titleMatches += 1;
        else report.problems.push(`${entry.file}: title ${JSON.stringify(feed.title)} ≠ ${JSON.stringify(expected)}`);
      }
      const bozo = decoded.bozo ?? feed.bozo;
      if (entry.strict_xml_wellformed === (bozo !== undefined)) report.problems.push(`${entry.file}: bozo=${bozo ?? 'none'}, manifest well-formed=${entry.strict_xml_wellformed}`);
    } catch (err) {
      if (err instanceof FeedParseError) report.problems.push(`${entry.file}: refused: ${err.message}`);
      else report.crashes.push(`${entry.file}: ${String(err)}`);
    }
  }
  report.summary =
    `${report.parsed}/${report.total} read, ${report.withItems} with items (${items} items in all), ` +
    `${report.titleMatches}/${report.titled} titles as in the manifest, ${report.crashes.length} crashes`;
  return report;
}
