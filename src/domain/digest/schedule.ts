import { DateTime, IANAZone } from 'luxon';

/** Monday = 1 … Sunday = 7 (ISO, as luxon counts). */
export type Weekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

/** When a chat reads its news: at once, or gathered into a digest. */
export type DigestMode =
  | { kind: 'instant' }
  | { kind: 'hourly' }
  | { kind: 'daily'; at: string }
  | { kind: 'weekly'; day: Weekday; at: string };

/** Hours during which nothing is sent; items wait until they end. `start` may be after `end` (overnight). */
export interface QuietHours {
  start: string;
  end: string;
}

export const DEFAULT_DIGEST: DigestMode = { kind: 'instant' };
export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;

const TIME = /^([01]?\d|2[0-3])[:.h]([0-5]\d)$/;

/** "8:00", "08.00", "8h00" → "08:00"; null when it is not a time of day. */
export function parseTimeOfDay(text: string): string | null {
  const match = TIME.exec(text.trim());
  return match ? `${match[1]!.padStart(2, '0')}:${match[2]}` : null;
}

export function parseWeekday(text: string): Weekday | null {
  const index = WEEKDAYS.findIndex((day) => text.trim().toLowerCase().startsWith(day));
  return index >= 0 ? ((index + 1) as Weekday) : null;
}

export type DigestModeError = 'unknown-mode' | 'bad-time' | 'bad-day';

/** Reads `/digest` arguments: `instant`, `hourly`, `daily [HH:MM]`, `weekly [DAY HH:MM]`. */
export function parseDigestMode(args: string): DigestMode | { error: DigestModeError } {
  const [kind = '', ...rest] = args.trim().toLowerCase().split(/\s+/);
  switch (kind) {
    case 'instant':
      return { kind: 'instant' };
    case 'hourly':
      return { kind: 'hourly' };
    case 'daily': {
      const at = rest[0] ? parseTimeOfDay(rest[0]) : '08:00';
      return at ? { kind: 'daily', at } : { error: 'bad-time' };
    }
    case 'weekly': {
      const day = rest[0] ? parseWeekday(rest[0]) : 1;
      if (!day) return { error: 'bad-day' };
      const at = rest[1] ? parseTimeOfDay(rest[1]) : '08:00';
      return at ? { kind: 'weekly', day, at } : { error: 'bad-time' };
    }
    default:
      return { error: 'unknown-mode' };
  }
}

/** The canonical text form, the one `/digest` accepts: `daily 08:00`, `weekly mon 08:00`. */
export function formatDigestMode(mode: DigestMode): string {
  switch (mode.kind) {
    case 'instant':
    case 'hourly':
      return mode.kind;
    case 'daily':
      return `daily ${mode.at}`;
    case 'weekly':
      return `weekly ${WEEKDAYS[mode.day - 1]} ${mode.at}`;
  }
}

export function isValidTimeZone(zone: string): boolean {
  return zone.length <= 64 && IANAZone.isValidZone(zone);
}

function atTime(day: DateTime, hhmm: string): DateTime {
  const [hour, minute] = hhmm.split(':').map(Number) as [number, number];
  // On a spring-forward day a missing local time moves forward with the clocks (02:30 → 03:30).
  return day.set({ hour, minute, second: 0, millisecond: 0 });
}

/**
 * When the next digest of this mode is due, strictly after `afterMs`, in the chat's time zone:
 * local wall-clock times, so 08:00 stays 08:00 across daylight-saving changes. Null for instant.
 */
export function nextDigestAt(mode: DigestMode, zone: string, afterMs: number): number | null {
  const now = DateTime.fromMillis(afterMs, { zone: isValidTimeZone(zone) ? zone : 'UTC' });
  switch (mode.kind) {
    case 'instant':
      return null;
    case 'hourly':
      return now.startOf('hour').plus({ hours: 1 }).toMillis();
    case 'daily': {
      let due = atTime(now, mode.at);
      if (due <= now) due = atTime(now.plus({ days: 1 }), mode.at);
      return due.toMillis();
    }
    case 'weekly': {
      let due = atTime(now.plus({ days: (mode.day - now.weekday + 7) % 7 }), mode.at);
      if (due <= now) due = atTime(due.plus({ days: 7 }), mode.at);
      return due.toMillis();
    }
  }
}

/** When quiet hours hold at `nowMs`, the moment they end; null outside them. */
export function quietUntil(quiet: QuietHours | null, zone: string, nowMs: number): number | null {
  if (!quiet || quiet.start === quiet.end) return null;
  const now = DateTime.fromMillis(nowMs, { zone: isValidTimeZone(zone) ? zone : 'UTC' });
  const minutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
  const current = now.hour * 60 + now.minute;
  const start = minutes(quiet.start);
  const end = minutes(quiet.end);
  const inside = start < end ? current >= start && current < end : current >= start || current < end;
  if (!inside) return null;
  let until = atTime(now, quiet.end);
  if (until <= now) until = atTime(now.plus({ days: 1 }), quiet.end);
  return until.toMillis();
}

/** Reads `22:00-07:00`; null when malformed. */
export function parseQuietHours(text: string): QuietHours | null {
  const [a, b] = text.split(/\s*[-–]\s*/);
  const start = a ? parseTimeOfDay(a) : null;
  const end = b ? parseTimeOfDay(b) : null;
  return start && end ? { start, end } : null;
}
