import { loadCoreData, loadDataFile } from './load.js';
import { MediaRegistrySchema, type MediaRegistry, type Medium } from './schemas.js';

/**
 * Reads a user's outlet file (same shape as `data/media.json`), validates it, and merges it into
 * the bundled registry (see `mergeMediaRegistries`). A bad file is an error naming the file and the problem.
 *
 * @example
 * const media = loadMediaRegistry('my-outlets.json');
 * parseArticle(bytes, { file, media });
 */
export function loadMediaRegistry(path: string, base: MediaRegistry = loadCoreData().media): MediaRegistry {
  return mergeMediaRegistries(base, loadDataFile(MediaRegistrySchema, path), path);
}

/**
 * Merges a user's outlets into a registry: a new id is added; a known id gains the file's domains,
 * aliases and source names. A domain already held by another medium is an error, and so is an
 * agency: a user file adds outlets, the bundled registry holds the agencies.
 *
 * @example
 * mergeMediaRegistries(loadCoreData().media, { media: [{ id: 'rt', name: 'RT', roles: ['outlet'], domains: ['rt.example'], country: null, languages: [], ownership: 'unknown', aliases: [] }] })
 *   .media.find((medium) => medium.id === 'rt')?.domains.includes('rt.example'); // true
 */
export function mergeMediaRegistries(base: MediaRegistry, extra: MediaRegistry, source = 'media'): MediaRegistry {
  const merged = new Map(base.media.map((medium) => [medium.id, structuredClone(medium)]));
  const owners = new Map(base.media.flatMap((medium) => medium.domains.map((domain) => [domain, medium.id] as const)));
  for (const medium of extra.media) {
    const agencyRole = medium.roles.find((role) => role !== 'outlet');
    if (agencyRole) throw new Error(`${source}: medium "${medium.id}" has the role ${agencyRole}; a user file adds outlets only`);
    for (const domain of medium.domains) {
      const owner = owners.get(domain);
      if (owner && owner !== medium.id) throw new Error(`${source}: domain ${domain} of "${medium.id}" already belongs to "${owner}"`);
      owners.set(domain, medium.id);
    }
    const known = merged.get(medium.id);
    merged.set(medium.id, known ? extend(known, medium) : structuredClone(medium));
  }
  return MediaRegistrySchema.parse({ media: [...merged.values()] });
}

function extend(known: Medium, extra: Medium): Medium {
  const union = (a: readonly string[] = [], b: readonly string[] = []) => [...new Set([...a, ...b])];
  return {
    ...known,
    domains: union(known.domains, extra.domains),
    aliases: union(known.aliases, extra.aliases),
    ...((known.sourceNames || extra.sourceNames) && { sourceNames: union(known.sourceNames, extra.sourceNames) }),
    ...((known.citedOnly || extra.citedOnly) && { citedOnly: union(known.citedOnly, extra.citedOnly) }),
    ...((known.sources || extra.sources) && { sources: union(known.sources, extra.sources) }),
  };
}
