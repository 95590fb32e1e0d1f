import type { InlineKeyboardMarkup } from 'telegraf/types';
import { escapeHtml } from '../../domain/html.js';
import { targetKey, type Subscription } from '../../domain/subscriptions.js';
import { cb, keyToData } from '../callback-data.js';
import { describeSubscription, describeTarget, type Tr } from '../describe.js';
import { button, keyboard, paginate, pager } from './markup.js';

const PAGE_SIZE = 10;

/** Subscriptions in the order of their localized names, so the list reads like an index. */
export function sortSubscriptions(subscriptions: Subscription[], lang: string, tr: Tr): Subscription[] {
  const name = (s: Subscription) => describeTarget(s.target, lang, tr).replace(/^\S+\s/, '');
  return [...subscriptions].sort((a, b) => name(a).localeCompare(name(b), lang));
}

/**
 * /list: every subscription with its topics and forum thread, a button to remove each and one to
 * filter its topics; paginated when long.
 */
export function renderSubscriptionList(all: Subscription[], page: number, lang: string, tr: Tr): { text: string; keyboard: InlineKeyboardMarkup } {
  const sorted = sortSubscriptions(all, lang, tr);
  const shown = paginate(sorted, page, PAGE_SIZE);
  const lines = shown.items.map((s) => {
    const thread = s.threadId ? ` ${tr('list.thread', { thread: s.threadId })}` : '';
    return `• ${escapeHtml(describeSubscription(s, lang, tr))}${thread}`;
  });
  const rows = shown.items.map((s) => {
    const key = keyToData(targetKey(s.target));
    return [
      button(`✕ ${describeTarget(s.target, lang, tr)}`, cb('uns', key, 'l', shown.page)),
      button(tr('list.topics_button'), cb('tp', key, 'open')),
    ];
  });
  return {
    // "This chat follows" then the lines directly: the list reads as one block.
    text: [`${tr('list.header')}\n${lines.join('\n')}`, tr('list.hint', { count: all.length })].join('\n\n'),
    keyboard: keyboard([
      ...rows,
      pager(shown.page, shown.pages, (p) => cb('ls', p)),
      [button(tr('list.add_button'), cb('cp', '-', 0, '')), button(tr('list.remove_all_button'), cb('una', 'ask'))],
    ]),
  };
}

/** "Remove all N?" — Yes / Cancel. */
export function confirmRemoveAll(count: number, tr: Tr): InlineKeyboardMarkup {
  return keyboard([[button(tr('unsubscribe.confirm_yes', { count }), cb('una', 'yes')), button(tr('unsubscribe.confirm_no'), cb('una', 'no'))]]);
}
