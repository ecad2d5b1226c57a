// The languages polynews's detectors can return: what the generators write data for.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** What the language detectors return: the ELD model's languages and the languages polynews has data for. */
export function detectorLanguages() {
  const model = JSON.parse(readFileSync(join(ROOT, 'packages/core/generated/eld-2.1.0-medium.packed.json'), 'utf8'));
  const eld = Object.values(model.languages);
  // Languages cld3 (the second opinion) returns that ELD has no model for, and that news is written in.
  const secondOpinion = ['af', 'ha', 'id', 'sw', 'zu', 'so', 'km', 'my', 'ne', 'si', 'uz', 'kk', 'mn', 'ps'];
  return [...new Set([...eld, ...secondOpinion])].sort();
}

