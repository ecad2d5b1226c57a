import type { Mention, Quote } from '../schema/article.js';
import { ARTICLE_ROLES } from '../schema/article.js';
import type { ClassifiedBlock } from '../classify/classify.js';
import type { LanguageData } from '../data/schemas.js';
import { loadCoreData } from '../data/load.js';
import { countWords, foldForMatching, foldWord } from '../speed/fold-fast.js';
import { hasNoSpaceScript, measureWords } from '../speed/word-measure.js';
import { tokenize } from '../speed/token-spans.js';
import type { Token } from '../text/tokenize.js';
import { formsOfWord, type WordFormRules } from '../entities/word-forms.js';

/** Quote cues of one language, folded and split into words. */
export interface QuoteCues {
  speechVerbs: string[][];
  sourceMarkers: string[];
  descriptorStops: Set<string>;
  /** Words that follow the speaker before the quote (`は`, `نے`, `ने`), and endings that do (`은`, `는`). */
  subjectParticles: string[];
  subjectSuffixes: string[];
}

/**
 * A quote of at most this many words is a scare quote (`"thất bại"`, `„przyjaznym”`): kept, flagged,
 * no speaker. Three, not two: Vietnamese spaces its syllables, so `"người hướng dẫn"` is one word.
 */
const SCARE_MAX_WORDS = 3;
/** In a script without spaces, a quote of this many characters is a quote whatever its word count (`「…」`). */
const NO_SPACE_QUOTE_CHARS = 10;
/** How many words after a speech verb the speaker may come (`cho hay Ngoại trưởng Nga Lavrov`). */
const SUBJECT_AFTER_VERB = 5;
const MAX_DESCRIPTOR_WORDS = 4;
/** The words before a verb that may all be the speaker (`পানি উন্নয়ন বোর্ডের নির্বাহী প্রকৌশলী রফিকুল ইসলাম বলেন`). */
const MAX_WORDS_BEFORE_VERB = 7;
/** The words after a verb read for the speaker, in comma-separated parts (`Waziri wa Maji, Juma Hamisi, wakati…`). */
const MAX_WORDS_AFTER_VERB = 12;
/** Where a clause ends inside a sentence, in any script. */
const CLAUSE_BREAK = /[,，、;；:：،؛]/u;
const SPEAKER_TYPES = new Set(['person', 'org', 'media']);
const SENTENCE_END = /[.!?؟…](?=\s|$)|[。！？]/gu;

/**
 * The cues of a language file, ready for {@link extractQuotes}; a language without a file uses the
 * cues of every file.
 *
 * @example
 * quoteCuesFor(getResources().languages, 'pl').speechVerbs[0]; // ['powiedzial']
 */
export function quoteCuesFor(languages: ReadonlyMap<string, LanguageData>, language: string | null): QuoteCues {
  const files = language && languages.has(language) ? [languages.get(language)!] : [...languages.values()];
  return {
    speechVerbs: files.flatMap((file) => file.speechVerbs).map((verb) => wordsOf(verb).map((t) => foldForMatching(t.text))).sort((a, b) => b.length - a.length),
    sourceMarkers: files.flatMap((file) => file.quoteSourceMarkers).map(foldForMatching),
    descriptorStops: new Set(files.flatMap((file) => file.descriptorStops).map(foldForMatching)),
    subjectParticles: [...new Set(files.flatMap((file) => file.subjectMarkers.particles))],
    subjectSuffixes: [...new Set(files.flatMap((file) => file.subjectMarkers.suffixes))],
  };
}

interface QuoteSpan {
  /** Offsets of the quoted text inside the marks, in the block. */
  start: number;
  end: number;
  /** Offsets including the marks. */
  outerStart: number;
  outerEnd: number;
}

