import { ARTICLE_ROLES, type ProvenanceEntry } from '../schema/article.js';
import type { ClassifiedBlock } from '../classify/classify.js';
import { detectLanguage, dominantScriptOf, scriptCounts, segmentLanguage, type LanguageGuess } from '../detector/detect-language.js';
import { checkGuess } from '../detector/second-opinion.js';
import { closeLanguageOf } from '../detector/close-languages.js';
import { scriptOfLanguage } from '../detector/language-script.js';

/** The language of a page's own text and of each of its lines. */
export interface PageLanguage {
  guess: LanguageGuess;
  /** The page's language: the detector's when it is reliable, else the record's, else the detector's uncertain guess. */
  language: string | null;
  confidence: number;
  /** The script where the language is written in several (`Hans`, `Hant`, `Cyrl`, `Latn`), else null. */
  script: string | null;
  provenance: ProvenanceEntry | null;
  /** A language per block, in block order (undefined where a line has none of its own). */
  blockLanguages: (string | undefined)[];
}

/**
 * Stage 4, language: the language of title, lead and body (of every line when the page has no
 * article text), and of each line, which may differ (English menus and embed errors in an Arabic
 * page). A language the record gives (`recorded`) is taken when the detector is not reliable; a
 * reliable detector that disagrees with it wins, with a warning naming both. Adds a warning when no
 * language or only an uncertain one is found.
 *
 * @example
 * languageOfPage(blocks, warnings).language; // 'vi'
 */
export function languageOfPage(blocks: readonly ClassifiedBlock[], warnings: string[], recorded: string | null = null, recordedSource: 'metadata' | 'html-meta' | 'url' = 'metadata'): PageLanguage {
  const articleBlocks = blocks.filter((block) => ARTICLE_ROLES.includes(block.role));
  const bodyLines: string[] = [];
  for (const block of articleBlocks.length > 0 ? articleBlocks : blocks) bodyLines.push(block.text);
  const text = bodyLines.join('\n');
  const checked = checkGuess(detectLanguage(text), text);
  // Close languages (Indonesian, Malay) told apart by the text's own words, when they clearly can be.
  const choice = closeLanguageOf(checked.language, text);
  const guess = choice.language && choice.language !== checked.language ? { ...checked, language: choice.language } : checked;
  const close = choice.language ? [] : choice.members;
  let chosen: Pick<PageLanguage, 'language' | 'confidence' | 'provenance'>;
  // A page that names a close language of the detector's answer (Indonesian for Malay) settles it.
  if (recorded && (!(guess.language && guess.reliable) || (close.includes(recorded) && recorded !== guess.language))) {
    const evidence = recordedSource === 'metadata' ? `the record says "${recorded}"` : recordedSource === 'html-meta' ? `<html lang="${recorded}">` : `the page's URL names "${recorded}"`;
    chosen = { language: recorded, confidence: RECORDED_CONFIDENCE, provenance: { source: recordedSource, evidence } };
  } else {
    const detector = guess.bySecondDetector ? 'detected by the second detector (cld3)' : choice.markers ? `detected, and told from its close languages by ${choice.markers.join(', ')},` : 'detected';
    chosen = { language: guess.language, confidence: guess.confidence, provenance: guess.language ? { source: 'detector', evidence: `${detector} with confidence ${guess.confidence.toFixed(2)}` } : null };
    const says = recordedSource === 'metadata' ? 'the record says' : recordedSource === 'html-meta' ? 'the page\'s <html lang> says' : 'the page\'s URL says';
    if (recorded && guess.language && recorded !== guess.language) warnings.push(`language: ${says} "${recorded}" but the text reads as "${guess.language}" (confidence ${guess.confidence.toFixed(2)}); kept "${guess.language}"`);
    if (!guess.language) warnings.push('language: no language could be detected');
    else if (!guess.reliable) warnings.push(`language: "${guess.language}" is uncertain (confidence ${guess.confidence.toFixed(2)})`);
    if (guess.unchecked) warnings.push('language: the second language detector was not asked: `await ready()` from @polynews/core before parseArticle (parseCorpus and the CLI do)');
    const others = close.filter((language) => language !== guess.language);
    if (others.length > 0) warnings.push(`language: "${guess.language}" may be ${others.map((language) => `"${language}"`).join(' or ')}: close languages the detectors cannot tell apart; metadata or a URL naming one settles it`);
  }
  // Each line's scripts are counted once: the body's counts are the sum of its lines'.
  const blockScripts: number[][] = [];
  const bodyScripts = scriptCounts('');
  for (const block of blocks) {
    const counts = scriptCounts(block.text);
    blockScripts.push(counts);
    if (articleBlocks.length > 0 && !ARTICLE_ROLES.includes(block.role)) continue;
    for (let script = 0; script < counts.length; script++) bodyScripts[script]! += counts[script]!;
  }
  const script = dominantScriptOf(bodyScripts);
  const blockLanguages: (string | undefined)[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!;
    blockLanguages.push(segmentLanguage(block.text, ARTICLE_ROLES.includes(block.role), chosen.language, script, dominantScriptOf(blockScripts[i]!)));
  }
  return { guess, blockLanguages, ...chosen, script: scriptOfLanguage(chosen.language, text) };
}

/** The confidence given to a language the record states and the detector cannot confirm. */
const RECORDED_CONFIDENCE = 0.9;
