import { z } from 'zod';
import { getDomain } from 'tldts';
import { SegmentRoleSchema } from '../schema/article.js';
import { LanguageCodeSchema } from '../schema/article.js';

/** Cues for one role: a line that equals, starts with, contains, or matches one of them gets the role. */
export const RoleCuesSchema = z
  .object({
    exact: z.array(z.string().min(1)).default([]),
    prefix: z.array(z.string().min(1)).default([]),
    contains: z.array(z.string().min(1)).default([]),
    regex: z.array(z.string().min(1)).default([]),
  })
  .strict();
export type RoleCues = z.infer<typeof RoleCuesSchema>;

const CueRoleSchema = z.enum(['navigation', 'caption', 'credit', 'source', 'translation-note', 'related', 'comments', 'embed', 'promo']);
export type CueRole = z.infer<typeof CueRoleSchema>;

/**
 * A per-language data file (`data/languages/<code>/page.json`): boilerplate cues by role, the order of
 * day and month in numeric dates, the words that introduce an attribution, and publication-date labels.
 * A language starts with what it has: every list but the roles may be left out.
 *
 * @example
 * LanguageDataSchema.parse({ language: 'pl', name: 'Polish', dateOrder: 'dmy', roles: {}, attributionCues: ['według'], publishedLabels: [], speechVerbs: ['powiedział'], quoteSourceMarkers: [], descriptorStops: ['na'] });
 */
export const LanguageDataSchema = z
  .object({
    language: LanguageCodeSchema,
    name: z.string(),
    dateOrder: z.enum(['dmy', 'mdy', 'ymd']),
    roles: z.partialRecord(CueRoleSchema, RoleCuesSchema),
    /** Words before a cited agency or outlet (`according to`, `według`, `据`). */
    attributionCues: z.array(z.string().min(1)).default([]),
    /** Words after a cited agency or outlet (`によると`, `에 따르면`, `के अनुसार`, `zufolge`). */
    attributionCuesAfter: z.array(z.string().min(1)).default([]),
    /** What ends a wire's dateline written right after the agency and the place (`电` of `新华社北京3月5日电`). */
    datelineEnds: z.array(z.string().min(1)).default([]),
    /** Verbs by which a source reports (`reported`, `сообщает`, `ذكرت`), besides the speech verbs. */
    reportingVerbs: z.array(z.string().min(1)).default([]),
    publishedLabels: z.array(z.string().min(1)).default([]),
    /** Verbs and phrases that introduce or follow a direct quote (`powiedział`, `قال`, `cho hay`). */
    speechVerbs: z.array(z.string().min(1)).default([]),
    /** Words after which the name is the quote's source although another name is the reporter (`نقل الكرملين عن غويتا`). */
    quoteSourceMarkers: z.array(z.string().min(1)).default([]),
    /** Words that end a speaker description (`napisał malijski dyplomata na X` → `malijski dyplomata`). */
    descriptorStops: z.array(z.string().min(1)).default([]),
    /** Words a site-name line pairs with the site's name (`Home` in `The Harbour Gazette | Home`). */
    homeWords: z.array(z.string().min(1)).default([]),
    /** What a copyright line says after or before the owner's name (`All rights reserved`, `版权所有`). */
    rightsReserved: z.array(z.string().min(1)).default([]),
    /** What marks the speaker before a quote whose verb follows it: particles standing alone (`は`, `نے`, `ने`) and word endings (`은`, `는`). */
    subjectMarkers: z
      .object({ particles: z.array(z.string().min(1)).default([]), suffixes: z.array(z.string().min(1)).default([]) })
      .strict()
      .default({ particles: [], suffixes: [] }),
    /** How a byline names the reporter: a word before the name (`By`, `Von`, `מאת`), a word after it (`기자`, `記者`), or a whole line (`Staff reporter`). */
    bylines: z
      .object({
        before: z.array(z.string().min(1)).default([]),
        after: z.array(z.string().min(1)).default([]),
        exact: z.array(z.string().min(1)).default([]),
      })
      .strict()
      .default({ before: [], after: [], exact: [] }),
  })
  .strict();
export type LanguageData = z.infer<typeof LanguageDataSchema>;

/** Reports every repeated `id` of a list as an issue at its path; returns the ids seen. */
function checkUniqueIds(items: readonly { id: string }[], key: string, ctx: z.RefinementCtx): Set<string> {
  const seen = new Set<string>();
  for (const [index, item] of items.entries()) {
    if (seen.has(item.id)) ctx.addIssue({ code: 'custom', path: [key, index, 'id'], message: `duplicate id ${item.id}` });
    seen.add(item.id);
  }
  return seen;
}