/**
 * Finds direct quotes in title, lead and body and who said them. Quote styles: "…", “…”, „…”,
 * „…“, «…», ‚…‘, ‘…’, ‹…›, 「…」, nested quotes kept inside the outer one, quotes spanning
 * sentences within a paragraph. The speaker comes from a speech verb of the language file before
 * or after the quote (the name right after the verb — `قال ديوب`, `stwierdził Diop` — else right
 * before it — `Diop nói:`), a source marker (`نقل الكرملين عن غويتا` → Goïta), or the words that
 * describe the speaker when no known name is there (`malijski dyplomata`). A quote with no verb of
 * its own takes the person named earlier in its paragraph, else continues the previous quote's
 * speaker in the same or the previous paragraph (as does a verb with no name, `وأضاف:`);
 * otherwise the speaker is null. Quotes of one to three words
 * are scare quotes: kept, flagged, without a speaker.
 *
 * @example
 * extractQuotes(blocks, mentions, quoteCuesFor(languages, 'vi'), rules)[0]?.speaker?.name; // 'Abdoulaye Diop'
 */
export function extractQuotes(blocks: readonly ClassifiedBlock[], mentions: readonly Mention[], cues: QuoteCues, rules: WordFormRules): Quote[] {
  const quotes: Quote[] = [];
  const speakers = mentions.filter((mention) => SPEAKER_TYPES.has(mention.type) && ARTICLE_ROLES.includes(mention.role));
  let previous: { quote: Quote; blockIndex: number } | null = null;
  const articleBlocks = blocks.filter((block) => ARTICLE_ROLES.includes(block.role));
  for (const [blockIndex, block] of articleBlocks.entries()) {
    const spans = findQuoteSpans(block.text);
    // Most paragraphs quote nobody: their sentence ends are not needed.
    if (spans.length === 0) continue;
    const sentenceEnds = sentenceEndsOutside(block.text, spans);
    const isScare: boolean[] = [];
    for (const span of spans) isScare.push(isScareQuote(block.text.slice(span.start, span.end)));
    for (let i = 0; i < spans.length; i++) {
      const span = spans[i]!;
      const raw = block.text.slice(span.start, span.end);
      const lead = raw.length - raw.trimStart().length;
      const text = raw.trim();
      const offset = block.contentStart;
      const start = offset + span.start + lead;
      const scare = isScare[i]!;
      let speaker: Quote['speaker'] = null;
      let cue: string | undefined;
      if (!scare) {
        // A scare quote inside the sentence ("في "تويتر"") does not end the window; another full quote does.
        const sentenceStart = Math.max(lastEndAtOrBefore(sentenceEnds, span.outerStart), previousFullEnd(spans, isScare, i));
        const sentenceEnd = Math.min(block.text.length, firstEndAfter(sentenceEnds, span.outerEnd), nextFullStart(spans, isScare, i));
        const after = window(block, span.outerEnd, sentenceEnd, speakers);
        const before = window(block, sentenceStart, span.outerStart, speakers);
        const afterQuote = attribute(after, cues, rules, 'after');
        const attribution = afterQuote ?? attribute(before, cues, rules, 'before');
        const continued = previous && previous.blockIndex >= blockIndex - 1 && previous.quote.speaker ? previous.quote.speaker : null;
        if (attribution?.speaker) {
          speaker = attribution.speaker;
          cue = attribution.cue;
        } else if (attribution) {
          // A verb with no name after it: the subject marked before the quote (`상인회장은 "…"고 말했다`), else the previous speaker.
          const subject = subjectBefore(before.text, cues) ?? (afterQuote ? subjectOpeningSentence(before.text) : null);
          speaker = subject ? { entityId: null, name: subject } : continued;
          cue = attribution.cue;
        } else {
          // No verb: the person named earlier in the paragraph, else the speaker of the quote this one continues.
          const earlier = speakers.filter((m) => m.start >= offset && m.end <= offset + span.outerStart && m.type === 'person').at(-1);
          speaker = earlier ? { entityId: earlier.entityId, name: earlier.name } : continued;
        }
      }
      // The fields in the schema's order, so that the JSON reads the same as the schema.
      const quote: Quote = { text, start, end: start + text.length, speaker, ...(cue !== undefined && { cue }), scare };
      if (!scare) previous = { quote, blockIndex };
      quotes.push(quote);
    }
  }
  return quotes;
}

/**
 * Where the sentences of a block end (just after `.`, `!`, `?`, `؟`, `…` before a space or the
 * end), leaving out the ends inside a quote, in order.
 */
