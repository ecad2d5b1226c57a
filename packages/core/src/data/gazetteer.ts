import type { Entity, EntityRegistry, Gazetteer } from './schemas.js';
import { foldForMatching } from '../speed/fold-fast.js';

/** Scripts whose vowel signs folding drops (Brahmic, Thai, Lao, Khmer, Burmese, Sinhala). */
const FOLDS_TO_CONSONANTS = /[\p{Script=Devanagari}\p{Script=Bengali}\p{Script=Gurmukhi}\p{Script=Gujarati}\p{Script=Oriya}\p{Script=Tamil}\p{Script=Telugu}\p{Script=Kannada}\p{Script=Malayalam}\p{Script=Sinhala}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;

/** Han, Hangul and kana names are whole at two characters (`日本`, `미국`). */
const DENSE_SCRIPT = /^[\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}]+$/u;

/**
 * Whether a CLDR name can stand as an alias: folded, it keeps three characters (two in Han or
 * Hangul). Folding drops the vowel signs of Indic scripts, and a short name would then be a common
 * word (Hindi `पेरू`, Peru, folds as `पर`, "on").
 */
function distinctive(name: string): boolean {
  return DENSE_SCRIPT.test(name) || [...foldForMatching(name)].length >= 3;
}

/**
 * The registry with the gazetteer's places: a place the registry already holds (one of its names is
 * the place's English name in CLDR) gains CLDR's names in every language as local names (matched on
 * pages of their language, English ones everywhere); a place it lacks becomes an entity of its own,
 * its id the English name's (`portugal`, `western-africa`). A city CLDR names (a time zone's
 * exemplar city) adds its names to the place of that English name (`Mosca`, `Moskova` to Moscow), or
 * becomes a city of its own (`dhaka`, `lisbon`). The registry's own aliases, matched on every page,
 * and its ambiguity rules come first.
 *
 * @example
 * withGazetteer({ entities: [] }, { places: [{ code: 'PT', kind: 'country', names: { en: ['Portugal'], tr: ['Portekiz'] } }] }).entities[0]?.id; // 'portugal'
 */
export function withGazetteer(registry: EntityRegistry, gazetteer: Gazetteer): EntityRegistry {
  const entities: Entity[] = registry.entities.map((entity) => ({ ...entity, ...(entity.localNames && { localNames: { ...entity.localNames } }) }));
  const byEnglishName = new Map<string, Entity>();
  for (const entity of entities) {
    if (entity.type !== 'place') continue;
    for (const name of [entity.name, ...(entity.aliases['en'] ?? [])]) byEnglishName.set(foldForMatching(name), entity);
  }
  const ids = new Set(entities.map((entity) => entity.id));
  /** Adds a CLDR place: its names go to the place of its English name, or it becomes one of its own when `create` gives it (its names, kept as `create` keeps them). */
  const addPlace = (names: Readonly<Record<string, readonly string[]>>, create: (english: string, local: [string, string[]][]) => Entity | null): void => {
    const english = names['en'] ?? [];
    const local = localNamesOf(names);
    const known = english.map((name) => byEnglishName.get(foldForMatching(name))).find((entity) => entity !== undefined);
    if (known) return addLocalNames(known, local);
    const entity = english.length > 0 ? create(english[0]!, local) : null;
    if (!entity) return;
    entities.push(entity);
    for (const name of english) byEnglishName.set(foldForMatching(name), entity);
  };
  for (const place of gazetteer.places) addPlace(place.names, (english, local) => newPlace(english, place.kind, local, ids, place.code.toLowerCase()));
  // A city adds its names to the place of that English name (`Mosca`, `Moskova` to Moscow; Singapore's
  // city to Singapore), or becomes a place of its own. Only a time zone's city stands (`Asia/Dhaka`):
  // the zones of a region's towns (`America/Indiana/Knox`) name places too small to tell from words.
  // Folding drops the vowel signs of Indic and South-East Asian scripts, and a city's name would then
  // be a word (Hindi `बिजली`, electricity, folds as Banjul): a new city keeps no names in those scripts.
  for (const city of gazetteer.cities) {
    addPlace(city.names, (english, local) =>
      city.zone.split('/').length === 2 ? newPlace(english, 'city', local.filter(([, forms]) => !forms.some((form) => FOLDS_TO_CONSONANTS.test(form))), ids, 'city') : null,
    );
  }
  return { ...registry, entities };
}

/** A place's CLDR names by language, those that can stand as aliases. */
function localNamesOf(names: Readonly<Record<string, readonly string[]>>): [string, string[]][] {
  return Object.entries(names)
    .map(([language, forms]) => [language, forms.filter(distinctive)] as [string, string[]])
    .filter(([, forms]) => forms.length > 0);
}

function addLocalNames(entity: Entity, names: readonly [string, string[]][]): void {
  const local = (entity.localNames ??= {});
  for (const [language, forms] of names) local[language] = [...new Set([...(local[language] ?? []), ...forms])];
}

/** A place the registry lacks, its id its English name's (`portugal`), or with a suffix when that is taken (`georgia-ge`). */
function newPlace(name: string, kind: string, names: readonly [string, string[]][], ids: Set<string>, suffix: string): Entity {
  const base = slug(name);
  const id = ids.has(base) ? `${base}-${suffix}` : base;
  ids.add(id);
  return { id, name, type: 'place', kind, aliases: {}, localNames: Object.fromEntries(names.map(([language, forms]) => [language, [...forms]])) };
}

/** A lower-case ASCII id from a name (`Côte d’Ivoire` → `cote-d-ivoire`). */
function slug(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/gu, '-')
    .replace(/^-+|-+$/gu, '');
}
