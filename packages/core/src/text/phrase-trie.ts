import { escapeRegex } from './escape-regex.js';

/** Scripts written without spaces between words: a phrase in them is split into characters, and needs no word boundary. */
export const NO_SPACE_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;
/** The apostrophes text writes for one another (`aujourd’hui`, `aujourd'hui`, `Aujourdʼhui`). */
export const APOSTROPHES = /['’ʼʻ՚ꞌ＇′‵ʹ]/gu;
export const APOSTROPHE_CLASS = "['’ʼʻ՚ꞌ＇′‵ʹ]";
const AFTER = '(?![\\p{L}\\p{M}\\p{N}])';

/** A node of {@link phraseTrie}: the pieces that may follow, and whether a phrase may end here. */
interface TrieNode {
  next: Map<string, TrieNode>;
  end: boolean;
}

/**
 * Phrases as one regular expression shaped as a trie (`w\s+(?:zeszłym\s+(?:tygodniu|roku)|tym\s+…)`):
 * tried at a position, it reads each word once instead of trying every phrase in turn. Words are
 * split at spaces (any spaces match), characters of scripts without spaces one by one; apostrophes
 * match one another. A phrase in a script with spaces may not run on into a letter or digit, unless
 * `boundary` is false (the caller sets its own).
 *
 * @example
 * new RegExp(phraseTrie(['last week', 'last month', 'yesterday']), 'u').source; // (?:yesterday|last\s+(?:month|week))(?![\p{L}\p{M}\p{N}])
 */
export function phraseTrie(phrases: readonly string[], options: { boundary?: boolean } = {}): string {
  // One boundary after the phrases that end in a script with spaces, none after the others (`sec` may
  // not run on into a letter, Burmese `လ` may): two tries when a list holds both.
  const endsSpaced = (phrase: string) => !NO_SPACE_SCRIPT.test(phrase.charAt(phrase.length - 1));
  if (options.boundary !== false && phrases.some(endsSpaced) && !phrases.every(endsSpaced)) {
    return `(?:${phraseTrie(phrases.filter(endsSpaced), options)}|${phraseTrie(phrases.filter((phrase) => !endsSpaced(phrase)), options)})`;
  }
  const root: TrieNode = { next: new Map(), end: false };
  for (const phrase of phrases) {
    let node = root;
    const words = phrase.trim().split(/[\s\u00a0\u202f]+/u);
    words.forEach((word, index) => {
      const pieces = NO_SPACE_SCRIPT.test(word) ? [...word] : [word];
      pieces.forEach((piece, at) => {
        const key = `${index > 0 && at === 0 ? ' ' : ''}${piece}`;
        let child = node.next.get(key);
        if (!child) node.next.set(key, (child = { next: new Map(), end: false }));
        node = child;
      });
    });
    node.end = true;
  }
  // One boundary after the whole trie (each phrase's own would multiply the classes the expression compiles): a phrase in a script with spaces may not run on into a letter or digit.
  return phrases.some(endsSpaced) && options.boundary !== false ? `(?:${emitTrie(root)})${AFTER}` : emitTrie(root);
}

function emitTrie(node: TrieNode): string {
  const options = [...node.next]
    .sort(([a], [b]) => b.length - a.length)
    .map(([key, child]) => {
      const piece = key.startsWith(' ') ? key.slice(1) : key;
      const text = `${key.startsWith(' ') ? '\\s+' : ''}${escapeRegex(piece).replace(APOSTROPHES, APOSTROPHE_CLASS)}`;
      return `${text}${emitTrie(child)}`;
    });
  if (node.end) options.push('');
  if (options.length === 1) return options[0]!;
  return `(?:${options.join('|')})`;
}

