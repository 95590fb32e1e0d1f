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

  it('the ceremony named in the second sentence, after a headline that only says "receives ambassadors"', () => {
    const out = classify({
      language: 'tr',
      title: 'Cumhurbaşkanı büyükelçileri Külliye’de kabul edecek',
      text: 'Cumhurbaşkanı Recep Tayyip Erdoğan bugün Külliye’de dört ülkenin büyükelçisini kabul edecek. Güven mektubu takdim törenlerinde Erdoğan önce Şili Büyükelçisi Ana Soto’yu kabul edecek. Ardından Ürdün Büyükelçisi, Nepal Büyükelçisi ve Estonya Büyükelçisi güven mektuplarını sunacak.',
    });
    expect(out.countries.slice().sort()).toEqual(['CL', 'EE', 'JO', 'NP', 'TR']);
    expect(out.pair).toBeNull();
  });

  it('in one envoy’s ceremony a country merely named later is no envoy', () => {
    const out = classify({
      language: 'en',
      title: 'New Ambassador of Norway presents credentials to the President of Kenya',
      text:
        'The new Ambassador of Norway, Kari Berg, presented her letters of credence to President William Ruto in Nairobi.\n' +
        'The ceremony took place at State House.\n' +
        'The two discussed trade and energy.\n' +
        'Ms Berg said Norway continues to support Sudan’s neighbours in the humanitarian crisis.',
    });
    expect(out.countries.slice().sort()).toEqual(['KE', 'NO']);
    expect(out.pair).toEqual(['KE', 'NO']);
  });

  it('the receiving state named only by its abbreviation and its president: "FSM", "President Manny Mori"', () => {
    const out = classify({
      language: 'en',
      title: 'Ambassador of the Republic of India presents his Letter of Credence to President Manny Mori',
      text: 'H.E. Lalduhthlana Ralte handed his Letter of Credence to President Emanuel Manny Mori, accrediting him as Ambassador of the Republic of India. President Mori noted the working relationship between India and FSM.',
    });
    expect(out.pair).toEqual(['FM', 'IN']);
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

describe('a long list of offices', () => {
  it('an office covers a list whose members are each followed by their office holder', () => {
    const out = classify({
      language: 'uk',
      title: 'Зустріч міністрів у Варшаві',
      text: 'Міністр закордонних справ Польщі Радослав Сікорський відкрив зустріч у Варшаві. Зустріч тривала дві години. Учасники обговорили безпеку в регіоні. Прибули також міністри закордонних справ Естонії Маргус Цахкна, Латвії Байба Браже і Фінляндії Еліна Валтонен.',
    });
    expect(out.countries.slice().sort()).toEqual(['EE', 'FI', 'LV', 'PL']);
  });

  const lead =
    'Foreign Minister Hakan Fidan of Türkiye received the Foreign Minister of Azerbaijan in Ankara on Monday.\n' +
    'The two ministers discussed regional questions.\n' +
    'They also spoke about transport links.\n';

  it('the ambassadors of four countries all take part, though none of them stands out', () => {
    const out = classify({
      language: 'en',
      title: 'Ministers meet in Ankara',
      text:
        lead +
        'Later the ambassadors of Germany, France, the Netherlands and Belgium were received at the Ministry.',
    });
    expect(out.countries.slice().sort()).toEqual(['AZ', 'BE', 'DE', 'FR', 'NL', 'TR']);
  });

  it('a list of places without offices stays a list of places', () => {
    const out = classify({
      language: 'en',
      title: 'Ministers meet in Ankara',
      text: lead + 'Later they recalled the earthquakes in Germany, France, the Netherlands and Belgium.',
    });
    expect(out.countries.slice().sort()).toEqual(['AZ', 'TR']);
  });
});