function sentenceEndsOutside(text: string, spans: readonly QuoteSpan[]): number[] {
  const ends: number[] = [];
  SENTENCE_END.lastIndex = 0;
  for (let match = SENTENCE_END.exec(text); match; match = SENTENCE_END.exec(text)) {
    const end = match.index + 1;
    let inside = false;
    for (const span of spans) if (end > span.outerStart && end <= span.outerEnd) inside = true;
    if (!inside) ends.push(end);
  }
  return ends;
}

/** The last sentence end at or before `offset` (0 when none): the start of the sentence that holds it. */
function lastEndAtOrBefore(ends: readonly number[], offset: number): number {
  let last = 0;
  for (const end of ends) if (end <= offset && end > last) last = end;
  return last;
}

/** The first sentence end after `offset` (Infinity when none). */
function firstEndAfter(ends: readonly number[], offset: number): number {
  let first = Infinity;
  for (const end of ends) if (end > offset && end < first) first = end;
  return first;
}

/**
 * Whether a quoted text is a scare quote: at most three words, and in a script without spaces also
 * fewer than ten characters (`「支援」` is, `「駅の面影を残しつつ、誰もが集える場所にしたい」` is not).
 */
function isScareQuote(text: string): boolean {
  if (hasNoSpaceScript(text) && [...text.trim()].length >= NO_SPACE_QUOTE_CHARS) return false;
  return measureWords(text) <= SCARE_MAX_WORDS;
}

/** Where the last full quote (not a scare quote) before span `i` ends, 0 when none. */
function previousFullEnd(spans: readonly QuoteSpan[], isScare: readonly boolean[], i: number): number {
  for (let k = i - 1; k >= 0; k--) if (!isScare[k]) return spans[k]!.outerEnd;
  return 0;
}

/** Where the next full quote (not a scare quote) after span `i` starts, Infinity when none. */
function nextFullStart(spans: readonly QuoteSpan[], isScare: readonly boolean[], i: number): number {
  for (let k = i + 1; k < spans.length; k++) if (!isScare[k]) return spans[k]!.outerStart;
  return Infinity;
}

interface Window {
  text: string;
  /** Offset of the window in the article text. */
  start: number;
  tokens: Token[];
  mentions: Mention[];
}

function window(block: ClassifiedBlock, from: number, to: number, speakers: readonly Mention[]): Window {
  const start = block.contentStart + from;
  const end = block.contentStart + Math.max(from, to);
  const text = block.text.slice(from, Math.max(from, to));
  return { text, start, tokens: wordsOf(text, start), mentions: speakers.filter((m) => m.start >= start && m.end <= end) };
}

function attribute(win: Window, cues: QuoteCues, rules: WordFormRules, side: 'before' | 'after'): { speaker: Quote['speaker']; cue: string } | null {
  const cue = findCue(win.tokens, cues.speechVerbs, rules, side);
  if (!cue) return null;
  const cueStart = win.tokens[cue.first]!.start;
  const cueEnd = win.tokens[cue.last]!.end;
  const cueText = win.text.slice(cueStart - win.start, cueEnd - win.start);
  const linked = (mention: Mention | undefined) => (mention ? { speaker: { entityId: mention.entityId, name: mention.name }, cue: cueText } : null);

  for (const [k, token] of win.tokens.entries()) {
    if (!cues.sourceMarkers.includes(foldWord(token.text))) continue;
    const next = win.tokens[k + 1];
    const marked = next && win.mentions.find((m) => m.start === next.start || (m.start > token.end && m.start <= next.start + 1));
    if (marked && marked.start > cueEnd) return linked(marked);
  }
  const limit = win.tokens[Math.min(win.tokens.length - 1, cue.last + SUBJECT_AFTER_VERB)]?.end ?? cueEnd;
  const afterVerb = win.mentions.find((m) => m.start >= cueEnd && m.start <= limit);
  if (afterVerb) return linked(afterVerb);
  const beforeVerb = win.mentions.filter((m) => m.end <= cueStart).at(-1);
  if (beforeVerb) return linked(beforeVerb);
  const descriptor = describe(win, cue, cues, side);
  return { speaker: descriptor ? { entityId: null, name: descriptor } : null, cue: cueText };
}

