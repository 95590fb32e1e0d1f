import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { startFeedServer, type FeedServer } from '../support/feed-server.js';
import { eventually, startHarness, type Harness } from './harness.js';

let h: Harness | undefined;
let server: FeedServer | undefined;
afterAll(async () => {
  await h?.close();
  await server?.close();
});

it('upserts FEEDS_FILE at start and polls its feeds, once per URL across restarts', async () => {
  server = await startFeedServer();
  server.setFeed('/az.xml', { title: 'MFA AZ', entries: [{ guid: '1', title: 'Azerbaijan', description: 'x' }] });
  server.setFeed('/it.xml', { title: 'Farnesina', entries: [] });
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'attache-feeds-')), 'feeds.yaml');
  writeFileSync(file, `- url: ${server.url('/az.xml')}\n  country: AZ\n  official: true\n- url: ${server.url('/it.xml')}\n  country: IT\n`);
  h = await startHarness({ FEEDS_FILE: file }, ['scheduler', 'worker']);
  const feeds = await h.app.store.feeds.list();
  expect(feeds.map((f) => [f.url, f.country, f.official])).toEqual([
    [server.url('/az.xml'), 'AZ', true],
    [server.url('/it.xml'), 'IT', false],
  ]);
  await eventually(() => server!.requests('/az.xml') >= 2 && server!.requests('/it.xml') >= 2, 'both feeds polled');
  await h.restart();
  expect(await h.app.store.feeds.list()).toHaveLength(2);
  expect((await h.app.store.feeds.get(feeds[0]!.id))?.primed).toBe(true);
});
