import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { createAdminNotifier } from '../../../jobs/feed-alerts.js';
import {
  backoffSeconds,
  describeFeedError,
  nextAttemptAfterFailure,
  nextAttemptAfterSuccess,
  shouldDisable,
} from '../../../src/feeds/health.js';
import { feedDetails, feedLine, formatAgo, problemText } from '../../../src/feeds/health-report.js';
import { FeedFetchError, FeedParseError } from '../../../src/feeds/types.js';
import { createTranslator } from '../../../src/i18n.js';
import type { Feed } from '../../../src/store/feeds.js';
import { parseTelegramHtml } from '../../support/telegram-html.js';

const t = createTranslator();
const tr = (lang: string) => (key: string, values?: Record<string, unknown>) => t(lang, key, values);
const NOW = Date.parse('2026-11-28T12:00:00Z');

const feed = (over: Partial<Feed> = {}): Feed => ({
  id: '7',
  url: 'https://mfa.example/rss?a=1&b=2',
  title: 'MFA <Example> & Co',
  country: 'AZ',
  language: 'en',
  official: true,
  createdAt: NOW - 86_400_000,
  primed: true,
  etag: null,
  lastModified: null,
  lastSuccessAt: NOW - 300_000,
  lastError: null,
  lastErrorCode: null,
  lastErrorAt: null,
  failures: 0,
  lastItemCount: 20,
  nextAttemptAt: null,
  disabled: false,
  disabledAt: null,
  movedFrom: null,
  ...over,
});

describe('health policy', () => {
  it('doubles the wait from 5 minutes to a 6-hour cap, so 10 failures take about a day', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8].map((n) => backoffSeconds(n) / 60)).toEqual([
      5, 10, 20, 40, 80, 160, 320, 360,
    ]);
    const total = [1, 2, 3, 4, 5, 6, 7, 8, 9].reduce((sum, n) => sum + backoffSeconds(n), 0);
    expect(total / 3600).toBeGreaterThan(20);
    expect(shouldDisable(9)).toBe(false);
    expect(shouldDisable(10)).toBe(true);
  });

  it('waits for Retry-After when longer, within the cap, and for max-age within an hour', () => {
    expect(nextAttemptAfterFailure(1, NOW, 3600)).toBe(NOW + 3600_000);
    expect(nextAttemptAfterFailure(1, NOW, 60)).toBe(NOW + 300_000);
    expect(nextAttemptAfterFailure(1, NOW, 10 * 86_400)).toBe(NOW + 6 * 3600_000);
    expect(nextAttemptAfterSuccess(undefined, NOW)).toBeNull();
    expect(nextAttemptAfterSuccess(0, NOW)).toBeNull();
    expect(nextAttemptAfterSuccess(600, NOW)).toBe(NOW + 600_000);
    expect(nextAttemptAfterSuccess(86_400, NOW)).toBe(NOW + 3600_000);
  });

  it('gives every error a stable code', () => {
    expect(describeFeedError(new FeedFetchError('timeout', 'slow'))).toMatchObject({
      code: 'timeout',
      message: 'slow',
    });
    expect(describeFeedError(new FeedParseError('not a feed'))).toEqual({
      code: 'parse',
      message: 'not a feed',
    });
    expect(describeFeedError('weird')).toEqual({ code: 'other', message: 'weird' });
  });
});

