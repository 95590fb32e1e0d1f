/**
 * Weights of the salience model. A mention counts by where it stands (title, lead, later), what it
 * is (a name counts more than a capital), what stands next to it (an office: "Foreign Minister of X";
 * a preposition of place: "talks in X"), and not at all in a dateline or as a person's name.
 */
export const SALIENCE = {
  title: 3,
  sentences: [3, 2.2, 1.4, 1, 0.8],
  later: 0.6,
  capital: 0.9,
  person: 1,
  role: 2,
  venue: 0.4,
  subject: 1.2,
  condemned: 1.5,
  /** A subject matter, not a party: "the situation in X", "talks on X", "Suriye konusunda". */
  about: 0.5,
  /** A background sentence ("Earlier, …", "Напомним, …"): what happened before, not this event. */
  background: 0.5,
  /** A country's score: its strongest mention plus this share of the others. */
  repeat: 0.3,
  source: 4,
  /**
   * A ministry's own release that names one foreign country and no other speaks of its relations with
   * it ("the signing of the grant with Micronesia", "the Consul General in Istanbul visited …"): that
   * country acts when its score reaches this, below the bar a news report would need.
   */
  soleCounterpart: 1.5,
  /**
   * Other foreign countries scoring no more than this are passing mentions (a venue named once:
   * "the summit in Vilnius") and leave the counterpart sole.
   */
  passingMention: 0.8,
  /** A country listed beside an actor acts too when its own score reaches this. */
  listFloor: 1,
  minScore: 3,
  ratio: 0.3,
  /** A line this short is a header (dateline, byline, "Press Statement"), not a sentence of the lead. */
  shortLine: 5,
} as const;

/**
 * The score a country needs to act: a share of the leader's, and at least minScore, except in a short
 * item whose strongest country itself scores little (then 60% of it).
 */
export function actorBar(top: number): number {
  return Math.max(SALIENCE.ratio * top, Math.min(SALIENCE.minScore, 0.6 * top));
}
