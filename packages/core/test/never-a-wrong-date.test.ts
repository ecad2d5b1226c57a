import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/index.js';

/** The dates mentioned in a sentence of a page published on 3 March 2023. */
function datesIn(sentence: string): [string, string | null][] {
  const article = parseArticle(`Talks continue in the capital\n\n${sentence}\n\nPublished: 3 March 2023`);
  return article.dates.map((date) => [date.surface, date.value]);
}

describe('a date is right or absent, never wrong', () => {
  it('reads a year written after a time (ctime form) instead of taking the publication year', () => {
    expect(datesIn('The summit opened on Wed Aug 05 12:00:00 2015 in the capital, officials said.')).toEqual([['Aug 05 12:00:00 2015', '2015-08-05']]);
  });

  it('reads a year after an Arabic comma', () => {
    expect(datesIn('وقال المسؤولون إن الاجتماع عقد في 6 يناير، 2015 في العاصمة.')).toEqual([['6 يناير، 2015', '2015-01-06']]);
  });

  it('gives no date for an impossible day, rather than its month', () => {
    expect(datesIn('Officials said the deadline of 31 April 2015 would not move, and the talks continue.')).toEqual([]);
    expect(datesIn('Officials said the vote on 29 February 2015 was cancelled, and the talks continue.')).toEqual([]);
    expect(datesIn('Officials said the vote on 29 February 2016 was held, and the talks continue.')).toEqual([['29 February 2016', '2016-02-29']]);
  });

  it('keeps a weekday written next to a full date as part of it, not as another day', () => {
    expect(datesIn('The meeting on Tuesday Jul 22, 2014 ended without a deal, the minister said later.')).toEqual([['Jul 22, 2014', '2014-07-22']]);
    expect(datesIn('The strike of 22 July 2014, Tuesday, ended at noon, the union said.')).toEqual([['22 July 2014', '2014-07-22']]);
    expect(datesIn('Ministers met on Tuesday to discuss the budget, the office said.')).toEqual([['Tuesday', '2023-02-28']]);
  });

  it('reads a two-digit year the language marks as a year, and guesses none from a bare number', () => {
    expect(datesIn('Сделка была подписана 2 декабря 95 г. в Москве, сообщили в министерстве.')).toEqual([['2 декабря 95 г.', '1995-12-02']]);
    expect(datesIn('On 2 December 15 people were hurt in the blast, police said on Monday.')).toEqual([['Monday', '2023-02-27']]);
  });

  it('reads a year joined to its suffix, and gives a day and month next to an unread year no year of its own', () => {
    expect(datesIn('Соглашение подписали 21 сентября 2021г., во вторник, сообщили в МИД.')).toEqual([['21 сентября 2021г.', '2021-09-21']]);
    // A Georgian year written first is not read: the day and month next to it give no date.
    expect(datesIn('შეთანხმება 2011 წლის 17 მარტი გაფორმდა.')).toEqual([]);
  });

  it('reads years before 1800 of a full date, and never keeps the day and month with the publication year', () => {
    expect(datesIn('En Madrid, a 17 de marzo de 1615, se firmó el acuerdo, según el archivo.')).toEqual([['17 de marzo de 1615', '1615-03-17']]);
    // A bare year is taken from 1800 on: "in 1500 cases" is no year.
    expect(datesIn('In 1500 cases the court dismissed the claim, the ministry said on Monday.')).toEqual([['Monday', '2023-02-27']]);
  });

  it('reads "2001 год назад" as 2001 years ago (no date), never as the year 2001', () => {
    const article = parseArticle('Новости\n\nГород был основан 2001 год назад, напомнили в музее.\n\nОпубликовано: 3 марта 2023');
    expect(article.dates.map((date) => [date.surface, date.value, date.relative])).toEqual([['2001 год назад', null, '-P2001Y']]);
  });
});
