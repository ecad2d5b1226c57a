/**
 * Pages made of one very long line of what the stages search for: a stage that re-reads a line
 * before each match takes time in the square of its length on them. `npm run bench` times each
 * at two sizes (time per MB should not grow), and a test counts their string work.
 */
export const PATHOLOGICAL_LINES = {
  'agency names (TASS)': (chars: number) => page('TASS said ', chars),
  'agency names (Reuters)': (chars: number) => page('Reuters reported ', chars),
  'names of people and places': (chars: number) => page('Sergei Lavrov met Abdoulaye Diop in Moscow. ', chars),
  'quote marks': (chars: number) => page('"we will" said Lavrov, „nie” – stwierdził Diop, «نعم» ', chars),
  'digits with dots': (chars: number) => page('12.3.2023 4.5 ', chars),
  'Arabic clitics': (chars: number) => page('ولافروف بلافروف للافروف والكرملين ', chars, 'لافروف في موسكو'),
  'credits': (chars: number) => page('© Sputnik / Reuters | AFP Photo: EPA ', chars),
} as const;

/** The names of the pathological lines. */
export type PathologicalLine = keyof typeof PATHOLOGICAL_LINES;

/** A headline, then one line of `unit` repeated to about `chars` characters. */
function page(unit: string, chars: number, title = 'A page with one very long line'): string {
  return `${title}\n\n${unit.repeat(Math.max(1, Math.round(chars / unit.length)))}\n`;
}
