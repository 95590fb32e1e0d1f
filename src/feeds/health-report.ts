import { countryFlag, countryName } from '../domain/countries/index.js';
import { escapeHtml } from '../domain/html.js';
import type { Feed } from '../store/feeds.js';

/** A translator bound to the reader's language; it escapes interpolated values for Telegram HTML. */
export type Tr = (key: string, values?: Record<string, unknown>) => string;

/** Feed text shown in lists is cut: one long title or error must not crowd out the others. */
const TITLE_MAX = 70;
const ERROR_MAX = 160;
/** URLs can be 2000 characters; /feed shows them whole up to this, so one message always fits. */
const URL_MAX = 600;

function cut(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** An absolute time for admins, in UTC (said so), in their language's format. */
export function formatTime(ms: number, lang: string): string {
  const text = new Intl.DateTimeFormat(lang, {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'UTC',
  }).format(ms);
  return `${text} UTC`;
}

/** "5 minutes ago", "3 hours ago", in the reader's language. */
export function formatAgo(ms: number, now: number, lang: string): string {
  const seconds = Math.round((ms - now) / 1000);
  const format = new Intl.RelativeTimeFormat(lang, { numeric: 'auto' });
  const abs = Math.abs(seconds);
  if (abs < 60) return format.format(seconds, 'second');
  if (abs < 3600) return format.format(Math.round(seconds / 60), 'minute');
  if (abs < 86_400) return format.format(Math.round(seconds / 3600), 'hour');
  return format.format(Math.round(seconds / 86_400), 'day');
}

/** What went wrong, in the reader's language, with the technical detail kept (plain text). */
export function problemText(tr: Tr, code: string | null, message: string): string {
  const kind = tr(`feeds.problem.${code ?? 'other'}`);
  // A code from an older version has no translation: the detail alone is still exact.
  return kind.startsWith('feeds.problem.') ? message : `${kind} (${message})`;
}

export function countryLabel(code: string, lang: string): string {
  return `${countryFlag(code)} ${countryName(code, lang)} (${code})`.trim();
}

export type FeedState = 'ok' | 'failing' | 'disabled' | 'pending';

export function feedState(feed: Feed): FeedState {
  if (feed.disabled) return 'disabled';
  if (feed.failures > 0) return 'failing';
  return feed.lastSuccessAt ? 'ok' : 'pending';
}

const ICONS: Record<FeedState, string> = { ok: '✅', failing: '⚠️', disabled: '⛔', pending: '⏳' };

/** One feed in /feeds: id, state, title and tags, then its health on one line (Telegram HTML). */
export function feedLine(tr: Tr, feed: Feed, lang: string, now: number): string {
  const state = feedState(feed);
  const tags = [feed.country, feed.language, feed.official ? tr('feeds.official') : null]
    .filter(Boolean)
    .join(' · ');
  const head = `#${feed.id} ${ICONS[state]} <b>${escapeHtml(cut(feed.title || feed.url, TITLE_MAX))}</b>${tags ? ` · ${escapeHtml(tags)}` : ''}`;
  const parts: string[] = [];
  if (state === 'disabled') parts.push(escapeHtml(tr('feeds.disabled')));
  if (feed.lastError && state !== 'ok') {
    parts.push(
      tr('feeds.error', { error: cut(problemText(tr, feed.lastErrorCode, feed.lastError), ERROR_MAX) }),
    );
  }
  if (state === 'failing') {
    parts.push(tr('feeds.failures', { count: feed.failures }));
    if (feed.nextAttemptAt && feed.nextAttemptAt > now)
      parts.push(tr('feeds.next_try', { time: formatTime(feed.nextAttemptAt, lang) }));
  }
  if (state === 'ok')
    parts.push(tr('feeds.ok'), tr('feeds.ago', { ago: formatAgo(feed.lastSuccessAt ?? now, now, lang) }));
  if (state === 'pending') parts.push(tr('feeds.never'));
  return `${head}\n    ${parts.join(' · ')}`;
}

/** Everything about one feed, for /feed ID (Telegram HTML). */
export function feedDetails(tr: Tr, feed: Feed, lang: string, now: number): string {
  const lines = [
    tr('feed.heading', { id: feed.id, title: cut(feed.title || feed.url, URL_MAX) }),
    tr('feed.url', { url: cut(feed.url, URL_MAX) }),
    ...(feed.movedFrom ? [tr('feed.moved_from', { url: cut(feed.movedFrom, URL_MAX) })] : []),
    feed.country ? tr('feed.country', { country: countryLabel(feed.country, lang) }) : tr('feed.no_country'),
    feed.language ? tr('feed.language', { language: feed.language }) : tr('feed.language_declared'),
    tr(feed.official ? 'feed.official' : 'feed.press'),
    tr('feed.added', { time: formatTime(feed.createdAt, lang) }),
  ];
  if (feed.lastSuccessAt) {
    const items = feed.lastItemCount === null ? '' : ` · ${tr('feed.items', { count: feed.lastItemCount })}`;
    lines.push(`${tr('feed.last_success', { time: formatTime(feed.lastSuccessAt, lang) })}${items}`);
  } else lines.push(tr('feed.never_succeeded'));
  if (feed.lastError && feed.lastErrorAt) {
    lines.push(
      `${tr('feed.last_error', { time: formatTime(feed.lastErrorAt, lang) })}\n${escapeHtml(problemText(tr, feed.lastErrorCode, feed.lastError))}`,
    );
  }
  if (feed.failures > 0) lines.push(tr('feed.failures', { count: feed.failures }));
  if (!feed.disabled && feed.nextAttemptAt && feed.nextAttemptAt > now) {
    lines.push(tr('feed.next_attempt', { time: formatTime(feed.nextAttemptAt, lang) }));
  }
  if (feed.disabled)
    lines.push(tr('feed.disabled_since', { id: feed.id, time: formatTime(feed.disabledAt ?? now, lang) }));
  else lines.push(tr(feed.lastSuccessAt || feed.failures > 0 ? 'feed.active' : 'feed.waiting'));
  return lines.join('\n');
}
