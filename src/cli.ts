#!/usr/bin/env node
import { createInterface } from 'node:readline';
import dotenv from 'dotenv';
import { BOT_TOKEN_HELP, ConfigError, loadConfig, type Config } from './config.js';
import { createClassifier } from './domain/classify/index.js';
import { RedisUnavailableError } from './redis/redis-server.js';
import { RedisSettingsError } from './ops/redis-checks.js';
import { redisPasswords } from './redis/redis-url.js';
import { createLogger } from './logger.js';
import { startApp, USER_AGENT, type Role } from './main.js';
import { runFeedsCommand } from './cli/feeds-command.js';
import { runPreview } from './cli/preview.js';

const USAGE = `Usage: attache <command>
  run                      every role in one process (what npm start runs)
  bot | worker | scheduler one role, sharing Redis with the others
  classify                 JSON lines on stdin → classification JSON lines on stdout
  parse URL|FILE           the normalised feed as JSON
  preview URL|FILE         fetch, parse, classify and print the digest a chat would get
  feeds import FILE.opml   add feeds from OPML or YAML
  feeds export             print every feed as OPML`;

async function runRoles(config: Config, roles: Role[]): Promise<void> {
  if (!config.BOT_TOKEN && (roles.includes('bot') || roles.includes('worker'))) {
    console.error(BOT_TOKEN_HELP);
    process.exit(1);
  }
  const logger = createLogger({
    level: config.LOG_LEVEL,
    secrets: [config.BOT_TOKEN, config.WEBHOOK_SECRET, config.DASHBOARD_PASSWORD, ...redisPasswords(config.REDIS_URL)],
  });
  const app = await startApp(config, roles, logger);
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) process.exit(1); // a second signal: the operator wants out now
    stopping = true;
    logger.info({ signal, timeoutSeconds: config.SHUTDOWN_TIMEOUT_SECONDS }, 'stopping: no new work; finishing what is in hand');
    // The roles give up waiting at the deadline; this is the last resort should a close itself hang.
    setTimeout(() => {
      logger.error('shutdown did not finish in time: exiting anyway (unfinished jobs are retried)');
      process.exit(1);
    }, (config.SHUTDOWN_TIMEOUT_SECONDS + 10) * 1000).unref();
    await app.stop();
    logger.info('stopped');
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
}

async function runClassify(): Promise<number> {
  const classifier = createClassifier();
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  let failures = 0;
  let lineNumber = 0;
  for await (const line of lines) {
    lineNumber++;
    if (!line.trim()) continue;
    try {
      const input = JSON.parse(line) as Record<string, unknown>;
      if (typeof input !== 'object' || input === null) throw new Error('not a JSON object');
      const str = (v: unknown) => (typeof v === 'string' ? v : undefined);
      const result = classifier.classify({
        id: str(input.id),
        title: str(input.title) ?? '',
        text: str(input.text) ?? '',
        language: str(input.language),
        sourceCountry: str(input.source_country)?.toUpperCase(),
        pressCountry: str(input.press_country)?.toUpperCase(),
      });
      const { countries, pair, topics, language } = result;
      process.stdout.write(`${JSON.stringify({ id: input.id ?? null, countries, pair, topics, language })}\n`);
    } catch (error) {
      failures++;
      console.error(`line ${lineNumber}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return failures > 0 ? 1 : 0;
}

async function main(argv: string[]): Promise<number | undefined> {
  dotenv.config({ quiet: true });
  const [command, ...args] = argv;
  const config = loadConfig(process.env);
  switch (command) {
    case 'run':
      return void (await runRoles(config, ['scheduler', 'worker', 'bot']));
    case 'bot':
    case 'worker':
    case 'scheduler':
      return void (await runRoles(config, [command]));
    case 'classify':
      return runClassify();
    case 'parse':
    case 'preview':
      if (!args[0]) break;
      return runPreview(command, args[0], config, USER_AGENT, args.includes('--html'));
    case 'feeds':
      return runFeedsCommand(args, config);
  }
  console.error(USAGE);
  return 2;
}

main(process.argv.slice(2)).then(
  (code) => {
    if (code !== undefined) process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof ConfigError || error instanceof RedisUnavailableError || error instanceof RedisSettingsError) console.error(error.message);
    else console.error(error);
    process.exit(1);
  },
);
