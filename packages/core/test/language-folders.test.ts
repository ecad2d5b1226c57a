import { cpSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATA_DIR, loadCoreData, loadLanguageFiles } from '../src/data/load.js';
import { InflectionRulesSchema } from '../src/data/schemas.js';

describe('one folder per language', () => {
  it('holds all a language has: its page words, calendar, inflection rules and name cues', () => {
    const folders = readdirSync(join(DATA_DIR, 'languages')).sort();
    expect(readdirSync(join(DATA_DIR))).not.toContain('calendars');
    expect(readdirSync(join(DATA_DIR))).not.toContain('inflection.json');
    const data = loadCoreData();
    expect(data.languages.map((language) => language.language)).toEqual(folders.filter((code) => readdirSync(join(DATA_DIR, 'languages', code)).includes('page.json')));
    const hasCalendar = (code: string) => readdirSync(join(DATA_DIR, 'languages', code)).some((name) => name === 'calendar.json' || name === 'calendar.cldr.json');
    expect(data.calendars.map((calendar) => calendar.language)).toEqual(folders.filter(hasCalendar));
    expect(data.calendars.filter((calendar) => calendar.handWritten).map((calendar) => calendar.language)).toEqual(folders.filter((code) => readdirSync(join(DATA_DIR, 'languages', code)).includes('calendar.json')));
    expect(Object.keys(data.inflection.languages).sort()).toEqual(folders.filter((code) => readdirSync(join(DATA_DIR, 'languages', code)).includes('inflection.json')));
    expect(data.inflection.languages['pl']).toMatchObject({ minStem: 4, suffixes: expect.arrayContaining(['owi', 'em']) });
    expect(readdirSync(join(DATA_DIR, 'languages', 'pl')).sort()).toEqual(['calendar.cldr.json', 'calendar.json', 'inflection.json', 'names.json', 'page.json', 'speakers.json']);
    expect([...data.nameCues.keys()].sort()).toEqual(folders.filter((code) => readdirSync(join(DATA_DIR, 'languages', code)).includes('names.json')));
    expect([...data.speakerCues.keys()].sort()).toEqual(folders.filter((code) => readdirSync(join(DATA_DIR, 'languages', code)).includes('speakers.json')));
    expect(data.speakerCues.get('pl')?.pronouns).toContainEqual({ word: 'ona', gender: 'f', number: 'sg' });
  });
});

describe('a language file in the wrong folder', () => {
  it('is an error naming the file', () => {
    // A copy of the data folder in which Polish rules sit in the Czech folder.
    const copy = mkdtempSync(join(tmpdir(), 'polynews-data-'));
    cpSync(DATA_DIR, copy, { recursive: true });
    const misplaced = join(copy, 'languages', 'cs', 'inflection.json');
    writeFileSync(misplaced, JSON.stringify({ language: 'pl', minStem: 4, suffixes: ['a'] }));
    expect(() => loadLanguageFiles(InflectionRulesSchema, 'inflection.json', copy)).toThrow(`${misplaced}: language "pl" does not match its folder (cs)`);
    writeFileSync(misplaced, JSON.stringify({ language: 'cs', minStem: 0 }));
    expect(() => loadLanguageFiles(InflectionRulesSchema, 'inflection.json', copy)).toThrow(`${misplaced}: invalid data file: minStem`);
  });
});
