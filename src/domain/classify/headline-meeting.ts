import { fieldHasCue, mentionsStartingAt } from './field-index.js';
import { cjkHeadlineMeeting } from './headline-meeting-cjk.js';
import { cueBit, cueFlags, has, type FieldView } from './field-view.js';
import { isArticle } from './mention-rules.js';
import { isParty, type ScoredMention } from './scored.js';

/** Characters beyond which a title is no headline (hostile or broken feeds put whole pages there). */
const MAX_HEADLINE = 400;
/** Words a meeting verb may stand from its partner: "telefoniert mit dem iranischen …". */
const PARTNER_REACH = 4;
/** Words between two joined sides and their verb: "Лавров и Фидан провели телефонный разговор". */
const JOINT_REACH = 1;
/** Turkish and Azerbaijani mark the partner of a meeting with a postposition: "Rusya Dışişleri Bakanı ile görüştü". */
const COMITATIVE = new Set(['ile', 'ilə']);

interface Placed {
  code: string;
  first: number;
  last: number;
  /** False for a venue or subject matter ("arrives in Paris", "talks on Syria"). */
  party: boolean;
  /** Named as a person ("Lavrov: …" speaks; "Ucraina: …" only says what the headline is about). */
  person: boolean;
}

/** What a headline says of its meeting: the two sides, or the several guests of one host. */
export interface HeadlineMeeting {
  /** "A telefoniert mit B", "A and B discuss …": one country on each side. */
  pair: [string, string] | null;
  /** "Staatssekretär empfängt äthiopischen Botschafter und chinesische Delegation": not a pair of each other. */
  guests: string[];
}

