import type { CueRole } from '../data/schemas.js';
import type { SegmentRole } from '../schema/article.js';
import { countWords, foldForMatching } from '../speed/fold-fast.js';
import { measureWords } from '../speed/word-measure.js';
import { isDatelineLine } from './dateline.js';
import { CueIndex } from './cue-index.js';
import type { Resources } from '../resources/resources.js';
import type { Block } from '../segment/segment.js';
import { siteNameOfHomeLine } from '../text/site-name.js';
import { isBreadcrumb } from './breadcrumb.js';
import { isBylineLine } from './byline.js';
import { asciiDigits } from '../text/ascii-digits.js';
import { languageOfSoleScript } from '../detector/language-script.js';

/** A block with its role. */
export interface ClassifiedBlock extends Block {
  role: SegmentRole;
  words: number;
}

/** Options for {@link classifyBlocks}. */
export interface ClassifyOptions {
  /** Folded lines known to be boilerplate of the page's outlet (learned from a corpus): `navigation` before the article, `promo` after, unless a cue says more. */
  learnedBoilerplate?: ReadonlySet<string>;
  /** The role an HTML page's markup gives each line, by block index (`<nav>`, `<aside>`, the first `<h1>`…): it wins over cues and layout. */
  markupRoles?: readonly (SegmentRole | undefined)[];
}

