import { z } from 'zod';
import { redisUrlProblem } from './redis/redis-url.js';

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

const optionalText = z
  .string()
  .optional()
  .transform((value) => (value?.trim() ? value.trim() : undefined));

const flag = z
  .enum(['', '0', '1', 'true', 'false', 'yes', 'no'], { message: 'must be 1 or 0' })
  .optional()
  .transform((value) => value === '1' || value === 'true' || value === 'yes');

function integer(name: string, min: number, max: number, fallback: number) {
  return z
    .string()
    .optional()
    .transform((value, ctx) => {
      if (value === undefined || value.trim() === '') return fallback;
      const n = Number(value);
      if (!Number.isInteger(n) || n < min || n > max) {
        ctx.addIssue({ code: 'custom', message: `must be a whole number from ${min} to ${max} (got "${value}")` });
        return z.NEVER;
      }
      return n;
    })
    .describe(name);
}

function url(protocols: string[]) {
  return optionalText.refine(
    (value) => {
      if (value === undefined) return true;
      try {
        return protocols.includes(new URL(value).protocol);
      } catch {
        return false;
      }
    },
    { message: `must be a URL starting with ${protocols.map((p) => `${p}//`).join(' or ')}` },
  );
}

const schema = z
  .object({
    BOT_TOKEN: optionalText.refine((v) => v === undefined || /^\d+:[A-Za-z0-9_-]{20,}$/.test(v), {
      message: 'does not look like a bot token (digits, a colon, then letters); copy it again from @BotFather',
    }),
    TELEGRAM_API_ROOT: url(['https:', 'http:']).transform((v) => (v ?? 'https://api.telegram.org').replace(/\/+$/, '')),
    // Sentinel and Cluster URLs list several hosts, which WHATWG URLs refuse: a parser of our own.
    REDIS_URL: optionalText.superRefine((value, ctx) => {
      const problem = value === undefined ? undefined : redisUrlProblem(value);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    }),
    REDIS_ALLOW_EVICTION: flag,
    REDIS_PREFIX: optionalText
      .refine((v) => v === undefined || /^[A-Za-z0-9_.-]{1,40}$/.test(v), {
        message: 'must be 1–40 letters, digits, dots, dashes or underscores',
      })
      .transform((v) => v ?? 'attache'),
    DATA_DIR: optionalText.transform((v) => v ?? './data'),
    ADMIN_IDS: optionalText
      .refine((v) => v === undefined || /^\s*-?\d+(\s*,\s*-?\d+)*\s*$/.test(v), {
        message: 'must be Telegram user ids separated by commas, e.g. 12345,67890',
      })
      .transform((v) => (v ? v.split(',').map((id) => Number(id.trim())) : [])),
    POLL_INTERVAL_SECONDS: integer('POLL_INTERVAL_SECONDS', 1, 86_400, 300),
    FEED_ALLOW_PRIVATE_HOSTS: flag,
    FEEDS_FILE: optionalText,
    HTTP_PORT: integer('HTTP_PORT', 0, 65_535, 8080),
    WEBHOOK_URL: url(['https:', 'http:']),
    WEBHOOK_SECRET: optionalText.refine((v) => v === undefined || /^[A-Za-z0-9_-]{1,256}$/.test(v), {
      message: 'must be 1–256 characters: letters, digits, _ and - (Telegram rule)',
    }),
    DASHBOARD_PASSWORD: optionalText.refine((v) => v === undefined || v.length >= 12, {
      message: 'must be at least 12 characters: the queue dashboard can retry and delete jobs',
    }),
    SHUTDOWN_TIMEOUT_SECONDS: integer('SHUTDOWN_TIMEOUT_SECONDS', 1, 600, 25),
    DELIVERY_RATE_PER_SECOND: integer('DELIVERY_RATE_PER_SECOND', 1, 1000, 25),
    PAID_BROADCAST: flag,
    DIGEST_TICK_SECONDS: integer('DIGEST_TICK_SECONDS', 1, 3600, 60),
    LOG_LEVEL: z
      .enum(LOG_LEVELS, { message: `must be one of ${LOG_LEVELS.join(', ')}` })
      .optional()
      .transform((v) => v ?? 'info'),
  })
  .superRefine((env, ctx) => {
    if (env.DELIVERY_RATE_PER_SECOND > 30 && !env.PAID_BROADCAST) {
      ctx.addIssue({
        code: 'custom',
        path: ['DELIVERY_RATE_PER_SECOND'],
        message: 'above 30 messages a second needs PAID_BROADCAST=1 (Telegram allows about 30/s otherwise)',
      });
    }
    // Telegram calls only HTTPS webhooks; a local Bot API server (TELEGRAM_API_ROOT) also calls http://.
    if (env.WEBHOOK_URL?.startsWith('http:') && env.TELEGRAM_API_ROOT === 'https://api.telegram.org') {
      ctx.addIssue({
        code: 'custom',
        path: ['WEBHOOK_URL'],
        message: 'must be a URL starting with https:// (http:// only with a local Bot API server in TELEGRAM_API_ROOT)',
      });
    }
    if (env.WEBHOOK_URL && !env.WEBHOOK_SECRET) {
      ctx.addIssue({
        code: 'custom',
        path: ['WEBHOOK_SECRET'],
        message: 'is required with WEBHOOK_URL, so that only Telegram can call the webhook',
      });
    }
  });

export type Config = z.output<typeof schema>;

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Reads the environment once; a wrong value stops start-up with a message naming the variable. */
export function loadConfig(env: NodeJS.ProcessEnv): Config {
  const input = Object.fromEntries(Object.keys(schema.shape).map((key) => [key, env[key]]));
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const lines = parsed.error.issues.map((issue) => `  ${issue.path.join('.') || 'environment'} ${issue.message}`);
  throw new ConfigError(`Configuration error:\n${lines.join('\n')}`);
}

export const BOT_TOKEN_HELP = [
  'BOT_TOKEN is not set. Attaché needs a Telegram bot token:',
  '  1. In Telegram, open @BotFather and send /newbot; it answers with a token like 123456789:AA…',
  '  2. Put it in a file named .env in this folder:  BOT_TOKEN=123456789:AA…',
  '     (or export BOT_TOKEN in the environment), then run npm start again.',
].join('\n');
