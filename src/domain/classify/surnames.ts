import persons from '../countries/persons.json' with { type: 'json' };
import { fold } from '../countries/normalize.js';
import type { Mention } from './gazetteer.js';
import type { Token } from './tokenize.js';

interface FieldMentions {
  tokens: readonly Token[];
  mentions: readonly Mention[];
}

// Arabic writes "and", "with", "to" and the article on the word: والسوداني, بالسوداني, للسوداني.
const ARABIC_CLITICS = /^[وف]?(?:[بك]?ال|لل)/u;
const bare = (word: string) => word.replace(ARABIC_CLITICS, '');

/**
 * Office holders whose Arabic surname is a country's adjective with the article ("محمد شياع
 * السوداني"): the bare surname, without clitics, to the person's full form and country.
 */
const NISBA_SURNAMES = new Map<string, { codes: string[]; form: string }>();
for (const [code, forms] of Object.entries(persons.persons as Record<string, string[]>)) {
  for (const form of forms) {
    const last = form.split(/\s+/).at(-1) ?? '';
    if (form.includes(' ') && /^ال[\u0600-\u06ff]+ي$/u.test(last))
      NISBA_SURNAMES.set(bare(fold(last, 'ar')), { codes: [code], form });
  }
}

/**
 * An Arabic adjective follows the noun it qualifies, and agrees with it: a definite noun
 * ("الجيش السوداني", "للجيش السوداني") or one made definite by a possessive ending ("نظيره
 * السوداني"). A definite adjective with neither before it, after a verb, a preposition or at the
 * head of a sentence ("عبّر السوداني عن", "السوداني وسلطان عُمان يشددان"), is a name.
 */
const POSSESSIVE = /(?:ه|ها|هما|هم)$/u;

function standsAsName(tokens: readonly Token[], m: Mention): boolean {
  const word = tokens[m.first];
  if (!word || !ARABIC_CLITICS.test(word.norm)) return false;
  const before = tokens[m.first - 1];
  if (!before || before.sentence !== word.sentence || /[,،:;.]/u.test(word.gapBefore)) return true;
  return !ARABIC_CLITICS.test(before.norm) && !POSSESSIVE.test(before.norm);
}

/**
 * A surname that is also a country word refers to the person once the item has named them in full:
 * after "رئيس الوزراء محمد شياع السوداني", a bare "السوداني" (also "Sudanese") is al-Sudani of Iraq,
 * and "Márquez said" after "Francia Márquez" is Colombia's vice-president, not France. The bare word
 * is read as the person wherever it stands in the item, the headline included; so is a bare surname
 * that another office holder bears ("Renzi" after San Marino's "Nicola Renzi" is not Matteo Renzi).
 */
export function attributeSurnames<V extends FieldMentions>(views: readonly V[]): V[] {
  const surnames = new Map<string, Mention>();
  for (const view of views) {
    for (const m of view.mentions) {
      if (m.kind !== 'person' || m.last - m.first < 2 || m.chars) continue;
      const last = view.tokens[m.last - 1];
      if (last) surnames.set(bare(last.norm), m);
    }
  }
  return views.map((view) => {
    let changed = false;
    const mentions = view.mentions.map((m) => {
      if (m.last - m.first !== 1 || m.chars) return m;
      const word = view.tokens[m.first]?.norm ?? '';
      // A name without the article takes the clitic alone: بكاميرون "with Cameron".
      const person =
        surnames.get(bare(word)) ??
        (/^[وفبلك]/u.test(word) ? surnames.get(word.slice(1)) : undefined) ??
        (m.kind === 'adjective' && standsAsName(view.tokens, m) ? NISBA_SURNAMES.get(bare(word)) : undefined);
      if (!person || person.codes.join() === m.codes.join()) return m;
      changed = true;
      return { ...m, codes: person.codes, kind: 'person' as const, form: person.form };
    });
    return changed ? { ...view, mentions } : view;
  });
}
