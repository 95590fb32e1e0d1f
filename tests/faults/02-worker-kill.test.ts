import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_ID, eventually, startHarness, type Harness } from '../integration/harness.js';
import { figure, lostAndDuplicated, sleep } from '../support/fault-figures.js';
import { killAllRoles, spawnRole, type RoleProcess } from '../support/fault-process.js';
import { startFaultProxy, type FaultProxy } from '../support/fault-proxy.js';

// Case 2: a worker process SIGKILLed while Telegram holds its sends open; another worker recovers.
const CHATS = Array.from({ length: 24 }, (_, i) => 910_000 + i);
const FEED = '/worker-kill.xml';

let h: Harness;
let proxy: FaultProxy;

beforeAll(async () => {
  // Bot and scheduler in this process; the workers are processes of their own.
  h = await startHarness({}, ['bot', 'scheduler']);
  proxy = await startFaultProxy(h.telegram.apiRoot);
});
afterAll(async () => {
  await killAllRoles();
  await proxy?.close();
  await h?.close();
});

function startWorker(): RoleProcess {
  return spawnRole('worker', {
    BOT_TOKEN: h.telegram.token,
    TELEGRAM_API_ROOT: proxy.url,
    REDIS_URL: h.config.REDIS_URL!,
    REDIS_PREFIX: h.config.REDIS_PREFIX,
    POLL_INTERVAL_SECONDS: '1',
    FEED_ALLOW_PRIVATE_HOSTS: '1',
    FEEDS_FILE: 'none',
    HTTP_PORT: '0',
    LOG_LEVEL: 'info',
  });
}

async function command(chatId: number, text: string): Promise<string> {
  const before = h.telegram.messagesTo(chatId).length;
  h.telegram.sendText({ chatId, text, from: { id: chatId, first_name: 'W', language_code: 'en' } });
  return (await h.telegram.waitForMessages(chatId, before + 1, 10_000))[before]!.text;
}

describe('a worker killed mid-delivery', () => {
  it('has its stalled jobs recovered by another worker; at most the in-flight messages repeat', async () => {
    const first = startWorker();
    await first.waitForLog(/Attaché started/);
    h.feeds.setFeed(FEED, { title: 'MFA of Azerbaijan', entries: [{ guid: 'old', title: 'Azerbaijan old news', description: 'Old.' }] });
    expect(await command(ADMIN_ID, `/addfeed ${h.feeds.url(FEED)} country=AZ`)).toMatch(/Added feed/);
    for (const chatId of CHATS) expect(await command(chatId, '/subscribe Azerbaijan')).toMatch(/Now following/);
    const primed = h.feeds.requests(FEED);
    await eventually(() => h.feeds.requests(FEED) >= primed + 2, 'the first polls');

    // Telegram takes the sends and does not answer yet; the worker dies waiting.
    proxy.holdSends();
    const markers = ['Workermark1', 'Workermark2'];
    for (const marker of markers) {
      h.feeds.addEntry(FEED, { guid: marker, title: `${marker}: Azerbaijan statement`, description: 'Baku.' });
    }
    await proxy.waitForHeld(4, 30_000);
    await sleep(500);
    await first.kill('SIGKILL');
    const killedAt = Date.now();
    const inFlight = proxy.held();
    // Half of those sends reached Telegram (the message exists, no worker marked it sent); the
    // other half never did (only a recovered job can deliver them).
    const forwarded = Math.ceil(inFlight / 2);
    proxy.release({ forward: forwarded });

    const second = startWorker();
    await second.waitForLog(/Attaché started/);
    const expected = new Map(CHATS.map((id) => [id, markers]));
    await eventually(() => lostAndDuplicated(h.telegram, expected).lost === 0, 'every chat served', 200_000);
    const recoveredS = (Date.now() - killedAt) / 1000;

    // Every job settled (the stalled ones too), and more polls: nothing else repeats.
    await eventually(async () => {
      const counts = await h.app.queues.deliver.getJobCounts('waiting', 'active', 'delayed', 'prioritized');
      return Object.values(counts).every((n) => n === 0);
    }, 'the delivery queue settled', 200_000);
    const polled = h.feeds.requests(FEED);
    await eventually(() => h.feeds.requests(FEED) >= polled + 3, 'more polls', 30_000);
    await sleep(2000);
    const result = lostAndDuplicated(h.telegram, expected);
    const repeatedChats = CHATS.filter((id) => h.telegram.messagesTo(id).filter((m) => m.text.includes('Workermark')).length > 1).length;
    figure('worker-kill', {
      chats: CHATS.length,
      in_flight_at_kill: inFlight,
      in_flight_delivered_by_telegram: forwarded,
      lost: result.lost,
      duplicated_messages: repeatedChats,
      recover_s: recoveredS,
    });
    expect(result.lost).toBe(0);
    // Each send Telegram took before the worker died may repeat once; nothing else may.
    expect(repeatedChats).toBeLessThanOrEqual(forwarded);
    for (const chatId of CHATS) {
      expect(h.telegram.messagesTo(chatId).filter((m) => m.text.includes('Workermark')).length).toBeLessThanOrEqual(2);
    }
    expect(h.telegram.violations).toEqual([]);
  });
});
