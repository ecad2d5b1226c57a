import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { seededRandom } from '@polynews/core/internals';

export { seededRandom };

/** A page the synthetic corpus is built from: its name and text. */
export interface SeedPage {
  name: string;
  text: string;
}

/** Where the words of synthetic pages come from. */
export type Vocabulary = 'seeds' | 'growing';

/**
 * Synthetic pages scaled from seed pages, deterministic for a seed. Each page takes one seed page
 * (so its language, outlet cues and boilerplate), keeps its head (the lines before the first long
 * paragraph: menus and headline) and shuffles the rest of its lines, paragraphs and boilerplate
 * alike, then mixes in up to two lines of another seed page (a caption, a teaser, a paragraph of
 * another language) at random places.
 *
 * With the `growing` vocabulary, every sixth word of a page's shuffled lines is replaced by a word
 * no other page has (made of syllables and the page's index in letters, some capitalised), so that the corpus keeps bringing new
 * words as a real one does: the per-word caches of the parser fill up, which a corpus made of the
 * seeds' few thousand words never shows.
 *
 * @example
 * for (const page of syntheticPages(seeds, 3, 42)) console.log(page.name, page.text.length);
 * // 00/000000.txt 4511 …
 */
export function* syntheticPages(seeds: readonly SeedPage[], count: number, seed: number, vocabulary: Vocabulary = 'seeds'): Generator<SeedPage> {
  if (seeds.length === 0) throw new Error('syntheticPages: no seed pages to build from');
  const random = seededRandom(seed);
  // New words draw from their own generator, so that a page's layout is the same in both vocabularies.
  const wordRandom = seededRandom(seed + 1);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const lineSets = seeds.map((page) => page.text.split('\n'));
  for (let index = 0; index < count; index++) {
    const lines = pick(lineSets);
    const headEnd = Math.max(1, lines.findIndex((line) => line.length > 200));
    const tail = lines.slice(headEnd);
    for (let i = tail.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [tail[i], tail[j]] = [tail[j]!, tail[i]!];
    }
    const mixed = Math.floor(random() * 3);
    for (let m = 0; m < mixed; m++) {
      const other = pick(lineSets).filter((line) => line.trim() !== '');
      tail.splice(Math.floor(random() * (tail.length + 1)), 0, '', pick(other));
    }
    const body = vocabulary === 'growing' ? withNewWords(tail.join('\n'), index, wordRandom) : tail.join('\n');
    const folder = String(Math.floor(index / 1000)).padStart(3, '0');
    yield { name: `${folder}/${String(index).padStart(7, '0')}.txt`, text: [...lines.slice(0, headEnd), body].join('\n') };
  }
}

const SYLLABLES = ['ka', 'lo', 'mi', 're', 'tu', 'sa', 'ne', 'po', 'vi', 'da', 'zo', 'fu', 'ri', 'ma', 'te', 'no', 'ba', 'gi', 'xe', 'hu'];

/** The text with every sixth word replaced by a word of page `index` only. */
function withNewWords(text: string, index: number, random: () => number): string {
  let words = 0;
  return text.replace(/\p{L}+/gu, (word) => {
    if (++words % 6 !== 0) return word;
    let made = '';
    for (let k = 2 + Math.floor(random() * 3); k > 0; k--) made += SYLLABLES[Math.floor(random() * SYLLABLES.length)];
    made += pageLetters(index);
    return random() < 0.3 ? made[0]!.toUpperCase() + made.slice(1) : made;
  });
}

/**
 * The page's index written in letters (`a`…`z`, then `ba`…): the ending that makes a page's new words
 * its own. Letters, not digits: a word with digits in it is not what a corpus brings, and the date
 * finder would try its patterns at each of them.
 *
 * @example
 * [pageLetters(0), pageLetters(25), pageLetters(26)]; // ['a', 'z', 'ba']
 */
export function pageLetters(index: number): string {
  let letters = '';
  let rest = index;
  do {
    letters = String.fromCharCode(97 + (rest % 26)) + letters;
    rest = Math.floor(rest / 26);
  } while (rest > 0);
  return letters;
}

/**
 * Writes {@link syntheticPages} to a folder (1,000 pages per subfolder) and returns the bytes written.
 *
 * @example
 * await writeSyntheticCorpus(seeds, '/tmp/bench-10k', 10_000, 42); // 47_912_344
 */
export async function writeSyntheticCorpus(seeds: readonly SeedPage[], dir: string, count: number, seed: number, vocabulary: Vocabulary = 'seeds'): Promise<number> {
  let bytes = 0;
  let lastFolder = '';
  for (const page of syntheticPages(seeds, count, seed, vocabulary)) {
    const folder = page.name.slice(0, page.name.indexOf('/'));
    if (folder !== lastFolder) {
      await mkdir(join(dir, folder), { recursive: true });
      lastFolder = folder;
    }
    const data = Buffer.from(page.text);
    bytes += data.length;
    await writeFile(join(dir, page.name), data);
  }
  return bytes;
}