const NO_MEETING: HeadlineMeeting = { pair: null, guests: [] };

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
  let word = commas && end < start && /[,&/+]/.test(view.tokens[end]?.gapBefore ?? '');
  for (let k = end; k < start; k++) {
    if (has(flags, k, 'conj')) word = true;
    // "Reise in die Demokratische Republik Kongo, nach Ruanda und nach Kenia": each member its preposition.
    else if (!has(flags, k, 'role') && !has(flags, k, 'destination') && !has(flags, k, 'venue')) return false;
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

/** The parties of the list `m` opens ("empfängt äthiopischen Botschafter und chinesische Delegation"). */
function listFrom(view: FieldView, flags: Uint32Array, placed: readonly Placed[], m: Placed): string[] {
  const codes = [m.code];
  let at = m;
  for (const next of placed) {
    if (next.first < at.last || !joined(view, flags, at.last, next.first, true)) continue;
    if (!next.party) break;
    if (!codes.includes(next.code)) codes.push(next.code);
    at = next;
  }
  return codes;
}

/** Whether a meeting, call or visit is named before token `at` ("telefonierte mit A und B"). */
function bilateralBefore(view: FieldView, at: number): boolean {
  return view.hits.some(
    (h) => h.first < at && h.payloads.some((p) => p.type === 'cue' && p.cue === 'bilateral'),
  );
}

/** Lower-case words that may open the clause before its meeting word ("l'échange téléphonique"). */
const CLAUSE_OPENING = 3;

/**
 * Whether the meeting word opens its clause, after at most an article and a few lower-case words
 * ("… : l'échange téléphonique entre …"), so that no host stands before it. Caseless scripts
 * (Arabic) cannot tell a name from a word, so there only articles pass.
 */
function opensClause(view: FieldView, at: number): boolean {
  let words = 0;
  for (let k = at; k > 0; k--) {
    if (view.tokens[k]?.gapBefore.includes(':')) return true;
    const t = view.tokens[k - 1];
    if (!t) return false;
    if (isArticle(t.norm)) continue;
    const lower = t.raw === t.raw.toLowerCase() && t.raw !== t.raw.toUpperCase();
    if (!lower || ++words > CLAUSE_OPENING) return false;
  }
  return true;
}

/** Whether a colon stands between the end of `m` and the token `at`: "Ucraina: l'ambasciatore …". */
function colonAfter(view: FieldView, m: Placed, at: number): boolean {
  for (let k = m.last; k <= at; k++) if (view.tokens[k]?.gapBefore.includes(':')) return true;
  return false;
}

/** SVO headlines: "A meets B", "A telefoniert mit B", "A habla con B tras …", "A and B discuss …". */
function partnersAround(
  view: FieldView,
  flags: Uint32Array,
  placed: readonly Placed[],
  first: number,
  last: number,
): HeadlineMeeting {
  const before = placed.filter((m) => m.last <= first);
  const host = before.at(-1);
  // "فؤاد حسين ونظيره التركي يبحثان هاتفياً …", "Lavrov and Kerry discuss …": the two sides stand
  // joined before the verb, and whatever follows it is what they talked about.
  const joint = before.at(-2);
  if (
    before.length === 2 &&
    host?.party &&
    joint?.party &&
    first - host.last <= JOINT_REACH &&
    !bilateralBefore(view, joint.first) &&
    joint.code !== host.code &&
    joined(view, flags, joint.last, host.first, false) &&
    !listedWith(view, flags, placed, joint, host.code, true) &&
    !listedWith(view, flags, placed, host, joint.code, true)
  )
    return { pair: [joint.code, host.code].sort() as [string, string], guests: [] };
  const partner = placed.find((m) => m.first >= last);
  if (!partner?.party || partner.first - last > PARTNER_REACH) return NO_MEETING;
  const guests = listFrom(view, flags, placed, partner);
  // "Staatssekretär Fuchtel empfängt A und B": an office of no named country hosts the guests.
  // ("Treffen von Lawrow und Westerwelle" has no host; "МИД РФ подтвердил встречу Лаврова и …"
  // has one of the two.)
  const hosted =
    guests.length > 1 &&
    !before.some((m) => guests.includes(m.code)) &&
    flags.subarray(0, first).some((bits) => (bits & cueBit('role')) !== 0);
  const side = before.filter((m) => m.code !== partner.code).at(-1);
  // A country before a colon is what the headline is about, not who meets ("Ucraina: …").
  if (!side?.party || (!side.person && colonAfter(view, side, first))) {
    // "Guerre en Ukraine : l'échange téléphonique entre Macron et Poutine": two partners and no host.
    if (guests.length === 2 && opensClause(view, first))
      return { pair: [...guests].sort() as [string, string], guests: [] };
    return { pair: null, guests: hosted ? guests : [] };
  }
  if (hosted) return { pair: null, guests };
  if (
    listedWith(view, flags, placed, partner, side.code, true) ||
    listedWith(view, flags, placed, side, partner.code, true)
  )
    return NO_MEETING;
  return { pair: [side.code, partner.code].sort() as [string, string], guests: [] };
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
 * names. No pair when either side is a list ("meets Kerry and Zarif"); a list of guests is
 * returned, for they met the host, not each other. Chinese and Japanese headlines, runs of
 * characters without words, are read in `headline-meeting-cjk.ts`.
 */
export function headlineMeeting(
  view: FieldView | undefined,
  scored: readonly ScoredMention[],
  lang: string,
): HeadlineMeeting {
  // Headlines are short; the parse below looks back from every cue, so a page-long "title" is skipped.
  if (!view || view.field !== 'title' || (view.tokens.at(-1)?.end ?? 0) > MAX_HEADLINE) return NO_MEETING;
  // "… en el G20", "… für Treffen mit den EU-Außenministern": the meeting may be one of several.
  if (fieldHasCue(view, 'forum')) return NO_MEETING;
  if (view.tokens.some((t) => t.cjk))
    return { pair: cjkHeadlineMeeting(view, scored, isParty, lang), guests: [] };
  const placed: Placed[] = scored
    .filter((s) => s.mention.field === 'title' && s.weight > 0)
    .map((s) => ({
      code: s.code,
      first: s.mention.first,
      last: s.mention.last,
      party: isParty(s),
      person: s.mention.kind === 'person',
    }))
    .sort((a, b) => a.first - b.first);
  if (new Set(placed.map((m) => m.code)).size < 2) return NO_MEETING;
  const flags = cueFlags(view);
  const sov = lang === 'tr' || lang === 'az';
  let guests: string[] = [];
  for (const hit of view.hits) {
    if (!hit.payloads.some((p) => p.type === 'cue' && p.cue === 'bilateral')) continue;
    const read = sov
      ? { pair: partnersBefore(view, flags, placed, hit.first), guests: [] }
      : partnersAround(view, flags, placed, hit.first, hit.last);
    if (read.pair) return read;
    if (guests.length === 0) guests = read.guests;
  }
  return { pair: null, guests };
}
