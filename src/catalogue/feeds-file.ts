import { readFile } from 'node:fs/promises';
import { parseStringPromise } from 'xml2js';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import type { NewFeed } from '../store/feeds.js';

/**
 * One YAML entry. Beyond what the store keeps, the bundled catalogue documents each feed
 * (`kind`, `org`, `confidence`, `evidence`, `note`) and lists ministries that publish no feed
 * (`no_feed: true`) and doubtful URLs kept for reference (`enabled: false`); neither is loaded.
 */
const yamlFeed = z
  .object({
    url: z.string().min(1).optional(),
    title: z.string().optional(),
    country: z
      .string()
      .regex(/^[A-Za-z]{2}$/, 'must be a two-letter ISO country code')
      .optional(),
    language: z
      .string()
      .regex(/^[a-z]{2,3}$/i)
      .optional(),
    official: z.boolean().optional(),
    kind: z.enum(['official', 'press']).optional(),
    org: z.string().optional(),
    publisher: z.string().optional(),
    confidence: z.enum(['seen', 'documented', 'pattern']).optional(),
    evidence: z.string().optional(),
    note: z.string().optional(),
    enabled: z.boolean().optional(),
    no_feed: z.boolean().optional(),
  })
  .refine((f) => f.no_feed === true || f.url !== undefined, {
    path: ['url'],
    message: 'is required (or no_feed: true)',
  });
const yamlFeeds = z.array(yamlFeed);

export type FeedsFileEntry = z.output<typeof yamlFeed>;

/** Whether an entry names a feed to poll: not a ministry without a feed, not a switched-off URL. */
export function isLoadable(entry: FeedsFileEntry): entry is FeedsFileEntry & { url: string } {
  return entry.url !== undefined && entry.no_feed !== true && entry.enabled !== false;
}

export class FeedsFileError extends Error {
  override name = 'FeedsFileError';
}

interface OpmlOutline {
  $?: Record<string, string>;
  outline?: OpmlOutline[];
}

function outlines(nodes: OpmlOutline[] | undefined, out: NewFeed[]): NewFeed[] {
  for (const node of nodes ?? []) {
    const a = node.$ ?? {};
    if (a.xmlUrl) {
      out.push({
        url: a.xmlUrl,
        title: a.title ?? a.text,
        country: a.country?.toUpperCase() || null,
        language: a.language?.toLowerCase() || null,
        official: a.official === 'yes' || a.official === 'true',
      });
    }
    outlines(node.outline, out);
  }
  return out;
}

/** Reads OPML (what every feed reader exports) or YAML (`- url: …, country: AZ, official: true`). */
export async function parseFeedsFile(text: string, fileName: string): Promise<NewFeed[]> {
  if (/\.opml$|\.xml$/i.test(fileName) || text.trimStart().startsWith('<')) {
    const doc = (await parseStringPromise(text, { strict: true })) as {
      opml?: { body?: { outline?: OpmlOutline[] }[] };
    };
    if (!doc.opml) throw new FeedsFileError(`${fileName}: not an OPML document`);
    return outlines(doc.opml.body?.[0]?.outline, []);
  }
  return readYamlEntries(text, fileName)
    .filter(isLoadable)
    .map((f) => ({
      url: f.url,
      ...(f.title !== undefined ? { title: f.title } : {}),
      country: f.country?.toUpperCase() ?? null,
      language: f.language?.toLowerCase() ?? null,
      ...(f.official !== undefined || f.kind !== undefined
        ? { official: f.official ?? f.kind === 'official' }
        : {}),
    }));
}

/** Every entry of a YAML feeds file, the ones that are not loaded included (for checks and counts). */
export function readYamlEntries(text: string, fileName: string): FeedsFileEntry[] {
  let document: unknown;
  try {
    document = parseYaml(text);
  } catch (error) {
    throw new FeedsFileError(`${fileName}: ${error instanceof Error ? error.message : String(error)}`);
  }
  // A bare list, or `feeds:` holding the list (room for other top-level keys).
  const list = Array.isArray(document) ? document : (document as { feeds?: unknown } | null)?.feeds;
  if (!Array.isArray(list))
    throw new FeedsFileError(`${fileName}: is not a list of feeds (nor has a "feeds:" list)`);
  const parsed = yamlFeeds.safeParse(list);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new FeedsFileError(
      `${fileName}: ${issue?.path.join('.') ?? ''} ${issue?.message ?? 'is not a list of feeds'}`,
    );
  }
  return parsed.data;
}

export async function readFeedsFile(path: string): Promise<NewFeed[]> {
  try {
    return await parseFeedsFile(await readFile(path, 'utf8'), path);
  } catch (error) {
    if (error instanceof FeedsFileError) throw error;
    throw new FeedsFileError(`FEEDS_FILE ${path}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** OPML 2.0 with Attaché's own attributes (country, language, official) beside the standard ones. */
export function toOpml(feeds: (NewFeed & { title?: string | undefined })[], title = 'Attaché feeds'): string {
  const lines = feeds.map((feed) => {
    const attrs: [string, string | undefined | null][] = [
      ['type', 'rss'],
      ['text', feed.title || feed.url],
      ['title', feed.title || feed.url],
      ['xmlUrl', feed.url],
      ['country', feed.country],
      ['language', feed.language],
      ['official', feed.official ? 'yes' : undefined],
    ];
    return `    <outline ${attrs
      .filter(([, v]) => v)
      .map(([k, v]) => `${k}="${escapeXml(v!)}"`)
      .join(' ')}/>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n<opml version="2.0">\n  <head><title>${escapeXml(title)}</title></head>\n  <body>\n${lines.join('\n')}\n  </body>\n</opml>\n`;
}
