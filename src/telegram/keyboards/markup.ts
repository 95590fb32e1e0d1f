import type { InlineKeyboardButton, InlineKeyboardMarkup } from 'telegraf/types';

export type Button = InlineKeyboardButton.CallbackButton;

/** Button labels longer than this are cut: Telegram shows little more on a phone anyway. */
const LABEL_MAX = 40;

export function button(text: string, data: string): Button {
  const label = [...text].length > LABEL_MAX ? `${[...text].slice(0, LABEL_MAX - 1).join('')}…` : text;
  return { text: label, callback_data: data };
}

export function keyboard(rows: (Button | InlineKeyboardButton)[][]): InlineKeyboardMarkup {
  return { inline_keyboard: rows.filter((row) => row.length > 0) };
}

/** Lays buttons out `perRow` to a row. */
export function grid<T>(items: readonly T[], perRow: number): T[][] {
  const rows: T[][] = [];
  for (let i = 0; i < items.length; i += perRow) rows.push(items.slice(i, i + perRow));
  return rows;
}

/** One page of a list, and how many pages there are; an out-of-range page shows the last one. */
export function paginate<T>(items: readonly T[], page: number, size: number): { items: T[]; page: number; pages: number } {
  const pages = Math.max(1, Math.ceil(items.length / size));
  const current = Math.min(Math.max(0, page), pages - 1);
  return { items: items.slice(current * size, (current + 1) * size), page: current, pages };
}

/** ◀ 2/5 ▶: the middle button carries the current page, so a view can be redrawn from its keyboard. */
export function pager(page: number, pages: number, dataFor: (page: number) => string): Button[] {
  if (pages <= 1) return [];
  return [
    button('◀', dataFor((page - 1 + pages) % pages)),
    button(`${page + 1}/${pages}`, dataFor(page)),
    button('▶', dataFor((page + 1) % pages)),
  ];
}
