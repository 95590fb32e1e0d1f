/**
 * `npm run bench [-- NAME…]`: every benchmark, or those whose names contain one of the arguments.
 * Each prints `bench: NAME VALUE UNIT` lines; each starts its own redis-server and loopback
 * servers and stops them. BENCHMARKS.md keeps the latest figures and the machine they ran on.
 */
import { cpus, totalmem } from 'node:os';
import { benchClassify } from './classify.js';
import { benchFanout } from './fanout.js';
import { benchLatency } from './latency.js';
import { benchPoll } from './poll.js';
import { benchSendRate } from './send.js';
import type { BenchResult } from './support/env.js';

const BENCHMARKS: { name: string; run: () => Promise<BenchResult[]> }[] = [
  { name: 'classify_rate', run: benchClassify },
  { name: 'fanout_enqueue_100k redis_bytes_per_subscription', run: () => benchFanout(100_000) },
  { name: 'send_rate send_429', run: () => benchSendRate(5000) },
  { name: 'poll_rate_304', run: () => benchPoll({ feeds: 10_000, items: 0, notModified: true }) },
  { name: 'poll_rate_200 redis_bytes_per_item', run: () => benchPoll({ feeds: 1000, items: 50, notModified: false }) },
  { name: 'latency_p50 latency_p95', run: () => benchLatency(6) },
];

const filters = process.argv.slice(2);
const selected = BENCHMARKS.filter((b) => filters.length === 0 || filters.some((f) => b.name.includes(f)));
console.log(`# machine: ${cpus().length} cpus (${cpus()[0]?.model.trim() ?? '?'}), ${Math.round(totalmem() / 2 ** 30)} GiB, node ${process.version}`);
let failed = 0;
for (const bench of selected) {
  const started = performance.now();
  try {
    for (const result of await bench.run()) console.log(`bench: ${result.name} ${result.value} ${result.unit}`);
  } catch (error) {
    failed++;
    console.error(`bench ${bench.name.split(' ')[0]} failed: ${error instanceof Error ? error.message : String(error)}`);
  }
  console.log(`# ${bench.name.split(' ')[0]} took ${Math.round((performance.now() - started) / 1000)} s`);
}
// Open handles of a failed bench must not keep the process alive.
process.exit(failed > 0 ? 1 : 0);
