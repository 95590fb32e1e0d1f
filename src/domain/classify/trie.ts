import { reserveSlot } from './tokenize.js';

/**
 * The matchers behind the gazetteer and the lexicons, built once and then walked over each text.
 *
 * TokenTrie: a trie whose edges are word stems, each with the endings it accepts ("росси" + я/и/ю/ей,
 * "azerbaycan" + any chain of Turkish case suffixes). Walking it from every word is linear in the
 * number of words: the stem lookups per word are bounded by the longest ending, and the depth by the
 * longest name. CharTrie: the same for scripts written without spaces (Chinese, Japanese).
 */

/** Endings a stem accepts; `lang` is the language whose grammar they come from. */
export type EndingRule =
  | { kind: 'set'; endings: ReadonlySet<string>; max: number; lang?: string }
  | { kind: 'chain'; morphemes: ReadonlySet<string>; maxParts: number; max: number; lang?: string }
  | { kind: 'any'; max: number; lang?: string };

export const EXACT: EndingRule = { kind: 'set', endings: new Set(['']), max: 0 };

function chainAccepts(morphemes: ReadonlySet<string>, rest: string, parts: number): boolean {
  if (rest === '') return true;
  if (parts === 0) return false;
  for (let n = 1; n <= Math.min(5, rest.length); n++) {
    if (morphemes.has(rest.slice(0, n)) && chainAccepts(morphemes, rest.slice(n), parts - 1)) return true;
  }
  return false;
}

export function accepts(rule: EndingRule, ending: string): boolean {
  if (ending.length > rule.max) return false;
  switch (rule.kind) {
    case 'set':
      return rule.endings.has(ending);
    case 'chain':
      return chainAccepts(rule.morphemes, ending, rule.maxParts);
    case 'any':
      return true;
  }
}

export interface PatternToken {
  stem: string;
  rule: EndingRule;
}

interface Edge<P> {
  rule: EndingRule;
  node: TrieNode<P>;
}

interface TrieNode<P> {
  edges: Map<string, Edge<P>[]>;
  /**
   * Lengths of the stems leaving this node, longest first, by their first two letters: a word is
   * sliced only at lengths some stem with its beginning has.
   */
  lengthsByPrefix: Map<number, number[]>;
  /** Longest ending any edge here accepts. */
  maxEnding: number;
  out: P[];
}

export interface TrieMatch<P> {
  /** Number of words covered. */
  length: number;
  payloads: readonly P[];
  /** Payloads of shorter patterns along the same words ("phone" inside "phone call"). */
  along: readonly P[];
  /** The ending each covered word carried beyond its stem. */
  endings: string[];
  /** The ending rule each covered word matched under. */
  rules: EndingRule[];
}

const MIN_STEM = 1;

/** The first one or two letters of a word as a number: a map key that costs no string slice. */
function prefixKey(word: string, letters: 1 | 2): number {
  return letters === 1 || word.length < 2
    ? word.charCodeAt(0)
    : word.charCodeAt(0) * 0x10000 + word.charCodeAt(1);
}

const newNode = <P>(): TrieNode<P> => ({
  edges: new Map(),
  lengthsByPrefix: new Map(),
  maxEnding: 0,
  out: [],
});

const NO_LENGTHS: readonly number[] = [];
const CACHE_LIMIT = 50_000;
const NO_STEPS: readonly never[] = Object.freeze([]);

/** One way a word leaves a node: the edge of its stem, and the ending beyond the stem. */
interface Step<P> {
  edge: Edge<P>;
  ending: string;
  len: number;
}

/** Search state of one `matchAt` call, kept in fields so the walk allocates nothing until it wins. */
interface Best<P> {
  length: number;
  stemChars: number;
  path: TrieNode<P>[];
  endings: string[];
  rules: EndingRule[];
}

export class TokenTrie<P> {
  private readonly root: TrieNode<P> = newNode();
  /** This trie's index into the words' scratch slots (see matchAt). */
  private readonly slot = reserveSlot();
  private words: readonly string[] = [];
  private start = 0;
  private best: Best<P> | null = null;
  private readonly path: TrieNode<P>[] = [];
  private readonly endings: string[] = [];
  private readonly rules: EndingRule[] = [];
  /**
   * How each word leaves the root, worked out once: most words start no pattern at all ("the", "of")
   * and are dismissed by one lookup; the others ("minister", "Azerbaijan's") come back in every item.
   * Bounded, so that junk input cannot grow it without limit.
   */
  private readonly rootCache = new Map<string, readonly Step<P>[]>();
  private admit: ((rule: EndingRule) => boolean) | null = null;

  add(pattern: readonly PatternToken[], payload: P): void {
    if (pattern.length === 0) return;
    this.rootCache.clear();
    let node = this.root;
    for (const { stem, rule } of pattern) {
      if (stem.length < MIN_STEM) return;
      let edges = node.edges.get(stem);
      if (!edges) {
        node.edges.set(stem, (edges = []));
        const key = prefixKey(stem, 2);
        const lengths = node.lengthsByPrefix.get(key) ?? [];
        if (!lengths.includes(stem.length)) lengths.push(stem.length);
        lengths.sort((a, b) => b - a);
        node.lengthsByPrefix.set(key, lengths);
      }
      let edge = edges.find((e) => e.rule === rule);
      if (!edge) edges.push((edge = { rule, node: newNode() }));
      node.maxEnding = Math.max(node.maxEnding, rule.max);
      node = edge.node;
    }
    node.out.push(payload);
  }

