import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The catalogue's place inside the package, the same from `src/` (tsx) and from `dist/src/` (built). */
const CATALOGUE_IN_PACKAGE = path.join('src', 'catalogue', 'feeds.yaml');

/** FEEDS_FILE value that starts with no file at all (tests, or a deployment managed only from Telegram). */
export const NO_FEEDS_FILE = 'none';

/** The package root: the nearest folder above this module that holds package.json. */
export function packageRoot(from: string = fileURLToPath(import.meta.url)): string {
  let dir = path.dirname(from);
  for (;;) {
    if (existsSync(path.join(dir, 'package.json'))) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`no package.json above ${from}`);
    dir = parent;
  }
}

/** The curated feeds that ship with Attaché (see the header of the file for sources and format). */
export function bundledCataloguePath(): string {
  return path.join(packageRoot(), CATALOGUE_IN_PACKAGE);
}

/** Which feeds file to apply at start: FEEDS_FILE, the bundled catalogue when unset, nothing for `none`. */
export function feedsFilePath(feedsFile: string | undefined): string | null {
  if (feedsFile === undefined) return bundledCataloguePath();
  return feedsFile.toLowerCase() === NO_FEEDS_FILE ? null : feedsFile;
}
