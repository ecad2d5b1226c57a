import { loadDataFile, loadCoreData } from '../data/load.js';
import { EntityRegistrySchema, type EntityRegistry, type MediaRegistry } from '../data/schemas.js';
import { compileEntityMatcher, type EntityMatcher } from './entity-matcher.js';

/**
 * Reads a user's entity file (same shape as `data/entities.json`), validates it, and merges it into
 * the bundled registry: new ids are added; an id that exists gains the file's aliases (its type
 * must agree). A bad file is an error naming the file and the problem.
 *
 * @example
 * const entities = loadEntityRegistry('my-entities.json');
 * parseArticle(bytes, { file, entities });
 */
export function loadEntityRegistry(path: string, base: EntityRegistry = loadCoreData().entities): EntityRegistry {
  return mergeEntityRegistries(base, loadDataFile(EntityRegistrySchema, path), path);
}

/**
 * Merges two registries: entities of `extra` with a new id are added, and those with a known id add
 * their aliases and ambiguous aliases to it.
 *
 * @example
 * mergeEntityRegistries(loadCoreData().entities, { entities: [{ id: 'mali', name: 'Mali', type: 'place', aliases: { pl: ['Malijczycy'] } }] });
 */
export function mergeEntityRegistries(base: EntityRegistry, extra: EntityRegistry, source = 'entities'): EntityRegistry {
  const merged = new Map(base.entities.map((entity) => [entity.id, structuredClone(entity)]));
  for (const entity of extra.entities) {
    const known = merged.get(entity.id);
    if (!known) {
      merged.set(entity.id, structuredClone(entity));
      continue;
    }
    if (known.type !== entity.type) throw new Error(`${source}: entity "${entity.id}" is a ${entity.type} here but a ${known.type} in the registry`);
    for (const [language, aliases] of Object.entries(entity.aliases)) {
      known.aliases[language] = [...new Set([...(known.aliases[language] ?? []), ...aliases])];
    }
    if (entity.ambiguous) known.ambiguous = [...(known.ambiguous ?? []), ...entity.ambiguous];
  }
  return EntityRegistrySchema.parse({ entities: [...merged.values()] });
}

const matchers = new WeakMap<EntityRegistry, WeakMap<MediaRegistry, Map<string, EntityMatcher>>>();

/**
 * The compiled matcher for a registry, a language and the media registry (default the bundled
 * one), built once and cached.
 *
 * @example
 * entityMatcherFor(loadCoreData().entities, 'ar').find('والتقى ديوب بنظيره الروسي سيرغي لافروف').length; // 2
 */
export function entityMatcherFor(registry: EntityRegistry, language: string | null, media: MediaRegistry = loadCoreData().media): EntityMatcher {
  let byMedia = matchers.get(registry);
  if (!byMedia) {
    byMedia = new WeakMap();
    matchers.set(registry, byMedia);
  }
  let byLanguage = byMedia.get(media);
  if (!byLanguage) {
    byLanguage = new Map();
    byMedia.set(media, byLanguage);
  }
  const key = language ?? '';
  let matcher = byLanguage.get(key);
  if (!matcher) {
    matcher = compileEntityMatcher(registry, media, loadCoreData().inflection, language);
    byLanguage.set(key, matcher);
  }
  return matcher;
}
