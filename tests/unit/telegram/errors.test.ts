import { describe, expect, it } from 'vitest';
import { classifyTelegramError } from '../../../src/telegram/errors.js';

const botApi = (error_code: number, description: string, parameters?: object) => ({
  response: { ok: false, error_code, description, parameters },
});

describe('classifyTelegramError', () => {
  it('reads retry_after from a 429', () => {
    expect(classifyTelegramError(botApi(429, 'Too Many Requests: retry after 7', { retry_after: 7 }))).toEqual({
      kind: 'rate-limited',
      retryAfterSeconds: 7,
    });
  });

  it.each(['Forbidden: bot was blocked by the user', 'Forbidden: user is deactivated', 'Forbidden: bot was kicked from the group chat'])(
    'treats "%s" as blocked at once',
    (description) => {
      expect(classifyTelegramError(botApi(403, description)).kind).toBe('blocked');
    },
  );

  it('keeps other 403s and "chat not found" for repeated-failure handling', () => {
    expect(classifyTelegramError(botApi(403, 'Forbidden: bot can\'t initiate conversation with a user')).kind).toBe('chat-unreachable');
    expect(classifyTelegramError(botApi(400, 'Bad Request: chat not found')).kind).toBe('chat-unreachable');
  });

  it('follows a group migrated to a supergroup', () => {
    expect(
      classifyTelegramError(botApi(400, 'Bad Request: group chat was upgraded to a supergroup chat', { migrate_to_chat_id: -1001234 })),
    ).toEqual({ kind: 'migrated', newChatId: -1001234 });
  });

  it('recognises entity parse errors, other 400s and transient failures', () => {
    expect(classifyTelegramError(botApi(400, "Bad Request: can't parse entities: Unsupported start tag")).kind).toBe('cant-parse');
    expect(classifyTelegramError(botApi(400, 'Bad Request: message text is empty')).kind).toBe('bad-request');
    expect(classifyTelegramError(botApi(502, 'Bad Gateway')).kind).toBe('transient');
    expect(classifyTelegramError(new Error('socket hang up')).kind).toBe('transient');
  });
});
