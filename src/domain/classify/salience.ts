import { fieldHasCue } from './field-index.js';
import type { Mention } from './gazetteer.js';
import {
  hasOrphanOffice,
  inBackdrop,
  isDateline,
  isPersonName,
  isSubjectMatter,
  sentenceInfo,
} from './mention-rules.js';
import { hasRoleNear } from './office-reach.js';
import { listsOf, spreadRoles } from './mention-lists.js';
import { cueFlags, type FieldView } from './field-view.js';
import { isVenue } from './venue.js';
import { attackReading } from './attacks.js';
import { discussed, discussedBefore } from './discussed.js';
import { pastPostings } from './career.js';
import { isListedVenue } from './listed-venue.js';
import { sceneNear } from './city-scene.js';
import { isNamesake } from './namesake.js';
import { actsForOrganisation, organisationPeople } from './org-office.js';
import { actorBar, SALIENCE } from './salience-weights.js';
import { advisedAgainst } from './travel-advice.js';
import { formatMention, headlineFormat } from './formats.js';
import {
  envoysOf,
  listPartners,
  officeRound,
  presentsCredentials,
  separateMeetingPartners,
} from './group-actors.js';
import { isParty, type ScoredMention } from './scored.js';

export type { FieldView } from './field-view.js';
export type { ScoredMention } from './scored.js';
export { actorBar, SALIENCE } from './salience-weights.js';

export interface Actor {
  code: string;
  score: number;
}

export interface Salience {
  /** Countries judged to act in the item, most salient first. */
  actors: Actor[];
  /** Every country mentioned, with its score, for `/why`. */
  all: Actor[];
  scored: ScoredMention[];
  /**
   * Countries that act through envoys or officials named as a group (a credentials ceremony, "the
   * ambassadors of A, B, C and D") or met in a meeting the text adds ("Separately, …"): they act
   * however little each scores, and are no mere subject.
   */
  envoys: ReadonlySet<string>;
  /** Countries met in a further, separate meeting the text adds ("Separately, …", "…とも会談"). */
  separate: readonly string[];
}

function baseWeight(m: Mention, view: FieldView, rank: number): number {
  if (view.field === 'title') return SALIENCE.title;
  return SALIENCE.sentences[rank] ?? SALIENCE.later;
}

