import { loadCoreData } from '../data/load.js';

/** A close language told apart by its words, with the words that told it. */
export interface CloseLanguageChoice {
  /** The close languages of the answer (the answer included), or none when it has none. */
  members: readonly string[];
  /** The member the text's marker words point to, when they clearly do. */
  language?: string;
  markers?: string[];
}

/** At least this many marker words, and twice the next member's, tell a close language apart. */
const MIN_MARKERS = 2;

/**
 * The set of close languages (`data/close-languages.json`) a detected language belongs to, and the
 * member the text's own words point to: Indonesian and Malay write `setelah`/`selepas`,
 * `uang`/`wang`, `karena`/`kerana`, `bahwa`/`bahawa`. A member wins with at least two of its marker
 * words and twice as many as any other member.
 *
 * @example
 * closeLanguageOf('ms', 'Kepala dinas mengatakan bahwa nelayan kini bisa menjual hasil tangkapan.').language; // 'id'
 */
export function closeLanguageOf(language: string | null, text: string): CloseLanguageChoice {
  if (language === null) return { members: [] };
  const set = loadCoreData().closeLanguages.sets.find((candidate) => candidate.languages.includes(language));
  if (!set) return { members: [] };
  if (!set.markers) return { members: set.languages };
  const lower = ` ${text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ')} `;
  const found = Object.entries(set.markers).map(([member, words]) => ({ member, words: words.filter((word) => lower.includes(` ${word} `)) }));
  found.sort((a, b) => b.words.length - a.words.length);
  const [best, next] = found;
  if (!best || best.words.length < MIN_MARKERS || best.words.length < 2 * (next?.words.length ?? 0)) return { members: set.languages };
  return { members: set.languages, language: best.member, markers: best.words };
}
