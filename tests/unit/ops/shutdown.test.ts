import { pino } from 'pino';
import { describe, expect, it, vi } from 'vitest';
import { createShutdown } from '../../../src/ops/shutdown.js';

const logger = pino({ level: 'silent' });
const never = () => new Promise<void>(() => {});
const after = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

describe('shutdown deadline', () => {
  it('tells everyone to stop taking work at once, and late listeners too', () => {
    const shutdown = createShutdown({ timeoutMs: 1000, logger });
    const told: string[] = [];
    shutdown.onBegin(() => told.push('poll'));
    shutdown.onBegin(() => {
      throw new Error('a broken listener stops no one else');
    });
    shutdown.onBegin(() => told.push('deliver'));
    expect(shutdown.stopping).toBe(false);
    shutdown.begin();
    shutdown.begin();
    expect(shutdown.stopping).toBe(true);
    shutdown.onBegin(() => told.push('late'));
    expect(told).toEqual(['poll', 'deliver', 'late']);
  });

  it('waits for work that finishes in time', async () => {
    const shutdown = createShutdown({ timeoutMs: 5000, logger });
    expect(await shutdown.within('worker', after(20))).toBe('done');
    expect(await shutdown.within('failing worker', Promise.reject(new Error('x')))).toBe('done');
  });

  it('shares one deadline: what waits second gets only what is left', async () => {
    vi.useFakeTimers();
    try {
      const shutdown = createShutdown({ timeoutMs: 1000, logger });
      shutdown.begin();
      const first = shutdown.within('first', never());
      await vi.advanceTimersByTimeAsync(999);
      let second: string | undefined;
      void shutdown.within('second', never()).then((outcome) => (second = outcome));
      await vi.advanceTimersByTimeAsync(1);
      expect(await first).toBe('abandoned');
      await vi.advanceTimersByTimeAsync(0);
      expect(second).toBe('abandoned'); // after 1 ms, not a full second of its own
    } finally {
      vi.useRealTimers();
    }
  });
});
