import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Redis } from 'ioredis';
import { afterEach, describe, expect, it } from 'vitest';
import { RedisUnavailableError, ensureRedisServer, startPrivateRedis } from '../../../src/redis/redis-server.js';

describe('private redis-server', () => {
  const originalPath = process.env.PATH;
  afterEach(() => {
    process.env.PATH = originalPath;
  });

  it('starts on loopback with AOF and noeviction under DATA_DIR, and stops', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'attache-private-'));
    const lines: string[] = [];
    const server = await startPrivateRedis({ dataDir, say: (line) => lines.push(line), allowInstall: false });
    const client = new Redis(server.url);
    try {
      expect(await client.config('GET', 'appendonly')).toEqual(['appendonly', 'yes']);
      expect(await client.config('GET', 'maxmemory-policy')).toEqual(['maxmemory-policy', 'noeviction']);
      expect(await client.config('GET', 'bind')).toEqual(['bind', '127.0.0.1']);
      await client.set('k', 'v');
    } finally {
      client.disconnect();
      await server.stop();
    }
    expect(readdirSync(dataDir)).toContain('appendonlydir');
    expect(lines.join('\n')).toMatch(/private redis-server on 127\.0\.0\.1:\d+/);
    const again = new Redis(server.url, { lazyConnect: true, retryStrategy: () => null, maxRetriesPerRequest: 0 });
    await expect(again.connect()).rejects.toThrow();
    again.disconnect();
  });

  it('says the one line that fixes a missing redis-server when it may not install', () => {
    process.env.PATH = '/nonexistent';
    expect(() => ensureRedisServer(() => {}, false)).toThrow(RedisUnavailableError);
    expect(() => ensureRedisServer(() => {}, false)).toThrow(/apt-get install -y redis-server/);
  });
});
