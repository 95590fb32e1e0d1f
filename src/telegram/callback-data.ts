/**
 * Inline buttons carry `family:version:field:…` (Telegram allows 64 bytes). The version lets a
 * future change of a family's fields refuse old buttons instead of misreading them; buttons of an
 * unknown family or version answer "this button has expired" (see features/fallback.ts).
 *
 * | data                         | meaning                                                      |
 * |------------------------------|--------------------------------------------------------------|
 * | `sub:v1:AZ-IT`               | follow a target (`AZ`, `AZ-IT`, `g.EU`)                      |
 * | `uns:v1:AZ-IT:list`          | stop following; `list`/`pick`: which view to redraw          |
 * | `cp:v1:MODE:PAGE:QUERY`      | country picker page; MODE `-` follow, `P` first of a pair, `AZ` pair with AZ |
 * | `ls:v1:PAGE`                 | /list page                                                   |
 * | `una:v1:ask|yes|no`          | unsubscribe from everything (asks first)                     |
 * | `tp:v1:AZ-IT:INDEX|all|menu` | topic filter of one subscription; `tp:v1:menu` lists them    |
 * | `lang:v1:ru`                 | chat language                                                |
 * | `dg:v1:i|h|d|w[:DAY][:HHMM]` | digest schedule                                              |
 * | `tz:v1:Europe/Rome`          | time zone                                                    |
 * | `qt:v1:2200-0700|off`        | quiet hours                                                  |
 * | `mg:v1:ID|self`              | which chat this private chat manages                         |
 * | `ch:v1:rm:ID`                | unlink a channel                                             |
 * | `wr:v1:ITEMID`               | flag an item as wrongly classified                           |
 * | `nop:v1`                     | a label (page counter): does nothing                         |
 */
export const CALLBACK_VERSION = 'v1';

/** Which command to send again when a family's button is too old to act on. */
export const FAMILY_COMMANDS: Record<string, string> = {
  sub: 'subscribe',
  uns: 'list',
  cp: 'subscribe',
  ls: 'list',
  una: 'unsubscribe',
  tp: 'topics',
  lang: 'lang',
  dg: 'digest',
  tz: 'timezone',
  qt: 'quiet',
  mg: 'manage',
  ch: 'channel',
  wr: 'wrong',
  nop: 'help',
};

const MAX_BYTES = 64;

/** Builds callback data; throws when it would pass Telegram's limit (a bug, caught by tests). */
export function cb(family: string, ...fields: (string | number)[]): string {
  const data = [family, CALLBACK_VERSION, ...fields].join(':');
  if (Buffer.byteLength(data, 'utf8') > MAX_BYTES) throw new Error(`callback data too long: ${data}`);
  return data;
}

/** A regex for one family's current version; the fields follow as capture groups of `fields`. */
export function cbPattern(family: string, fields = '(.*)'): RegExp {
  return new RegExp(`^${family}:${CALLBACK_VERSION}(?::${fields})?$`);
}

/** Target keys hold `g:EU` for groups; a dot keeps the colon free as the field separator. */
export function keyToData(targetKey: string): string {
  return targetKey.replace(/^g:/, 'g.');
}

export function keyFromData(field: string): string {
  return field.replace(/^g\./, 'g:');
}

/** Cuts typed text to at most `maxBytes` of UTF-8 without splitting a character. */
export function truncateBytes(text: string, maxBytes: number): string {
  let out = '';
  for (const char of text) {
    if (Buffer.byteLength(out + char, 'utf8') > maxBytes) break;
    out += char;
  }
  return out;
}
