import inflections from '../countries/inflections.json' with { type: 'json' };
import { fold } from '../countries/normalize.js';
import type { Mention } from './gazetteer.js';
import { cjkCueBeside } from './cjk-rules.js';
import { endingApart, mentionsEndingAt, mentionsStartingAt, sentenceHasCue } from './field-index.js';
import { has, type FieldView } from './field-view.js';
import { formalNameStart } from './formal-name.js';
import { charsOf } from './tokenize.js';

const LOCATIVE: Readonly<Record<string, ReadonlySet<string>>> = Object.fromEntries(
  Object.entries(inflections.locativeEndings).map(([lang, list]) => [
    lang,
    new Set(list.map((e) => fold(e, lang))),
  ]),
);
const wordSets = (byLang: object): Readonly<Record<string, ReadonlySet<string>>> =>
  Object.fromEntries(
    Object.entries(byLang)
      .filter((e): e is [string, string[]] => Array.isArray(e[1]))
      .map(([lang, list]) => [lang, new Set(list.map((w) => fold(w, lang)))]),
  );
const CITY_AFTER = wordSets(inflections.cityAfter);
const LOCATIVE_AFTER_CONSONANT = wordSets(inflections.locativeEndingsAfterConsonant);
const VISIT_AFTER = Object.fromEntries(
  Object.entries(inflections.visitAfter)
    .filter((e): e is [string, { after: string[]; stem: string }] => typeof e[1] === 'object')
    .map(([lang, v]) => [lang, { after: new Set(v.after), stem: fold(v.stem, lang) }]),
);
/** Words after the place within which the visit's word may stand ("з офіційним візитом"). */
const VISIT_REACH = 3;

/** "перебуває в Індії з офіційним візитом", "in Kenya on an official visit": the place hosts a visit. */
function visitFollows(m: Mention, view: FieldView, lang: string): boolean {
  const rule = VISIT_AFTER[lang];
  const next = view.tokens[m.last];
  if (!rule || !next || next.sentence !== m.sentence) return false;
  // Turkish and Azerbaijani mark the place by its case and need no word before the visit's
  // ("Çin Xalq Respublikasında rəsmi səfərdə").
  const start = rule.after.size === 0 ? m.last : m.last + 1;
  if (rule.after.size > 0 && !rule.after.has(next.norm)) return false;
  for (let k = start; k <= m.last + VISIT_REACH; k++) {
    const t = view.tokens[k];
    if (!t || t.sentence !== m.sentence) return false;
    if (t.norm.startsWith(rule.stem)) return true;
  }
  return false;
}
/** A name that ends so is feminine or neuter in Ukrainian: its -у/-ю is the accusative of direction. */
const VOWEL_STEM = /[аеєиіїоуюяь]$/u;

/** Whether `ending` marks the locative on this mention's name ("у Мінську", not "в Україну"). */
function locativeEnding(m: Mention, ending: string, lang: string): boolean {
  if (LOCATIVE[lang]?.has(ending)) return true;
  return (LOCATIVE_AFTER_CONSONANT[lang]?.has(ending) ?? false) && !VOWEL_STEM.test(fold(m.form, lang));
}
const CITY_BEFORE = wordSets(inflections.cityAfter.before);
/** How far back an embassy or consulate may stand from the capital it sits in. */
const POST_REACH = 12;
/** "residentes en Luanda (Angola), Libreville (Gabón)": a country in brackets after a place says where the place lies. */
function isPlaceGloss(m: Mention, view: FieldView, flags: Uint32Array): boolean {
  const first = view.tokens[m.first];
  const before = view.tokens[m.first - 1];
  const after = view.tokens[m.last];
  if (!first || !before || !/\(\s*$/.test(first.gapBefore) || first.sentence !== before.sentence)
    return false;
  if (after && !/^\s*\)/.test(after.gapBefore)) return false;
  // The place is a capital the gazetteer knows, or a word after a preposition of place ("en Lagos");
  // a company or a body before the brackets ("Bulgartransgaz (Bulgaria)") belongs to the country.
  const previous = mentionsEndingAt(view, m.first);
  // "Département fédéral des affaires étrangères (DFAE)": an office's acronym after its name is no place.
  if (
    m.kind === 'capital' &&
    previous.some((p) => p.kind === 'capital' && p.codes.some((c) => m.codes.includes(c)))
  )
    return false;
  const city = previous.some((p) => p.kind === 'capital');
  return city || (before.capitalized && has(flags, m.first - 2, 'venue'));
}

