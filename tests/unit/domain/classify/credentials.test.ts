import { describe, expect, it } from 'vitest';
import { classify } from './helpers.js';

// Texts written for these tests.
describe('ambassadors presenting credentials', () => {
  const ceremony = {
    language: 'en',
    title: 'New ambassadors present their credentials to the President of Equatorial Guinea',
    text:
      'Four ambassadors presented their letters of credence to the President of the Republic in Malabo on Thursday.\n' +
      'The ceremony took place at the People’s Palace.\n' +
      'The protocol service received the envoys with military honours.\n' +
      'Among them was John Mensah, of Ghana.\n' +
      'Ana Ruiz, of Cuba, spoke for the new envoys.\n' +
      'Hans Meier, of Switzerland, and Omar Ben Ali, of Tunisia, also attended.',
  };

  it('every envoy’s country takes part, however late the text names it', () => {
    const out = classify(ceremony);
    expect(out.countries.slice().sort()).toEqual(['CH', 'CU', 'GH', 'GQ', 'TN']);
    expect(out.pair).toBeNull();
  });

  it('the same text without the ceremony keeps late mentions as mentions', () => {
    const out = classify({
      ...ceremony,
      title: 'The President of Equatorial Guinea receives guests',
      text: ceremony.text.replace('presented their letters of credence to', 'were received by'),
    });
    expect(out.countries).toEqual(['GQ']);
  });
});
