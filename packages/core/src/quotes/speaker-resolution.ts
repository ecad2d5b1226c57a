import type { Mention, Speaker } from '../schema/article.js';
import type { SpeakerCues } from '../data/schemas.js';
import { foldForMatching } from '../speed/fold-fast.js';
import { hasNoSpaceScript } from '../speed/word-measure.js';
import { wordsOf } from '../words/words-of.js';

/** Reduces a folded word to its form without inflection (see `mentionKey`). */
type WordKey = (word: string) => string;

/** A language's speaker cues, folded, ready for {@link SpeakerResolver}. */
export interface CompiledSpeakerCues {
  pronouns: Map<string, { gender: 'm' | 'f' | null; number: 'sg' | 'pl' }>;
  groups: CueWords;
  anonymous: CueWords;
  organisations: CueWords;
  /** A person's titles and roles (`names.json`): a description holding one is a person's, whatever organisation it names (`a ministry spokesman`). */
  titles: CueWords;
  /** Words beside a name that mark the person's gender, folded. */
  genderedWords: Map<string, Gender>;
  /** Endings of speech verbs that mark the speaker's gender, folded, longest first. */
  verbEndings: { ending: string; gender: Gender }[];
  /** Words that say nothing of who speaks (`the`, `của`, `ze`), folded. */
  stopWords: ReadonlySet<string>;
  keyOf: WordKey;
}

/** A person's grammatical gender, as the text marks it. */
export type Gender = 'm' | 'f';

/** Cue phrases: single words by their inflection-free key, longer phrases folded. */
interface CueWords {
  keys: ReadonlySet<string>;
  phrases: readonly string[];
}

/**
 * Compiles a language's speaker cues (`speakers.json`) with its stop words and its word-key function.
 *
 * @example
 * const cues = compileSpeakerCues(loadCoreData().speakerCues.get('en'), stopWordsOf('en'), (word) => word.toLowerCase());
 * cues.pronouns.get('she')?.gender; // 'f'
 */
export function compileSpeakerCues(cues: SpeakerCues | undefined, stopWords: readonly string[], keyOf: WordKey, titles: readonly string[] = []): CompiledSpeakerCues {
  const compile = (list: readonly string[] = []): CueWords => {
    const folded = list.map((cue) => foldForMatching(cue));
    return { keys: new Set(folded.filter((cue) => !cue.includes(' ')).map(keyOf)), phrases: folded.filter((cue) => cue.includes(' ') || hasNoSpaceScript(cue)) };
  };
  return {
    pronouns: new Map((cues?.pronouns ?? []).map((pronoun) => [foldForMatching(pronoun.word), { gender: pronoun.gender, number: pronoun.number }])),
    groups: compile(cues?.groups),
    anonymous: compile(cues?.anonymous),
    organisations: compile(cues?.organisations),
    titles: compile(titles),
    genderedWords: new Map([...(cues?.genderedWords.m ?? []).map((word) => [foldForMatching(word), 'm'] as const), ...(cues?.genderedWords.f ?? []).map((word) => [foldForMatching(word), 'f'] as const)]),
    verbEndings: [...(cues?.verbEndings.m ?? []).map((ending) => ({ ending: foldForMatching(ending), gender: 'm' as const })), ...(cues?.verbEndings.f ?? []).map((ending) => ({ ending: foldForMatching(ending), gender: 'f' as const }))].sort((a, b) => b.ending.length - a.ending.length),
    stopWords: new Set(stopWords.map(foldForMatching)),
    keyOf,
  };
}

/** How many words before and after a name are read as what the text says of its bearer. */
const PROFILE_BEFORE = 5;
const PROFILE_AFTER = 3;
/** What ends a clause: the words beyond it describe something else. */
const CLAUSE_END = /[.!?;:,،、，。；：！？()\n]/u;

/** A mention of a named person or organisation of the page, and the entity (id or key) it names. */
interface Candidate {
  mention: Mention;
  id: string;
}

/** A word folded, and its form stripped of inflection (see `mentionKey`). */
interface Word {
  folded: string;
  key: string;
}

