import { escapeRegex as escape } from '../text/escape-regex.js';

/** A CLDR date pattern compiled: its expression (groups d, mon, y) and what it starts with. */
export interface WrittenDateForm {
  source: string;
  startsWith: 'digit' | 'month';
}

type Part = { field: string } | { literal: string };

/**
 * Splits a CLDR date pattern into fields (runs of one ASCII letter: `d`, `MMMM`, `y`, `EEEE`) and
 * literals (quoted text, `'de'`, and every other character, `.`, `ב`).
 *
 * @example
 * patternParts("d 'de' MMMM"); // [{ field: 'd' }, { literal: ' ' }, { literal: 'de' }, { literal: ' ' }, { field: 'MMMM' }]
 */
export function patternParts(pattern: string): Part[] {
  const parts: Part[] = [];
  for (let i = 0; i < pattern.length; ) {
    const char = pattern[i]!;
    if (char === "'") {
      let literal = '';
      let j = i + 1;
      for (; j < pattern.length; j++) {
        if (pattern[j] !== "'") literal += pattern[j];
        else if (pattern[j + 1] === "'") literal += pattern[++j];
        else break;
      }
      parts.push({ literal });
      i = j + 1;
    } else if (/[A-Za-z]/u.test(char)) {
      let j = i;
      while (pattern[j] === char) j++;
      parts.push({ field: pattern.slice(i, j) });
      i = j;
    } else {
      parts.push({ literal: char });
      i++;
    }
  }
  return parts;
}


/**
 * Compiles a CLDR date pattern that writes the month as a word into an expression with the groups
 * the date readers know (`d`, `mon`, `y`): `y. MMMM d.` reads `2024. május 6.`, `d בMMMM y` reads
 * `7 בנובמבר 2024`. A weekday is left out with the punctuation that joins it, a space may be
 * missing or doubled, punctuation may be dropped, and what follows the last field is optional.
 * A pattern with a field no reader takes (an era, a two-digit year) is no form (null).
 *
 * @example
 * compileDateForm('y. MMMM d.', 'május|június')?.source; // '(?<y>\\d{4})\\.?\\s*(?<mon>május|június)\\.?\\s*(?<d>\\d{1,2})(?:\\.?)?'
 */
export function compileDateForm(pattern: string, monthPattern: string): WrittenDateForm | null {
  const parts = withoutWeekday(patternParts(pattern));
  const fields = parts.filter((part): part is { field: string } => 'field' in part).map((part) => part.field);
  const wanted = [/^d{1,2}$/u, /^[ML]{3,4}$/u, /^y(?:yyy)?$/u];
  if (fields.length !== 3 || !wanted.every((field) => fields.filter((name) => field.test(name)).length === 1)) return null;
  const lastField = parts.findLastIndex((part) => 'field' in part);
  const pieces = parts.map((part) => {
    if ('field' in part) {
      if (part.field.startsWith('d')) return '(?<d>\\d{1,2})';
      if (part.field.startsWith('y')) return '(?<y>\\d{4})';
      return `(?<mon>${monthPattern})\\.?`;
    }
    return [...part.literal].map((char) => (/\s/u.test(char) ? '\\s*' : /[\p{L}\p{M}]/u.test(char) ? escape(char) : `${escape(char)}?`)).join('');
  });
  const source = `${pieces.slice(0, lastField + 1).join('')}(?:${pieces.slice(lastField + 1).join('')})?`;
  return { source, startsWith: fields[0]!.startsWith('M') || fields[0]!.startsWith('L') ? 'month' : 'digit' };
}

/** The parts without a weekday field and the commas and spaces that join it to the date. */
function withoutWeekday(parts: readonly Part[]): Part[] {
  const out = [...parts];
  const at = out.findIndex((part) => 'field' in part && /^[Ec]+$/u.test(part.field));
  if (at < 0) return out;
  // What joins a weekday to the date: spaces and commas (`EEEE, d MMMM y`, `y. MMMM d., EEEE`: the day's dot stays).
  const joining = (part: Part | undefined) => part !== undefined && 'literal' in part && /^[\s,،]+$/u.test(part.literal);
  let start = at;
  let end = at + 1;
  if (at === 0) while (joining(out[end])) end++;
  else while (joining(out[start - 1])) start--;
  out.splice(start, end - start);
  return out;
}

/**
 * A date written in a form, for telling whether the usual forms already read it: the pattern's
 * fields filled with a day, a month's name and a year, its weekday left out.
 *
 * @example
 * sampleOfForm('y. MMMM d.', 'május'); // '2024. május 6.'
 */
export function sampleOfForm(pattern: string, monthName: string): string {
  return withoutWeekday(patternParts(pattern))
    .map((part) => ('literal' in part ? part.literal : part.field.startsWith('d') ? '6' : part.field.startsWith('y') ? '2024' : monthName))
    .join('');
}
