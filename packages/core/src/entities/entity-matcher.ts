import type { EntityRegistry, Inflection, MediaRegistry } from '../data/schemas.js';
import { foldForMatching } from '../speed/fold-fast.js';
import { escapeRegex } from '../text/escape-regex.js';
import { tokenize } from '../speed/token-spans.js';
import { LineWords, Vocabulary } from '../words/line-words.js';
import { lookupForms, stemsOf, wordFormRules, type WordFormRules } from './word-forms.js';

/** What a match points to. */
export interface LinkedEntity {
  id: string;
  name: string;
  type: 'person' | 'place' | 'org' | 'media';
  /** Folded aliases that are also common words, each with the entity ids whose mention makes it count. */
  ambiguous: Map<string, string[]>;
}

/** A name found in the text. */
export interface EntityMatch {
  entity: LinkedEntity;
  surface: string;
  start: number;
  end: number;
  /** True when the alias is also a common word: it counts only in context. */
  ambiguous: boolean;
}

export interface AliasWord {
  folded: string;
  /** The alias word without each case ending of the language. */
  stems: string[];
  /** For short aliases and acronyms (UN, AES, RT, ООН): the word exactly as written. */
  exact: string | null;
  /** A capitalised alias word matches only a capitalised word of the text (Mali, not "mali" = small). */
  capitalised: boolean;
}

/** An alias whose first word a word of the text may be (see {@link EntityMatcher.candidatesOf}). */
export interface CandidateAlias {
  readonly entity: LinkedEntity;
  readonly words: readonly AliasWord[];
  readonly ambiguous: boolean;
}

/** What the matcher needs to know of a word of the text: the aliases it may start, and the forms alias words are compared with. */
export interface EntityWordFacts {
  readonly candidates: readonly CandidateAlias[];
  /** The word's {@link EntityMatcher.formsOf}. */
  readonly forms: readonly string[];
}

/** What may stand between two words of one alias: spaces, quotes and dashes on one line (`ЧВК «Вагнер»`). */
const JOINER_CODES = new Set([...' \t\u00a0\u202f«»"“”„\'’-–—.'].map((char) => char.charCodeAt(0)));
/** Aliases in scripts written without spaces (Han, kana, Thai) are found inside the runs of the text, not as words. */
const HAN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/u;

/**
 * A compiled matcher for every alias of the entity and media registries in one language: one index
 * from word forms to aliases, one pass over the words of the text, the longest alias wins.
 */
export interface EntityMatcher {
  /**
   * Finds the known names in a text.
   *
   * @example
   * matcher.find('Ławrow rozmawiał z Diopem w Moskwie.').map((m) => m.entity.id); // ['sergei-lavrov', 'abdoulaye-diop', 'moscow']
   */
  find(text: string): EntityMatch[];
  /**
   * Finds the known names in a line whose words were read by a vocabulary whose facts hold each
   * word's {@link candidatesOf} and {@link formsOf}: the same matches as {@link find}, without tokenising and looking
   * the words up again (the parser reads each line once for names and dates).
   *
   * @example
   * const vocabulary = new Vocabulary((word) => ({ candidates: matcher.candidatesOf(word), forms: matcher.formsOf(word) }));
   * matcher.findInWords(vocabulary.read('Ławrow rozmawiał z Diopem', new LineWords())).length; // 2
   */
  findInWords(line: LineWords<EntityWordFacts>): EntityMatch[];
  /**
   * The aliases a word may start, in any of its forms: what a vocabulary holds for the word (most
   * words start none).
   *
   * @example
   * matcher.candidatesOf('Ławrowem').map((alias) => alias.entity.id); // ['sergei-lavrov']
   * @param folded the word folded with `foldForMatching`, when the caller has it
   * @param forms the word's {@link formsOf}, when the caller has them
   */
  candidatesOf(word: string, folded?: string, forms?: readonly string[]): readonly CandidateAlias[];
  /**
   * The forms of a word of the text under which aliases are looked up and compared: its fold, its
   * stems, and the same without each proclitic (`lookupForms` with the language's rules). A
   * vocabulary keeps them with the word, so that a word is stemmed once, when first met.
   *
   * @example
   * matcher.formsOf('Ławrowem'); // ['lawrowem', 'lawrow']
   * @param folded the word folded with `foldForMatching`, when the caller has it
   */
  formsOf(word: string, folded?: string): readonly string[];
  /** How many aliases the matcher holds. */
  aliasCount: number;
}

