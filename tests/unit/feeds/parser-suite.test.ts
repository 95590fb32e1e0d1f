import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { folderOf, runCase, type CaseResult, type SuiteCase } from './suite/run-case.js';
import { runCorpus } from './suite/corpus.js';

/**
 * Runs parseFeed over the peer suite (feedparser's cases) and the real-feed corpus, both read
 * from ../shared next to the project. Never a crash anywhere; for mapped cases, pass rates per
 * folder are printed and held above the floors measured when this suite was written.
 */
const root = path.resolve(import.meta.dirname, '../../..');
const suiteDir = path.resolve(root, '../shared/parser-suite');
const corpusDir = path.resolve(root, '../shared/feeds-corpus');

/**
 * Pass rates of mapped cases as measured (205/207 well-formed), rounded down a little; a drop
 * below one is a regression. See suite/OUT-OF-MODEL.md for what is not mapped and the failures.
 */
const FLOORS: Record<string, number> = {
  'wellformed (all)': 0.98,
  'wellformed/amp': 1,
  'wellformed/atom10': 1,
  'wellformed/media-rss': 1,
  'wellformed/namespace': 0.94,
  'wellformed/node_precedence': 1,
  'wellformed/rdf': 1,
  'wellformed/rss': 0.97,
  'wellformed/xml': 1,
  encoding: 0.78,
  illformed: 0.85,
};

describe.skipIf(!existsSync(path.join(suiteDir, 'cases.jsonl')))('parser suite (../shared/parser-suite)', () => {
  it('parses every case without a crash and passes the mapped expectations', async () => {
    const cases = readFileSync(path.join(suiteDir, 'cases.jsonl'), 'utf8')
      .split('\n')
      .filter((l) => l.trim() !== '')
      .map((l) => JSON.parse(l) as SuiteCase);
    const results: Array<[SuiteCase, CaseResult]> = [];
    for (const c of cases) results.push([c, await runCase(suiteDir, c)]);

    const crashes = results.filter(([, r]) => r.status === 'crash');
    expect(crashes.map(([c, r]) => `${c.file}: ${r.detail ?? ''}`)).toEqual([]);

    const groups = new Map<string, CaseResult[]>();
    for (const [c, r] of results) {
      for (const key of [folderOf(c.file), c.file.startsWith('wellformed/') ? 'wellformed (all)' : 'other (all)']) {
        groups.set(key, [...(groups.get(key) ?? []), r]);
      }
    }
    const rates: Record<string, number> = {};
    const lines = [...groups].sort(([a], [b]) => a.localeCompare(b)).map(([name, rs]) => {
      const pass = rs.filter((r) => r.status === 'pass').length;
      const mapped = rs.filter((r) => r.status === 'pass' || r.status === 'fail').length;
      rates[name] = mapped === 0 ? 1 : pass / mapped;
      return `${name.padEnd(24)} ${String(pass).padStart(3)}/${String(mapped).padEnd(3)} mapped pass (${(rates[name] * 100).toFixed(1)}%), ${rs.length - mapped} out of model`;
    });
    console.log(`parser suite, ${cases.length} cases:\n${lines.join('\n')}`);
    if (process.env.SUITE_VERBOSE) {
      for (const [c, r] of results) if (r.status !== 'pass') console.log(`${r.status} ${c.file}: ${r.detail ?? ''}`);
    }
    for (const [name, floor] of Object.entries(FLOORS)) expect(rates[name], name).toBeGreaterThanOrEqual(floor);
  });
});

describe.skipIf(!existsSync(path.join(corpusDir, 'manifest.json')))('feeds corpus (../shared/feeds-corpus)', () => {
  it('parses every real feed without a crash, with its title and items', async () => {
    const report = await runCorpus(corpusDir);
    console.log(`feeds corpus: ${report.summary}`);
    if (process.env.SUITE_VERBOSE) for (const line of report.problems) console.log(line);
    expect(report.crashes).toEqual([]);
    expect(report.parsed).toBe(report.total);
    // One corpus feed is a server error page cut off before its first item.
    expect(report.withItems).toBeGreaterThanOrEqual(report.total - 1);
    expect(report.titleMatches).toBe(report.titled);
  });
});
