import { Parser } from 'htmlparser2';
import type { Markup } from '../data/schemas.js';
import type { SegmentRole } from '../schema/article.js';

/** A value an HTML page states, with where in the markup it came from. */
export interface HtmlField {
  value: string;
  source: 'json-ld' | 'html-meta' | 'markup';
  evidence: string;
}

/** What an HTML page states about itself, each field with every source that gives it, strongest first. */
export interface HtmlMetadata {
  title: HtmlField[];
  published: HtmlField[];
  modified: HtmlField[];
  outlet: HtmlField[];
  url: HtmlField[];
  section: HtmlField[];
  authors: string[];
  /** `<html lang>` as written. */
  language: string | null;
}

/** An HTML page as lines of text, the role its markup gives each line, and what it states about itself. */
export interface HtmlPage {
  /** The page's text: one line per block element, a blank line between lines. Every offset of the article indexes it. */
  text: string;
  /** The role the markup gives each line (by its order among the page's lines), or undefined. */
  markupRoles: (SegmentRole | undefined)[];
  metadata: HtmlMetadata;
}

const ARTICLE_TYPES = /^(?:NewsArticle|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|BackgroundNewsArticle|Article|BlogPosting|LiveBlogPosting|WebPage)$/u;

/**
 * Reads an HTML page with htmlparser2: block elements become lines, script and style contents are
 * not text, nothing else is dropped, so every line of the page still gets a role. The markup is
 * evidence (`data/markup.json`): `<nav>`, `<aside>`, `<figcaption>`, header and footer outside the
 * article, class names such as `share` or `comments`; the first `<h1>` is the headline. The page's
 * statements about itself are collected with their source: JSON-LD (`NewsArticle`: headline,
 * datePublished, dateModified, author, publisher, articleSection, url), meta tags (Open Graph,
 * `article:published_time`), `<link rel=canonical>`, `<title>`, `<html lang>`, `<time datetime>`.
 *
 * @example
 * const page = readHtml('<html lang="en"><body><nav>Home</nav><h1>Port strike over</h1><p>Dock workers…</p></body></html>', markup);
 * page.text; // 'Home\n\nPort strike over\n\nDock workers…'
 * page.markupRoles; // ['navigation', 'title', undefined]
 */
