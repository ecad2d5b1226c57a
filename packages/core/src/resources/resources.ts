import { escapeRegex } from '../text/escape-regex.js';
import { loadCoreData, type CoreData } from '../data/load.js';
import type { CueRole, DateFormat, LanguageData, MediaRegistry } from '../data/schemas.js';
import { buildMediaIndex, type MediaIndex } from './media-index.js';
import { foldForMatching } from '../speed/fold-fast.js';
import { compileCalendar, type CompiledCalendar } from './calendar.js';
import type { LanguageCalendar } from '../data/merge-calendars.js';

/** Boilerplate cues of one role from every language file, compiled. */
export interface CompiledCues {
  exact: Set<string>;
  prefix: string[];
  contains: string[];
  regex: RegExp[];
}

/** A numeric date form with its regular expression compiled. */
export interface CompiledDateFormat {
  format: DateFormat;
  regex: RegExp;
}

/** A house-style fingerprint with its regular expression compiled. */
export interface CompiledFingerprint {
  outlet: string;
  weight: number;
  description: string;
  regex: RegExp;
}

/** Everything the pipeline needs from the data files, compiled once per process (or worker). */
export interface Resources {
  data: CoreData;
  media: MediaIndex;
  cues: Map<CueRole, CompiledCues>;
  languages: Map<string, LanguageData>;
  /** Attribution cues of every language, folded, longest first. */
  attributionCues: string[];
  /** Publication-date labels of every language, as one pattern anchored at the line start. */
  publishedLabel: RegExp;
  /** The same labels after a space or separator inside a line (`… | Publié le 12/03/2024`): where a title's trailing date starts. */
  publishedLabelWithin: RegExp;
  dateFormats: { datelines: CompiledDateFormat[]; urls: CompiledDateFormat[] };
  fingerprints: CompiledFingerprint[];
  /** Month and weekday names for a page whose language is not known (English and every hand-written calendar). */
  calendar: CompiledCalendar;
  /** Month and weekday names for a page in a language: its own, with abbreviations, first (compiled once per language). */
  calendarFor(language: string | null): CompiledCalendar;
  /** Month names of every language, for telling a dateline before the page's language is known (`Gepubliceerd op 4 maart 2024`); compiled on first use. Its month numbers are not read: the dateline is read again in the page's language. */
  readonly datelineCalendar: CompiledCalendar;
  /** Each language's calendar data (CLDR's and the hand-written file's), by code. */
  calendarData: Map<string, LanguageCalendar>;
  /** The day/month order of numeric dates in a language: its page.json's, else its CLDR short date's, else day first. */
  dateOrderOf(language: string | null): 'dmy' | 'mdy' | 'ymd';
  /** Machine-translation tools with their aliases folded. */
  translationTools: { name: string; aliases: string[] }[];
  /** The "home" words of every language, folded: what a site-name line pairs with the site's name. */
  homeWords: Set<string>;
  /** What copyright lines say besides the owner's name, in every language (`All rights reserved`, `版权所有`), as one pattern. */
  rightsReserved: RegExp;
  /** Every language's byline words: before the name, after it, and whole byline lines (folded). */
  bylines: { before: RegExp; after: RegExp; exact: Set<string> };
}

let cached: Resources | undefined;

/**
 * Returns the compiled resources, building them on first use.
 *
 * @example
 * getResources().languages.get('vi')?.dateOrder; // 'dmy'
 */
