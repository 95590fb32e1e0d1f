import { allCountryCodes, countryFlag, countryName, searchCountries } from '../../domain/countries/index.js';
import { groupIds } from '../../domain/groups.js';
import { cb, keyToData, truncateBytes } from '../callback-data.js';
import { describeCountry, describeGroup, type Tr } from '../describe.js';
import { button, grid, keyboard, paginate, pager, type Button } from './markup.js';
import type { InlineKeyboardMarkup } from 'telegraf/types';

/**
 * What the picker shows: `-` countries to follow, `G` groups to follow, `P` the first country of
 * a pair, or a country code: the second country of a pair with that one.
 */
export interface PickerState {
  mode: string;
  page: number;
  /** Letters typed to narrow the list (at most 24 bytes, so buttons stay within 64). */
  query: string;
}

const PAGE_SIZE = 10;
export const QUERY_BYTES = 24;

export function pickerState(mode: string, page = 0, query = ''): PickerState {
  return { mode, page, query: truncateBytes(query.trim(), QUERY_BYTES) };
}

/** The fields that let a button press redraw this exact view: `p:MODE:PAGE:QUERY`. */
export function pickerView(state: PickerState): string[] {
  return ['p', state.mode, String(state.page), state.query];
}

/** Reads `MODE:PAGE:QUERY` back; null when malformed. */
export function parsePickerView(fields: string[]): PickerState | null {
  const [mode, page, ...query] = fields;
  if (!mode || !/^(-|G|P|[A-Z]{2})$/.test(mode) || !page || !/^\d{1,3}$/.test(page)) return null;
  return pickerState(mode, Number(page), query.join(':'));
}

function codesFor(state: PickerState, lang: string): string[] {
  const codes = state.query
    ? searchCountries(state.query, lang)
    : allCountryCodes().sort((a, b) => countryName(a, lang).localeCompare(countryName(b, lang), lang));
  return /^[A-Z]{2}$/.test(state.mode) ? codes.filter((c) => c !== state.mode) : codes;
}

/** The picker's text and keyboard. `followed` holds the subject's target keys, shown with a tick. */
export function renderPicker(state: PickerState, lang: string, tr: Tr, followed: ReadonlySet<string>): { text: string; keyboard: InlineKeyboardMarkup; empty: boolean } {
  const view = pickerView(state);
  const toggle = (key: string, label: string): Button =>
    followed.has(key) ? button(`✓ ${label}`, cb('uns', keyToData(key), ...view)) : button(label, cb('sub', keyToData(key), ...view));

  let entries: Button[];
  let total: number;
  if (state.mode === 'G') {
    const ids = groupIds();
    const page = paginate(ids, state.page, PAGE_SIZE);
    entries = page.items.map((id) => toggle(`g:${id}`, describeGroup(id, tr)));
    total = ids.length;
  } else {
    const codes = codesFor(state, lang);
    const page = paginate(codes, state.page, PAGE_SIZE);
    entries = page.items.map((code) => {
      const label = `${countryFlag(code)} ${countryName(code, lang)}`;
      if (state.mode === 'P') return button(label, cb('cp', code, 0, ''));
      if (state.mode === '-') return toggle(code, label);
      return toggle([state.mode, code].sort().join('-'), label);
    });
    total = codes.length;
  }
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const page = Math.min(state.page, pages - 1);
  const nav = pager(page, pages, (p) => cb('cp', state.mode, p, state.query));
  const extra: Button[] =
    state.mode === '-'
      ? [button(tr('picker.pair_button'), cb('cp', 'P', 0, '')), button(tr('picker.groups_button'), cb('cp', 'G', 0, ''))]
      : [button(tr('picker.back_button'), cb('cp', '-', 0, ''))];
  if (state.query) extra.push(button(tr('picker.clear_button'), cb('cp', state.mode, 0, '')));

  const head =
    state.mode === '-' ? tr('picker.follow')
    : state.mode === 'G' ? tr('picker.groups')
    : state.mode === 'P' ? tr('picker.pair_first')
    : tr('picker.pair_second', { country: describeCountry(state.mode, lang) });
  const lines = [head];
  if (state.query) lines.push(total ? tr('picker.matching', { query: state.query }) : tr('picker.no_match', { query: state.query }));
  if (state.mode !== 'G' && !state.query) lines.push(tr('picker.type_hint'));
  return { text: lines.join('\n\n'), keyboard: keyboard([...grid(entries, 2), nav, extra]), empty: total === 0 };
}