/** "ベルギーのブリュッセルで": the country, の, a city written in katakana, the particle of place. */
const KATAKANA_CITY_THEN_PLACE = /^の[\u30a1-\u30fa\u30fc・]{2,12}で/u;
const KATAKANA_CITY_REACH = 16;

/** A Japanese country that only says where the city after it lies, the city being where it happens. */
function cityAfterCountryJa(m: Mention, view: FieldView): boolean {
  const run = view.tokens[m.first];
  const end = m.chars?.[1];
  if (!run || end === undefined) return false;
  return KATAKANA_CITY_THEN_PLACE.test(
    charsOf(run)
      .slice(end, end + KATAKANA_CITY_REACH)
      .join(''),
  );
}

/** Arabic 'in' written on the name: "بأديس أبابا", "ببغداد", "وبالقاهرة". */
const ARABIC_IN = new Set(['ب', 'وب', 'فب']);

/** Whether an Arabic capital or city carries the clitic 'in' (ب): where something happens. */
function arabicInPrefix(m: Mention, view: FieldView): boolean {
  if (m.kind !== 'capital' && m.kind !== 'city') return false;
  const first = view.tokens[m.first]?.norm ?? '';
  const head = fold(m.form.split(' ')[0] ?? '', 'ar');
  return head.length > 0 && first.endsWith(head) && ARABIC_IN.has(first.slice(0, first.length - head.length));
}

