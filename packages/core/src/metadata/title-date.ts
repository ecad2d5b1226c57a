import type { Resources } from '../resources/resources.js';
import { isDatelineLine } from '../classify/dateline.js';

/**
 * A headline with its publication date written after it (`Mali se rapproche de Moscou Publié le
 * 12/03/2024 à 10:15`, `… | Updated: July 1, 2023`): the headline alone, and the date as a dateline
 * for the publication date. A label inside a headline that no date follows stays (`Published: the
 * memoirs`).
 *
 * @example
 * splitTitleDate('Mali se rapproche de Moscou Publié le 12/03/2024 à 10:15', getResources());
 * // { title: 'Mali se rapproche de Moscou', dateline: 'Publié le 12/03/2024 à 10:15' }
 */
export function splitTitleDate(title: string, resources: Resources): { title: string; dateline: string | null } {
  // matchAll reads a copy of the global expression: the shared one keeps no state between calls.
  for (const match of title.matchAll(resources.publishedLabelWithin)) {
    if (match.index === 0) continue;
    const dateline = title.slice(match.index + match[0].length).trim();
    if (isDatelineLine(dateline, resources)) return { title: title.slice(0, match.index).trim(), dateline };
  }
  return { title, dateline: null };
}
