import type { Mention, Quote, Speaker } from '../schema/article.js';
import { ARTICLE_ROLES } from '../schema/article.js';
import type { ClassifiedBlock } from '../classify/classify.js';
import type { LanguageData } from '../data/schemas.js';
import { loadCoreData } from '../data/load.js';
import { countWords, foldForMatching, foldWord } from '../speed/fold-fast.js';
import { hasNoSpaceScript, measureWords } from '../speed/word-measure.js';
import type { Token } from '../text/tokenize.js';
import { CAPITAL, CLAUSE_BREAK, MAX_DESCRIPTOR_WORDS, hasCase, spanText, speakerPart, subjectBefore, subjectOpeningSentence, type TextWindow } from './speaker-words.js';
import { wordsOf } from '../words/words-of.js';
import { formsOfWord, type WordFormRules } from '../entities/word-forms.js';
import { SpeakerResolver, genderOfVerb, speakerOf, type CompiledSpeakerCues } from './speaker-resolution.js';

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
/** The words before a verb that may all be the speaker (`পানি উন্নয়ন বোর্ডের নির্বাহী প্রকৌশলী রফিকুল ইসলাম বলেন`). */
const MAX_WORDS_BEFORE_VERB = 7;
/** The words after a verb read for the speaker, in comma-separated parts (`Waziri wa Maji, Juma Hamisi, wakati…`). */
const MAX_WORDS_AFTER_VERB = 12;
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
 * extractQuotes(blocks, mentions, quoteCuesFor(languages, 'vi'), rules, speakerCuesOf('vi'), text)[0]?.speaker?.name; // 'Abdoulaye Diop'
 */
