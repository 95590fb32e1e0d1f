import type { Telegram } from 'telegraf';
import { classifyTelegramError } from './errors.js';

export interface FloodRetryOptions {
  /** Longer waits are not worth it: a reply minutes late answers nothing, the 429 is logged instead. */
  maxWaitSeconds: number;
  /** Sends of one call after its first 429. */
  retries: number;
  onWait?: (method: string, retryAfterSeconds: number) => void;
  sleep?: (ms: number) => Promise<void>;
}

const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * The bot's own calls (command replies, button answers, edits) that meet a 429 are made again after
 * Telegram's retry_after instead of being lost: the reader asked and is waiting for the answer.
 * Deliveries do not come this way; their queue has its own flood gate.
 */
export function retryOnFlood(telegram: Telegram, options: FloodRetryOptions): void {
  const call = telegram.callApi.bind(telegram);
  const sleep = options.sleep ?? pause;
  const retrying = async (...args: Parameters<Telegram['callApi']>) => {
    for (let attempt = 0; ; attempt++) {
      try {
        return await call(...args);
      } catch (error) {
        const failure = classifyTelegramError(error);
        if (failure.kind !== 'rate-limited' || attempt >= options.retries || failure.retryAfterSeconds > options.maxWaitSeconds) throw error;
        options.onWait?.(args[0], failure.retryAfterSeconds);
        await sleep(failure.retryAfterSeconds * 1000);
      }
    }
  };
  telegram.callApi = retrying as Telegram['callApi'];
}
