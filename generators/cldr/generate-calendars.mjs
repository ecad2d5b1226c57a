#!/usr/bin/env node
// Writes packages/core/data/languages/<code>/calendar.cldr.json for every language the language
// detector can return that Unicode CLDR covers: month and weekday names in every form CLDR has
// (format and stand-alone, wide and abbreviated, narrow where at least three letters and unique),
// am/pm markers, the words that join a list (`and`) and a date to its time (`at`), the day/month order of the locale's short date, relative-time expressions
// (yesterday, N days ago, in N weeks, last month…, long, short and narrow) and the Hijri month
// names, the time-zone abbreviations the locale uses with their UTC offsets, and the words of durations
// (`{0} Stunden`, `{0} hr`, `{0}h`; cldr-units-full) that relative expressions count in. Also writes
// data/cldr-calendars.json: the languages generated, those CLDR lacks, and the start of each era of
// the other calendars (cldr-core calendarData).
//   node generators/cldr/generate-calendars.mjs                rewrite the files
//   node generators/cldr/generate-calendars.mjs --check        exit 1 when a file differs from what CLDR gives
//   node generators/cldr/generate-calendars.mjs --out <dir>    write into another data folder
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { detectorLanguages } from './detector-languages.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const require = createRequire(import.meta.url);
const packageDir = (name) => dirname(require.resolve(`${name}/package.json`));
const versionOf = (name) => JSON.parse(readFileSync(join(packageDir(name), 'package.json'), 'utf8')).version;
const json = (name, path) => JSON.parse(readFileSync(join(packageDir(name), path), 'utf8'));

const args = process.argv.slice(2);
const check = args.includes('--check');
const outIndex = args.indexOf('--out');
const DATA = outIndex >= 0 ? args[outIndex + 1] : join(ROOT, 'packages/core/data');

const WEEKDAY_KEYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
const UNITS = ['second', 'minute', 'hour', 'day', 'week', 'month', 'year'];
const HAS_DIGIT = /\p{Nd}/u;
/** The units of durations polynews reads (a decade is ten years). */
const DURATION_UNITS = ['decade', 'year', 'month', 'week', 'day', 'hour', 'minute', 'second'];

const unique = (values) => [...new Set(values.filter((value) => typeof value === 'string' && value.trim() !== ''))];
/** A form with a final dot also matches without it: `sty.` and `sty`. */
const withAndWithoutDot = (names) => unique(names.flatMap((name) => (name.endsWith('.') ? [name, name.slice(0, -1)] : [name])));

/** Names per month or weekday from a CLDR width table, narrow forms only when at least three letters and unique. */
function namesByKey(context, keys) {
  const wide = keys.map((key) => unique([context.format?.wide?.[key], context['stand-alone']?.wide?.[key]]));
  const abbreviated = keys.map((key) => withAndWithoutDot(unique([context.format?.abbreviated?.[key], context['stand-alone']?.abbreviated?.[key]])));
  const narrow = keys.map((key) => unique([context.format?.narrow?.[key], context['stand-alone']?.narrow?.[key]]));
  const narrowCounts = new Map();
  for (const names of narrow) for (const name of names) narrowCounts.set(name, (narrowCounts.get(name) ?? 0) + 1);
  const usableNarrow = narrow.map((names) => names.filter((name) => [...name].length >= 3 && narrowCounts.get(name) === 1));
  const noDigits = (names) => names.filter((name) => !HAS_DIGIT.test(name));
  return {
    wide: wide.map(noDigits),
    abbreviated: abbreviated.map((names, index) => unique(noDigits([...names, ...usableNarrow[index]])).filter((name) => !wide[index].includes(name))),
  };
}

