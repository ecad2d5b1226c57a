import { mergeCalendars, type LanguageCalendar } from './merge-calendars.js';
import { withGazetteer } from './gazetteer.js';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createHash } from 'node:crypto';
import { join, sep } from 'node:path';
import type { z } from 'zod';
import {
  CalendarSchema,
  CldrCalendarSchema,
  CldrCalendarsIndexSchema,
  type CldrCalendarsIndex,
  DecodingRulesSchema,
  PrecedenceSchema,
  ExportFormatsSchema,
  MarkupSchema,
  QuoteMarksSchema,
  CloseLanguagesSchema,
  LanguageScriptsSchema,
  EntityRegistrySchema,
  GazetteerSchema,
  InflectionRulesSchema,
  NameCuesSchema,
  SpeakerCuesSchema,
  type SpeakerCues,
  type NameCues,
  DateFormatsSchema,
  FingerprintsSchema,
  LanguageDataSchema,
  MediaRegistrySchema,
  TranslationToolsSchema,
  type Calendar,
  type DecodingRules,
  type Precedence,
  type ExportFormats,
  type Markup,
  type QuoteMarks,
  type CloseLanguages,
  type LanguageScripts,
  type EntityRegistry,
  type Inflection,
  type DateFormats,
  type Fingerprints,
  type LanguageData,
  type MediaRegistry,
  type TranslationTools,
} from './schemas.js';

/** The folder that holds the package's data files (`packages/core/data`). */
export const DATA_DIR = fileURLToPath(new URL('../../data/', import.meta.url));

/**
 * Reads a JSON data file and validates it, naming the file and the bad path on failure.
 *
 * @example
 * const registry = loadDataFile(MediaRegistrySchema, '/path/to/media.json');
 */
