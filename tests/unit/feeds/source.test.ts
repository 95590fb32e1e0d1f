import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readFeedSource } from '../../../src/feeds/source.js';
import type { FetchFeed, FetchRequest } from '../../../src/feeds/types.js';
import { RSS } from './feed-server.js';

const fixture = path.resolve(import.meta.dirname, '../../fixtures/feeds/mid-windows-1251.xml');
const noFetch: FetchFeed = () => Promise.reject(new Error('a file must not be fetched'));

describe('readFeedSource', () => {
  it('reads a file from disk with the charset of its XML declaration', async () => {
    const feed = await readFeedSource(fixture, noFetch);
    expect(feed).toMatchObject({ title: 'МИД России: новости', link: 'https://mid.example/', language: 'ru' });
    expect(feed.items[0]).toEqual({
      id: 'https://mid.example/ru/news/1',
      title: 'Встреча министров иностранных дел России и Азербайджана',
      link: 'https://mid.example/ru/news/1',
      published: '2025-06-10T09:00:00.000Z',
      summary: 'Переговоры в Москве.',
    });
  });

  it('sends a URL through the fetcher and resolves links against the final URL', async () => {
    const seen: FetchRequest[] = [];
    const fetchFeed: FetchFeed = async (request) => {
      seen.push(request);
      return { status: 'ok', body: RSS('Remote').replace('<link>https://example.org/</link>', ''), finalUrl: 'https://mfa.example/en/rss' };
    };
    const feed = await readFeedSource('https://mfa.example/rss', fetchFeed);
    expect(seen).toEqual([{ url: 'https://mfa.example/rss' }]);
    expect(feed.items[0]?.link).toBe('https://mfa.example/news/0');
  });

  it('fails plainly on a missing file', async () => {
    await expect(readFeedSource('/nonexistent/feed.xml', noFetch)).rejects.toThrow(/ENOENT/);
  });
});
