import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';

/** A redis-server process this program started and owns. */
export interface PrivateRedis {
  url: string;
  port: number;
  stop(): Promise<void>;
}

export interface PrivateRedisOptions {
  dataDir: string;
  /** Called with one line for each thing worth telling the operator (install, start). */
  say?: (line: string) => void;
  /** Install with apt-get when missing and running as root (default true). */
  allowInstall?: boolean;
  /** AOF on by default: acknowledged subscriptions survive a crash. */
  appendOnly?: boolean;
}

export class RedisUnavailableError extends Error {
  override name = 'RedisUnavailableError';
}

function hasRedisServer(): boolean {
  return spawnSync('redis-server', ['--version'], { stdio: 'ignore' }).status === 0;
}

function canInstallWithApt(): boolean {
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  return root && spawnSync('apt-get', ['--version'], { stdio: 'ignore' }).status === 0;
}

/** Makes sure `redis-server` is on PATH, installing Debian's package when allowed. */
export function ensureRedisServer(say: (line: string) => void, allowInstall = true): void {
  if (hasRedisServer()) return;
  if (allowInstall && canInstallWithApt()) {
    say('redis-server is not installed; installing it with apt-get (Debian package redis-server)…');
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    const result = spawnSync('apt-get', ['install', '-y', '-qq', 'redis-server'], { stdio: 'inherit', env });
    if (result.status === 0 && hasRedisServer()) return;
  }
  throw new RedisUnavailableError(
    'redis-server is missing. Install it with: sudo apt-get install -y redis-server (or set REDIS_URL to a running Redis)',
  );
}

/** A TCP port free on loopback at this moment. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

function waitForReady(child: ChildProcess, timeoutMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => finish(new RedisUnavailableError(`redis-server did not start: ${output.slice(-500)}`)), timeoutMs);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('Ready to accept connections')) finish();
    };
    const onExit = (code: number | null) =>
      finish(new RedisUnavailableError(`redis-server exited (${code}) on start: ${output.slice(-500)}`));
    function finish(error?: Error) {
      clearTimeout(timer);
      child.stdout?.off('data', onData);
      child.off('exit', onExit);
      if (error) reject(error);
      else resolve();
    }
    child.stdout?.on('data', onData);
    child.once('exit', onExit);
  });
}

/**
 * Starts a private redis-server on loopback with its files under `dataDir`: AOF on and
 * `noeviction`, the settings under which queued jobs and subscriptions are never silently lost.
 */
export async function startPrivateRedis(options: PrivateRedisOptions): Promise<PrivateRedis> {
  const say = options.say ?? (() => {});
  ensureRedisServer(say, options.allowInstall ?? true);
  const dir = path.resolve(options.dataDir);
  mkdirSync(dir, { recursive: true });
  const port = await freePort();
  const args = [
    '--port', String(port),
    '--bind', '127.0.0.1',
    '--protected-mode', 'yes',
    '--dir', dir,
    '--appendonly', options.appendOnly === false ? 'no' : 'yes',
    '--appendfsync', 'everysec',
    '--maxmemory-policy', 'noeviction',
    '--save', '',
    '--daemonize', 'no',
  ];
  const child = spawn('redis-server', args, { stdio: ['ignore', 'pipe', 'pipe'] });
  await waitForReady(child, 15_000);
  // Keep draining output so the pipe never fills and blocks the server.
  child.stdout?.resume();
  child.stderr?.resume();
  say(`started a private redis-server on 127.0.0.1:${port} (data in ${dir})`);
  let stopped: Promise<void> | undefined;
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    stop() {
      stopped ??= new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM'); // redis-server flushes the AOF on SIGTERM
      });
      return stopped;
    },
  };
}
