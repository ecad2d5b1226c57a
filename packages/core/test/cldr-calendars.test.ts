import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DATA_DIR, loadCoreData } from '../src/data/load.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../../..');

describe('calendars generated from CLDR', () => {
  it('are what the generator makes of the pinned CLDR packages (regenerated into a temporary folder)', () => {
    const out = mkdtempSync(join(tmpdir(), 'polynews-cldr-'));
    const run = spawnSync(process.execPath, [join(ROOT, 'generators/cldr/generate-calendars.mjs'), '--out', out], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const index = JSON.parse(readFileSync(join(out, 'cldr-calendars.json'), 'utf8')) as { generated: string[] };
    expect(readFileSync(join(DATA_DIR, 'cldr-calendars.json'), 'utf8')).toBe(readFileSync(join(out, 'cldr-calendars.json'), 'utf8'));
    for (const language of index.generated) {
      const name = join('languages', language, 'calendar.cldr.json');
      expect(readFileSync(join(DATA_DIR, name), 'utf8'), name).toBe(readFileSync(join(out, name), 'utf8'));
    }
    // No generated file is left over from a language CLDR no longer covers.
    const shipped = readdirSync(join(DATA_DIR, 'languages')).filter((code) => readdirSync(join(DATA_DIR, 'languages', code)).includes('calendar.cldr.json'));
    expect(shipped).toEqual(index.generated);
  });

  it('cover every language the detector returns but those CLDR lacks, which are listed', () => {
    const { cldrCalendars } = loadCoreData();
    expect(cldrCalendars.generated).toEqual(expect.arrayContaining(['ar', 'fa', 'ja', 'ko', 'pl', 'th', 'vi', 'zh', 'sw', 'ha', 'id']));
    expect(cldrCalendars.generated.length).toBeGreaterThanOrEqual(70);
    expect(cldrCalendars.notInCldr).toEqual(['tl']);
  });

  it('hold names, abbreviations, relative expressions and zones as CLDR writes them', () => {
    const calendar = (language: string) => loadCoreData().calendars.find((entry) => entry.language === language)!;
    expect(calendar('pl').months[1]).toEqual(expect.arrayContaining(['lutego', 'luty', 'lutym']));
    expect(calendar('pl').monthAbbreviations[0]).toEqual(['sty']);
    expect(calendar('vi').relative.days['-1']).toContain('hôm qua');
    expect(calendar('ar').relative.counted).toContainEqual({ direction: 'past', unit: 'day', pattern: 'قبل يومين', count: 2 });
    expect(calendar('en').timeZones['EDT']).toBe('-04:00');
    expect(calendar('ja').timeZones).toEqual({ JST: '+09:00' });
    expect(calendar('en').handWritten).toBe(true);
    expect(calendar('sw').handWritten).toBe(true);
    expect(calendar('am').handWritten).toBe(false);
    expect(calendar('sw').months[0]).toEqual(['Januari']);
  });

  it('agree with ICU where CLDR’s JSON is not published for the pinned version (Solar Hijri month names)', () => {
    const persian = loadCoreData().calendars.find((entry) => entry.language === 'fa')!.otherMonths.find((entry) => entry.calendar === 'persian')!;
    const icu = new Intl.DateTimeFormat('fa-u-ca-persian', { month: 'long', timeZone: 'UTC' });
    // The 15th of each month of the Solar Hijri year 1402, which began on 21 March 2023: six months of 31 days, then months of 30.
    const fifteenths = Array.from({ length: 12 }, (_, index) => Date.UTC(2023, 2, 21) + (Math.min(index, 6) * 31 + Math.max(index - 6, 0) * 30 + 14) * 86_400_000);
    fifteenths.forEach((time, index) => expect(persian.months[index]![0]).toBe(icu.format(new Date(time))));
  });
});
