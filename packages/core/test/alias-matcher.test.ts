import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileAliasMatcher, type AliasMatch } from '../src/text/alias-matcher.js';
import { tokenize } from '../src/speed/token-spans.js';

const ENTRIES = [
  { alias: 'AFP', key: 'afp' },
  { alias: 'Reuters', key: 'reuters' },
  { alias: 'RIA Novosti', key: 'ria' },
  { alias: 'РИА Новости', key: 'ria' },
  { alias: 'Legion-Media', key: 'legion' },
  { alias: 'رويترز', key: 'reuters' },
  { alias: 'TASS', key: 'tass' },
];

/** The definition: one expression per alias with the boundaries as lookarounds, scanned everywhere. */
function findByDefinition(text: string): AliasMatch<string>[] {
  const found: AliasMatch<string>[] = [];
  for (const { alias, key } of ENTRIES) {
    const arabic = /\p{Script=Arabic}/u.test(alias);
    const acronym = alias === alias.toUpperCase() && alias.length <= 6;
    const escaped = alias.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const regex = new RegExp(`(?<![\\p{L}\\p{N}\\p{M}])${arabic ? '(?:[وف]?(?:[بلك]|ال|لل)?)' : ''}(?<name>${escaped})(?![\\p{L}\\p{N}\\p{M}])`, acronym ? 'gu' : 'giu');
    for (const match of text.matchAll(regex)) {
      const surface = match.groups!['name']!;
      const end = match.index + match[0].length;
      found.push({ key, surface, start: end - surface.length, end });
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  return found.filter((match, index) => index === 0 || match.start >= found[index - 1]!.end);
}

const pieces = fc.constantFrom('AFP', 'afp', 'Reuters', 'REUTERS', 'RIA Novosti', 'РИА Новости', 'Legion-Media', 'رويترز', 'ولرويترز', 'TASS', 'x', 'é', '1', ' ', ', ', '/', '-', '\u0301', '𝐀', '😀', 'و', 'ال');

describe('compileAliasMatcher', () => {
  const matcher = compileAliasMatcher(ENTRIES);

  it('finds whole names only, case-sensitive acronyms, Arabic names behind proclitics', () => {
    expect(matcher.findAll('Foto: Legion-Media / AFP, theo ولرويترز').map((m) => [m.key, m.surface])).toEqual([
      ['legion', 'Legion-Media'],
      ['afp', 'AFP'],
      ['reuters', 'رويترز'],
    ]);
    expect(matcher.findAll('afp XAFP AFPs 𝐀AFP éReuters')).toEqual([]);
    expect(matcher.findAll('reuters')[0]).toEqual({ key: 'reuters', surface: 'reuters', start: 0, end: 7 });
  });

  it('finds exactly what the lookbehind definition finds, in any text', () => {
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 14 }), (parts) => {
        const text = parts.join('');
        expect(matcher.findAll(text)).toEqual(findByDefinition(text));
      }),
      { numRuns: 3_000 },
    );
  });

  it('says a name may start in a word wherever one does, at its start or after an apostrophe or hyphen', () => {
    expect(['AFP', 'reuters', 'ولرويترز', 'Legion-Media', 'AFP-Reuters', "l'AFP", 'РИА'].map((word) => matcher.mayStartIn(word))).toEqual([true, true, true, true, true, true, true]);
    expect(['rozmowa', 'xAFP', 'afp', 'Moskwa', 'Mát-xcơ-va', 'و'].map((word) => matcher.mayStartIn(word))).toEqual([false, false, false, false, false, false]);
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 14 }), (parts) => {
        const text = parts.join('');
        const words = tokenize(text);
        // Every match starts in a word that may start a name: a text whose words all say no has no match.
        for (const match of matcher.findAll(text)) {
          const word = words.find((token) => token.start <= match.start && match.start < token.end);
          expect(word && matcher.mayStartIn(word.text)).toBe(true);
        }
        if (words.every((word) => !matcher.mayStartIn(word.text))) expect(matcher.findAll(text)).toEqual([]);
      }),
      { numRuns: 3_000 },
    );
  });

  it('lets every word through when a name starts with a character that is not a letter, digit or mark', () => {
    const withSymbol = compileAliasMatcher([...ENTRIES, { alias: '©Sputnik', key: 'sputnik' }]);
    expect(withSymbol.mayStartIn('rozmowa')).toBe(true);
    expect(withSymbol.findAll('foto ©Sputnik').map((m) => m.key)).toEqual(['sputnik']);
  });
});
