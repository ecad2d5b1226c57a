import type { EntityRegistry, Inflection, MediaRegistry } from '../data/schemas.js';
import { foldForMatching } from '../text/fold.js';
import { escapeRegex } from '../text/escape-regex.js';
import { tokenize, type Token } from '../text/tokenize.js';
import { formsOfWord, stemsOf, wordFormRules, type WordFormRules } from './word-forms.js';

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

/** Between two words of one alias: spaces, quotes and dashes on one line (`ЧВК «Вагнер»`). */
const JOINER = /^[ \t\u00a0\u202f«»"“”„'’\-–—.]*$/u;
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

  const wordMatches = (aliasWord: AliasWord, token: Token): boolean => {
    if (aliasWord.exact !== null) return token.text === aliasWord.exact || (rules.prefixes.length > 0 && exactAfterProclitic(token.text, aliasWord.exact, rules));
    if (aliasWord.capitalised && !startsCapitalised(token.text)) return false;
    const forms = formsOf(token.text);
    return forms.includes(aliasWord.folded) || aliasWord.stems.some((stem) => forms.includes(stem));
  };

  const noCandidates: readonly AliasEntry[] = [];
  const candidateCache = new Map<string, readonly AliasEntry[]>();
  /**
   * The aliases whose first word the token may be, in any of its forms (most tokens have none),
   * cached per word: the same words recur on every page, and one Map lookup then decides.
   */
  const candidatesOf = (word: string): readonly AliasEntry[] => {
    const cached = candidateCache.get(word);
    if (cached) return cached;
    let candidates: Set<AliasEntry> | undefined;
    for (const key of [word, ...formsOf(word)]) {
      const entries = index.get(key);
      if (!entries) continue;
      candidates ??= new Set();
      for (const entry of entries) candidates.add(entry);
    }
    const found = candidates ? [...candidates] : noCandidates;
    if (candidateCache.size > 100_000) candidateCache.clear();
    candidateCache.set(word, found);
    return found;
  };

  return {
    aliasCount,
    find(text: string): EntityMatch[] {
      const tokens = tokenize(text);
      const matches: EntityMatch[] = [];
      // Han aliases are looked for only in a line that holds Han characters (one test per line, not per word).
      const hasHan = hanPattern !== null && HAN.test(text);
      for (let i = 0; i < tokens.length; i++) {
        const token = tokens[i]!;
        if (hasHan && HAN.test(token.text)) {
          for (const match of token.text.matchAll(hanPattern!)) {
            const start = token.start + match.index;
            matches.push({ entity: hanAliases.get(match[0])!, surface: match[0], start, end: start + match[0].length, ambiguous: false });
          }
          continue;
        }
        const candidates = candidatesOf(token.text);
        if (candidates.length === 0) continue;
        let best: { entry: AliasEntry; length: number } | null = null;
        for (const entry of candidates) {
          const length = entry.words.length;
          if (best && (length < best.length || (length === best.length && (entry.ambiguous || !best.entry.ambiguous)))) continue;
          if (i + length > tokens.length) continue;
          let ok = true;
          for (let k = 0; k < length && ok; k++) {
            const current = tokens[i + k]!;
            if (k > 0 && !JOINER.test(text.slice(tokens[i + k - 1]!.end, current.start))) ok = false;
            else if (!wordMatches(entry.words[k]!, current)) ok = false;
          }
          if (ok) best = { entry, length };
        }
        if (!best) continue;
        const last = tokens[i + best.length - 1]!;
        matches.push({ entity: best.entry.entity, surface: text.slice(token.start, last.end), start: token.start, end: last.end, ambiguous: best.entry.ambiguous });
        i += best.length - 1;
      }
      return matches;
    },
  };
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
