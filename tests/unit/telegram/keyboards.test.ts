import { describe, expect, it } from 'vitest';
import type { InlineKeyboardMarkup } from 'telegraf/types';
import { groupIds } from '../../../src/domain/groups.js';
import type { Subscription } from '../../../src/domain/subscriptions.js';
import { createTranslator } from '../../../src/i18n.js';
import { cb, truncateBytes } from '../../../src/telegram/callback-data.js';
import { parsePickerView, pickerState, renderPicker } from '../../../src/telegram/keyboards/country-picker.js';
import { digestDays, digestMenu, digestTimes, languageMenu, quietMenu, timezoneMenu } from '../../../src/telegram/keyboards/settings.js';
import { renderSubscriptionList } from '../../../src/telegram/keyboards/subscription-list.js';
import { renderTopicMenu, renderTopicToggles } from '../../../src/telegram/keyboards/topic-toggles.js';

const t = createTranslator();
const tr = (lang: string) => (key: string, values?: Record<string, unknown>) => t(lang, key, values);

function data(markup: InlineKeyboardMarkup): string[] {
  return markup.inline_keyboard.flat().flatMap((b) => ('callback_data' in b ? [b.callback_data] : []));
}

const wide: Subscription[] = [
  ...groupIds().map((id): Subscription => ({ target: { kind: 'group', id, members: [] }, topics: ['energy'] })),
  { target: { kind: 'pair', codes: ['AZ', 'IT'] }, topics: [] },
];

describe('inline keyboards', () => {
  it('keep every callback within 64 bytes and versioned', () => {
    const all: string[] = [];
    for (const lang of ['en', 'ru', 'ar']) {
      for (const mode of ['-', 'G', 'P', 'AZ']) {
        for (const query of ['', 'ита', 'ßßßßßßßßßßßßßßßßßßßßßßßßßßßßßß', '🇦🇿🇦🇿🇦🇿🇦🇿🇦🇿🇦🇿🇦🇿', 'a:b:c']) {
          for (const page of [0, 5, 99]) {
            all.push(...data(renderPicker(pickerState(mode, page, query), lang, tr(lang), new Set(['g:SOUTH-CAUCASUS', 'AZ'])).keyboard));
          }
        }
      }
      for (const s of wide) all.push(...data(renderTopicToggles(s, lang, tr(lang)).keyboard));
      all.push(...data(renderTopicMenu(wide, lang, tr(lang)).keyboard));
      for (const page of [0, 1, 2, 9]) all.push(...data(renderSubscriptionList(wide, page, lang, tr(lang)).keyboard));
      all.push(...data(digestMenu({ kind: 'instant' }, tr(lang))), ...data(digestTimes(tr(lang))), ...data(digestTimes(tr(lang), 7)));
      all.push(...data(digestDays(tr(lang), lang)), ...data(timezoneMenu('UTC')), ...data(quietMenu(null, tr(lang))), ...data(languageMenu('en', (c) => c)));
    }
    expect(all.length).toBeGreaterThan(500);
    for (const d of all) {
      expect(Buffer.byteLength(d), d).toBeLessThanOrEqual(64);
      expect(d.split(':')[1], d).toBe('v1');
    }
  });

  it('refuses to build callback data past the limit', () => {
    expect(() => cb('sub', 'x'.repeat(60))).toThrow(/too long/);
    expect(truncateBytes('ааааа', 5)).toBe('аа');
  });

  it('pages through every country, ticks followed ones and toggles them', () => {
    const followed = new Set(['IT']);
    const seen = new Set<string>();
    for (let page = 0; page < 30; page++) {
      const view = renderPicker(pickerState('-', page), 'en', tr('en'), followed);
      for (const d of data(view.keyboard)) {
        const m = /^(sub|uns):v1:([A-Z]{2}):p:-:/.exec(d);
        if (m) seen.add(`${m[1]}:${m[2]}`);
      }
    }
    expect(seen.size).toBeGreaterThan(240);
    expect(seen.has('uns:IT')).toBe(true);
    expect(seen.has('sub:IT')).toBe(false);
  });

  it('narrows to typed letters in the chat language and pairs with an anchor', () => {
    const ru = renderPicker(pickerState('-', 0, 'азер'), 'ru', tr('ru'), new Set());
    expect(ru.text).toMatch(/азер/);
    expect(data(ru.keyboard)).toContain('sub:v1:AZ:p:-:0:азер');
    const pair = renderPicker(pickerState('AZ', 0, 'ital'), 'en', tr('en'), new Set(['AZ-IT']));
    expect(data(pair.keyboard)).toContain('uns:v1:AZ-IT:p:AZ:0:ital');
    expect(renderPicker(pickerState('-', 0, 'zzzz'), 'en', tr('en'), new Set()).empty).toBe(true);
  });

  it('reads a picker view back from a button', () => {
    expect(parsePickerView(['AZ', '3', 'it:a'])).toEqual({ mode: 'AZ', page: 3, query: 'it:a' });
    expect(parsePickerView(['zz', '3', ''])).toBeNull();
    expect(parsePickerView(['-', 'x', ''])).toBeNull();
  });
});
