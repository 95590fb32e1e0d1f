import { describe, expect, it } from 'vitest';
import { classify } from './helpers.js';

// Texts written for these tests.
describe('a list whose members are set apart by semicolons is one sentence', () => {
  it('Spanish: "Los presidentes de A, <name>; de B, <name>; de C, <name> …, se reunieron"', () => {
    const out = classify({
      language: 'es',
      title: 'Cumbre de presidentes del Mercosur',
      text: 'Los presidentes de la República Argentina, Alberto Fernández; de la República Federativa de Brasil, Luiz Inácio Lula da Silva; de la República del Paraguay, Mario Abdo Benítez, y de la República Oriental del Uruguay, Luis Lacalle Pou, se reunieron en Iguazú. En el comunicado reafirmaron su compromiso con la integración regional.',
    });
    expect(out.countries.slice().sort()).toEqual(['AR', 'BR', 'PY', 'UY']);
  });
});
