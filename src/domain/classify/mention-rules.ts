import inflections from '../countries/inflections.json' with { type: 'json' };
import { fold } from '../countries/normalize.js';
import type { Mention } from './gazetteer.js';
import type { CueKind, LexHit } from './lexicon.js';
import { cjkCueBeside, isCjkDateline } from './cjk-rules.js';
import { endingApart } from './field-index.js';
import { cueBit, has, type FieldView } from './field-view.js';
import { SALIENCE } from './salience-weights.js';

const ARTICLES = new Set(
  Object.values(inflections.articles)
    .flat()
    .map((w) => fold(w)),
);
/** Whether a word is an article of any language ("the", "l'", "die", "el"). */
export const isArticle = (norm: string): boolean => ARTICLES.has(norm);
const PERSON_LIKE = new Set(inflections.personLike.map((w) => fold(w)));
/** Words of possession before a name: what follows them belongs to an office or a place. */
export const OF = new Set([
  'of',
  'de',
  'di',
  'del',
  'della',
  'dello',
  'degli',
  'delle',
  'dei',
  'du',
  'des',
  'der',
]);

/** "Israel Ziv", "Jordan Peterson": a country-like given name followed by a surname. */
export function isPersonName(
  m: Mention,
  view: FieldView,
  flags: Uint32Array,
  mentionStarts: ReadonlySet<number>,
): boolean {
  const first = view.tokens[m.first];
  if (m.last - m.first !== 1 || !first || !PERSON_LIKE.has(first.norm)) return false;
  const before = view.tokens[m.first - 1];
  if (before && before.sentence === first.sentence && has(flags, m.first - 1, 'personTitle')) return true;
  // "the Communist Party of China Song Tao": after "of" the name ends an office, it opens no person's name.
  if (before && before.sentence === first.sentence && OF.has(before.norm)) return false;
  const next = view.tokens[m.last];
  if (!next || next.sentence !== first.sentence || !/^\s+$/.test(next.gapBefore)) return false;
  if (
    !next.capitalized ||
    next.upper ||
    mentionStarts.has(m.last) ||
    has(flags, m.last, 'titleNoun') ||
    has(flags, m.last, 'role') ||
    has(flags, m.last, 'post')
  )
    return false;
  // In a headline every word is capitalised, so a capital after the name proves nothing there.
  return view.field !== 'title';
}

/** A line of CJK text of at most this many characters is a header (dateline, byline), not a sentence. */
const CJK_SHORT_LINE = 12;