/** What a medium does: publish (outlet), supply wire copy, supply photos. */
export const MediaRoleSchema = z.enum(['outlet', 'wire-agency', 'photo-agency']);

/**
 * One outlet or agency of the media registry (`data/media.json`).
 *
 * @example
 * MediumSchema.parse({ id: 'tass', name: 'TASS', roles: ['wire-agency'], domains: ['tass.ru'], country: 'RU', languages: ['ru'], ownership: 'state-owned', aliases: ['TASS', 'ТАСС'] });
 */
export const MediumSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    name: z.string().min(1),
    roles: z.array(MediaRoleSchema).min(1),
    domains: z.array(z.string().regex(/^[a-z0-9.-]+\.[a-z]{2,}$/)),
    country: z.string().regex(/^[A-Z]{2}$/).nullable(),
    languages: z.array(LanguageCodeSchema),
    ownership: z.enum(['state-owned', 'state-funded', 'state-affiliated', 'public-service', 'public-corporation', 'private', 'cooperative', 'unknown']),
    aliases: z.array(z.string().min(1)),
    editionOf: z.string().optional(),
    /** Names by which the outlet signs its own source lines ("المصدر: الميادين نت"). */
    sourceNames: z.array(z.string().min(1)).optional(),
    /**
     * Aliases that are also common words or names (Arabic `الجزيرة` "the island", `قنا` "canal",
     * Indonesian `Antara` "between"): they name the medium only where the text cites a source (a
     * credit, a dateline, a source line, an attribution cue) and never make a mention on their own.
     */
    citedOnly: z.array(z.string().min(1)).optional(),
    /** Where the entry's facts were checked: a web page, or a seed file (`seeds/…`). */
    sources: z.array(z.string().regex(/^(https?:\/\/|seeds\/)\S+$/, 'expected a URL or a seeds/ path')).optional(),
  })
  .strict();
export type Medium = z.infer<typeof MediumSchema>;

export const MediaRegistrySchema = z
  .object({ $comment: z.string().optional(), media: z.array(MediumSchema) })
  .strict()
  .superRefine((registry, ctx) => {
    const seen = checkUniqueIds(registry.media, 'media', ctx);
    const owners = new Map<string, string>();
    for (const [index, medium] of registry.media.entries()) {
      for (const [at, domain] of medium.domains.entries()) {
        // A public suffix alone (`co.uk`) would claim every site under it.
        if (getDomain(domain) === null) ctx.addIssue({ code: 'custom', path: ['media', index, 'domains', at], message: `${domain} is a public suffix, not a site's domain` });
        const owner = owners.get(domain);
        if (owner !== undefined) ctx.addIssue({ code: 'custom', path: ['media', index, 'domains', at], message: `${domain} is also a domain of ${owner}` });
        owners.set(domain, medium.id);
      }
      for (const [at, alias] of (medium.citedOnly ?? []).entries()) {
        if (!medium.aliases.includes(alias)) ctx.addIssue({ code: 'custom', path: ['media', index, 'citedOnly', at], message: `${alias} is not an alias of ${medium.id}` });
      }
      if (medium.editionOf && !seen.has(medium.editionOf)) {
        ctx.addIssue({ code: 'custom', path: ['media', index, 'editionOf'], message: `unknown medium ${medium.editionOf}` });
      }
    }
  });
export type MediaRegistry = z.infer<typeof MediaRegistrySchema>;

/** House-style fingerprints (`data/fingerprints.json`). */
export const FingerprintsSchema = z
  .object({
    $comment: z.string().optional(),
    /** The least combined confidence that names an outlet: below it, one weak pattern shared by many sites says nothing. */
    minConfidence: z.number().min(0).max(1),
    maxConfidence: z.number().min(0).max(1),
    fingerprints: z.array(
      z.object({ outlet: z.string(), weight: z.number().gt(0).lt(1), regex: z.string(), description: z.string() }).strict(),
    ),
  })
  .strict()
  .refine((fingerprints) => fingerprints.minConfidence <= fingerprints.maxConfidence, { message: 'minConfidence is above maxConfidence', path: ['minConfidence'] });
export type Fingerprints = z.infer<typeof FingerprintsSchema>;

const DateFormatSchema = z
  .object({ id: z.string(), regex: z.string(), numericOrder: z.enum(['language', 'dmy', 'mdy']) })
  .strict();
export type DateFormat = z.infer<typeof DateFormatSchema>;

/** Numeric date forms for datelines and URLs (`data/date-formats.json`). */
export const DateFormatsSchema = z
  .object({ $comment: z.string().optional(), datelines: z.array(DateFormatSchema), urls: z.array(DateFormatSchema) })
  .strict();
export type DateFormats = z.infer<typeof DateFormatsSchema>;

