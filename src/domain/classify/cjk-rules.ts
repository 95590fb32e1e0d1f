import cueTable from './cues.json' with { type: 'json' };
import { hitsIn } from './field-index.js';
import type { Mention } from './gazetteer.js';
import type { FieldView } from './field-view.js';

/**
 * Rules for Chinese and Japanese text, where a run of characters is one token: what stands beside a
 * mention is found by character position inside the run, or in the text that follows it.
 */

/** Up to `n` characters of the field after a CJK mention, across the tokens that follow it. */
function textAfter(view: FieldView, m: Mention, n: number): string {
  let out = [...(view.tokens[m.first]?.raw ?? '')].slice(m.chars?.[1] ?? 0).join('');
  for (let k = m.first + 1; k < view.tokens.length && out.length < n; k++)
    out += (view.tokens[k]?.gapBefore ?? '') + (view.tokens[k]?.raw ?? '');
  return out.slice(0, n);
}

const CJK_DATELINE = /^[^,，。、：:]{0,10}?[日号號](?:电|電)/u;

/**
 * "中新社香港八月二日電", "新华社北京3月5日电": a news agency's place and date. (A paper's own
 * "（吉隆坡25日讯）" is its home, often the unnamed "我国" of the text, so it stays.)
 */
export function isCjkDateline(m: Mention, view: FieldView): boolean {
  return m.sentence === 0 && m.first <= 1 && CJK_DATELINE.test(textAfter(view, m, 14));
}

/** Is a cue of this kind found where `placed` says, beside the mention? */
export function cjkCueBeside(
  m: Mention,
  view: FieldView,
  cue: string,
  placed: (chars: [number, number]) => boolean,
): boolean {
  return hitsIn(view, m.first).some(
    (h) =>
      h.chars !== undefined && placed(h.chars) && h.payloads.some((p) => p.type === 'cue' && p.cue === cue),
  );
}

const CJK_ROLE_DISTANCE = 3;

/** A token is a whole clause: an office counts only within a few characters. */
function hasRoleNearCjk(m: Mention, view: FieldView, chars: [number, number]): boolean {
  return hitsIn(view, m.first).some(
    (h) =>
      h.chars !== undefined &&
      Math.max(h.chars[0] - chars[1], chars[0] - h.chars[1]) <= CJK_ROLE_DISTANCE &&
      h.payloads.some((p) => p.type === 'cue' && (p.cue === 'role' || p.cue === 'post')),
  );
}

// "ブルネイのボルキア国王", "インドネシアのジョコ・ウィドド大統領": the country's own office holder, named
// in katakana between the country and the office (Japanese only: Chinese names are in Han characters).
const OFFICES_JA = (cueTable.ja?.role ?? []).filter((w) => !w.endsWith('*'));
const OFFICE_HOLDER_AFTER = new RegExp(`^の[\\p{sc=Katakana}ー・=＝]{2,32}(?:${OFFICES_JA.join('|')})`, 'u');

/** An office beside a CJK mention, or the country's own office holder after it. */
export function cjkRoleNear(m: Mention, view: FieldView): boolean {
  if (!m.chars) return false;
  return hasRoleNearCjk(m, view, m.chars) || OFFICE_HOLDER_AFTER.test(textAfter(view, m, 48));
}
