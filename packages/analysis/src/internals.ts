// `@polynews/analysis/internals`: the machinery behind the public API, for the benchmark and the
// tests. Not a stable API: names here may change in any release.
export {
  datasetTableFiles,
  MANIFEST_FORMAT,
  manifestPath,
  prepareDataset,
  readManifests,
  successPath,
  type DatasetManifest,
  type DatasetPreparation,
  type DatasetRun,
} from './dataset-manifest.js';
export { arrowType } from './table-schemas.js';
export { HEAP_BYTES_PER_ROW } from './open-corpus.js';
