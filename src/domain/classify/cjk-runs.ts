// How a word of CJK text is cut into the runs the char tries read: script runs, date counters set
// apart, and no run longer than a bound.

interface Piece {
  raw: string;
  at: number;
}

// One Han character in brackets stays inside its run: Chinese names the two Congos "刚果（金）" and
// "刚果（布）".
const CJK_RUN_RE =
  /(?:[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\u30fb\u30fc\u3005]|[（(]\p{sc=Han}[）)])+|[^\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\u30fb\u30fc\u3005]+/gu;

// "27日米国務長官", "3月中国": after a number, 日 月 年 are a date, not the first character of 日米 or
// 月中. The counter becomes a piece of its own, so the CJK run after it is matched on its own.
const DATE_COUNTERS = /^[日月年号號]/u;
export const DIGITS = /^[0-9０-９]+$/u;
/** The gap between a number and a run that still makes the run's counter a date: "(15)日". */
export const BRACKETS_ONLY = /^[\s()（）]*$/u;

// A CJK run is one token; matching inside it looks at the run as a whole. Runs longer than this (a
// page without punctuation, junk) are cut into pieces, so that no token grows with the input and the
// work per mention stays bounded. Real sentences put a comma or a stop well before this length.
const MAX_CJK_RUN = 128;

function capRuns(parts: Piece[]): Piece[] {
  if (parts.every((p) => p.raw.length <= MAX_CJK_RUN)) return parts;
  const out: Piece[] = [];
  for (const part of parts) {
    if (part.raw.length <= MAX_CJK_RUN) {
      out.push(part);
      continue;
    }
    for (let k = 0; k < part.raw.length;) {
      let end = Math.min(part.raw.length, k + MAX_CJK_RUN);
      // Never between the two halves of a surrogate pair.
      const c = part.raw.charCodeAt(end - 1);
      if (end < part.raw.length && c >= 0xd800 && c <= 0xdbff) end++;
      out.push({ raw: part.raw.slice(k, end), at: part.at + k });
      k = end;
    }
  }
  return out;
}

function splitCounters(parts: Piece[], afterNumber: boolean): Piece[] {
  const out: Piece[] = [];
  for (const part of parts) {
    const previous = out[out.length - 1];
    const number = previous ? DIGITS.test(previous.raw) : afterNumber;
    if (number && part.raw.length > 1 && DATE_COUNTERS.test(part.raw)) {
      out.push({ raw: part.raw.charAt(0), at: part.at }, { raw: part.raw.slice(1), at: part.at + 1 });
    } else out.push(part);
  }
  return out;
}

/**
 * The runs of one word of CJK text starting at `base` in its field; `afterNumber` when a number
 * stands right before the word ("15日", "(15)日"), so that its counter is a date.
 */
export function cjkPieces(word: string, base: number, afterNumber: boolean): Piece[] {
  const pieces = [...word.matchAll(CJK_RUN_RE)].map((p) => ({ raw: p[0], at: base + p.index }));
  return capRuns(splitCounters(pieces, afterNumber));
}
