import { createHash } from 'node:crypto';
import type { CoreData } from './load.js';
import type { EntityRegistry, MediaRegistry } from './schemas.js';

type Producer = CoreData['producer'];

/** Producers with a user's registries, per media registry, then per entity registry (the bundled one stands for "none given"). */
const cache = new WeakMap<MediaRegistry, WeakMap<EntityRegistry, Producer>>();

/**
 * What produced an article: the bundled producer, or, when a user's outlets or names were merged
 * in (`--outlets`, `--entities`), the same version with a data hash that covers those registries
 * too, so two runs with different user files never share a `producer.data`.
 *
 * @example
 * producerWith(loadCoreData(), loadMediaRegistry('my-outlets.json')).data === loadCoreData().producer.data; // false
 */
export function producerWith(bundled: CoreData, media: MediaRegistry = bundled.media, entities: EntityRegistry = bundled.entities): Producer {
  if (media === bundled.media && entities === bundled.entities) return bundled.producer;
  let byEntities = cache.get(media);
  if (!byEntities) cache.set(media, (byEntities = new WeakMap()));
  let producer = byEntities.get(entities);
  if (!producer) {
    const hash = createHash('sha256').update(bundled.producer.data);
    if (media !== bundled.media) hash.update('\nmedia\n').update(JSON.stringify(media));
    if (entities !== bundled.entities) hash.update('\nentities\n').update(JSON.stringify(entities));
    producer = { polynews: bundled.producer.polynews, data: hash.digest('hex').slice(0, 12) };
    byEntities.set(entities, producer);
  }
  return producer;
}
