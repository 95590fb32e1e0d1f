import { describe, expect, it } from 'vitest';
import { classify } from './helpers.js';

describe('a city or region acting through its own government', () => {
  it('a large city\'s mayor acts for its country: "Мер Львова", "Мэр Одессы", "the mayor of Kharkiv"', () => {
    expect(
      classify({
        language: 'uk',
        title: 'Мер Львова провів зустріч з послом Канади в Україні',
        text: 'Міський голова Львова провів зустріч із послом Канади в Україні.',
      }).pair,
    ).toEqual(['CA', 'UA']);
    expect(
      classify({
        language: 'ru',
        title: 'Мэр Одессы встретился с генконсулом Республики Беларусь',
        text: 'Мэр Одессы провел встречу с новым Генеральным консулом Республики Беларусь.',
      }).pair,
    ).toEqual(['BY', 'UA']);
    expect(
      classify({
        language: 'en',
        title: 'Japanese ambassador meets the mayor of Kharkiv',
        text: 'The Ambassador of Japan met the mayor of Kharkiv to discuss reconstruction.',
      }).pair,
    ).toEqual(['JP', 'UA']);
  });

  it("Ukraine's regional administrations (ОДА, ОВА, облгосадминистрация) act for Ukraine, in either case", () => {
    expect(
      classify({
        language: 'uk',
        title: 'Голова ОДА зустрівся з Генеральним консулом КНР',
        text: 'Голова Одеської обласної державної адміністрації провів зустріч із Генеральним консулом Китайської Народної Республіки.',
      }).pair,
    ).toEqual(['CN', 'UA']);
    expect(
      classify({
        language: 'uk',
        title: 'Дніпропетровська ОВА зустрілася з Послом Індонезії',
        text: 'Очільник Дніпропетровської ОВА провів зустріч з Послом Індонезії.',
      }).pair,
    ).toEqual(['ID', 'UA']);
    expect(
      classify({
        language: 'ru',
        text: 'Председатель Донецкой облгосадминистрации встретился с послом Канады.',
      }).countries.sort(),
    ).toEqual(['CA', 'UA']);
  });

  it('a city without its own office is only a place', () => {
    expect(
      classify({ language: 'uk', text: 'Генеральний консул Вірменії в Одесі виступив на форумі.' }).countries,
    ).toEqual(['AM']);
    expect(classify({ language: 'ru', text: 'Посол Канады посетил Харьков и Днепр.' }).countries).toEqual([
      'CA',
    ]);
  });
});