/** Machine-translation tools (`data/translation-tools.json`). */
export const TranslationToolsSchema = z
  .object({
    $comment: z.string().optional(),
    tools: z.array(z.object({ name: z.string(), aliases: z.array(z.string().min(1)).min(1) }).strict()),
  })
  .strict();
export type TranslationTools = z.infer<typeof TranslationToolsSchema>;

const RECORD_FIELDS = ['url', 'title', 'text', 'html', 'published', 'modified', 'fetched', 'outlet', 'language', 'authors', 'section'] as const;
const FieldMapSchema = z.partialRecord(z.enum(RECORD_FIELDS), z.array(z.string().min(1)).min(1));

/**
 * The export formats of news-collection tools (`data/export-formats.json`): how to recognise a
 * record of each, and which of its keys hold each polynews field.
 *
 * @example
 * ExportFormatsSchema.parse({ formats: [{ name: 'news-please', detect: ['maintext'], fields: { text: ['maintext'] } }], own: { text: ['text'] } });
 */
export const ExportFormatsSchema = z
  .object({
    $comment: z.string().optional(),
    formats: z.array(z.object({ name: z.string().min(1), detect: z.array(z.string().min(1)).min(1), fields: FieldMapSchema }).strict()),
    own: FieldMapSchema,
  })
  .strict();
export type ExportFormats = z.infer<typeof ExportFormatsSchema>;

/**
 * Sets of close languages (`data/close-languages.json`) that detectors confuse, such as Indonesian and Malay.
 *
 * @example
 * CloseLanguagesSchema.parse({ sets: [{ languages: ['id', 'ms'], markers: { id: ['setelah'], ms: ['selepas'] } }] });
 */
export const CloseLanguagesSchema = z
  .object({
    $comment: z.string().optional(),
    sets: z.array(
      z
        .object({
          languages: z.array(LanguageCodeSchema).min(2),
          /** Words of one member that the others say or spell otherwise. */
          markers: z.record(LanguageCodeSchema, z.array(z.string().min(2))).optional(),
        })
        .strict()
        .refine((set) => Object.keys(set.markers ?? {}).every((language) => set.languages.includes(language)), { message: 'markers name a language outside the set' }),
    ),
  })
  .strict();
export type CloseLanguages = z.infer<typeof CloseLanguagesSchema>;

/**
 * Languages written in more than one script, and the Han characters of each Chinese script
 * (`data/language-scripts.json`, generated by scripts/generate-language-scripts.mjs from CLDR).
 *
 * @example
 * LanguageScriptsSchema.parse({ languages: { sr: ['Cyrl', 'Latn'] }, han: { Hans: '们', Hant: '們' }, soleLanguages: { Thai: 'th' } });
 */
export const LanguageScriptsSchema = z
  .object({
    $comment: z.string().optional(),
    languages: z.record(LanguageCodeSchema, z.array(z.string().regex(/^[A-Z][a-z]{3}$/)).min(2)),
    han: z.object({ Hans: z.string(), Hant: z.string() }).strict(),
    /** Scripts (Unicode script codes) only one of the detector's languages is written in: `Thai` → `th`, `Hang` → `ko`. */
    soleLanguages: z.record(z.string().regex(/^[A-Z][a-z]{3}$/), LanguageCodeSchema),
  })
  .strict();
export type LanguageScripts = z.infer<typeof LanguageScriptsSchema>;

/**
 * The quotation marks of Unicode CLDR (`data/quote-marks.json`, generated by
 * scripts/generate-quote-marks.mjs): each opening and closing pair and the languages that use it.
 *
 * @example
 * QuoteMarksSchema.parse({ pairs: [{ open: '「', close: '」', languages: ['ja', 'zh'] }] });
 */
export const QuoteMarksSchema = z
  .object({
    $comment: z.string().optional(),
    pairs: z.array(z.object({ open: z.string().length(1), close: z.string().length(1), languages: z.array(z.string().min(2)) }).strict()).min(1),
  })
  .strict();
export type QuoteMarks = z.infer<typeof QuoteMarksSchema>;

/**
 * What HTML markup says about a line's role (`data/markup.json`).
 *
 * @example
 * MarkupSchema.parse({ elements: { nav: 'navigation' }, classes: { share: 'promo' }, blocks: ['p'], skip: ['script'] });
 */
export const MarkupSchema = z
  .object({
    $comment: z.string().optional(),
    elements: z.record(z.string(), SegmentRoleSchema),
    classes: z.record(z.string(), SegmentRoleSchema),
    blocks: z.array(z.string().min(1)),
    skip: z.array(z.string().min(1)),
  })
  .strict();
export type Markup = z.infer<typeof MarkupSchema>;

