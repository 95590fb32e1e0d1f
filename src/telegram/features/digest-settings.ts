import { Composer } from 'telegraf';
import type { DigestControl } from '../../../jobs/digest-control.js';
import { parseDigestMode, parseQuietHours, type DigestMode, type Weekday } from '../../domain/digest/schedule.js';
import { cbPattern } from '../callback-data.js';
import { commandArgs, type BotContext } from '../context.js';
import { describeDigest, describeQuiet, formatMoment } from '../describe.js';
import { requireManager, type FeatureDeps } from '../guard.js';
import { digestDays, digestMenu, digestTimes, quietMenu, timezoneMenu } from '../keyboards/settings.js';
import { readTimeZone, suggestTimeZones } from '../zones.js';

export interface DigestSettingsDeps extends FeatureDeps {
  digestControl: DigestControl;
}

/** /digest, /timezone, /quiet, /pause, /resume: when the subject receives its items. */
export function createDigestSettingsFeature(deps: DigestSettingsDeps) {
  const feature = new Composer<BotContext>();
  const chatOf = async (ctx: BotContext) => deps.store.chats.ensure(ctx.subject.id, ctx.lang);

  async function status(ctx: BotContext): Promise<string> {
    const chat = await chatOf(ctx);
    return ctx.tr('digest_settings.status', {
      mode: describeDigest(chat.digest, ctx.tr, ctx.lang),
      zone: chat.timezone,
      quiet: describeQuiet(chat.quiet, ctx.tr),
    }) + (chat.paused ? `\n${ctx.tr('pause.is_paused')}` : '');
  }

  /** Applies a mode and says when the next digest comes, in the subject's zone. */
  async function setMode(ctx: BotContext, mode: DigestMode): Promise<string> {
    const { nextAt } = await deps.digestControl.setMode(ctx.subject.id, mode);
    const chat = await chatOf(ctx);
    const next = nextAt === null ? ctx.tr('digest_settings.next_instant') : ctx.tr('digest_settings.next_at', { when: formatMoment(nextAt, ctx.lang, chat.timezone), zone: chat.timezone });
    return `${ctx.tr('digest_settings.done', { mode: describeDigest(mode, ctx.tr, ctx.lang) })}\n${next}`;
  }

  feature.command('digest', async (ctx) => {
    const args = commandArgs(ctx);
    if (!args) return void (await ctx.replyHtml(`${await status(ctx)}\n\n${ctx.tr('digest_settings.usage')}`, digestMenu((await chatOf(ctx)).digest, ctx.tr)));
    const mode = parseDigestMode(args.slice(0, 100));
    if ('error' in mode) return void (await ctx.replyHtml(ctx.tr(`digest_settings.error_${mode.error.replace('-', '_')}`, { input: args.slice(0, 60) })));
    if (!(await requireManager(ctx, deps.mayManage))) return;
    await ctx.replyHtml(await setMode(ctx, mode));
  });

  feature.action(cbPattern('dg', '(menu|i|h|d|w)(?::([1-7]))?(?::(\\d{4}))?'), async (ctx) => {
    const [, kind, day, time] = ctx.match;
    const at = time ? `${time.slice(0, 2)}:${time.slice(2)}` : undefined;
    // Even turning pages of the keyboard is the admins': it is their message the page redraws.
    if (!(await requireManager(ctx, deps.mayManage))) return;
    if (kind === 'menu' || (kind === 'd' && !at) || (kind === 'w' && !at)) {
      await ctx.answer();
      if (kind === 'menu') return ctx.editHtml(await status(ctx), digestMenu((await chatOf(ctx)).digest, ctx.tr));
      if (kind === 'd') return ctx.editHtml(ctx.tr('digest_settings.pick_time'), digestTimes(ctx.tr));
      if (!day) return ctx.editHtml(ctx.tr('digest_settings.pick_day'), digestDays(ctx.tr, ctx.lang));
      return ctx.editHtml(ctx.tr('digest_settings.pick_time'), digestTimes(ctx.tr, Number(day)));
    }
    const mode: DigestMode =
      kind === 'i' ? { kind: 'instant' }
      : kind === 'h' ? { kind: 'hourly' }
      : kind === 'd' ? { kind: 'daily', at: at! }
      : { kind: 'weekly', day: Number(day ?? 1) as Weekday, at: at! };
    const done = await setMode(ctx, mode);
    await ctx.answer();
    await ctx.editHtml(done);
  });

  async function setZone(ctx: BotContext, zone: string): Promise<string> {
    await deps.digestControl.setTimezone(ctx.subject.id, zone);
    return ctx.tr('timezone.done', { zone, time: formatMoment(Date.now(), ctx.lang, zone) });
  }

  feature.command('timezone', async (ctx) => {
    const args = commandArgs(ctx);
    const chat = await chatOf(ctx);
    if (!args) return void (await ctx.replyHtml(ctx.tr('timezone.usage', { zone: chat.timezone }), timezoneMenu(chat.timezone)));
    const zone = readTimeZone(args);
    if (!zone) {
      const close = suggestTimeZones(args);
      const hint = close.length ? `\n${ctx.tr('subscribe.did_you_mean', { options: close.join(', ') })}` : '';
      return void (await ctx.replyHtml(ctx.tr('timezone.unknown', { input: args.slice(0, 64) }) + hint));
    }
    if (!(await requireManager(ctx, deps.mayManage))) return;
    await ctx.replyHtml(await setZone(ctx, zone));
  });

  feature.action(cbPattern('tz', '([A-Za-z_/+\\-0-9]{1,50})'), async (ctx) => {
    const zone = readTimeZone(ctx.match[1]!);
    if (!zone) return void (await ctx.answer(ctx.tr('buttons.expired', { command: '/timezone' }), true));
    if (!(await requireManager(ctx, deps.mayManage))) return;
    const done = await setZone(ctx, zone);
    await ctx.answer();
    await ctx.editHtml(done);
  });

  async function setQuiet(ctx: BotContext, text: string): Promise<string | null> {
    const off = /^(off|no|none|0)$/i.test(text);
    const quiet = off ? null : parseQuietHours(text);
    if (!off && !quiet) return null;
    await deps.digestControl.setQuietHours(ctx.subject.id, quiet);
    return quiet ? ctx.tr('quiet.done', { start: quiet.start, end: quiet.end, zone: (await chatOf(ctx)).timezone }) : ctx.tr('quiet.done_off');
  }

  feature.command('quiet', async (ctx) => {
    const args = commandArgs(ctx);
    const chat = await chatOf(ctx);
    if (!args) {
      const text = ctx.tr('quiet.usage', { current: describeQuiet(chat.quiet, ctx.tr), zone: chat.timezone });
      return void (await ctx.replyHtml(text, quietMenu(chat.quiet, ctx.tr)));
    }
    if (!/^(off|no|none|0)$/i.test(args) && !parseQuietHours(args)) return void (await ctx.replyHtml(ctx.tr('quiet.invalid', { input: args.slice(0, 60) })));
    if (!(await requireManager(ctx, deps.mayManage))) return;
    await ctx.replyHtml((await setQuiet(ctx, args))!);
  });

  feature.action(cbPattern('qt', '(off|\\d{4}-\\d{4})'), async (ctx) => {
    if (!(await requireManager(ctx, deps.mayManage))) return;
    const value = ctx.match[1]!.replace(/(\d\d)(\d\d)/g, '$1:$2');
    const done = await setQuiet(ctx, value);
    await ctx.answer();
    if (done) await ctx.editHtml(done);
  });

  feature.command('pause', async (ctx) => {
    if (!(await requireManager(ctx, deps.mayManage))) return;
    await deps.digestControl.pause(ctx.subject.id);
    await ctx.replyHtml(ctx.tr('pause.done'));
  });

  feature.command('resume', async (ctx) => {
    if (!(await requireManager(ctx, deps.mayManage))) return;
    const { waiting } = await deps.digestControl.resume(ctx.subject.id);
    await ctx.replyHtml(waiting > 0 ? ctx.tr('pause.resumed_waiting', { count: waiting }) : ctx.tr('pause.resumed'));
  });

  return feature;
}
