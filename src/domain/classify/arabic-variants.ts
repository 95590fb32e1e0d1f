import inflections from '../countries/inflections.json' with { type: 'json' };
import type { MentionKind } from '../countries/gazetteer.js';
import { fold } from '../countries/normalize.js';
import type { PatternToken } from './trie.js';

/** Clitics Arabic writes on a name: "and", "in", "for", the article and their combinations. */
const AR_PREFIXES = inflections.arabicPrefixes.map((p) => fold(p));

// Prefixes that carry the article (wa-l-, bi-l-, li-l-): a proper name written without the article
// never takes it, so "والسيول" ("and the torrents") is no Seoul (سيول).
const WITH_ARTICLE = (p: string) => p.endsWith('ال') || p.endsWith('لل');

/** The patterns of a name in Arabic script: with each prefix, and with or without its article. */
export function arabicVariants(pattern: PatternToken[], kind: MentionKind): PatternToken[][] {
  const [head, ...rest] = pattern;
  if (!head || !/\p{sc=Arabic}/u.test(head.stem)) return [pattern];
  const bareName = kind !== 'adjective' && !head.stem.startsWith('ال');
  const bare = head.stem.startsWith('ال') && head.stem.length > 4 ? head.stem.slice(2) : null;
  const heads = bare ? [head.stem, bare] : [head.stem];
  // "الكوري الجنوبي": an adjective of two words takes the article on both.
  const defined = rest.map((t) =>
    /^\p{sc=Arabic}/u.test(t.stem) && !t.stem.startsWith('ال') ? { stem: `ال${t.stem}`, rule: t.rule } : t,
  );
  const withArticle = defined.some((t, i) => t !== rest[i]);
  const out: PatternToken[][] = [];
  for (const h of heads) {
    out.push([{ stem: h, rule: head.rule }, ...rest]);
    for (const p of AR_PREFIXES) {
      if (bareName && WITH_ARTICLE(p)) continue;
      out.push([{ stem: p + h, rule: head.rule }, ...rest]);
      if (withArticle && WITH_ARTICLE(p)) out.push([{ stem: p + h, rule: head.rule }, ...defined]);
    }
  }
  return out;
}
