import { describe, expect, it } from 'vitest';
import { fieldView } from './helpers.js';
import { mentionsStartingAt } from '../../../../src/domain/classify/field-index.js';
import type { FieldView } from '../../../../src/domain/classify/field-view.js';

const view = fieldView;

// Texts written for these tests.
describe('the lookups over one field', () => {
  it('answer for the field they were built on', () => {
    const v = view('The Minister of Chile met the Minister of Peru.', 'en');
    const chile = v.mentions.find((m) => m.codes.includes('CL'));
    expect(chile).toBeDefined();
    expect(mentionsStartingAt(v, chile!.first).map((m) => m.codes.join())).toEqual(['CL']);
  });

  it('a copy of an indexed field with other mentions does not inherit its lookups', () => {
    const v = view('The Minister of Chile met the Minister of Peru.', 'en');
    const chile = v.mentions.find((m) => m.codes.includes('CL'))!;
    expect(mentionsStartingAt(v, chile.first)).toHaveLength(1);
    const copy: FieldView = { ...v, mentions: v.mentions.filter((m) => m !== chile) };
    expect(mentionsStartingAt(copy, chile.first)).toHaveLength(0);
    expect(mentionsStartingAt(v, chile.first)).toHaveLength(1);
  });
});
