import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import {
  formatDigestMode,
  isValidTimeZone,
  nextDigestAt,
  parseDigestMode,
  parseQuietHours,
  quietUntil,
} from '../../../../src/domain/digest/schedule.js';

const local = (ms: number | null, zone: string) => DateTime.fromMillis(ms!, { zone }).toFormat("yyyy-MM-dd HH:mm ZZ");
const at = (iso: string, zone: string) => DateTime.fromISO(iso, { zone }).toMillis();

describe('parseDigestMode', () => {
  it('reads every mode and normalises times', () => {
    expect(parseDigestMode('instant')).toEqual({ kind: 'instant' });
    expect(parseDigestMode('HOURLY')).toEqual({ kind: 'hourly' });
    expect(parseDigestMode('daily 8:00')).toEqual({ kind: 'daily', at: '08:00' });
    expect(parseDigestMode('daily')).toEqual({ kind: 'daily', at: '08:00' });
    expect(parseDigestMode('weekly friday 17.30')).toEqual({ kind: 'weekly', day: 5, at: '17:30' });
    expect(formatDigestMode({ kind: 'weekly', day: 5, at: '17:30' })).toBe('weekly fri 17:30');
  });

  it('explains what is wrong', () => {
    expect(parseDigestMode('sometimes')).toEqual({ error: 'unknown-mode' });
    expect(parseDigestMode('daily 25:00')).toEqual({ error: 'bad-time' });
    expect(parseDigestMode('weekly someday 08:00')).toEqual({ error: 'bad-day' });
  });
});

describe('nextDigestAt', () => {
  it('keeps a daily 08:00 at 08:00 local across the spring change in Europe/Rome', () => {
    const zone = 'Europe/Rome';
    const mode = { kind: 'daily', at: '08:00' } as const;
    // 2026-03-29 is the last Sunday of March: clocks go from 02:00 to 03:00.
    let t = at('2026-03-27T09:00', zone);
    const seen: string[] = [];
    for (let i = 0; i < 4; i++) {
      t = nextDigestAt(mode, zone, t)!;
      seen.push(local(t, zone));
    }
    expect(seen).toEqual([
      '2026-03-28 08:00 +01:00',
      '2026-03-29 08:00 +02:00',
      '2026-03-30 08:00 +02:00',
      '2026-03-31 08:00 +02:00',
    ]);
    // 23 hours between the two digests around the change, not 24.
    expect(at('2026-03-29T08:00', zone) - at('2026-03-28T08:00', zone)).toBe(23 * 3600_000);
  });

  it('and across the autumn change', () => {
    const zone = 'Europe/Rome';
    const t = nextDigestAt({ kind: 'daily', at: '08:00' }, zone, at('2026-10-24T08:00', zone))!;
    expect(local(t, zone)).toBe('2026-10-25 08:00 +01:00');
  });

  it('has no change in Asia/Baku', () => {
    const zone = 'Asia/Baku';
    const before = nextDigestAt({ kind: 'daily', at: '08:00' }, zone, at('2026-03-28T12:00', zone))!;
    const after = nextDigestAt({ kind: 'daily', at: '08:00' }, zone, before)!;
    expect([local(before, zone), local(after, zone)]).toEqual(['2026-03-29 08:00 +04:00', '2026-03-30 08:00 +04:00']);
    expect(after - before).toBe(24 * 3600_000);
  });

  it('moves a missing local time forward on the spring-forward night', () => {
    const zone = 'Europe/Rome';
    const t = nextDigestAt({ kind: 'daily', at: '02:30' }, zone, at('2026-03-28T12:00', zone))!;
    expect(local(t, zone)).toBe('2026-03-29 03:30 +02:00');
  });

  it('finds the next weekday and the next hour', () => {
    const zone = 'Asia/Baku';
    // 2026-11-28 is a Saturday.
    expect(local(nextDigestAt({ kind: 'weekly', day: 1, at: '08:00' }, zone, at('2026-11-28T10:00', zone)), zone)).toBe('2026-11-30 08:00 +04:00');
    expect(local(nextDigestAt({ kind: 'weekly', day: 6, at: '08:00' }, zone, at('2026-11-28T10:00', zone)), zone)).toBe('2026-12-05 08:00 +04:00');
    expect(local(nextDigestAt({ kind: 'hourly' }, zone, at('2026-11-28T10:15', zone)), zone)).toBe('2026-11-28 11:00 +04:00');
    expect(nextDigestAt({ kind: 'instant' }, zone, 0)).toBeNull();
  });
});

describe('quiet hours', () => {
  const zone = 'Europe/Rome';
  const quiet = parseQuietHours('22:00-07:00');

  it('holds overnight and says when it ends', () => {
    expect(quiet).toEqual({ start: '22:00', end: '07:00' });
    expect(local(quietUntil(quiet, zone, at('2026-11-28T23:30', zone)), zone)).toBe('2026-11-29 07:00 +01:00');
    expect(local(quietUntil(quiet, zone, at('2026-11-29T06:59', zone)), zone)).toBe('2026-11-29 07:00 +01:00');
    expect(quietUntil(quiet, zone, at('2026-11-29T07:00', zone))).toBeNull();
    expect(quietUntil(quiet, zone, at('2026-11-29T12:00', zone))).toBeNull();
    expect(quietUntil(null, zone, 0)).toBeNull();
    expect(parseQuietHours('late')).toBeNull();
  });

  it('validates IANA zone names', () => {
    expect(isValidTimeZone('Europe/Rome')).toBe(true);
    expect(isValidTimeZone('Mars/Olympus')).toBe(false);
  });
});
