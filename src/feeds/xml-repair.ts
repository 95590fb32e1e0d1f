/**
 * Small, bounded text repairs that let real-world feeds through sax, which neither reads DTDs nor
 * forgives a document cut off by a failing server.
 */

const MAX_ENTITIES = 100;
const MAX_ENTITY_VALUE = 1000;
const MAX_GROWTH = 1024 * 1024;

/**
 * Expands entities declared in the internal DTD subset with plain text values
 * (`<!ENTITY id "tag:example.com,">`). Values holding `&`, `<` or `%` are left alone, so entity
 * nesting, and with it billion laughs, is impossible; external (SYSTEM/PUBLIC) entities are never
 * read. Expansion stops when the document would grow by more than 1 MB.
 */
export function expandInternalEntities(xml: string): string {
  const doctype = /<!DOCTYPE[^[>]*\[([\s\S]*?)\]\s*>/i.exec(xml.slice(0, 100_000));
  if (!doctype) return xml;
  const entities = new Map<string, string>();
  for (const m of (doctype[1] ?? '').matchAll(/<!ENTITY\s+([A-Za-z_][\w.-]*)\s+(?:"([^"]*)"|'([^']*)')\s*>/g)) {
    const [, name = '', doubleQuoted, singleQuoted] = m;
    const value = doubleQuoted ?? singleQuoted ?? '';
    if (entities.size >= MAX_ENTITIES || value.length > MAX_ENTITY_VALUE || /[&<%]/.test(value)) continue;
    entities.set(name, value.replace(/"/g, '&quot;').replace(/'/g, '&apos;').replace(/>/g, '&gt;'));
  }
  if (entities.size === 0) return xml;
  const bodyStart = doctype.index + doctype[0].length;
  let growth = 0;
  const body = xml.slice(bodyStart).replace(/&([A-Za-z_][\w.-]*);/g, (ref, name: string) => {
    const value = entities.get(name);
    if (value === undefined || growth > MAX_GROWTH) return ref;
    growth += value.length;
    return value;
  });
  return xml.slice(0, bodyStart) + body;
}

/**
 * Closes a document that was cut off: drops the unfinished tail (a half tag or an open CDATA
 * section) and appends end tags for the elements still open. Used only after a parse failed.
 */
export function closeTruncatedDocument(xml: string): string {
  let cut = xml.slice(0, xml.lastIndexOf('>') + 1);
  const openCdata = cut.lastIndexOf('<![CDATA[');
  if (openCdata > cut.lastIndexOf(']]>')) cut = cut.slice(0, openCdata);
  const scan = cut
    .replace(/<!\[CDATA\[[\s\S]*?\]\]>/g, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<[?!][^>]*>/g, '');
  const stack: string[] = [];
  for (const m of scan.matchAll(/<(\/?)([A-Za-z_][\w.:-]*)(?:\s[^>]*?)?(\/?)>/g)) {
    const [, closing, name = '', selfClosing] = m;
    if (selfClosing) continue;
    if (!closing) {
      stack.push(name);
      continue;
    }
    const open = stack.lastIndexOf(name);
    if (open !== -1) stack.length = open;
  }
  return cut + stack.reverse().map((name) => `</${name}>`).join('');
}
