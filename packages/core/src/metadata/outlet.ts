import { asciiDigits } from '../text/ascii-digits.js';
import type { Outlet } from '../schema/article.js';
import type { Medium } from '../data/schemas.js';
import type { ClassifiedBlock } from '../classify/classify.js';
import type { Resources } from '../resources/resources.js';
import { getDomain } from 'tldts';
import { hostOf, type UrlInText } from './urls.js';
import { nameMatchesDomain, siteNameOfHomeLine, titleSuffix } from '../text/site-name.js';

/** What the outlet extractor may use besides the blocks. */
export interface OutletInput {
  blocks: readonly ClassifiedBlock[];
  text: string;
  urls: readonly UrlInText[];
  isTranslation: boolean;
  /** The page's own URL, when known: keys an outlet its copyright line names by the URL's domain. */
  pageUrl?: string | null;
}

const SOURCE_LABEL = /^[^:：]{1,20}[:：]\s*/u;

/**
 * Identifies the outlet, strongest evidence first: a source line that names the outlet itself
 * (`المصدر: الميادين نت`, or a name the page's domain spells; 0.9), a URL in the text whose domain
 * is in the registry (0.8, or 0.6 when the URL is the original of a machine translation), the
 * page's copyright line, a site-name line (`The Harbour Gazette | Home`) or the site's name after
 * the headline, house-style fingerprints (weights combined, capped below certainty, and named only
 * from `minConfidence` up). Null when nothing identifies it.
 *
 * @example
 * extractOutlet({ blocks, text, urls, isTranslation: false })?.name; // 'Al Mayadeen'
 */
export function extractOutlet(input: OutletInput, resources: Resources): Outlet | null {
  const pageUrl = input.pageUrl ?? null;
  return (
    fromSourceLine(input.blocks, resources, pageUrl) ??
    fromUrl(input, resources) ??
    fromCopyrightLine(input.blocks, resources, pageUrl) ??
    fromSiteName(input.blocks, resources, pageUrl) ??
    fromFingerprints(input.text, resources)
  );
}

/** Roles of the article's own words and pictures: a line in them names what the story is about, not the site. */
const CONTENT_ROLES: ReadonlySet<string> = new Set(['title', 'lead', 'body', 'caption']);

/**
 * The outlet a site-name line names (`The Harbour Gazette | Home`, in any language with home
 * words), else the site's name after the headline (`… | The Harbour Gazette`) when the registry
 * knows it or the page's domain spells it. A name the registry knows only as an agency is skipped.
 */
function fromSiteName(blocks: readonly ClassifiedBlock[], resources: Resources, pageUrl: string | null): Outlet | null {
  const domain = pageUrl ? registrableDomain(pageUrl) : null;
  for (const block of blocks) {
    if (CONTENT_ROLES.has(block.role)) continue;
    const name = siteNameOfHomeLine(block.text, resources.homeWords);
    if (name) return namedOutlet(name, resources, pageUrl, `a site-name line: ${block.text}`, 0.8, 0.7);
  }
  const title = blocks.find((block) => block.role === 'title');
  const suffix = title ? titleSuffix(title.text) : null;
  if (!suffix) return null;
  const medium = resources.media.byName(suffix);
  if (medium?.roles.includes('outlet')) return outletOf(medium, 0.75, [`the site's name after the headline: ${title!.text}`], 'text');
  if (!medium && domain && nameMatchesDomain(suffix, domain)) return namedOutlet(suffix, resources, pageUrl, `the site's name after the headline: ${title!.text}`, 0.75, 0.75);
  return null;
}

/** The registry's outlet of a name, else the name itself keyed by the page's domain; null for an agency's name. */
function namedOutlet(name: string, resources: Resources, pageUrl: string | null, evidence: string, known: number, unknown: number): Outlet | null {
  const medium = resources.media.byName(name);
  if (medium && !medium.roles.includes('outlet')) return null;
  if (medium) return outletOf(medium, known, [evidence], 'text');
  const domain = pageUrl ? registrableDomain(pageUrl) : null;
  return { key: outletKey(name, pageUrl), name, ...(domain && { domain }), confidence: unknown, evidence: [evidence], source: 'text' };
}

/** A footer's copyright line: ©, ⓒ, (c) or Copyright, an optional year or range, then the owner's name up to the first period, comma, bar or dash. */
const COPYRIGHT_LINE = /^(?:[©ⓒⒸ]|\(c\)|copyright\b)\s*(?:[©ⓒⒸ]\s*)?(?:(?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)\d{2})?\s*)?([^.,|。，]{2,60}?)\s*(?:(?:19|20)\d{2}\s*)?(?:[.,|。，]|\s[-–—]\s|$)/iu;

/** The line with every "all rights reserved" phrase turned into a separator, and leading separators dropped (`版权所有 © 南岭日报` → `© 南岭日报`). */
function withoutRightsPhrases(line: string, resources: Resources): string {
  return line.replace(resources.rightsReserved, ' | ').replace(/^[\s|]+/u, '').replace(/[\s|]+$/u, '');
}

/**
 * The outlet a page's own copyright line names (`© 2023 The Harbour Gazette. All rights reserved.`),
 * read from the last such line outside the article's text and captions (a credit line only with a
 * year); a name the registry knows as an agency (a photo credit's `© AFP`) is not the page's outlet.
 */
