import { describe, expect, it } from 'vitest';
import { FeedsFileError, parseFeedsFile, toOpml } from '../../../src/catalogue/feeds-file.js';

describe('feeds file', () => {
  it('reads YAML with country, language and official', async () => {
    const feeds = await parseFeedsFile(
      '- url: https://mfa.gov.az/en/rss\n  country: az\n  language: en\n  official: true\n- url: https://www.ansa.it/rss.xml\n',
      'feeds.yaml',
    );
    expect(feeds).toEqual([
      { url: 'https://mfa.gov.az/en/rss', country: 'AZ', language: 'en', official: true },
      { url: 'https://www.ansa.it/rss.xml', country: null, language: null },
    ]);
  });

  it('round-trips through OPML, nested outlines included', async () => {
    const opml = toOpml([
      { url: 'https://mfa.gov.az/en/rss?a=1&b=2', title: 'MFA "Azerbaijan"', country: 'AZ', language: 'en', official: true },
      { url: 'https://www.ansa.it/rss.xml', title: 'ANSA', country: 'IT', language: 'it', official: false },
    ]);
    const feeds = await parseFeedsFile(opml.replace('<body>', '<body><outline text="folder">').replace('</body>', '</outline></body>'), 'x.opml');
    expect(feeds).toEqual([
      { url: 'https://mfa.gov.az/en/rss?a=1&b=2', title: 'MFA "Azerbaijan"', country: 'AZ', language: 'en', official: true },
      { url: 'https://www.ansa.it/rss.xml', title: 'ANSA', country: 'IT', language: 'it', official: false },
    ]);
  });

  it('says what is wrong with a bad file', async () => {
    await expect(parseFeedsFile('- title: no url\n', 'feeds.yaml')).rejects.toThrow(FeedsFileError);
    await expect(parseFeedsFile('- url: x\n  country: Azerbaijan\n', 'feeds.yaml')).rejects.toThrow(/country/);
    await expect(parseFeedsFile('<html></html>', 'feeds.opml')).rejects.toThrow(/not an OPML document/);
  });
});
