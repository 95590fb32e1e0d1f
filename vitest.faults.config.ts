import { defineConfig } from 'vitest/config';

/**
 * The fault suite (`npm run test:faults`): real processes killed, Redis killed and stopped,
 * Telegram misbehaving, hostile input and load. Kept out of `npm test`, which must stay quick.
 */
export default defineConfig({
  test: {
    include: ['tests/faults/**/*.test.ts'],
    globalSetup: ['tests/support/global-redis.ts'],
    // Cases wait out stalled-job checks, lock expiries and Redis outages: minutes, not seconds.
    testTimeout: 240_000,
    hookTimeout: 120_000,
    fileParallelism: true,
    maxWorkers: 2,
    reporters: ['default', 'json'],
    outputFile: { json: 'test-results-faults.json' },
  },
});
