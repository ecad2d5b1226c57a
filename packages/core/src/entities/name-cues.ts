import type { LanguageData, NameCues } from '../data/schemas.js';
import { foldForMatching } from '../speed/fold-fast.js';
import { wordsOf } from '../words/words-of.js';
import { stopWordsOf } from './stop-words.js';
import type { WordFormRules } from './word-forms.js';

/** A cue of several words, folded, as the text's words are compared with it. */
export type CueWords = readonly string[];

/** A language's name cues, folded and split into words, ready for `findUnlinkedNames`. */
export interface CompiledNameCues {
  language: string | null;
  rules: WordFormRules;
  /** Lower-cased words that are never a name: the language's stop words and `notNames` (lower-cased, not folded: Vietnamese `mỹ` is no stop word though `my` might be). */
  stop: ReadonlySet<string>;
  particles: ReadonlySet<string>;
  /** Lower-cased words that are never part of a name (`Millionen`, `Photo`). */
  notNames: ReadonlySet<string>;
  placePrepositions: ReadonlySet<string>;
  titlesBefore: readonly CueWords[];
  /** The titles before a name and the heading words before one, as written (not folded), longest first: matched inside a spaced part of Thai and its neighbours. */
  titlesBeforeText: readonly string[];
  headsBeforeText: readonly string[];
  titlesAfter: readonly CueWords[];
  orgBefore: readonly CueWords[];
  orgAfter: readonly CueWords[];
  placeBefore: readonly CueWords[];
  placeAfter: readonly CueWords[];
  /** Every one-word org and place word, for a capitalised name that holds one anywhere (`Bank Indonesia`, `Ziraat Odası`). */
  orgWords: ReadonlySet<string>;
  placeWords: ReadonlySet<string>;
  /** Particles that follow a subject (`نے`, `ने`, `は`): a name found by a title ends before one. */
  subjectParticles: ReadonlySet<string>;
  /** The language's speech verbs: a name found by a title ends before one. */
  speechVerbs: readonly CueWords[];
  modifierPrefixes: readonly string[];
  maxNameWords: number;
  minNameWords: number;
  conjunctionPrefixes: readonly string[];
  capitalisesNouns: boolean;
}

const NO_CUES: Omit<NameCues, 'language'> = {
  personTitles: { before: [], after: [] },
  orgWords: { before: [], after: [] },
  placeWords: { before: [], after: [] },
  particles: [],
  placePrepositions: [],
  notNames: [],
  modifierPrefixes: [],
  maxNameWords: 3,
  minNameWords: 1,
  conjunctionPrefixes: [],
  capitalisesNouns: false,
};

/** A cue phrase as the words `wordsOf` finds in it, folded; longest lists first. */
function cueWords(phrases: readonly string[]): CueWords[] {
  return phrases
    .map((phrase) => wordsOf(phrase).map((word) => foldForMatching(word.text)))
    .filter((words) => words.length > 0)
    .sort((a, b) => b.length - a.length);
}

/**
 * Compiles the name cues of a language (`data/languages/<code>/names.json`) with its stop words and
 * speech verbs; a language without a file has only its stop words.
 *
 * @example
 * const cues = compileNameCues(loadCoreData().nameCues.get('en'), languageData, rules, 'en');
 * cues.titlesBefore.some((title) => title.join(' ') === 'prime minister'); // true
 */
export function compileNameCues(cues: NameCues | undefined, page: LanguageData | undefined, rules: WordFormRules, language: string | null): CompiledNameCues {
  const data = cues ?? { language: language ?? 'en', ...NO_CUES };
  const fold = (words: readonly string[]) => new Set(words.map(foldForMatching));
  const singleWords = (phrases: readonly string[]) => fold(phrases.filter((phrase) => wordsOf(phrase).length === 1));
  return {
    language,
    rules,
    stop: new Set([...stopWordsOf(language), ...data.notNames].map((word) => word.toLowerCase())),
    particles: fold(data.particles),
    notNames: new Set(data.notNames.map((word) => word.toLowerCase())),
    placePrepositions: fold(data.placePrepositions),
    titlesBefore: cueWords(data.personTitles.before),
    titlesBeforeText: [...data.personTitles.before].sort((a, b) => b.length - a.length),
    headsBeforeText: [...data.orgWords.before, ...data.placeWords.before].sort((a, b) => b.length - a.length),
    titlesAfter: cueWords(data.personTitles.after),
    orgBefore: cueWords(data.orgWords.before),
    orgAfter: cueWords(data.orgWords.after),
    placeBefore: cueWords(data.placeWords.before),
    placeAfter: cueWords(data.placeWords.after),
    orgWords: singleWords([...data.orgWords.before, ...data.orgWords.after]),
    placeWords: singleWords([...data.placeWords.before, ...data.placeWords.after]),
    subjectParticles: new Set(page?.subjectMarkers.particles ?? []),
    speechVerbs: cueWords(page?.speechVerbs ?? []),
    modifierPrefixes: data.modifierPrefixes.map(foldForMatching),
    maxNameWords: data.maxNameWords,
    minNameWords: data.minNameWords,
    conjunctionPrefixes: data.conjunctionPrefixes.map(foldForMatching),
    capitalisesNouns: data.capitalisesNouns,
  };
}