const FieldSourceNameSchema = z.enum(['metadata', 'json-ld', 'html-meta', 'markup', 'url', 'dateline', 'text', 'source-line', 'fingerprint']);

/**
 * Which source wins when several give a field, and when two disagree enough to warn (`data/precedence.json`).
 *
 * @example
 * PrecedenceSchema.parse({ published: ['metadata', 'dateline', 'url'], title: ['metadata', 'text'], outlet: ['metadata', 'source-line'], warnWhenPublishedDaysApart: 1 });
 */
export const PrecedenceSchema = z
  .object({
    $comment: z.string().optional(),
    published: z.array(FieldSourceNameSchema).min(1),
    title: z.array(FieldSourceNameSchema).min(1),
    outlet: z.array(FieldSourceNameSchema).min(1),
    warnWhenPublishedDaysApart: z.number().min(0),
  })
  .strict();
export type Precedence = z.infer<typeof PrecedenceSchema>;

/**
 * When bytes are read as UTF-8 and when the text is too damaged to keep (`data/decoding.json`).
 *
 * @example
 * DecodingRulesSchema.parse({ maxInvalidUtf8Share: 0.2, maxReplacementShare: 0.2 });
 */
export const DecodingRulesSchema = z
  .object({
    $comment: z.string().optional(),
    /** Bytes that are UTF-8 apart from at most this share of invalid sequences among the non-ASCII ones are read as UTF-8 (U+FFFD for the bad bytes); above it, as a legacy code page. */
    maxInvalidUtf8Share: z.number().min(0).max(1),
    /** Share of U+FFFD among the non-space characters above which the text is judged undecodable rather than damaged. */
    maxReplacementShare: z.number().min(0).max(1),
  })
  .strict();
export type DecodingRules = z.infer<typeof DecodingRulesSchema>;

/**
 * Month and weekday names of one language (`data/languages/<code>/calendar.json`), with the inflected and
 * abbreviated forms that news text uses (Polish `lutego`, Russian `ноября`, Arabic `آذار` beside
 * `مارس`). Months run January to December, weekdays Monday to Sunday.
 *
 * @example
 * CalendarSchema.parse({ language: 'en', months: [['January'], ['February'], ['March'], ['April'], ['May'], ['June'], ['July'], ['August'], ['September'], ['October'], ['November'], ['December']], weekdays: [['Monday'], ['Tuesday'], ['Wednesday'], ['Thursday'], ['Friday'], ['Saturday'], ['Sunday']], dayMonthWords: ['on'], monthWords: ['in'], yearWords: ['in'], yearSuffixes: [], patterns: [] });
 */
