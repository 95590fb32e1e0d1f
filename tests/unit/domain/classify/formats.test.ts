import { describe, expect, it } from 'vitest';
import { classify } from './helpers.js';

const G7 = ['CA', 'DE', 'FR', 'GB', 'IT', 'JP', 'US'];

// Texts written for these tests.
describe('a standing format named in the headline', () => {
  it('a meeting of the G7 foreign ministers is all seven members’, named or not', () => {
    const out = classify({
      language: 'en',
      title: 'G7 foreign ministers hold video call on Sudan',
      text: 'The foreign ministers of the Group of Seven held a video call on Tuesday. The Minister for Foreign Affairs of Japan said the ministers agreed to coordinate humanitarian aid.',
    });
    expect(out.countries.slice().sort()).toEqual(G7);
    expect(out.pair).toBeNull();
    const canada = out.why.countries.find((e) => e.code === 'CA');
    expect(canada?.notes).toContain('a member of a format the headline names');
  });

  it('Russian: the Normandy format in guillemets', () => {
    const out = classify({
      language: 'ru',
      title: 'В Париже началась встреча советников «нормандской четвёрки»',
      text: 'Советники лидеров собрались в Елисейском дворце. Переговоры продлятся до вечера.',
    });
    expect(out.countries.slice().sort()).toEqual(['DE', 'FR', 'RU', 'UA']);
  });

  it('Chinese: the permanent members of the Security Council beside their ministers', () => {
    const out = classify({
      language: 'zh',
      title: '王毅出席安理会常任理事国外长会议',
      text: '外交部长王毅在纽约出席会议，与各国外长就地区局势交换意见。',
    });
    expect(out.countries.slice().sort()).toEqual(['CN', 'FR', 'GB', 'RU', 'US']);
  });

  it('one outside party named by its office holder meets all members (a V4+1)', () => {
    const out = classify({
      language: 'de',
      title: 'Außenminister Heiko Maas zur Videokonferenz mit den vier Außenministern der Visegrád-Gruppe',
      text: 'Außenminister Heiko Maas hat sich per Video mit seinen Amtskollegen beraten. Man habe über Migration und die Lage in der Region gesprochen.',
    });
    expect(out.countries.slice().sort()).toEqual(['CZ', 'DE', 'HU', 'PL', 'SK']);
    expect(out.pair).toBeNull();
  });

  it('two parties named beside the format make it only the occasion of their meeting', () => {
    const out = classify({
      language: 'en',
      title: 'Japan and Comoros leaders meet on the sidelines of the G7 summit',
      text: 'The Prime Minister of Japan met the President of Comoros in Hiroshima. They discussed maritime security.',
    });
    expect(out.countries.slice().sort()).toEqual(['JP', 'KM']);
    expect(out.pair).toEqual(['JP', 'KM']);
  });

  it('a format inside a quoted remark is not its meeting', () => {
    const out = classify({
      language: 'it',
      title: 'Tajani: «Il G7 deve fare pressione su Mosca»',
      text: 'Il ministro degli Esteri Antonio Tajani ha parlato ai giornalisti a Roma.',
    });
    expect(out.countries).not.toContain('CA');
    expect(out.countries).not.toContain('JP');
  });

  it('an office in charge of a summit reports no meeting of it', () => {
    const out = classify({
      language: 'ja',
      title: '広島G7担当の外務審議官に山田氏',
      text: '政府は広島サミット担当の外務審議官に山田氏を起用する人事を決めた。',
    });
    expect(out.countries).not.toContain('CA');
  });

  it('a series of separate meetings with some members is no session of the whole format', () => {
    const out = classify({
      language: 'uk',
      title: 'Спікер провів низку зустрічей із головами парламентів держав G7 в Оттаві',
      text: 'Голова Верховної Ради України зустрівся з головою Палати депутатів Італії та спікером Палати громад Канади.',
    });
    expect(out.countries.slice().sort()).toEqual(['CA', 'IT', 'UA']);
  });
});
