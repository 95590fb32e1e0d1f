import { isCountryCode } from '../countries/index.js';
import { sharedGazetteer, type Gazetteer } from './gazetteer.js';
import { detectLanguage, normalizeLanguage } from './language.js';
import { createLexicons, type LexHit } from './lexicon.js';
import { decidePair, type EventCues } from './pair.js';
import { headlineMeeting } from './headline-meeting.js';
import { byPosition, homeCountry, homeOffices } from './home-office.js';
import { dotPairMentions } from './pair-abbreviations.js';
import { resolveVocalized } from './vocalized.js';
import { headlinePair } from './headline-pair.js';
import { fieldHasCue } from './field-index.js';
import { resolveAbbreviations } from './abbreviations.js';
import { attributeSurnames } from './surnames.js';
import { resolveReadAs } from './read-as.js';
import { resolveSharedAdjectives } from './shared-adjectives.js';
import { keepCityScenes } from './city-scene.js';
import { isParty } from './scored.js';
import { actorBar, rankActors, SALIENCE, type FieldView, type ScoredMention } from './salience.js';
import { isLowercaseField, tokenize, type Token } from './tokenize.js';
import { chooseTopics, prepareTopicModel, type TopicEvidence, type TopicModel } from './topic-model.js';
import { topicWords } from './topic-words.js';
import trainedTopics from './topic-model.json' with { type: 'json' };
import { rankTopics, scoreTopics } from './topic-rank.js';
import type { Classification, ClassifyInput, Classifier, Evidence } from './types.js';

export type { Classification, ClassifyInput, Classifier, Evidence } from './types.js';
export type { TopicEvidence, TopicModel } from './topic-model.js';

export interface ClassifierOptions {
  /** Characters of title and text read per item; the actors of a news item are in its first pages. */
  maxChars?: number;
  /** Weights that choose the topics (default: the trained topic-model.json); null ranks by lexicon score alone. */
  topicModel?: TopicModel | null;
}

const DEFAULT_MAX_CHARS = 100_000;

function text(value: unknown, max: number): string {
  return typeof value === 'string' ? value.slice(0, max) : '';
}

/** A count of three or more before a word for countries: "representatives of 17 countries". */
const MANY = 3;

function countCues(views: readonly { field: string; tokens: readonly Token[]; hits: readonly LexHit[] }[]): {
  all: EventCues & { admin: number };
  lead: TopicEvidence['cues'];
  /** The title or lead reports several separate meetings ("held a series of bilateral meetings"). */
  several: boolean;
  /** A meeting in the title or lead counts three or more countries ("reunión … de 17 países"). */
  counted: boolean;
} {
  const all = { bilateral: 0, forum: 0, speech: 0, admin: 0 };
  const lead = { bilateral: 0, forum: 0, speech: 0, condemn: 0, admin: 0 };
  let several = false;
  // Sentences of the opening that count countries, and those that report a meeting or forum.
  const counting = new Set<string>();
  const meeting = new Set<string>();
  for (const v of views) {
    for (const h of v.hits) {
      const opening = v.field === 'title' || h.sentence <= 1;
      for (const p of h.payloads) {
        if (p.type !== 'cue') continue;
        if (p.cue === 'several' && opening) several = true;
        if (p.cue === 'countryWord' && opening) {
          // "17 countries", or a count the cue spells itself ("четырех стран", "五国").
          const number = v.tokens[h.first - 1]?.raw ?? '';
          const spelt = v.field === 'title' && (h.chars !== undefined || h.last - h.first > 1);
          if (spelt || (/^\d{1,3}$/.test(number) && Number(number) >= MANY))
            counting.add(`${v.field}:${h.sentence}`);
        }
        if (opening && (p.cue === 'bilateral' || p.cue === 'forum')) meeting.add(`${v.field}:${h.sentence}`);
        if (p.cue === 'bilateral' || p.cue === 'forum' || p.cue === 'speech') all[p.cue]++;
        // A notice says what it is at once ("press conference adjourned"); later it is just a word.
        if (p.cue === 'admin' && (v.field === 'title' || h.sentence === 0)) all.admin++;
        if (
          opening &&
          (p.cue === 'bilateral' ||
            p.cue === 'forum' ||
            p.cue === 'speech' ||
            p.cue === 'condemn' ||
            p.cue === 'admin')
        )
          lead[p.cue]++;
      }
    }
  }
  // "a meeting of representatives of 17 countries", not "a travel ban on 12 countries".
  const counted = [...counting].some((k) => meeting.has(k));
  return { all, lead, several, counted };
}

/** How many countries the item gives an office holder who is a party (not a venue, theme or past post). */
function officeCountries(scored: readonly ScoredMention[]): number {
  const codes = new Set<string>();
  for (const s of scored) {
    if (s.notes.includes('role') && isParty(s)) codes.add(s.code);
  }
  return codes.size;
}

/** The pair a headline opens with, unless a ministry's own feed is not one of the two (it reports on others). */
function headlineTag(view: FieldView | undefined, source: string | null): [string, string] | null {
  const tag = view ? headlinePair(view) : null;
  return tag && (!source || tag.includes(source)) ? tag : null;
}

/** An ISO alpha-2 code the caller gave (any case), upper-cased; null for anything else. */
function countryOf(value: unknown): string | null {
  return typeof value === 'string' && isCountryCode(value) ? value.toUpperCase() : null;
}