export const CalendarSchema = z
  .object({
    $comment: z.string().optional(),
    language: LanguageCodeSchema,
    /** Month names beyond CLDR's (inflected forms such as Polish `lutym`, other names such as Levantine `آذار`); optional where CLDR's are enough. */
    months: z.array(z.array(z.string().min(1))).length(12).optional(),
    weekdays: z.array(z.array(z.string().min(1))).length(7).optional(),
    /** Parts of the day written onto a weekday as one word (German `abend`: `Montagabend`, Monday evening). */
    weekdaySuffixes: z.array(z.string().min(1)).optional(),
    /** Weekday names match only with the case written here (Vietnamese `thứ Hai` is Monday, `thứ hai` "second"). */
    weekdaysCaseSensitive: z.boolean().optional(),
    /** Words right before a day and month without a year that make it a date (`ngày 30.6`). */
    dayMonthWords: z.array(z.string().min(1)).default([]),
    /** Words right before a month name standing alone that make it a date (`w marcu`, `في يوليو`). */
    monthWords: z.array(z.string().min(1)).default([]),
    /** Words right after a month name standing alone that make it a date, where the language puts them after (`दिसंबर तक`, `eylül ortasına`, `اگست میں`). */
    monthWordsAfter: z.array(z.string().min(1)).default([]),
    /** Words right before a bare four-digit number that make it a year (`năm 2013`, `od 2012`, `عام 2022`). */
    yearWords: z.array(z.string().min(1)).default([]),
    /** Words right after a bare year that make it a year (`2012 r.`, `2021 года`). */
    yearSuffixes: z.array(z.string().min(1)).default([]),
    /** Extra date forms of the language: regular expressions with named groups d, m, y (numbers). A form that starts with a lookbehind (`(?<!\\d)`) sets its own boundary; others may not follow a letter or digit. */
    patterns: z.array(z.string().min(1)).default([]),
    /** Relative expressions CLDR lacks (Arabic `منذ {0} أيام` beside CLDR's `قبل {0} أيام`), in the generated file's form. */
    relative: z.lazy(() => RelativeExpressionsSchema.partial()).optional(),
    /** am and pm words CLDR lacks (Hindi `पूर्वाह्न`, `अपराह्न`). */
    dayPeriods: z.object({ am: z.array(z.string().min(1)).optional(), pm: z.array(z.string().min(1)).optional() }).strict().optional(),
    /** Words that join a date to its time that CLDR's patterns lack (Turkish `saat`, Italian `alle` beside CLDR's `alle ore`). */
    dateTimeJoiners: z.array(z.string().min(1)).optional(),
    /** Duration forms CLDR lacks (English `{0} hrs`), in the generated file's form. */
    durationUnits: z.lazy(() => DurationUnitsSchema).optional(),
    /** Words of relative expressions CLDR lacks: spellings of its direction words, approximations, words for one. */
    relativeWords: z.lazy(() => RelativeWordsSchema).optional(),
    /** Eras written before a year (`令和6年`, `民國113年`): the calendar, the era's names, and for Japanese eras CLDR's era code (its start comes from CLDR). */
    eras: z
      .array(
        z
          .object({ calendar: z.enum(['roc', 'japanese']), names: z.array(z.string().min(1)).min(1), code: z.string().optional() })
          .strict()
          .refine((era) => era.calendar !== 'japanese' || era.code !== undefined, { message: 'a Japanese era needs its CLDR code' }),
      )
      .optional(),
    /** Month names of another calendar the language writes dates in (Persian `دی` of the Solar Hijri calendar), January-like first month first. */
    otherMonths: z.array(z.object({ calendar: z.enum(['persian', 'islamic']), months: z.array(z.array(z.string().min(1)).min(1)).length(12) }).strict()).optional(),
    /** Years that belong to another calendar when the language writes them (Thai `2567` is Buddhist, Persian `1402` Solar Hijri). */
    yearCalendars: z.array(z.object({ calendar: z.enum(['buddhist', 'persian', 'islamic']), from: z.number().int(), to: z.number().int() }).strict()).optional(),
    /** Time-zone abbreviations CLDR lacks for the language (`MSK`), with their UTC offsets. */
    timeZones: z.record(z.string().regex(/^\p{Lu}{2,5}$/u), z.string().regex(/^[+-]\d{2}:\d{2}$/u)).optional(),
  })
  .strict();
export type Calendar = z.infer<typeof CalendarSchema>;

const UNIT = z.enum(['second', 'minute', 'hour', 'day', 'week', 'month', 'year']);
/** Offsets of named relative days and periods: `-1` (yesterday, last week) to `2` (the day after tomorrow). */
const NAMED_OFFSETS = z.partialRecord(z.enum(['-2', '-1', '0', '1', '2']), z.array(z.string().min(1)));

/**
 * Relative-time expressions of a language, as CLDR gives them: named days (`-1`: yesterday),
 * named periods (`week` `-1`: last week) and counted expressions, where `{0}` stands for the number
 * (`{0} days ago`) or `count` gives it (Arabic `قبل يومين`, two days ago).
 *
 * @example
 * RelativeExpressionsSchema.parse({ days: { '-1': ['yesterday'] }, periods: { week: { '-1': ['last week'] } }, counted: [{ direction: 'past', unit: 'day', pattern: '{0} days ago' }] });
 */
export const RelativeExpressionsSchema = z
  .object({
    days: NAMED_OFFSETS,
    periods: z.partialRecord(UNIT, NAMED_OFFSETS),
    counted: z.array(
      z
        .object({
          direction: z.enum(['past', 'future']),
          unit: UNIT,
          pattern: z.string().min(1),
          count: z.number().int().positive().optional(),
        })
        .strict()
        .refine((entry) => entry.pattern.includes('{0}') !== (entry.count !== undefined), { message: 'a counted expression has either {0} or a count' }),
    ),
  })
  .strict();
export type RelativeExpressions = z.infer<typeof RelativeExpressionsSchema>;

/** The units of durations: those of relative expressions, and the decade (ten years). */
export const DURATION_UNITS = ['decade', 'year', 'month', 'week', 'day', 'hour', 'minute', 'second'] as const;

/**
 * Duration forms by unit, `{0}` where the number stands (`{0} Stunden`, `{0} Std.`, `{0}h`): what
 * relative expressions count in, each unit in every width, plural and case (CLDR's units).
 *
 * @example
 * DurationUnitsSchema.parse({ hour: ['{0} Stunde', '{0} Stunden', '{0} Std.', '{0}h'] });
 */
export const DurationUnitsSchema = z.partialRecord(z.enum(DURATION_UNITS), z.array(z.string().regex(/\{0\}/u, { message: 'a duration form holds {0} where the number stands' })));
export type DurationUnits = z.infer<typeof DurationUnitsSchema>;