/**
 * The words that name the speaker when no known name does: after the verb (`napisał malijski dyplomata`),
 * the part of them that holds a name when commas set one beside a description (`alisema Waziri wa Maji,
 * Juma Hamisi, wakati…` → `Juma Hamisi`); else the words before the verb (`Nhà ngoại giao Nga nêu rõ`),
 * cut at a subject marker (`کپتان نے میچ کے بعد کہا` → `کپتان`). Where the script has case, a side
 * with a capitalised name wins over one without (`Lucia Ferreira told reporters`).
 */
function describe(win: Window, cue: { first: number; last: number }, cues: QuoteCues, side: 'before' | 'after'): string | null {
  const after: Token[] = [];
  for (const token of win.tokens.slice(cue.last + 1)) {
    if (cues.descriptorStops.has(foldWord(token.text)) || after.length === MAX_WORDS_AFTER_VERB) break;
    after.push(token);
  }
  const gapAfter = after.length > 0 && /^[\s,]*$/u.test(win.text.slice(win.tokens[cue.last]!.end - win.start, after[0]!.start - win.start));
  const afterVerb = gapAfter ? spanText(win, speakerPart(win, after)) : null;
  const beforeVerb = speakerBeforeVerb(win, win.tokens.slice(0, cue.first), cues);
  const cased = /\p{Lu}|\p{Ll}/u.test(win.text);
  const named = (text: string | null) => text !== null && /(?:^|\s)\p{Lu}/u.test(text);
  if (side === 'after' && afterVerb !== null) return cased && !named(afterVerb) && named(beforeVerb) ? beforeVerb : afterVerb;
  // Before the quote, a verb that opens its clause has the speaker after it (`وقال وزير المياه في … إن "…"`).
  if (side === 'before' && afterVerb !== null && cue.first === 0) return afterVerb;
  return beforeVerb;
}

/**
 * The speaker before a verb: the words of its clause, cut at a subject marker; when commas split them,
 * in a script with case, the part most capitalised (`Jami'in hukumar, Malam Ibrahim Garba, ya ce` → `Malam Ibrahim Garba`).
 */
function speakerBeforeVerb(win: Window, before: readonly Token[], cues: QuoteCues): string | null {
  if (before.length === 0) return null;
  const joined = spanText(win, before);
  const marked = subjectBefore(joined, cues);
  if (marked) return marked;
  if (!CLAUSE_BREAK.test(joined)) return before.length <= MAX_WORDS_BEFORE_VERB ? joined : null;
  let best: { text: string; capitals: number } | null = null;
  for (const part of joined.split(CLAUSE_BREAK).map((text) => text.trim())) {
    const words = part.split(/\s+/u).filter((word) => word !== '');
    const capitals = words.filter((word) => /^\p{Lu}/u.test(word)).length;
    if (words.length <= MAX_DESCRIPTOR_WORDS && capitals >= 2 && capitals >= (best?.capitals ?? 0)) best = { text: part, capitals };
  }
  return best?.text ?? null;
}

/**
 * Of the words after a verb, split at commas, the part that names the speaker: in a script with
 * case, the last capitalised part before a part without a capital (`Menteri Besar, Datuk Kamal
 * Hassan, ketika…` → `Datuk Kamal Hassan`), up to the end of the name it holds (`директор
 * залізничного вокзалу Олег Бондар`); in a script without, the parts up to the sentence's end
 * when they are short (`מנהלת החפירה, ד"ר רונית שמיר`), else the first.
 */
function speakerPart(win: Window, tokens: readonly Token[]): Token[] {
  const parts: Token[][] = [[]];
  for (const [i, token] of tokens.entries()) {
    if (i > 0 && CLAUSE_BREAK.test(win.text.slice(tokens[i - 1]!.end - win.start, token.start - win.start))) parts.push([]);
    parts.at(-1)!.push(token);
  }
  if (/\p{Lu}|\p{Ll}/u.test(spanText(win, tokens))) {
    // The part with the longest name (`Marco Bianchi, presidente della Provincia` → the first).
    let chosen = parts[0]!;
    for (const part of parts.slice(1)) {
      if (!part.some((token) => capitalised(token))) break;
      if (longestName(part).score > longestName(chosen).score) chosen = part;
    }
    return throughName(chosen);
  }
  const first = parts[0]!.slice(0, MAX_DESCRIPTOR_WORDS);
  const reachesEnd = win.text.slice(tokens.at(-1)!.end - win.start).trim().replace(/^[.!?؟…。]+/u, '') === '';
  const short = parts.every((part) => part.length <= MAX_DESCRIPTOR_WORDS) && tokens.length <= 2 * MAX_DESCRIPTOR_WORDS;
  return reachesEnd && short ? [...tokens] : first;
}