export function isVenue(m: Mention, view: FieldView, flags: Uint32Array, lang: string): boolean {
  if (!m.chars && isPlaceGloss(m, view, flags)) return true;
  // …and the city so glossed is named as a place, not as a metonym for its government.
  if (m.kind === 'capital' && /^\s*\(\s*$/.test(view.tokens[m.last]?.gapBefore ?? '')) {
    const gloss = mentionsStartingAt(view, m.last)[0];
    if (gloss && isPlaceGloss(gloss, view, flags)) return true;
  }
  // CJK: a particle right after (ja ニューヨークで) or a preposition right before (zh 在北京).
  if (m.chars) {
    const [start, end] = m.chars;
    if (lang === 'ja' && cityAfterCountryJa(m, view)) return true;
    return cjkCueBeside(m, view, 'venue', ([from, to]) => (lang === 'ja' ? from === end : to === start));
  }
  const first = view.tokens[m.first];
  const locative = LOCATIVE[lang];
  const ending = m.endings[m.endings.length - 1] ?? '';
  if (lang === 'tr' || lang === 'az') {
    if (visitFollows(m, view, lang)) return false;
    // The case ending may stand as its own word after an apostrophe ("Arabistan" "ın").
    const apart = endingApart(view, m);
    const at = apart ? m.last + 1 : m.last;
    const [a, b, c] = [view.tokens[at], view.tokens[at + 1], view.tokens[at + 2]];
    // "Türkiyənin Suriyadakı səfirliyi", "Suriye'deki Büyükelçiliği": the country an embassy sits in
    // hosts it, as in "Embassy in X". A city only places it ("Azərbaycanın Londondakı səfirliyinə hücum").
    if (m.kind !== 'capital' && a?.sentence === m.sentence && has(flags, at, 'post')) return false;
    if (locative) for (const e of locative) if (ending.startsWith(e)) return true;
    // "Suudi Arabistan'ın Cidde kentine", "ABD'nin New York şehrindeki": the country only says where
    // the city lies.
    const city = CITY_AFTER[lang];
    if (
      city &&
      a &&
      (city.has(a.norm) ||
        (a.capitalized && b && city.has(b.norm)) ||
        (a.capitalized && b?.capitalized && c && city.has(c.norm)))
    )
      return true;
    // After an apostrophe the locative stands alone or made an adjective by -ki ("İspanya'daki zirve").
    if (!apart || !locative) return false;
    const w = apart.norm;
    return locative.has(w) || ((w.endsWith('ki') || w.endsWith('kı')) && locative.has(w.slice(0, -2)));
  }
  if (lang === 'ar' && arabicInPrefix(m, view)) return true;
  const before = view.tokens[m.first - 1];
  if (!before || !first || before.sentence !== first.sentence) return false;
  if (cityOfCountry(m, view, flags, lang)) return true;
  // The preposition may stand before the state's formal name: "في دولة قطر", "en République de Guinée".
  const at = formalNameStart(view, m.first);
  // A visit to a forum held there: "прибыл в Минск на встречу «нормандской четвёрки»".
  if (has(flags, at - 1, 'destination') && sentenceHasCue(view, m.sentence, 'forum')) return true;
  if (!has(flags, at - 1, 'venue')) return false;
  // "the Embassy in Iran", "Chargé d'Affaires in Panama", "arrived in Türkiye": the host takes part.
  if (has(flags, at - 2, 'post') || visited(m, flags)) return false;
  if (visitedNext(m, view, flags) || visitFollows(m, view, lang)) return false;
  // "the Embassy of Colombia in Cuba", "l'ambassade de Colombie à Cuba": the post's own country sits
  // between the office and the preposition; the country after it hosts the post.
  const sender = mentionsEndingAt(view, m.first - 1).find((p) => p.sentence === m.sentence);
  if (sender && (has(flags, sender.first - 1, 'post') || has(flags, sender.first - 2, 'post'))) return false;
  // "на території Молдови": after a venue phrase that ends in a noun the country is in the genitive.
  if (locative && has(flags, m.first - 2, 'venue') && !has(flags, m.first - 1, 'conj')) return true;
  if (locative && adjectiveOfPlace(m, view, flags)) return true;
  if (locative) return locativeEnding(m, ending, lang) || (ending === '' && m.kind === 'capital');
  return true;
}

/** "у швейцарській Женеві", "в турецкой Анталье": after 'in', an adjective that places the city named next. */
function adjectiveOfPlace(m: Mention, view: FieldView, flags: Uint32Array): boolean {
  const next = view.tokens[m.last];
  return (
    m.kind === 'adjective' &&
    next !== undefined &&
    next.sentence === m.sentence &&
    /^\s+$/.test(next.gapBefore) &&
    next.capitalized &&
    !next.upper &&
    mentionsStartingAt(view, m.last).length === 0 &&
    !has(flags, m.last, 'role') &&
    !has(flags, m.last, 'post') &&
    !has(flags, m.last, 'titleNoun')
  );
}

/**
 * "in the Kazakh capital Astana", "в столице Казахстана", "dans la capitale kazakhe": the country only
 * says where the city lies, unless a visit goes there ("прибыл в столицу Казахстана").
 */
function cityOfCountry(m: Mention, view: FieldView, flags: Uint32Array, lang: string): boolean {
  // …and the city named after them is that place: "the Kazakh capital Astana", "столице Казахстана Астане".
  if (m.kind === 'capital') {
    const end = CITY_AFTER[lang]?.has(view.tokens[m.first - 1]?.norm ?? '') ? m.first - 1 : m.first;
    const country = mentionsEndingAt(view, end).find(
      (p) => p.kind !== 'capital' && p.codes.some((c) => m.codes.includes(c)),
    );
    return country !== undefined && cityOfCountry(country, view, flags, lang);
  }
  const next = view.tokens[m.last];
  const after = next?.sentence === m.sentence && CITY_AFTER[lang]?.has(next.norm);
  // "في بانجول عاصمة جمهورية جامبيا": the word for capital may stand before the formal name.
  const before = view.tokens[formalNameStart(view, m.first) - 1]?.norm ?? '';
  if (!after && !CITY_BEFORE[lang]?.has(before)) return false;
  // The visit's verb or preposition stands within three words: "trip to the Kazakh capital"; an
  // embassy opened there is hosted by the country ("Посольство України відкрили в Кігалі, столиці Руанди").
  for (let k = m.first - 4; k < m.first; k++) if (has(flags, k, 'destination')) return false;
  for (
    let k = m.first - 1;
    k >= Math.max(0, m.first - POST_REACH) && view.tokens[k]?.sentence === m.sentence;
    k--
  )
    if (has(flags, k, 'post')) return false;
  return true;
}

/** The destination of a visit: "visit to Italy", "se rendra au Japon" (the verb, then the preposition). */
function visited(m: Mention, flags: Uint32Array): boolean {
  return (
    has(flags, m.first - 1, 'destination') ||
    (has(flags, m.first - 1, 'venue') && has(flags, m.first - 2, 'destination'))
  );
}

/**
 * "se rendra au Japon puis en Chine", "en France, en Allemagne et en Belgique": places joined to the
 * destination of a visit are visited too.
 */
export function visitedNext(m: Mention, view: FieldView, flags: Uint32Array): boolean {
  if (!has(flags, m.first - 1, 'venue')) return false;
  const end = has(flags, m.first - 2, 'conj')
    ? m.first - 2
    : (view.tokens[m.first - 1]?.gapBefore ?? '').includes(',')
      ? m.first - 1
      : -1;
  const previous = end > 0 ? mentionsEndingAt(view, end).find((p) => p.sentence === m.sentence) : undefined;
  return previous !== undefined && (visited(previous, flags) || visitedNext(previous, view, flags));
}
