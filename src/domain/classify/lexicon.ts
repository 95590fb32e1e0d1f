import cues from './cues.json' with { type: 'json' };
import formats from './formats.json' with { type: 'json' };
import topics from './topics.json' with { type: 'json' };
import { fold, words } from '../countries/normalize.js';
import { isTopicId, type TopicId } from '../topics.js';
import { charsOf, type Token } from './tokenize.js';
import { CharTrie, EXACT, TokenTrie, type EndingRule, type PatternToken } from './trie.js';

export const CUE_KINDS = ['role', 'scene', 'post', 'venue', 'about', 'aboutAfter', 'background', 'discuss', 'destination', 'condemn', 'bilateral', 'forum', 'speech', 'admin', 'conj', 'titleNoun', 'personTitle', 'credentials', 'home', 'career', 'several', 'countryWord', 'advisory', 'orgOffice', 'peers', 'plural', 'also', 'idiom', 'localOffice', 'backdrop', 'speaker'] as const;
export type CueKind = (typeof CUE_KINDS)[number];

export type LexPayload =
  | { type: 'cue'; cue: CueKind }
  | { type: 'topic'; topic: TopicId; weight: number; term: string }
  /** A standing format of a few states (G7, the Normandy format): its members, named or not. */
  | { type: 'format'; id: string; members: readonly string[] }
  /** The name of an office that holds topic words and names no topic ("Relaciones Exteriores"). */
  | { type: 'name' };

/** A lexicon term found in a field: token span [first, last), and what it signals. */
export interface LexHit {
  first: number;
  last: number;
  sentence: number;
  matched: string;
  payloads: readonly LexPayload[];
  /** Within a run of CJK text (one token), where the term sits, in characters. */
  chars?: [number, number];
}

export interface Lexicon {
  find(tokens: readonly Token[]): LexHit[];
}

const WILDCARD: EndingRule = { kind: 'any', max: 14 };

type Table = Readonly<Record<string, Readonly<Record<string, readonly string[]>>>>;

/** "word*" accepts any ending, in any place of a phrase ("прав* человека"); other words match as written (after folding). */
function termPattern(term: string, lang: string): PatternToken[] {
  return term
    .split(/\s+/)
    .flatMap((piece) => {
      const parts = words(piece);
      const open = piece.endsWith('*');
      return parts.map((w, i) => ({ stem: fold(w, lang), rule: open && i === parts.length - 1 ? WILDCARD : EXACT }));
    });
}

function parseWeighted(entry: string): { term: string; weight: number } {
  const bar = entry.lastIndexOf('|');
  if (bar < 0) return { term: entry, weight: 1 };
  return { term: entry.slice(0, bar), weight: Number(entry.slice(bar + 1)) || 1 };
}

// Cues inside a longer cue phrase still count ("phone" in "phone call"); topic terms do not ("security" in "Security Council").
function scan(trie: TokenTrie<LexPayload>, chars: CharTrie<LexPayload>, tokens: readonly Token[], norms: readonly string[], slots: readonly unknown[][], hits: LexHit[], along: boolean): void {
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (!token) continue;
    if (token.cjk) {
      const raw = charsOf(token);
      for (const h of chars.scan(raw)) {
        hits.push({ first: i, last: i + 1, sentence: token.sentence, matched: raw.slice(h.start, h.end).join(''), payloads: h.payloads, chars: [h.start, h.end] });
      }
      continue;
    }
    const m = trie.matchAt(norms, i, undefined, slots);
    if (!m) continue;
    const matched = m.length === 1 ? token.raw : tokens.slice(i, i + m.length).map((t) => t.raw).join(' ');
    const payloads = along && m.along.length > 0 ? [...m.payloads, ...m.along] : m.payloads;
    hits.push({ first: i, last: i + m.length, sentence: token.sentence, matched, payloads });
    i += m.length - 1;
  }
}

/**
 * Cues and topic terms live in two tries, scanned separately: a topic phrase ("chiefs of mission")
 * must not hide the cue inside it ("mission"), nor a cue phrase hide a topic term.
 */
function buildLexicon(lang: string): Lexicon {
  const cueTrie = new TokenTrie<LexPayload>();
  const cueChars = new CharTrie<LexPayload>();
  const topicTrie = new TokenTrie<LexPayload>();
  const topicChars = new CharTrie<LexPayload>();
  const add = (trie: TokenTrie<LexPayload>, chars: CharTrie<LexPayload>, term: string, payload: LexPayload) => {
    if (/[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]/u.test(term)) chars.add(term.replace(/\*$/, ''), payload);
    else trie.add(termPattern(term, lang), payload);
    // Arabic writes "and" on the word it joins: "ورئيس كينيا", "ووزير الخارجية", "والتقى".
    if (lang === 'ar' && payload.type !== 'topic' && /^\p{sc=Arabic}/u.test(term))
      trie.add(termPattern(`و${term}`, lang), payload);
  };
  const cueTable = (cues as unknown as Table)[lang] ?? {};
  for (const kind of CUE_KINDS) for (const term of cueTable[kind] ?? []) add(cueTrie, cueChars, term, { type: 'cue', cue: kind });
  // A home office is an office too; its longer phrase would otherwise hide the role words inside it.
  for (const term of cueTable.home ?? []) add(cueTrie, cueChars, term, { type: 'cue', cue: 'role' });
  // A mayor or governor is an office too; the city beside one keeps its place (city-scene.ts).
  for (const term of cueTable.localOffice ?? []) add(cueTrie, cueChars, term, { type: 'cue', cue: 'role' });
  // Counterparts in the plural are offices and meetings, as in the singular ('homólog*'), which their
  // longer stem would otherwise hide.
  for (const term of cueTable.peers ?? []) {
    add(cueTrie, cueChars, term, { type: 'cue', cue: 'role' });
    add(cueTrie, cueChars, term, { type: 'cue', cue: 'bilateral' });
  }
  for (const format of formats.formats) {
    const names = (format.names as Readonly<Record<string, readonly string[]>>)[lang] ?? [];
    for (const term of names) add(cueTrie, cueChars, term, { type: 'format', id: format.id, members: format.members });
  }
  const topicTable = (topics as unknown as Table)[lang] ?? {};
  // "Ministerio de Relaciones Exteriores", "Bakan Yardımcısı" (deputy minister, not aid): the longer
  // phrase of an office's name hides the topic words inside it.
  for (const term of topicTable.names ?? []) add(topicTrie, topicChars, term, { type: 'name' });
  for (const [topic, entries] of Object.entries(topicTable)) {
    if (!isTopicId(topic)) continue;
    for (const entry of entries) {
      const { term, weight } = parseWeighted(entry);
      add(topicTrie, topicChars, term, { type: 'topic', topic, weight, term });
    }
  }
  return {
    find(tokens) {
      const norms = tokens.map((t) => t.norm);
      const slots = tokens.map((t) => t.slots);
      const hits: LexHit[] = [];
      scan(cueTrie, cueChars, tokens, norms, slots, hits, true);
      scan(topicTrie, topicChars, tokens, norms, slots, hits, false);
      return hits;
    },
  };
}

/** Languages with their own lexicon; any other falls back to English. */
export function lexiconLangs(): string[] {
  return Object.keys(topics).filter((k) => !k.startsWith('_'));
}

/** One lexicon per language, built once. */
export function createLexicons(): (lang: string) => Lexicon {
  const byLang = new Map<string, Lexicon>();
  for (const lang of lexiconLangs()) byLang.set(lang, buildLexicon(lang));
  const fallback = byLang.get('en') ?? buildLexicon('en');
  return (lang) => byLang.get(lang) ?? fallback;
}
