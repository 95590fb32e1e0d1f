import type { Mention } from './gazetteer.js';
import { cjkRoleNear } from './cjk-rules.js';
import { mentionsEndingAt } from './field-index.js';
import { has, type FieldView } from './field-view.js';
import { isArticle, OF } from './mention-rules.js';
import { formalNameStart } from './formal-name.js';
import { visitedNext } from './venue.js';

/*
 * Which offices reach a country's name: an office word or post near it, across a state's formal name
 * ("l'Ambassadeur de la Fédération de Russie") or an office's portfolio ("el secretario de Seguridad
 * Nacional de Estados Unidos"), a country in brackets after a person, a visit's destination. Not across
 * a quotation, a comma after the name, or a Turkish 'ile' that closes a partner's phrase.
 */

// The speaker's office does not bind a country in the words quoted: 'Sözcüsü Aksoy, "Suriye'den …"'.
const QUOTE = /["“”„«»:]/;

function quoteBetween(view: FieldView, from: number, to: number): boolean {
  for (let k = from + 1; k <= to; k++) if (QUOTE.test(view.tokens[k]?.gapBefore ?? '')) return true;
  return false;
}

function commaBetween(view: FieldView, from: number, to: number): boolean {
  for (let k = from; k <= to; k++) if ((view.tokens[k]?.gapBefore ?? '').includes(',')) return true;
  return false;
}

/** Turkish and Azerbaijani "with" after a counterpart ("mevkidaşı ile", "həmkarı ilə") closes the partner's phrase. */
const WITH = new Set(['ile', 'ilə']);

function withBetween(view: FieldView, from: number, to: number): boolean {
  for (let k = from + 1; k < to; k++) if (WITH.has(view.tokens[k]?.norm ?? '')) return true;
  return false;
}

export function hasRoleNear(m: Mention, view: FieldView, flags: Uint32Array): boolean {
  if (m.chars) return cjkRoleNear(m, view);
  if (bracketedAfterName(m, view, flags)) return true;
  const sentence = view.tokens[m.first]?.sentence;
  // "l'Ambassadeur de la Fédération de Russie": the office reaches the short name across the formal one.
  const from = formalNameStart(view, m.first);
  for (let k = Math.max(0, from - 4); k < Math.min(view.tokens.length, m.last + 3); k++) {
    // An office whose words alone name its country ("Minister of State for External Affairs") is one.
    if (k >= m.first && k < m.last && !(officeAlias(m) && has(flags, k, 'role'))) continue;
    if (view.tokens[k]?.sentence !== sentence || !(has(flags, k, 'role') || has(flags, k, 'post'))) continue;
    if (k >= m.last && commaBetween(view, m.last, k)) continue;
    if (k < m.first && withBetween(view, k, m.first)) continue;
    if (!quoteBetween(view, k < m.first ? k : m.last - 1, k < m.first ? m.first : k)) return true;
  }
  if (portfolioBefore(m, view, flags)) return true;
  // The destination of a visit hosts it: "visit to Italy", "Reise nach Mexiko", "прибыл в Турцию".
  for (let k = Math.max(0, m.first - 3); k < m.first; k++) {
    if (view.tokens[k]?.sentence === sentence && has(flags, k, 'destination')) return true;
  }
  return visitedNext(m, view, flags);
}

/** A country's own name for one of its offices, of three words or more: "External Affairs Minister". */
const officeAlias = (m: Mention) => m.kind === 'capital' && m.last - m.first >= 3;

/** How far back an office may stand when its portfolio's name fills the gap. */
const PORTFOLIO_REACH = 8;

/**
 * "el secretario de Seguridad Nacional de Estados Unidos": an office, then its portfolio (capitalised
 * words joined by articles, 'of' and 'and'), then 'of' and the country. The portfolio may take the
 * office further back than the nearby words reach.
 */
function portfolioBefore(m: Mention, view: FieldView, flags: Uint32Array): boolean {
  const sentence = view.tokens[m.first]?.sentence;
  const of = view.tokens[m.first - 1];
  if (!of || !(OF.has(of.norm) || isArticle(of.norm))) return false;
  let named = false;
  for (let k = m.first - 1; k >= Math.max(0, m.first - PORTFOLIO_REACH); k--) {
    const t = view.tokens[k];
    if (!t || t.sentence !== sentence || /[,;:()"“”«»]/.test(view.tokens[k + 1]?.gapBefore ?? ''))
      return false;
    if (has(flags, k, 'role')) return named && k < m.first - 2;
    if (t.capitalized) named = true;
    else if (!OF.has(t.norm) && !isArticle(t.norm) && !has(flags, k, 'conj')) return false;
  }
  return false;
}

/**
 * "Patrice Talon (Bénin), Alassane Ouattara (Côte d'Ivoire)": a country in brackets after a name
 * that is no place says whom the person (or body) stands for.
 */
function bracketedAfterName(m: Mention, view: FieldView, flags: Uint32Array): boolean {
  const first = view.tokens[m.first];
  const after = view.tokens[m.last];
  if (!first || !/\(\s*$/.test(first.gapBefore)) return false;
  if (after && !/^\s*\)/.test(after.gapBefore)) return false;
  // A name of two words or more, no country itself ("Myanmar (Burma)"), after no preposition of place.
  if (mentionsEndingAt(view, m.first).some((p) => p.kind !== 'person')) return false;
  for (let k = m.first - 1; k >= m.first - 2; k--) {
    const t = view.tokens[k];
    if (!t?.capitalized || t.sentence !== first.sentence) return false;
  }
  for (let k = m.first - 4; k < m.first; k++)
    if (has(flags, k, 'venue') || has(flags, k, 'destination')) return false;
  return true;
}
