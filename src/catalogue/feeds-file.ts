import { readFile } from 'node:fs/promises';
import { parseStringPromise } from 'xml2js';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import type { NewFeed } from '../store/feeds.js';

const yamlFeed = z.object({
  url: z.string().min(1),
  title: z.string().optional(),
  country: z.string().regex(/^[A-Za-z]{2}$/).optional(),
  language: z.string().regex(/^[a-z]{2,3}$/i).optional(),
  official: z.boolean().optional(),
});
const yamlFile = z.union([z.array(yamlFeed), z.object({ feeds: z.array(yamlFeed) }).transform((f) => f.feeds)]);

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
    const doc = (await parseStringPromise(text, { strict: true })) as { opml?: { body?: { outline?: OpmlOutline[] }[] } };
    if (!doc.opml) throw new FeedsFileError(`${fileName}: not an OPML document`);
    return outlines(doc.opml.body?.[0]?.outline, []);
  }
  const parsed = yamlFile.safeParse(parseYaml(text));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new FeedsFileError(`${fileName}: ${issue?.path.join('.') ?? ''} ${issue?.message ?? 'is not a list of feeds'}`);
  }
  return parsed.data.map((f) => ({ ...f, country: f.country?.toUpperCase() ?? null, language: f.language ?? null }));
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
    return `    <outline ${attrs.filter(([, v]) => v).map(([k, v]) => `${k}="${escapeXml(v!)}"`).join(' ')}/>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n<opml version="2.0">\n  <head><title>${escapeXml(title)}</title></head>\n  <body>\n${lines.join('\n')}\n  </body>\n</opml>\n`;
}
