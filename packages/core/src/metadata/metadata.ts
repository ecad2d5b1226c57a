import type { ClassifiedBlock } from '../classify/classify.js';
import { splitTitleDate } from './title-date.js';
import type { Resources } from '../resources/resources.js';
import type { FieldSource, Outlet, ProvenanceEntry, Published, Translation } from '../schema/article.js';
import { readIsoDate, type PageMetadata } from '../input/page-metadata.js';
import type { HtmlField, HtmlMetadata } from '../input/html-page.js';
import { extractOutlet, outletFromHost, outletKey, registrableDomain } from './outlet.js';
import { extractPublished } from './published-date.js';
import { extractTranslation } from './translation.js';
import { findUrls, hostOf } from './urls.js';
import { withoutSiteName } from '../text/site-name.js';

/** What a page says about itself: its headline, source URL, translation provenance, dates, outlet, authors and section. */
export interface PageMetadataFields {
  /** The page's own URL when the record did not give it: the canonical link, `og:url` or JSON-LD's. */
  pageUrl: string | null;
  title: string | null;
  titleProvenance: ProvenanceEntry | null;
  sourceUrl: string | null;
  translation: Translation;
  published: Published | null;
  modified: string | null;
  fetched: string | null;
  outlet: Outlet | null;
  authors: string[];
  section: string | null;
}

/**
 * Stage 5, metadata: the headline, the URLs the text names (a source URL, a translated original),
 * translation provenance, the publication date and the outlet, from every source there is: the
 * record's own metadata, datelines and source lines of the text, the page's URL, house style. Which
 * source wins is `data/precedence.json`'s; when the metadata's date and the text's are further apart
 * than it allows, a warning names both. Adds a warning for a missing date and for a missing or
 * uncertain outlet.
 *
 * @example
 * extractMetadata(blocks, text, 'vi', getResources(), warnings).published?.value; // '2023-07-01T09:05:00+07:00'
 */
export function extractMetadata(
  blocks: readonly ClassifiedBlock[],
  text: string,
  language: string | null,
  resources: Resources,
  warnings: string[],
  recorded: PageMetadata = {},
  html?: HtmlMetadata,
  titleFromMarkup = false,
): PageMetadataFields {
  const precedence = resources.data.precedence;
  const pageUrl = recorded.url ? null : (html?.url[0]?.value ?? null);
  const urls = findUrls(blocks);
  const translation = extractTranslation(blocks, urls, resources);
  const sourceUrl = urls.find((url) => url.role === 'source' || url.role === 'translation-note')?.url ?? null;
  // The page's own URLs: the record's, and a source line's when the page is not a translation of it.
  const ownUrl = recorded.url ?? pageUrl;
  const pageUrls = [...(ownUrl ? [ownUrl] : []), ...(!translation.isTranslation && sourceUrl ? [sourceUrl] : [])];

  // A headline may carry its date after it (`… Publié le 12/03/2024`): the date leaves the title and dates the page.
  const headline = blocks.find((block) => block.role === 'title')?.text ?? null;
  const headlineParts = headline ? splitTitleDate(headline, resources) : null;
  const datelines = [...blocks.filter((block) => block.role === 'dateline').map((block) => block.text), ...(headlineParts?.dateline ? [headlineParts.dateline] : [])];
  const recordedDate = readIsoDate(recorded.published);
  if (recorded.published !== undefined && !recordedDate) warnings.push(`published: the record's date "${recorded.published}" is not an ISO 8601 date; not used`);
  const dates: Partial<Record<FieldSource, Published>> = {
    ...(recordedDate && { metadata: { ...recordedDate, source: 'metadata', evidence: recorded.published! } }),
  };
  for (const field of html?.published ?? []) {
    const date = readIsoDate(field.value);
    if (date && !dates[field.source]) dates[field.source] = { ...date, source: field.source, evidence: `${field.evidence}: ${field.value}` };
  }
  const fromDateline = extractPublished({ datelines, language }, resources);
  if (fromDateline) dates.dateline = fromDateline;
  const fromUrl = extractPublished({ datelines: [], language, pageUrls }, resources);
  if (fromUrl) dates.url = fromUrl;
  const published = first(precedence.published, dates);
  if (!published) warnings.push('published: the page shows no publication date');
  else {
    for (const other of Object.values(dates)) {
      if (other === published || daysApart(other.value, published.value) <= precedence.warnWhenPublishedDaysApart) continue;
      warnings.push(`published: ${published.source} gives ${published.value} (${published.evidence}) but ${other.source} gives ${other.value} (${other.evidence}); kept the ${published.source}'s`);
    }
  }

  const outlets: Partial<Record<FieldSource, Outlet>> = {};
  if (recorded.outlet) outlets.metadata = outletFromRecord(recorded.outlet, resources, ownUrl);
  for (const field of html?.outlet ?? []) outlets[field.source] ??= outletFromRecord(field.value, resources, ownUrl, field);
  const fromText = extractOutlet({ blocks, text, urls, isTranslation: translation.isTranslation, pageUrl: ownUrl }, resources);
  // On a page with its own URL, a URL in the text, a source line or house style that points to
  // another site names where the story came from, not the page's outlet.
  const elsewhere = fromText && ownUrl && fromText.source !== 'text' && fromText.domain !== undefined && registrableDomain(fromText.domain) !== registrableDomain(ownUrl);
  if (fromText?.source && !elsewhere) outlets[fromText.source] = fromText;
  const pageHost = ownUrl ? hostOf(ownUrl) : null;
  if (pageHost && !outlets.url) {
    const byHost = outletFromHost(pageHost, resources, `the page's URL: ${ownUrl}`);
    if (byHost) outlets.url = byHost;
  }
  // No closed list: a page whose outlet no source names is attributed to the registrable domain of its URL.
  const pageDomain = ownUrl ? registrableDomain(ownUrl) : null;
  const outlet = first(precedence.outlet, outlets) ?? (pageDomain ? { key: `domain:${pageDomain}`, name: pageDomain, domain: pageDomain, confidence: 0.6, evidence: [`the registrable domain of the page's URL: ${ownUrl}`], source: 'url' } : null);
  for (const other of Object.values(outlets)) {
    if (outlet && other !== outlet && !sameName(other.name, outlet.name)) warnings.push(`outlet: ${outlet.source} names "${outlet.name}" but ${other.source} names "${other.name}"; kept the ${outlet.source}'s`);
  }
  if (!outlet) warnings.push('outlet: nothing in the text identifies the outlet');
  else if (outlet.confidence < 0.7) warnings.push(`outlet: "${outlet.name}" is uncertain (confidence ${outlet.confidence}): ${outlet.evidence.join('; ')}`);

  const titles: Partial<Record<FieldSource, { title: string; provenance: ProvenanceEntry }>> = {};
  const recordedTitle = recorded.title?.trim();
  if (recordedTitle) titles.metadata = { title: recordedTitle, provenance: { source: 'metadata', evidence: 'the record\'s title' } };
  for (const field of html?.title ?? []) titles[field.source] ??= { title: field.value, provenance: { source: field.source, evidence: field.evidence } };
  const textTitle = headlineParts?.title ?? null;
  if (textTitle && titleFromMarkup) titles.markup = { title: textTitle, provenance: { source: 'markup', evidence: 'the first <h1> of the page' } };
  else if (textTitle) titles.text = { title: textTitle, provenance: { source: 'text', evidence: 'the headline line of the page' } };
  const title = first(precedence.title, titles);
  for (const other of Object.values(titles)) {
    if (title && other !== title && !sameName(other.title, title.title)) warnings.push(`title: ${title.provenance.source} gives "${title.title}" but ${other.provenance.source} gives "${other.title}"; kept the ${title.provenance.source}'s`);
  }

  const firstOf = (fields: readonly HtmlField[] | undefined) => fields?.[0]?.value;
  const htmlAuthors = html?.authors ?? [];
  return {
    pageUrl,
    title: title && outlet ? withoutSiteName(title.title, outlet.name, outlet.domain) : (title?.title ?? null),
    titleProvenance: title?.provenance ?? null,
    sourceUrl,
    translation,
    published,
    modified: readIsoDate(recorded.modified ?? firstOf(html?.modified))?.value ?? null,
    fetched: readIsoDate(recorded.fetched)?.value ?? null,
    outlet,
    authors: (recorded.authors ?? htmlAuthors).map((author) => author.trim()).filter((author) => author !== ''),
    section: (recorded.section ?? firstOf(html?.section))?.trim() || null,
  };
}

