import { pino } from 'pino';
import type { Context } from 'telegraf';
import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../../src/i18n.js';
import { createUnavailableGuard } from '../../../src/telegram/unavailable.js';

const t = createTranslator();
const never = () => new Promise<never>(() => {});

function fakeContext(update: { text?: string; chatType?: string; callback?: boolean; languageCode?: string }) {
  const sent: { chatId: number; text: string }[] = [];
  const alerts: string[] = [];
  const chat = { id: 42, type: update.chatType ?? 'private' };
  const from = { id: 7, language_code: update.languageCode ?? 'en' };
  const ctx = {
    update: { update_id: 1 },
    chat,
    from,
    message: update.callback ? undefined : { message_id: 1, chat, from, text: update.text ?? '/list' },
    callbackQuery: update.callback ? { id: 'cb1', from, data: 'x' } : undefined,
    telegram: {
      sendMessage: async (chatId: number, text: string) => void sent.push({ chatId, text }),
      answerCbQuery: async (_id: string, text: string) => void alerts.push(text),
    },
  };
  return { ctx: ctx as unknown as Context, sent, alerts };
}

const guard = (probe: () => Promise<unknown>) =>
  createUnavailableGuard<Context>({ probe, t, logger: pino({ level: 'silent' }), probeTimeoutMs: 50, slowUpdateMs: 100 });

describe('the "temporarily unavailable" guard', () => {
  it('answers at once in the user language and runs nothing while Redis does not answer', async () => {
    const { ctx, sent } = fakeContext({ languageCode: 'ru-RU' });
    let ran = false;
    await guard(never)(ctx, async () => void (ran = true));
    expect(ran).toBe(false);
    expect(sent).toEqual([{ chatId: 42, text: t('ru', 'errors.unavailable') }]);
  });

  it('answers a button with an alert, and stays silent on ordinary group talk', async () => {
    const button = fakeContext({ callback: true });
    await guard(never)(button.ctx, async () => {});
    expect(button.alerts).toEqual([t('en', 'errors.unavailable')]);
    const talk = fakeContext({ chatType: 'group', text: 'hello all' });
    await guard(never)(talk.ctx, async () => {});
    expect(talk.sent).toEqual([]);
  });

  it('lets updates through while Redis answers, however slow the handler', async () => {
    const { ctx, sent } = fakeContext({});
    let finished = false;
    await guard(async () => 'ok')(ctx, async () => {
      await new Promise((resolve) => setTimeout(resolve, 250));
      finished = true;
    });
    expect(finished).toBe(true);
    expect(sent).toEqual([]);
  });

  it('answers when Redis goes away in the middle of an update, without waiting for it', async () => {
    const { ctx, sent } = fakeContext({});
    let calls = 0;
    // Answers the first probe, then hangs as a Redis that just went down.
    const probe = () => (calls++ === 0 ? Promise.resolve('ok') : never());
    await guard(probe)(ctx, never);
    expect(sent).toEqual([{ chatId: 42, text: t('en', 'errors.unavailable') }]);
  });
});
