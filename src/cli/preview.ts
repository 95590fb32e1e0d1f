import type { Config } from '../config.js';
import { createClassifier } from '../domain/classify/index.js';
import { createDigestLocale } from '../../jobs/digest-locale.js';
import { toDigestEntries, type DigestSourceItem } from '../domain/digest/entries.js';
import { renderDigest } from '../domain/digest/render.js';
import { createFeedFetcher } from '../feeds/fetch.js';
import { readFeedSource } from '../feeds/source.js';
import { createTranslator } from '../i18n.js';
import { htmlToPlain } from '../telegram/sender.js';

/** `attache parse` prints the normalised feed; `attache preview` the digest a chat would read. */
export async function runPreview(
  command: 'parse' | 'preview',
  source: string,
  config: Config,
  userAgent: string,
  html: boolean,
): Promise<number> {
  const fetchFeed = createFeedFetcher({ allowPrivateHosts: config.FEED_ALLOW_PRIVATE_HOSTS, userAgent });
  try {
    const feed = await readFeedSource(source, fetchFeed);
    if (command === 'parse') {
      const { title, link, language, items } = feed;
      const out = { title, link, language, items: items.map(({ id, title, link, published, summary }) => ({ id, title, link, published, summary })) };
      process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
      return 0;
    }
    const classifier = createClassifier();
    const seenAt = Date.now();
    const items: DigestSourceItem[] = feed.items.map((entry) => {
      const c = classifier.classify({ id: entry.id, title: entry.title, text: entry.summary, language: feed.language ?? undefined });
      return { ...entry, source: feed.title, official: false, countries: c.countries, pair: c.pair, topics: c.topics, seenAt };
    });
    const locale = createDigestLocale(createTranslator(), 'en', 'UTC');
    const { messages } = renderDigest(toDigestEntries(items, locale.entry), locale.labels, 20);
    messages.forEach((message, i) => {
      process.stdout.write(`── message ${i + 1}/${messages.length} ──\n${html ? message.html : htmlToPlain(message.html)}\n\n`);
    });
    return 0;
  } catch (error) {
    console.error(`${source}: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  } finally {
    await fetchFeed.close();
  }
}