/** The order of day, month and year in a CLDR date pattern (`d.MM.y` → dmy). */
function orderOf(pattern) {
  const positions = ['d', 'M', 'y'].map((letter) => [letter, pattern.replace(/'[^']*'/g, '').indexOf(letter)]);
  return positions
    .sort((a, b) => a[1] - b[1])
    .map(([letter]) => letter.toLowerCase())
    .join('');
}

/**
 * Relative-time expressions of a locale: named days (`-1`: yesterday), named periods (last week,
 * this month, next year) and counted ones (`{0} days ago`; a plural form without `{0}`, such as
 * Arabic `قبل يومين`, keeps its count when the plural category fixes it: one → 1, two → 2).
 */
function relativeOf(fields) {
  const days = {};
  const periods = {};
  const counted = [];
  const seen = new Set();
  for (const unit of UNITS) {
    for (const width of ['', '-short', '-narrow']) {
      const field = fields[`${unit}${width}`];
      if (!field) continue;
      for (const offset of ['-2', '-1', '0', '1', '2']) {
        const text = field[`relative-type-${offset}`];
        if (!text || HAS_DIGIT.test(text)) continue;
        const target = unit === 'day' ? days : (periods[unit] ??= {});
        (target[offset] ??= []).includes(text) || target[offset].push(text);
      }
      for (const [direction, key] of [
        ['past', 'relativeTime-type-past'],
        ['future', 'relativeTime-type-future'],
      ]) {
        for (const [countKey, text] of Object.entries(field[key] ?? {})) {
          const category = countKey.replace('relativeTimePattern-count-', '');
          const count = text.includes('{0}') ? undefined : { one: 1, two: 2 }[category];
          if (!text.includes('{0}') && count === undefined) continue;
          const id = `${direction}|${unit}|${text}|${count ?? ''}`;
          if (seen.has(id)) continue;
          seen.add(id);
          counted.push({ direction, unit, pattern: text, ...(count !== undefined && { count }) });
        }
      }
    }
  }
  return { days, periods, counted };
}

/** Locales whose names polynews reads under their language's code, the detector giving one code for both scripts. */
const SCRIPT_VARIANTS = { zh: ['zh-Hant'], sr: ['sr-Latn'] };

/** A language's calendar: its main locale's, with the names and expressions of its script variants added. */
function calendarOf(language) {
  const [main, ...variants] = [language, ...(SCRIPT_VARIANTS[language] ?? [])].map(localeCalendarOf);
  for (const variant of variants) {
    for (const key of ['months', 'monthAbbreviations', 'weekdays', 'weekdayAbbreviations', 'hijriMonths']) {
      if (main[key] && variant[key]) main[key] = main[key].map((names, index) => unique([...names, ...variant[key][index]]));
    }
    for (const period of ['am', 'pm']) main.dayPeriods[period] = unique([...main.dayPeriods[period], ...variant.dayPeriods[period]]);
    for (const [offset, texts] of Object.entries(variant.relative.days)) main.relative.days[offset] = unique([...(main.relative.days[offset] ?? []), ...texts]);
    for (const [unit, named] of Object.entries(variant.relative.periods)) {
      const target = (main.relative.periods[unit] ??= {});
      for (const [offset, texts] of Object.entries(named)) target[offset] = unique([...(target[offset] ?? []), ...texts]);
    }
    const seen = new Set(main.relative.counted.map((entry) => JSON.stringify(entry)));
    for (const entry of variant.relative.counted) if (!seen.has(JSON.stringify(entry))) main.relative.counted.push(entry);
    for (const [unit, patterns] of Object.entries(variant.durationUnits)) main.durationUnits[unit] = unique([...(main.durationUnits[unit] ?? []), ...patterns]);
    main.timeZones = { ...variant.timeZones, ...main.timeZones };
    main.listJoiners = unique([...main.listJoiners, ...variant.listJoiners]);
    main.dateTimeJoiners = unique([...main.dateTimeJoiners, ...variant.dateTimeJoiners]);
    main.writtenDateForms = unique([...main.writtenDateForms, ...variant.writtenDateForms]);
  }
  if (variants.length > 0) main.$comment = main.$comment.replace(`locale ${language}.`, `locales ${[language, ...SCRIPT_VARIANTS[language]].join(', ')}.`);
  return main;
}

function localeCalendarOf(locale) {
  const language = locale.split('-')[0];
  const gregorian = json('cldr-dates-full', `main/${locale}/ca-gregorian.json`).main[locale].dates.calendars.gregorian;
  const fields = json('cldr-dates-full', `main/${locale}/dateFields.json`).main[locale].dates.fields;
  const months = namesByKey(gregorian.months, Array.from({ length: 12 }, (_, index) => String(index + 1)));
  const weekdays = namesByKey(gregorian.days, WEEKDAY_KEYS);
  const periods = (key) => unique(['format', 'stand-alone'].flatMap((context) => ['abbreviated', 'wide', 'narrow'].map((width) => gregorian.dayPeriods?.[context]?.[width]?.[key])));
  const islamicPath = join(packageDir('cldr-cal-islamic-full'), `main/${locale}/ca-islamic.json`);
  const islamic = existsSync(islamicPath) ? JSON.parse(readFileSync(islamicPath, 'utf8')).main[locale].dates.calendars.islamic : null;
  const islamicMonths = islamic ? namesByKey(islamic.months, Array.from({ length: 12 }, (_, index) => String(index + 1))) : null;
  return {
    $comment: `Generated by generators/cldr/generate-calendars.mjs from Unicode CLDR ${versionOf('cldr-dates-full')} (cldr-dates-full, cldr-misc-full, cldr-units-full${islamic ? `, cldr-cal-islamic-full ${versionOf('cldr-cal-islamic-full')}` : ''}), locale ${locale}. Do not edit by hand: what CLDR lacks goes in calendar.json beside this file.`,
    language,
    months: months.wide,
    monthAbbreviations: months.abbreviated,
    weekdays: weekdays.wide,
    weekdayAbbreviations: weekdays.abbreviated,
    dayPeriods: dayPeriodsOf(locale, periods, (key) => unique(['abbreviated', 'wide', 'narrow'].map((width) => gregorian.dayPeriods?.format?.[width]?.[key]))),
    dateOrder: orderOf(gregorian.dateFormats.short),
    dateTimeJoiners: dateTimeJoinersOf(gregorian),
    writtenDateForms: writtenDateFormsOf(gregorian),
    relative: relativeOf(fields),
    durationUnits: durationUnitsOf(locale),
    timeZones: timeZoneAbbreviations(locale),
    listJoiners: listJoinersOf(locale),
    ...(islamicMonths && { hijriMonths: islamicMonths.wide.map((names, index) => unique([...names, ...islamicMonths.abbreviated[index]])) }),
  };
}

/**
 * The duration patterns of a locale (cldr-units-full): every width (long, short, narrow), plural
 * category and grammatical case CLDR gives, `{0}` kept where the number stands (`{0} Stunden`,
 * `{0} Std.`, `{0}h`), so that the reader knows whether a space is written.
 */
function durationUnitsOf(locale) {
  const path = join(packageDir('cldr-units-full'), `main/${locale}/units.json`);
  if (!existsSync(path)) return {};
  const units = JSON.parse(readFileSync(path, 'utf8')).main[locale].units;
  const out = {};
  for (const unit of DURATION_UNITS) {
    const patterns = [];
    for (const width of ['long', 'short', 'narrow']) {
      for (const [key, pattern] of Object.entries(units[width]?.[`duration-${unit}`] ?? {})) {
        if (!/count-/u.test(key) || typeof pattern !== 'string' || !pattern.includes('{0}')) continue;
        // The number in a pattern is the only digit it may hold.
        if (HAS_DIGIT.test(pattern.replace('{0}', ''))) continue;
        patterns.push(pattern.replace(/[\u00a0\u202f]/gu, ' '));
      }
    }
    if (patterns.length > 0) out[unit] = unique(patterns);
  }
  return out;
}

/**
 * The locale's date patterns that write the month as a word (`y. MMMM d.`, `d בMMMM y`,
 * `d 'de' MMMM 'de' y`), full, long and medium, as CLDR writes them: the reader compiles each
 * into an expression, so that a language's own order and words are read without a list typed in code.
 */
function writtenDateFormsOf(gregorian) {
  const forms = ['full', 'long', 'medium'].map((width) => gregorian.dateFormats[width]).filter((pattern) => typeof pattern === 'string' && /[ML]{3}/u.test(pattern) && /y/u.test(pattern) && /d/u.test(pattern));
  return unique(forms.map((pattern) => pattern.replace(/[\u00a0\u202f]/gu, ' ')));
}

/**
 * The words that join a date to its time after it (`at`, `à`, `um`, `a las`, `في`): what stands
 * between the date and the time of the locale's date-time patterns, plain and "at time", quotes
 * and commas left out. A pattern that writes the time first (Vietnamese `'lúc' {0} {1}`) has none.
 */
function dateTimeJoinersOf(gregorian) {
  const joiners = [];
  for (const formats of [gregorian.dateTimeFormats, gregorian['dateTimeFormats-atTime']?.standard]) {
    for (const width of ['full', 'long', 'medium', 'short']) {
      const pattern = formats?.[width];
      if (typeof pattern !== 'string') continue;
      const date = pattern.indexOf('{1}');
      const time = pattern.indexOf('{0}');
      if (date < 0 || time < date) continue;
      const joiner = pattern.slice(date + 3, time).replace(/'/gu, '').replace(/[,،\s\u200e\u200f]+/gu, ' ').trim();
      if (joiner) joiners.push(joiner);
    }
  }
  return unique(joiners);
}

/** What joins the items of a list (`and`, `,`; cldr-misc-full list patterns): what joins the units of a compound duration (`1 year and 2 months`). */
function listJoinersOf(locale) {
  const patterns = json('cldr-misc-full', `main/${locale}/listPatterns.json`).main[locale].listPatterns;
  const joiners = [];
  for (const type of ['listPattern-type-standard', 'listPattern-type-unit']) {
    for (const key of ['2', 'middle', 'end']) {
      const pattern = patterns[type]?.[key];
      if (!pattern) continue;
      const joiner = pattern.slice(pattern.indexOf('{0}') + 3, pattern.indexOf('{1}')).trim();
      for (const piece of joiner.split(/\s+/u)) if (piece) joiners.push(piece);
    }
  }
  return unique(joiners);
}

/** Era starts of the other calendars polynews converts, from cldr-core's calendarData. */
function eraStarts() {
  const data = json('cldr-core', 'supplemental/calendarData.json').supplemental.calendarData;
  const start = (era) => era._start.replace(/-(\d)(?=-|$)/g, '-0$1');
  return {
    buddhist: start(data.buddhist.eras['0']),
    persian: start(data.persian.eras['0']),
    islamic: start(data.islamic.eras['0']),
    roc: start(data.roc.eras['1']),
    japanese: Object.values(data.japanese.eras)
      .filter((era) => era._code)
      .map((era) => ({ code: era._code, start: start(era) })),
  };
}

/**
 * The time-zone abbreviations a locale uses (CLDR metazone short names), each with its UTC offset:
 * the offset of the metazone's golden zone in January (standard) or July (daylight) 2025, which
 * the time-zone database has kept for these zones for years.
 */
function timeZoneAbbreviations(language) {
  const metaZones = json('cldr-core', 'supplemental/metaZones.json').supplemental.metaZones.metazones;
  const golden = new Map();
  for (const { mapZone } of metaZones) if (mapZone._territory === '001') golden.set(mapZone._other, mapZone._type);
  const found = new Map();
  {
    const names = json('cldr-dates-full', `main/${language}/timeZoneNames.json`).main[language].dates.timeZoneNames;
    for (const [metazone, value] of Object.entries(names.metazone ?? {})) {
      for (const [kind, month] of [
        ['standard', 0],
        ['daylight', 6],
      ]) {
        const abbreviation = value.short?.[kind];
        const zone = golden.get(metazone);
        if (!abbreviation || !zone || !/^[A-Z]{2,5}$/u.test(abbreviation)) continue;
        const offset = offsetOf(zone, month);
        // A daylight name for a zone without daylight time (JDT) has no offset of its own.
        if (kind === 'daylight' && offset === offsetOf(zone, 0)) continue;
        const previous = found.get(abbreviation);
        if (previous && previous.offset !== offset) previous.ambiguous = true;
        else if (!previous) found.set(abbreviation, { abbreviation, offset, zone });
      }
    }
  }
  return Object.fromEntries(
    [...found.values()]
      .filter((entry) => !entry.ambiguous)
      .sort((a, b) => a.abbreviation.localeCompare(b.abbreviation))
      .map(({ abbreviation, offset }) => [abbreviation, offset]),
  );
}

function offsetOf(zone, month) {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' }).formatToParts(new Date(Date.UTC(2025, month, 15, 12)));
  const name = parts.find((part) => part.type === 'timeZoneName').value;
  return name === 'GMT' ? '+00:00' : name.replace('GMT', '');
}

/**
 * The words that place a time of the 12-hour clock in the day: CLDR's am and pm markers, and its
 * flexible day periods (`सुबह` morning, `शाम` evening, `вечера`, `in the afternoon`, `ليلاً`) with
 * the hours the locale's day-period rules (cldr-core) give them, `[from, before)`, perhaps across
 * midnight (Russian `ночи`, 22–4). The reader takes the hour of the two the clock allows that lies
 * in the range, or none. Flexible periods are taken in their format forms (those written with a
 * time); a word of two ranges is left out.
 */
function dayPeriodsOf(locale, periods, formatPeriods) {
  const rules = json('cldr-core', 'supplemental/dayPeriods.json').supplemental.dayPeriodRuleSet[locale.split('-')[0]] ?? {};
  const hours = (time) => Number(time.split(':')[0]);
  const ranges = new Map();
  const ambiguous = new Set();
  for (const [period, rule] of Object.entries(rules)) {
    if (rule._from === undefined || rule._before === undefined) continue;
    const range = [hours(rule._from), hours(rule._before)];
    for (const word of formatPeriods(period)) {
      if (!usableDayPeriod(word)) continue;
      const known = ranges.get(word);
      if (known && (known[0] !== range[0] || known[1] !== range[1])) ambiguous.add(word);
      else ranges.set(word, range);
    }
  }
  const markers = new Set([...periods('am'), ...periods('pm')]);
  return {
    am: periods('am').filter(usableDayPeriod),
    pm: periods('pm').filter(usableDayPeriod),
    ranges: Object.fromEntries([...ranges].filter(([word]) => !ambiguous.has(word) && !markers.has(word))),
  };
}

/** An am/pm marker polynews can read after a time: no digits, and not one Latin letter (`a`, `p`), which prose is full of. */
function usableDayPeriod(text) {
  return !HAS_DIGIT.test(text) && !/^\p{Script=Latin}$/u.test(text);
}

/** JSON with one entry per line, and arrays of strings or numbers (and small objects of them) on one line. */
function compactJson(value, indent = '') {
  const flat = (items) => items.every((item) => typeof item !== 'object' || item === null);
  if (value !== null && typeof value === 'object' && flat(Object.values(value)) && (Array.isArray(value) || indent.length > 2)) return JSON.stringify(value);
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  const inner = `${indent} `;
  const entries = Array.isArray(value) ? value.map((item) => `${inner}${compactJson(item, inner)}`) : Object.entries(value).map(([key, item]) => `${inner}${JSON.stringify(key)}: ${compactJson(item, inner)}`);
  if (entries.length === 0) return Array.isArray(value) ? '[]' : '{}';
  return Array.isArray(value) ? `[\n${entries.join(',\n')}\n${indent}]` : `{\n${entries.join(',\n')}\n${indent}}`;
}

const available = new Set(json('cldr-core', 'availableLocales.json').availableLocales.full);
const languages = detectorLanguages();
const generated = languages.filter((language) => available.has(language) && existsSync(join(packageDir('cldr-dates-full'), 'main', language, 'ca-gregorian.json')));
const missing = languages.filter((language) => !generated.includes(language));

const outputs = new Map();
for (const language of generated) outputs.set(join(DATA, 'languages', language, 'calendar.cldr.json'), calendarOf(language));
outputs.set(join(DATA, 'cldr-calendars.json'), {
  $comment: `Generated by generators/cldr/generate-calendars.mjs from Unicode CLDR ${versionOf('cldr-core')} (cldr-core calendarData). Do not edit by hand.`,
  generated,
  notInCldr: missing,
  eraStarts: eraStarts(),
});

let drift = 0;
for (const [path, data] of outputs) {
  const text = `${compactJson(data)}\n`;
  if (check) {
    if (!existsSync(path) || readFileSync(path, 'utf8') !== text) {
      console.error(`generate-calendars: ${path} differs from CLDR; run \`node generators/cldr/generate-calendars.mjs\``);
      drift++;
    }
    continue;
  }
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
}
if (drift > 0) process.exit(1);
console.log(`generate-calendars: ${generated.length} languages from CLDR ${versionOf('cldr-dates-full')}; not in CLDR: ${missing.join(', ') || 'none'}`);
