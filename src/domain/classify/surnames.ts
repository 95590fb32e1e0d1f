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
  if (surnames.size === 0) return [...views];
  return views.map((view) => {
    let changed = false;
    const mentions = view.mentions.map((m) => {
      if (m.last - m.first !== 1 || m.chars) return m;
      const word = view.tokens[m.first]?.norm ?? '';
      // A name without the article takes the clitic alone: بكاميرون "with Cameron".
      const person =
        surnames.get(bare(word)) ?? (/^[وفبلك]/u.test(word) ? surnames.get(word.slice(1)) : undefined);
      if (!person || person.codes.join() === m.codes.join()) return m;
      changed = true;
      return { ...m, codes: person.codes, kind: 'person' as const, form: person.form };
    });
    return changed ? { ...view, mentions } : view;
  });
}
