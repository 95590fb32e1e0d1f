import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_ID, eventually, startHarness, type Harness } from './harness.js';

/**
 * The whole pipeline on a local three-node Redis Cluster (three masters, no replicas): keys are
 * hash-tagged per queue, feed, chat, target and item, so the Cluster spreads them and no command
 * spans two slots.
 */
interface LocalCluster {
  url: string;
  ports: number[];
  stop(): Promise<void>;
}

function portFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

/** A port whose cluster bus port (port + 10000) is free too. */
async function clusterPort(taken: number[]): Promise<number> {
  for (;;) {
    const port = 20_000 + Math.floor(Math.random() * 30_000);
    if (taken.includes(port)) continue;
    if ((await portFree(port)) && (await portFree(port + 10_000))) return port;
  }
}

async function startCluster(): Promise<LocalCluster> {
  const dir = mkdtempSync(path.join(tmpdir(), 'attache-cluster-'));
  const ports: number[] = [];
  const children: ChildProcess[] = [];
  for (let i = 0; i < 3; i++) {
    const port = await clusterPort(ports);
    ports.push(port);
    const nodeDir = path.join(dir, String(port));
    spawnSync('mkdir', ['-p', nodeDir]);
    const child = spawn('redis-server', [
      '--port', String(port), '--bind', '127.0.0.1', '--dir', nodeDir,
      '--cluster-enabled', 'yes', '--cluster-config-file', 'nodes.conf', '--cluster-node-timeout', '5000',
      '--appendonly', 'yes', '--maxmemory-policy', 'noeviction', '--save', '',
    ], { stdio: 'ignore' });
    children.push(child);
  }
  const probes = ports.map((port) => new Redis({ port, host: '127.0.0.1', lazyConnect: true, retryStrategy: () => 100 }));
  for (const probe of probes) probe.on('error', () => {}); // refused until the node is up: expected
  try {
    await eventually(async () => (await Promise.all(probes.map((p) => p.ping()))).every((r) => r === 'PONG'), 'cluster nodes up', 10_000);
    const created = spawnSync('redis-cli', ['--cluster', 'create', ...ports.map((p) => `127.0.0.1:${p}`), '--cluster-replicas', '0', '--cluster-yes'], { encoding: 'utf8' });
    if (created.status !== 0) throw new Error(`redis-cli --cluster create failed: ${created.stdout}${created.stderr}`);
    await eventually(
      async () => (await Promise.all(probes.map((p) => p.cluster('INFO')))).every((info) => String(info).includes('cluster_state:ok')),
      'cluster_state:ok on every node',
      15_000,
    );
  } finally {
    probes.forEach((p) => p.disconnect());
  }
  return {
    url: `redis+cluster://${ports.map((p) => `127.0.0.1:${p}`).join(',')}`,
    ports,
    async stop() {
      await Promise.all(
        children.map((child) => new Promise<void>((resolve) => (child.exitCode !== null ? resolve() : (child.once('exit', () => resolve()), child.kill('SIGTERM'))))),
      );
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

const ALICE = 7007;
let cluster: LocalCluster;
let h: Harness;

beforeAll(async () => {
  cluster = await startCluster();
  h = await startHarness({ REDIS_URL: cluster.url, FEEDS_FILE: 'none' });
}, 60_000);
afterAll(async () => {
  await h?.close();
  await cluster?.stop();
});

async function command(chatId: number, text: string): Promise<string> {
  const before = h.telegram.messagesTo(chatId).length;
  h.telegram.sendText({ chatId, text, from: { id: chatId, first_name: 'C', language_code: 'en' } });
  const messages = await h.telegram.waitForMessages(chatId, before + 1, 15_000);
  return messages[before]!.text;
}

describe('on a three-node Redis Cluster', () => {
  it('subscribes, polls and delivers once', async () => {
    h.feeds.setFeed('/mfa-it.xml', { title: 'MFA of Italy', entries: [{ guid: 'old', title: 'Italy and Azerbaijan: old news', description: 'Rome.' }] });
    expect(await command(ALICE, '/subscribe AZ-IT')).toMatch(/Now following/);
    expect(await command(ADMIN_ID, `/addfeed ${h.feeds.url('/mfa-it.xml')} country=IT`)).toMatch(/Added feed/);
    await eventually(() => h.feeds.requests('/mfa-it.xml') >= 3, 'a few polls');
    h.feeds.addEntry('/mfa-it.xml', {
      guid: 'new',
      title: 'Foreign Minister of Italy met the Foreign Minister of Azerbaijan in Baku',
      description: 'Italy and Azerbaijan discussed energy cooperation.',
    });
    await eventually(() => h.telegram.messagesTo(ALICE).some((m) => m.text.includes('met the Foreign Minister of Azerbaijan')), 'the item at Alice', 20_000);
    const polls = h.feeds.requests('/mfa-it.xml');
    await eventually(() => h.feeds.requests('/mfa-it.xml') >= polls + 3, 'more polls');
    expect(h.telegram.messagesTo(ALICE).filter((m) => m.text.includes('met the Foreign Minister of Azerbaijan'))).toHaveLength(1);
    expect(h.telegram.messagesTo(ALICE).some((m) => m.text.includes('old news'))).toBe(false);
  });

  it('spreads the keys over the nodes', async () => {
    const sizes = await Promise.all(
      cluster.ports.map(async (port) => {
        const node = new Redis({ port, host: '127.0.0.1' });
        try {
          return await node.dbsize();
        } finally {
          node.disconnect();
        }
      }),
    );
    expect(sizes.filter((n) => n > 0).length).toBeGreaterThanOrEqual(2);
  });

  it('reports health and metrics from the Cluster', async () => {
    const health = await fetch(`http://127.0.0.1:${h.app.httpPort}/healthz`);
    const body = (await health.json()) as { ok: boolean; lastSuccessfulPoll: string | null };
    expect(health.status).toBe(200);
    expect(body.ok).toBe(true);
    expect(body.lastSuccessfulPoll).not.toBeNull();
    const metrics = await (await fetch(`http://127.0.0.1:${h.app.httpPort}/metrics`)).text();
    expect(metrics).toMatch(/^attache_polls_total\{outcome="(fetched|not_modified)"\} [1-9]/m);
    expect(metrics).toMatch(/^attache_delivered_items_total [1-9]/m);
    expect(metrics).toMatch(/^attache_queue_jobs\{queue="deliver",state="waiting"\} \d+/m);
  });
});
