import { describe, expect, it } from 'vitest';
import { checkAddress } from '../../../src/feeds/address-guard.js';
import { parseFeedUrl } from '../../../src/feeds/url-guard.js';
import { FeedFetchError } from '../../../src/feeds/types.js';

const PRIVATE = [
  '127.0.0.1', '127.255.255.254', '10.1.2.3', '172.16.0.1', '172.31.255.255', '192.168.1.1',
  '169.254.1.1', '100.64.0.1', '100.127.255.254', '0.0.0.0', '0.1.2.3',
  '::1', '::', 'fc00::1', 'fd12:3456::1', 'fe80::1', 'fe80::1%eth0',
  '::ffff:127.0.0.1', '::ffff:7f00:1', '::ffff:10.0.0.1', '::ffff:0:127.0.0.1', '64:ff9b::7f00:1', '2002:7f00:1::',
];
const METADATA = ['169.254.169.254', '100.100.100.200', 'fd00:ec2::254', '::ffff:169.254.169.254', '::ffff:a9fe:a9fe', '224.0.0.1', '255.255.255.255', 'ff02::1'];
const PUBLIC = ['8.8.8.8', '1.1.1.1', '172.32.0.1', '100.128.0.1', '2001:4860:4860::8888', '::ffff:8.8.8.8', '2a00:1450::1'];

describe('checkAddress', () => {
  it.each(PRIVATE)('blocks %s unless private hosts are allowed', (ip) => {
    expect(checkAddress(ip, false).allowed).toBe(false);
    expect(checkAddress(ip, true).allowed).toBe(true);
  });
  it.each(METADATA)('always blocks %s', (ip) => {
    expect(checkAddress(ip, false).allowed).toBe(false);
    expect(checkAddress(ip, true).allowed).toBe(false);
  });
  it.each(PUBLIC)('allows %s', (ip) => {
    expect(checkAddress(ip, false).allowed).toBe(true);
  });
  it('refuses what is not an address', () => {
    expect(checkAddress('example.org', true).allowed).toBe(false);
  });
});

function refusal(url: string, allowPrivate = false): string | undefined {
  try {
    parseFeedUrl(url, allowPrivate);
    return undefined;
  } catch (err) {
    expect(err).toBeInstanceOf(FeedFetchError);
    return (err as FeedFetchError).code;
  }
}

describe('parseFeedUrl', () => {
  it.each([
    'http://127.0.0.1/', 'http://2130706433/', 'http://0x7f000001/', 'http://0177.0.0.1/', 'http://017700000001/',
    'http://127.1/', 'http://0x7f.1/', 'http://[::1]/', 'http://[::ffff:127.0.0.1]/', 'http://[0:0:0:0:0:ffff:7f00:1]/',
    'http://10.0.0.1:8080/feed', 'http://0/', 'http://localhost/', 'http://feeds.localhost./', 'https://169.254.169.254/latest/meta-data/',
  ])('blocks the private literal %s', (url) => {
    expect(refusal(url)).toBe('blocked-address');
  });

  it.each(['http://169.254.169.254/', 'http://2852039166/', 'http://0xa9fea9fe/', 'http://[::ffff:a9fe:a9fe]/', 'http://100.100.100.200/', 'http://[fd00:ec2::254]/'])(
    'blocks the metadata address %s even when private hosts are allowed',
    (url) => {
      expect(refusal(url, true)).toBe('blocked-address');
    },
  );

  it.each(['file:///etc/passwd', 'gopher://example.org/', 'ftp://example.org/x', 'javascript:alert(1)', 'not a url', 'http://user:pw@example.org/'])(
    'refuses %s as an invalid URL',
    (url) => {
      expect(refusal(url)).toBe('invalid-url');
    },
  );

  it('accepts public URLs and drops the fragment', () => {
    expect(parseFeedUrl('https://www.mfa.gov.az/en/rss#top', false).href).toBe('https://www.mfa.gov.az/en/rss');
    expect(parseFeedUrl('http://8.8.8.8/feed', false).hostname).toBe('8.8.8.8');
  });
});
