import { fieldHasCue, mentionsStartingAt } from './field-index.js';
import { cjkHeadlineMeeting } from './headline-meeting-cjk.js';
import { cueFlags, has, type FieldView } from './field-view.js';
import { isParty, type ScoredMention } from './scored.js';

/** Characters beyond which a title is no headline (hostile or broken feeds put whole pages there). */
const MAX_HEADLINE = 400;
/** Words a meeting verb may stand from its partner: "telefoniert mit dem iranischen …". */
const PARTNER_REACH = 4;
/** Turkish and Azerbaijani mark the partner of a meeting with a postposition: "Rusya Dışişleri Bakanı ile görüştü". */
const COMITATIVE = new Set(['ile', 'ilə']);

interface Placed {
  code: string;
  first: number;
  last: number;
  /** False for a venue or subject matter ("arrives in Paris", "talks on Syria"). */
  party: boolean;
}

/**
 * Whether only list glue stands between the end of one mention and the start of the next: "and",
 * "und", "و", articles and offices ("y representantes de"), and with `commas` a comma or slash.
 */
function joined(view: FieldView, flags: Uint32Array, end: number, start: number, commas: boolean): boolean {
  if (commas && start - end <= 1 && /[,&/+]/.test(view.tokens[start]?.gapBefore ?? '')) return true;
  // Arabic writes "and" on the next word: "الإسبانية والإيطالي" (not the و of واشنطن).
  if (
    start === end &&
    mentionsStartingAt(view, start).some((m) => m.matched.startsWith('و') && !m.form.startsWith('و'))
  )
    return true;
  let word = false;
  for (let k = end; k < start; k++) {
    if (has(flags, k, 'conj')) word = true;
    else if (!has(flags, k, 'role')) return false;
  }
  return word;
}

/** Whether a third country stands in a list with `m` ("meets Kerry and Zarif"). */
function listedWith(
  view: FieldView,
  flags: Uint32Array,
  placed: readonly Placed[],
  m: Placed,
  other: string | null,
  commas: boolean,
): boolean {
  return placed.some(
    (o) =>
      o.code !== m.code &&
      o.code !== other &&
      ((o.first >= m.last && joined(view, flags, m.last, o.first, commas)) ||
        (o.last <= m.first && joined(view, flags, o.last, m.first, commas))),
  );
}

/** SVO headlines: "A meets B", "A telefoniert mit B", "A habla con B tras …". */
function partnersAround(
  view: FieldView,
  flags: Uint32Array,
  placed: readonly Placed[],
  first: number,
  last: number,
): [string, string] | null {
  const partner = placed.find((m) => m.first >= last);
  if (!partner?.party || partner.first - last > PARTNER_REACH) return null;
  const host = placed.filter((m) => m.last <= first && m.code !== partner.code).at(-1);
  if (!host?.party) return null;
  if (
    listedWith(view, flags, placed, partner, host.code, true) ||
    listedWith(view, flags, placed, host, partner.code, true)
  )
    return null;
  return [host.code, partner.code].sort() as [string, string];
}

/** Words from `start` to before `end` that are not part of an office ("Federal Xarici İşlər … rəhbəri"). */
function wordsBetween(flags: Uint32Array, start: number, end: number): number {
  let n = 0;
  for (let k = start; k < end; k++) if (!has(flags, k, 'role')) n++;
  return n;
}

/** Turkish and Azerbaijani: "A, B ile görüştü", "A ile B görüştü". */
function partnersBefore(
  view: FieldView,
  flags: Uint32Array,
  placed: readonly Placed[],
  first: number,
): [string, string] | null {
  let at = first - 1;
  while (at >= 0 && !COMITATIVE.has(view.tokens[at]?.norm ?? '')) at--;
  if (at < 0) return null;
  const partner = placed.filter((m) => m.last <= at).at(-1);
  if (!partner?.party || wordsBetween(flags, partner.last, at) > PARTNER_REACH) return null;
  // "A, B ve C ile görüştü": the partners are a list. A comma alone sets the speaker apart.
  if (listedWith(view, flags, placed, partner, null, false)) return null;
  const other = placed.filter(
    (m) => m.code !== partner.code && (m.last <= partner.first || (m.first > at && m.last <= first)),
  );
  const host = other.find((m) => m.first > at) ?? other.filter((m) => m.last <= partner.first).at(-1);
  if (!host?.party || listedWith(view, flags, placed, host, partner.code, false)) return null;
  return [host.code, partner.code].sort() as [string, string];
}

/**
 * "Baerbock telefoniert mit dem iranischen Außenminister", "Albares habla con Marco Rubio tras el
 * ataque de EEUU a Venezuela", "Hakan Fidan, Rusya Dışişleri Bakanı ile görüştü": a headline whose
 * meeting, call or visit has one country on each side names the pair, whatever else the item
 * names. Null when either side is a list ("meets Kerry and Zarif"). Chinese and Japanese headlines,
 * runs of characters without words, are read in `headline-meeting-cjk.ts`.
 */
export function headlineMeeting(
  view: FieldView | undefined,
  scored: readonly ScoredMention[],
  lang: string,
): [string, string] | null {
  // Headlines are short; the parse below looks back from every cue, so a page-long "title" is skipped.
  if (!view || view.field !== 'title' || (view.tokens.at(-1)?.end ?? 0) > MAX_HEADLINE) return null;
  // "… en el G20", "… für Treffen mit den EU-Außenministern": the meeting may be one of several.
  if (fieldHasCue(view, 'forum')) return null;
  if (view.tokens.some((t) => t.cjk)) return cjkHeadlineMeeting(view, scored, isParty, lang);
  const placed: Placed[] = scored
    .filter((s) => s.mention.field === 'title' && s.weight > 0)
    .map((s) => ({
      code: s.code,
      first: s.mention.first,
      last: s.mention.last,
      party: isParty(s),
    }))
    .sort((a, b) => a.first - b.first);
  if (new Set(placed.map((m) => m.code)).size < 2) return null;
  const flags = cueFlags(view);
  const sov = lang === 'tr' || lang === 'az';
  for (const hit of view.hits) {
    if (!hit.payloads.some((p) => p.type === 'cue' && p.cue === 'bilateral')) continue;
    const pair = sov
      ? partnersBefore(view, flags, placed, hit.first)
      : partnersAround(view, flags, placed, hit.first, hit.last);
    if (pair) return pair;
  }
  return null;
}
