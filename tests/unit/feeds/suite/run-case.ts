import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { decodeFeedBytes } from '../../../../src/feeds/charset.js';
import { parseFeed } from '../../../../src/feeds/parse.js';
import { FeedParseError, type ParsedFeed } from '../../../../src/feeds/types.js';
import { runCheck, translate, type Outcome } from './expectations.js';

export interface SuiteCase {
  file: string;
  expect: string;
  skip_unless: string | null;
  http_headers: Record<string, string> | null;
  input_mode: 'text' | 'bytes' | 'http';
}

export type CaseResult =
  | { status: 'pass' | 'fail'; detail?: string }
  | { status: 'out-of-model'; detail: string }
  | { status: 'crash'; detail: string };

/** The group a case is reported under: `wellformed/rss`, `illformed`, `encoding`, … */
export function folderOf(file: string): string {
  const [top, sub] = file.split('/');
  return top === 'wellformed' ? `${top}/${sub}` : (top ?? file);
}

/** Parses one case the way feedparser's harness feeds it, then runs the translated checks. */
export async function runCase(dir: string, c: SuiteCase): Promise<CaseResult> {
  if (c.skip_unless?.includes("'chardet'")) {
    return { status: 'out-of-model', detail: 'needs charset auto-detection (chardet), which we do not do' };
  }
  const translation = translate(c.expect);
  let outcome: Outcome;
  try {
    outcome = await parseCase(dir, c);
  } catch (err) {
    return { status: 'crash', detail: err instanceof Error ? (err.stack ?? err.message) : String(err) };
  }
  if (!translation.mapped) return { status: 'out-of-model', detail: translation.reason };
  const failures = translation.checks.map((check) => runCheck(check, outcome)).filter((f) => f !== null);
  return failures.length === 0 ? { status: 'pass' } : { status: 'fail', detail: failures.join('; ') };
}

async function parseCase(dir: string, c: SuiteCase): Promise<Outcome> {
  const bytes = await readFile(path.join(dir, c.file));
  const header = Object.entries(c.http_headers ?? {}).find(([name]) => name.toLowerCase() === 'content-type')?.[1];
  const contentType = c.input_mode === 'http' ? (header ?? 'text/xml') : undefined;
  const decoded = decodeFeedBytes(bytes, contentType);
  let feed: ParsedFeed | null = null;
  try {
    feed = await parseFeed(decoded.text, c.input_mode === 'http' ? `http://127.0.0.1:8097/${c.file}` : undefined);
  } catch (err) {
    // A refused document is an outcome (bozo), not a crash; anything else propagates.
    if (!(err instanceof FeedParseError)) throw err;
  }
  return { feed, encoding: decoded.encoding, bozo: decoded.bozo !== undefined || feed === null || feed.bozo !== undefined };
}
