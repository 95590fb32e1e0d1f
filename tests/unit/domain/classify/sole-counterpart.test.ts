import { describe, expect, it } from 'vitest';
import { classify } from './helpers.js';

// Texts written for these tests.
const signing =
  'On 3 March, the Ambassador and the Minister of Finance signed the Exchange of Notes for grant aid of 300 million yen. ' +
  'The grant will provide fishing boats and cold storage to coastal communities.';

describe("a ministry's own release that names one foreign country speaks of its relations with it", () => {
  it('the one country, named once late in the text, is the counterpart', () => {
    const out = classify({
      language: 'en',
      sourceCountry: 'JP',
      title: 'Signing ceremony for grant aid for fishery equipment',
      text: `${signing} Tonga has received grant aid for fisheries twice before.`,
    });
    expect(out.countries.slice().sort()).toEqual(['JP', 'TO']);
    expect(out.pair).toEqual(['JP', 'TO']);
  });

  it('not when the release names two foreign countries: neither is singled out', () => {
    const out = classify({
      language: 'en',
      sourceCountry: 'JP',
      title: 'Signing ceremony for grant aid for fishery equipment',
      text: `${signing} Samoa and Fiji have received grant aid for fisheries twice before.`,
    });
    expect(out.countries).toEqual(['JP']);
  });

  it('a venue named in passing leaves the counterpart sole', () => {
    const out = classify({
      language: 'en',
      sourceCountry: 'JP',
      title: 'Signing ceremony for grant aid for fishery equipment',
      text: `${signing} Tonga has received grant aid for fisheries twice before, and the next fisheries forum will be held in Suva.`,
    });
    expect(out.countries.slice().sort()).toEqual(['JP', 'TO']);
  });
});