function scoreField(
  view: FieldView,
  lang: string,
  out: ScoredMention[],
  statement: boolean,
  sourceCountry: string | null,
  organisationPeople: ReadonlySet<string>,
): void {
  const flags = cueFlags(view);
  const starts = new Set(view.mentions.map((m) => m.first));
  const ends = new Set(view.mentions.map((m) => m.last));
  const pastPosting = pastPostings(view, flags);
  // A two-country compound (中美, 日米) is the relation itself; longer ones (日米韓) name a format.
  // "the invasion of Ukraine by Russian forces": a country right after a subject cue is the matter
  // even when an office word stands near it.
  const matter = view.mentions.map((m) => isSubjectMatter(m, view, flags));
  // "the crisis between Russia and Ukraine": the subject matter covers the whole list too, and an
  // office nearby does not make its other members actors ("Bakan, Hindistan ile Pakistan arasındaki
  // gerginliği …").
  const direct = [...matter];
  spreadRoles(view, flags, matter);
  // A person is never a theme by a list: "Ucraina, Di Maio a Mosca" tags the country, not him.
  view.mentions.forEach((m, j) => {
    if (m.kind === 'person') matter[j] = direct[j] ?? false;
  });
  const roles = view.mentions.map(
    (m, j) =>
      !matter[j] && (hasRoleNear(m, view, flags) || (m.codes.length === 2 && !discussedBefore(m, view))),
  );
  spreadRoles(view, flags, roles);
  // A list does not lend an office to what was discussed ("Sisi, Cezayir'in ardından …").
  matter.forEach((isMatter, j) => {
    if (isMatter) roles[j] = false;
  });
  const info = sentenceInfo(view);
  // A backdrop phrase covers the whole list it opens: "de regreso de su gira por Ecuador, Perú y Chile".
  const backdrop = view.mentions.map((m) => inBackdrop(m, view, info.backdrop));
  spreadRoles(view, flags, backdrop);
  const lists = listsOf(view, flags);
  const host = visitHost(view);
  let datelineSeen = false;
  view.mentions.forEach((m, j) => {
    const notes: string[] = [];
    let weight = baseWeight(m, view, info.rank.get(m.sentence) ?? 0);
    if (isPersonName(m, view, flags, starts)) {
      weight = 0;
      notes.push('a person’s name');
    } else if (isNamesake(m, view, flags, ends, lang)) {
      weight = 0;
      notes.push('another person of that surname');
    } else if (actsForOrganisation(m, view, organisationPeople)) {
      weight = 0;
      notes.push('acts for an organisation');
    } else if (
      isDateline(
        m,
        view,
        datelineSeen,
        {
          words: info.length.get(m.sentence) ?? 0,
          chars: info.chars.get(m.sentence) ?? 0,
        },
        flags,
      )
    ) {
      datelineSeen = true;
      // "ISLAMABAD: Foreign Minister Khawaja Asif left for Russia": an office that names no
      // country, right after the dateline, belongs to the dateline's country.
      // In a ministry's own release the unnamed office is the ministry's: "Berlin (Allemagne) –
      // Affaires mondiales Canada. La ministre …" is Canada's minister abroad.
      const own = sourceCountry !== null && !m.codes.includes(sourceCountry);
      if (!own && hasOrphanOffice(view, flags, info, m)) {
        weight = (SALIENCE.sentences[0] ?? 0) * SALIENCE.role;
        notes.push('dateline of an unnamed office');
      } else {
        weight = 0;
        notes.push('dateline');
      }
    } else {
      if (m.kind === 'capital' || m.kind === 'city') weight *= SALIENCE.capital;
      if (m.kind === 'person') weight *= SALIENCE.person;
      // A venue is where others meet: an office word nearby belongs to them ("Bakanları Konseyi
      // toplantısı için Suudi Arabistan'ın Cidde kentine").
      const attack = attackReading(m, view, flags, lang, info.scene);
      const venue =
        m !== host && (attack === 'scene' || isVenue(m, view, flags, lang) || isListedVenue(m, view, flags));
      // A headline sums up the statement its lead makes: the place of "Auswärtiges Amt zum Anschlag
      // in Bagdad" is whom the statement addresses.
      // A sanction or protest named among what was discussed ("Tra i temi affrontati … le sanzioni
      // all'Iran") addresses no one: the country after the discussion verb is its subject.
      const condemned =
        attack === null &&
        ((info.condemn.has(m.sentence) && (roles[j] || !discussed(m, info, lang))) ||
          (venue && view.field === 'title' && statement) ||
          // "Beileid für die Opfer des Anschlags in Sydney": in a statement, the scene of the attack.
          (statement && !info.background.has(m.sentence) && sceneNear(m, view, flags)));
      if (roles[j] && !venue) {
        weight *= SALIENCE.role;
        notes.push('role');
      }
      // "condemns the attack in Pakistan": where the condemned event happened is whom the statement addresses.
      if (venue && !condemned) {
        weight *= SALIENCE.venue;
        notes.push('venue');
      } else if (!roles[j] && !condemned && (matter[j] || attack === 'target' || discussed(m, info, lang))) {
        weight *= SALIENCE.about;
        notes.push('subject matter');
      }
      if (m.first - (info.start.get(m.sentence) ?? 0) <= 1) weight *= SALIENCE.subject;
      if (pastPosting(m)) {
        weight = 0;
        notes.push('a past posting');
      } else if (info.background.has(m.sentence) || backdrop[j]) {
        weight *= SALIENCE.background;
        notes.push('background');
      }
      if (condemned) {
        weight *= SALIENCE.condemned;
        notes.push('addressed by a statement');
      }
    }
    const list = lists[j] === -1 ? undefined : `${view.field}:${lists[j]}`;
    for (const code of m.codes) out.push({ mention: m, code, weight, notes, ...(list ? { list } : {}) });
  });
}