/**
 * Types and resolves the speakers the text gives no name for, against the people and organisations
 * the page names:
 * - a pronoun (`he`, `ông`, `她`) is the nearest person named before the quote whose gender does not rule them out;
 * - a description (`malijski dyplomata`, `Nhà ngoại giao Nga`, `the minister`) is the person named
 *   before the quote whose surrounding words share the most words with it (`malijskim odpowiednikiem
 *   Abdoulaye Diopem`), the nearest on a tie; with none shared it stays a description, unresolved;
 * - words of the language's lists make the speaker an anonymous source (`a source close to the
 *   talks`), a group (`the authorities`, `residents`) or an organisation (`the ministry`, resolved to
 *   an organisation named before whose name shares a word with it).
 *
 * @example
 * const resolver = new SpeakerResolver(mentions, article.text, compileSpeakerCues(...));
 * resolver.resolve('malijski dyplomata', quote.start); // { name: 'Abdoulaye Diop', type: 'person', resolved: true, as: 'malijski dyplomata', … }
 */
export class SpeakerResolver {
  readonly #people: Candidate[];
  readonly #organisations: Candidate[];
  /** Each entity's mentions, in order. */
  readonly #mentions = new Map<string, Mention[]>();
  /** Read when first needed, by entity: the words around its mentions, the words of its names, the gender a word beside a name gives (null for none). */
  readonly #profiles = new Map<string, Word[]>();
  readonly #names = new Map<string, Word[]>();
  readonly #genderBesides = new Map<string, Gender | null>();
  /** The gender a speech verb gave a named speaker (`powiedziała Anna Lisowska`). */
  readonly #noted = new Map<string, Gender>();

  /**
   * @param mentions the page's named people and organisations in title, lead and body, in order
   * @param text the article's text, which the mentions' offsets index
   */
  constructor(
    mentions: readonly Mention[],
    private readonly text: string,
    private readonly cues: CompiledSpeakerCues,
  ) {
    this.#people = this.#candidates(mentions.filter((mention) => mention.type === 'person'));
    this.#organisations = this.#candidates(mentions.filter((mention) => mention.type === 'org' || mention.type === 'media'));
  }

