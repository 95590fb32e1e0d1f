import languages from './languages.json' with { type: 'json' };
import { mentionsEndingAt, mentionsStartingAt } from './field-index.js';
import type { Mention } from './gazetteer.js';
import type { FieldView } from './field-view.js';

const HOME: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(languages.home).filter((e): e is [string, string] => !e[0].startsWith('_')),
);

/** Characters written only in traditional Chinese, frequent in news: Taiwan's and Hong Kong's press. */
const TRADITIONAL = /[國會與對這說為們時門關係臺灣發經過還]/u;

/**
 * What only Taiwan's press writes of itself: its state's name (中華民國, also simplified when a mirror
 * reposts it) and its national agency (中央社). Hong Kong's and Macao's press write neither of themselves.
 */
const TAIWAN_SELF = /中華民國|中华民国|中央社/u;

/**
 * The country whose foreign ministry an item's language names without a country: none for languages
 * of several states; for Chinese, Taiwan where the item bears Taiwan's own marks (title and text
 * together: a short title may hold none), otherwise China in simplified script and no one in
 * traditional (Hong Kong's and Macao's press write it too). In a ministry's own release (`source`)
 * of another country, the unqualified ministry is that ministry, not the language's home: none is
 * added (the source already acts). In a language of several states the press feed's own country
 * (`press`) is the home: "وزير الخارجية" in a Kuwaiti agency's feed is Kuwait's.
 */
export function homeCountry(
  lang: string,
  title: string,
  text: string,
  source: string | null = null,
  press: string | null = null,
): string | null {
  const home = lang in HOME ? languageHome(lang, title, text) : press;
  return source && home !== source ? null : home;
}

function languageHome(lang: string, title: string, text: string): string | null {
  const home = HOME[lang] ?? null;
  if (lang !== 'zh') return home;
  if (TAIWAN_SELF.test(title) || TAIWAN_SELF.test(text)) return 'TW';
  return TRADITIONAL.test(title) || TRADITIONAL.test(text) ? null : home;
}

/** Japanese "日本の外務省": a particle may stand between the country and its office. */
const CJK_JOINER = /^の?$/u;
/** "フランスのコロンナ欧州・外務大臣": the country, の, then the holder's name and titles. */
const CJK_NAMED = /^の[^\s、。，,：:「」『』（）()]{1,16}$/u;

/** "新加坡总理办公室部长兼…外交部第二部长": a Chinese chain of one holder's offices runs on from the country. */
const CJK_CHAIN = /^[^\s、。，,：:「」『』（）()]{0,20}(?:部长|部長|总理|總理)(?:兼|和|及|暨)[^\s、。，,：:「」『』（）()]{0,12}$/u;

/** Words that may stand between a country and its office ("Azerbaycan'ın yeni Dışişleri Bakanı"). */
const QUALIFIER_REACH = 2;

/**
 * Languages that may name the country after the office ("МЗС Польщі", "وزير الخارجية الأردني", "МИД
 * России", "Foreign Minister of Japan", "canciller de Chile", "Außenminister Frankreichs");
 * Turkish, Azerbaijani, Chinese and Japanese name it only before.
 */
const QUALIFIED_AFTER = new Set(['uk', 'ar', 'ru', 'en', 'fr', 'it', 'es', 'de']);
/** Words that may stand between an office and the country after it: "of", "de la", "degli". */
const AFTER_GLUE = new Set(
  ['of', 'the', 'de', 'la', 'el', 'del', 'du', 'des', 'd', 'di', 'della', 'dell', 'degli', 'von', 'der'],
);
const AFTER_GLUE_REACH = 2;

