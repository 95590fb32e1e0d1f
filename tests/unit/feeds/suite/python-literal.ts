/** The few Python literals the suite's `Expect:` lines use: strings, ints, tuples of ints. */
export type PyValue = string | number | number[];

/** Reads a Python literal at the start of `text`; returns it and the rest, or null. */
export function readLiteral(text: string): { value: PyValue; rest: string } | null {
  const s = text.trimStart();
  const str = /^[uUrRbB]?(['"])/.exec(s);
  if (str) return readString(s, str[0].length, str[1] as string, /^[rR]/.test(s));
  const tuple = /^\(\s*(-?\d+(?:\s*,\s*-?\d+)*)\s*,?\s*\)/.exec(s);
  if (tuple) return { value: (tuple[1] ?? '').split(',').map((n) => Number(n.trim())), rest: s.slice(tuple[0].length) };
  const int = /^-?\d+\b/.exec(s);
  if (int) return { value: Number(int[0]), rest: s.slice(int[0].length) };
  return null;
}

const SIMPLE_ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', '\\': '\\', "'": "'", '"': '"', '0': '\0', a: '\x07', b: '\b', f: '\f', v: '\v' };

function readString(s: string, start: number, quote: string, raw: boolean): { value: string; rest: string } | null {
  let out = '';
  for (let i = start; i < s.length; i += 1) {
    const c = s[i] as string;
    if (c === quote) return { value: out, rest: s.slice(i + 1) };
    if (c !== '\\' || raw) {
      out += c;
      continue;
    }
    const next = s[i + 1] ?? '';
    const hex = next === 'x' ? 2 : next === 'u' ? 4 : next === 'U' ? 8 : 0;
    if (hex > 0) {
      out += String.fromCodePoint(Number.parseInt(s.slice(i + 2, i + 2 + hex), 16));
      i += 1 + hex;
    } else if (next in SIMPLE_ESCAPES) {
      out += SIMPLE_ESCAPES[next];
      i += 1;
    } else {
      out += `\\${next}`;
      i += 1;
    }
  }
  return null;
}
