import type { InlineKeyboardMarkup } from 'telegraf/types';
import { targetKey, type Subscription } from '../../domain/subscriptions.js';
import { TOPIC_IDS } from '../../domain/topics.js';
import { cb, keyToData } from '../callback-data.js';
import { describeSubscription, describeTarget, topicName, type Tr } from '../describe.js';
import { button, grid, keyboard } from './markup.js';
import { sortSubscriptions } from './subscription-list.js';

/** Toggles for one subscription's topic filter; no topic ticked means every topic. */
export function renderTopicToggles(subscription: Subscription, lang: string, tr: Tr): { text: string; keyboard: InlineKeyboardMarkup } {
  const key = keyToData(targetKey(subscription.target));
  const chosen = new Set<string>(subscription.topics);
  const toggles = TOPIC_IDS.map((topic, index) =>
    button(`${chosen.has(topic) ? '✓ ' : ''}${topicName(topic, tr)}`, cb('tp', key, index)),
  );
  const text = [
    tr('topic_filter.toggle_header', { target: describeTarget(subscription.target, lang, tr) }),
    chosen.size === 0 ? tr('topic_filter.all_selected') : tr('topic_filter.some_selected', { count: chosen.size }),
  ].join('\n\n');
  return {
    text,
    keyboard: keyboard([
      ...grid(toggles, 2),
      [button(tr('topic_filter.all_button'), cb('tp', key, 'all')), button(tr('topic_filter.done_button'), cb('tp', key, 'done'))],
      [button(tr('topic_filter.back_button'), cb('tp', 'menu'))],
    ]),
  };
}

/** /topics without arguments: every topic's name, and a button per subscription to filter it. */
export function renderTopicMenu(subscriptions: Subscription[], lang: string, tr: Tr): { text: string; keyboard: InlineKeyboardMarkup } {
  const legend = TOPIC_IDS.map((topic) => `• ${topicName(topic, tr)} — <code>${topic}</code>`);
  const text = [tr('topic_filter.menu_header'), legend.join('\n'), subscriptions.length ? tr('topic_filter.menu_pick') : tr('topic_filter.menu_empty')].join('\n\n');
  const buttons = sortSubscriptions(subscriptions, lang, tr)
    .slice(0, 50)
    .map((s) => button(`🏷 ${describeSubscription(s, lang, tr)}`, cb('tp', keyToData(targetKey(s.target)), 'open')));
  return { text, keyboard: keyboard(grid(buttons, 1)) };
}
