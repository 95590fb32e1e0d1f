import { PRIORITY } from '../jobs/dispatch.js';
import { startApp } from '../src/main.js';
import type { StoredItem } from '../src/store/items.js';
import { createSender } from '../src/telegram/sender.js';
import { startRateLimitedBotApi, type RateLimitedBotApi } from './support/bot-api.js';
import { BENCH_TOKEN, benchConfig, inBatches, silentLogger, startBenchRedis, until, type BenchResult } from './support/env.js';

const ALLOWED_PER_SECOND = 1000;
const TEXT = '<b>🇦🇿 Azerbaijan – 🇮🇹 Italy</b>\nForeign Minister met the President of the Senate of Italy';

/** Messages/s between the 10th and the 90th percentile of arrivals: warm-up and tail left out. */
function sustainedRate(arrivals: number[]): number {
  const from = Math.floor(arrivals.length * 0.1);
  const to = Math.floor(arrivals.length * 0.9);
  const span = (arrivals[to]! - arrivals[from]!) / 1000;
  return span > 0 ? (to - from) / span : Infinity;
}

/**
 * The delivery worker as deployed, with DELIVERY_RATE_PER_SECOND=1000 (paid broadcast), against a
 * Bot API that admits 1,000 messages a second: `chats` instant chats with one pending item each,
 * a delivery job each, and the rate at which Telegram receives the messages.
 */
export async function benchSendRate(chats = 5000): Promise<BenchResult[]> {
  const redis = await startBenchRedis();
  const telegram = await startRateLimitedBotApi(ALLOWED_PER_SECOND);
  let app: Awaited<ReturnType<typeof startApp>> | undefined;
  try {
    const { store } = redis;
    const item: StoredItem = {
      id: 'bench-send-1', feedId: '1', title: 'Foreign Minister of Azerbaijan met the President of the Senate of Italy',
      link: 'https://mfa.example/news/1', summary: 'The sides discussed energy cooperation.', published: null,
      source: 'MFA of Azerbaijan', official: true, countries: ['AZ', 'IT'], pair: ['AZ', 'IT'],
      topics: ['bilateral-relations'], language: 'en', seenAt: Date.now(),
    };
    await store.items.save(item);
    const ids = Array.from({ length: chats }, (_, i) => 2_000_000 + i);
    await inBatches(ids, 1000, async (id) => {
      await store.chats.ensure(id, 'en');
      await store.chats.update(id, { type: 'private' });
      await store.pending.add(id, [{ itemId: item.id }]);
    });
    const config = benchConfig(redis, { TELEGRAM_API_ROOT: telegram.apiRoot, DELIVERY_RATE_PER_SECOND: String(ALLOWED_PER_SECOND), PAID_BROADCAST: '1' });
    app = await startApp(config, ['worker'], silentLogger);
    const queue = app.queues.deliver;
    await inBatches(
      Array.from({ length: Math.ceil(chats / 1000) }, (_, i) => ids.slice(i * 1000, (i + 1) * 1000)),
      1,
      (batch) => queue.addBulk(batch.map((chatId) => ({ name: 'deliver', data: { chatId, reason: 'instant' as const }, opts: { priority: PRIORITY.instant } }))),
    );
    await until(() => telegram.accepted.length >= chats, `${chats} messages at the Bot API`, 180_000);
    // Where the time goes: the worker's own job-duration histogram, read from /metrics.
    const metrics = await (await fetch(`http://127.0.0.1:${app.httpPort}/metrics`)).text();
    const histogram = (name: string) => Number(new RegExp(`^attache_job_duration_seconds_${name}\\{queue="deliver"\\} (\\S+)$`, 'm').exec(metrics)?.[1]);
    return [
      { name: 'send_rate', value: Math.round(sustainedRate(telegram.accepted)), unit: 'messages/s' },
      { name: 'send_429', value: telegram.tooMany, unit: 'responses' },
      { name: 'deliver_job_mean', value: Math.round((histogram('sum') / histogram('count')) * 1000), unit: 'ms' },
      ...(await benchSender()),
    ];
  } finally {
    await app?.stop();
    await telegram.close();
    await redis.stop();
  }
}

/**
 * The sender alone (createSender), paced at 950/s as a limiter configured just under the allowance
 * would pace it, up to 64 sends in flight: whether the HTTP path keeps up with ~1,000 messages a second.
 */
async function benchSender(messages = 5000): Promise<BenchResult[]> {
  const telegram: RateLimitedBotApi = await startRateLimitedBotApi(ALLOWED_PER_SECOND);
  const send = createSender({ apiRoot: telegram.apiRoot, token: BENCH_TOKEN, paidBroadcast: true });
  try {
    // Slots handed out one interval apart and never in arrears: a stall is not made up in a burst.
    let nextSlot = performance.now();
    // 5% under the allowance: paced exactly at it, timer jitter bunches sends into 429s.
    const intervalMs = 1000 / (ALLOWED_PER_SECOND * 0.95);
    let next = 0;
    let refused = 0; // sends refused, by the Bot API or by the sender's closed gate
    const lane = async () => {
      for (let i = next++; i < messages; i = next++) {
        const due = Math.max(nextSlot, performance.now());
        nextSlot = due + intervalMs;
        const wait = due - performance.now();
        if (wait > 1) await new Promise((resolve) => setTimeout(resolve, wait));
        // A 429 closes the sender's gate for retry_after: the message waits and goes again, as a job would.
        while (!(await send(3_000_000 + i, TEXT).then(() => true, () => false))) {
          refused++;
          await new Promise((resolve) => setTimeout(resolve, 250));
        }
      }
    };
    await Promise.all(Array.from({ length: 64 }, lane));
    return [
      { name: 'send_rate_sender', value: Math.round(sustainedRate(telegram.accepted)), unit: 'messages/s' },
      { name: 'send_429_sender', value: telegram.tooMany, unit: 'responses' },
      { name: 'send_retried_sender', value: refused, unit: 'sends' },
    ];
  } finally {
    await send.close();
    await telegram.close();
  }
}
