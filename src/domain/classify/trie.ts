/**
 * The matchers behind the gazetteer and the lexicons, built once and then walked over each text.
 *
 * TokenTrie: a trie whose edges are word stems, each with the endings it accepts ("росси" + я/и/ю/ей,
 * "azerbaycan" + any chain of Turkish case suffixes). Walking it from every word is linear in the
 * number of words: the stem lookups per word are bounded by the longest ending, and the depth by the
 * longest name. CharTrie: the same for scripts written without spaces (Chinese, Japanese).
 */

export type EndingRule =
  | { kind: 'set'; endings: ReadonlySet<string>; max: number }
  | { kind: 'chain'; morphemes: ReadonlySet<string>; maxParts: number; max: number }
  | { kind: 'any'; max: number };

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
}

const MIN_STEM = 1;

export class TokenTrie<P> {
  private readonly root: TrieNode<P> = { edges: new Map(), out: [] };
  private readonly rootPrefixes = new Set<string>();
  private maxEnding = 0;

  add(pattern: readonly PatternToken[], payload: P): void {
    if (pattern.length === 0) return;
    let node = this.root;
    for (const { stem, rule } of pattern) {
      if (stem.length < MIN_STEM) return;
      let edges = node.edges.get(stem);
      if (!edges) node.edges.set(stem, (edges = []));
      let edge = edges.find((e) => e.rule === rule);
      if (!edge) edges.push((edge = { rule, node: { edges: new Map(), out: [] } }));
      if (node === this.root) this.rootPrefixes.add(stem.slice(0, 2));
      this.maxEnding = Math.max(this.maxEnding, rule.max);
      node = edge.node;
    }
    node.out.push(payload);
  }

  /** The longest pattern starting at word `i` (most words, then longest stems), or null. */
  matchAt(words: readonly string[], i: number): TrieMatch<P> | null {
    const first = words[i];
    if (first === undefined || !(this.rootPrefixes.has(first.slice(0, 2)) || this.rootPrefixes.has(first.slice(0, 1)))) return null;
    let best: { length: number; stemChars: number; node: TrieNode<P>; endings: string[]; path: TrieNode<P>[] } | null = null;
    const path: TrieNode<P>[] = [];
    const walk = (node: TrieNode<P>, at: number, stemChars: number, endings: string[]): void => {
      if (node.out.length > 0 && at > i) {
        const length = at - i;
        if (!best || length > best.length || (length === best.length && stemChars > best.stemChars)) {
          best = { length, stemChars, node, endings: [...endings], path: [...path] };
        }
      }
      const word = words[at];
      if (word === undefined || node.edges.size === 0) return;
      const maxK = Math.min(this.maxEnding, word.length - MIN_STEM);
      for (let k = 0; k <= maxK; k++) {
        const stem = k === 0 ? word : word.slice(0, word.length - k);
        const edges = node.edges.get(stem);
        if (!edges) continue;
        const ending = k === 0 ? '' : word.slice(word.length - k);
        for (const edge of edges) {
          if (!accepts(edge.rule, ending)) continue;
          endings.push(ending);
          path.push(edge.node);
          walk(edge.node, at + 1, stemChars + stem.length, endings);
          path.pop();
          endings.pop();
        }
      }
    };
    walk(this.root, i, 0, []);
    const found = best as { length: number; node: TrieNode<P>; endings: string[]; path: TrieNode<P>[] } | null;
    if (!found) return null;
    const along = found.path.filter((n) => n !== found.node).flatMap((n) => n.out);
    return { length: found.length, payloads: found.node.out, along, endings: found.endings };
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
