import type { MentionEvidence, EntityType } from '../schema/article.js';
import type { Token } from '../text/tokenize.js';
import { foldForMatching } from '../speed/fold-fast.js';
import { hasNoSpaceScript, wordSegmenter } from '../speed/word-measure.js';
import { wordsOf } from '../words/words-of.js';
import { formsOfWord } from './word-forms.js';
import { CACHE_ENTRIES } from '../speed/cache-limit.js';
import type { CompiledNameCues, CueWords } from './name-cues.js';

/** A name found without the registry, at offsets in the text it was looked for in. */
export interface UnlinkedName {
  surface: string;
  start: number;
  end: number;
  type: Exclude<EntityType, 'media'>;
  typeConfidence: number;
  evidence: MentionEvidence[];
  /** The name holds names the registry linked (`Bank Indonesia`): a longer name with a heading word, which they are part of. */
  swallowsLinked: boolean;
}

/** A line of the article to read for names, with spans no name may overlap (names the registry linked, dates). */
export interface NameLine {
  text: string;
  /** Offset of the line in the article. */
  start: number;
  /** Names the registry linked, in article offsets, and whether each is a place's: part of a longer name with a heading word (`Bank Indonesia`), or a place inside a longer name (`New Mexico`, `Nguyễn Thị Mỹ Linh`). */
  linked: readonly (readonly [number, number, boolean])[];
  /** Dates, in article offsets: never part of a name (`Monday`, `May`). */
  dates: readonly (readonly [number, number])[];
}