export function extractQuotes(blocks: readonly ClassifiedBlock[], mentions: readonly Mention[], cues: QuoteCues, rules: WordFormRules, speakerCues: CompiledSpeakerCues, text: string): Quote[] {
  const quotes: Quote[] = [];
  // A name the registry does not hold speaks when it is a person's: an organisation's is often the speaker's (`Chủ tịch UBND tỉnh`, `অধিদপ্তরের মহাপরিচালক`).
  const articleNames = mentions.filter((mention) => SPEAKER_TYPES.has(mention.type) && ARTICLE_ROLES.includes(mention.role));
  const speakers = articleNames.filter((mention) => mention.entityId !== null || mention.type === 'person');
  let resolver: SpeakerResolver | undefined;
  /** Named speakers and their verbs, whose gender the resolver learns when it is built. */
  const heard: [Speaker, string][] = [];
  // Built on the first description or gendered verb: most pages name every speaker.
  const resolverOf = (): SpeakerResolver => {
    if (resolver) return resolver;
    resolver = new SpeakerResolver(articleNames, text, speakerCues);
    for (const [speaker, verb] of heard) resolver.noteGender(speaker, verb);
    return resolver;
  };
  const described = (words: string, at: number, clause: string): Speaker => resolverOf().resolve(words, at, clause);
  let previous: { quote: Quote; blockIndex: number } | null = null;
  const articleBlocks = blocks.filter((block) => ARTICLE_ROLES.includes(block.role));
  /** The pieces of a quote running over paragraphs that wait for the speaker its last piece gives. */
  let waiting: Quote[] = [];
  for (const [blockIndex, block] of articleBlocks.entries()) {
    const { spans, unclosed } = scanQuotes(block.text);
    // A quote left open at a paragraph's end runs on when the next paragraph opens with a quote mark.
    const runsOn = unclosed !== -1 && opensWithQuote(articleBlocks[blockIndex + 1]?.text ?? '');
    if (runsOn) spans.push({ start: unclosed + 1, end: block.text.trimEnd().length, outerStart: unclosed, outerEnd: block.text.length });
    if (!runsOn && !(spans.length > 0 && opensWithQuote(block.text))) waiting = [];
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
      let speaker: Speaker | null = null;
      /** The quote's sentence outside its marks: what else it says of the speaker (`on condition of anonymity`). */
      let clause = '';
      let cue: string | undefined;
      if (!scare) {
        // A scare quote inside the sentence ("في "تويتر"") does not end the window; another full quote does.
        const sentenceStart = Math.max(lastEndAtOrBefore(sentenceEnds, span.outerStart), previousFullEnd(spans, isScare, i));
        const sentenceEnd = Math.min(block.text.length, firstEndAfter(sentenceEnds, span.outerEnd), nextFullStart(spans, isScare, i));
        const after = window(block, span.outerEnd, sentenceEnd, speakers);
        const before = window(block, sentenceStart, span.outerStart, speakers);
        clause = `${before.text} ${after.text}`;
        const afterQuote = attribute(after, cues, rules, 'after');
        const attribution = afterQuote ?? attribute(before, cues, rules, 'before');
        const continued = previous && previous.blockIndex >= blockIndex - 1 && previous.quote.speaker ? previous.quote.speaker : null;
        if (attribution?.speaker) {
          speaker = attribution.speaker;
          cue = attribution.cue;
        } else if (attribution) {
          // A verb with no name after it: the subject marked before the quote (`상인회장은 "…"고 말했다`), else a name in the quote's own sentence, else the previous speaker.
          const subject = subjectBefore(before.text, cues.subjectParticles, cues.subjectSuffixes) ?? (afterQuote ? subjectOpeningSentence(before.text, MAX_WORDS_BEFORE_VERB - 1) : null);
          const ownSentence = [...after.mentions, ...before.mentions].find((m) => m.type === 'person');
          speaker = subject ? { entityId: null, name: subject, type: 'description', resolved: false } : ownSentence ? speakerOf(ownSentence) : continued;
          cue = attribution.cue;
          // A verb whose ending gives the speaker's gender (`dodała`, `قالت`) rules out a previous speaker of the other.
          const gender = !subject && !ownSentence && speakerCues.verbEndings.length > 0 ? genderOfVerb(speakerCues, cue) : null;
          if (gender && (speaker === null || speaker.type === 'person')) {
            const known = speaker ? resolverOf().genderOf(speaker) : null;
            if (known !== gender) speaker = resolverOf().personOfGender(gender, start, cue) ?? (known === null ? speaker : null);
          }
        } else {
          // No verb: the person named earlier in the paragraph, else the speaker of the quote this one continues.
          const earlier = speakers.filter((m) => m.start >= offset && m.end <= offset + span.outerStart && m.type === 'person').at(-1);
          speaker = earlier ? speakerOf(earlier) : continued;
        }
      }
      if (speaker && !speaker.resolved && speaker.as === undefined && speaker.type === 'description') {
        // A description that holds a person's name gives the name (`Şirketin genel müdürü Marta Olsen`, `마르타 올센 최고경영자`).
        // The last name in it: a title after a name names another's office (`피해자 모임 대표 김민지 씨`).
        const name = speakers.filter((m) => m.type === 'person' && m.start >= offset && m.end <= offset + block.text.length && speaker!.name.includes(m.surface)).at(-1);
        speaker = name ? speakerOf(name) : described(speaker.name, start, clause);
      }
      if (speaker?.type === 'person' && speaker.as === undefined && cue !== undefined) {
        if (resolver) resolver.noteGender(speaker, cue);
        else heard.push([speaker, cue]);
      }
      // The fields in the schema's order, so that the JSON reads the same as the schema.
      const quote: Quote = { text, start, end: start + text.length, speaker, ...(cue !== undefined && { cue }), scare };
      if (!scare) previous = { quote, blockIndex };
      quotes.push(quote);
      const continues = runsOn && i === spans.length - 1;
      if (continues && !quote.speaker) waiting.push(quote);
      else if (!continues && waiting.length > 0 && i === 0 && quote.speaker) {
        // The last piece of a quote over paragraphs names who said all of it.
        for (const piece of waiting) piece.speaker = quote.speaker;
        waiting = [];
      }
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

interface Window extends TextWindow {
  mentions: Mention[];
}

function window(block: ClassifiedBlock, from: number, to: number, speakers: readonly Mention[]): Window {
  const start = block.contentStart + from;
  const end = block.contentStart + Math.max(from, to);
  const text = block.text.slice(from, Math.max(from, to));
  return { text, start, tokens: wordsOf(text, start), mentions: speakers.filter((m) => m.start >= start && m.end <= end) };
}

function attribute(win: Window, cues: QuoteCues, rules: WordFormRules, side: 'before' | 'after'): { speaker: Speaker | null; cue: string } | null {
  const cue = findCue(win.tokens, cues.speechVerbs, rules, side);
  if (!cue) return null;
  const cueStart = win.tokens[cue.first]!.start;
  const cueEnd = win.tokens[cue.last]!.end;
  const cueText = win.text.slice(cueStart - win.start, cueEnd - win.start);
  const linked = (mention: Mention | undefined) => (mention ? { speaker: speakerOf(mention), cue: cueText } : null);

  for (const [k, token] of win.tokens.entries()) {
    if (!cues.sourceMarkers.includes(foldWord(token.text))) continue;
    const next = win.tokens[k + 1];
    const marked = next && win.mentions.find((m) => m.start === next.start || (m.start > token.end && m.start <= next.start + 1));
    if (marked && marked.start > cueEnd) return linked(marked);
  }
  const limit = win.tokens[Math.min(win.tokens.length - 1, cue.last + SUBJECT_AFTER_VERB)]?.end ?? cueEnd;
  // A medium right after the verb is who was told (`рассказал РИА Новости местный житель`), not who speaks.
  const afterVerb = win.mentions.find((m) => m.start >= cueEnd && m.start <= limit && m.type !== 'media');
  if (afterVerb) return linked(afterVerb);
  // A person set by commas beside the title after the verb (`kata Kepala Badan …, Rudi Hartono`).
  const apposition = win.mentions.find((m) => m.type === 'person' && m.start > cueEnd && isApposition(win.text.slice(cueEnd - win.start, m.start - win.start)));
  if (apposition) return linked(apposition);
  const beforeVerb = win.mentions.filter((m) => m.end <= cueStart).at(-1);
  if (beforeVerb) return linked(beforeVerb);
  // A medium told right after the verb is read with the verb, and the speaker after it (`рассказал РИА Новости местный житель`).
  const told = win.mentions.find((m) => m.type === 'media' && m.start >= cueEnd && win.text.slice(cueEnd - win.start, m.start - win.start).trim() === '');
  const toldEnd = told ? win.tokens.findIndex((token) => token.end === told.end) : -1;
  const descriptor = describe(win, toldEnd > cue.last ? { first: cue.first, last: toldEnd } : cue, cues, side);
  return { speaker: descriptor ? { entityId: null, name: descriptor, type: 'description', resolved: false } : null, cue: cueText };
}

/** Whether the words between a verb and a name are a title set off by a comma: no sentence break, at most {@link MAX_WORDS_AFTER_VERB} words. */
function isApposition(between: string): boolean {
  return /^\s+\S[^.;:!?。！？]*,\s*$/u.test(between) && between.trim().split(/\s+/u).length <= MAX_WORDS_AFTER_VERB;
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
  // A comma right after the verb opens another clause (`she said, adding that…`): the speaker is before the verb.
  const gapAfter = after.length > 0 && /^\s*$/u.test(win.text.slice(win.tokens[cue.last]!.end - win.start, after[0]!.start - win.start));
  const afterVerb = gapAfter ? spanText(win, speakerPart(win, after)) : null;
  const beforeVerb = speakerBeforeVerb(win, win.tokens.slice(0, cue.first), cues);
  const cased = hasCase(win.text);
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
  const marked = subjectBefore(joined, cues.subjectParticles, cues.subjectSuffixes);
  if (marked) return marked;
  if (!CLAUSE_BREAK.test(joined)) {
    if (before.length <= MAX_WORDS_BEFORE_VERB) return joined;
    // A long subject with a relative clause is described by its head (`یک منبع آگاه که نخواست نامش فاش شود` → `یک منبع آگاه`).
    const stop = before.findIndex((token, i) => i > 0 && cues.descriptorStops.has(foldWord(token.text)));
    return stop > 0 && stop <= MAX_WORDS_BEFORE_VERB ? spanText(win, before.slice(0, stop)) : null;
  }
  let best: { text: string; capitals: number } | null = null;
  for (const part of joined.split(CLAUSE_BREAK).map((text) => text.trim())) {
    const words = part.split(/\s+/u).filter((word) => word !== '');
    const capitals = words.filter((word) => CAPITAL.test(word)).length;
    if (words.length <= MAX_DESCRIPTOR_WORDS && capitals >= 2 && capitals >= (best?.capitals ?? 0)) best = { text: part, capitals };
  }
  return best?.text ?? null;
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
 * “…”, „…“, «…», »…«, 「…」, 『…』, ”…” …), and straight double and single quotes, which no locale
 * lists but keyboards type (`'Türkiye güçlü bir ülkedir' dedi`).
 */
const OPENERS: Record<string, string> = { '"': '"', "'": "'" };
for (const { open, close } of loadCoreData().quoteMarks.pairs) if (!(OPENERS[open] ?? '').includes(close)) OPENERS[open] = (OPENERS[open] ?? '') + close;

/** Single marks that are also apostrophes (`don’t`, `l’État`): inside a word they neither open nor close a quote. */
const APOSTROPHES = new Set(['’', '‘', '‛', "'"]);

/** 1 for every code unit that opens or closes a quote: one array read per character. */
const QUOTE_MARKS = new Uint8Array(0x10000);
for (const char of [...Object.keys(OPENERS), ...Object.values(OPENERS)].join('')) QUOTE_MARKS[char.charCodeAt(0)] = 1;

/**
 * The outermost quotes of a paragraph, each with its marks, in order; unclosed quotes are dropped.
 * An opening mark typed again before a space or the end closes the quote it opened: `« Nous
 * partons «` as some sites type it.
 *
 * @example
 * findQuoteSpans('Diop nói: “Chúng tôi… «x»”.'); // [{ start: 11, end: 25, outerStart: 10, outerEnd: 26 }]
 */
export function findQuoteSpans(text: string): QuoteSpan[] {
  return scanQuotes(text).spans;
}

/** The closed quotes of a paragraph, and where a quote left open at its end starts (-1 when none). */
function scanQuotes(text: string): { spans: QuoteSpan[]; unclosed: number } {
  const spans: QuoteSpan[] = [];
  const stack: { mark: string; at: number }[] = [];
  for (let i = 0; i < text.length; i++) {
    // Most characters are no quote mark: one array read skips them.
    if (QUOTE_MARKS[text.charCodeAt(i)] === 0) continue;
    const char = text[i]!;
    const top = stack.at(-1);
    const inWord = APOSTROPHES.has(char) && /\p{L}/u.test(text[i - 1] ?? '') && /\p{L}/u.test(text[i + 1] ?? '');
    if (inWord) continue;
    const closes = top && (OPENERS[top.mark]!.includes(char) || (char === top.mark && closingPosition(text, i)));
    if (closes && !(APOSTROPHES.has(char) && /\p{L}/u.test(text[i + 1] ?? ''))) {
      stack.pop();
      if (stack.length === 0) spans.push({ start: top.at + 1, end: i, outerStart: top.at, outerEnd: i + 1 });
      continue;
    }
    if (char in OPENERS && !(APOSTROPHES.has(char) && /\p{L}/u.test(text[i - 1] ?? ''))) stack.push({ mark: char, at: i });
  }
  return { spans, unclosed: stack[0]?.at ?? -1 };
}

/** Whether an opening mark, typed again while its quote is open, closes it: before a space, a sentence mark or the end (a nested quote opens onto its first word). */
function closingPosition(text: string, i: number): boolean {
  return /^(?:\s|[.,;:!?)]|$)/u.test(text[i + 1] ?? '');
}

/** Whether a paragraph opens with a quote mark: the continuation of a quote the paragraph before left open. */
function opensWithQuote(text: string): boolean {
  const first = text.trimStart()[0];
  return first !== undefined && first in OPENERS && first !== "'";
}