  /**
   * The speaker a description or pronoun stands for, as the text before `at` (the quote's start)
   * allows; `clause`, the rest of the quote's sentence, may say the source is anonymous (`… said
   * on condition of anonymity`).
   */
  resolve(description: string, at: number, clause = ''): Speaker {
    const words = this.#wordsOf(description);
    const folded = foldForMatching(description).trim();
    const pronoun = this.cues.pronouns.get(folded);
    if (pronoun) {
      const person = pronoun.number === 'sg' ? this.#nearestFitting(at, pronoun.gender) : undefined;
      return person ? speakerOf(person.mention, description) : { entityId: null, name: description, type: pronoun.number === 'pl' ? 'group' : 'description', resolved: false };
    }
    const foldedClause = ` ${foldForMatching(clause).replace(/[^\p{L}\p{N}\p{M}'’-]+/gu, ' ')} `;
    const anonymousClause = this.cues.anonymous.phrases.some((phrase) => (hasNoSpaceScript(phrase) ? foldedClause.includes(phrase) : foldedClause.includes(` ${phrase} `)));
    if (anonymousClause || this.#says(this.cues.anonymous, folded, words)) return { entityId: null, name: description, type: 'anonymous', resolved: false };
    if (this.#says(this.cues.groups, folded, words)) return { entityId: null, name: description, type: 'group', resolved: false };
    const content = words.filter((word) => !this.cues.stopWords.has(word.folded));
    if (!this.#says(this.cues.titles, folded, words) && this.#says(this.cues.organisations, folded, words, true)) {
      const organisation = best(this.#organisations, at, (candidate) => overlap(content, this.#namesOf(candidate.id)));
      return organisation ? speakerOf(organisation.mention, description) : { entityId: null, name: description, type: 'organisation', resolved: false };
    }
    const person = best(this.#people, at, (candidate) => overlap(content, this.#profileOf(candidate.id)));
    return person ? speakerOf(person.mention, description) : { entityId: null, name: description, type: 'description', resolved: false };
  }

  /** Records the gender a speech verb gives a named speaker (`powiedziała Anna Lisowska`). */
  noteGender(speaker: Speaker, verb: string | undefined): void {
    const gender = verb === undefined ? null : genderOfVerb(this.cues, verb);
    const id = speaker.entityId ?? speaker.key;
    if (gender && id && speaker.type === 'person' && !this.#noted.has(id)) this.#noted.set(id, gender);
  }

  /** The gender the text gives a named speaker, null when it gives none. */
  genderOf(speaker: Speaker): Gender | null {
    const id = speaker.entityId ?? speaker.key;
    return id ? this.#genderOfEntity(id) : null;
  }

  /** An entity's gender: a word beside one of its names, else the ending of a verb it was named with. */
  #genderOfEntity(id: string): Gender | null {
    let beside = this.#genderBesides.get(id);
    if (beside === undefined) {
      beside = null;
      for (const mention of this.#mentions.get(id) ?? []) if ((beside = this.#genderBeside(mention))) break;
      this.#genderBesides.set(id, beside);
    }
    return beside ?? this.#noted.get(id) ?? null;
  }

  /** The person a verb with no name stands for when its gender rules out the previous speaker: the nearest earlier person of that gender, as the verb (`dodała`). */
  personOfGender(gender: Gender, at: number, verb: string): Speaker | null {
    const person = this.#nearestFitting(at, gender, true);
    return person ? speakerOf(person.mention, verb) : null;
  }

  /** The person mentioned last before `at` whose gender does not rule them out (with `known`, whose gender is the one given). */
  #nearestFitting(at: number, gender: Gender | null, known = false): Candidate | undefined {
    for (let k = this.#people.length - 1; k >= 0; k--) {
      const candidate = this.#people[k]!;
      if (candidate.mention.end > at) continue;
      if (gender === null) return candidate;
      const own = this.#genderOfEntity(candidate.id);
      if (known ? own === gender : own === null || own === gender) return candidate;
    }
    return undefined;
  }

  /** The gender a word beside a person's mention marks: one of the two words before it (`pani Anna`, `bà Lan`, `la ministra`), or one written onto it (`王女士`). */
  #genderBeside(mention: Mention): Gender | null {
    const left = this.text.slice(Math.max(0, mention.start - 30), mention.start);
    const foldedLeft = ` ${foldForMatching(left).trim()}`;
    const before = this.#wordsOf(left).slice(-2).reverse();
    for (const [word, gender] of this.cues.genderedWords) {
      if (word.includes(' ') && foldedLeft.endsWith(` ${word}`)) return gender;
      // A word written onto the name in a script without spaces (`王建国女士`).
      if (hasNoSpaceScript(word) && this.text.startsWith(word, mention.end)) return gender;
    }
    for (const word of before) {
      const gender = this.cues.genderedWords.get(word.folded);
      if (gender) return gender;
    }
    return null;
  }

  /**
   * Whether a description holds a word or phrase of a cue list; in a script without spaces, a
   * heading word (`heads`) must end the description (`铁路局`, not `铁路局负责人王建国`).
   */
  #says(cues: CueWords, folded: string, words: readonly { key: string }[], heads = false): boolean {
    if (words.some((word) => cues.keys.has(word.key))) return true;
    const padded = ` ${folded} `;
    return cues.phrases.some((phrase) => (hasNoSpaceScript(phrase) ? (heads ? folded.endsWith(phrase) : folded.includes(phrase)) : padded.includes(` ${phrase} `)));
  }

  #wordsOf(text: string): Word[] {
    return wordsOf(text).map((token) => {
      const folded = foldForMatching(token.text);
      return { folded, key: this.cues.keyOf(folded) };
    });
  }

  /** One candidate per mention, each knowing its entity; the entity's mentions are kept for its profile. */
  #candidates(mentions: readonly Mention[]): Candidate[] {
    return mentions.map((mention) => {
      const id = idOf(mention);
      const known = this.#mentions.get(id);
      if (known) known.push(mention);
      else this.#mentions.set(id, [mention]);
      return { mention, id };
    });
  }

