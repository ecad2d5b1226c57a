import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { getResources } from '../src/internals.js';
import { CueIndex } from '../src/classify/cue-index.js';
import type { CueRole } from '../src/data/schemas.js';
import type { CompiledCues } from '../src/resources/resources.js';
import { foldForMatching } from '../src/speed/fold-fast.js';
import { SEEDS_DIR } from './helpers.js';

const ORDER: CueRole[] = ['translation-note', 'source', 'embed', 'comments', 'related', 'caption', 'credit', 'promo', 'navigation'];

/** The definition of one role's cues matching a line (what classification did role by role before the index). */
function matchesCues(line: string, cues: CompiledCues, folded: string): boolean {
  let cut = folded.length;
  while (cut > 0 && ' :：.!'.includes(folded[cut - 1]!)) cut--;
  if (cues.exact.has(folded) || cues.exact.has(folded.slice(0, cut))) return true;
  if (cues.prefix.some((prefix) => folded.startsWith(prefix))) return true;
  if (cues.contains.some((fragment) => folded.includes(fragment))) return true;
  return cues.regex.some((regex) => regex.test(line));
}

/** The definition: the first role, in order, whose cues match the line. */
function roleByRole(line: string, folded: string): CueRole | undefined {
  const { cues } = getResources();
  return ORDER.find((role) => {
    const compiled = cues.get(role);
    return compiled !== undefined && matchesCues(line, compiled, folded);
  });
}

describe('CueIndex', () => {
  const index = new CueIndex(getResources().cues, ORDER);

  it('gives every seed line the role that trying the roles one by one gives', () => {
    const lines = readdirSync(SEEDS_DIR)
      .filter((name) => name.endsWith('.txt'))
      .flatMap((name) => readFileSync(join(SEEDS_DIR, name), 'utf8').split('\n'))
      .map((line) => line.trim())
      .filter((line) => line !== '');
    const roles = lines.map((line) => index.roleOf(line, foldForMatching(line)));
    expect(roles).toEqual(lines.map((line) => roleByRole(line, foldForMatching(line))));
    // Not vacuous: the seeds hold cue lines of several roles.
    expect(new Set(roles.filter(Boolean)).size).toBeGreaterThanOrEqual(3);
  });

  it('agrees with the role-by-role definition on every cue of the data files, bare, punctuated and inside longer lines', () => {
    const { data } = getResources();
    const cueTexts = data.languages.flatMap((language) => Object.values(language.roles).flatMap((cues) => [...(cues?.exact ?? []), ...(cues?.prefix ?? []), ...(cues?.contains ?? [])]));
    expect(cueTexts.length).toBeGreaterThan(100);
    let matched = 0;
    for (const cue of cueTexts) {
      for (const line of [cue, `${cue}:`, `${cue} .`, `${cue} Mali i Rosja`, `Zobacz ${cue}`, cue.toUpperCase()]) {
        const folded = foldForMatching(line);
        const role = index.roleOf(line, folded);
        expect(role, line).toBe(roleByRole(line, folded));
        if (role) matched++;
      }
    }
    expect(matched).toBeGreaterThan(cueTexts.length);
  });
});
