import { getDomainWithoutSuffix } from 'tldts';
import { foldByDefinition as fold } from './fold.js';

/** What stands between a site's name and the rest of a line: `Le Monde | Accueil`, `Headline – The Gazette`. */
const SEPARATOR = /\s*\|\s*|\s+[–—•·»]\s+|\s+-\s+|\s+::\s+/u;
/** A separator that ends what is left of a headline once the site's name is cut off. */
const SEPARATOR_AT_END = new RegExp(`(?:${SEPARATOR.source})$`, 'u');

/** At most this many words make a site's name; more is a sentence or a headline. */
const MAX_NAME_WORDS = 6;

/**
 * The site's name a site-name line gives beside a "home" word of any language (`The Harbour
 * Gazette | Home`, `Trang chủ - Báo Sông Hồng`), or null when the line is not one.
 *
 * @example
 * siteNameOfHomeLine('The Harbour Gazette | Home', new Set(['home'])); // 'The Harbour Gazette'
 */
export function siteNameOfHomeLine(line: string, homeWords: ReadonlySet<string>): string | null {
  const parts = line.split(SEPARATOR).map((part) => part.trim()).filter((part) => part !== '');
  if (parts.length !== 2) return null;
  const [first, second] = parts as [string, string];
  const name = homeWords.has(fold(first)) ? second : homeWords.has(fold(second)) ? first : null;
  return name !== null && isNameLike(name) && !homeWords.has(fold(name)) ? name : null;
}

/**
 * The last part of a headline line that carries the site's name after a separator, as a page's
 * `<title>` does (`Floods reach the old town | The Harbour Gazette`), or null.
 *
 * @example
 * titleSuffix('Floods reach the old town | The Harbour Gazette'); // 'The Harbour Gazette'
 */
export function titleSuffix(title: string): string | null {
  const parts = title.split(SEPARATOR).map((part) => part.trim()).filter((part) => part !== '');
  if (parts.length < 2) return null;
  const last = parts[parts.length - 1]!;
  return isNameLike(last) ? last : null;
}

/** Letters to compare a name with a domain: folded (no marks or case), without spaces or punctuation (`Thanh Niên` → `thanhnien`). */
function compact(text: string): string {
  return fold(text).replace(/[^\p{L}\p{N}]/gu, '');
}

/**
 * Whether a name is the one a domain spells: the same letters (`Der Standard`, derstandard.at),
 * one holding the other (`The Harbour Gazette`, harbour-gazette.example), or the initials
 * (`Voice of America`, voanews.com holds `voa`).
 *
 * @example
 * nameMatchesDomain('Thanh Niên', 'thanhnien.vn'); // true
 * nameMatchesDomain('Reuters', 'thanhnien.vn'); // false
 */
export function nameMatchesDomain(name: string, domain: string): boolean {
  const label = compact(getDomainWithoutSuffix(domain) ?? '');
  const letters = compact(name);
  if (label.length < 2 || letters.length < 2) return false;
  if (label === letters) return true;
  if (letters.length >= 4 && label.includes(letters)) return true;
  if (label.length >= 4 && letters.includes(label)) return true;
  const words = name.split(/[\s\-–.]+/u).filter((word) => /\p{L}/u.test(word));
  const initials = compact(words.map((word) => [...word][0]).join(''));
  return words.length >= 2 && initials.length >= 2 && label.startsWith(initials);
}

/** A short run of words with a letter, not a sentence: what a site's name looks like. */
function isNameLike(text: string): boolean {
  const words = text.split(/\s+/u).filter((word) => word !== '');
  return words.length >= 1 && words.length <= MAX_NAME_WORDS && text.length <= 60 && /\p{L}/u.test(text) && !/[.!?:]$/u.test(text);
}

/**
 * A headline without the site's name after it, when that name is the outlet's (by name, or as
 * its domain spells it); the headline unchanged otherwise.
 *
 * @example
 * withoutSiteName('Floods reach the old town | The Harbour Gazette', 'The Harbour Gazette'); // 'Floods reach the old town'
 */
export function withoutSiteName(title: string, outletName: string, outletDomain?: string): string {
  const suffix = titleSuffix(title);
  if (!suffix) return title;
  const same = compact(suffix) === compact(outletName) || (outletDomain !== undefined && nameMatchesDomain(suffix, outletDomain));
  if (!same) return title;
  const at = title.lastIndexOf(suffix);
  return title.slice(0, at).replace(SEPARATOR_AT_END, '').trim() || title;
}
