import { fieldHasCue } from './field-index.js';
import type { Mention } from './gazetteer.js';
import { cueFlags, has, type FieldView } from './field-view.js';

/** Words an organisation's office may stand before the name: "EU High Representative Josep Borrell". */
const REACH = 3;

const surnameOf = (m: Mention, view: FieldView): string | undefined =>
  m.chars ? undefined : view.tokens[m.last - 1]?.norm;

/**
 * People the item names in an office of an international organisation ("il presidente del Consiglio
 * europeo Donald Tusk", "NATO Secretary General Mark Rutte"): they act for the organisation, which has
 * no country code, not for the country they once led. Their surnames, so that "Tusk" in the headline
 * is read the same way.
 */
export function organisationPeople(views: readonly FieldView[]): Set<string> {
  const people = new Set<string>();
  for (const view of views) {
    if (!fieldHasCue(view, 'orgOffice')) continue;
    const flags = cueFlags(view);
    for (const m of view.mentions) {
      if (m.kind !== 'person') continue;
      for (let k = Math.max(0, m.first - REACH); k < m.first; k++) {
        if (view.tokens[k]?.sentence !== m.sentence || !has(flags, k, 'orgOffice')) continue;
        const surname = surnameOf(m, view);
        if (surname) people.add(surname);
        break;
      }
    }
  }
  return people;
}

/** Whether a person mention is one of `people` (see organisationPeople). */
export function actsForOrganisation(m: Mention, view: FieldView, people: ReadonlySet<string>): boolean {
  if (m.kind !== 'person' || people.size === 0) return false;
  const surname = surnameOf(m, view);
  return surname !== undefined && people.has(surname);
}