function fromCopyrightLine(blocks: readonly ClassifiedBlock[], resources: Resources, pageUrl: string | null): Outlet | null {
  for (let i = blocks.length - 1; i >= 0; i--) {
    const block = blocks[i]!;
    if (CONTENT_ROLES.has(block.role)) continue;
    // A credit line is a photo's unless it carries a year or says "all rights reserved", as a site's copyright line does.
    // Years in any script's digits (`© ২০২৪ দৈনিক নদীতীর`).
    const line = asciiDigits(block.text);
    if (block.role === 'credit' && !/(?:19|20)\d{2}/u.test(line) && line.search(resources.rightsReserved) < 0) continue;
    // The owner's name without a year or a dash left after it (`Le Courrier du Lac 2024 -`).
    const name = COPYRIGHT_LINE.exec(withoutRightsPhrases(line, resources))?.[1]?.replace(/(?:\s+(?:19|20)\d{2})?[\s\-–—]*$/u, '').trim();
    if (!name || !/\p{L}{2}/u.test(name)) continue;
    const outlet = namedOutlet(name, resources, pageUrl, `the page's copyright line: ${block.text}`, 0.85, 0.7);
    if (outlet) return outlet;
  }
  return null;
}

function outletOf(medium: Medium, confidence: number, evidence: string[], source: Outlet['source']): Outlet {
  return { key: medium.id, id: medium.id, name: medium.name, ...(medium.domains[0] && { domain: medium.domains[0] }), confidence, evidence, ...(source && { source }) };
}

/**
 * The registrable domain of a host or URL (`news.example.co.uk` → `example.co.uk`), found with
 * tldts and the Public Suffix List, or null.
 *
 * @example
 * registrableDomain('https://www.bbc.co.uk/news/1'); // 'bbc.co.uk'
 */
export function registrableDomain(hostOrUrl: string): string | null {
  return getDomain(hostOrUrl) ?? null;
}

/**
 * An outlet's key when the registry does not know it: its registrable domain when there is one,
 * else its name, lower-cased.
 *
 * @example
 * outletKey('The Harbour Gazette', 'https://www.harbour-gazette.example/a'); // 'domain:harbour-gazette.example'
 */
export function outletKey(name: string, url?: string | null): string {
  const domain = (url && registrableDomain(url)) || (/^[a-z0-9-]+(?:\.[a-z0-9-]+)+$/iu.test(name.trim()) ? registrableDomain(name.trim()) : null);
  return domain ? `domain:${domain}` : `name:${name.normalize('NFC').trim().toLowerCase()}`;
}

/**
 * The registry's outlet for a host (`www.rt.com`, `rt.com`), or null when the registry does not
 * know it as an outlet.
 *
 * @example
 * outletFromHost('www.rt.com', getResources(), "the page's URL")?.name; // 'RT'
 */
export function outletFromHost(host: string, resources: Resources, evidence: string): Outlet | null {
  const medium = resources.media.byHost(host);
  return medium && medium.roles.includes('outlet') ? outletOf(medium, 0.85, [evidence], 'url') : null;
}

/**
 * The outlet a source line names as itself: a name the registry lists as the outlet's own
 * signature (`الميادين نت`), or a name the page's own domain spells. Any other name on a source
 * line is where the story came from (`Source: AFP`, `Nguồn: BBC`), not the page's outlet.
 */
function fromSourceLine(blocks: readonly ClassifiedBlock[], resources: Resources, pageUrl: string | null): Outlet | null {
  const domain = pageUrl ? registrableDomain(pageUrl) : null;
  for (const block of blocks) {
    if (block.role !== 'source') continue;
    const names = block.text.replace(SOURCE_LABEL, '').split(/\s*[+,،/&]\s*|\s+(?:و|and|i|et|и|y|und|và)\s+/u);
    for (const raw of names) {
      const name = raw.trim();
      const medium = resources.media.bySourceName(name);
      if (medium) return outletOf(medium, 0.9, [`source line names the outlet: ${block.text}`], 'source-line');
      if (!domain || !/\p{L}/u.test(name) || !nameMatchesDomain(name, domain)) continue;
      const known = resources.media.byName(name);
      if (known && !known.roles.includes('outlet')) continue;
      const evidence = [`source line names the page's own site: ${block.text}`];
      return known ? outletOf(known, 0.9, evidence, 'source-line') : { key: outletKey(name, pageUrl), name, domain, confidence: 0.85, evidence, source: 'source-line' };
    }
  }
  return null;
}

function fromUrl(input: OutletInput, resources: Resources): Outlet | null {
  for (const { url, role } of input.urls) {
    const host = hostOf(url);
    const medium = host ? resources.media.byHost(host) : undefined;
    if (!medium || !medium.roles.includes('outlet')) continue;
    const isOriginal = input.isTranslation && (role === 'source' || role === 'translation-note');
    return isOriginal
      ? outletOf(medium, 0.6, [`the text is a machine translation of ${url}`], 'url')
      : outletOf(medium, 0.8, [`URL in the text: ${url}`], 'url');
  }
  return null;
}

function fromFingerprints(text: string, resources: Resources): Outlet | null {
  const { minConfidence, maxConfidence } = resources.data.fingerprints;
  const scores = new Map<string, { miss: number; evidence: string[] }>();
  for (const fingerprint of resources.fingerprints) {
    const match = fingerprint.regex.exec(text);
    if (!match) continue;
    const entry = scores.get(fingerprint.outlet) ?? { miss: 1, evidence: [] };
    entry.miss *= 1 - fingerprint.weight;
    entry.evidence.push(`house style: ${fingerprint.description} ("${match[0].trim()}")`);
    scores.set(fingerprint.outlet, entry);
  }
  let best: Outlet | null = null;
  for (const [id, { miss, evidence }] of scores) {
    const medium = resources.media.byId(id);
    if (!medium) throw new Error(`fingerprints.json names unknown outlet "${id}"`);
    const confidence = Math.round(Math.min(maxConfidence, 1 - miss) * 100) / 100;
    if (confidence < minConfidence) continue;
    if (!best || confidence > best.confidence) best = outletOf(medium, confidence, evidence, 'fingerprint');
  }
  return best;
}