/**
 * Words of relative expressions that CLDR's patterns lack, by what they do: words before or after a
 * duration that place it in the past or future (`il ya`, a common spelling of `il y a`; CLDR's own
 * are read from its patterns), approximations read as the count they qualify (`about`, `etwa`,
 * `khoảng`), and words that count one (`a`, `an`, `einer`, `une`).
 *
 * @example
 * RelativeWordsSchema.parse({ pastBefore: ['il ya'], approximately: ['environ', 'près de'], one: ['un', 'une'] });
 */
export const RelativeWordsSchema = z
  .object({
    pastBefore: z.array(z.string().min(1)).optional(),
    pastAfter: z.array(z.string().min(1)).optional(),
    futureBefore: z.array(z.string().min(1)).optional(),
    futureAfter: z.array(z.string().min(1)).optional(),
    approximately: z.array(z.string().min(1)).optional(),
    one: z.array(z.string().min(1)).optional(),
  })
  .strict();
export type RelativeWords = z.infer<typeof RelativeWordsSchema>;

/**
 * A language's calendar data generated from Unicode CLDR (`data/languages/<code>/calendar.cldr.json`,
 * written by `generators/cldr/generate-calendars.mjs`, never edited by hand): month and weekday
 * names and abbreviations, am/pm markers, the short date's day/month order, relative-time
 * expressions, time-zone abbreviations with offsets, and the Hijri month names.
 *
 * @example
 * CldrCalendarSchema.parse(JSON.parse(readFileSync('data/languages/pl/calendar.cldr.json', 'utf8'))).months[1]; // ['lutego', 'luty']
 */
export const CldrCalendarSchema = z
  .object({
    $comment: z.string(),
    language: LanguageCodeSchema,
    months: z.array(z.array(z.string().min(1))).length(12),
    monthAbbreviations: z.array(z.array(z.string().min(1))).length(12),
    weekdays: z.array(z.array(z.string().min(1))).length(7),
    weekdayAbbreviations: z.array(z.array(z.string().min(1))).length(7),
    /** am and pm markers, and the flexible day periods (`शाम`, evening) with their hours `[from, before)`, perhaps across midnight. */
    dayPeriods: z
      .object({ am: z.array(z.string().min(1)), pm: z.array(z.string().min(1)), ranges: z.record(z.string().min(1), z.tuple([z.number().int().min(0).max(24), z.number().int().min(0).max(24)])) })
      .strict(),
    dateOrder: z.enum(['dmy', 'mdy', 'ymd']),
    /** Words that join a date to its time after it (`at`, `um`, `في`), from CLDR's date-time patterns. */
    dateTimeJoiners: z.array(z.string().min(1)),
    /** CLDR's date patterns with the month as a word (`y. MMMM d.`, `d בMMMM y`): each language's own written order. */
    writtenDateForms: z.array(z.string().min(1)),
    relative: RelativeExpressionsSchema,
    /** Duration forms (CLDR units): the words relative expressions count in. */
    durationUnits: DurationUnitsSchema,
    timeZones: z.record(z.string(), z.string().regex(/^[+-]\d{2}:\d{2}$/u)),
    /** What joins the items of a list (`and`, `,`), from CLDR's list patterns: what joins the units of a compound duration. */
    listJoiners: z.array(z.string().min(1)),
    hijriMonths: z.array(z.array(z.string().min(1))).length(12).optional(),
  })
  .strict();
export type CldrCalendar = z.infer<typeof CldrCalendarSchema>;

/**
 * The languages `generators/cldr/generate-calendars.mjs` generated calendars for, those the
 * detector returns but CLDR lacks, and the start of each era of the other calendars polynews
 * converts (`data/cldr-calendars.json`).
 *
 * @example
 * CldrCalendarsIndexSchema.parse(JSON.parse(readFileSync('data/cldr-calendars.json', 'utf8'))).notInCldr; // ['tl']
 */
export const CldrCalendarsIndexSchema = z
  .object({
    $comment: z.string(),
    generated: z.array(LanguageCodeSchema),
    notInCldr: z.array(LanguageCodeSchema),
    eraStarts: z
      .object({
        buddhist: z.string(),
        persian: z.string(),
        islamic: z.string(),
        roc: z.string(),
        japanese: z.array(z.object({ code: z.string(), start: z.string() }).strict()),
      })
      .strict(),
  })
  .strict();
export type CldrCalendarsIndex = z.infer<typeof CldrCalendarsIndexSchema>;

/**
 * One language's rules for matching inflected and cliticised names
 * (`data/languages/<code>/inflection.json`): case endings stripped (longest first) from both the
 * alias and the text word before they are compared, when at least `minStem` letters remain
 * (Polish Ławrowa/Ławrowem → ławrow); proclitics stripped from the front of a text word, each with
 * what replaces it (Arabic و ف ب ك ل, and لل → ال as in للكرملين; French elision l' d').
 *
 * @example
 * InflectionRulesSchema.parse({ language: 'pl', minStem: 4, suffixes: ['a', 'em'] });
 */
