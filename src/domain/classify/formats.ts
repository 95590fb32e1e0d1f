import type { FieldView } from './field-view.js';
import type { Mention } from './gazetteer.js';
import type { LexHit } from './lexicon.js';

/** A format the headline names, with the hit that named it. */
export interface NamedFormat {
  id: string;
  members: readonly string[];
  hit: LexHit;
}

/**
 * "G7外相、ロシア情勢で電話会合", "В Минске стартовала встреча глав МИД «нормандской четвёрки»": a
 * headline that names a standing format of a few states (formats.json) reports a meeting or a
 * statement of all its members, named or not. Unless the headline names a party outside the format:
 * then the format is only the occasion ("Japan and Comoros meet on the sidelines of the G7").
 * `parties` are the countries the headline names as parties (no venue, theme or person's namesake),
 * `people` those it names through a person.
 */
export function headlineFormat(
  views: readonly FieldView[],
  parties: readonly string[],
  people: readonly string[] = [],
): NamedFormat | null {
  const title = views.find((v) => v.field === 'title');
  // Two parties named beside the format make it the occasion of their own meeting ("G7, passaggio di
  // consegne Giappone-Italia", "茂木外相、訪米 G7外相会合などに出席へ").
  if (!title || new Set(parties).size > 1) return null;
  // "провів низку зустрічей із головами парламентів держав G7": separate meetings with some members,
  // each named in the text, not a session of the whole format.
  if (title.hits.some((h) => h.payloads.some((p) => p.type === 'cue' && p.cue === 'several'))) return null;
  for (const hit of title.hits) {
    for (const p of hit.payloads) {
      if (p.type !== 'format' || quoted(title, hit)) continue;
      // One party outside the format, named by its office holder, may meet it ("Außenminister Heiko
      // Maas zur Videokonferenz mit den vier Außenministern der Visegrád-Gruppe", a V4+1).
      const outside = parties.filter((code) => !p.members.includes(code));
      if (outside.length > 1 || (outside.length === 1 && !people.includes(outside[0]!))) continue;
      if (reportsEvent(title, hit)) return { id: p.id, members: p.members, hit };
    }
  }
  return null;
}

const EVENT_CUES = new Set(['bilateral', 'forum', 'speech', 'condemn']);

/**
 * Whether the headline reports a meeting or statement of the format: in words besides its name
 * ("電話会合", "встреча"), or by naming its office holders right beside it ("G7外相", "глав МИД
 * «нормандской четвёрки»", "安理会常任理事国外长"). "広島G7担当の審議官" does not.
 */
function reportsEvent(title: FieldView, format: LexHit): boolean {
  return title.hits.some((h) => {
    if (h.first === format.first && h.chars?.[0] === format.chars?.[0]) return false;
    return h.payloads.some(
      (p) => p.type === 'cue' && (EVENT_CUES.has(p.cue) || (p.cue === 'role' && beside(h, format))),
    );
  });
}

/** Whether two hits touch: words one after the other, or characters of one run. */
function beside(a: LexHit, b: LexHit): boolean {
  if (a.first === b.first && a.chars && b.chars)
    return a.chars[0] === b.chars[1] || b.chars[0] === a.chars[1];
  if (a.first === b.last) return (a.chars?.[0] ?? 0) === 0;
  if (b.first === a.last) return (b.chars?.[0] ?? 0) === 0;
  // One word between, in spaced scripts: "глав МИД «нормандской четвёрки»".
  if (a.chars || b.chars) return false;
  return a.last === b.first - 1 || b.last === a.first - 1;
}

/**
 * Whether the hit stands inside a quotation the headline reports ("Tajani: «Pressioni del G7 su
 * Gaza»"); guillemets right around the name only mark the name («нормандской четвёрки»).
 */
function quoted(title: FieldView, hit: LexHit): boolean {
  let open = 0;
  for (let k = 0; k < hit.first; k++) {
    const gap = title.tokens[k]?.gapBefore ?? '';
    for (const c of gap) {
      if (c === '«' || c === '“' || c === '„') open++;
      else if ((c === '»' || c === '”') && open > 0) open--;
    }
  }
  return open > 0;
}

/** The evidence for a member the headline names only through its format. */
export function formatMention(format: NamedFormat, code: string): Mention {
  const { hit } = format;
  return {
    codes: [code],
    kind: 'name',
    form: format.id,
    matched: hit.matched,
    field: 'title',
    first: hit.first,
    last: hit.last,
    sentence: hit.sentence,
    endings: [],
    ...(hit.chars ? { chars: hit.chars } : {}),
  };
}