  /** The words the text puts around an entity's mentions, stop words left out, read once. */
  #profileOf(id: string): Word[] {
    let profile = this.#profiles.get(id);
    if (!profile) {
      profile = [];
      for (const mention of this.#mentions.get(id) ?? []) for (const word of this.#around(mention)) if (!this.cues.stopWords.has(word.folded)) profile.push(word);
      this.#profiles.set(id, profile);
    }
    return profile;
  }

  /** The words of an entity's names, read once. */
  #namesOf(id: string): Word[] {
    let names = this.#names.get(id);
    if (!names) {
      names = (this.#mentions.get(id) ?? []).flatMap((mention) => this.#wordsOf(mention.surface));
      this.#names.set(id, names);
    }
    return names;
  }

  /** The words of the clause around a mention: a few before it and after it. */
  #around(mention: Mention): Word[] {
    let from = mention.start;
    while (from > 0 && mention.start - from < 80 && !CLAUSE_END.test(this.text[from - 1]!)) from--;
    let to = mention.end;
    while (to < this.text.length && to - mention.end < 60 && !CLAUSE_END.test(this.text[to]!)) to++;
    const before = this.#wordsOf(this.text.slice(from, mention.start)).slice(-PROFILE_BEFORE);
    const after = this.#wordsOf(this.text.slice(mention.end, to)).slice(0, PROFILE_AFTER);
    return [...before, ...after];
  }
}

/**
 * The gender a speech verb's ending marks in a language (`powiedziała`: f, `сказал`: m), null when none.
 *
 * @example
 * genderOfVerb(speakerCuesOf('pl'), 'dodała'); // 'f'
 */
export function genderOfVerb(cues: CompiledSpeakerCues, verb: string): Gender | null {
  const folded = foldForMatching(verb).trim();
  return cues.verbEndings.find(({ ending }) => folded.endsWith(ending))?.gender ?? null;
}

function idOf(mention: Mention): string {
  return mention.entityId ?? mention.key;
}

/**
 * The speaker a name gives: a person, or an organisation (a medium, or a place speaking for its
 * government); `as`, the pronoun or description the text wrote it as.
 *
 * @example
 * speakerOf(diopMention, 'malijski dyplomata'); // { entityId: 'abdoulaye-diop', name: 'Abdoulaye Diop', type: 'person', resolved: true, as: 'malijski dyplomata', … }
 */
export function speakerOf(mention: Mention, as?: string): Speaker {
  return { entityId: mention.entityId, name: mention.name, key: mention.key, type: mention.type === 'person' ? 'person' : 'organisation', resolved: true, ...(as !== undefined && { as }) };
}

/** The candidate mentioned before `at` with the highest score above zero; the later on a tie. */
function best(candidates: readonly Candidate[], at: number, score: (candidate: Candidate) => number): Candidate | undefined {
  let found: Candidate | undefined;
  let top = 0;
  for (const candidate of candidates) {
    if (candidate.mention.end > at) break;
    const value = score(candidate);
    if (value > 0 && value >= top) {
      found = candidate;
      top = value;
    }
  }
  return found;
}

/** How many distinct words of a description a candidate's words hold, in any inflection. */
function overlap(words: readonly Word[], candidateWords: readonly Word[]): number {
  let count = 0;
  const seen = new Set<string>();
  for (const word of words) {
    if (seen.has(word.key)) continue;
    seen.add(word.key);
    if (candidateWords.some((other) => sameWord(word, other))) count++;
  }
  return count;
}

/**
 * Whether two words are one in different inflections: the same key, or a long shared beginning
 * that leaves at most three letters of the shorter (`malijski`, `malijskim`; `dyplomata`,
 * `dyplomatów`), for the endings the name rules of `inflection.json` do not strip.
 */
function sameWord(a: Word, b: Word): boolean {
  if (a.key === b.key) return true;
  const length = Math.min(a.folded.length, b.folded.length);
  let shared = 0;
  while (shared < length && a.folded[shared] === b.folded[shared]) shared++;
  return shared >= 4 && shared >= length - 3;
}