export function getResources(): Resources {
  if (cached) return cached;
  const data = loadCoreData();
  const cues = new Map<CueRole, CompiledCues>();
  for (const language of data.languages) {
    for (const [role, roleCues] of Object.entries(language.roles) as [CueRole, NonNullable<LanguageData['roles'][CueRole]>][]) {
      const target = cues.get(role) ?? { exact: new Set<string>(), prefix: [], contains: [], regex: [] };
      for (const cue of roleCues.exact) target.exact.add(foldForMatching(cue));
      target.prefix.push(...roleCues.prefix.map(foldForMatching));
      target.contains.push(...roleCues.contains.map(foldForMatching));
      target.regex.push(...roleCues.regex.map((source) => new RegExp(source, 'iu')));
      cues.set(role, target);
    }
  }
  const compileDate = (format: DateFormat): CompiledDateFormat => ({ format, regex: new RegExp(format.regex, 'u') });
  const languages = new Map(data.languages.map((language) => [language.language, language]));
  const calendarData = new Map(data.calendars.map((calendar) => [calendar.language, calendar]));
  const labels = data.languages.flatMap((language) => language.publishedLabels).sort((a, b) => b.length - a.length);
  let datelineCalendar: CompiledCalendar | undefined;
  cached = {
    data,
    media: buildMediaIndex(data.media),
    cues,
    languages,
    attributionCues: [...new Set(data.languages.flatMap((language) => language.attributionCues.map(foldForMatching)))].sort((a, b) => b.length - a.length),
    publishedLabel: new RegExp(`^(?:${labels.map(escapeRegex).join('|')})\\s*`, 'iu'),
    publishedLabelWithin: new RegExp(`[\\s|·–—-]+(?=(?:${labels.map(escapeRegex).join('|')})\\s*\\S)`, 'giu'),
    dateFormats: { datelines: data.dateFormats.datelines.map(compileDate), urls: data.dateFormats.urls.map(compileDate) },
    fingerprints: data.fingerprints.fingerprints.map((fingerprint) => ({ ...fingerprint, regex: new RegExp(fingerprint.regex, 'mu') })),
    calendar: compileCalendar(data.calendars),
    calendarFor: calendarsByLanguage(data),
    get datelineCalendar() {
      return (datelineCalendar ??= compileCalendar(data.calendars, null, { everyLanguage: true }));
    },
    calendarData,
    dateOrderOf: (language) => (language && (languages.get(language)?.dateOrder ?? calendarData.get(language)?.dateOrder)) || 'dmy',
    translationTools: data.translationTools.tools.map((tool) => ({ name: tool.name, aliases: tool.aliases.map(foldForMatching) })),
    homeWords: new Set(data.languages.flatMap((language) => language.homeWords.map(foldForMatching))),
    rightsReserved: alternation(data.languages.flatMap((language) => language.rightsReserved)),
    bylines: {
      before: anchored(data.languages.flatMap((language) => language.bylines.before), '^(?:', ')(?:\\s+|(?<=[:：/])\\s*)'),
      after: anchored(data.languages.flatMap((language) => language.bylines.after), '\\s*(?:', ')$'),
      exact: new Set(data.languages.flatMap((language) => language.bylines.exact.map(foldForMatching))),
    },
  };
  return cached;
}

/** Compiles each language's calendar on first use. */
function calendarsByLanguage(data: CoreData): (language: string | null) => CompiledCalendar {
  const compiled = new Map<string, CompiledCalendar>();
  return (language) => {
    const key = language ?? '';
    let calendar = compiled.get(key);
    if (!calendar) compiled.set(key, (calendar = compileCalendar(data.calendars, language)));
    return calendar;
  };
}

/** One pattern of the phrases, longest first, between a prefix and a suffix (`^(?:By|Von)\s*`); never matches when there are none. */
function anchored(phrases: readonly string[], prefix: string, suffix: string): RegExp {
  const sorted = [...new Set(phrases)].sort((a, b) => b.length - a.length);
  return sorted.length === 0 ? /(?!)/u : new RegExp(`${prefix}${sorted.map(escapeRegex).join('|')}${suffix}`, 'u');
}

/** One case-insensitive pattern matching any of the phrases, longest first (never matches when there are none). */
function alternation(phrases: readonly string[]): RegExp {
  const sorted = [...new Set(phrases)].sort((a, b) => b.length - a.length);
  return sorted.length === 0 ? /(?!)/u : new RegExp(sorted.map(escapeRegex).join('|'), 'giu');
}

const withMedia = new WeakMap<MediaRegistry, Resources>();

/**
 * The compiled resources with another media registry (a user's outlets merged in, see
 * `loadMediaRegistry`); without one, `getResources()`. Built once per registry.
 *
 * @example
 * resourcesWithMedia(loadMediaRegistry('my-outlets.json')).media.byHost('www.example-daily.test')?.name;
 */
export function resourcesWithMedia(media: MediaRegistry | undefined): Resources {
  const base = getResources();
  if (!media || media === base.data.media) return base;
  let resources = withMedia.get(media);
  if (!resources) {
    resources = { ...base, data: { ...base.data, media }, media: buildMediaIndex(media) };
    withMedia.set(media, resources);
  }
  return resources;
}
