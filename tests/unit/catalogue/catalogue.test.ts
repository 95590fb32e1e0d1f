import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { countryOfKnownHost, knownHosts } from '../../../jobs/feed-country.js';
import { bundledCataloguePath, feedsFilePath, packageRoot } from '../../../src/catalogue/bundled.js';
import { isLoadable, parseFeedsFile, readYamlEntries } from '../../../src/catalogue/feeds-file.js';
import { isCountryCode } from '../../../src/domain/countries/index.js';

const file = bundledCataloguePath();
const text = readFileSync(file, 'utf8');
const entries = readYamlEntries(text, file);

describe('catalogue fields in a YAML feeds file', () => {
  it('reads kind as official or press and skips entries without a feed or switched off', async () => {
    const yaml = [
      'feeds:',
      '  - url: https://news.un.org/rss.xml',
      '    org: UN',
      '    kind: official',
      '    confidence: seen',
      '  - url: https://report.az/en/rss/',
      '    country: az',
      '    language: EN',
      '    kind: press',
      '  - url: https://mid.ru/ru/rss.php',
      '    enabled: false',
      '  - no_feed: true',
      '    publisher: MFA of Georgia',
      '    country: GE',
    ].join('\n');
    expect(await parseFeedsFile(yaml, 'catalogue.yaml')).toEqual([
      { url: 'https://news.un.org/rss.xml', country: null, language: null, official: true },
      { url: 'https://report.az/en/rss/', country: 'AZ', language: 'en', official: false },
    ]);
    await expect(parseFeedsFile('- kind: press\n', 'x.yaml')).rejects.toThrow(/url is required/);
    await expect(parseFeedsFile('- url: https://x.example/\n  kind: blog\n', 'x.yaml')).rejects.toThrow(
      /kind/,
    );
  });
});

describe('bundled catalogue', () => {
  it('is found from the package root, and FEEDS_FILE chooses another file or none', () => {
    expect(file).toBe(path.join(packageRoot(), 'src', 'catalogue', 'feeds.yaml'));
    expect(feedsFilePath(undefined)).toBe(file);
    expect(feedsFilePath('/etc/attache/feeds.opml')).toBe('/etc/attache/feeds.opml');
    expect(feedsFilePath('none')).toBeNull();
    expect(feedsFilePath('NONE')).toBeNull();
  });

  it('finds the package root from a built module too (dist/src/catalogue)', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'attache-pkg-'));
    mkdirSync(path.join(root, 'dist', 'src', 'catalogue'), { recursive: true });
    writeFileSync(path.join(root, 'package.json'), '{}');
    expect(packageRoot(path.join(root, 'dist', 'src', 'catalogue', 'bundled.js'))).toBe(root);
  });

  it('loads ministries, international bodies and agencies, each with its kind, language and country or body', async () => {
    const loaded = entries.filter(isLoadable);
    const feeds = await parseFeedsFile(text, file);
    expect(feeds).toHaveLength(loaded.length);
    const official = loaded.filter((e) => e.kind === 'official');
    const bodies = official.filter((e) => e.org);
    const press = loaded.filter((e) => e.kind === 'press');
    const noFeed = entries.filter((e) => e.no_feed);
    console.log(
      `catalogue: ${entries.length} entries; loaded ${loaded.length} (official ${official.length - bodies.length} national, ` +
        `${bodies.length} international, press ${press.length}); kept for reference ${entries.length - loaded.length - noFeed.length}; ` +
        `no feed ${noFeed.length}; countries and bodies loaded: ${new Set(loaded.map((e) => e.country ?? e.org)).size}`,
    );
    expect(official.length - bodies.length).toBeGreaterThanOrEqual(25);
    expect(bodies.length).toBeGreaterThanOrEqual(5);
    expect(press.length).toBeGreaterThanOrEqual(10);
    expect(new Set(bodies.map((e) => e.org))).toEqual(new Set(['EU', 'UN', 'IAEA', 'AU']));
    expect(feeds.filter((f) => f.official)).toHaveLength(official.length);
  });

  it('describes every feed fully and never loads a guessed URL', () => {
    for (const entry of entries.filter((e) => !e.no_feed)) {
      const where = entry.url;
      expect(entry.title, where).toBeTruthy();
      expect(entry.kind, where).toMatch(/^(official|press)$/);
      expect(entry.confidence, where).toMatch(/^(seen|documented|pattern)$/);
      expect(entry.evidence, where).toBeTruthy();
      expect(
        Boolean(entry.country) !== Boolean(entry.org) || (!entry.country && entry.kind === 'press'),
        where,
      ).toBe(true);
      expect(new URL(entry.url!).protocol, where).toMatch(/^https?:$/);
      if (isLoadable(entry)) {
        expect(entry.confidence, where).not.toBe('pattern');
        expect(entry.language, where).toMatch(/^[a-z]{2}$/);
      }
    }
    const countries = entries.map((e) => e.country).filter((c): c is string => Boolean(c));
    expect(countries.filter((c) => !isCountryCode(c))).toEqual([]);
    const urls = entries.flatMap((e) => (e.url ? [e.url] : []));
    expect(new Set(urls).size).toBe(urls.length);
  });

  it('says which ministries publish no feed', () => {
    const noFeed = entries.filter((e) => e.no_feed);
    for (const entry of noFeed) {
      expect(entry.publisher).toBeTruthy();
      expect(entry.note).toBeTruthy();
      expect(isLoadable(entry)).toBe(false);
    }
    expect(noFeed.map((e) => e.country)).toEqual(
      expect.arrayContaining(['AZ', 'GE', 'AM', 'KZ', 'CN', 'IN']),
    );
  });

  it('teaches /addfeed the hosts of known ministries', () => {
    const hosts = knownHosts(entries);
    expect(countryOfKnownHost('https://www.mea.gov.in/anything.xml', hosts)).toBe('IN');
    expect(countryOfKnownHost('https://travel.state.gov/x', hosts)).toBe('US');
    expect(countryOfKnownHost('https://news.un.org/feed', hosts)).toBeNull();
  });
});
