import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderRss } from '../../support/feed-server.js';

const root = path.resolve(import.meta.dirname, '../../..');

function attache(args: string[], input = '', env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli.ts', ...args], {
    cwd: root,
    input,
    encoding: 'utf8',
    env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env },
    timeout: 60_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('attache command line', () => {
  it('classify: one JSON line out per JSON line in, as DESIGN.md §3 says', () => {
    const input = [
      { id: 'a', title: 'Azerbaijan and Italy sign an energy agreement', text: 'Baku. Azerbaijan and Italy signed a memorandum.' },
      { id: 'b', title: 'Weather', text: 'Sunny.', language: 'en' },
      { id: 'c', title: '', text: 'The ministry welcomed the ambassador of France.', source_country: 'az' },
    ]
      .map((o) => JSON.stringify(o))
      .join('\n');
    const { status, stdout } = attache(['classify'], `${input}\n`);
    expect(status).toBe(0);
    const lines = stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines).toHaveLength(3);
    for (const line of lines) expect(Object.keys(line).sort()).toEqual(['countries', 'id', 'language', 'pair', 'topics']);
    expect(lines[0]).toMatchObject({ id: 'a', pair: ['AZ', 'IT'] });
    expect(lines[1]).toMatchObject({ id: 'b', countries: [], pair: null });
    expect((lines[2]!.countries as string[])).toEqual(expect.arrayContaining(['AZ', 'FR']));
  });

  it("classify: press_country says whose ministry an unqualified one is, without making that country act", () => {
    const input = [
      { id: 'p', title: '', text: 'استقبل وزير الخارجية سفير الأردن.', language: 'ar', press_country: 'kw' },
      { id: 'q', title: '', text: 'Brazil and Argentina signed a trade agreement.', language: 'en', press_country: 'kw' },
    ]
      .map((o) => JSON.stringify(o))
      .join('\n');
    const { status, stdout } = attache(['classify'], `${input}\n`);
    expect(status).toBe(0);
    const [p, q] = stdout.trim().split('\n').map((l) => JSON.parse(l) as { countries: string[] });
    expect(p!.countries.slice().sort()).toEqual(['JO', 'KW']);
    expect(q!.countries.slice().sort()).toEqual(['AR', 'BR']);
  });

  it('classify: reports a malformed line on stderr and goes on', () => {
    const { status, stdout, stderr } = attache(['classify'], 'not json\n{"id":"x","title":"Italy","text":""}\n');
    expect(status).toBe(1);
    expect(stderr).toMatch(/line 1:/);
    expect(JSON.parse(stdout.trim())).toMatchObject({ id: 'x', countries: ['IT'] });
  });

  it('parse and preview read a feed file', () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'attache-cli-')), 'feed.xml');
    writeFileSync(
      file,
      renderRss({
        title: 'MFA',
        entries: [{ guid: 'g1', title: 'Azerbaijan and Italy hold talks', description: 'In Rome <b>today</b>.', link: 'https://mfa.example/1' }],
      }),
    );
    const parsed = attache(['parse', file]);
    expect(parsed.status).toBe(0);
    const feed = JSON.parse(parsed.stdout) as { title: string; items: Record<string, unknown>[] };
    expect(feed.title).toBe('MFA');
    expect(feed.items[0]).toEqual({
      id: 'g1',
      title: 'Azerbaijan and Italy hold talks',
      link: 'https://mfa.example/1',
      published: '2026-11-20T10:00:00.000Z',
      summary: 'In Rome today.',
    });
    const preview = attache(['preview', file]);
    expect(preview.status).toBe(0);
    expect(preview.stdout).toMatch(/🇦🇿 Azerbaijan – 🇮🇹 Italy/);
    expect(preview.stdout).toMatch(/Azerbaijan and Italy hold talks/);
  });

  it('explains usage, a missing file and a wrong setting', () => {
    expect(attache(['frobnicate']).stderr).toMatch(/Usage: attache <command>/);
    expect(attache(['parse', '/nonexistent/feed.xml']).status).toBe(1);
    const bad = attache(['parse', 'x'], '', { HTTP_PORT: 'abc' });
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/HTTP_PORT must be a whole number/);
  });

  it('run without BOT_TOKEN says how to get one', () => {
    const { status, stderr } = attache(['run'], '', { DATA_DIR: mkdtempSync(path.join(tmpdir(), 'attache-notoken-')) });
    expect(status).toBe(1);
    expect(stderr).toMatch(/@BotFather/);
    expect(stderr).toMatch(/\.env/);
  });
});
