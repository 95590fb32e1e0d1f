/** Topic ids are part of the stable contract (DESIGN.md §3); names are localized in locales/. */
export const TOPIC_IDS = [
  'bilateral-relations',
  'multilateral',
  'trade-economy',
  'energy',
  'security-defense',
  'conflict-peace',
  'humanitarian',
  'consular',
  'culture-education',
  'climate-environment',
  'human-rights',
  'agreements-treaties',
  'statements-condemnation',
] as const;

export type TopicId = (typeof TOPIC_IDS)[number];

const topicSet: ReadonlySet<string> = new Set(TOPIC_IDS);

export function isTopicId(value: string): value is TopicId {
  return topicSet.has(value);
}
