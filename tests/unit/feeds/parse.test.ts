import { describe, expect, it } from 'vitest';
import { parseFeed } from '../../../src/feeds/parse.js';
import { FeedParseError } from '../../../src/feeds/types.js';
import { RSS } from './feed-server.js';

const ATOM = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="fr" xml:base="https://www.diplomatie.example/">
  <title type="html">Actualit&amp;eacute;s</title>
  <link rel="self" href="/feed.atom"/><link href="/fr/"/>
  <entry>
    <title>Entretien avec son homologue</title>
    <id>urn:uuid:1225c695-cfb8-4ebb-aaaa-80da344efa6a</id>
    <link rel="alternate" type="text/html" href="articles/42"/>
    <link rel="enclosure" type="image/jpeg" length="1234" href="/img/42.jpg"/>
    <published>2025-06-10T09:30:00+02:00</published>
    <updated>not a date</updated>
    <summary type="html">&lt;p&gt;Le ministre a re&#231;u &lt;b&gt;son homologue&lt;/b&gt;.&lt;/p&gt;</summary>
  </entry>
</feed>`;

describe('parseFeed', () => {
  it('normalises an RSS 2.0 feed', async () => {
    const feed = await parseFeed(RSS('Ministry', 2), 'https://example.org/rss.xml');
    expect(feed).toMatchObject({ title: 'Ministry', link: 'https://example.org/', language: 'en', format: 'rss' });
    expect(feed.items[0]).toEqual({
      id: 'id-0',
      title: 'Item 0',
      link: 'https://example.org/news/0',
      published: '2025-06-10T07:00:00.000Z',
      summary: 'Text & more 0',
    });
  });

  it('normalises an Atom feed with xml:base, html text and enclosures', async () => {
    const feed = await parseFeed(ATOM);
    expect(feed).toMatchObject({ title: 'Actualités', link: 'https://www.diplomatie.example/fr/', language: 'fr', format: 'atom' });
    expect(feed.items[0]).toEqual({
      id: 'urn:uuid:1225c695-cfb8-4ebb-aaaa-80da344efa6a',
      title: 'Entretien avec son homologue',
      link: 'https://www.diplomatie.example/articles/42',
      published: '2025-06-10T07:30:00.000Z',
      summary: 'Le ministre a reçu son homologue.',
      enclosures: [{ url: 'https://www.diplomatie.example/img/42.jpg', type: 'image/jpeg', length: 1234 }],
    });
  });

  it('falls back to the link, then to a hash of title and date, for ids', async () => {
    const xml = `<rss version="2.0"><channel><title>t</title>
      <item><title>A</title><link>https://example.org/a</link></item>
      <item><title>B</title><pubDate>Tue, 10 Jun 2025 09:00:00 GMT</pubDate></item>
      <item><title>B</title><pubDate>Tue, 10 Jun 2025 09:00:00 GMT</pubDate></item></channel></rss>`;
    const feed = await parseFeed(xml);
    expect(feed.items[0]?.id).toBe('https://example.org/a');
    expect(feed.items[1]?.id).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(feed.items[2]?.id).toBe(feed.items[1]?.id);
  });

  it('reads RSS 1.0 (RDF)', async () => {
    const xml = `<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
      <channel rdf:about="https://example.org/"><title>RDF feed</title><link>https://example.org/</link><dc:language>de</dc:language></channel>
      <item rdf:about="https://example.org/1"><title>Eins</title><link>https://example.org/1</link><dc:date>2025-06-10T10:00:00Z</dc:date></item></rdf:RDF>`;
    const feed = await parseFeed(xml);
    expect(feed).toMatchObject({ title: 'RDF feed', language: 'de', format: 'rdf' });
    expect(feed.items[0]).toMatchObject({ id: 'https://example.org/1', published: '2025-06-10T10:00:00.000Z' });
  });

  it('recovers from a stray ampersand and says so', async () => {
    const feed = await parseFeed('<rss version="2.0"><channel><title>Trade & Energy</title><item><title>x</title></item></channel></rss>');
    expect(feed.title).toBe('Trade & Energy');
    expect(feed.bozo).toMatch(/not well-formed/);
  });

  it('bounds summaries and drops non-http links', async () => {
    const long = 'word '.repeat(2000);
    const xml = `<rss version="2.0"><channel><title>t</title><item><title>x</title><link>javascript:alert(1)</link><description>${long}</description></item></channel></rss>`;
    const item = (await parseFeed(xml)).items[0];
    expect(item?.link).toBeNull();
    expect(item?.summary.length).toBeLessThanOrEqual(2000);
  });

  it.each([
    ['empty', ''],
    ['whitespace', '  \n '],
    ['an HTML page', '<!DOCTYPE html><html><head><title>MFA</title></head><body>Hello</body></html>'],
    ['plain text', 'hello world'],
    ['other XML', '<?xml version="1.0"?><note><to>x</to></note>'],
  ])('refuses %s with a FeedParseError', async (_name, text) => {
    await expect(parseFeed(text)).rejects.toBeInstanceOf(FeedParseError);
  });

  it('points at the feed an HTML page advertises', async () => {
    const html = '<html><head><link rel="alternate" type="application/rss+xml" href="https://mfa.example/rss"></head></html>';
    await expect(parseFeed(html)).rejects.toThrow(/https:\/\/mfa\.example\/rss/);
  });
});

describe('parseFeed on sloppy servers', () => {
  it('ignores text an old server printed before the XML declaration, and says so', async () => {
    const feed = await parseFeed(`Warning: session_start() in /var/www/rss.php on line 3\n${RSS('MFA')}`);
    expect(feed.title).toBe('MFA');
    expect(feed.items).toHaveLength(1);
    expect(feed.bozo).toMatch(/text before the XML document/);
  });

  it('reads a feed cut off by a failing server up to the last complete item', async () => {
    const full = RSS('Cut', 3);
    const feed = await parseFeed(full.slice(0, full.indexOf('<item>', full.indexOf('id-1')) + 20));
    expect(feed.items.slice(0, 2).map((i) => i.id)).toEqual(['id-0', 'id-1']);
    expect(feed.bozo).toMatch(/not well-formed/);
  });
});
