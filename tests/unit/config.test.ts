import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.js';

const TOKEN = '123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw';

describe('loadConfig', () => {
  it('applies the documented defaults', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      TELEGRAM_API_ROOT: 'https://api.telegram.org',
      DATA_DIR: './data',
      ADMIN_IDS: [],
      POLL_INTERVAL_SECONDS: 300,
      FEED_ALLOW_PRIVATE_HOSTS: false,
      HTTP_PORT: 8080,
      LOG_LEVEL: 'info',
      REDIS_PREFIX: 'attache',
    });
    expect(config.BOT_TOKEN).toBeUndefined();
    expect(config.REDIS_URL).toBeUndefined();
  });

  it('reads every variable', () => {
    const config = loadConfig({
      BOT_TOKEN: TOKEN,
      TELEGRAM_API_ROOT: 'http://127.0.0.1:8081/',
      REDIS_URL: 'redis://localhost:6379/2',
      ADMIN_IDS: '12345, 67890',
      POLL_INTERVAL_SECONDS: '60',
      FEED_ALLOW_PRIVATE_HOSTS: '1',
      FEEDS_FILE: 'feeds.opml',
      HTTP_PORT: '9090',
      WEBHOOK_URL: 'https://bot.example/hook',
      WEBHOOK_SECRET: 'abc_DEF-123',
      LOG_LEVEL: 'debug',
    });
    expect(config).toMatchObject({
      BOT_TOKEN: TOKEN,
      TELEGRAM_API_ROOT: 'http://127.0.0.1:8081',
      ADMIN_IDS: [12345, 67890],
      POLL_INTERVAL_SECONDS: 60,
      FEED_ALLOW_PRIVATE_HOSTS: true,
      HTTP_PORT: 9090,
      LOG_LEVEL: 'debug',
    });
  });

  it.each([
    [{ POLL_INTERVAL_SECONDS: 'often' }, /POLL_INTERVAL_SECONDS must be a whole number/],
    [{ HTTP_PORT: '70000' }, /HTTP_PORT must be a whole number from 0 to 65535/],
    [{ ADMIN_IDS: 'alice' }, /ADMIN_IDS must be Telegram user ids/],
    [{ REDIS_URL: 'localhost:6379' }, /REDIS_URL must be a URL starting with redis:\/\//],
    [{ LOG_LEVEL: 'loud' }, /LOG_LEVEL must be one of/],
    [{ FEED_ALLOW_PRIVATE_HOSTS: 'maybe' }, /FEED_ALLOW_PRIVATE_HOSTS must be 1 or 0/],
    [{ WEBHOOK_URL: 'https://bot.example/hook' }, /WEBHOOK_SECRET is required with WEBHOOK_URL/],
    [{ WEBHOOK_URL: 'http://bot.example/hook', WEBHOOK_SECRET: 'x' }, /WEBHOOK_URL must be a URL starting with https:/],
  ])('refuses %o with a message naming the variable', (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });

  it('never echoes a malformed bot token', () => {
    const secret = 'not-a-token-but-secret-looking-value';
    try {
      loadConfig({ BOT_TOKEN: secret });
      expect.unreachable();
    } catch (error) {
      expect(String(error)).toMatch(/BOT_TOKEN does not look like a bot token/);
      expect(String(error)).not.toContain(secret);
    }
  });
});
