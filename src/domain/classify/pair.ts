import type { Actor } from './salience.js';

/** What the lexicon saw about the kind of event, for the pair rules. */
export interface EventCues {
  bilateral: number;
  forum: number;
  speech: number;
}

const TITLE_PAIR = { maxOthers: 2, ratio: 0.6 } as const;
/** A third actor scoring at most this share of the second's salience does not make the event multilateral. */
const FAR_BEHIND = 0.4;

/** What the title says: the countries acting in it, and whether it names a meeting, call, visit or travel advice. */
export interface TitleEvent {
  codes: readonly string[];
  bilateral: boolean;
  /** Whether the headline names a multilateral body or session (undefined: no headline). */
  forum?: boolean;
  /** "Italia-Francia: …": the pair the headline opens with. */
  tag?: [string, string] | null;
  /** "A telefoniert mit B": the two sides of the meeting the headline reports. */
  meeting?: [string, string] | null;
  /** "X empfängt äthiopischen Botschafter und chinesische Delegation": guests of one host, not a pair. */
  guests?: readonly string[];
  /** "conversa con homólogos de Europa y EEUU": the headline meets counterparts in the plural. */
  peers?: boolean;
  /** "Низка іноземних держав висловлює співчуття": the headline names other countries in the plural. */
  plural?: boolean;
}

export interface PairDecision {
  pair: [string, string] | null;
  rule: string;
  /** Countries over the actor bar that the pair rule found to be only what the two discussed. */
  demoted?: string[];
}

/**
 * The label scheme's pair: the two actors of one bilateral event, sorted. Null for one actor or
 * three and more (trilateral events, several meetings in one item, joint statements), and for a
 * statement about a country made inside a multilateral forum (a speech at the Security Council),
 * unless the item also reports a meeting, call or visit between the two.
 */
export function decidePair(
  actors: readonly Actor[],
  cues: EventCues,
  title?: TitleEvent,
  opening?: {
    bilateral: number;
    forum: number;
    /** Condemnations, protests, summons in the title or lead. */
    condemn?: number;
    several?: boolean;
    counted?: boolean;
    officeCountries?: number;
    /** Countries met in a further, separate meeting the text adds. */
    separate?: readonly string[];
  },
  envoys: ReadonlySet<string> = new Set(),
): PairDecision {
  const tag = title?.tag;
  // "日独首脳が会談 … マクロン大統領とも会談": the headline's pair is one of several separate meetings.
  const further = (opening?.separate ?? []).some(
    (c) => !tag?.includes(c) && actors.some((a) => a.code === c),
  );
  if (tag && further) return { pair: null, rule: 'the headline opens with one of several meetings' };
  if (tag && tag.every((c) => actors.some((a) => a.code === c))) {
    // The others are what the two discussed ("focus su Ucraina e Mali").
    const demoted = actors.filter((a) => !tag.includes(a.code)).map((a) => a.code);
    return {
      pair: tag,
      rule: 'the headline opens with the pair',
      ...(demoted.length > 0 ? { demoted } : {}),
    };
  }
  if (actors.length < 2)
    return { pair: null, rule: actors.length === 0 ? 'no country acts' : 'a single actor' };
  if (title?.peers) return { pair: null, rule: 'the headline meets counterparts in the plural' };
  if (title?.plural) return { pair: null, rule: 'the headline names other countries in the plural' };
  // "representatives of 17 countries": the opening counts the participants.
  if (opening?.counted) return { pair: null, rule: 'the opening counts three or more countries' };
  // "held a series of bilateral meetings": with officials of a third country in office beside the
  // two, they are not one event (meetings with one country's president and prime minister still are).
  if (opening?.several && (opening.officeCountries ?? 0) > 2) {
    return { pair: null, rule: 'the opening reports several separate meetings' };
  }
  // The two leading actors are the guests the headline lists: each met the host, not the other.
  const guests = title?.guests ?? [];
  if (actors.slice(0, 2).every((a) => guests.includes(a.code))) {
    return { pair: null, rule: 'the headline lists guests of one host' };
  }
  if (actors.length > 2) {
    const meeting = title?.meeting;
    if (
      meeting &&
      meeting.every((c) => actors.some((a) => a.code === c)) &&
      !actors.some((a) => envoys.has(a.code))
    ) {
      return {
        pair: meeting,
        rule: 'the headline reports a meeting of the two',
        demoted: actors.filter((a) => !meeting.includes(a.code)).map((a) => a.code),
      };
    }
    // "日米外相電話会談", "Lavrov and Kerry spoke by phone": the headline names one meeting of two
    // countries; others named in the text are what they discussed.
    // Only when those two lead clearly and few others act (more make it a multilateral round).
    const top = actors.slice(0, 2).map((a) => a.code);
    const second = actors[1]?.score ?? 0;
    const third = actors[2]?.score ?? 0;
    const clear = actors.length - 2 <= TITLE_PAIR.maxOthers && third <= TITLE_PAIR.ratio * second;
    if (
      title &&
      title.bilateral &&
      clear &&
      !actors.some((a) => envoys.has(a.code)) &&
      title.codes.length === 2 &&
      title.codes.every((c) => top.includes(c))
    ) {
      return {
        pair: [...title.codes].sort() as [string, string],
        rule: 'the title names one meeting (or travel advice) of two countries',
      };
    }
    // Two actors far ahead of all others: the others are what the two discussed or where they met,
    // unless they are envoys presenting credentials at the same ceremony.
    if (third <= FAR_BEHIND * second && !actors.slice(2).some((a) => envoys.has(a.code))) {
      return {
        pair: [...top].sort() as [string, string],
        rule: 'two actors lead; the others are far behind',
        demoted: actors.slice(2).map((a) => a.code),
      };
    }
    return { pair: null, rule: `${actors.length} actors: not one bilateral event` };
  }
  const [a, b] = actors.map((x) => x.code).sort() as [string, string];
  // The forum must frame the item from its headline (or, without one, its opening): one named only in
  // the text is where obligations come from ("violates Security Council resolutions") or what a
  // country is ("France, a member of the Security Council, urged …"), not where the statement was
  // made. A condemnation or a summons addresses the other country, whatever bodies it also writes to
  // ("a protest note to the UN").
  const addressed = (opening?.condemn ?? 0) > 0;
  const framed = title?.forum ?? (opening?.forum ?? cues.forum) > 0;
  if (framed && cues.speech > 0 && cues.bilateral === 0 && !addressed) {
    return { pair: null, rule: 'a statement inside a multilateral forum' };
  }
  // "Principaux résultats du Conseil affaires étrangères": a headline that names only a forum, with
  // no meeting in it or the opening, reports the forum's session; two members named are taking part.
  if (title?.forum && title.codes.length === 0 && !title.bilateral && opening?.bilateral === 0) {
    return { pair: null, rule: 'the headline names a forum and no country or meeting' };
  }
  // "Kuwait leads its delegation to the GCC–US ministerial": an opening that names a forum more than
  // once and no meeting, call or visit reports the forum, whoever of its members the text names;
  // unless the headline says what happened without it.
  if (opening && opening.forum >= 2 && opening.bilateral === 0 && title?.forum !== false) {
    return { pair: null, rule: 'two members seen at a multilateral forum' };
  }
  return { pair: [a, b], rule: 'two actors of one event' };
}
