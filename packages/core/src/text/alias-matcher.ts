import { escapeRegex } from './escape-regex.js';
import { codePointStartBefore } from './code-point.js';
import { charClassAt, LETTER, MARK, NUMBER } from './char-class.js';

/** One name to look for and what it stands for. */
export interface AliasEntry<K> {
  alias: string;
  key: K;
}

/** A name found in a text. */
export interface AliasMatch<K> {
  key: K;
  surface: string;
  start: number;
  end: number;
}

/** Finds every registered name in a text, longest first, as whole tokens. */
export interface AliasMatcher<K> {
  findAll(text: string): AliasMatch<K>[];
  /**
   * False when no name can start in a word (a run of letters, marks and digits with inner
   * apostrophes and hyphens, as the tokeniser finds them): neither at its start nor right after
   * one of its apostrophes or hyphens. A text whose words all give false has no match, so a caller
   * that knows its words (from a vocabulary, once per distinct word) can skip `findAll`.
   *
   * @example
   * matcher.mayStartIn('ولرويترز'); // true: a proclitic, then رويترز
   * matcher.mayStartIn('rozmowa'); // false
   */
  mayStartIn(word: string): boolean;
}

const ARABIC_LETTER = /\p{Script=Arabic}/u;
const UNSPACED_LETTER = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;
const ARABIC_PROCLITICS = '(?:[وف]?(?:[بلك]|ال|لل)?)';
const AFTER = '(?![\\p{L}\\p{N}\\p{M}])';

/**
 * Compiles names into one combined regular expression per case mode: acronyms (all capitals,
 * like `AFP`, `TASS`) match case-sensitively, other names case-insensitively; Arabic names may
 * carry the proclitics و ف ب ل ك and the article ال. Matches never start or end inside a word,
 * except names in scripts written without spaces (`新华社` in `据新华社报道`) or with particles written
 * onto the name (`연합뉴스에`).
 *
 * @example
 * const matcher = compileAliasMatcher([{ alias: 'AFP', key: 'afp' }, { alias: 'رويترز', key: 'reuters' }]);
 * matcher.findAll('theo AFP, ولرويترز').map((m) => m.key); // ['afp', 'reuters']
 */
export function compileAliasMatcher<K>(entries: readonly AliasEntry<K>[]): AliasMatcher<K> {
  const sensitive = entries.filter((entry) => isAcronym(entry.alias));
  const insensitive = entries.filter((entry) => !isAcronym(entry.alias));
  const compiled = [...buildRegexes(sensitive, 'gu'), ...buildRegexes(insensitive, 'giu')];
  const firstWords = compiled.map(({ firstWords }) => firstWords);
  return {
    mayStartIn(word: string): boolean {
      for (let at = 0; at < word.length; at++) {
        // A name starts where no letter, digit or mark stands before it: inside a word, right after an apostrophe or hyphen.
        if (at > 0 && isWordCharBefore(word, at)) continue;
        for (const regex of firstWords) {
          if (regex === null) return true;
          // A name in a script without spaces may start anywhere in a word (`据新华社报道`).
          if (!regex.sticky) {
            regex.lastIndex = 0;
            if (regex.test(word)) return true;
            continue;
          }
          regex.lastIndex = at;
          if (regex.test(word)) return true;
        }
      }
      return false;
    },
    findAll(text: string): AliasMatch<K>[] {
      const found: AliasMatch<K>[] = [];
      for (const { regex, lookup, bounded } of compiled) {
        regex.lastIndex = 0;
        let match: RegExpExecArray | null;
        while ((match = regex.exec(text)) !== null) {
          // The start boundary is checked here rather than by a lookbehind in the expression: a
          // leading lookbehind makes the engine try the whole alternation at every character,
          // without it the engine skips ahead to the characters a name can start with.
          if (bounded && isWordCharBefore(text, match.index)) {
            regex.lastIndex = match.index + 1;
            continue;
          }
          const surface = match.groups!['name']!;
          const end = match.index + match[0].length;
          const key = lookup(surface);
          if (key !== undefined) found.push({ key, surface, start: end - surface.length, end });
        }
      }
      found.sort((a, b) => a.start - b.start || b.end - a.end);
      return found.filter((match, index) => index === 0 || match.start >= found[index - 1]!.end);
    },
  };
}