/**
 * Compiles the matcher for a language. The rules of `data/languages/<language>/inflection.json`
 * (Polish and Russian case endings, Arabic proclitics) apply to aliases and text alike; matching
 * ignores case and diacritics except that a capitalised alias needs a capitalised word, and short
 * aliases and acronyms match only exactly.
 *
 * @example
 * const matcher = compileEntityMatcher(loadCoreData().entities, loadCoreData().media, loadCoreData().inflection, 'pl');
 * matcher.find('Siergieja Ławrowa')[0]?.entity.name; // 'Sergei Lavrov'
 */
export function compileEntityMatcher(registry: EntityRegistry, media: MediaRegistry, inflection: Inflection, language: string | null): EntityMatcher {
  const rules = wordFormRules(inflection, language);
  const index = new Map<string, CandidateAlias[]>();
  const hanAliases = new Map<string, LinkedEntity>();
  let aliasCount = 0;

  const add = (entity: LinkedEntity, alias: string): void => {
    // One letter (the British daily "i") names nothing reliably in running text.
    if ([...alias.trim()].length < 2) return;
    if (HAN.test(alias)) {
      hanAliases.set(alias, entity);
      aliasCount++;
      return;
    }
    const words = tokenize(alias).map((token) => aliasWord(token.text, alias, rules));
    if (words.length === 0) return;
    const entry: CandidateAlias = { entity, words, ambiguous: entity.ambiguous.has(foldForMatching(alias)) };
    const first = words[0]!;
    for (const key of new Set([first.exact ?? first.folded, ...first.stems])) {
      const list = index.get(key) ?? [];
      list.push(entry);
      index.set(key, list);
    }
    aliasCount++;
  };

  const ids = new Set<string>();
  for (const entity of registry.entities) {
    const linked: LinkedEntity = {
      id: entity.id,
      name: entity.name,
      type: entity.type,
      ambiguous: new Map((entity.ambiguous ?? []).filter((a) => !a.languages || (language !== null && a.languages.includes(language))).map((a) => [foldForMatching(a.alias), a.context])),
    };
    ids.add(entity.id);
    const local = [...(entity.localNames?.['en'] ?? []), ...(language !== null && language !== 'en' ? (entity.localNames?.[language] ?? []) : [])];
    for (const alias of new Set([...Object.values(entity.aliases).flat(), ...local])) add(linked, alias);
  }
  for (const medium of media.media) {
    if (ids.has(medium.id)) throw new Error(`media.json and the entity registry both define the id "${medium.id}"`);
    const linked: LinkedEntity = { id: medium.id, name: medium.name, type: 'media', ambiguous: new Map() };
    const citedOnly = new Set(medium.citedOnly);
    for (const alias of new Set([medium.name, ...medium.aliases])) if (!citedOnly.has(alias)) add(linked, alias);
  }
  const hanPattern = hanAliases.size > 0 ? new RegExp([...hanAliases.keys()].sort((a, b) => b.length - a.length).map(escapeRegex).join('|'), 'gu') : null;
  // Called once per distinct word (when a vocabulary first meets it), so the forms are computed
  // here rather than read through the per-word caches of folds and forms, which would miss too.
  const formsOf = (word: string, folded?: string): readonly string[] => lookupForms(folded ?? foldForMatching(word), rules);

  /** Whether a word of the text (with its forms) is the alias word. */
  const wordMatches = (aliasWord: AliasWord, word: string, forms: readonly string[]): boolean => {
    if (aliasWord.exact !== null) return word === aliasWord.exact || (rules.prefixes.length > 0 && exactAfterProclitic(word, aliasWord.exact, rules));
    if (aliasWord.capitalised && !startsCapitalised(word)) return false;
    return forms.includes(aliasWord.folded) || aliasWord.stems.some((stem) => forms.includes(stem));
  };

  const noCandidates: readonly CandidateAlias[] = [];
  /** The candidates of a word with Han characters when there are Han aliases: they are looked for inside it (such a word is never the first word of another alias). */
  const hanWord: readonly CandidateAlias[] = [];
  /** The aliases whose first word the word may be, in any of its forms (most words have none). */
  const candidatesOf = (word: string, folded?: string, wordForms?: readonly string[]): readonly CandidateAlias[] => {
    if (hanPattern !== null && HAN.test(word)) return hanWord;
    const forms = wordForms ?? formsOf(word, folded);
    // The word as written, then each form; an alias found under several keys counts once, where first found.
    let candidates: CandidateAlias[] | undefined;
    for (let k = -1; k < forms.length; k++) {
      const entries = index.get(k < 0 ? word : forms[k]!);
      if (!entries) continue;
      candidates ??= [];
      for (const entry of entries) if (!candidates.includes(entry)) candidates.push(entry);
    }
    // An alias matched exactly (an acronym) after a proclitic, as written: `l'AFP`, `d'EFE`.
    for (const [strip, replace] of rules.prefixes) {
      if (word.length <= strip.length || !word.startsWith(strip)) continue;
      const entries = index.get(replace + word.slice(strip.length));
      if (!entries) continue;
      candidates ??= [];
      for (const entry of entries) if (entry.words[0]!.exact !== null && !candidates.includes(entry)) candidates.push(entry);
    }
    return candidates ?? noCandidates;
  };

  // The words of a text given to `find`, read by the matcher's own vocabulary (the parser reads
  // each line once with a vocabulary shared with the date finder, see `findInWords`).
  let ownWords: Vocabulary<EntityWordFacts> | undefined;
  const ownLine = new LineWords<EntityWordFacts>();

  const findInWords = (line: LineWords<EntityWordFacts>): EntityMatch[] => {
    const { text, spans, entries } = line;
    const count = spans.count;
    const matches: EntityMatch[] = [];
    for (let i = 0; i < count; i++) {
      const word = entries[i]!;
      const wordStart = spans.starts.values[i]!;
      const candidates = word.value.candidates;
      // Whether a word holds Han characters is known from its facts: no test per line or word.
      if (candidates === hanWord) {
        for (const match of word.key.matchAll(hanPattern!)) {
          const start = wordStart + match.index;
          matches.push({ entity: hanAliases.get(match[0])!, surface: match[0], start, end: start + match[0].length, ambiguous: false });
        }
        continue;
      }
      if (candidates.length === 0) continue;
      let best: CandidateAlias | null = null;
      let bestLength = 0;
      for (const entry of candidates) {
        const length = entry.words.length;
        if (best && (length < bestLength || (length === bestLength && (entry.ambiguous || !best.ambiguous)))) continue;
        if (i + length > count) continue;
        let ok = true;
        for (let k = 0; k < length && ok; k++) {
          if (k > 0 && !onlyJoinersBetween(text, spans.ends.values[i + k - 1]!, spans.starts.values[i + k]!)) ok = false;
          else if (!wordMatches(entry.words[k]!, entries[i + k]!.key, entries[i + k]!.value.forms)) ok = false;
        }
        if (ok) {
          best = entry;
          bestLength = length;
        }
      }
      if (!best) continue;
      const end = spans.ends.values[i + bestLength - 1]!;
      matches.push({ entity: best.entity, surface: text.slice(wordStart, end), start: wordStart, end, ambiguous: best.ambiguous });
      i += bestLength - 1;
    }
    return matches;
  };

  return {
    aliasCount,
    candidatesOf,
    formsOf,
    findInWords,
    find(text: string): EntityMatch[] {
      ownWords ??= new Vocabulary((word) => {
        const forms = formsOf(word);
        return { candidates: candidatesOf(word, undefined, forms), forms };
      });
      return findInWords(ownWords.read(text, ownLine));
    },
  };
}

/** True when only spaces, quotes and dashes stand between `from` and `to` (see `JOINER_CODES`). */
function onlyJoinersBetween(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (!JOINER_CODES.has(text.charCodeAt(k))) return false;
  return true;
}

function aliasWord(word: string, alias: string, rules: WordFormRules): AliasWord {
  const isAcronym = /\p{Lu}/u.test(alias) && alias === alias.toUpperCase() && [...alias.replace(/[^\p{L}]/gu, '')].length >= 2;
  const isShort = [...alias].length <= 3;
  const folded = foldForMatching(word);
  if (isAcronym || isShort) return { folded, stems: [], exact: word, capitalised: false };
  return { folded, stems: stemsOf(folded, rules), exact: null, capitalised: startsCapitalised(word) };
}

function startsCapitalised(word: string): boolean {
  const first = word[0] ?? '';
  return first !== first.toLowerCase();
}

function exactAfterProclitic(word: string, exact: string, rules: WordFormRules): boolean {
  for (const [strip, replace] of rules.prefixes) {
    if (word.startsWith(strip) && replace + word.slice(strip.length) === exact) return true;
  }
  return false;
}