export function loadDataFile<T extends z.ZodType>(schema: T, path: string): z.infer<T> {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new Error(`${path}: cannot read JSON: ${(error as Error).message}`);
  }
  const result = schema.safeParse(raw);
  if (!result.success) {
    const issues = result.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`).join('; ');
    throw new Error(`${path}: invalid data file: ${issues}`);
  }
  return result.data;
}

/** Everything the pipeline reads from `data/`, validated once. */
export interface CoreData {
  languages: LanguageData[];
  /** Month and weekday names per language. */
  /** Every language's calendar: CLDR's generated data merged with the hand-written file. */
  calendars: LanguageCalendar[];
  /** The languages with generated calendars, those CLDR lacks, and the eras of other calendars. */
  cldrCalendars: CldrCalendarsIndex;
  media: MediaRegistry;
  fingerprints: Fingerprints;
  dateFormats: DateFormats;
  translationTools: TranslationTools;
  /** People, places and organisations to link. */
  entities: EntityRegistry;
  /** Per-language rules for inflected and cliticised names. */
  inflection: Inflection;
  /** Per-language cues to names no registry holds, by language code. */
  nameCues: Map<string, NameCues>;
  /** Per-language cues to speakers the text gives no name for, by language code. */
  speakerCues: Map<string, SpeakerCues>;
  /** Which source wins when several give a field. */
  precedence: Precedence;
  /** How records of news-collection tools name their fields. */
  exportFormats: ExportFormats;
  /** What HTML markup says about a line's role. */
  markup: Markup;
  /** Quotation mark pairs of every CLDR locale. */
  quoteMarks: QuoteMarks;
  /** Languages that detectors confuse, reported together. */
  closeLanguages: CloseLanguages;
  /** Languages written in several scripts, from CLDR. */
  languageScripts: LanguageScripts;
  /** What made the articles: this package's version and the first 12 hex digits of a SHA-256 of every data file. */
  producer: { polynews: string; data: string };
}

let cached: CoreData | undefined;
let cachedDecoding: DecodingRules | undefined;

/**
 * Loads and validates `data/decoding.json` (cached): when bytes are read as UTF-8 and when the text is too damaged to keep.
 *
 * @example
 * loadDecodingRules().maxInvalidUtf8Share; // 0.2
 */
export function loadDecodingRules(): DecodingRules {
  cachedDecoding ??= loadDataFile(DecodingRulesSchema, join(DATA_DIR, 'decoding.json'));
  return cachedDecoding;
}

/**
 * Loads and validates the bundled data files (cached after the first call).
 *
 * @example
 * loadCoreData().languages.map((l) => l.language); // ['ar', 'de', 'en', 'es', 'fr', 'pl', 'ru', 'vi']
 */
export function loadCoreData(): CoreData {
  if (cached) return cached;
  cached = {
    languages: loadLanguageFiles(LanguageDataSchema, 'page.json'),
    calendars: mergeCalendars(loadLanguageFiles(CalendarSchema, 'calendar.json'), loadLanguageFiles(CldrCalendarSchema, 'calendar.cldr.json')),
    cldrCalendars: loadDataFile(CldrCalendarsIndexSchema, join(DATA_DIR, 'cldr-calendars.json')),
    media: loadDataFile(MediaRegistrySchema, join(DATA_DIR, 'media.json')),
    fingerprints: loadDataFile(FingerprintsSchema, join(DATA_DIR, 'fingerprints.json')),
    dateFormats: loadDataFile(DateFormatsSchema, join(DATA_DIR, 'date-formats.json')),
    translationTools: loadDataFile(TranslationToolsSchema, join(DATA_DIR, 'translation-tools.json')),
    entities: withGazetteer(loadDataFile(EntityRegistrySchema, join(DATA_DIR, 'entities.json')), loadDataFile(GazetteerSchema, join(DATA_DIR, 'gazetteer.cldr.json'))),
    precedence: loadDataFile(PrecedenceSchema, join(DATA_DIR, 'precedence.json')),
    exportFormats: loadDataFile(ExportFormatsSchema, join(DATA_DIR, 'export-formats.json')),
    markup: loadDataFile(MarkupSchema, join(DATA_DIR, 'markup.json')),
    quoteMarks: loadDataFile(QuoteMarksSchema, join(DATA_DIR, 'quote-marks.json')),
    closeLanguages: loadDataFile(CloseLanguagesSchema, join(DATA_DIR, 'close-languages.json')),
    languageScripts: loadDataFile(LanguageScriptsSchema, join(DATA_DIR, 'language-scripts.json')),
    producer: { polynews: packageVersion(), data: dataFilesHash() },
    nameCues: new Map(loadLanguageFiles(NameCuesSchema, 'names.json').map((cues) => [cues.language, cues])),
    speakerCues: new Map(loadLanguageFiles(SpeakerCuesSchema, 'speakers.json').map((cues) => [cues.language, cues])),
    inflection: {
      languages: Object.fromEntries(loadLanguageFiles(InflectionRulesSchema, 'inflection.json').map(({ language, $comment: _, ...rules }) => [language, rules])),
    },
  };
  return cached;
}

function packageVersion(): string {
  return (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;
}

/** A SHA-256 of every data file (paths and contents, in path order): it changes when any data changes. */
function dataFilesHash(): string {
  const hash = createHash('sha256');
  const files = readdirSync(DATA_DIR, { recursive: true }).map(String).filter((name) => name.endsWith('.json')).sort();
  for (const name of files) hash.update(`${name.split(sep).join('/')}\n`).update(readFileSync(join(DATA_DIR, name)));
  return hash.digest('hex').slice(0, 12);
}

/**
 * Everything polynews knows about a language is in one folder, `data/languages/<code>/`: the page
 * words (`page.json`), the calendar (`calendar.json`) and the inflection rules (`inflection.json`),
 * each optional. Loads one kind of file from every language folder, in code order, checking that
 * each file's `language` matches its folder.
 *
 * @example
 * loadLanguageFiles(CalendarSchema, 'calendar.json').map((calendar) => calendar.language); // ['ar', 'de', 'en', …]
 */
export function loadLanguageFiles<T extends z.ZodType<{ language: string }>>(schema: T, name: string, dataDir = DATA_DIR): z.infer<T>[] {
  const folder = join(dataDir, 'languages');
  return readdirSync(folder, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(folder, entry.name, name)))
    .map((entry) => entry.name)
    .sort()
    .map((code) => {
      const path = join(folder, code, name);
      const data = loadDataFile(schema, path);
      if (data.language !== code) throw new Error(`${path}: language "${data.language}" does not match its folder (${code})`);
      return data;
    });
}
