import { Composer } from 'telegraf';
import { searchCountries } from '../../domain/countries/index.js';
import { targetKey, type Target } from '../../domain/subscriptions.js';
import { cb, cbPattern, keyFromData, keyToData } from '../callback-data.js';
import type { BotContext } from '../context.js';
import { describeTarget } from '../describe.js';
import { requireManager, type FeatureDeps } from '../guard.js';
import { parsePickerView, renderPicker } from '../keyboards/country-picker.js';
import { button, grid, keyboard } from '../keyboards/markup.js';
import { readTargets, targetFromKey } from '../target-input.js';
import { showList } from './list.js';
import { followedKeys, showPicker, withThread } from './subscribe.js';

/** After a press: redraw the picker or the list the button came from, or confirm in place. */
async function redraw(deps: FeatureDeps, ctx: BotContext, view: string[], confirmation: string, target: Target) {
  if (view[0] === 'p') {
    const state = parsePickerView(view.slice(1));
    if (state) {
      const picker = renderPicker(state, ctx.lang, ctx.tr, await followedKeys(deps, ctx));
      return ctx.editHtml(picker.text, picker.keyboard);
    }
  }
  if (view[0] === 'l') return showList(deps, ctx, Number(view[1] ?? 0), true);
  const topics = button(`🏷 ${describeTarget(target, ctx.lang, ctx.tr)}`, cb('tp', keyToData(targetKey(target)), 'open'));
  return ctx.editHtml(confirmation, keyboard([[topics]]));
}

/** The country picker's buttons, and names typed in a private chat to find a country. */
export function createPickerFeature(deps: FeatureDeps) {
  const feature = new Composer<BotContext>();

  feature.action(cbPattern('cp', '(-|G|P|[A-Z]{2}):(\\d{1,3}):(.*)'), async (ctx) => {
    const state = parsePickerView([ctx.match[1]!, ctx.match[2]!, ctx.match[3]!]);
    // The picker only leads to following: in a group, its pages are the admins' too.
    if (!(await requireManager(ctx, deps.mayManage))) return;
    await ctx.answer();
    if (!state) return;
    const picker = renderPicker(state, ctx.lang, ctx.tr, await followedKeys(deps, ctx));
    await ctx.editHtml(picker.text, picker.keyboard);
  });

  feature.action(cbPattern('(sub|uns)', '([^:]+)(?::(.*))?'), async (ctx) => {
    const [, action, keyField, rest] = ctx.match;
    const target = targetFromKey(keyFromData(keyField!), deps.resolver);
    if (!target) return void (await ctx.answer(ctx.tr('buttons.expired', { command: '/subscribe' }), true));
    if (!(await requireManager(ctx, deps.mayManage))) return;
    const name = describeTarget(target, ctx.lang, ctx.tr);
    const key = targetKey(target);
    let confirmation: string;
    if (action === 'sub') {
      const existing = (await deps.store.subscriptions.list(ctx.subject.id)).find((s) => targetKey(s.target) === key);
      if (!existing) await deps.store.subscriptions.add(ctx.subject.id, withThread(ctx, { target, topics: [] }));
      confirmation = ctx.tr('subscribe.done', { targets: name });
    } else {
      const removed = await deps.store.subscriptions.remove(ctx.subject.id, key);
      confirmation = removed ? ctx.tr('unsubscribe.done', { targets: name }) : ctx.tr('unsubscribe.not_subscribed', { target: name });
    }
    await ctx.answer(confirmation.replace(/<[^>]+>/g, ''));
    await redraw(deps, ctx, rest ? rest.split(':') : [], confirmation, target);
  });

  // In a private chat, a name or a few letters typed without a command find countries to follow.
  feature.on('text', async (ctx, next) => {
    const text = ctx.message.text.trim();
    if (ctx.chat.type !== 'private' || text.startsWith('/') || text.length > 60 || 'forward_origin' in ctx.message) return next();
    const read = readTargets(text, deps.resolver, ctx.tr, ctx.lang);
    if (read.problems.length === 0 && read.subscriptions.length > 0) {
      const buttons = read.subscriptions.slice(0, 8).map((s) => button(`➕ ${describeTarget(s.target, ctx.lang, ctx.tr)}`, cb('sub', keyToData(targetKey(s.target)))));
      return void (await ctx.replyHtml(ctx.tr('picker.follow_found'), keyboard(grid(buttons, 1))));
    }
    // Chat words ("hi", "ok") are not searches: a few letters open the picker, a longer word a guess.
    if (text.length >= 3 && searchCountries(text, ctx.lang).length > 0) return showPicker(deps, ctx, text);
    if (text.length >= 4 && read.suggestions.length > 0) {
      const buttons = read.suggestions.map((t) => button(`➕ ${describeTarget(t, ctx.lang, ctx.tr)}`, cb('sub', keyToData(targetKey(t)))));
      return void (await ctx.replyHtml(read.problems.join('\n'), keyboard(grid(buttons, 1))));
    }
    return next();
  });

  return feature;
}
