import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'tldts';
import { loadMediaRegistry, MediaRegistrySchema, mergeMediaRegistries, parseArticle, type Medium } from '../src/index.js';
import { loadCoreData } from '../src/internals.js';

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '../../..');
const gazette: Medium = { id: 'river-gazette', name: 'River Gazette', roles: ['outlet'], domains: ['river-gazette.example'], country: null, languages: ['en'], ownership: 'unknown', aliases: ['River Gazette'] };
const page = 'Flood waters reach the old town\n\nThe river rose two metres overnight, the mayor said on Monday.\n\nThe River Gazette asked residents to stay home.';
const url = 'https://www.river-gazette.example/2026/03/04/flood';

describe('a user file of outlets', () => {
  it('names the outlet of its domain and links its name in the text', () => {
    const media = mergeMediaRegistries(loadCoreData().media, { media: [gazette] });
    const article = parseArticle(page, { metadata: { url }, media });
    expect(article.outlet).toMatchObject({ key: 'river-gazette', id: 'river-gazette', name: 'River Gazette', source: 'url' });
    expect(article.mentions.filter((mention) => mention.entityId === 'river-gazette').map((mention) => mention.surface)).toEqual(['River Gazette']);
  });

  it('leaves the bundled registry as it was for pages parsed without it', () => {
    mergeMediaRegistries(loadCoreData().media, { media: [gazette] });
    expect(parseArticle(page, { metadata: { url } }).outlet).toMatchObject({ key: 'domain:river-gazette.example', name: 'river-gazette.example' });
  });

  it('adds domains to a known outlet and refuses a domain another outlet holds', () => {
    const rt = loadCoreData().media.media.find((medium) => medium.id === 'rt')!;
    const merged = mergeMediaRegistries(loadCoreData().media, { media: [{ ...rt, domains: ['rt-mirror.example'], aliases: [] }] });
    expect(merged.media.find((medium) => medium.id === 'rt')?.domains).toEqual([...rt.domains, 'rt-mirror.example']);
    expect(() => mergeMediaRegistries(loadCoreData().media, { media: [{ ...gazette, domains: [rt.domains[0]!] }] }, 'mine.json')).toThrow(
      `mine.json: domain ${rt.domains[0]} of "river-gazette" already belongs to "rt"`,
    );
  });

  it('refuses agencies, and a bad file is an error naming it', () => {
    expect(() => mergeMediaRegistries(loadCoreData().media, { media: [{ ...gazette, roles: ['wire-agency'] }] }, 'mine.json')).toThrow(
      'mine.json: medium "river-gazette" has the role wire-agency; a user file adds outlets only',
    );
    const dir = mkdtempSync(join(tmpdir(), 'polynews-outlets-'));
    const bad = join(dir, 'outlets.json');
    writeFileSync(bad, JSON.stringify({ media: [{ id: 'x', name: 'X' }] }));
    expect(() => loadMediaRegistry(bad)).toThrow(`${bad}: invalid data file: media.0.roles`);
  });
});

describe('the producer of an article', () => {
  it('changes its data hash with a user\'s outlets or names, and only then', () => {
    const bundled = parseArticle(page, { metadata: { url } }).producer;
    const media = mergeMediaRegistries(loadCoreData().media, { media: [gazette] });
    const withOutlets = parseArticle(page, { metadata: { url }, media }).producer;
    expect(bundled.data).toBe(loadCoreData().producer.data);
    expect(withOutlets.polynews).toBe(bundled.polynews);
    expect(withOutlets.data).toMatch(/^[0-9a-f]{12}$/);
    expect(withOutlets.data).not.toBe(bundled.data);
    expect(parseArticle(page, { metadata: { url }, media }).producer).toEqual(withOutlets);
    const other = mergeMediaRegistries(loadCoreData().media, { media: [{ ...gazette, domains: ['gazette.example'] }] });
    expect(parseArticle(page, { metadata: { url }, media: other }).producer.data).not.toBe(withOutlets.data);
  });
});

describe('the media registry', () => {
  it('holds each domain once, each under a public suffix of ICANN', () => {
    const domains = loadCoreData().media.media.flatMap((medium) => medium.domains);
    expect(new Set(domains).size).toBe(domains.length);
    expect(domains.filter((domain) => !parse(domain).isIcann || parse(domain).domain === null)).toEqual([]);
  });

  it('cites where the facts of every entry beyond its names were checked, and a seed it cites exists', () => {
    const media = loadCoreData().media.media;
    // A domain, an ownership or a list of languages is a checked fact; an agency known only by its names and country needs no page.
    const states = (medium: (typeof media)[number]) => medium.domains.length > 0 || medium.ownership !== 'unknown' || medium.languages.length > 0;
    expect(media.filter((medium) => states(medium) && (medium.sources ?? []).length === 0).map((medium) => medium.id)).toEqual([]);
    const seeds = media.flatMap((medium) => medium.sources ?? []).filter((source) => source.startsWith('seeds/'));
    expect(seeds.filter((seed) => !existsSync(join(repoRoot, seed)))).toEqual([]);
  });

  it('covers at least 40 countries on every inhabited continent', () => {
    const countries = new Set(loadCoreData().media.media.flatMap((medium) => (medium.country ? [medium.country] : [])));
    expect(countries.size).toBeGreaterThanOrEqual(40);
    // One country a continent that the registry must keep: Africa, Asia, Europe, North and South America, Oceania.
    expect(['ZA', 'JP', 'DE', 'CA', 'AR', 'AU'].filter((country) => !countries.has(country))).toEqual([]);
  });

  it('refuses a public suffix as a domain, and a domain given to two outlets', () => {
    const other = { ...gazette, id: 'other-gazette', domains: ['river-gazette.example'] };
    const issues = MediaRegistrySchema.safeParse({ media: [{ ...gazette, domains: ['co.uk', 'river-gazette.example'] }, other] }).error?.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    expect(issues).toEqual(['media.0.domains.0: co.uk is a public suffix, not a site\'s domain', 'media.1.domains.0: river-gazette.example is also a domain of river-gazette']);
  });
});