/** "BAKU, Azerbaijan, April 4." / "24 сентября, Минск /Корр. БЕЛТА/": where the wire was filed. */
export function isDateline(
  m: Mention,
  view: FieldView,
  datelineSeen: boolean,
  line: { words: number; chars: number },
  flags: Uint32Array,
): boolean {
  if (view.field !== 'text') return false;
  const lineLength = line.words;
  if (m.chars) {
    if (isCjkDateline(m, view)) return true;
    // A CJK run is one word to the tokenizer: a line is short by its characters ("北京", "（巴库）"),
    // not by its runs ("秘鲁外长抵达内罗毕。" is a sentence).
    return m.kind === 'capital' && line.chars <= CJK_SHORT_LINE && m.sentence <= 6;
  }
  // "Washington, DC" or "Baku, The Gulf Observer:" alone on a header line.
  if (m.kind === 'capital' && lineLength <= SALIENCE.shortLine && m.sentence <= 6) return true;
  if (m.first > 3 || m.sentence > 0) return false;
  const after = view.tokens[m.last];
  const gap = after ? after.gapBefore : '';
  // A plain hyphen counts when spaced ("نواكشوط - سبأنت:"), not in a compound ("Moscow-Washington").
  if (!/^[\s]*[,/(–—:.]|^\s+-/.test(gap) && after) return false;
  // "BAKU, Azerbaijan, …": a country may follow the city; a person after it opens the lead
  // ("ANKARA (AA) – Başbakan Binali Yıldırım, …").
  return m.kind === 'capital' || (datelineSeen && m.kind !== 'person') || afterCityInCapitals(m, view, flags);
}

/**
 * "TAORMINE, Italie, le 26 mai": a town the data does not know, written in capitals, opens the
 * dateline; the country after it says where the wire was filed. Not after a body's name ("NATO, Russia").
 */
function afterCityInCapitals(m: Mention, view: FieldView, flags: Uint32Array): boolean {
  if (m.kind !== 'name' || m.first === 0 || !/^\s*,/.test(view.tokens[m.first]?.gapBefore ?? ''))
    return false;
  for (let k = 0; k < m.first; k++) {
    const token = view.tokens[k];
    if (!token?.upper || token.raw.length < 3 || has(flags, k, 'forum')) return false;
  }
  return true;
}

/** The country is what is talked about: "the situation in Syria", "talks on Ukraine", "Suriye konusunda". */
export function isSubjectMatter(m: Mention, view: FieldView, flags: Uint32Array): boolean {
  if (m.chars) {
    const [start, end] = m.chars;
    return cjkCueBeside(
      m,
      view,
      'about',
      ([from, to]) => (from >= end && from - end <= 1) || (to <= start && start - to <= 1),
    );
  }
  const sentence = view.tokens[m.first]?.sentence;
  const before = view.tokens[m.first - 1];
  // A case ending after an apostrophe may stand as its own word: "Cezayir" "in" "ardından".
  const suffix = endingApart(view, m) ? 1 : 0;
  const after = view.tokens[m.last + suffix];
  return (
    isTitleTag(m, view, flags) ||
    // Not across a colon or a comma: "des pays en crise : Côte d'Ivoire, Guinée …" lists who is in it.
    (before?.sentence === sentence &&
      has(flags, m.first - 1, 'about') &&
      !/[,;:]/.test(view.tokens[m.first]?.gapBefore ?? '')) ||
    // "sur l'Afghanistan": an elided article between the word and the name.
    (before?.sentence === sentence &&
      isArticle(before?.norm ?? '') &&
      view.tokens[m.first - 2]?.sentence === sentence &&
      has(flags, m.first - 2, 'about')) ||
    // "Suriye konusunda", but not across a comma: "Dışişleri Bakanlığı, savaş nedeniyle …".
    (after !== undefined &&
      after.sentence === sentence &&
      has(flags, m.last + suffix, 'aboutAfter') &&
      !/[,;:]/.test(after.gapBefore))
  );
}

/**
 * Agency titles open with a topic tag: "Ucraina, Di Maio a Mosca …", "Kosovo, Tajani: …". A lone
 * country before the first comma, followed by anything but another country (a person is fine), is the story's theme.
 */
function isTitleTag(m: Mention, view: FieldView, flags: Uint32Array): boolean {
  // A person opening the headline is its speaker: "Mélanie Joly, ministre …, part en Europe".
  if (view.field !== 'title' || m.kind === 'person') return false;
  // An office opening the headline is its speaker, not its theme: "Dışişleri Bakanlığı, … açıklama yaptı".
  if (has(flags, m.first, 'role')) return false;
  const opener = m.first === 0 || (m.first === 1 && has(flags, 0, 'about'));
  const next = view.tokens[m.last];
  if (!opener || !next || next.gapBefore.trim() !== ',' || has(flags, m.last, 'conj')) return false;
  return !view.mentions.some((o) => o.first === m.last && o.kind !== 'person');
}

/** The first real sentence opens with an office ("Foreign Minister …", "The Ministry …") and names no country near it. */
export function hasOrphanOffice(
  view: FieldView,
  flags: Uint32Array,
  info: ReturnType<typeof sentenceInfo>,
  dateline: Mention,
): boolean {
  const lead = [...info.rank].find(
    ([sentence, rank]) => rank === 0 && (info.length.get(sentence) ?? 0) > SALIENCE.shortLine,
  )?.[0];
  if (lead === undefined) return false;
  // The dateline may open the lead sentence itself ("ISLAMABAD: Foreign Minister …").
  const start = lead === dateline.sentence ? dateline.last : (info.start.get(lead) ?? 0);
  const isOffice = (k: number) =>
    view.tokens[k]?.sentence === lead && (has(flags, k, 'role') || has(flags, k, 'post'));
  let first = -1;
  for (let k = start; k < start + 3 && first < 0; k++) if (isOffice(k)) first = k;
  if (first < 0) return false;
  // Where the office's words end: Arabic chains offices and puts the country after the last of them
  // ("نائب رئيس مجلس الوزراء ووزير الخارجية العراقي").
  let last = first;
  for (let k = first + 1; k <= last + OFFICE_GAP; k++) if (isOffice(k)) last = k;
  return !view.mentions.some(
    (m) => m !== dateline && m.sentence === lead && (m.first < start + 6 || m.first === last + 1),
  );
}

/** Words that may stand between two office words of one chain ("Deputy Prime Minister and Foreign Minister"). */
const OFFICE_GAP = 4;

/**
 * Sentence statistics of a field: the first word of each sentence, its length, and its rank among
 * real sentences (header lines such as "Press Statement" or a byline do not push the lead down).
 */
export function sentenceInfo(view: FieldView): {
  start: Map<number, number>;
  length: Map<number, number>;
  /** Characters of each sentence's words (CJK lines are short by characters, not by words). */
  chars: Map<number, number>;
  rank: Map<number, number>;
  condemn: Set<number>;
  background: Set<number>;
  /** Sentence → first word of its discussion verb ("discussed", "обсудили", "ele alındı"). */
  discussAt: Map<number, number>;
  /** Sentence → the words that end a backdrop phrase ("amid", "на фоне", "au lendemain de"). */
  backdrop: Map<number, number[]>;
  /** Sentences with a word of attack or disaster (most have none, and the rules about attacks skip them). */
  scene: Set<number>;
} {
  const start = new Map<number, number>();
  const length = new Map<number, number>();
  const chars = new Map<number, number>();
  const rank = new Map<number, number>();
  // Sentence numbers rise with the tokens: one pass counts each sentence's words and characters and
  // ranks it, writing the maps once per sentence (this runs for every field of every item).
  let real = 0;
  let words = 0;
  let letters = 0;
  const close = (sentence: number) => {
    length.set(sentence, words);
    chars.set(sentence, letters);
    rank.set(sentence, real);
    if (words > SALIENCE.shortLine) real++;
  };
  for (let i = 0; i < view.tokens.length; i++) {
    const t = view.tokens[i]!;
    if (i === 0 || t.sentence !== view.tokens[i - 1]!.sentence) {
      if (i > 0) close(view.tokens[i - 1]!.sentence);
      start.set(t.sentence, i);
      words = 0;
      letters = 0;
    }
    words++;
    letters += t.raw.length;
  }
  const last = view.tokens.at(-1);
  if (last) close(last.sentence);
  const condemn = new Set<number>();
  const background = new Set<number>();
  const discussAt = new Map<number, number>();
  const backdrop = new Map<number, number[]>();
  const scene = new Set<number>();
  const quoted = opensWithQuote(view);
  // Each hit's cue kinds as one mask, read once (this loop runs for every field of every item).
  const is = (bits: number, cue: CueKind) => (bits & cueBit(cue)) !== 0;
  for (const h of view.hits) {
    let bits = 0;
    for (const p of h.payloads) if (p.type === 'cue') bits |= cueBit(p.cue);
    if (bits === 0) continue;
    if (is(bits, 'scene')) scene.add(h.sentence);
    if (!h.chars && is(bits, 'backdrop'))
      backdrop.set(h.sentence, [...(backdrop.get(h.sentence) ?? []), h.last]);
    if (!discussAt.has(h.sentence) && is(bits, 'discuss')) discussAt.set(h.sentence, h.first);
    if (is(bits, 'condemn')) condemn.add(h.sentence);
    // Only where it opens the sentence: "Earlier, …", not "as agreed earlier".
    if (h.first - (start.get(h.sentence) ?? 0) <= 1 && is(bits, 'background')) background.add(h.sentence);
    if (quoted && is(bits, 'speaker') && speaksTheQuote(h, start, rank)) rank.set(h.sentence, 0);
  }
  return { start, length, chars, rank, condemn, background, discussAt, backdrop, scene };
}

const OPENING_QUOTE = /[«"“„]/;

/** "«Siamo profondamente colpiti …». Così il Presidente della Repubblica …": the lead opens with a quotation. */
const opensWithQuote = (view: FieldView) =>
  view.field === 'text' && OPENING_QUOTE.test(view.tokens[0]?.gapBefore ?? '');

/** A sentence among the first few that opens by naming who spoke the opening quotation is the lead. */
const speaksTheQuote = (h: LexHit, start: ReadonlyMap<number, number>, rank: ReadonlyMap<number, number>) =>
  h.first === (start.get(h.sentence) ?? -1) && (rank.get(h.sentence) ?? 9) <= 2;

/** What ends a clause: a backdrop phrase reaches no further ("amid the war in Syria, Turkey and …"). */
const CLAUSE_END = /[,;:()–—]/;

/**
 * "L'entretien, qui survient au lendemain de la visite du chef de la diplomatie russe, a porté …",
 * "на фоне ухудшения отношений между республикой и Россией": a country inside a phrase that sets
 * the scene (from the phrase to the end of its clause) is context, not a party to this event.
 */
export function inBackdrop(
  m: Mention,
  view: FieldView,
  backdrop: ReadonlyMap<number, readonly number[]>,
): boolean {
  if (m.chars) return false;
  const sentence = view.tokens[m.first]?.sentence ?? -1;
  return (backdrop.get(sentence) ?? []).some((end) => {
    if (end > m.first) return false;
    for (let k = end; k <= m.first; k++) if (CLAUSE_END.test(view.tokens[k]?.gapBefore ?? '')) return false;
    return true;
  });
}
