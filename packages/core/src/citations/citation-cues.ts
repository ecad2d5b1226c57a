import type { LanguageData } from '../data/schemas.js';
import { foldForMatching } from '../speed/fold-fast.js';

/** The words that tie a named agency or outlet to what the text reports, folded, longest first. */
export interface CitationCues {
  /** Cues before the name, of every language (`according to`, `theo hãng tin`, `据`, `بحسب`). */
  before: string[];
  /** Cues after the name, of every language (`によると`, `에 따르면`, `के अनुसार`, `zufolge`). */
  after: string[];
  /** What ends a wire's dateline written after the agency, of every language (`电`). */
  datelineEnds: string[];
  /** The page language's speech and reporting verbs (`reported`, `сообщает`, `ذكرت`), near the name. */
  verbs: string[];
}

/**
 * The citation cues for a page in a language: the attribution cues of every language file (a
 * quoted wire keeps its cue words when a page mixes languages) and the speech verbs of the page's
 * own language (of every file when the language has none).
 *
 * @example
 * citationCuesFor(getResources().languages, 'ja').after.includes('によると'); // true
 */
export function citationCuesFor(languages: ReadonlyMap<string, LanguageData>, language: string | null): CitationCues {
  const all = [...languages.values()];
  const own = language && languages.has(language) ? [languages.get(language)!] : all;
  const folded = (cues: string[]) => [...new Set(cues.map(foldForMatching))].filter((cue) => cue !== '').sort((a, b) => b.length - a.length);
  return {
    before: folded(all.flatMap((file) => file.attributionCues)),
    after: folded(all.flatMap((file) => file.attributionCuesAfter)),
    datelineEnds: folded(all.flatMap((file) => file.datelineEnds)),
    verbs: folded(own.flatMap((file) => [...file.speechVerbs, ...file.reportingVerbs])),
  };
}