/** Cue roles in the order they are tried: the more specific first. */
/** A line that a dash or a bar opens: a wire's sign-off when only agencies follow. */
const SIGN_OFF = /^\s*(?:[-–—]{1,2}|\|)\s*\S/u;
const CUE_ORDER: CueRole[] = ['translation-note', 'source', 'embed', 'comments', 'related', 'caption', 'credit', 'promo', 'navigation'];
const BULLET = /^[•·▪●◦‣►▸*]\s/u;
/** A teaser card laid out between pipes: `| Headline: teaser … |`. */
const PIPE_CARD = /^\|.*\|?$/u;
/** How a sentence ends, in any script (Unicode's sentence terminals: `.`, `।`, `۔`, `。`, `؟`…), or a closing quote or bracket. */
const SENTENCE_END = /[\p{Sentence_Terminal}…”"»’」』)\]]$/u;
/** How a paragraph ends; a short line between paragraphs that ends otherwise (`?`, no mark) is a teaser headline. */
const PARAGRAPH_END = /(?:(?![?؟])\p{Sentence_Terminal}|[…"”»’」』)\]])$/u;
/** A sentence mark at the end of a line, perhaps before a closing quote or bracket (`…said.”`), not a quote alone (`…สูงขึ้น"`). */
const MARKED_END = /\p{Sentence_Terminal}[”"»’」』)\]]*$/u;
const HEADLINE_BAD_END = /[.:;,،؛。，：；]$/u;
const HAS_LETTER = /\p{L}/u;
/** Longer lines are paragraphs: cue words and learned boilerplate are not looked for in them. */
const MAX_CUE_LINE = 400;

/**
 * Gives every block a role: cue words from the language data files first, then the page's layout
 * (header zone before the headline, caption before a credit, a comment widget and what follows it,
 * short headlines between paragraphs as related-article teasers), and `body`/`lead` for the rest.
 *
 * @example
 * const blocks = segmentText('Mali tightens ties with Moscow\n\nThe foreign minister of Mali said on Wednesday that security had improved with Russian help.\n');
 * classifyBlocks(blocks, getResources()).map((b) => b.role); // ['title', 'lead']
 */
export function classifyBlocks(blocks: readonly Block[], resources: Resources, options: ClassifyOptions = {}): ClassifiedBlock[] {
  const out: ClassifiedBlock[] = [];
  for (const block of blocks) {
    out.push({
      index: block.index,
      start: block.start,
      end: block.end,
      contentStart: block.contentStart,
      contentEnd: block.contentEnd,
      text: block.text,
      indent: block.indent,
      breaksAfter: block.breaksAfter,
      role: 'other',
      words: measureWords(block.text),
    });
  }
  const learned = new Set<number>();
  const cues = cueIndexOf(resources);
  // Lines are classified before the language is detected; a script only one language is written in
  // (Thai, Hangul, Greek…) already names it, and its datelines are read in its calendar (`15 ม.ค. 2567`);
  // otherwise they are told by every language's month names (`Gepubliceerd op 4 maart 2024`).
  const soleLanguage = languageOfSoleScript(blocks.map((block) => block.text));
  const calendar = soleLanguage ? resources.calendarFor(soleLanguage) : resources.datelineCalendar;
  const foldedLines: (string | null)[] = [];
  for (let i = 0; i < out.length; i++) {
    const block = out[i]!;
    const folded = block.text.length > 0 && block.text.length <= MAX_CUE_LINE ? foldForMatching(block.text) : null;
    foldedLines.push(folded);
    const markupRole = options.markupRoles?.[i];
    if (markupRole && markupRole !== 'title') {
      // A copyright line in a site's footer is its credit, not a link of the footer's menu.
      block.role = markupRole === 'navigation' && isCreditLine(block.text, resources, folded ?? undefined, block.words) ? 'credit' : markupRole;
      continue;
    }
    // A wire's sign-off (`-- BERNAMA`, `– РИА Новости`) names the story's source, not a photo's.
    const credit = isCreditLine(block.text, resources, folded ?? undefined, block.words);
    const cue = credit ? (SIGN_OFF.test(block.text) ? 'source' : 'credit') : folded !== null ? cues.roleOf(block.text, folded) : undefined;
    if (cue) block.role = cue;
    else if (folded !== null && options.learnedBoilerplate?.has(folded)) {
      block.role = 'promo';
      learned.add(i);
    }
    else if (isDatelineLine(block.text, resources, block.words, calendar) || isBylineLine(block.text, resources, block.words, folded ?? undefined)) block.role = 'dateline';
    else if (block.words <= 12 && (siteNameOfHomeLine(block.text, resources.homeWords) || isBreadcrumb(block.text, resources.homeWords))) block.role = 'navigation';
    else if (!HAS_LETTER.test(block.text)) block.role = 'other';
  }

  const markupTitle = options.markupRoles?.indexOf('title') ?? -1;
  const titleIndex = markupTitle >= 0 ? markupTitle : findTitle(out);
  const articleStart = titleIndex ?? out.findIndex((block) => block.role === 'other' && isBodyLike(block));
  if (titleIndex !== undefined) out[titleIndex]!.role = 'title';

  // Header zone: anything unclassified before the headline (or the first paragraph) is navigation.
  const headerEnd = Math.max(articleStart, 0);
  for (let i = 0; i < headerEnd; i++) {
    if ((out[i]!.role === 'other' && HAS_LETTER.test(out[i]!.text)) || learned.has(i)) out[i]!.role = 'navigation';
  }

  const titleText = titleIndex !== undefined ? (foldedLines[titleIndex] ?? foldForMatching(out[titleIndex]!.text)) : null;
  // A page whose paragraphs end without a mark (Thai writes none) does not tell a teaser by its missing full stop.
  const marksParagraphEnds = endsParagraphsWithMarks(out);
  let inCommentsTail = false;
  for (let i = 0; i < out.length; i++) {
    const block = out[i]!;
    if (block.role === 'comments' && i > headerEnd) {
      inCommentsTail = true;
      continue;
    }
    if (inCommentsTail) {
      // A line with its own cue (a "Most read" list, a teaser) keeps it; the rest is the widget or promos.
      if (block.role !== 'other' && block.role !== 'comments') continue;
      const previous = out[i - 1]!;
      block.role = previous.role === 'comments' && previous.breaksAfter === 1 && !SENTENCE_END.test(previous.text) ? 'comments' : 'promo';
      continue;
    }
    if (block.role !== 'other' || !HAS_LETTER.test(block.text) || i < headerEnd) continue;
    if (titleText !== null && i !== titleIndex && (foldedLines[i] ?? foldForMatching(block.text)) === titleText) block.role = 'caption';
    else if (isFollowedByCredit(out, i, resources) && !SENTENCE_END.test(block.text.replace(/[.]$/u, ''))) block.role = 'caption';
    else if (PIPE_CARD.test(block.text)) block.role = 'related';
    else if (marksParagraphEnds && isHeadlineLike(block) && block.words <= 16 && !PARAGRAPH_END.test(block.text)) block.role = 'related';
    else block.role = 'body';
  }
  const lead = out.findIndex((block, i) => block.role === 'body' && (titleIndex === undefined || i > titleIndex));
  if (lead !== -1) out[lead]!.role = 'lead';
  return out;
}

/** The cues of every role in one index, built once per set of resources. */
const cueIndexes = new WeakMap<Resources, CueIndex>();

function cueIndexOf(resources: Resources): CueIndex {
  let index = cueIndexes.get(resources);
  if (!index) cueIndexes.set(resources, (index = new CueIndex(resources.cues, CUE_ORDER)));
  return index;
}

/**
 * A credit line names only photo or wire agencies (`Reuters`, `Legion-Media`, `AFP / Getty Images`),
 * possibly after a credit label of a language file (`Фото: ТАСС`, `Photo: AFP`), or starts with `©`.
 *
 * @example
 * isCreditLine('Фото: РИА Новости', getResources()); // true
 * isCreditLine('Photo: Lavrov meets Diop in Moscow', getResources()); // false
 * @param folded the line already folded with `foldForMatching`, when the caller has it
 * @param words its word count (`countWords`), when the caller has it
 */
export function isCreditLine(line: string, resources: Resources, folded?: string, words?: number): boolean {
  if (/^(?:[©ⓒⒸ]|\(c\)\s|copyright\b)/iu.test(line)) return line.length <= 120;
  // A site's copyright line may put "all rights reserved" first (`版权所有 © 南岭日报`).
  if (line.length <= 120 && /[©ⓒⒸ]/u.test(line) && line.search(resources.rightsReserved) >= 0) return true;
  if ((words ?? countWords(line)) > 8) return false;
  // Folding the whole line once rules out most labels cheaply; a candidate is then checked exactly.
  const foldedLine = folded ?? foldForMatching(line);
  const label = resources.cues.get('credit')?.prefix.find((prefix) => foldedLine.startsWith(prefix) && foldForMatching(line.slice(0, prefix.length)) === prefix);
  const text = label ? line.slice(label.length).trim() : line;
  const matches = resources.media.agencies.findAll(text);
  if (matches.length === 0) return false;
  // The line without the agency names, from the gaps between them (matches come in order, without overlap).
  const gaps: string[] = [];
  let cursor = 0;
  for (const match of matches) {
    gaps.push(text.slice(cursor, match.start));
    cursor = match.end;
  }
  gaps.push(text.slice(cursor));
  const rest = gaps.join('');
  return !/\p{L}{2,}/u.test(rest.replace(/\b(?:via|photo|foto|ảnh|фото|صورة)\b/giu, ''));
}

/** Whether most of the page's long lines (its paragraphs) end with a sentence mark; true when it has none to tell. */
function endsParagraphsWithMarks(blocks: readonly ClassifiedBlock[]): boolean {
  let long = 0;
  let marked = 0;
  for (const block of blocks) {
    if (block.words < 12 || (block.role !== 'other' && block.role !== 'title')) continue;
    long++;
    if (MARKED_END.test(block.text)) marked++;
  }
  return long === 0 || marked * 2 >= long;
}

function isBodyLike(block: ClassifiedBlock): boolean {
  return (block.words >= 12 && SENTENCE_END.test(block.text)) || block.words >= 25;
}

function isHeadlineLike(block: ClassifiedBlock): boolean {
  return block.words >= 3 && block.words <= 30 && !HEADLINE_BAD_END.test(block.text) && !BULLET.test(block.text) && block.indent.length < 2 && !PIPE_CARD.test(block.text);
}

/** The headline: the first headline-like line, before any paragraph, that a paragraph (or a dateline) soon follows. */
function findTitle(blocks: ClassifiedBlock[]): number | undefined {
  // Paragraphs of twelve words or more tell the body; a short wire item whose sentences are shorter is read again with eight.
  return findTitleBefore(blocks, isBodyLike) ?? findTitleBefore(blocks, (block) => block.words >= 8 && SENTENCE_END.test(block.text));
}

function findTitleBefore(blocks: ClassifiedBlock[], bodyLike: (block: ClassifiedBlock) => boolean): number | undefined {
  for (const [i, block] of blocks.entries()) {
    if (block.role !== 'other') continue;
    if (bodyLike(block) && SENTENCE_END.test(block.text)) return undefined;
    if (!isHeadlineLike(block)) continue;
    for (let j = i + 1; j < Math.min(blocks.length, i + 4); j++) {
      const next = blocks[j]!;
      if (next.role === 'dateline') return i;
      if (next.role === 'other' && bodyLike(next)) return i;
      if (next.role === 'other' && !isHeadlineLike(next)) break;
      // A menu after a headline-like line makes it a menu item; a header line with a number (`کد خبر: ۴۸۲۱۷`, an article's id) belongs with the headline.
      if ((next.role === 'navigation' && !/\p{N}/u.test(next.text)) || next.role === 'comments') break;
    }
  }
  return undefined;
}

/** A photo's credit follows the line (a site's copyright line, with its year or its "all rights reserved", is no photo credit). */
function isFollowedByCredit(blocks: ClassifiedBlock[], i: number, resources: Resources): boolean {
  const next = blocks[i + 1];
  if (next?.role !== 'credit') return false;
  return !(/(?:^|\D)(?:19|20)\d\d(?!\d)|copyright/iu.test(asciiDigits(next.text)) || next.text.search(resources.rightsReserved) >= 0);
}