/** True when the character before `index` (a whole code point) is a letter, digit or mark: a table read, not a regular expression on a cut-out character. */
function isWordCharBefore(text: string, index: number): boolean {
  if (index === 0) return false;
  return (charClassAt(text, codePointStartBefore(text, index)) & (LETTER | MARK | NUMBER)) !== 0;
}

function isAcronym(alias: string): boolean {
  return /^[\p{Lu}\d&.\-]+$/u.test(alias) && /\p{Lu}/u.test(alias) && alias.length <= 6;
}


function buildRegexes<K>(entries: readonly AliasEntry<K>[], flags: string): CompiledAlternation<K>[] {
  if (entries.length === 0) return [];
  const caseless = flags.includes('i');
  const normalise = (name: string) => (caseless ? name.toLocaleLowerCase() : name);
  const byName = new Map<string, K>();
  for (const entry of entries) byName.set(normalise(entry.alias), entry.key);
  const lookup = (surface: string) => byName.get(normalise(surface));
  const aliases = [...new Set(entries.map((entry) => entry.alias))].sort((a, b) => b.length - a.length);
  const unspacedNames = aliases.filter((alias) => UNSPACED_LETTER.test(alias[0]!));
  const plainNames = aliases.filter((alias) => !ARABIC_LETTER.test(alias[0]!) && !UNSPACED_LETTER.test(alias[0]!));
  const arabicNames = aliases.filter((alias) => ARABIC_LETTER.test(alias[0]!));
  const plain = plainNames.map(escapeRegex);
  const arabic = arabicNames.map(escapeRegex);
  const compiled: CompiledAlternation<K>[] = [];
  const sticky = flags.replace('g', '') + 'y';
  /** The names' first words (up to the first character that is not a letter, digit or mark), sticky: what must stand in the word a match starts in; null when a name starts with another character. */
  const firstWordsOf = (names: string[], prefix: string): RegExp | null => {
    const words = names.map((name) => LEADING_WORD.exec(name)?.[0] ?? '');
    return words.includes('') ? null : new RegExp(`${prefix}(?:${[...new Set(words)].map(escapeRegex).join('|')})`, sticky);
  };
  if (plain.length > 0) compiled.push({ regex: new RegExp(`(?<name>${plain.join('|')})${AFTER}`, flags), lookup, firstWords: firstWordsOf(plainNames, ''), bounded: true });
  if (arabic.length > 0) compiled.push({ regex: new RegExp(`${ARABIC_PROCLITICS}(?<name>${arabic.join('|')})${AFTER}`, flags), lookup, firstWords: firstWordsOf(arabicNames, ARABIC_PROCLITICS), bounded: true });
  // Names in scripts written without spaces, or with particles written onto them (`연합뉴스에`), match inside words.
  if (unspacedNames.length > 0) {
    const firstCharacters = [...new Set(unspacedNames.map((name) => String.fromCodePoint(name.codePointAt(0)!)))].map(escapeRegex).join('|');
    compiled.push({ regex: new RegExp(`(?<name>${unspacedNames.map(escapeRegex).join('|')})`, flags), lookup, firstWords: new RegExp(`(?:${firstCharacters})`, 'u'), bounded: false });
  }
  return compiled;
}

/** The leading letters, digits and marks of a name. */
const LEADING_WORD = /^[\p{L}\p{N}\p{M}]+/u;

interface CompiledAlternation<K> {
  regex: RegExp;
  lookup: (surface: string) => K | undefined;
  /** See `firstWordsOf` in {@link buildRegexes}; for names in scripts without spaces, their first characters, anywhere in a word. */
  firstWords: RegExp | null;
  /** Whether a match must start and end at a word's edge. */
  bounded: boolean;
}