/** Whether two names or titles say the same: equal once folded, or one holding the other (a `<title>` with the site's name after the headline). */
function sameName(a: string, b: string): boolean {
  const [x, y] = [a, b].map((text) => text.normalize('NFC').toLowerCase().replace(/\s+/gu, ' ').trim());
  return x === y || x!.includes(y!) || y!.includes(x!);
}

/** The value of the first source in the order that has one. */
function first<T>(order: readonly FieldSource[], values: Partial<Record<FieldSource, T>>): T | null {
  for (const source of order) {
    const value = values[source];
    if (value !== undefined) return value;
  }
  return null;
}

/** Whole days between the calendar days of two ISO dates (0 when either is coarser than a day). */
function daysApart(a: string, b: string): number {
  if (a.length < 10 || b.length < 10) return 0;
  return Math.abs(Date.parse(a.slice(0, 10)) - Date.parse(b.slice(0, 10))) / 86_400_000;
}

/** The outlet a record names: the registry's when it knows the name or the domain, else the name as given. */
function outletFromRecord(name: string, resources: Resources, pageUrl: string | null, field?: HtmlField): Outlet {
  const medium = resources.media.bySourceName(name.trim()) ?? resources.media.byHost(name.trim().toLowerCase().replace(/^www\./u, ''));
  const evidence = [field ? `${field.evidence} names the outlet: ${name}` : `the record names the outlet: ${name}`];
  const source = field?.source ?? 'metadata';
  if (medium) return { key: medium.id, id: medium.id, name: medium.name, ...(medium.domains[0] && { domain: medium.domains[0] }), confidence: 0.95, evidence, source };
  const isDomain = /^[a-z0-9-]+(?:\.[a-z0-9-]+)+$/iu.test(name.trim());
  const domain = isDomain ? (registrableDomain(name.trim()) ?? name.trim().toLowerCase()) : pageUrl ? registrableDomain(pageUrl) : null;
  return { key: outletKey(name, pageUrl), name: isDomain ? domain! : name.trim(), ...(domain && { domain }), confidence: 0.9, evidence, source };
}