/** Builds the matchers once (a few hundred milliseconds); `classify` is then pure and fast. */
export function createClassifier(
  options: ClassifierOptions = {},
): Classifier & { topicEvidence(input: ClassifyInput): TopicEvidence } {
  const maxChars = options.maxChars ?? DEFAULT_MAX_CHARS;
  const model = options.topicModel === undefined ? (trainedTopics as TopicModel) : options.topicModel;
  if (model) prepareTopicModel(model);
  const gazetteer: Gazetteer = sharedGazetteer();
  const lexicon = createLexicons();
  function analyze(input: ClassifyInput) {
    const title = text(input?.title, maxChars);
    const body = text(input?.text, maxChars);
    const declared = normalizeLanguage(input?.language);
    const language = declared ?? detectLanguage(`${title}\n${body}`);
    const source = countryOf(input?.sourceCountry);
    const lex = lexicon(language);
    const press = countryOf(input?.pressCountry);
    const home = homeCountry(language, title, body, source, press);
    const fields: FieldView[] = (
      [
        ['title', title],
        ['text', body],
      ] as const
    ).map(([field, value]) => {
      const tokens = tokenize(value, language);
      const lowercase = isLowercaseField(value);
      const view = {
        field,
        tokens,
        lowercase,
        mentions: resolveVocalized(gazetteer.find(tokens, field, lowercase, language)),
        hits: lex.find(tokens),
      };
      const scene = keepCityScenes(view);
      const added = [...homeOffices(scene, language, home), ...dotPairMentions(scene, language)];
      return added.length === 0
        ? scene
        : { ...scene, mentions: [...scene.mentions, ...added].sort(byPosition) };
    });
    // Readings that need the whole item: a surname named in full elsewhere, an abbreviation spelt out,
    // an adjective shared by several countries, a form some languages read as another country.
    const views = resolveReadAs(resolveSharedAdjectives(resolveAbbreviations(attributeSurnames(fields))));
    const salience = rankActors(views, language, source);
    const cues = countCues(views);
    const titleView = views[0];
    const titleCodes = [
      ...new Set(
        salience.scored
          .filter((s) => s.mention.field === 'title' && s.weight >= SALIENCE.title)
          .map((s) => s.code),
      ),
    ];
    // A meeting, call or visit; or travel advice, one country's word to its citizens about another.
    const titleBilateral =
      titleView?.hits.some((h) =>
        h.payloads.some((p) => p.type === 'cue' && (p.cue === 'bilateral' || p.cue === 'advisory')),
      ) ?? false;
    const titleForum =
      titleView === undefined || titleView.tokens.length === 0 ? undefined : fieldHasCue(titleView, 'forum');
    const meeting = headlineMeeting(titleView, salience.scored, language);
    const pair = decidePair(
      salience.actors,
      cues.all,
      {
        codes: titleCodes,
        bilateral: titleBilateral,
        ...(titleForum === undefined ? {} : { forum: titleForum }),
        tag: headlineTag(titleView, source),
        meeting: meeting.pair,
        guests: meeting.guests,
        peers: titleView !== undefined && fieldHasCue(titleView, 'peers'),
        plural: titleView !== undefined && fieldHasCue(titleView, 'plural'),
      },
      {
        ...cues.lead,
        several: cues.several,
        counted: cues.counted,
        officeCountries: officeCountries(salience.scored),
        separate: salience.separate,
      },
      salience.envoys,
    );
    const topicEvidence: TopicEvidence = {
      scores: scoreTopics(views),
      actors: salience.actors.length,
      pair: pair.pair !== null,
      cues: cues.lead,
      words: topicWords(
        views.map((v) => v.tokens),
        language,
      ),
    };
    return { language, declared, source, salience, pair, views, cues, topicEvidence };
  }

  return {
    topicEvidence: (input) => analyze(input).topicEvidence,
    classify(input: ClassifyInput): Classification {
      const { language, declared, source, salience, pair, views, cues, topicEvidence } = analyze(input);
      const topics = model
        ? chooseTopics(model, topicEvidence).map((t) => {
            const lexical = topicEvidence.scores.find((s) => s.topic === t.topic);
            return {
              topic: t.topic,
              matched: lexical?.matched ?? [],
              score: lexical?.score ?? 0,
              probability: t.probability,
            };
          })
        : rankTopics(views, cues.all.admin > 0);
      const evidence: Evidence[] = [
        ...(source
          ? [
              {
                code: source,
                matched: 'source',
                where: 'source' as const,
                kind: 'source',
                weight: SALIENCE.source,
              },
            ]
          : []),
        ...salience.scored.map((s) => ({
          code: s.code,
          matched: s.mention.matched,
          where: s.mention.field,
          kind: s.mention.kind,
          form: s.mention.form,
          sentence: s.mention.sentence,
          weight: Math.round(s.weight * 100) / 100,
          ...(s.notes.length > 0 ? { notes: s.notes } : {}),
        })),
      ];
      const top = salience.all[0]?.score ?? 0;
      return {
        countries: salience.actors.map((a) => a.code).filter((c) => !pair.demoted?.includes(c)),
        pair: pair.pair,
        topics: topics.map((t) => t.topic),
        language,
        why: {
          countries: evidence,
          pair: pair.rule,
          topics: topics.map((t) => ({
            topic: t.topic,
            matched: t.matched,
            score: Math.round(t.score * 100) / 100,
            ...('probability' in t ? { probability: Math.round(t.probability * 100) / 100 } : {}),
          })),
          scores: salience.all.map((a) => ({ code: a.code, score: Math.round(a.score * 100) / 100 })),
          threshold: Math.round(actorBar(top) * 100) / 100,
          language: declared ? 'declared' : 'detected',
        },
      };
    },
  };
}