  /** The longest pattern starting at word `i` (most words, then longest stems), or null. */
  /**
   * `admit`: whether an inflected word (non-empty ending) may match under a rule; the walk then
   * tries the other edges of the same stem (Spanish and Italian "italian-o" share a stem).
   */
  matchAt(
    words: readonly string[],
    i: number,
    admit?: (rule: EndingRule) => boolean,
    slots?: readonly unknown[][],
  ): TrieMatch<P> | null {
    const first = words[i];
    if (first === undefined) return null;
    const steps = this.rootStepsIn(first, slots?.[i]);
    if (steps.length === 0) return null;
    this.admit = admit ?? null;
    this.words = words;
    this.start = i;
    this.best = null;
    this.follow(steps, i, 0);
    const found = this.best as Best<P> | null;
    this.words = [];
    if (!found) return null;
    const last = found.path[found.path.length - 1];
    const along: P[] = [];
    for (let k = 0; k < found.path.length - 1; k++) along.push(...(found.path[k]?.out ?? []));
    return {
      length: found.length,
      payloads: last?.out ?? [],
      along,
      endings: found.endings,
      rules: found.rules,
    };
  }

  private walk(node: TrieNode<P>, at: number, stemChars: number): void {
    if (node.out.length > 0 && at > this.start) {
      const length = at - this.start;
      const best = this.best;
      if (!best || length > best.length || (length === best.length && stemChars > best.stemChars)) {
        this.best = {
          length,
          stemChars,
          path: [...this.path],
          endings: [...this.endings],
          rules: [...this.rules],
        };
      }
    }
    const word = this.words[at];
    if (word === undefined || node.edges.size === 0) return;
    this.follow(this.stepsFrom(node, word), at, stemChars);
  }

  /** Takes each step the word at `at` offers, one after the other (depth first). */
  private follow(steps: readonly Step<P>[], at: number, stemChars: number): void {
    for (const { edge, ending, len } of steps) {
      if (ending !== '' && this.admit && !this.admit(edge.rule)) continue;
      this.endings.push(ending);
      this.rules.push(edge.rule);
      this.path.push(edge.node);
      this.walk(edge.node, at + 1, stemChars + len);
      this.path.pop();
      this.rules.pop();
      this.endings.pop();
    }
  }

  /**
   * `slots`: the word's scratch slots, shared by every occurrence of it (the tokenizer keeps one per
   * word): the root steps are kept there after the first lookup.
   */
  private rootStepsIn(word: string, slots: unknown[] | undefined): readonly Step<P>[] {
    if (!slots) return this.rootSteps(word);
    let steps = slots[this.slot] as readonly Step<P>[] | undefined;
    if (!steps) slots[this.slot] = steps = this.rootSteps(word);
    return steps;
  }

  private rootSteps(word: string): readonly Step<P>[] {
    let steps = this.rootCache.get(word);
    if (steps) return steps;
    const found = this.stepsFrom(this.root, word);
    // Most words leave by no edge: they share one empty list.
    steps = found.length === 0 ? NO_STEPS : found;
    if (this.rootCache.size >= CACHE_LIMIT) this.rootCache.clear();
    this.rootCache.set(word, steps);
    return steps;
  }

  /** The edges of `node` whose stem starts `word` and whose rule accepts the rest of it. */
  private stepsFrom(node: TrieNode<P>, word: string): Step<P>[] {
    const steps: Step<P>[] = [];
    this.collect(node, word, node.lengthsByPrefix.get(prefixKey(word, 2)) ?? NO_LENGTHS, steps);
    // One-letter stems ("u" of U.S.) are filed under themselves.
    if (word.length > 1)
      this.collect(node, word, node.lengthsByPrefix.get(prefixKey(word, 1)) ?? NO_LENGTHS, steps);
    return steps;
  }

  private collect(node: TrieNode<P>, word: string, lengths: readonly number[], steps: Step<P>[]): void {
    for (const len of lengths) {
      if (len > word.length) continue;
      const k = word.length - len;
      if (k > node.maxEnding) break;
      const edges = node.edges.get(k === 0 ? word : word.slice(0, len));
      if (!edges) continue;
      const ending = k === 0 ? '' : word.slice(len);
      for (const edge of edges) if (accepts(edge.rule, ending)) steps.push({ edge, ending, len });
    }
  }
}

interface CharNode<P> {
  next: Map<string, CharNode<P>>;
  out: P[];
}

/** Exact substrings of runs written without spaces; longest match from each position. */
export class CharTrie<P> {
  private readonly root: CharNode<P> = { next: new Map(), out: [] };

  add(text: string, payload: P): void {
    let node = this.root;
    for (const ch of text) {
      let child = node.next.get(ch);
      if (!child) node.next.set(ch, (child = { next: new Map(), out: [] }));
      node = child;
    }
    if (node !== this.root) node.out.push(payload);
  }

  /** Non-overlapping longest matches, left to right, as [start, end) offsets into `chars`. */
  scan(chars: readonly string[]): { start: number; end: number; payloads: readonly P[] }[] {
    const found: { start: number; end: number; payloads: readonly P[] }[] = [];
    let i = 0;
    while (i < chars.length) {
      let node: CharNode<P> | undefined = this.root;
      let best: { end: number; out: P[] } | null = null;
      for (let j = i; j < chars.length && node; j++) {
        node = node.next.get(chars[j] ?? '');
        if (node && node.out.length > 0) best = { end: j + 1, out: node.out };
      }
      if (best) {
        found.push({ start: i, end: best.end, payloads: best.out });
        i = best.end;
      } else i++;
    }
    return found;
  }
}
