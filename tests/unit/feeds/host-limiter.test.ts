import { describe, expect, it } from 'vitest';
import { createHostLimiter } from '../../../src/feeds/host-limiter.js';

function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

describe('createHostLimiter', () => {
  it('runs at most `limit` tasks per host and serves waiters in order', async () => {
    const limiter = createHostLimiter(1);
    const gate = deferred();
    const order: string[] = [];
    const first = limiter.run('a.example', async () => {
      order.push('first');
      await gate.promise;
    });
    const second = limiter.run('A.example', async () => void order.push('second'));
    const other = limiter.run('b.example', async () => void order.push('other host'));
    await other;
    expect(order).toEqual(['first', 'other host']);
    gate.resolve();
    await Promise.all([first, second]);
    expect(order).toEqual(['first', 'other host', 'second']);
  });

  it('lets a waiter leave the queue when its signal aborts', async () => {
    const limiter = createHostLimiter(1);
    const gate = deferred();
    const busy = limiter.run('a.example', () => gate.promise);
    const controller = new AbortController();
    const waiting = limiter.run('a.example', async () => 'ran', controller.signal);
    controller.abort(new Error('deadline'));
    await expect(waiting).rejects.toThrow('deadline');
    gate.resolve();
    await busy;
    await expect(limiter.run('a.example', async () => 'next')).resolves.toBe('next');
  });

  it('releases the slot when a task throws', async () => {
    const limiter = createHostLimiter(1);
    await expect(limiter.run('a.example', async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    await expect(limiter.run('a.example', async () => 'ok')).resolves.toBe('ok');
  });
});