export const InflectionRulesSchema = z
  .object({
    $comment: z.string().optional(),
    language: LanguageCodeSchema,
    minStem: z.number().int().min(1),
    suffixes: z.array(z.string().min(1)).default([]),
    prefixes: z.array(z.tuple([z.string().min(1), z.string()])).default([]),
  })
  .strict();
export type InflectionRules = z.infer<typeof InflectionRulesSchema>;

/** The inflection rules of every language that has them, by language code (see {@link InflectionRulesSchema}). */
export type Inflection = { languages: Record<string, Omit<InflectionRules, 'language' | '$comment'>> };

/** Words that stand before a name (`before`) or after it (`after`). */
const BeforeAfterSchema = z
  .object({ before: z.array(z.string().min(1)).default([]), after: z.array(z.string().min(1)).default([]) })
  .strict()
  .default({ before: [], after: [] });

/**
 * What tells a name in a language's text (`data/languages/<code>/names.json`), for names no registry
 * holds. In a script with case, a run of capitalised words is a name and these words type it; in a
 * script without case (Arabic, Hindi, Chinese…) they are what finds it: a title before or after a
 * person's name, a word that heads an organisation's or a place's name.
 *
 * @example
 * NameCuesSchema.parse({ language: 'en', personTitles: { before: ['President'] }, orgWords: { before: ['Ministry'] } });
 */
export const NameCuesSchema = z
  .object({
    $comment: z.string().optional(),
    language: LanguageCodeSchema,
    /** Titles and roles next to a person's name: `President`, `الرئيس`, `外交部长` before it; `大統領`, `대통령`, `氏` after it. */
    personTitles: BeforeAfterSchema,
    /** Words of an organisation's name: `Ministry`, `Bank` (anywhere in a capitalised name); `وزارة` before, `विभाग`, `局` after the words they head. */
    orgWords: BeforeAfterSchema,
    /** Words of a place's name, as `orgWords`: `River`, `Province`; `市`, `省` after. */
    placeWords: BeforeAfterSchema,
    /** Lower-case words inside names (`van`, `der`, `de`, `bin`). */
    particles: z.array(z.string().min(1)).default([]),
    /** Words before a place: a lone capitalised word after one is typed a place (`in`, `w`, `в`). */
    placePrepositions: z.array(z.string().min(1)).default([]),
    /** Capitalised words that name nothing, beyond the language's stop words (from `stopwords-iso`). */
    notNames: z.array(z.string().min(1)).default([]),
    /** Words that begin a title's description and are skipped before the name, in a script without case (Arabic `ال` of `الرئيس الروسي فلاديمير بوتين`). */
    modifierPrefixes: z.array(z.string().min(1)).default([]),
    /** The most words a name found by a title or a heading word may have, in a script without case. */
    maxNameWords: z.number().int().min(1).max(6).default(3),
    /** The fewest capitalised words a name has without a cue: 2 in Vietnamese, whose names capitalise every syllable (`Hà Nội`), while a lone capitalised syllable opens a common phrase (`Hồi giáo`). */
    minNameWords: z.number().int().min(1).max(3).default(1),
    /** Prefixes that join a word to the one before (Arabic `و`, "and"): a name found by a title or a heading word ends before a word with one. */
    conjunctionPrefixes: z.array(z.string().min(1)).default([]),
    /** The language capitalises every noun (German): a lone capitalised word is a name only with a cue. */
    capitalisesNouns: z.boolean().default(false),
  })
  .strict();
export type NameCues = z.infer<typeof NameCuesSchema>;

/**
 * Who speaks when the text gives no name (`data/languages/<code>/speakers.json`): pronouns with the
 * gender and number the language marks (null when it marks none), the words that make a described
 * speaker a group of people, an anonymous source or an organisation, and what marks a person's
 * gender: words beside the name, endings of speech verbs.
 *
 * @example
 * SpeakerCuesSchema.parse({ language: 'en', pronouns: [{ word: 'she', gender: 'f', number: 'sg' }], groups: ['authorities'], anonymous: ['sources'], organisations: ['ministry'] });
 */
