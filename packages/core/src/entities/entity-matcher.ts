import type { EntityRegistry, Inflection, MediaRegistry } from '../data/schemas.js';
import { foldForMatching } from '../text/fold.js';
import { escapeRegex } from '../text/escape-regex.js';
import { findTokenSpans, tokenize, TokenSpans } from '../text/tokenize.js';
import { SubstringCache, type SubstringEntry } from '../text/substring-cache.js';
import { formsOfWord, lookupForms, stemsOf, wordFormRules, type WordFormRules } from './word-forms.js';

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

interface AliasWord {
  folded: string;
  /** The alias word without each case ending of the language. */
  stems: string[];
  /** For short aliases and acronyms (UN, AES, RT, ООН): the word exactly as written. */
  exact: string | null;
  /** A capitalised alias word matches only a capitalised word of the text (Mali, not "mali" = small). */
  capitalised: boolean;
}

interface AliasEntry {
  entity: LinkedEntity;
  words: AliasWord[];
  ambiguous: boolean;
}

/** What may stand between two words of one alias: spaces, quotes and dashes on one line (`ЧВК «Вагнер»`). */
const JOINER_CODES = new Set([...' \t\u00a0\u202f«»"“”„\'’-–—.'].map((char) => char.charCodeAt(0)));
const HAN = /\p{Script=Han}/u;

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
  /** How many aliases the matcher holds. */
  aliasCount: number;
}

/**
 * Compiles the matcher for a language. The rules of `data/inflection.json` for that language
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
  const index = new Map<string, AliasEntry[]>();
  const hanAliases = new Map<string, LinkedEntity>();
  let aliasCount = 0;

  const add = (entity: LinkedEntity, alias: string): void => {
    if (HAN.test(alias)) {
      hanAliases.set(alias, entity);
      aliasCount++;
      return;
    }
    const words = tokenize(alias).map((token) => aliasWord(token.text, alias, rules));
    if (words.length === 0) return;
    const entry: AliasEntry = { entity, words, ambiguous: entity.ambiguous.has(foldForMatching(alias)) };
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
    for (const alias of new Set(Object.values(entity.aliases).flat())) add(linked, alias);
  }
  for (const medium of media.media) {
    if (ids.has(medium.id)) throw new Error(`media.json and the entity registry both define the id "${medium.id}"`);
    const linked: LinkedEntity = { id: medium.id, name: medium.name, type: 'media', ambiguous: new Map() };
    for (const alias of new Set([medium.name, ...medium.aliases])) add(linked, alias);
  }
  const hanPattern = hanAliases.size > 0 ? new RegExp([...hanAliases.keys()].sort((a, b) => b.length - a.length).map(escapeRegex).join('|'), 'gu') : null;
  const formsOf = (word: string): readonly string[] => formsOfWord(word, rules);

  const wordMatches = (aliasWord: AliasWord, word: string): boolean => {
    if (aliasWord.exact !== null) return word === aliasWord.exact || (rules.prefixes.length > 0 && exactAfterProclitic(word, aliasWord.exact, rules));
    if (aliasWord.capitalised && !startsCapitalised(word)) return false;
    const forms = formsOf(word);
    return forms.includes(aliasWord.folded) || aliasWord.stems.some((stem) => forms.includes(stem));
  };

  const noCandidates: readonly AliasEntry[] = [];
  /** The value of a word with Han characters when there are Han aliases: they are looked for inside it (such a word is never the first word of another alias). */
  const hanWord: readonly AliasEntry[] = [];
  /** The aliases whose first word the word may be, in any of its forms (most words have none). */
  const candidatesOf = (word: string): readonly AliasEntry[] => {
    if (hanPattern !== null && HAN.test(word)) return hanWord;
    // Called once per distinct word (on a miss of the word cache below), so the forms are computed
    // here rather than read through the per-word caches of folds and forms, which would miss too.
    const forms = lookupForms(foldForMatching(word), rules);
    // The word as written, then each form; an alias found under several keys counts once, where first found.
    let candidates: AliasEntry[] | undefined;
    for (let k = -1; k < forms.length; k++) {
      const entries = index.get(k < 0 ? word : forms[k]!);
      if (!entries) continue;
      candidates ??= [];
      for (const entry of entries) if (!candidates.includes(entry)) candidates.push(entry);
    }
    return candidates ?? noCandidates;
  };
  // Each distinct word's candidates, found in place: the same words recur on every page, so a word
  // of the text costs one hash and one lookup, and no string is cut out of the text for it.
  const words = new SubstringCache(candidatesOf);
  const spans = new TokenSpans();
  /** The cache entry of each word of the text being matched (its `key` is the word). */
  const wordsOfText: SubstringEntry<readonly AliasEntry[]>[] = [];

  return {
    aliasCount,
    find(text: string): EntityMatch[] {
      findTokenSpans(text, spans);
      const count = spans.count;
      for (let k = 0; k < count; k++) wordsOfText[k] = words.entry(text, spans.starts.values[k]!, spans.ends.values[k]!, spans.hashes.values[k]!);
      const matches: EntityMatch[] = [];
      for (let i = 0; i < count; i++) {
        const word = wordsOfText[i]!;
        const wordStart = spans.starts.values[i]!;
        // Whether a word holds Han characters is known from its cache entry: no test per line or word.
        if (word.value === hanWord) {
          for (const match of word.key.matchAll(hanPattern!)) {
            const start = wordStart + match.index;
            matches.push({ entity: hanAliases.get(match[0])!, surface: match[0], start, end: start + match[0].length, ambiguous: false });
          }
          continue;
        }
        const candidates = word.value;
        if (candidates.length === 0) continue;
        let best: AliasEntry | null = null;
        let bestLength = 0;
        for (const entry of candidates) {
          const length = entry.words.length;
          if (best && (length < bestLength || (length === bestLength && (entry.ambiguous || !best.ambiguous)))) continue;
          if (i + length > count) continue;
          let ok = true;
          for (let k = 0; k < length && ok; k++) {
            if (k > 0 && !onlyJoinersBetween(text, spans.ends.values[i + k - 1]!, spans.starts.values[i + k]!)) ok = false;
            else if (!wordMatches(entry.words[k]!, wordsOfText[i + k]!.key)) ok = false;
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