/** How sure a type is, by what gave it. */
const CONFIDENCE = { title: 0.85, headWord: 0.9, dateline: 0.8, dot: 0.8, preposition: 0.6, acronym: 0.5, multiWord: 0.5, loneWord: 0.4 } as const;
/** In Chinese and Japanese, the most characters a name found by a title may have (`王毅`, `岸田文雄`); transliterated names carry the dot. */
const MAX_HAN_NAME = 4;
/** The most words that describe a title before the name (`رئيس المجلس العسكري المالي …`). */
const MAX_MODIFIERS = 4;
const DOTS = /[·・•‧]/u;
/** An honorific written onto a name is short (`นาย`, `นางสาว`); a name after one, too. */
const MAX_GLUED_TITLE = 6;
const MAX_GLUED_NAME = 20;
/** A spaced part of a line in a script that spaces phrases, not words (Thai, Lao, Khmer, Burmese). */
const SPACED_PART = /[\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}.]+/gu;
const SPACED_SCRIPT_IN = /[\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;
const SPACED_SCRIPT = /^[\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]+$/u;
/** The most characters of a transliterated name on either side of its dots. */
const MAX_DOT_PART = 6;
const DOT_NAME = /[\p{Script=Han}\p{Script=Katakana}ー]+(?:[·・•‧][\p{Script=Han}\p{Script=Katakana}ー]+)+/gu;
const HAN_OR_KANA = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
const KANA_OR_HAN = /^[\p{Script=Han}\p{Script=Katakana}ー]+$/u;
const HIRAGANA = /^\p{Script=Hiragana}+$/u;
const HANGUL = /\p{Script=Hangul}/u;
const ACRONYM = /^\p{Lu}{2,6}$/u;
const DIGIT = /\p{N}/u;
const CURRENCY = /\p{Sc}/u;
const SENTENCE_END = /[.!?…。！？]\s*$/u;
const HAS_CASE = /\p{Lu}|\p{Ll}/u;
const UPPER_FIRST = /^\p{Lu}/u;
const LETTERS = /\p{L}/gu;
/** What may stand between two words of one name: spaces, and the apostrophes and hyphens a token keeps. */
const JOINED = /^[ \u00a0\u202f]+$/u;
/** What the segmenter leaves between two words of a script without spaces when it is no word itself (Thai `ร์`). */
const LETTERS_ONLY = /^[\p{L}\p{M}]+$/u;

/**
 * Finds the names of people, places and organisations in the article's lines that the registry does
 * not hold, from the language's cues (see `names.json`) and the page alone:
 * - in a script with case, runs of capitalised words (with particles: `Jan de Vries`, `Consejo de
 *   Ministros`), without the stop words and the titles before them; a run at a sentence's start
 *   keeps its first word only when the page never writes it in lower case, and a lone word there
 *   needs the page to capitalise it mid-sentence too; a line in title case or capitals keeps only
 *   the names the other lines have, or a dateline's place;
 * - in a script without case, the words a title names (`الرئيس …`, `… 대통령`, `总统…`), the words a
 *   heading word leads (`وزارة …`, `… विभाग`, `…局`), and transliterated names with their dot
 *   (`谢尔盖·拉夫罗夫`).
 * Each name gets a type and how sure the type is: a title makes a person, a heading word an
 * organisation or a place, a preposition of place a place.
 *
 * @example
 * findUnlinkedNames([{ text: 'Mayor Ann Clarke opened the bridge in Northfield.', start: 0, linked: [], dates: [] }], cues).map((n) => [n.surface, n.type]);
 * // [['Ann Clarke', 'person'], ['Northfield', 'place']]
 */
export function findUnlinkedNames(lines: readonly NameLine[], cues: CompiledNameCues, linkedSurnames: ReadonlySet<string> = new Set()): UnlinkedName[] {
  const read = lines.map((line) => readLine(line, cues));
  const page = pageEvidence(read, cues, linkedSurnames);
  let found = findInLines(read, cues, page);
  // A surname alone names the person whose full name the page gives (`Clarke` after `Ann Clarke`).
  const surnames = new Set([...linkedSurnames, ...found.filter((name) => name.type === 'person' && name.evidence.includes('capitalised')).flatMap((name) => lastWordOf(name.surface))]);
  if (surnames.size > page.surnames.size) found = findInLines(read, cues, { ...page, surnames });
  return found;
}

function findInLines(read: readonly ReadLine[], cues: CompiledNameCues, page: PageEvidence): UnlinkedName[] {
  const found: UnlinkedName[] = [];
  const titleCaseLines: ReadLine[] = [];
  for (const line of read) {
    if (line.titleCase) titleCaseLines.push(line);
    else found.push(...casedNames(line, cues, page), ...uncasedNames(line, cues));
  }
  // A line in title case or capitals (a headline) keeps the names the other lines found, and a dateline's place.
  const known = new Set(found.map((name) => foldForMatching(name.surface)));
  for (const line of titleCaseLines) {
    for (const name of casedNames(line, cues, page)) if (known.has(foldForMatching(name.surface)) || name.evidence.includes('dateline')) found.push(name);
    found.push(...uncasedNames(line, cues));
  }
  return found.sort((a, b) => a.start - b.start);
}

/**
 * The last word of a name of several words, lower-cased (none for a name of one word): the surname a
 * lone mention of it may stand for.
 *
 * @example
 * lastWordOf('Ann Clarke'); // ['clarke']
 */
export function lastWordOf(surface: string): string[] {
  const words = surface.trim().split(/\s+/u);
  return words.length > 1 ? [words.at(-1)!.toLowerCase()] : [];
}

interface ReadWord extends Token {
  lower: string;
  forms: readonly string[];
  cased: boolean;
  capitalised: boolean;
  /** All its letters are capitals (an acronym, or a line in capitals). */
  allCaps: boolean;
  /** Nothing but spaces between the previous word and this one. */
  joined: boolean;
  /** At most one mark and no space between the previous word and this one (`ד"ר`, `U.S`). */
  attached: boolean;
  /** A space between the previous word and this one. */
  spaced: boolean;
  /** The first word of a sentence, or of the line, or after any mark but a comma (a quote mark, a dash, a bracket). */
  sentenceStart: boolean;
  /** Inside a name the registry linked. */
  linked: boolean;
  /** Inside a place's name the registry linked. */
  linkedPlace: boolean;
  /** Inside a date. */
  dated: boolean;
}

interface ReadLine {
  line: NameLine;
  words: ReadWord[];
  titleCase: boolean;
}

/** What a word's characters say, the same wherever it stands: computed once per word and rules (see {@link shapeOf}). */
interface WordShape {
  lower: string;
  forms: readonly string[];
  cased: boolean;
  capitalised: boolean;
  allCaps: boolean;
  noSpace: boolean;
}

const shapes = new WeakMap<CompiledNameCues, Map<string, WordShape>>();

/** The shape of a word, cached per language's cues: the words of news recur, page after page. */
function shapeOf(word: string, cues: CompiledNameCues): WordShape {
  let cache = shapes.get(cues);
  if (!cache) shapes.set(cues, (cache = new Map()));
  let shape = cache.get(word);
  if (!shape) {
    const cased = HAS_CASE.test(word);
    const upper = cased && word === word.toUpperCase();
    shape = {
      lower: word.toLowerCase(),
      forms: formsOfWord(word, cues.rules),
      cased,
      capitalised: cased && UPPER_FIRST.test(word),
      allCaps: upper && (word.match(LETTERS)?.length ?? 0) >= 2,
      noSpace: hasNoSpaceScript(word),
    };
    if (cache.size >= CACHE_ENTRIES) cache.clear();
    cache.set(word, shape);
  }
  return shape;
}

function readLine(line: NameLine, cues: CompiledNameCues): ReadLine {
  const tokens = wordsOf(line.text, line.start);
  const words: ReadWord[] = [];
  let previousEnd = line.start;
  // Linked names and dates come in order, as the words do: one pointer each.
  let linkedAt = 0;
  let datedAt = 0;
  for (const [k, token] of tokens.entries()) {
    const between = token.start === previousEnd ? '' : line.text.slice(previousEnd - line.start, token.start - line.start);
    const shape = shapeOf(token.text, cues);
    const space = between === ' ';
    while (linkedAt < line.linked.length && line.linked[linkedAt]![1] <= token.start) linkedAt++;
    while (datedAt < line.dates.length && line.dates[datedAt]![1] <= token.start) datedAt++;
    const linkedSpan = line.linked[linkedAt];
    const linked = linkedSpan !== undefined && linkedSpan[0] < token.end;
    // One literal of one shape for every word (spreading the token and the shape made each word's object slow to build).
    words.push({
      text: token.text,
      start: token.start,
      end: token.end,
      lower: shape.lower,
      forms: shape.forms,
      cased: shape.cased,
      capitalised: shape.capitalised,
      allCaps: shape.allCaps,
      joined: k > 0 && (between === '' || space || JOINED.test(between) || (shape.noSpace && LETTERS_ONLY.test(between))),
      attached: k > 0 && between.length <= 1 && !space && !/\s/u.test(between),
      spaced: k > 0 && (space || /\s/u.test(between)),
      sentenceStart: k === 0 || (!space && between !== '' && /[^\s,'’]/u.test(between)),
      linked,
      linkedPlace: linked && linkedSpan[2],
      dated: datedAt < line.dates.length && line.dates[datedAt]![0] < token.end,
    });
    previousEnd = token.end;
  }
  // A headline in capitals, or in title case (no sentence, and a language that does not capitalise its nouns): most of its words that are not stop words are capitalised.
  const content = words.filter((word) => word.cased && !cues.stop.has(word.lower));
  const share = (test: (word: ReadWord) => boolean) => content.filter(test).length / content.length;
  const titleCase = content.length >= 4 && (share((word) => word.allCaps) >= 0.8 || (!cues.capitalisesNouns && !SENTENCE_END.test(line.text) && share((word) => word.capitalised) >= 0.8));
  return { line, words, titleCase };
}

/** What the whole page says about its words: those it writes in lower case, those it capitalises mid-sentence, the surnames of its people. */
interface PageEvidence {
  lowerCase: Set<string>;
  capitalisedMidSentence: Set<string>;
  surnames: ReadonlySet<string>;
}

function pageEvidence(lines: readonly ReadLine[], cues: CompiledNameCues, surnames: ReadonlySet<string>): PageEvidence {
  const lowerCase = new Set<string>();
  const capitalisedMidSentence = new Set<string>();
  for (const { words, titleCase } of lines) {
    if (titleCase) continue;
    for (const [k, word] of words.entries()) {
      if (!word.cased) continue;
      if (!word.capitalised) lowerCase.add(word.lower);
      // A word capitalised alone mid-sentence: one inside a longer name (`Port` of `Northfield Port Authority`) says nothing of the word alone.
      else if (!word.sentenceStart && !cues.stop.has(word.lower) && !(words[k - 1]?.capitalised && word.joined) && !(words[k + 1]?.capitalised && words[k + 1]!.joined)) capitalisedMidSentence.add(word.lower);
    }
  }
  return { lowerCase, capitalisedMidSentence, surnames };
}

/** Whether the words from `at` are the cue's words (each compared in all its forms). */
function matchesAt(words: readonly ReadWord[], at: number, cue: CueWords): boolean {
  if (at < 0 || at + cue.length > words.length) return false;
  for (let k = 0; k < cue.length; k++) {
    const word = words[at + k]!;
    if (k > 0 && !word.joined && !word.attached) return false;
    if (!word.forms.includes(cue[k]!)) return false;
  }
  return true;
}

/** The cues of a list by their first and by their last word, each list longest first (a word is tried only against the cues it can start or end). */
interface CueIndex {
  byFirst: Map<string, CueWords[]>;
  byLast: Map<string, CueWords[]>;
}

const cueIndexes = new WeakMap<readonly CueWords[], CueIndex>();

function indexOfCues(cues: readonly CueWords[]): CueIndex {
  let index = cueIndexes.get(cues);
  if (!index) {
    index = { byFirst: new Map(), byLast: new Map() };
    for (const cue of cues) {
      for (const [map, word] of [
        [index.byFirst, cue[0]!],
        [index.byLast, cue.at(-1)!],
      ] as const) {
        const list = map.get(word) ?? [];
        list.push(cue);
        map.set(word, list);
      }
    }
    cueIndexes.set(cues, index);
  }
  return index;
}

/** The longest cue that ends just before `at`, as its length in words (0 for none). */
function cueEndingBefore(words: readonly ReadWord[], at: number, cues: readonly CueWords[]): number {
  if (at <= 0 || at > words.length) return 0;
  const { byLast } = indexOfCues(cues);
  let best = 0;
  for (const form of words[at - 1]!.forms) {
    for (const cue of byLast.get(form) ?? NO_CUES) if (cue.length > best && matchesAt(words, at - cue.length, cue)) best = cue.length;
  }
  return best;
}

/** The longest cue that starts at `at`, as its length in words (0 for none). */
/** Whether a word is a compound that ends with a one-word title (`gewerkschaftssprecherin` with `sprecherin`). */
function endsWithTitle(word: string, titles: readonly CueWords[]): boolean {
  return titles.some((title) => title.length === 1 && title[0]!.length >= 4 && word.length > title[0]!.length + 2 && word.endsWith(title[0]!));
}

function cueStartingAt(words: readonly ReadWord[], at: number, cues: readonly CueWords[]): number {
  if (at < 0 || at >= words.length) return 0;
  const { byFirst } = indexOfCues(cues);
  let best = 0;
  for (const form of words[at]!.forms) {
    for (const cue of byFirst.get(form) ?? NO_CUES) if (cue.length > best && matchesAt(words, at, cue)) best = cue.length;
  }
  return best;
}

const NO_CUES: readonly CueWords[] = [];

function hasAny(words: readonly ReadWord[], set: ReadonlySet<string>): boolean {
  return words.some((word) => word.forms.some((form) => set.has(form)));
}

function nameOf(line: ReadLine, from: number, to: number, type: UnlinkedName['type'], typeConfidence: number, evidence: MentionEvidence[], swallowsLinked = false): UnlinkedName {
  const first = line.words[from]!;
  const last = line.words[to - 1]!;
  return { surface: line.line.text.slice(first.start - line.line.start, last.end - line.line.start), start: first.start, end: last.end, type, typeConfidence, evidence, swallowsLinked };
}

/** Names as runs of capitalised words, in a script with case. */
function casedNames(line: ReadLine, cues: CompiledNameCues, page: PageEvidence): UnlinkedName[] {
  const { words } = line;
  const names: UnlinkedName[] = [];
  // Stop words may be part of a name (`Petra Lange`, `KUALA LUMPUR`: lists hold words that are also names); they are cut from its start at a sentence's start.
  const isNameWord = (word: ReadWord) => word.capitalised && !word.dated && !DIGIT.test(word.text) && !cues.notNames.has(word.lower);
  for (let i = 0; i < words.length; i++) {
    if (!isNameWord(words[i]!)) continue;
    // The run: capitalised words joined by spaces, with particles between two of them.
    let end = i + 1;
    while (end < words.length && words[end]!.joined) {
      if (isNameWord(words[end]!)) end++;
      else if (cues.particles.has(words[end]!.lower) && end + 1 < words.length && words[end + 1]!.joined && isNameWord(words[end + 1]!)) end += 2;
      else break;
    }
    let start = i;
    i = end - 1;
    const inCapitals = end - start > 1 && words.slice(start, end).every((word) => word.allCaps);
    if (words[start]!.sentenceStart && !inCapitals) {
      while (start < end && (cues.stop.has(words[start]!.lower) || page.lowerCase.has(words[start]!.lower))) start++;
    }
    if (start >= end || (end - start === 1 && cues.stop.has(words[start]!.lower))) continue;
    // A common noun opening a sentence before a person the page names elsewhere is no part of the name (`Рудник Марты Ольсен`).
    if (words[start]!.sentenceStart && end - start === 3 && page.surnames.has(words[end - 1]!.lower) && !page.surnames.has(words[start]!.lower)) start++;
    // A title opening the run (`President`, `Minister`) is not part of the name; one just before it says whose name it is.
    const titleBefore = cueEndingBefore(words, start, cues.titlesBefore) > 0;
    let titled = titleBefore;
    if (cueStartingAt(words, start, cues.titlesBefore) >= end - start) continue;
    for (let title = cueStartingAt(words, start, cues.titlesBefore); title > 0 && start + title < end; title = cueStartingAt(words, start, cues.titlesBefore)) {
      start += title;
      titled = true;
    }
    // A language that capitalises nouns writes titles as compounds (`Gewerkschaftssprecherin`, `Landesinnenminister`).
    while (cues.capitalisesNouns && end - start > 2 && endsWithTitle(words[start]!.lower, cues.titlesBefore)) {
      start++;
      titled = true;
    }
    // A title inside the run ends its office's name: the name after it is the title holder's (`İl Milli Eğitim Müdürü Serkan Aydın`).
    for (let k = start + 1; k < end - 1; k++) {
      const title = cueStartingAt(words, k, cues.titlesBefore);
      if (title > 0 && k + title < end) {
        // The words before the title name the office (`İl Milli Eğitim`, `Ziraat Odası`): a name of its own, typed by its heading word.
        const office = words.slice(start, k);
        if (office.some((word) => !word.linked)) {
          const type = hasAny(office, cues.placeWords) ? 'place' : 'org';
          names.push(nameOf(line, start, k, type, hasAny(office, type === 'place' ? cues.placeWords : cues.orgWords) ? CONFIDENCE.headWord : CONFIDENCE.loneWord, ['capitalised', 'title']));
        }
        start = k + title;
        titled = true;
        break;
      }
    }
    // The portfolio after a title is no part of the name (`Minister of Transport Jo Reyes`).
    while (titled && start + 2 < end && cues.particles.has(words[start]!.lower)) start += 2;
    // A title's portfolio is no name (`ministra de Agricultura`, `Waziri wa Maji`, `ministre malien des Affaires étrangères`).
    if (end - start === 1 && start > 1 && cues.particles.has(words[start - 1]!.lower) && (cueEndingBefore(words, start - 1, cues.titlesBefore) > 0 || (start > 2 && !words[start - 2]!.capitalised && cueEndingBefore(words, start - 2, cues.titlesBefore) > 0))) continue;
    const run = words.slice(start, end);
    // A name before a currency sign is the currency's (`US$`).
    if (CURRENCY.test(line.line.text.charAt(run.at(-1)!.end - line.line.start))) continue;
    const free = run.filter((word) => !word.linked);
    if (free.length === 0) continue;
    if (free.length < run.length) {
      // Words beside a linked name are part of it (`Vladimir` of `Vladimir Putin`), unless a heading word makes the whole a longer name (`Bank Indonesia`).
      if (hasAny(free, cues.orgWords)) names.push(nameOf(line, start, end, 'org', CONFIDENCE.headWord, ['capitalised', 'org-word'], true));
      else if (hasAny(free, cues.placeWords)) names.push(nameOf(line, start, end, 'place', CONFIDENCE.headWord, ['capitalised', 'place-word'], true));
      else if (run.every((word) => !word.linked || word.linkedPlace) && !run[0]!.linked && !run[0]!.sentenceStart) {
        // A place the registry knows, after capitalised words mid-sentence, is part of a longer name: a place's (`New Mexico`, `Piala Asia Tenggara`) or, with words after it too, a person's (`Nguyễn Thị Mỹ Linh`).
        const person = !run.at(-1)!.linked;
        names.push(nameOf(line, start, end, person ? 'person' : 'place', CONFIDENCE.loneWord, ['capitalised'], true));
      }
      continue;
    }
    const first = run[0]!;
    const lone = run.length === 1;
    const acronym = lone && ACRONYM.test(first.text) && !line.titleCase;
    // A dateline's place opens the line: in capitals before a comma or a dash (`KUALA LUMPUR, …`), or before the date (`Praha 12. listopadu`, `Madrid, 21 feb`).
    const dateline = start === 0 && ((run.every((word) => word.allCaps) && /^\s*[,–—-]|^\s*\(/u.test(line.line.text.slice(run.at(-1)!.end - line.line.start))) || datelineDate(line, end, run.at(-1)!.end));
    const afterPreposition = start > 0 && cues.placePrepositions.has(words[start - 1]!.lower);
    // A heading word in lower case before the name types it (`sông Hồng`, `tỉnh Quảng Nam`, `rzeka Wisła`).
    const headBefore = start > 0 && !words[start - 1]!.capitalised && words[start]!.joined ? (hasAny([words[start - 1]!], cues.placeWords) ? 'place' : hasAny([words[start - 1]!], cues.orgWords) ? 'org' : null) : null;
    // A heading word that is a title's portfolio (`глава района Игорь Савченко`, `direttore del museo Luca Bertini`) heads no name: the name after it is the title holder's.
    if (headBefore && run.length > 1 && (cueEndingBefore(words, start - 1, cues.titlesBefore) > 0 || (start > 2 && cues.particles.has(words[start - 2]!.lower) && cueEndingBefore(words, start - 2, cues.titlesBefore) > 0))) {
      names.push(nameOf(line, start, end, 'person', CONFIDENCE.title, ['capitalised', 'title']));
      continue;
    }
    const surname = lone && page.surnames.has(first.lower);
    // One word after a title is a surname only when the page gives the full name; else it is the title's portfolio (`υπουργός Υγείας`, `Menteri Pertanian`).
    if (lone && titled && !surname) continue;
    if (headBefore) {
      names.push(nameOf(line, start, end, headBefore, CONFIDENCE.headWord, ['capitalised', headBefore === 'place' ? 'place-word' : 'org-word']));
      continue;
    }
    if (!acronym && !dateline && !surname && run.length < cues.minNameWords) continue;
    if (lone && !acronym && !dateline && !surname) {
      if ([...first.text].length < 2) continue;
      if (first.sentenceStart && !page.capitalisedMidSentence.has(first.lower)) continue;
      if (cues.capitalisesNouns && !afterPreposition) continue;
    }
    if (hasAny(run, cues.orgWords)) names.push(nameOf(line, start, end, 'org', CONFIDENCE.headWord, ['capitalised', 'org-word']));
    else if (hasAny(run, cues.placeWords)) names.push(nameOf(line, start, end, 'place', CONFIDENCE.headWord, ['capitalised', 'place-word']));
    else if (titled) names.push(nameOf(line, start, end, 'person', CONFIDENCE.title, ['capitalised', 'title']));
    else if (surname) names.push(nameOf(line, start, end, 'person', CONFIDENCE.headWord, ['capitalised', 'surname']));
    else if (dateline) names.push(nameOf(line, start, end, 'place', CONFIDENCE.dateline, ['capitalised', 'dateline']));
    else if (acronym) names.push(nameOf(line, start, end, 'org', CONFIDENCE.acronym, ['capitalised', 'acronym']));
    else if (afterPreposition) names.push(nameOf(line, start, end, 'place', CONFIDENCE.preposition, ['capitalised', 'preposition']));
    else if (lone) names.push(nameOf(line, start, end, 'place', CONFIDENCE.loneWord, ['capitalised']));
    else names.push(nameOf(line, start, end, 'person', CONFIDENCE.multiWord, ['capitalised']));
  }
  return names;
}

/**
 * Whether a dateline's date follows a place at `end`: dated words and numbers after a space or a
 * comma, then the credit's bracket, slash or dash (`Praha 12. listopadu (ČTK) –`, `Madrid, 21 feb (EFE).-`).
 */
function datelineDate(line: ReadLine, end: number, runEnd: number): boolean {
  const { words } = line;
  const text = line.line.text;
  const offset = line.line.start;
  if (words[end]?.dated !== true || !/^[\s,]*$/u.test(text.slice(runEnd - offset, words[end]!.start - offset))) return false;
  let last = end;
  while (last + 1 < words.length && (words[last + 1]!.dated || /^\p{N}+$/u.test(words[last + 1]!.text))) last++;
  return /^[\s,.]*[(/–—|-]/u.test(text.slice(words[last]!.end - offset));
}

/**
 * The name inside a run of Han or katakana around a transliteration dot (`外长谢尔盖·拉夫罗夫说`): the
 * parts next to the dots keep their one-character words (transliterations split so) and the word
 * that touches the run's edge, up to a stop word, a speech verb or a title (`外长`, `说`, `今天`).
 */
function dotNameBounds(run: string, cues: CompiledNameCues): [number, number] {
  const first = run.search(DOTS);
  const last = run.length - [...run].reverse().join('').search(DOTS);
  // One-character stop words are also syllables of transliterations (`阿`): only a verb ends a name at one character.
  const ends = (word: string) => (word.length > 1 && cues.stop.has(word)) || cues.speechVerbs.some((verb) => verb.join('') === word) || cues.titlesBefore.some((title) => title.join('') === word);
  const before = [...wordSegmenter.segment(run.slice(0, first))].reverse();
  let from = first;
  for (const [k, word] of before.entries()) {
    if (ends(word.segment) || (k > 0 && word.segment.length > 1) || first - word.index > MAX_DOT_PART) break;
    from = word.index;
  }
  // The tail of a title the segmenter cut (`官` of `首席执行官`) is no part of the name.
  for (const title of cues.titlesBefore) {
    const text = title.join('');
    for (let split = 1; split < text.length; split++) {
      if (run.slice(0, from).endsWith(text.slice(0, split)) && run.startsWith(text.slice(split), from) && from + text.length - split < first) {
        from += text.length - split;
        break;
      }
    }
  }
  let to = last;
  for (const [k, word] of [...wordSegmenter.segment(run.slice(last))].entries()) {
    if (ends(word.segment) || (k > 0 && word.segment.length > 1) || word.index + word.segment.length > MAX_DOT_PART) break;
    to = last + word.index + word.segment.length;
  }
  return [from, to];
}

/** Whether a word can be part of a name in a script without case. */
function mayBeNameWord(word: ReadWord, cues: CompiledNameCues): boolean {
  return !word.cased && !word.linked && !word.dated && !cues.stop.has(word.lower) && !/^\p{N}+$/u.test(word.text) && !HIRAGANA.test(word.text);
}

/** Names in a script without case: after or before a title, led by a heading word, or written with a transliteration dot. */
function uncasedNames(line: ReadLine, cues: CompiledNameCues): UnlinkedName[] {
  const { words } = line;
  if (words.every((word) => word.cased)) return [];
  const names: UnlinkedName[] = [];
  const claimed = (start: number, end: number) => names.some((name) => start < name.end && end > name.start);
  const stopsName = (at: number) => !mayBeNameWord(words[at]!, cues) || cues.subjectParticles.has(words[at]!.text) || cueStartingAt(words, at, cues.orgBefore) > 0 || cueStartingAt(words, at, cues.placeBefore) > 0 || cueStartingAt(words, at, cues.speechVerbs) > 0 || cueStartingAt(words, at, cues.titlesBefore) > 0 || cueStartingAt(words, at, cues.titlesAfter) > 0;
  const noSpace = (word: ReadWord) => hasNoSpaceScript(word.text);
  /** A word that describes a title or a name rather than naming (`الروسي`, `للشركة`, `הנורווגית`). */
  const isModifier = (word: ReadWord) => cues.modifierPrefixes.some((prefix) => word.forms.some((form) => form.startsWith(prefix)));
  /** The name's words from `at` forward (or backward), up to `limit` words and, in Chinese or Japanese, four characters; null when the word at `at` cannot begin one. */
  const extend = (at: number, step: 1 | -1, limit: number, stopAtModifier = false): [number, number] | null => {
    let last = -1;
    let chars = 0;
    // In Thai (and Lao, Khmer, Burmese) the segmenter cuts a name into syllable words; spaces set off a given name and a surname, so the name runs over two spaced parts.
    let parts = 0;
    for (let k = at, count = 0; k >= 0 && k < words.length && count < limit; k += step) {
      const word = words[k]!;
      // Each word of the name joins the one before (the first, the title or heading word it follows).
      const link = step === 1 ? word : words[k + 1];
      if (link && !link.joined) break;
      if (stopsName(k) || (stopAtModifier && count > 0 && isModifier(word)) || (count > 0 && cues.conjunctionPrefixes.some((prefix) => word.forms[0]!.startsWith(prefix) && cueStartingAt(words, k, cues.orgBefore) === 0))) break;
      if (HAN_OR_KANA.test(word.text)) {
        if (!KANA_OR_HAN.test(word.text) || chars + word.text.length > MAX_HAN_NAME) break;
        chars += word.text.length;
      }
      if (noSpace(word) && !HAN_OR_KANA.test(word.text)) {
        if (k !== at && link?.spaced) parts++;
        if (parts >= 2) break;
      } else count++;
      last = k;
    }
    if (last < 0) return null;
    return step === 1 ? [at, last + 1] : [last, at + 1];
  };
  /** Whether a word holds a one-word heading cue at its end (`after`) or start (`before`) with two characters more (`邮政局`, `기상청은`, `กรมอุตุนิยมวิทยา`): in a script without spaces, or Hangul, a name and its heading word are often one word. A word with one character more is a common noun (`农村`, `城区`, `요청`). */
  const headInWord = (word: ReadWord, heads: readonly CueWords[], side: 'before' | 'after'): boolean => {
    if (!noSpace(word) && !HANGUL.test(word.text)) return false;
    return heads.some((head) => head.length === 1 && word.forms.some((form) => form.length >= head[0]!.length + 2 && (side === 'after' ? form.endsWith(head[0]!) : form.startsWith(head[0]!))));
  };
  const beforeOneCharacterHead = (i: number): [number, number] | null => {
    if (words[i - 1]!.text.length >= 2) return extend(i - 1, -1, 1);
    let from = i;
    // One-character stop words are syllables of transliterations here (`尔`): only a linked name, a date or a verb ends the run.
    while (from > 0 && words[from - 1]!.text.length === 1 && KANA_OR_HAN.test(words[from - 1]!.text) && words[from]!.joined && !words[from - 1]!.linked && !words[from - 1]!.dated && cueStartingAt(words, from - 1, cues.speechVerbs) === 0 && i - from < MAX_DOT_PART) from--;
    return i - from >= 2 ? [from, i] : null;
  };
  /** A heading word after the name: a word of the list, or a word ending with one. */
  const headAfter = (at: number, heads: readonly CueWords[]): { words: number; inWord: boolean } => {
    const whole = cueStartingAt(words, at, heads);
    if (whole > 0) return { words: whole, inWord: false };
    if (headInWord(words[at]!, heads, 'after')) return { words: 1, inWord: true };
    return { words: 0, inWord: false };
  };

  // In Thai (Lao, Khmer, Burmese) a title is written onto the name (`นางมาร์ตา โอลเซน`) and the segmenter may cut across the two: the name is the rest of the title's spaced part, and the next part.
  for (const match of SPACED_SCRIPT_IN.test(line.line.text) ? line.line.text.matchAll(SPACED_PART) : []) {
    // The longest title the part starts with, when it is an honorific (`นาย`, `นาง`, `ดร.`): a role (`นายกเทศมนตรี`, `ประธาน…`) is followed by its office, not glued to a name.
    const title = cues.titlesBeforeText.find((cue) => match[0].startsWith(cue));
    const rest = title === undefined ? '' : match[0].slice(title.length);
    if (!title || title.length > MAX_GLUED_TITLE || rest.length < 2 || rest.length > MAX_GLUED_NAME) continue;
    if ([...cues.headsBeforeText, ...cues.titlesBeforeText].some((head) => rest.startsWith(head))) continue;
    let end = match.index + match[0].length;
    const next = /^ ([^\s]+)/u.exec(line.line.text.slice(end));
    if (next && SPACED_SCRIPT.test(next[1]!) && !cues.stop.has(next[1]!) && ![...cues.titlesBeforeText, ...cues.headsBeforeText].some((cue) => next[1]!.startsWith(cue))) end += next[0].length;
    const start = line.line.start + match.index + title.length;
    const surface = line.line.text.slice(match.index + title.length, end);
    if (!line.line.linked.some(([from, to]) => start < to && start + surface.length > from)) names.push({ surface, start, end: start + surface.length, type: 'person', typeConfidence: CONFIDENCE.title, evidence: ['title'], swallowsLinked: false });
  }
  for (const match of DOTS.test(line.line.text) ? line.line.text.matchAll(DOT_NAME) : []) {
    const [from, to] = dotNameBounds(match[0], cues);
    const start = line.line.start + match.index + from;
    const surface = match[0].slice(from, to);
    // A place the registry knows inside a transliterated name is part of it (`マルタ` of `マルタ・オルセン` is no mention of Malta); a person it knows is the name.
    const inside = line.line.linked.filter(([linkedStart, linkedEnd]) => start < linkedEnd && start + surface.length > linkedStart);
    if (inside.some(([linkedStart, linkedEnd, place]) => !place || linkedStart < start || linkedEnd > start + surface.length)) continue;
    names.push({ surface, start, end: start + surface.length, type: 'person', typeConfidence: CONFIDENCE.dot, evidence: ['transliteration-dot'], swallowsLinked: inside.length > 0 });
  }
  for (let i = 0; i < words.length; i++) {
    if (words[i]!.cased) continue;
    const titleBefore = cueStartingAt(words, i, cues.titlesBefore);
    // In Thai and its neighbours the segmenter's words do not tell where a role ends; names come from honorifics written onto them (above).
    if (titleBefore > 0 && SPACED_SCRIPT.test(words[i]!.text)) continue;
    if (titleBefore > 0) {
      let at = i + titleBefore;
      while (at < words.length && isModifier(words[at]!) && at - i - titleBefore < MAX_MODIFIERS) at++;
      // A title of an organisation or a place names it first (`المتحدثة باسم تحالف الأنهار النظيفة أمينة ديالو`): the person's name follows that name.
      const headed = at < words.length ? cueStartingAt(words, at, cues.orgBefore) || cueStartingAt(words, at, cues.placeBefore) : 0;
      if (headed > 0) {
        const organisation = extend(at + headed, 1, cues.maxNameWords + 1, true);
        if (organisation) at = organisation[1];
        while (at < words.length && isModifier(words[at]!) && words[at]!.joined) at++;
        if (at >= words.length || !words[at]!.joined) continue;
      }
      const span = at < words.length ? extend(at, 1, cues.maxNameWords) : null;
      // A title before a name the registry linked is that name's (`… الكولونيل أسيمي غويتا`): the words between are no name.
      if (span && words[span[1]]?.linked && !words[span[1]]!.linkedPlace) continue;
      // One Han character after a title is no name (`外长谢` of `外长谢尔盖·…`).
      if (span && span[1] - span[0] === 1 && HAN_OR_KANA.test(words[span[0]]!.text) && words[span[0]]!.text.length < 2) continue;
      // In a script with spaces, a title's one word is its portfolio more often than a name (`وزیر ٹرانسپورٹ`): a name has two words at least.
      if (span && span[1] - span[0] < 2 && !noSpace(words[span[0]]!)) continue;
      if (span && !claimed(words[span[0]]!.start, words[span[1] - 1]!.end)) names.push(nameOf(line, span[0], span[1], 'person', CONFIDENCE.title, ['title']));
      continue;
    }
    const titleAfter = cueStartingAt(words, i, cues.titlesAfter);
    if (titleAfter > 0 && i > 0) {
      const span = extend(i - 1, -1, cues.maxNameWords);
      if (span && !claimed(words[span[0]]!.start, words[span[1] - 1]!.end)) names.push(nameOf(line, span[0], span[1], 'person', CONFIDENCE.title, ['title']));
      continue;
    }
    for (const [heads, type, evidence] of [
      [cues.orgBefore, 'org', 'org-word'],
      [cues.placeBefore, 'place', 'place-word'],
    ] as const) {
      const head = cueStartingAt(words, i, heads);
      if (head === 0 && headInWord(words[i]!, heads, 'before')) {
        if (!claimed(words[i]!.start, words[i]!.end)) names.push(nameOf(line, i, i + 1, type, CONFIDENCE.headWord, [evidence]));
        continue;
      }
      if (head === 0 || i + head >= words.length) continue;
      // An organisation's or a place's name may run one word longer than a person's (`קלייר ריברס אליינס`).
      const span = extend(i + head, 1, cues.maxNameWords + 1, true);
      if (span && !claimed(words[i]!.start, words[span[1] - 1]!.end)) names.push(nameOf(line, i, span[1], type, CONFIDENCE.headWord, [evidence]));
    }
    for (const [heads, type, evidence] of [
      [cues.orgAfter, 'org', 'org-word'],
      [cues.placeAfter, 'place', 'place-word'],
    ] as const) {
      const head = headAfter(i, heads);
      if (head.words === 0) continue;
      // Before a one-character heading word that stands alone (`南岭` `市`), the name is one word of two characters or more, or a transliteration the segmenter cut into characters (`阿尔塔索雷尔` `省`): not `快递进` `村`.
      const oneCharacter = !head.inWord && noSpace(words[i]!) && words[i]!.text.length === 1;
      const span = i === 0 ? null : oneCharacter ? beforeOneCharacterHead(i) : extend(i - 1, -1, cues.maxNameWords - 1);
      const from = span ? span[0] : head.inWord ? i : -1;
      if (from >= 0 && !claimed(words[from]!.start, words[i + head.words - 1]!.end)) names.push(nameOf(line, from, i + head.words, type, CONFIDENCE.headWord, [evidence]));
    }
  }
  return names;
}
