import type { FieldView } from './field-view.js';
import type { Mention } from './gazetteer.js';
import { charsOf } from './tokenize.js';

/** Whether a word of meeting lies inside a CJK compound mention ("日米外相会談"). */
function namesMeeting(view: FieldView, m: Mention): boolean {
  const chars = m.chars;
  if (!chars) return false;
  return view.hits.some(
    (h) =>
      h.first === m.first &&
      h.chars !== undefined &&
      h.chars[0] >= chars[0] &&
      h.chars[1] <= chars[1] &&
      h.payloads.some((p) => p.type === 'cue' && p.cue === 'bilateral'),
  );
}

// "日澳歐盟關切…", "日米欧": the compound opens a longer list of parties, not a pair.
const PARTY_AFTER = /^(?:欧盟|歐盟|欧|歐|北约|北約|东盟|東盟|NATO)/;

/** Whether a CJK compound runs on into a further country or party within the same word. */
function listGoesOn(view: FieldView, m: Mention): boolean {
  const chars = m.chars;
  const token = view.tokens[m.first];
  if (!chars || !token) return false;
  const next = view.mentions.find((o) => o.first === m.first && o.chars?.[0] === chars[1]);
  return next !== undefined || PARTY_AFTER.test(charsOf(token).slice(chars[1]).join(''));
}

/**
 * Agency headlines open with the pair they are about: "Italia-Francia: Di Maio a colloquio con Le
 * Drian", "Iran-France : un dialogue …". Two countries joined by a dash at the start of the title,
 * then a colon or a comma, name the pair whatever else the item names.
 */
export function headlinePair(view: FieldView): [string, string] | null {
  if (view.field !== 'title') return null;
  // "日米外相会談", "日韓首脳 北朝鮮への懸念共有", "中澳外长会晤": a headline led by one two-country
  // compound is about that pair.
  // A later, different compound is then what they talked about when the first names their meeting:
  // "日米外相会談“日中関係改善”前向き評価".
  const compounds = view.mentions.filter((m) => m.chars && m.codes.length === 2);
  const first = view.mentions[0];
  if (
    first &&
    compounds[0] === first &&
    !listGoesOn(view, first) &&
    (compounds.every((c) => c.codes.join() === first.codes.join()) || namesMeeting(view, first))
  ) {
    return [...first.codes].sort() as [string, string];
  }
  const [a, b] = view.mentions;
  // "Vertice Egitto-Giordania: …": one word of meeting may stand before the pair.
  if (!a || !b || a.first > (meetingWordFirst(view) ? 1 : 0) || a.codes.length !== 1 || b.codes.length !== 1)
    return null;
  if (b.first !== a.last || !/^\s?[-–—]\s?$/.test(view.tokens[b.first]?.gapBefore ?? '')) return null;
  if (!/^\s?[:,]/.test(view.tokens[b.last]?.gapBefore ?? '')) return null;
  const [x, y] = [a.codes[0], b.codes[0]];
  return x && y && x !== y ? ([x, y].sort() as [string, string]) : null;
}

/** Whether the headline's first word is a word of meeting (a summit, talks, a visit). */
function meetingWordFirst(view: FieldView): boolean {
  return view.hits.some(
    (h) =>
      h.first === 0 &&
      h.last === 1 &&
      h.payloads.some((p) => p.type === 'cue' && (p.cue === 'bilateral' || p.cue === 'forum')),
  );
}
