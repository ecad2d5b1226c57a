import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import type { z } from 'zod';
import {
  CalendarSchema,
  DecodingRulesSchema,
  EntityRegistrySchema,
  InflectionSchema,
  DateFormatsSchema,
  FingerprintsSchema,
  LanguageDataSchema,
  MediaRegistrySchema,
  TranslationToolsSchema,
  type Calendar,
  type DecodingRules,
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
  calendars: Calendar[];
  media: MediaRegistry;
  fingerprints: Fingerprints;
  dateFormats: DateFormats;
  translationTools: TranslationTools;
  /** People, places and organisations to link. */
  entities: EntityRegistry;
  /** Per-language rules for inflected and cliticised names. */
  inflection: Inflection;
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
    languages: loadLanguageFolder(LanguageDataSchema, join(DATA_DIR, 'languages')),
    calendars: loadLanguageFolder(CalendarSchema, join(DATA_DIR, 'calendars')),
    media: loadDataFile(MediaRegistrySchema, join(DATA_DIR, 'media.json')),
    fingerprints: loadDataFile(FingerprintsSchema, join(DATA_DIR, 'fingerprints.json')),
    dateFormats: loadDataFile(DateFormatsSchema, join(DATA_DIR, 'date-formats.json')),
    translationTools: loadDataFile(TranslationToolsSchema, join(DATA_DIR, 'translation-tools.json')),
    entities: loadDataFile(EntityRegistrySchema, join(DATA_DIR, 'entities.json')),
    inflection: loadDataFile(InflectionSchema, join(DATA_DIR, 'inflection.json')),
  };
  return cached;
}

/** Loads every `<code>.json` of a folder, checking that each file's `language` matches its name. */
function loadLanguageFolder<T extends z.ZodType<{ language: string }>>(schema: T, folder: string): z.infer<T>[] {
  return readdirSync(folder)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => {
      const data = loadDataFile(schema, join(folder, name));
      if (`${data.language}.json` !== name) throw new Error(`${join(folder, name)}: language "${data.language}" does not match the file name`);
      return data;
    });
}