/** Scores every mentioned country and keeps those that act in the item. */
export function rankActors(
  views: readonly FieldView[],
  lang: string,
  sourceCountry: string | null,
): Salience {
  const scored: ScoredMention[] = [];
  const statement = views.some((v) =>
    v.hits.some(
      (h) =>
        (v.field === 'title' || h.sentence <= 4) &&
        h.payloads.some((p) => p.type === 'cue' && p.cue === 'condemn'),
    ),
  );
  const people = organisationPeople(views);
  for (const view of views) scoreField(view, lang, scored, statement, sourceCountry, people);
  // The strongest mention decides most; repetition adds a little (a passing mention repeated
  // stays passing, one clear "Minister of Foreign Affairs of X" is enough).
  const best = new Map<string, number>();
  const sums = new Map<string, number>();
  for (const s of scored) {
    best.set(s.code, Math.max(best.get(s.code) ?? 0, s.weight));
    sums.set(s.code, (sums.get(s.code) ?? 0) + s.weight);
  }
  const totals = new Map<string, number>();
  for (const [code, max] of best) totals.set(code, max + SALIENCE.repeat * ((sums.get(code) ?? 0) - max));
  if (sourceCountry) totals.set(sourceCountry, (totals.get(sourceCountry) ?? 0) + SALIENCE.source);
  const all = [...totals]
    .map(([code, score]) => ({ code, score }))
    .sort((a, b) => b.score - a.score || a.code.localeCompare(b.code));
  const top = all[0]?.score ?? 0;
  const bar = actorBar(top);
  const acting = new Set(all.filter((a) => a.code === sourceCountry || a.score >= bar).map((a) => a.code));
  const counterpart = soleCounterpart(all, sourceCountry);
  if (counterpart) acting.add(counterpart);
  const partners = listPartners(scored, acting, totals);
  for (const { code } of partners) acting.add(code);
  const offices = partners.filter((p) => p.offices).map((p) => p.code);
  const envoys = new Set(presentsCredentials(views) ? envoysOf(scored, totals, acting) : []);
  for (const code of offices) envoys.add(code);
  for (const code of officeRound(scored)) if (!acting.has(code)) envoys.add(code);
  const separate = separateMeetingPartners(views, scored);
  for (const code of separate) if (!acting.has(code)) envoys.add(code);
  for (const code of envoys) acting.add(code);
  for (const code of advisedAgainst(views, scored)) if (code !== sourceCountry) acting.delete(code);
  const inTitle = scored.filter((s) => s.mention.field === 'title' && s.weight > 0 && isParty(s));
  const format = headlineFormat(
    views,
    inTitle.map((s) => s.code),
    inTitle.filter((s) => s.mention.kind === 'person').map((s) => s.code),
  );
  if (format) {
    for (const code of format.members) {
      acting.add(code);
      if (totals.has(code)) continue;
      all.push({ code, score: bar });
      scored.push({
        mention: formatMention(format, code),
        code,
        weight: 0,
        notes: ['a member of a format the headline names'],
      });
    }
  }
  const actors = all.filter((a) => acting.has(a.code));
  return { actors, all, scored, envoys, separate };
}

/** The one foreign country a ministry's own release names, when it names one and it counts enough. */
function soleCounterpart(
  all: readonly { code: string; score: number }[],
  sourceCountry: string | null,
): string | null {
  if (!sourceCountry) return null;
  const others = all.filter((a) => a.code !== sourceCountry && a.score > SALIENCE.passingMention);
  return others.length === 1 && others[0]!.score >= SALIENCE.soleCounterpart ? others[0]!.code : null;
}

/**
 * "Dışişleri Bakanı Hakan Fidan Gambiya'da", "Moavero in Argentina": a headline that names an office
 * holder and the one country they are in, and no forum, reports a visit: that country is the host.
 * The one mention of the headline that is no person, or null.
 */
function visitHost(view: FieldView): Mention | null {
  // A forum, or counterparts in the plural ("Au Caire, Bourita … avec ses homologues arabes"): the
  // place hosts a gathering, not the visit.
  if (view.field !== 'title' || fieldHasCue(view, 'forum') || fieldHasCue(view, 'peers')) return null;
  const places = view.mentions.filter((o) => o.kind !== 'person');
  const place = places.length === 1 ? places[0] : undefined;
  if (!place) return null;
  const persons = view.mentions.filter((o) => o.kind === 'person');
  if (persons.length === 0) return fieldHasCue(view, 'role') ? place : null;
  // "İlham Əliyev Astanada Ərdoğan ilə görüşüb": holders of two countries meet there; it hosts nothing.
  if (new Set(persons.flatMap((o) => o.codes)).size > 1) return null;
  return persons.some((o) => o.codes.some((c) => place.codes.includes(c))) ? null : place;
}
