import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../../src/config.js';
import { parseRedisUrl, redisPasswords, RedisUrlError } from '../../../src/redis/redis-url.js';

describe('REDIS_URL forms', () => {
  it('passes one-server URLs through as they are', () => {
    expect(parseRedisUrl('redis://localhost:6379/2')).toEqual({ kind: 'single', url: 'redis://localhost:6379/2' });
    expect(parseRedisUrl('rediss://:pw@cache.example:6380')).toEqual({ kind: 'single', url: 'rediss://:pw@cache.example:6380' });
  });

  it('reads Sentinel hosts, master name, database and both sets of credentials', () => {
    expect(parseRedisUrl('redis+sentinel://app:s%40cret@10.0.0.1:26379,10.0.0.2,[::1]:26380/mymaster/3?sentinelPassword=sp&tls=1')).toEqual({
      kind: 'sentinel',
      sentinels: [
        { host: '10.0.0.1', port: 26379 },
        { host: '10.0.0.2', port: 26379 },
        { host: '::1', port: 26380 },
      ],
      masterName: 'mymaster',
      db: 3,
      username: 'app',
      password: 's@cret',
      sentinelPassword: 'sp',
      tls: true,
    });
  });

  it('reads Cluster seed nodes with a default port', () => {
    expect(parseRedisUrl('redis+cluster://:pw@h1:7000,h2:7001,h3')).toEqual({
      kind: 'cluster',
      nodes: [
        { host: 'h1', port: 7000 },
        { host: 'h2', port: 7001 },
        { host: 'h3', port: 6379 },
      ],
      password: 'pw',
      tls: false,
    });
  });

  it.each([
    ['localhost:6379', /not a URL/],
    ['http://localhost', /must start with redis:\/\//],
    ['redis+sentinel://h1:26379,h2:26379', /needs the master name/],
    ['redis+sentinel://h1/master/x', /database number/],
    ['redis+cluster://h1:7000/0', /takes no path/],
    ['redis+cluster://h1:99999', /port out of range \(host 1\)/],
    ['redis+cluster://', /names no host/],
  ])('refuses %s with a reason', (url, reason) => {
    expect(() => parseRedisUrl(url)).toThrow(RedisUrlError);
    expect(() => parseRedisUrl(url)).toThrow(reason);
  });

  it('never echoes what may be a password in its errors', () => {
    // A password with a slash breaks the user-info part: its pieces land among the hosts.
    const url = 'redis+cluster://user:hunter2/x@h1:7000';
    expect(() => parseRedisUrl(url)).toThrow(RedisUrlError);
    try {
      loadConfig({ REDIS_URL: url });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      expect(String(error)).toMatch(/REDIS_URL must be a URL starting with redis:\/\//);
      expect(String(error)).not.toContain('hunter2');
    }
  });

  it('is what the configuration accepts', () => {
    const url = 'redis+sentinel://h1:26379,h2:26379/mymaster';
    expect(loadConfig({ REDIS_URL: url }).REDIS_URL).toBe(url);
    expect(loadConfig({ REDIS_URL: 'redis+cluster://127.0.0.1:7000,127.0.0.1:7001' }).REDIS_URL).toMatch(/^redis\+cluster:/);
  });

  it('hands its passwords to the log scrubber', () => {
    expect(redisPasswords('redis+sentinel://app:pw1@h1,h2/m?sentinelPassword=pw2')).toEqual(['pw1', 'pw2']);
    expect(redisPasswords('rediss://:p%3Aw@h:6380')).toEqual(['p:w']);
    expect(redisPasswords(undefined)).toEqual([]);
  });
});

describe('the new operations settings', () => {
  it('has defaults', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ SHUTDOWN_TIMEOUT_SECONDS: 25, REDIS_ALLOW_EVICTION: false, DASHBOARD_PASSWORD: undefined });
  });

  it.each([
    [{ DASHBOARD_PASSWORD: 'short' }, /DASHBOARD_PASSWORD must be at least 12 characters/],
    [{ SHUTDOWN_TIMEOUT_SECONDS: '0' }, /SHUTDOWN_TIMEOUT_SECONDS must be a whole number from 1 to 600/],
    [{ REDIS_ALLOW_EVICTION: 'sure' }, /REDIS_ALLOW_EVICTION must be 1 or 0/],
    [{ WEBHOOK_URL: 'http://bot.example/hook', WEBHOOK_SECRET: 'x' }, /WEBHOOK_URL must be a URL starting with https:\/\//],
  ])('refuses %o', (env, message) => {
    expect(() => loadConfig(env)).toThrow(message);
  });

  it('takes an http:// webhook only with a local Bot API server', () => {
    const config = loadConfig({ WEBHOOK_URL: 'http://127.0.0.1:8443/hook', WEBHOOK_SECRET: 'x', TELEGRAM_API_ROOT: 'http://127.0.0.1:8081' });
    expect(config.WEBHOOK_URL).toBe('http://127.0.0.1:8443/hook');
  });
});
