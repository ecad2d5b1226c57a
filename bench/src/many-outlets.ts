import { syntheticPages, seededRandom, type SeedPage } from './synthetic-corpus.js';

/** A page record as a crawl exports it: the page's URL and date, sometimes the outlet's name, and the text. */
export interface OutletRecord {
  url: string;
  published: string;
  outlet?: string;
  text: string;
}

const PLACES = ['Harbour', 'Valley', 'Northern', 'River', 'Coastal', 'Mountain', 'Lakeside', 'Eastern', 'Western', 'Southern', 'Island', 'Prairie', 'Delta', 'Forest', 'Canyon'];
const TITLES = ['Gazette', 'Courier', 'Herald', 'Tribune', 'Post', 'Chronicle', 'Observer', 'Times', 'Journal', 'Bulletin', 'Record', 'Dispatch', 'Monitor', 'Ledger', 'Sentinel', 'Express'];

/**
 * A corpus of page records from many made-up outlets, for the report and notebooks at the scale a
 * study of world coverage has: `outlets` outlets (names such as "Harbour Gazette", every tenth with
 * a long name, under `.example` domains), each with one to a few dozen pages (a few large
 * outlets, a long tail), dated over eight weeks. A third of the outlets give only their URL, so
 * that their pages fall back to the domain. The texts come from `syntheticPages`, so each page
 * keeps a seed page's language and layout.
 *
 * @example
 * const records = [...manyOutletRecords(seeds, { outlets: 240, seed: 7 })];
 * new Set(records.map((record) => new URL(record.url).hostname)).size; // 240
 */
export function* manyOutletRecords(seeds: readonly SeedPage[], options: { outlets: number; seed: number }): Generator<OutletRecord> {
  const random = seededRandom(options.seed);
  const outlets = Array.from({ length: options.outlets }, (_, index) => {
    const place = PLACES[index % PLACES.length]!;
    const title = TITLES[Math.floor(index / PLACES.length) % TITLES.length]!;
    const round = Math.floor(index / (PLACES.length * TITLES.length));
    const name = index % 10 === 9 ? `The ${place} ${title} and Regional Weekly Review of the Upper Districts${round ? ` ${round + 1}` : ''}` : `${place} ${title}${round ? ` ${round + 1}` : ''}`;
    const domain = `${name.toLowerCase().replace(/[^a-z0-9]+/g, '-').slice(0, 40).replace(/^-|-$/g, '')}.example`;
    // A long tail: a few outlets publish dozens of pages, most one to three.
    const pages = index < 5 ? 30 - index * 4 : 1 + Math.floor(random() * random() * 4);
    return { name, domain, pages, named: index % 3 !== 2 };
  });
  const total = outlets.reduce((sum, outlet) => sum + outlet.pages, 0);
  const texts = syntheticPages(seeds, total, options.seed);
  const start = Date.UTC(2024, 2, 1);
  for (const outlet of outlets) {
    for (let page = 0; page < outlet.pages; page++) {
      const { text } = texts.next().value as SeedPage;
      const day = new Date(start + Math.floor(random() * 56) * 86_400_000).toISOString().slice(0, 10);
      yield {
        url: `https://www.${outlet.domain}/news/${day.replaceAll('-', '/')}/story-${page + 1}`,
        published: `${day}T${String(6 + Math.floor(random() * 14)).padStart(2, '0')}:00:00Z`,
        ...(outlet.named && { outlet: outlet.name }),
        text,
      };
    }
  }
}
