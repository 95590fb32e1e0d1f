/**
 * Feed dates in the formats found in the wild, to ISO 8601 UTC. `Date.parse` alone is not enough:
 * it reads zone-less ISO times as local time (our output would depend on the server's TZ) and
 * rejects common RFC 822 variants (no seconds, two-digit years, "UT", military zones).
 * A date without a zone is taken as UTC.
 */
export function parseFeedDate(raw: string | undefined | null): string | null {
  const text = (raw ?? '').trim().replace(/\s+/g, ' ');
  if (text === '' || text.length > 100) return null;
  // `undefined`: not this format; `null`: this format but an impossible date (no fallback then).
  let ms = parseIso(text);
  if (ms === undefined) ms = parseRfc822(text);
  if (ms === undefined) ms = parseFallback(text);
  if (ms === null || !Number.isFinite(ms)) return null;
  const date = new Date(ms);
  const year = date.getUTCFullYear();
  if (year < 1000 || year > 9999) return null;
  return date.toISOString();
}

const ISO =
  /^(\d{4})(?:-?(\d{2})(?:-?(\d{2})(?:[T ](\d{2})(?::?(\d{2})(?::?(\d{2})(?:[.,](\d+))?)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?)?)?$/i;

function parseIso(text: string): number | null | undefined {
  const m = ISO.exec(text);
  if (!m) return undefined;
  const [, y, mo = '01', d = '01', h = '00', mi = '00', s = '00', frac = '', zone] = m;
  const ms = Number(`0.${frac || '0'}`) * 1000;
  return build(Number(y), Number(mo), Number(d), Number(h), Number(mi), Number(s), ms, zoneOffsetMinutes(zone ?? 'Z'));
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

const RFC822 =
  /^(?:[a-z]+\.?,? ?)?(\d{1,2})[ -]([a-z]+)\.?[ -](\d{2,4})(?:,? (\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)? ?(.*)$/i;

function parseRfc822(text: string): number | null | undefined {
  const m = RFC822.exec(text);
  if (!m) return undefined;
  const [, d, monthName = '', y = '', h = '00', mi = '00', s = '00', zoneText = ''] = m;
  const month = MONTHS.indexOf(monthName.slice(0, 3).toLowerCase()) + 1;
  if (month === 0) return null;
  let year = Number(y);
  if (y.length === 2) year += year < 50 ? 2000 : 1900;
  else if (y.length === 3) year += 1900;
  const zone = zoneOffsetMinutes(zoneText.trim() || 'GMT');
  if (zone === null) return null;
  return build(year, month, Number(d), Number(h), Number(mi), Number(s), 0, zone);
}

const NAMED_ZONES: Record<string, number> = {
  z: 0, ut: 0, utc: 0, gmt: 0, est: -300, edt: -240, cst: -360, cdt: -300,
  mst: -420, mdt: -360, pst: -480, pdt: -420, cet: 60, cest: 120, eet: 120, eest: 180,
  msk: 180, bst: 60, ist: 330, jst: 540, kst: 540, aest: 600, aedt: 660,
};

/** Minutes east of UTC, or null when the zone is not understood. */
function zoneOffsetMinutes(zone: string): number | null {
  const text = zone.replace(/^\((.*)\)$/, '$1').trim();
  const numeric = /^(?:gmt|utc)?\s*([+-])(\d{1,2}):?(\d{2})?$/i.exec(text);
  if (numeric) {
    const [, sign, hh = '0', mm = '0'] = numeric;
    return (sign === '-' ? -1 : 1) * (Number(hh) * 60 + Number(mm));
  }
  const named = NAMED_ZONES[text.split(' ')[0]?.toLowerCase() ?? ''];
  if (named !== undefined) return named;
  // Military single letters are too often wrong in practice (RFC 1123 §5.2.14): read as UTC.
  if (/^[a-ik-z]$/i.test(text)) return 0;
  return null;
}

function build(y: number, mo: number, d: number, h: number, mi: number, s: number, ms: number, zone: number | null): number | null {
  if (zone === null || mo < 1 || mo > 12 || d < 1 || d > 31 || h > 24 || mi > 59 || s > 60) return null;
  const utc = Date.UTC(y, mo - 1, d, h, mi, Math.min(s, 59), ms);
  const check = new Date(Date.UTC(y, mo - 1, 1));
  // Reject 31 February and the like rather than rolling over into the next month.
  if (new Date(utc).getUTCMonth() !== check.getUTCMonth() && h < 24) return null;
  return utc - zone * 60_000;
}

function parseFallback(text: string): number | null {
  const ms = Date.parse(text);
  return Number.isNaN(ms) ? null : ms;
}
