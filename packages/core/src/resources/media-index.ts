import type { Medium, MediaRegistry } from '../data/schemas.js';
import { compileAliasMatcher, type AliasMatcher } from '../text/alias-matcher.js';
import { foldForMatching } from '../speed/fold-fast.js';

/** Look-ups over the media registry, compiled once. */
export interface MediaIndex {
  byId(id: string): Medium | undefined;
  /** The most specific medium whose domain is the host or a parent of it (`arabic.rt.com` before `rt.com`). */
  byHost(host: string): Medium | undefined;
  /** The medium whose own source-line name is this text (`الميادين نت`). */
  bySourceName(name: string): Medium | undefined;
  /** The medium with this name, alias or source-line name (`Le Monde`, `ТАСС`). */
  byName(name: string): Medium | undefined;
  /** Finds wire and photo agencies named in a text, in every script of their aliases. */
  agencies: AliasMatcher<Medium>;
  /** Finds the aliases that name a medium only where a text cites it (`citedOnly`: `الجزيرة`, `Antara`); the entity matcher finds every other. */
  citedOnly: AliasMatcher<Medium>;
}

/**
 * Builds the look-ups of a media registry.
 *
 * @example
 * const index = buildMediaIndex(loadCoreData().media);
 * index.byHost('www.rt.com')?.name; // 'RT'
 * index.agencies.findAll('المصدر: AFP')[0]?.key.id; // 'afp'
 * index.byName('ТАСС')?.id; // 'tass'
 */
export function buildMediaIndex(registry: MediaRegistry): MediaIndex {
  const ids = new Map(registry.media.map((medium) => [medium.id, medium]));
  const hosts = new Map<string, Medium>();
  for (const medium of registry.media) for (const domain of medium.domains) hosts.set(domain, medium);
  const sourceNames = new Map<string, Medium>();
  for (const medium of registry.media) for (const name of medium.sourceNames ?? []) sourceNames.set(foldForMatching(name), medium);
  const names = new Map(sourceNames);
  for (const medium of registry.media) for (const name of [medium.name, ...medium.aliases]) if (!names.has(foldForMatching(name))) names.set(foldForMatching(name), medium);
  const agencies = compileAliasMatcher(
    registry.media
      .filter((medium) => medium.roles.includes('wire-agency') || medium.roles.includes('photo-agency'))
      .flatMap((medium) => medium.aliases.map((alias) => ({ alias, key: medium }))),
  );
  const citedOnly = compileAliasMatcher(registry.media.flatMap((medium) => (medium.citedOnly ?? []).map((alias) => ({ alias, key: medium }))));
  return {
    byId: (id) => ids.get(id),
    byHost(host) {
      const labels = host.toLowerCase().replace(/\.$/, '').split('.');
      for (let i = 0; i < labels.length - 1; i++) {
        const found = hosts.get(labels.slice(i).join('.'));
        if (found) return found;
      }
      return undefined;
    },
    bySourceName: (name) => sourceNames.get(foldForMatching(name)),
    byName: (name) => names.get(foldForMatching(name)),
    agencies,
    citedOnly,
  };
}