/** A description's first words, or through the capitalised name it leads to (`ο πρόεδρος του λιμενικού ταμείου Νίκος Αντωνίου`). */
function throughName(part: readonly Token[]): Token[] {
  const name = longestName(part);
  if (name.length === 0 || name.start > 2 * MAX_DESCRIPTOR_WORDS - 2) return part.slice(0, MAX_DESCRIPTOR_WORDS);
  return part.slice(0, name.start + name.length);
}

const capitalised = (token: Token | undefined): boolean => token !== undefined && /^\p{Lu}/u.test(token.text);
const NAME_PARTICLE = /^\p{Ll}{1,3}$/u;

/**
 * The longest run of capitalised words in a part, lowercase particles inside it allowed (`Jan de Vries`);
 * scored by its capitals, a particle counting against it, as titles hold more (`Waziri wa Maji` < `Juma Hamisi`).
 */
function longestName(part: readonly Token[]): { start: number; length: number; score: number } {
  let best = { start: 0, length: 0, score: 0 };
  for (let i = 0; i < part.length; i++) {
    if (!capitalised(part[i])) continue;
    let end = i + 1;
    let particles = 0;
    while (end < part.length && (capitalised(part[end]) || (NAME_PARTICLE.test(part[end]!.text) && capitalised(part[end + 1])))) {
      if (!capitalised(part[end])) particles++;
      end++;
    }
    const score = 2 * (end - i - particles) - particles;
    if (score > best.score) best = { start: i, length: end - i, score };
    i = end - 1;
  }
  return best;
}

/**
 * The speaker a particle or ending marks before the quote, in the quote's own clause: `市長は式典で「…」`
 * → `市長`, `상인회장은 "…"` → `상인회장`, `صوبائی وزیر ٹرانسپورٹ نے … کہا کہ "…"` → `صوبائی وزیر ٹرانسپورٹ`.
 */
function subjectBefore(text: string, cues: QuoteCues): string | null {
  const clause = text.split(CLAUSE_BREAK).at(-1) ?? '';
  let end = -1;
  for (const particle of cues.subjectParticles) {
    const alone = hasNoSpaceScript(particle) ? clause.lastIndexOf(particle) : lastWordIndex(clause, particle);
    end = Math.max(end, alone);
  }
  for (const suffix of cues.subjectSuffixes) {
    for (const match of clause.matchAll(/\S+/gu)) {
      const word = match[0];
      if (word.length > suffix.length && word.endsWith(suffix)) end = Math.max(end, match.index + word.length - suffix.length);
    }
  }
  if (end <= 0) return null;
  const subject = clause.slice(0, end).trim();
  const words = measureWords(subject);
  return words >= 1 && words <= 2 * MAX_DESCRIPTOR_WORDS && subject.length <= 60 ? subject : null;
}

/**
 * The speaker that opens the quote's sentence before a comma when the verb follows the quote
 * (`Kaya, "…" dedi.`, `Ziraat Odası Başkanı Ahmet Kaya, "…" dedi.`): up to six words, one of them capitalised.
 */
function subjectOpeningSentence(text: string): string | null {
  const comma = text.search(/[,،]/u);
  if (comma <= 0) return null;
  const subject = text.slice(0, comma).trim();
  const words = subject.split(/\s+/u);
  return words.length <= MAX_WORDS_BEFORE_VERB - 1 && words.some((word) => /^\p{Lu}/u.test(word)) ? subject : null;
}

/** Where the last occurrence of a word standing alone begins in a text, -1 when none. */
function lastWordIndex(text: string, word: string): number {
  let found = -1;
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    const alone = (at === 0 || /\s/u.test(text[at - 1]!)) && (at + word.length === text.length || /\s/u.test(text[at + word.length]!));
    if (alone) found = at;
  }
  return found;
}

function spanText(win: Window, tokens: readonly Token[]): string {
  return win.text.slice(tokens[0]!.start - win.start, tokens.at(-1)!.end - win.start);
}

