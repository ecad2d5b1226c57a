import { compileDatePatterns, dateWordsOf, type DateMentionPatterns, type DateWordFacts } from './dates/date-mentions.js';
import type { EntityMatcher, EntityWordFacts } from './entities/entity-matcher.js';
import { quoteCuesFor, type QuoteCues } from './quotes/quotes.js';
import { citationCuesFor, type CitationCues } from './citations/citation-cues.js';
import { compileSpeakerCues, type CompiledSpeakerCues } from './quotes/speaker-resolution.js';
import { stopWordsOf } from './entities/stop-words.js';
import { foldForMatching } from './speed/fold-fast.js';
import { Vocabulary } from './words/line-words.js';
import { getResources } from './resources/resources.js';
import { compileNameCues, type CompiledNameCues } from './entities/name-cues.js';
import { mentionKey } from './entities/mention-key.js';
import { wordFormRules } from './entities/word-forms.js';

/**
 * What is compiled once per language and process: date patterns, quote cues, and the vocabulary
 * that reads a page's words for names, dates and citations. Every article of a language shares
 * one compiled value (the same object, which also keeps the code that reads it monomorphic).
 */
function oncePerLanguage<T>(build: (language: string | null) => T): (language: string | null) => T {
  const built = new Map<string, T>();
  return (language) => {
    const key = language ?? '';
    let value = built.get(key);
    if (value === undefined) {
      value = build(language);
      built.set(key, value);
    }
    return value;
  };
}

/**
 * The compiled date patterns of a language (its day/month order from its data file).
 *
 * @example
 * datePatternsFor('pl').patterns.length; // the patterns the Polish calendar and date formats give
 */
export const datePatternsFor = oncePerLanguage((language): DateMentionPatterns => {
  const resources = getResources();
  return compileDatePatterns(resources.data.calendars, resources.calendarFor(language), language, resources.dateOrderOf(language));
});

/**
 * The quote cues of a language (speech verbs tokenized and folded, longest first).
 *
 * @example
 * quoteCuesOf('pl'); // the cues of data/languages/pl.json
 */
export const quoteCuesOf = oncePerLanguage((language): QuoteCues => quoteCuesFor(getResources().languages, language));

/**
 * The speaker cues of a language (`speakers.json`: pronouns, groups, anonymous sources, organisations), compiled.
 *
 * @example
 * speakerCuesOf('pl').pronouns.get('ona')?.gender; // 'f'
 */
export const speakerCuesOf = oncePerLanguage((language): CompiledSpeakerCues => {
  const keyOf = mentionKeysFor(language);
  const data = getResources().data;
  const titles = language ? data.nameCues.get(language)?.personTitles : undefined;
  const cues = language ? data.speakerCues.get(language) : undefined;
  return compileSpeakerCues(cues, stopWordsOf(language), keyOf, [...(titles?.before ?? []), ...(titles?.after ?? []), ...(cues?.personRoles ?? [])]);
});

/**
 * The citation cues of a page in a language (every language's attribution cues, its own reporting verbs), folded.
 *
 * @example
 * citationCuesOf('ko').after.includes('에 따르면'); // true
 */
export const citationCuesOf = oncePerLanguage((language): CitationCues => citationCuesFor(getResources().languages, language));

/**
 * The name cues of a language (`names.json`, its stop words and speech verbs), compiled.
 *
 * @example
 * nameCuesOf('en').titlesBefore.length > 0; // true
 */
export const nameCuesOf = oncePerLanguage((language): CompiledNameCues => {
  const resources = getResources();
  return compileNameCues(language ? resources.data.nameCues.get(language) : undefined, language ? resources.languages.get(language) : undefined, wordFormRules(resources.data.inflection, language), language);
});

/**
 * The mention key of a name in a language (see `mentionKey`), as a function of the surface.
 *
 * @example
 * mentionKeysFor('pl')('Ławrowem') === mentionKeysFor('pl')('Ławrowa'); // true
 */
export const mentionKeysFor = oncePerLanguage((language): ((surface: string) => string) => {
  const rules = wordFormRules(getResources().data.inflection, language);
  return (surface) => mentionKey(surface, language, rules);
});

/** What the stages after it read of a word: its candidate names, its date words, whether a medium's cited-only alias (`الجزيرة`) can start in it. */
export type WordFacts = EntityWordFacts & DateWordFacts & { readonly citedOnly: boolean };

const vocabularies = new WeakMap<EntityMatcher, WeakMap<DateMentionPatterns, Vocabulary<WordFacts>>>();

/**
 * The vocabulary of an entity matcher (one per registry and language) and date patterns (one per
 * language): each distinct word's facts, computed when the word is first met.
 *
 * @example
 * vocabularyFor(matcher, datePatternsFor('pl')).read('w Moskwie', line);
 */
export function vocabularyFor(matcher: EntityMatcher, datePatterns: DateMentionPatterns): Vocabulary<WordFacts> {
  let byPatterns = vocabularies.get(matcher);
  if (!byPatterns) vocabularies.set(matcher, (byPatterns = new WeakMap()));
  let vocabulary = byPatterns.get(datePatterns);
  if (!vocabulary) byPatterns.set(datePatterns, (vocabulary = new Vocabulary((word) => wordFactsOf(word, matcher, datePatterns))));
  return vocabulary;
}

/** A new word's facts: folded once for names and dates, its forms kept for comparing it with alias words. */
function wordFactsOf(word: string, matcher: EntityMatcher, datePatterns: DateMentionPatterns): WordFacts {
  const folded = foldForMatching(word);
  const forms = matcher.formsOf(word, folded);
  return { candidates: matcher.candidatesOf(word, folded, forms), forms, dateWords: dateWordsOf(word, datePatterns, folded), citedOnly: getResources().media.citedOnly.mayStartIn(word) };
}