export const SpeakerCuesSchema = z
  .object({
    $comment: z.string().optional(),
    language: LanguageCodeSchema,
    pronouns: z.array(z.object({ word: z.string().min(1), gender: z.enum(['m', 'f']).nullable(), number: z.enum(['sg', 'pl']) }).strict()).default([]),
    groups: z.array(z.string().min(1)).default([]),
    anonymous: z.array(z.string().min(1)).default([]),
    organisations: z.array(z.string().min(1)).default([]),
    /** Role words that make a description a person's, whatever organisation it names (`農水省の担当者`, `a ministry official`), beside the titles of `names.json`. */
    personRoles: z.array(z.string().min(1)).default([]),
    /** Words beside a person's name that mark their gender (`Mrs`, `pani`, `bà`, `Ministerin`, `女士`). */
    genderedWords: z.object({ m: z.array(z.string().min(1)).default([]), f: z.array(z.string().min(1)).default([]) }).strict().default({ m: [], f: [] }),
    /** Endings of speech verbs that mark the speaker's gender (Polish `powiedziała`, `-ła`; Arabic `قالت`, `ت`). */
    verbEndings: z.object({ m: z.array(z.string().min(1)).default([]), f: z.array(z.string().min(1)).default([]) }).strict().default({ m: [], f: [] }),
  })
  .strict();
export type SpeakerCues = z.infer<typeof SpeakerCuesSchema>;

/** An alias that is also a common word, and the entities whose presence makes it count. */
const AmbiguousAliasSchema = z
  .object({
    alias: z.string().min(1),
    means: z.string().min(1),
    context: z.array(z.string().min(1)).min(1),
    /** The article languages in which the alias is ambiguous (Polish `Mali` is also "small"); all when absent. */
    languages: z.array(LanguageCodeSchema).optional(),
  })
  .strict();

/**
 * One entity of the registry (`data/entities.json`, or a user file given with `--entities`).
 *
 * @example
 * EntitySchema.parse({ id: 'sergei-lavrov', name: 'Sergei Lavrov', type: 'person', aliases: { en: ['Sergei Lavrov', 'Lavrov'], ar: ['لافروف'] } });
 */
export const EntitySchema = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'expected a lower-case id such as "sergei-lavrov"'),
    name: z.string().min(1),
    type: z.enum(['person', 'place', 'org']),
    kind: z.string().min(1).optional(),
    aliases: z.record(LanguageCodeSchema, z.array(z.string().min(1)).min(1)),
    /** Names matched only on pages of their language (and English ones everywhere), as the CLDR gazetteer gives every place in every language. */
    localNames: z.record(LanguageCodeSchema, z.array(z.string().min(1)).min(1)).optional(),
    wikidata: z.string().regex(/^Q[1-9][0-9]*$/).optional(),
    ambiguous: z.array(AmbiguousAliasSchema).optional(),
  })
  .strict();
export type Entity = z.infer<typeof EntitySchema>;

/**
 * The gazetteer generated from CLDR (`data/gazetteer.cldr.json`): every country, territory and
 * world region by its ISO 3166 or UN M49 code, with its names by language.
 *
 * @example
 * GazetteerSchema.parse({ places: [{ code: 'PT', kind: 'country', names: { en: ['Portugal'], tr: ['Portekiz'] } }] });
 */
export const GazetteerSchema = z
  .object({
    $comment: z.string().optional(),
    places: z.array(
      z
        .object({
          code: z.string().regex(/^(?:[A-Z]{2}|\d{3})$/u),
          kind: z.enum(['country', 'region']),
          names: z.record(LanguageCodeSchema, z.array(z.string().min(1)).min(1)),
        })
        .strict(),
    ),
    /** Cities of time zones as each language spells them where it differs (CLDR's exemplar cities: `Europe/Moscow` → Mosca, Moskova). */
    cities: z.array(z.object({ zone: z.string().min(1), names: z.record(LanguageCodeSchema, z.array(z.string().min(1)).min(1)) }).strict()).default([]),
  })
  .strict();
export type Gazetteer = z.infer<typeof GazetteerSchema>;

/**
 * A registry of entities. Ids are unique, and ambiguous aliases and their context refer to known
 * aliases and entities.
 *
 * @example
 * EntityRegistrySchema.parse({ entities: [] });
 */
export const EntityRegistrySchema = z
  .object({ $comment: z.string().optional(), entities: z.array(EntitySchema) })
  .strict()
  .superRefine((registry, ctx) => {
    checkUniqueIds(registry.entities, 'entities', ctx);
    for (const [index, entity] of registry.entities.entries()) {
      const aliases = new Set(Object.values(entity.aliases).flat());
      for (const [j, ambiguous] of (entity.ambiguous ?? []).entries()) {
        if (!aliases.has(ambiguous.alias)) ctx.addIssue({ code: 'custom', path: ['entities', index, 'ambiguous', j, 'alias'], message: `"${ambiguous.alias}" is not an alias of ${entity.id}` });
      }
    }
  });
export type EntityRegistry = z.infer<typeof EntityRegistrySchema>;
