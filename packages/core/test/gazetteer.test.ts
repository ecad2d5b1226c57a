import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/index.js';
import { withGazetteer } from '../src/data/gazetteer.js';
import type { EntityRegistry, Gazetteer } from '../src/data/schemas.js';
import { loadCoreData } from '../src/data/load.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const linked = (text: string, language: string) =>
  parseArticle(text, { metadata: { language } })
    .mentions.filter((mention) => mention.role !== 'navigation')
    .map((mention) => [mention.surface, mention.entityId]);

describe('the world gazetteer from CLDR (data/gazetteer.cldr.json)', () => {
  it('adds CLDR names to the registry’s places and the places it lacks as entities of their own', () => {
    const registry: EntityRegistry = {
      entities: [
        { id: 'russia', name: 'Russia', type: 'place', kind: 'country', aliases: { en: ['Russia'], vi: ['Nga'] } },
        { id: 'moscow', name: 'Moscow', type: 'place', kind: 'city', aliases: { en: ['Moscow'] } },
      ],
    };
    const gazetteer: Gazetteer = {
      places: [
        { code: 'RU', kind: 'country', names: { en: ['Russia'], tr: ['Rusya'], zh: ['俄罗斯', '俄羅斯'] } },
        { code: 'PT', kind: 'country', names: { en: ['Portugal'], it: ['Portogallo'] } },
        { code: 'PE', kind: 'country', names: { en: ['Peru'], hi: ['पेरू'] } },
      ],
      cities: [
        { zone: 'Europe/Moscow', names: { en: ['Moscow'], it: ['Mosca'], tr: ['Moskova'] } },
        { zone: 'Africa/Banjul', names: { en: ['Banjul'], fr: ['Banjul'], hi: ['बांजुल'] } },
        { zone: 'America/Indiana/Knox', names: { en: ['Knox'] } },
      ],
    };
    const merged = withGazetteer(registry, gazetteer);
    expect(merged.entities.find((entity) => entity.id === 'russia')).toMatchObject({ aliases: { en: ['Russia'], vi: ['Nga'] }, localNames: { en: ['Russia'], tr: ['Rusya'], zh: ['俄罗斯', '俄羅斯'] } });
    expect(merged.entities.find((entity) => entity.id === 'portugal')).toMatchObject({ name: 'Portugal', type: 'place', kind: 'country', aliases: {}, localNames: { en: ['Portugal'], it: ['Portogallo'] } });
    // Folded, Hindi पेरू is पर ("on"): a name that folds to fewer than three characters is left out.
    expect(merged.entities.find((entity) => entity.id === 'peru')?.localNames).toEqual({ en: ['Peru'] });
    expect(registry.entities[0]).not.toHaveProperty('localNames');
    // A time-zone city adds names to the registry's city; one the registry lacks is a city of its own,
    // without the names that folding would turn into words (Hindi बांजुल folds as बिजली, electricity), and
    // the towns of a region's zones (America/Indiana/Knox) are left out.
    expect(merged.entities.find((entity) => entity.id === 'moscow')?.localNames).toEqual({ en: ['Moscow'], it: ['Mosca'], tr: ['Moskova'] });
    expect(merged.entities.find((entity) => entity.id === 'banjul')).toMatchObject({ name: 'Banjul', type: 'place', kind: 'city', localNames: { en: ['Banjul'], fr: ['Banjul'] } });
    expect(merged.entities.some((entity) => entity.name === 'Knox')).toBe(false);
  });

  it('links countries named in languages the registry had no alias for', () => {
    expect(linked('Heyet yola çıktı\n\nHeyet salı günü Rusya ile Portekiz arasındaki ticaret anlaşmasını görüştü.\n', 'tr')).toEqual([['Rusya', 'russia'], ['Portekiz', 'portugal']]);
    expect(linked('代表團啟程\n\n代表團週二抵達俄羅斯，與葡萄牙代表會面。\n', 'zh')).toEqual([['俄羅斯', 'russia'], ['葡萄牙', 'portugal']]);
    expect(linked('Delegazione partita\n\nLa delegazione è arrivata martedì a Mosca per colloqui sul commercio con la Russia.\n', 'it')).toEqual([['Mosca', 'moscow'], ['Russia', 'russia']]);
    expect(linked('Exportações batem recorde\n\nFrança e Reino Unido completam a lista dos principais destinos do vinho português neste ano.\n', 'pt')).toEqual([['França', 'france'], ['Reino Unido', 'united-kingdom']]);
  });

  it('keeps every registry entity, and ids unique', () => {
    const { entities } = loadCoreData().entities;
    expect(new Set(entities.map((entity) => entity.id)).size).toBe(entities.length);
    expect(entities.length).toBeGreaterThan(280);
    expect(entities.find((entity) => entity.id === 'mali')?.ambiguous?.length).toBeGreaterThan(0);
  });

  it('comes from CLDR: the file is what generators/cldr/generate-gazetteer.mjs makes of it', () => {
    const check = spawnSync(process.execPath, [join(ROOT, 'generators/cldr/generate-gazetteer.mjs'), '--check'], { encoding: 'utf8' });
    expect(check.stderr).toBe('');
    expect(check.status).toBe(0);
  });
});
