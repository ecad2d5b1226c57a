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

/** The sole-script patterns of `data/language-scripts.json`, compiled on first use. */
let solePatterns: { pattern: RegExp; language: string }[] | undefined;
/** How much of a page is read for its script: the first characters of its longest line. */
const SCRIPT_SAMPLE = 400;
/** The share of a sample's letters a script needs to name the page's language. */
const SOLE_SHARE = 0.2;

/**
 * The language a page must be in because of its script, when only one language the detector
 * returns is written in it (Thai `th`, Hangul `ko`, kana `ja`, Greek `el`; CLDR's primary scripts,
 * `soleLanguages` of `data/language-scripts.json`), read from a sample of the longest line; null for
 * scripts several languages share (Latin, Arabic, Cyrillic, Han, Devanagari). Cheap enough to run
 * before the language is detected, so that datelines are read in the page's calendar.
 *
 * @example
 * languageOfSoleScript(['หน้าแรก', 'นายกเทศมนตรีเปิดสะพานคอนกรีตแห่งใหม่']); // 'th'
 * languageOfSoleScript(['Council approves new bridge']); // null
 */
export function languageOfSoleScript(lines: readonly string[]): string | null {
  solePatterns ??= Object.entries(loadCoreData().languageScripts.soleLanguages).map(([script, language]) => ({ pattern: new RegExp(`\\p{Script=${script}}`, 'gu'), language }));
  let longest = '';
  for (const line of lines) if (line.length > longest.length) longest = line;
  const sample = longest.slice(0, SCRIPT_SAMPLE);
  const letters = sample.match(/\p{L}/gu)?.length ?? 0;
  if (letters === 0) return null;
  const counts = new Map<string, number>();
  for (const { pattern, language } of solePatterns) {
    const count = sample.match(pattern)?.length ?? 0;
    if (count > 0) counts.set(language, (counts.get(language) ?? 0) + count);
  }
  let best: string | null = null;
  let bestCount = 0;
  for (const [language, count] of counts) if (count > bestCount) [best, bestCount] = [language, count];
  return best !== null && bestCount >= letters * SOLE_SHARE ? best : null;
}
