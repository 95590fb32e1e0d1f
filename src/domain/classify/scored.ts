import type { Mention } from './gazetteer.js';

export interface ScoredMention {
  mention: Mention;
  code: string;
  weight: number;
  notes: string[];
  /** The list the mention stands in ("the ministers of A, B and C"), as field and first member. */
  list?: string;
}

/** Notes that make a mention no party, whatever list it stands in. */
export const NOT_A_PARTY = [
  'subject matter',
  'acts for an organisation',
  'venue',
  'a person’s name',
  'dateline',
  'background',
  'a past posting',
];

/** Whether a mention may make its country a party (see NOT_A_PARTY). */
export const isParty = (s: ScoredMention) => !s.notes.some((n) => NOT_A_PARTY.includes(n));
