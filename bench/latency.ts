import { startApp } from '../src/main.js';
import { startFeedServer } from '../tests/support/feed-server.js';
import { startRateLimitedBotApi } from './support/bot-api.js';
import { benchConfig, silentLogger, startBenchRedis, until, type BenchResult } from './support/env.js';

/** Each feed has one reader, following the country its items are about. */
const DESKS = [
  { country: 'JP', name: 'Japan', capital: 'Tokyo' },
  { country: 'BR', name: 'Brazil', capital: 'Brasilia' },
  { country: 'KE', name: 'Kenya', capital: 'Nairobi' },
  { country: 'NO', name: 'Norway', capital: 'Oslo' },
];

/** Nearest-rank percentile. */
function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

/**
 * Seconds from an item's appearance in a feed to its delivery to an instant chat, with the service
 * as deployed (`attache scheduler` + `attache worker` roles, POLL_INTERVAL_SECONDS=5, the default
 * delivery rate). Items appear at random moments of the poll cycle, on several feeds at once.
 */
export async function benchLatency(perFeed = 6): Promise<BenchResult[]> {
  const redis = await startBenchRedis();
  const feeds = await startFeedServer();
  const telegram = await startRateLimitedBotApi(1000, true);
  let app: Awaited<ReturnType<typeof startApp>> | undefined;
  try {
    const { store } = redis;
    const feedIds: string[] = [];
    for (const [i, desk] of DESKS.entries()) {
      feeds.setFeed(`/mfa-${desk.country}.xml`, { title: `MFA of ${desk.name}`, entries: [{ guid: 'old', title: `${desk.name}: earlier news`, description: desk.capital }] });
      const { feed } = await store.feeds.add({ url: feeds.url(`/mfa-${desk.country}.xml`), title: `MFA of ${desk.name}` });
      feedIds.push(feed.id);
      const chatId = 4_000_000 + i;
      await store.chats.ensure(chatId, 'en');
      await store.chats.update(chatId, { type: 'private' });
      await store.subscriptions.add(chatId, { target: { kind: 'country', code: desk.country }, topics: [] });
    }
    app = await startApp(benchConfig(redis, { TELEGRAM_API_ROOT: telegram.apiRoot, POLL_INTERVAL_SECONDS: '5' }), ['scheduler', 'worker'], silentLogger);
    await until(async () => (await Promise.all(feedIds.map((id) => store.feeds.get(id)))).every((f) => f?.primed), 'first polls', 30_000);

    const samples: number[] = [];
    await Promise.all(
      DESKS.map(async (desk) => {
        for (let k = 0; k < perFeed; k++) {
          await new Promise((resolve) => setTimeout(resolve, Math.random() * 5000));
          const marker = `${desk.country}-${k}-${Math.random().toString(36).slice(2, 8)}`;
          const appeared = Date.now();
          feeds.addEntry(`/mfa-${desk.country}.xml`, {
            guid: marker,
            title: `Foreign Minister of ${desk.name} met the Ambassador of ${desk.name} in ${desk.capital} ${marker}`,
            description: `${desk.name} discussed trade cooperation.`,
          });
          let at = -1;
          await until(() => (at = telegram.texts.findIndex((text) => text.includes(marker))) >= 0, `delivery of ${marker}`, 60_000);
          samples.push((telegram.accepted[at]! - appeared) / 1000);
        }
      }),
    );
    const sorted = samples.sort((a, b) => a - b);
    const round = (s: number) => Math.round(s * 100) / 100;
    return [
      { name: 'latency_p50', value: round(percentile(sorted, 50)), unit: 's' },
      { name: 'latency_p95', value: round(percentile(sorted, 95)), unit: 's' },
      { name: 'latency_samples', value: sorted.length, unit: 'items' },
    ];
  } finally {
    await app?.stop();
    await telegram.close();
    await feeds.close();
    await redis.stop();
  }
}