const wordSegmenter = new Intl.Segmenter(undefined, { granularity: 'word' });

/**
 * The words of a text as the cues are matched: its tokens, a run of a script written without
 * spaces (`该负责人说`, `อธิบดีกรมอุตุนิยมวิทยากล่าวว่า`) split into the words `Intl.Segmenter` finds.
 */
function wordsOf(text: string, offset = 0): Token[] {
  const tokens = tokenize(text, offset);
  if (!hasNoSpaceScript(text)) return tokens;
  return tokens.flatMap((token) => {
    if (!hasNoSpaceScript(token.text)) return [token];
    const words: Token[] = [];
    for (const segment of wordSegmenter.segment(token.text)) {
      if (segment.isWordLike) words.push({ text: segment.segment, start: token.start + segment.index, end: token.start + segment.index + segment.segment.length });
    }
    return words;
  });
}

/**
 * The speech verb in the window nearest the quote (longest first at each position), proclitics
 * allowed (`وقال`): the first after the quote, the last before it (`Phát biểu tại buổi lễ, ông X, cho biết "…"`
 * is said by the verb `cho biết`, not the opening `Phát biểu`).
 */
function findCue(tokens: readonly Token[], verbs: readonly string[][], rules: WordFormRules, side: 'before' | 'after' = 'after'): { first: number; last: number } | null {
  const forms = tokens.map((token) => formsOfWord(token.text, rules));
  const at = (i: number) => verbs.find((verb) => i + verb.length <= tokens.length && verb.every((word, k) => forms[i + k]!.includes(word)));
  for (let n = 0; n < tokens.length; n++) {
    const i = side === 'after' ? n : tokens.length - 1 - n;
    const verb = at(i);
    if (verb) return { first: i, last: i + verb.length - 1 };
  }
  return null;
}

/**
 * Each opening mark and the marks that close it: every pair CLDR gives a locale (`data/quote-marks.json`:
 * “…”, „…“, «…», 「…」, 『…』, ”…” …), and straight quotes, which no locale lists but keyboards type.
 */
const OPENERS: Record<string, string> = { '"': '"' };
for (const { open, close } of loadCoreData().quoteMarks.pairs) if (!(OPENERS[open] ?? '').includes(close)) OPENERS[open] = (OPENERS[open] ?? '') + close;

/** Single marks that are also apostrophes (`don’t`, `l’État`): inside a word they neither open nor close a quote. */
const APOSTROPHES = new Set(['’', '‘', '‛', "'"]);

/** 1 for every code unit that opens or closes a quote: one array read per character. */
const QUOTE_MARKS = new Uint8Array(0x10000);
for (const char of [...Object.keys(OPENERS), ...Object.values(OPENERS)].join('')) QUOTE_MARKS[char.charCodeAt(0)] = 1;

/**
 * The outermost quotes of a paragraph, each with its marks, in order; unclosed quotes are dropped.
 *
 * @example
 * findQuoteSpans('Diop nói: “Chúng tôi… «x»”.'); // [{ start: 11, end: 25, outerStart: 10, outerEnd: 26 }]
 */
export function findQuoteSpans(text: string): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  const stack: { mark: string; at: number }[] = [];
  for (let i = 0; i < text.length; i++) {
    // Most characters are no quote mark: one array read skips them.
    if (QUOTE_MARKS[text.charCodeAt(i)] === 0) continue;
    const char = text[i]!;
    const top = stack.at(-1);
    const inWord = APOSTROPHES.has(char) && /\p{L}/u.test(text[i - 1] ?? '') && /\p{L}/u.test(text[i + 1] ?? '');
    if (inWord) continue;
    if (top && OPENERS[top.mark]!.includes(char) && !(APOSTROPHES.has(char) && /\p{L}/u.test(text[i + 1] ?? ''))) {
      stack.pop();
      if (stack.length === 0) spans.push({ start: top.at + 1, end: i, outerStart: top.at, outerEnd: i + 1 });
      continue;
    }
    if (char in OPENERS && !(APOSTROPHES.has(char) && /\p{L}/u.test(text[i - 1] ?? ''))) stack.push({ mark: char, at: i });
  }
  return spans;
}