export function readHtml(html: string, markup: Markup): HtmlPage {
  const blocks = new Set(markup.blocks);
  const skip = new Set(markup.skip);
  const lines: string[] = [];
  const roles: (SegmentRole | undefined)[] = [];
  const metadata: HtmlMetadata = { title: [], published: [], modified: [], outlet: [], url: [], section: [], authors: [], language: null };
  /** The open elements: name, the role they give, whether they are the article itself. */
  const stack: { name: string; role: SegmentRole | undefined; article: boolean }[] = [];
  let skipping = 0;
  let current = '';
  let jsonLd: string | null = null;
  let inTitle = false;
  let titleText = '';
  let sawHeadline = false;
  let headlineNext = false;

  const insideArticle = () => stack.some((element) => element.article);
  const roleHere = (): SegmentRole | undefined => {
    for (let i = stack.length - 1; i >= 0; i--) if (stack[i]!.role) return stack[i]!.role;
    return undefined;
  };
  const endLine = (listItem = false) => {
    // A menu item keeps its words, not the separator written before it (`Home | Video` → `Home`, `Video`).
    const text = current.replace(/\s+/gu, ' ').trim().replace(listItem ? /^[|·•/–—-]\s*/u : /^$/u, '');
    current = '';
    if (text === '') return;
    lines.push(text);
    roles.push(headlineNext ? 'title' : roleHere());
    headlineNext = false;
  };
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (name === 'html' && attributes['lang']) metadata.language = attributes['lang'];
        if (name === 'meta') readMeta(attributes, metadata);
        if (name === 'link' && /\bcanonical\b/iu.test(attributes['rel'] ?? '') && attributes['href']) metadata.url.push({ value: attributes['href'], source: 'html-meta', evidence: '<link rel="canonical">' });
        if (name === 'script' && /ld\+json/iu.test(attributes['type'] ?? '')) jsonLd = '';
        if (name === 'title' && skipping > 0) inTitle = true;
        if (skip.has(name)) skipping++;
        if (skipping > 0) return;
        if (blocks.has(name)) endLine();
        const article = name === 'article' || name === 'main';
        let role: SegmentRole | undefined = markup.elements[name];
        if ((name === 'header' || name === 'footer') && insideArticle()) role = undefined;
        role ??= classRole(`${attributes['class'] ?? ''} ${attributes['id'] ?? ''}`, markup);
        // The first <time datetime> outside menus, teasers and widgets dates the page.
        const timeRole = role ?? roleHere();
        if (name === 'time' && attributes['datetime'] && !metadata.published.some((field) => field.source === 'markup') && !(timeRole && NOT_THE_PAGE.has(timeRole))) {
          metadata.published.push({ value: attributes['datetime'], source: 'markup', evidence: `<time datetime="${attributes['datetime']}">` });
        }
        if (name === 'h1' && !sawHeadline) {
          sawHeadline = true;
          headlineNext = true;
        }
        stack.push({ name, role, article });
      },
      ontext(text) {
        if (jsonLd !== null) jsonLd += text;
        else if (inTitle) titleText += text;
        else if (skipping === 0) current += text;
      },
      onclosetag(name) {
        if (name === 'script' && jsonLd !== null) {
          readJsonLd(jsonLd, metadata);
          jsonLd = null;
        }
        if (name === 'title' && inTitle) {
          inTitle = false;
          const title = titleText.replace(/\s+/gu, ' ').trim();
          if (title) metadata.title.push({ value: title, source: 'html-meta', evidence: '<title>' });
        }
        if (skip.has(name)) {
          skipping = Math.max(0, skipping - 1);
          return;
        }
        if (skipping > 0) return;
        // A link in a menu, a teaser list or a widget is an item of its own, even with no space between links.
        const role = roleHere();
        if (blocks.has(name)) endLine();
        else if (name === 'a' && role && LIST_ROLES.has(role)) endLine(true);
        for (let i = stack.length - 1; i >= 0; i--) {
          if (stack[i]!.name !== name) continue;
          stack.length = i;
          break;
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.write(html);
  parser.end();
  endLine();
  // Strongest first: JSON-LD, then meta tags (Open Graph before <title>, which often carries the site's name), then markup.
  const rank = (field: HtmlField) => SOURCE_ORDER[field.source] * 2 + (field.evidence === '<title>' ? 1 : 0);
  for (const field of ['title', 'published', 'modified', 'outlet', 'url', 'section'] as const) metadata[field].sort((a, b) => rank(a) - rank(b));
  return { text: lines.join('\n\n'), markupRoles: roles, metadata };
}

/** Roles whose links are items of a list: menus, teasers, share buttons. */
const LIST_ROLES = new Set<SegmentRole>(['navigation', 'related', 'promo']);

/** Roles whose dates and headlines belong to other pages. */
const NOT_THE_PAGE = new Set<SegmentRole>(['navigation', 'related', 'promo', 'comments']);

const SOURCE_ORDER = { 'json-ld': 0, 'html-meta': 1, markup: 2 } as const;

/** The role a class or id names (`share-buttons` → promo), or undefined. */
function classRole(names: string, markup: Markup): SegmentRole | undefined {
  for (const token of names.toLowerCase().split(/[\s_-]+/u)) {
    const role = markup.classes[token];
    if (role) return role;
  }
  return undefined;
}

const META_FIELDS: Record<string, keyof Omit<HtmlMetadata, 'authors' | 'language'> | 'author'> = {
  'og:title': 'title',
  'twitter:title': 'title',
  'og:site_name': 'outlet',
  'og:url': 'url',
  'article:published_time': 'published',
  'datepublished': 'published',
  'pubdate': 'published',
  'date': 'published',
  'dc.date': 'published',
  'article:modified_time': 'modified',
  'article:section': 'section',
  'article:author': 'author',
  author: 'author',
};

function readMeta(attributes: Record<string, string>, metadata: HtmlMetadata): void {
  const key = (attributes['property'] ?? attributes['name'] ?? attributes['itemprop'] ?? '').toLowerCase();
  const content = attributes['content']?.trim();
  const field = META_FIELDS[key];
  if (!field || !content) return;
  if (field === 'author') {
    if (!/^https?:/u.test(content) && !metadata.authors.includes(content)) metadata.authors.push(content);
    return;
  }
  metadata[field].push({ value: content, source: 'html-meta', evidence: `<meta ${attributes['property'] ? 'property' : 'name'}="${key}">` });
}

/** Reads a JSON-LD block (one object, a list, or a `@graph`): the article's own fields and its publisher. */
function readJsonLd(text: string, metadata: HtmlMetadata): void {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return;
  }
  const items: unknown[] = Array.isArray(data) ? data : [data];
  for (const item of items.flatMap((entry) => (entry && typeof entry === 'object' && Array.isArray((entry as { '@graph'?: unknown })['@graph']) ? ((entry as { '@graph': unknown[] })['@graph']) : [entry]))) {
    if (!item || typeof item !== 'object') continue;
    const node = item as Record<string, unknown>;
    const types = ([] as unknown[]).concat(node['@type'] ?? []).map(String);
    if (!types.some((type) => ARTICLE_TYPES.test(type))) continue;
    const evidence = `JSON-LD ${types.join(', ')}`;
    const push = (field: 'title' | 'published' | 'modified' | 'section' | 'url' | 'outlet', value: unknown, key: string) => {
      const text = typeof value === 'string' ? value.trim() : Array.isArray(value) && typeof value[0] === 'string' ? value[0].trim() : '';
      if (text) metadata[field].push({ value: text, source: 'json-ld', evidence: `${evidence}: ${key}` });
    };
    const isArticle = !types.every((type) => type === 'WebPage');
    if (isArticle) push('title', node['headline'] ?? node['name'], 'headline');
    push('published', node['datePublished'], 'datePublished');
    push('modified', node['dateModified'], 'dateModified');
    push('section', node['articleSection'], 'articleSection');
    push('url', node['url'] ?? (node['mainEntityOfPage'] as { '@id'?: unknown } | undefined)?.['@id'], 'url');
    const publisher = node['publisher'] as { name?: unknown } | undefined;
    if (publisher && typeof publisher === 'object') push('outlet', publisher.name, 'publisher.name');
    for (const author of ([] as unknown[]).concat(node['author'] ?? [])) {
      const name = typeof author === 'string' ? author : author && typeof author === 'object' ? (author as { name?: unknown }).name : undefined;
      if (typeof name === 'string' && name.trim() && !/^https?:/u.test(name) && !metadata.authors.includes(name.trim())) metadata.authors.push(name.trim());
    }
  }
}
