import type { InlineKeyboardMarkup } from 'telegraf/types';
import type { DigestMode, QuietHours } from '../../domain/digest/schedule.js';
import { LANGUAGES } from '../../i18n.js';
import { cb } from '../callback-data.js';
import { weekdayName, type Tr } from '../describe.js';
import { button, grid, keyboard } from './markup.js';

/** Times offered for daily and weekly digests; any other is one `/digest daily HH:MM` away. */
export const DIGEST_TIMES = ['06:00', '07:00', '08:00', '09:00', '10:00', '12:00', '14:00', '16:00', '18:00', '19:00', '20:00', '22:00'];

/** Zones most readers of diplomatic news live in; the rest are typed (`/timezone Asia/Tokyo`). */
export const COMMON_ZONES = [
  'UTC',
  'Europe/London',
  'Europe/Paris',
  'Europe/Berlin',
  'Europe/Rome',
  'Europe/Madrid',
  'Europe/Kyiv',
  'Europe/Istanbul',
  'Europe/Moscow',
  'Asia/Baku',
  'Asia/Tbilisi',
  'Asia/Yerevan',
  'Asia/Dubai',
  'Asia/Riyadh',
  'America/New_York',
  'Asia/Tokyo',
];

export const QUIET_PRESETS: QuietHours[] = [
  { start: '22:00', end: '07:00' },
  { start: '23:00', end: '08:00' },
  { start: '00:00', end: '08:00' },
  { start: '20:00', end: '09:00' },
];

const hhmm = (time: string) => time.replace(':', '');
const tick = (on: boolean, label: string) => (on ? `✓ ${label}` : label);

export function digestMenu(current: DigestMode, tr: Tr): InlineKeyboardMarkup {
  return keyboard([
    [button(tick(current.kind === 'instant', tr('digest_settings.instant_button')), cb('dg', 'i')), button(tick(current.kind === 'hourly', tr('digest_settings.hourly_button')), cb('dg', 'h'))],
    [button(tick(current.kind === 'daily', tr('digest_settings.daily_button')), cb('dg', 'd')), button(tick(current.kind === 'weekly', tr('digest_settings.weekly_button')), cb('dg', 'w'))],
  ]);
}

/** Times for a daily digest (`day` absent) or for a weekly one on `day`. */
export function digestTimes(tr: Tr, day?: number): InlineKeyboardMarkup {
  const fields = day ? ['w', day] : ['d'];
  return keyboard([
    ...grid(DIGEST_TIMES.map((time) => button(time, cb('dg', ...fields, hhmm(time)))), 4),
    [button(tr('digest_settings.back_button'), cb('dg', 'menu'))],
  ]);
}

export function digestDays(tr: Tr, lang: string): InlineKeyboardMarkup {
  const days = [1, 2, 3, 4, 5, 6, 7].map((day) => button(weekdayName(day, lang), cb('dg', 'w', day)));
  return keyboard([...grid(days, 2), [button(tr('digest_settings.back_button'), cb('dg', 'menu'))]]);
}

export function timezoneMenu(current: string): InlineKeyboardMarkup {
  return keyboard(grid(COMMON_ZONES.map((zone) => button(tick(zone === current, zone.replace(/_/g, ' ')), cb('tz', zone))), 2));
}

export function quietMenu(current: QuietHours | null, tr: Tr): InlineKeyboardMarkup {
  const same = (q: QuietHours) => current?.start === q.start && current.end === q.end;
  const presets = QUIET_PRESETS.map((q) => button(tick(same(q), `${q.start}–${q.end}`), cb('qt', `${hhmm(q.start)}-${hhmm(q.end)}`)));
  return keyboard([...grid(presets, 2), [button(tick(current === null, tr('quiet.off_button')), cb('qt', 'off'))]]);
}

/** Languages by their own names, so a reader finds theirs whatever the chat speaks now. */
export function languageMenu(current: string, nativeName: (code: string) => string): InlineKeyboardMarkup {
  return keyboard(grid(LANGUAGES.map((code) => button(tick(code === current, nativeName(code)), cb('lang', code))), 2));
}
