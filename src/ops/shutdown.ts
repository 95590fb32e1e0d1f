import type { Logger } from 'pino';

export interface Shutdown {
  readonly stopping: boolean;
  /** Runs `listener` as shutdown begins (at once if it already has). */
  onBegin(listener: () => void): void;
  /** Starts the clock and tells every listener to stop taking work. Idempotent. */
  begin(): void;
  /**
   * Waits for `work` until the shutdown deadline; past it stops waiting (the work is abandoned,
   * not lost: a job's lock expires and another worker, or the next start, takes it again).
   */
  within(what: string, work: Promise<unknown>): Promise<'done' | 'abandoned'>;
}

/**
 * One deadline for the whole shutdown, shared by everything that waits on it: workers closed one
 * after another must not each get the full time.
 */
export function createShutdown(options: { timeoutMs: number; logger: Logger }): Shutdown {
  const listeners: (() => void)[] = [];
  let deadline: number | undefined;
  const begin = () => {
    if (deadline !== undefined) return;
    deadline = Date.now() + options.timeoutMs;
    for (const listener of listeners.splice(0)) runListener(listener, options.logger);
  };
  return {
    get stopping() {
      return deadline !== undefined;
    },
    onBegin(listener) {
      if (deadline !== undefined) runListener(listener, options.logger);
      else listeners.push(listener);
    },
    begin,
    async within(what, work) {
      begin();
      const left = Math.max(0, deadline! - Date.now());
      let timer: NodeJS.Timeout | undefined;
      const expired = new Promise<'abandoned'>((resolve) => {
        timer = setTimeout(() => resolve('abandoned'), left);
      });
      const outcome = await Promise.race([
        work.then(
          () => 'done' as const,
          (err: unknown) => {
            options.logger.warn({ err, what }, 'error while stopping');
            return 'done' as const;
          },
        ),
        expired,
      ]);
      clearTimeout(timer);
      if (outcome === 'abandoned') {
        options.logger.warn({ what, timeoutMs: options.timeoutMs }, 'shutdown deadline passed: not waiting any longer (unfinished jobs are retried)');
      }
      return outcome;
    },
  };
}

function runListener(listener: () => void, logger: Logger): void {
  try {
    listener();
  } catch (err) {
    logger.warn({ err }, 'error while beginning shutdown');
  }
}
