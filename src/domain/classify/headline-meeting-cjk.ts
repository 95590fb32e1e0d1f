import type { FieldView } from './field-view.js';
import type { ScoredMention } from './scored.js';

/** A mention or cue by code-point offsets in the headline: a CJK run is one token, so words have no index. */
interface Span {
  from: number;
  to: number;
}

interface Side extends Span {
  code: string;
  party: boolean;
}

/** Chinese "与 / 同 / 和 / 跟" (with) and "向" (to, of credentials); Japanese "と" (with) and "に" (to). */
const MARKERS: Readonly<Record<string, string>> = { zh: '与與同和跟向', ja: 'とに' };
/** Characters that join two countries into a list: "美、日与韩", "日米・豪". */
const LIST_GLUE = '、和及与與・';
/** Japanese: an office holder between the partner and "と" (コモロのアザリ大統領と). */
const OFFICE_REACH_JA = 10;
const BREAK = /[、,，。\s「」“”]/u;

/** Code-point offset at which each token starts, gaps included. */
function offsets(view: FieldView): { chars: string[]; base: number[] } {
  const chars: string[] = [];
  const base: number[] = [];
  for (const t of view.tokens) {
    chars.push(...t.gapBefore);
    base.push(chars.length);
    chars.push(...t.raw);
  }
  return { chars, base };
}

function spanOf(
  base: readonly number[],
  view: FieldView,
  first: number,
  last: number,
  within?: [number, number],
): Span {
  const start = base[first] ?? 0;
  if (within) return { from: start + within[0], to: start + within[1] };
  const end = (base[last - 1] ?? start) + [...(view.tokens[last - 1]?.raw ?? '')].length;
  return { from: start, to: end };
}

/** Whether another country stands in a list right beside `side`, or in one compound with it (米韓外相). */
function listed(chars: readonly string[], sides: readonly Side[], side: Side, other: string): boolean {
  return sides.some(
    (o) =>
      o.code !== side.code &&
      o.code !== other &&
      ((o.from === side.to + 1 && LIST_GLUE.includes(chars[side.to] ?? '')) ||
        (o.to === side.from - 1 && LIST_GLUE.includes(chars[o.to] ?? '')) ||
        (o.from === side.from && o.to === side.to)),
  );
}

function pairOf(
  chars: readonly string[],
  sides: readonly Side[],
  host?: Side,
  partner?: Side,
): [string, string] | null {
  if (!host?.party || !partner?.party || host.code === partner.code) return null;
  if (listed(chars, sides, partner, host.code) || listed(chars, sides, host, partner.code)) return null;
  return [host.code, partner.code].sort() as [string, string];
}

/** Chinese: "王毅与布林肯通电话", "向习近平主席递交国书", "李显龙会晤佩洛西". */
function chinese(chars: readonly string[], sides: readonly Side[], cue: Span): [string, string] | null {
  for (let m = cue.from - 1; m >= 0; m--) {
    if (!MARKERS.zh?.includes(chars[m] ?? '')) continue;
    const partner = sides.find((s) => s.from === m + 1 && s.to <= cue.from);
    if (!partner) continue;
    const host = sides.filter((s) => s.to <= m && s.code !== partner.code).at(-1);
    // "结束对柬埔寨和老挝的正式访问": after 对 (to), "和" joins the places visited, not two sides.
    const before = host ? chars[host.from - 1] : undefined;
    if (before === '对' || before === '對') return null;
    return pairOf(chars, sides, host, partner);
  }
  const partner = sides.find((s) => s.from >= cue.to && s.from <= cue.to + 1);
  if (!partner) return null;
  const host = sides.filter((s) => s.to <= cue.from && s.code !== partner.code).at(-1);
  return pairOf(chars, sides, host, partner);
}

/**
 * Japanese: "岸田首相、コモロのアザリ大統領と会談", "AとBが会談"; and with the object particle right
 * before the verb, "河野外務大臣、メルケル独首相を表敬", "皇太子、リヤドでルビオ米国務長官を迎える", when
 * only an office stands between the partner and を (not "北朝鮮問題を協議", a subject).
 */
function japanese(
  chars: readonly string[],
  sides: readonly Side[],
  cue: Span,
  offices: readonly Span[],
): [string, string] | null {
  for (let m = cue.from - 1; m >= 0; m--) {
    const object = chars[m] === 'を' && m === cue.from - 1;
    if (!object && !MARKERS.ja?.includes(chars[m] ?? '')) continue;
    const partner = sides.filter((s) => s.to <= m).at(-1);
    if (!partner || m - partner.to > OFFICE_REACH_JA) continue;
    if (chars.slice(partner.to, m).some((c) => BREAK.test(c))) continue;
    if (object && partner.to < m && !offices.some((o) => o.to === m && o.from <= partner.to + 1)) continue;
    const after = sides.find((s) => s.from > m && s.to <= cue.from && s.code !== partner.code);
    // The host before the partner, past any venue ("リヤドで"): a venue meets no one.
    const host =
      after ?? sides.filter((s) => s.to <= partner.from && s.code !== partner.code && s.party).at(-1);
    // "尹大統領、インドネシア・コモロ大統領と会談", "ケリー米国務長官・ラブロフ露外相と電話会談": a country
    // listed with the partner is another partner. The partner's name may run on into its office.
    const start = sides.reduceRight(
      (from, s) => (s.code === partner.code && s.to === from ? s.from : from),
      partner.from,
    );
    if (!after && host && host.to === start - 1 && chars[host.to] === '・') return null;
    return pairOf(chars, sides, host, partner);
  }
  return null;
}

/** The two sides of the meeting a Chinese or Japanese headline reports, if it names one. */
export function cjkHeadlineMeeting(
  view: FieldView,
  scored: readonly ScoredMention[],
  party: (s: ScoredMention) => boolean,
  lang: string,
): [string, string] | null {
  if (lang !== 'zh' && lang !== 'ja') return null;
  const { chars, base } = offsets(view);
  const sides: Side[] = scored
    .filter((s) => s.mention.field === 'title' && s.weight > 0)
    .map((s) => ({
      code: s.code,
      party: party(s),
      ...spanOf(base, view, s.mention.first, s.mention.last, s.mention.chars),
    }))
    .sort((a, b) => a.from - b.from);
  const offices = view.hits
    .filter((h) => h.payloads.some((p) => p.type === 'cue' && p.cue === 'role'))
    .map((h) => spanOf(base, view, h.first, h.last, h.chars));
  for (const hit of view.hits) {
    if (!hit.payloads.some((p) => p.type === 'cue' && (p.cue === 'bilateral' || p.cue === 'credentials')))
      continue;
    const cue = spanOf(base, view, hit.first, hit.last, hit.chars);
    const pair = lang === 'zh' ? chinese(chars, sides, cue) : japanese(chars, sides, cue, offices);
    if (pair) return pair;
  }
  return null;
}
