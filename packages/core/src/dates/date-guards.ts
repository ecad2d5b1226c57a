// What a date found in a line may be part of: a longer date the expressions did not read whole
// (`2 December 15 people`, `31 April 2015`, `1年，1月，1周前`), in which case no date is given.
import type { Reading } from './date-reading.js';


/** A day number and its ordinal mark just before a month (`31 ` in `31 April 2015`). */
const DAY_BEFORE = /(?<![\d.,/])\d{1,2}(?:\.|er|st|nd|rd|th)?\s+(?:de\s+)?$/u;

/** A number just after a day and month: perhaps a two-digit year (`2 декабря 95`), perhaps not; a time (`23. März 18.37 Uhr`) is not one. */
const NUMBER_AFTER = /^\s+\d{1,2}(?![\d:.h])/u;

/** A four-digit number just after a day and month that no full date took: a year written in a way not read (`17 de marzo de 1615` before 1000, `21 сентября 2021г` in an unknown language). */
const YEAR_AFTER = /^(?:\s*[,،]?\s*(?:de|del|of)?\s*)\d{4}(?!\d)/u;

/** A four-digit year just before a day and month, perhaps with a short word or dot (`2011 წლის 17 მარტი`, `1945. május 8`): the date's year, written first. */
const YEAR_BEFORE = /(?<!\d)\d{4}(?:\.|\s*[\p{L}\p{M}]{1,6}\.?)?\s*$/u;

/** A year that ends a sentence before a capitalised month (`July 12th, 2014. July 13th`): a new sentence, not a year written first (`1945. május 8`). */
const SENTENCE_AFTER_YEAR = /\d{4}\.\s+\p{Lu}$/u;

/** A number, a word and a comma or short joining word just before a counted relative expression: a compound not read whole (`1年，1月，1周前`, `1 неделя, 1 день и 1 минуту назад`). */
const COUNT_BEFORE = /\d\s*[\p{L}\p{M}.]{1,12}\s*(?:[,،、，]|\s\p{L}{1,3})\s*$/u;

/** A number just before a named relative expression (`4 tahun lalu` is four years ago, not "last year"). */
const NUMBER_BEFORE = /\d\s*$/u;

/** What may stand between a weekday and the date it names: `Tuesday, Jul 22, 2014`, `22 July 2014 (Tuesday)`. */
const JOIN = /^[\s,،(（)）]*$/u;

/** A number, a word and a comma just before a weekday: a date not read, whose weekday it names (`17 მარტი, ოთხშაბათი`). */
const UNREAD_DATE_BEFORE = /\d{1,4}\s+[\p{L}\p{M}]+\.?\s*[,،]\s*$/u;
/** A comma, a day and a word just after a weekday: the date it names (`ოთხშაბათი, 17 მარტი`). */
const UNREAD_DATE_AFTER = /^\s*[,،]\s*\d{1,2}\.?\s+[\p{L}\p{M}]/u;

/**
 * Whether a match is a piece of a date that is not one, and so must give no date rather than a
 * wrong one: a month and year after a day number that made no valid date (`31 April 2015`), a day
 * and month next to another bare number that may be its year or its day (`2 декабря 95`,
 * `2 December 15 people`: neither is guessed),
 * a day and month next to a year no full date read (`2011 წლის 17 მარტი`, `17 de marzo de 1615`),
 * a weekday next to a date found already (`Tuesday Jul 22, 2014` is one date), a named relative
 * expression after a number (`4 tahun lalu` is four years ago, not last year).
 */
export function isPartOfAnotherDate(reading: Reading, text: string, start: number, end: number, taken: readonly number[]): boolean {
  const before = (length: number) => text.slice(Math.max(0, start - length), start);
  if (reading.relative) {
    if (!reading.relative.named && reading.relative.unit !== undefined && COUNT_BEFORE.test(before(16))) return true;
    // A number before an expression without one (`4 tahun lalu`, `1 минуту назад` as `минуту назад`): the expression counts it, in a form not read.
    const number = NUMBER_BEFORE.exec(before(4));
    return number !== null && !/\d/u.test(text.slice(start, end)) && !isTaken(start - before(4).length + number.index, taken);
  }
  // A day before a month and year, or a number before a month alone (Vietnamese `3 tháng 10 ngày`, three months and ten days): another form, or none.
  if (reading.month !== undefined && reading.day === undefined && reading.weekday === undefined) return DAY_BEFORE.test(before(12));
  if (reading.year === undefined && reading.twoDigitYear === undefined && reading.day !== undefined && reading.month !== undefined) {
    // `2 December 15 people`: which number is the day is not known, so neither reading is given.
    // A year before it that ends a date found already (`July 13th 2014 July 14th`) is that date's.
    const yearBefore = YEAR_BEFORE.exec(before(14));
    const ownYearBefore = yearBefore !== null && !isTaken(start - before(14).length + yearBefore.index, taken) && !SENTENCE_AFTER_YEAR.test(text.slice(Math.max(0, start - 8), start + 1));
    return NUMBER_AFTER.test(text.slice(end, end + 4)) || DAY_BEFORE.test(before(12)) || YEAR_AFTER.test(text.slice(end, end + 12)) || ownYearBefore;
  }
  if (reading.weekday === undefined) return false;
  // A weekday beside a day and month no form read (`2011 წლის 17 მარტი, ოთხშაბათი`) is that date's, not one of its own.
  if (reading.hour === undefined && (UNREAD_DATE_BEFORE.test(before(24)) || UNREAD_DATE_AFTER.test(text.slice(end, end + 16)))) return true;
  for (let i = 0; i < taken.length; i += 2) {
    if (taken[i]! >= end && JOIN.test(text.slice(end, taken[i]!))) return true;
    if (taken[i + 1]! <= start && JOIN.test(text.slice(taken[i + 1]!, start))) return true;
  }
  return false;
}

/** Whether a position lies in a span taken by a date found already. */
export function isTaken(position: number, taken: readonly number[]): boolean {
  for (let i = 0; i < taken.length; i += 2) if (taken[i]! <= position && position < taken[i + 1]!) return true;
  return false;
}
