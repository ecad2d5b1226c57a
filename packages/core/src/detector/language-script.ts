import { loadCoreData } from '../data/load.js';

/** One pattern per ISO 15924 script code, compiled on first use. */
const scriptPatterns = new Map<string, RegExp>();

let hanSets: { Hans: Set<string>; Hant: Set<string> } | undefined;

/**
 * The script an article in a language written in several is written in, as a BCP 47 script
 * subtag (CLDR's list, `data/language-scripts.json`): Chinese `Hans` or `Hant` by the characters
 * only one of them uses, Serbian `Cyrl` or `Latn` by the letters. Null for a language written in
 * one script, and when the text does not tell.
 *
 * @example
 * scriptOfLanguage('zh', '港務局宣布擴建北岸貨櫃碼頭'); // 'Hant'
 * scriptOfLanguage('sr', 'Vlada je usvojila budžet'); // 'Latn'
 * scriptOfLanguage('en', 'Council approves new bridge'); // null
 */
export function scriptOfLanguage(language: string | null, text: string): string | null {
  if (language === null) return null;
  const data = loadCoreData().languageScripts;
  const scripts = data.languages[language];
  if (!scripts) return null;
  if (scripts.includes('Hans')) return simplifiedOrTraditional(text, data.han);
  let best: string | null = null;
  let bestCount = 0;
  for (const script of scripts) {
    let pattern = scriptPatterns.get(script);
    if (!pattern) scriptPatterns.set(script, (pattern = new RegExp(`\\p{Script=${script}}`, 'gu')));
    const count = text.match(pattern)?.length ?? 0;
    if (count > bestCount) [best, bestCount] = [script, count];
  }
  return best;
}

function simplifiedOrTraditional(text: string, han: { Hans: string; Hant: string }): string | null {
  hanSets ??= { Hans: new Set(han.Hans), Hant: new Set(han.Hant) };
  let simplified = 0;
  let traditional = 0;
  for (const char of text) {
    if (hanSets.Hans.has(char)) simplified++;
    else if (hanSets.Hant.has(char)) traditional++;
  }
  if (simplified === traditional) return null;
  return simplified > traditional ? 'Hans' : 'Hant';
}
