import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../../src/logger.js';

describe('createLogger', () => {
  it('scrubs secrets from every field and message', () => {
    const lines: string[] = [];
    const destination = new Writable({
      write(chunk, _enc, done) {
        lines.push(String(chunk));
        done();
      },
    });
    const token = '123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw';
    const logger = createLogger({ level: 'info', secrets: [token, 'webhook-secret-value'], destination });
    logger.info({ url: `https://api.telegram.org/bot${token}/getUpdates` }, `failed with ${token}`);
    logger.error({ err: new Error(`request to /bot${token}/sendMessage failed; secret webhook-secret-value`) }, 'boom');
    const all = lines.join('');
    expect(lines).toHaveLength(2);
    expect(all).not.toContain(token);
    expect(all).not.toContain('webhook-secret-value');
    expect(all).toContain('[secret]');
  });
});
