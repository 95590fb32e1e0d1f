import type { Mention } from './gazetteer.js';
import { has, type FieldView } from './field-view.js';
import { endingApart } from './field-index.js';
import { isArticle } from './mention-rules.js';
import { formalNameStart } from './formal-name.js';

// Lists of countries in running text: "the ministers of A, B and C", "我々カナダ、フランス、ドイツ".

/** Turkish and Azerbaijani ablative endings ("from"), after an apostrophe. */
const FROM_ENDING = /^(n?[dt][ae]n|n?[dt]ən)$/u;
/** Turkish and Azerbaijani locative endings ("in"), after an apostrophe or not. */
const LOCATIVE_ENDING = /^n?[dt][aeə](ki)?$/u;

/** Whether a Turkish or Azerbaijani mention carries the locative, on the word or after an apostrophe. */
function inLocative(view: FieldView, m: Mention): boolean {
  const ending = endingApart(view, m)?.norm ?? m.endings[m.endings.length - 1] ?? '';
  return LOCATIVE_ENDING.test(ending);
}

/** Whether two neighbouring mentions belong to one list ("Ministers of Australia, Austria and …"). */
function joined(view: FieldView, flags: Uint32Array, a: Mention, b: Mention): boolean {
  // Within a CJK run (one token) only neighbours joined by one character (や, と, ・) form a list.
  if (a.chars || b.chars) {
    if (a.first === b.first)
      return a.chars !== undefined && b.chars !== undefined && b.chars[0] - a.chars[1] <= 1;
    // "我々カナダ、フランス、ドイツ、…、米国のG7外相": runs one after the other, parted by an
    // enumeration comma; the first may be preceded and the last followed by other words.
    const next = view.tokens[b.first];
    const endsRun = (m: Mention) =>
      m.chars === undefined || m.chars[1] === [...(view.tokens[m.first]?.raw ?? '')].length;
    const startsRun = (m: Mention) => m.chars === undefined || m.chars[0] === 0;
    return (
      b.first === a.last &&
      endsRun(a) &&
      startsRun(b) &&
      next !== undefined &&
      /^\s*[、・,，]\s*$/u.test(next.gapBefore)
    );
  }
  if (b.sentence !== a.sentence || b.first - a.last > 5) return false;
  // "Tiran'da Arnavutluk …": a place in the locative is where the next member is, not one of a list.
  if (inLocative(view, a) || inLocative(view, b)) return false;
  // A place that is no country may sit in the list ("Venezuela, Iran, Gaza, Ucraina e Groenlandia").
  // An article may open a member ("Germany, France, the Netherlands and Belgium").
  // A member's office holder may follow it: "міністри Німеччини Анналена Бербок, Франції Катрін Колонна".
  let name = true;
  // "der Union der Komoren und der Islamischen Republik Pakistan": the member's formal name opens it.
  const opens = formalOpening(view, a.last, b.first);
  for (let k = a.last; k < opens; k++) {
    const t = view.tokens[k];
    if (has(flags, k, 'conj') || (t && isArticle(t.norm) && k === opens - 1)) {
      name = false;
      continue;
    }
    // "İngiltere'den Philip Hammond, İtalya'dan Paolo Gentiloni": each member's office holder "from" it.
    if (
      t &&
      /^['’]$/.test(t.gapBefore) &&
      FROM_ENDING.test(t.norm) &&
      (k + 1 < b.first || b.kind === 'person') &&
      view.tokens[k + 1]?.capitalized
    )
      continue;
    // "Cabo Verde, Júlio de Morais, and …": a particle inside a member's office holder's name.
    if (
      t &&
      name &&
      k > a.last &&
      view.tokens[k - 1]?.capitalized &&
      /^\s+$/u.test(t.gapBefore) &&
      NAME_PARTICLES.has(t.norm)
    )
      continue;
    if (!t?.capitalized) return false;
    // "émirati, Khalifa Shaheen Almarar, bahreïni, …": a name set off by commas may stand there too.
    if (t.gapBefore.includes(',')) name = true;
    // Only where capitals mark names (Arabic and CJK have none).
    else if (!name || t.raw === t.raw.toLowerCase()) return false;
  }
  return true;
}

/**
 * Where a member's formal name opens it after "and" ("und der Islamischen Republik Pakistan"); `to`
 * otherwise ("…, della Repubblica di Malta" after an envoy's name is no list of states).
 */
function formalOpening(view: FieldView, from: number, to: number): number {
  const start = formalNameStart(view, to, from);
  // After "and", or after the list's comma: "Fiji, the Republic of the Marshall Islands".
  const opensMember =
    AND.has(view.tokens[start - 1]?.norm ?? '') ||
    (start === from && /,/.test(view.tokens[start]?.gapBefore ?? ''));
  return start < to && opensMember ? start : to;
}

/** Lower-case particles of people's names ("Júlio de Morais", "Ursula von der Leyen"). */
const NAME_PARTICLES = new Set('de da do dos das del della di van von der den bin ibn al el'.split(' '));

const AND = new Set(['and', 'und', 'et', 'e', 'ed', 'y', 've', 'və', 'и', 'і', 'й', 'та']);

/** "the Foreign Ministers of Australia, Austria, Canada and …": what holds for one member holds for its list. */
export function spreadRoles(view: FieldView, flags: Uint32Array, roles: boolean[]): void {
  const ms = view.mentions;
  // Forwards ("Ministers of Australia, Austria and …"), then backwards ("Mexico, Bosnia and Armenia's ministers").
  for (let j = 1; j < ms.length; j++) {
    const a = ms[j - 1];
    const b = ms[j];
    if (a && b && roles[j - 1] && joined(view, flags, a, b)) roles[j] = true;
  }
  for (let j = ms.length - 2; j >= 0; j--) {
    const a = ms[j];
    const b = ms[j + 1];
    if (a && b && roles[j + 1] && joined(view, flags, a, b)) roles[j] = true;
  }
}

/** For each mention, the index of the first mention of the list it belongs to, or -1 when it stands alone. */
export function listsOf(view: FieldView, flags: Uint32Array): number[] {
  const ms = view.mentions;
  const head = ms.map(() => -1);
  for (let j = 1; j < ms.length; j++) {
    const a = ms[j - 1];
    const b = ms[j];
    if (a && b && a.codes.join() !== b.codes.join() && joined(view, flags, a, b)) {
      const start = head[j - 1] === -1 ? j - 1 : head[j - 1]!;
      head[j - 1] = start;
      head[j] = start;
    }
  }
  return head;
}
