import type { Resources } from '../resources/resources.js';
import { countWords } from '../speed/fold-fast.js';
import { asciiDigits } from '../text/ascii-digits.js';
import { readFullDate, type CompiledCalendar } from '../resources/calendar.js';

/** A weekday name that opens a line (`الثلاثاء 12 مارس 2024`, `Tuesday, 12 March 2024`), per set of resources. */
const weekdayPrefixes = new WeakMap<Resources, RegExp>();

function weekdayPrefix(resources: Resources): RegExp {
  let prefix = weekdayPrefixes.get(resources);
  if (!prefix) weekdayPrefixes.set(resources, (prefix = new RegExp(`^(?:${resources.calendar.weekdayPattern})[,،\\s]+`, 'iu')));
  return prefix;
}

/**
 * True when a line is a dateline: a numeric date (or date and time), after an optional
 * publication-date label and weekday, that fills most of the line.
 *
 * @example
 * isDatelineLine('01/07/2023 09:05 GMT+7', getResources()); // true
 * isDatelineLine('الثلاثاء 12 مارس 2024', getResources()); // true
 * isDatelineLine('Bộ Ngoại giao Nga ngày 30.6 đã ra tuyên bố', getResources()); // false
 * @param words the line's word count (`countWords`), when the caller has it
 * @param calendar the calendar of the page's language when known before detection (its script's), else every language's
 */
export function isDatelineLine(line: string, resources: Resources, words?: number, calendar: CompiledCalendar = resources.calendar): boolean {
  if ((words ?? countWords(line)) > 12) return false;
  const digits = asciiDigits(line);
  // Every dateline holds a number (a day, a year, a time): most lines are ruled out here.
  if (!/\d/u.test(digits)) return false;
  const unlabelled = digits.replace(resources.publishedLabel, '').trim().replace(weekdayPrefix(resources), '');
  const labelled = unlabelled.length < digits.trim().length;
  // A labelled date may carry more words around it ("Cập nhật lúc 09:05 ngày 01/07/2023").
  const share = labelled ? 0.5 : 0.6;
  for (const { regex } of resources.dateFormats.datelines) {
    const match = regex.exec(digits);
    if (match && match[0].length >= unlabelled.length * share) return true;
  }
  const written = readFullDate(digits, calendar);
  return written !== null && written.text.length >= unlabelled.length * share;
}
