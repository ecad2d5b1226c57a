import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { EldDetector, type EldTables } from './eld-detector.js';
import { NgramIndex, packNgrams, type NgramScores, type PackedNgrams } from './packed-ngrams.js';

/** ELD's n-gram database, as its `ngrams/<size>.js` files export it. */
interface EldNgrams {
  type: string;
  languages: Record<string, string>;
  ngrams: NgramScores;
}

/** The copy polynews writes: ELD's database with its n-grams packed (see `packNgrams`). */
interface PackedModel {
  type: string;
  languages: Record<string, string>;
  ngrams: PackedNgrams;
}

/** The ELD database polynews detects with: 60 languages, ELD's recommended balance of size and accuracy. */
const MODEL = 'medium';

const require = createRequire(import.meta.url);
let detector: EldDetector | undefined;

/**
 * The language detector: ELD's database and scoring (see {@link EldDetector}), built on first
 * use, so a process that only dispatches work to parse workers never loads it. ELD ships its
 * n-gram database as a 2 MB JavaScript object literal; compiling that costs about 200 MB of
 * resident memory per thread, and even as parsed JSON its 105,000 small objects take 34 MB of
 * heap. So the database is read from a JSON copy with the n-grams packed (see
 * {@link languageModelFile} and `packNgrams`), indexed in typed arrays (`NgramIndex`, about 3 MB),
 * and packed from ELD's own module when the copy is missing. Either way the answers and scores
 * are ELD's own (tested against ELD's module).
 *
 * @example
 * languageDetector().detect('Ławrow złożył takie zobowiązanie w czwartek.').language; // 'pl'
 */
export function languageDetector(): EldDetector {
  if (detector) return detector;
  const file = languageModelFile();
  const model: PackedModel = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as PackedModel) : packedModel(eldModuleNgrams());
  detector = new EldDetector(new NgramIndex(model.ngrams), eldTables(model.languages));
  return detector;
}

/** The rest of what ELD detects with, read from ELD's source files. */
function eldTables(languages: Record<string, string>): EldTables {
  const source = eldSourceDir();
  return {
    languages,
    averageScores: (require(join(source, 'avgScore.js')) as { avgScore: Record<string, number> }).avgScore,
    byteCharacters: (require(join(source, 'dictionary.js')) as { dictionary: string[] }).dictionary,
    separators: (require(join(source, 'regexPatterns.js')) as { separators: RegExp }).separators,
  };
}

/** ELD's database with its n-grams packed. */
function packedModel({ type, languages, ngrams }: EldNgrams): PackedModel {
  return { type, languages, ngrams: packNgrams(ngrams) };
}

/**
 * Where the JSON copy of ELD's database lives: `generated/` in this package, named by ELD's
 * version and database size, so an upgrade of ELD never reads a stale copy.
 *
 * @example
 * languageModelFile(); // '…/packages/core/generated/eld-2.1.0-medium.packed.json'
 */
export function languageModelFile(): string {
  const eldPackage = JSON.parse(readFileSync(join(eldSourceDir(), '..', 'package.json'), 'utf8')) as { version: string };
  return join(fileURLToPath(new URL('../../../generated', import.meta.url)), `eld-${eldPackage.version}-${MODEL}.packed.json`);
}

/**
 * Writes the JSON copy of ELD's database (the package build runs it); does nothing when it exists.
 * The file is written under a temporary name and renamed, so a reader never sees half of it.
 *
 * @returns the path of the copy
 * @example
 * writeLanguageModelFile(); // '…/generated/eld-2.1.0-medium.packed.json'
 */
export function writeLanguageModelFile(): string {
  const file = languageModelFile();
  if (existsSync(file)) return file;
  mkdirSync(dirname(file), { recursive: true });
  const partial = `${file}.${process.pid}.partial`;
  writeFileSync(partial, JSON.stringify(packedModel(eldModuleNgrams())));
  renameSync(partial, file);
  return file;
}

/** ELD's database loaded from its own module (the costly path). */
function eldModuleNgrams(): EldNgrams {
  return (require(join(eldSourceDir(), 'ngrams', `${MODEL}.js`)) as { ngramsData: EldNgrams }).ngramsData;
}

/**
 * ELD's `src/` folder. ELD exports only its prebuilt entries, which load the database as a module,
 * so its data files are reached by path from the package's resolved entry (ELD is pinned to an
 * exact version for that reason; the tests check the detector against ELD's own entry).
 */
function eldSourceDir(): string {
  return join(dirname(fileURLToPath(import.meta.resolve('eld'))), '..');
}
