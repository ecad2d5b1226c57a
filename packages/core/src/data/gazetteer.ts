import type { Entity, EntityRegistry, Gazetteer } from './schemas.js';
import { foldForMatching } from '../speed/fold-fast.js';

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
 * exemplar city) adds its names to the registry's city of that English name (`Mosca`, `Moskova` to
 * Moscow). The registry's own aliases, matched on every page, and its ambiguity rules come first.
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
  // A city only adds its names to the registry's city of that English name: CLDR's time-zone cities
  // include many that are also common words (Nome, Regina, Center), so none becomes an entity alone.
  for (const city of gazetteer.cities) {
    const known = (city.names['en'] ?? []).map((name) => byEnglishName.get(foldForMatching(name))).find((entity) => entity !== undefined);
    if (!known) continue;
    const local = (known.localNames ??= {});
    for (const [language, forms] of Object.entries(city.names)) {
      const kept = forms.filter(distinctive);
      if (kept.length > 0) local[language] = [...new Set([...(local[language] ?? []), ...kept])];
    }
  }
  for (const place of gazetteer.places) {
    const english = place.names['en'] ?? [];
    const known = english.map((name) => byEnglishName.get(foldForMatching(name))).find((entity) => entity !== undefined);
    const names = Object.entries(place.names)
      .map(([language, forms]) => [language, forms.filter(distinctive)] as const)
      .filter(([, forms]) => forms.length > 0);
    if (known) {
      const local = (known.localNames ??= {});
      for (const [language, forms] of names) local[language] = [...new Set([...(local[language] ?? []), ...forms])];
      continue;
    }
    const name = english[0]!;
    const base = slug(name);
    const id = ids.has(base) ? `${base}-${place.code.toLowerCase()}` : base;
    ids.add(id);
    entities.push({ id, name, type: 'place', kind: place.kind, aliases: {}, localNames: Object.fromEntries(names.map(([language, forms]) => [language, [...forms]])) });
  }
  return { ...registry, entities };
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
