import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type App } from '../../src/main.js';
import { ADMIN_ID, eventually, startHarness, type Harness } from './harness.js';

const CHATS = Array.from({ length: 60 }, (_, i) => 100_000 + i);

let h: Harness;
const workers: App[] = [];

beforeAll(async () => {
  // The service split in three: bot and scheduler in one process, two separate workers.
  h = await startHarness({ DELIVERY_RATE_PER_SECOND: '8' }, ['bot', 'scheduler']);
  for (let i = 0; i < 2; i++) workers.push(await startApp(h.config, ['worker'], pino({ level: 'silent' })));
});
afterAll(async () => {
  for (const worker of workers) await worker.stop();
  await h?.close();
});

describe('several workers sharing one Redis', () => {
  it('deliver each (chat, item) once, while command replies never wait behind the fan-out', async () => {
    for (const chatId of CHATS) {
      await h.app.store.chats.ensure(chatId, 'en');
      await h.app.store.chats.update(chatId, { type: 'private' });
      await h.app.store.subscriptions.add(chatId, { target: { kind: 'country', code: 'AZ' }, topics: [] });
    }
    h.feeds.setFeed('/az.xml', { title: 'MFA of Azerbaijan', entries: [{ guid: 'old', title: 'Old', description: 'x' }] });
    const before = h.telegram.messagesTo(ADMIN_ID).length;
    h.telegram.sendText({ chatId: ADMIN_ID, from: { id: ADMIN_ID }, text: `/addfeed ${h.feeds.url('/az.xml')} country=AZ official=yes` });
    await h.telegram.waitForMessages(ADMIN_ID, before + 1);
    const start = h.feeds.requests('/az.xml');
    await eventually(() => h.feeds.requests('/az.xml') >= start + 2, 'the first polls');

    for (let n = 1; n <= 3; n++) {
      h.feeds.addEntry('/az.xml', { guid: `new-${n}`, title: `Azerbaijan statement number ${n}`, description: `Baku, statement ${n}.` });
    }
    // While 60 chats are served at 8 messages a second, a user's command is answered at once.
    await eventually(() => CHATS.some((id) => h.telegram.messagesTo(id).length > 0), 'the fan-out to start');
    const asked = Date.now();
    h.telegram.sendText({ chatId: 555, from: { id: 555, language_code: 'en' }, text: '/help' });
    await h.telegram.waitForMessages(555, 1, 5000);
    const answeredAfter = Date.now() - asked;
    const servedWhenAnswered = CHATS.filter((id) => h.telegram.messagesTo(id).length > 0).length;
    console.log(`scale-out: /help answered after ${answeredAfter} ms with ${servedWhenAnswered}/${CHATS.length} chats served`);
    expect(servedWhenAnswered).toBeLessThan(CHATS.length);

    await eventually(() => CHATS.every((id) => h.telegram.messagesTo(id).length > 0), 'every chat served', 40_000);
    // Let the workers poll a few more times: nothing more may come.
    const polled = h.feeds.requests('/az.xml');
    await eventually(() => h.feeds.requests('/az.xml') >= polled + 3, 'more polls');
    for (const chatId of CHATS) {
      const texts = h.telegram.messagesTo(chatId).map((m) => m.text).join('\n');
      for (let n = 1; n <= 3; n++) {
        expect(texts.split(`Azerbaijan statement number ${n}`).length - 1, `chat ${chatId}, item ${n}`).toBe(1);
      }
    }
    expect(h.telegram.violations).toEqual([]);
  });
});
