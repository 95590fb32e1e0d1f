import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '../..');

/** A role of the service (`attache worker`, …) running as a process of its own, from source. */
export interface RoleProcess {
  pid: number;
  /** Every line the process wrote to stdout and stderr (pino writes JSON lines to stdout). */
  lines: string[];
  /** Log lines parsed as JSON (the others skipped). */
  logs(): Record<string, unknown>[];
  /** Resolves when a log line matches, or rejects at the deadline. */
  waitForLog(pattern: RegExp, timeoutMs?: number): Promise<string>;
  kill(signal?: NodeJS.Signals): Promise<number | null>;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  running(): boolean;
}

const started = new Set<ChildProcess>();

/**
 * Spawns `node --import tsx src/cli.ts ROLE` with exactly the given environment (plus PATH and
 * HOME), as an operator's process manager would. FAULT_ROLE_ENTRY=dist/src/cli.js runs the
 * compiled build instead (after `npm run build`): the memory figures of production. Every process started here is remembered, so
 * that `killAllRoles()` in an afterAll stops them even when a test failed half-way.
 */
export function spawnRole(role: string, env: Record<string, string>, nodeArgs: string[] = []): RoleProcess {
  const entry = process.env.FAULT_ROLE_ENTRY ? [process.env.FAULT_ROLE_ENTRY] : ['--import', 'tsx', 'src/cli.ts'];
  const child = spawn(process.execPath, [...nodeArgs, ...entry, role], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  started.add(child);
  const lines: string[] = [];
  const waiters = new Set<{ pattern: RegExp; resolve: (line: string) => void }>();
  const onLine = (line: string) => {
    lines.push(line);
    for (const waiter of waiters) {
      if (waiter.pattern.test(line)) {
        waiters.delete(waiter);
        waiter.resolve(line);
      }
    }
  };
  for (const stream of [child.stdout, child.stderr]) {
    let rest = '';
    stream?.on('data', (chunk: Buffer) => {
      const parts = (rest + chunk.toString()).split('\n');
      rest = parts.pop() ?? '';
      for (const part of parts) onLine(part);
    });
    stream?.on('end', () => rest && onLine(rest));
  }
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => {
      started.delete(child);
      resolve({ code, signal });
    }),
  );
  const running = () => child.exitCode === null && child.signalCode === null;
  return {
    pid: child.pid ?? -1,
    lines,
    logs: () =>
      lines.flatMap((line) => {
        try {
          const value: unknown = JSON.parse(line);
          return typeof value === 'object' && value !== null ? [value as Record<string, unknown>] : [];
        } catch {
          return [];
        }
      }),
    waitForLog(pattern, timeoutMs = 60_000) {
      const already = lines.find((line) => pattern.test(line));
      if (already) return Promise.resolve(already);
      return new Promise((resolve, reject) => {
        const waiter = { pattern, resolve };
        waiters.add(waiter);
        const timer = setTimeout(() => {
          waiters.delete(waiter);
          reject(new Error(`no log line matching ${pattern} within ${timeoutMs} ms; last lines:\n${lines.slice(-10).join('\n')}`));
        }, timeoutMs);
        void exited.then(() => {
          if (!waiters.has(waiter)) return;
          clearTimeout(timer);
          waiters.delete(waiter);
          reject(new Error(`process exited before logging ${pattern}; last lines:\n${lines.slice(-10).join('\n')}`));
        });
        const resolveOnce = waiter.resolve;
        waiter.resolve = (line) => {
          clearTimeout(timer);
          resolveOnce(line);
        };
      });
    },
    async kill(signal = 'SIGKILL') {
      if (running()) child.kill(signal);
      return (await exited).code;
    },
    exited,
    running,
  };
}

/** SIGKILLs every role process still running (for afterAll, whatever happened). */
export async function killAllRoles(): Promise<void> {
  const waits = [...started].map(
    (child) =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGKILL');
      }),
  );
  await Promise.all(waits);
}

/** Resident set size of a process in bytes, from /proc (Linux). */
export async function rssOf(pid: number): Promise<number | null> {
  const { readFile } = await import('node:fs/promises');
  try {
    const status = await readFile(`/proc/${pid}/status`, 'utf8');
    const kb = /^VmRSS:\s+(\d+) kB/m.exec(status)?.[1];
    return kb ? Number(kb) * 1024 : null;
  } catch {
    return null;
  }
}
