import type { Config } from '../config.js';
import { createClassifier } from '../domain/classify/index.js';
import { countryFlag, countryName } from '../domain/countries/index.js';
import { renderDigest } from '../domain/digest/render.js';
import { createFeedFetcher } from '../feeds/fetch.js';
import { readFeedSource } from '../feeds/source.js';
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
    const name = (code: string) => `${countryFlag(code)} ${countryName(code, 'en')}`;
    const items = feed.items.map((entry) => {
      const c = classifier.classify({ id: entry.id, title: entry.title, text: entry.summary, language: feed.language ?? undefined });
      const heading = c.pair ? `${name(c.pair[0])} – ${name(c.pair[1])}` : c.countries.slice(0, 2).map(name).join(', ') || '🌐';
      const topics = c.topics.length ? ` · ${c.topics.join(', ')}` : '';
      return { id: entry.id, title: entry.title, link: entry.link, summary: entry.summary, source: feed.title, heading: `${heading}${topics}` };
    });
    // Group as a digest does: items under the same heading together.
    items.sort((a, b) => a.heading.localeCompare(b.heading));
    const messages = renderDigest(items);
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