/** Whether a country is named right beside the office ("Rusya Dışişleri Bakanlığı", "МЗС Польщі", "中国外交部"). */
function qualified(
  view: FieldView,
  office: { first: number; last: number; chars?: [number, number] },
  lang: string,
): boolean {
  const after = QUALIFIED_AFTER.has(lang);
  if (office.chars) {
    // A CJK run is one token: the country stands in the same run, before the office or after it.
    const run = [...(view.tokens[office.first]?.raw ?? '')];
    const [from, to] = office.chars;
    // "中国外交部（外務省）": a gloss in brackets belongs to the country before it.
    const gloss = from === 0 && /^\s*[(（]\s*$/u.test(view.tokens[office.first]?.gapBefore ?? '');
    if (gloss && mentionsEndingAt(view, office.first).length > 0) return true;
    if (
      mentionsStartingAt(view, office.first).some((m) => {
        if (!m.chars) return false;
        if (m.chars[1] <= from) {
          const gap = run.slice(m.chars[1], from).join('');
          return CJK_JOINER.test(gap) || CJK_NAMED.test(gap) || CJK_CHAIN.test(gap);
        }
        return after && m.chars[0] === to;
      })
    )
      return true;
    // The titles may run on across a middle dot, which splits the run: "…コロンナ欧州・外務大臣".
    const prev = view.tokens[office.first - 1];
    if (from !== 0 || !prev?.cjk || view.tokens[office.first]?.gapBefore !== '・') return false;
    const before = [...prev.raw];
    return mentionsStartingAt(view, office.first - 1).some(
      (m) => m.chars !== undefined && CJK_NAMED.test(before.slice(m.chars[1]).join('') + '・'),
    );
  }
  // "Azerbaycan'ın yeni Dışişleri Bakanı", "Dışişleri Bakanı Hakan Fidan": a country or person
  // just before, or the office holder named right after, says whose office it is. Looked up by
  // position, so that a long field full of offices and countries stays linear.
  for (let k = Math.max(0, office.first - QUALIFIER_REACH); k <= office.first; k++) {
    if (mentionsEndingAt(view, k).length > 0) return true;
  }
  if (mentionsStartingAt(view, office.last).some((m) => after || m.kind === 'person')) return true;
  if (after) {
    const end = office.last + AFTER_GLUE_REACH;
    for (let k = office.last; k < end && AFTER_GLUE.has(view.tokens[k]?.norm ?? ''); k++)
      if (mentionsStartingAt(view, k + 1).length > 0) return true;
  }
  // "Xarici İşlər Nazirliyinin sözçüsü Səid Xətibzadə": the holder may follow one word of title.
  return mentionsStartingAt(view, office.last + 1).some((m) => m.kind === 'person');
}

/**
 * "Dışişleri Bakanlığından Şili'ye taziye", "外交部：例行记者会休会": a language's press names its own
 * foreign ministry without a country. Each such office, with no country beside it, is a mention of
 * the home country (`homeCountry`).
 */
export function homeOffices(view: FieldView, lang: string, home: string | null): Mention[] {
  if (!home) return [];
  const out: Mention[] = [];
  // "韩国外交部18日表示，正在美国访问的外交部第一次官…": once the field names whose office it is,
  // the same office named again without a country is that one.
  let named = false;
  for (const hit of view.hits) {
    if (!hit.payloads.some((p) => p.type === 'cue' && p.cue === 'home')) continue;
    // The office that opens the item is the press's own; one named later may be anyone's.
    if (view.field === 'text' && hit.sentence > 0) continue;
    if (qualified(view, hit, lang)) named = true;
    if (named) continue;
    out.push({
      codes: [home],
      kind: 'name',
      form: hit.matched,
      matched: hit.matched,
      field: view.field,
      first: hit.first,
      last: hit.last,
      sentence: hit.sentence,
      endings: [],
      ...(hit.chars ? { chars: hit.chars } : {}),
    });
  }
  return out;
}

/** Mentions in reading order, as the salience rules expect. */
export function byPosition(a: Mention, b: Mention): number {
  return a.first - b.first || (a.chars?.[0] ?? 0) - (b.chars?.[0] ?? 0);
}