describe('health report', () => {
  it('explains an error in the reader language and keeps the technical detail', () => {
    expect(problemText(tr('en'), 'http-status', 'mfa.example answered HTTP 503')).toBe(
      'the server answered with an error (mfa.example answered HTTP 503)',
    );
    expect(problemText(tr('ru'), 'timeout', 'too slow')).toBe('сервер отвечал слишком медленно (too slow)');
    expect(problemText(tr('en'), 'from-the-future', 'detail')).toBe('detail');
  });

  it('renders a compact, escaped line per state', () => {
    const ok = feedLine(tr('en'), feed(), 'en', NOW);
    expect(ok).toBe(
      '#7 ✅ <b>MFA &lt;Example&gt; &amp; Co</b> · AZ · en · official\n    ok · last success 5 minutes ago',
    );
    const failing = feedLine(
      tr('en'),
      feed({
        failures: 3,
        lastError: 'HTTP 503 <x>',
        lastErrorCode: 'http-status',
        nextAttemptAt: NOW + 1_200_000,
      }),
      'en',
      NOW,
    );
    expect(failing).toMatch(
      /^#7 ⚠️ .*\n {4}error: the server answered with an error \(HTTP 503 &lt;x&gt;\) · 3 failures in a row · next try .*12:20 PM UTC$/,
    );
    const disabled = feedLine(
      tr('ru'),
      feed({ disabled: true, disabledAt: NOW, failures: 10, lastError: 'x', lastErrorCode: 'network' }),
      'ru',
      NOW,
    );
    expect(disabled).toContain('⛔');
    expect(disabled).toContain('отключена · ошибка: не удалось связаться с сервером (x)');
    expect(feedLine(tr('en'), feed({ lastSuccessAt: null, title: '' }), 'en', NOW)).toContain(
      '<b>https://mfa.example/rss?a=1&amp;b=2</b>',
    );
    for (const html of [ok, failing, disabled]) expect(parseTelegramHtml(html).ok).toBe(true);
  });

  it('shows everything about one feed', () => {
    const html = feedDetails(
      tr('en'),
      feed({
        failures: 2,
        lastError: 'HTTP 500',
        lastErrorCode: 'http-status',
        lastErrorAt: NOW - 60_000,
        nextAttemptAt: NOW + 600_000,
        movedFrom: 'http://old.example/rss',
      }),
      'en',
      NOW,
    );
    expect(html).toContain('<b>Feed #7</b>: MFA &lt;Example&gt; &amp; Co');
    expect(html).toContain('Address: https://mfa.example/rss?a=1&amp;b=2');
    expect(html).toContain('Moved from http://old.example/rss');
    expect(html).toContain('Country: 🇦🇿 Azerbaijan (AZ)');
    expect(html).toMatch(/Last success: Nov 28, 2026, 11:55 AM UTC · 20 items in the feed/);
    expect(html).toContain('the server answered with an error (HTTP 500)');
    expect(html).toContain('Failures in a row: 2');
    expect(html).toMatch(/Next attempt: not before Nov 28, 2026, 12:10 PM UTC/);
    expect(parseTelegramHtml(html).ok).toBe(true);
    const ru = feedDetails(
      tr('ru'),
      feed({ disabled: true, disabledAt: NOW, official: false, country: null }),
      'ru',
      NOW,
    );
    expect(ru).toContain('Страна: не задана');
    expect(ru).toContain('Источник: пресса');
    expect(ru).toMatch(/Состояние: отключена с .*<code>\/feed 7 enable<\/code>/);
    expect(formatAgo(NOW - 3 * 3600_000, NOW, 'ru')).toBe('3 часа назад');
  });
});

describe('admin alerts', () => {
  it('tells each admin in their language and goes on when one cannot be reached', async () => {
    const sent: [number, string][] = [];
    const notify = createAdminNotifier({
      adminIds: [1, 2, 3],
      sendHtml: async (chatId, html) => {
        if (chatId === 2) throw new Error('403: Forbidden: bot was blocked by the user');
        sent.push([chatId, html]);
      },
      languageOf: async (chatId) => (chatId === 3 ? 'ru' : null),
      translate: t,
      logger: pino({ level: 'silent' }),
    });
    await notify({
      key: 'feed.disabled_alert',
      values: { id: '4', title: 'A & B', url: 'https://x.example/', failures: 10, error: 'HTTP 500' },
    });
    expect(sent.map(([chatId]) => chatId)).toEqual([1, 3]);
    expect(sent[0]![1]).toMatch(
      /^⛔ Feed #4 <b>A &amp; B<\/b> was disabled after 10 failed polls in a row\./,
    );
    expect(sent[1]![1]).toMatch(
      /^⛔ Лента №4 <b>A &amp; B<\/b> отключена после 10 неудачных опросов подряд\./,
    );
    for (const [, html] of sent) expect(parseTelegramHtml(html).ok).toBe(true);
  });
});
