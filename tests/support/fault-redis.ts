import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { freePort } from '../../src/redis/redis-server.js';

/** Re-exported for the fault cases that start their own servers. */
export { freePort };

export interface KillableRedisOptions {
  /** AOF on (the default), as production runs; off for the start-up check's warning. */
  appendOnly?: boolean;
  maxmemoryPolicy?: string;
  /** A byte limit; with an evicting policy Redis then drops keys under pressure. */
  maxmemory?: string;
  /** requirepass: the URL then carries it (redis://:PASSWORD@host:port). */
  password?: string;
}

/**
 * A redis-server of a test's own, on a fixed port and directory, so that it can be SIGKILLed and
 * started again on the same AOF, or stopped for a while, and the clients reconnect to the same
 * address as they would in production.
 */
export interface KillableRedis {
  url: string;
  port: number;
  dir: string;
  /** SIGKILL: no shutdown, no final AOF flush beyond what the kernel already has. */
  kill9(): Promise<void>;
  /** SIGTERM: a clean stop (Redis writes its AOF buffer). */
  stop(): Promise<void>;
  /** SIGSTOP / SIGCONT: connections stay open and nothing answers (a frozen host, a GC-like stall). */
  freeze(): void;
  thaw(): void;
  /** Starts it again on the same port and directory; resolves once it accepts connections. */
  start(): Promise<void>;
  running(): boolean;
  /** Stops it and removes its directory. */
  destroy(): Promise<void>;
}


export async function startKillableRedis(options: KillableRedisOptions = {}): Promise<KillableRedis> {
  const dir = mkdtempSync(path.join(tmpdir(), 'attache-fault-redis-'));
  const port = await freePort();
  const args = [
    '--port', String(port),
    '--bind', '127.0.0.1',
    '--dir', dir,
    '--appendonly', options.appendOnly === false ? 'no' : 'yes',
    '--appendfsync', 'everysec',
    '--maxmemory-policy', options.maxmemoryPolicy ?? 'noeviction',
    ...(options.maxmemory ? ['--maxmemory', options.maxmemory] : []),
    ...(options.password ? ['--requirepass', options.password] : []),
    '--save', '',
    '--daemonize', 'no',
  ];
  let child: ChildProcess | undefined;

  async function start(): Promise<void> {
    if (child && child.exitCode === null && child.signalCode === null) return;
    const proc = spawn('redis-server', args, { stdio: ['ignore', 'pipe', 'pipe'] });
    child = proc;
    await new Promise<void>((resolve, reject) => {
      let output = '';
      const timer = setTimeout(() => done(new Error(`redis-server did not start: ${output.slice(-400)}`)), 20_000);
      const onData = (chunk: Buffer) => {
        output += chunk.toString();
        // On an AOF restart, the server accepts connections only once the file is loaded.
        if (output.includes('Ready to accept connections')) done();
      };
      const onExit = (code: number | null) => done(new Error(`redis-server exited (${code}): ${output.slice(-400)}`));
      function done(error?: Error) {
        clearTimeout(timer);
        proc.stdout?.off('data', onData);
        proc.off('exit', onExit);
        proc.stdout?.resume();
        proc.stderr?.resume();
        if (error) reject(error);
        else resolve();
      }
      proc.stdout?.on('data', onData);
      proc.once('exit', onExit);
    });
  }

  async function signal(sig: NodeJS.Signals): Promise<void> {
    const proc = child;
    if (!proc || proc.exitCode !== null || proc.signalCode !== null) return;
    await new Promise<void>((resolve) => {
      proc.once('exit', () => resolve());
      proc.kill(sig);
    });
  }

  await start();
  const redis: KillableRedis = {
    url: `redis://${options.password ? `:${options.password}@` : ''}127.0.0.1:${port}`,
    port,
    dir,
    kill9: () => signal('SIGKILL'),
    stop: () => signal('SIGTERM'),
    freeze: () => void child?.kill('SIGSTOP'),
    thaw: () => void child?.kill('SIGCONT'),
    start,
    running: () => !!child && child.exitCode === null && child.signalCode === null,
    async destroy() {
      child?.kill('SIGCONT');
      await signal('SIGKILL');
      rmSync(dir, { recursive: true, force: true });
    },
  };
  return redis;
}
