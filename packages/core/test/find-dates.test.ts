import { describe, expect, it } from 'vitest';
import { findDates } from '../src/index.js';

/** Text and value of each date found. */
function found(text: string, language: string | null, reference: string | null = null): [string, string | null][] {
  return findDates(text, { language, reference }).map((date) => [date.text, date.value]);
}

describe('findDates: relative expressions from CLDR', () => {
  const reference = '2024-01-15T10:30+07:00';

  it.each([
    ['vi', 'Bộ trưởng nói hôm qua rằng 3 ngày trước đã gặp.', [['hôm qua', '2024-01-14'], ['3 ngày trước', '2024-01-12']]],
    ['pl', 'Minister powiedział wczoraj, że 2 minuty temu zadzwonił.', [['wczoraj', '2024-01-14'], ['2 minuty temu', '2024-01-15T10:28+07:00']]],
    ['de', 'Der Minister sagte vor 2 Stunden, die Gespräche gingen nächste Woche weiter.', [['vor 2 Stunden', '2024-01-15T08:30+07:00'], ['nächste Woche', '2024-W04']]],
    ['ar', 'قال الوزير أمس إن المحادثات بدأت منذ 3 أيام وقبل يومين.', [['أمس', '2024-01-14'], ['منذ 3 أيام', '2024-01-12'], ['وقبل يومين', '2024-01-13']]],
    ['en', 'Talks began 3 days ago and resume next month. Yesterday, officials met.', [['3 days ago', '2024-01-12'], ['next month', '2024-02'], ['Yesterday', '2024-01-14']]],
    ['es', 'El ministro dijo ayer que hace 2 semanas hubo una reunión.', [['ayer', '2024-01-14'], ['hace 2 semanas', '2024-01-01']]],
    ['fr', 'Le ministre a déclaré hier qu’il y a 5 jours la réunion avait eu lieu.', [['hier', '2024-01-14'], ['il y a 5 jours', '2024-01-10']]],
    ['ja', '外務省は3日前に発表した。', [['3日前', '2024-01-12']]],
    ['ko', '외교부는 어제 발표했다.', [['어제', '2024-01-14']]],
    ['zh', '外交部昨天表示，3天前已会谈。', [['昨天', '2024-01-14'], ['3天前', '2024-01-12']]],
    ['ru', 'Министр заявил вчера, что 2 часа назад начались переговоры.', [['вчера', '2024-01-14'], ['2 часа назад', '2024-01-15T08:30+07:00']]],
    ['tr', 'Bakan dün yaptığı açıklamada 3 gün önce görüştüklerini söyledi.', [['dün', '2024-01-14'], ['3 gün önce', '2024-01-12']]],
  ] as const)('resolves %s expressions against the reference', (language, text, expected) => {
    expect(found(text, language, reference)).toEqual(expected);
  });

  it('keeps the duration and gives no value without a reference', () => {
    const [date] = findDates('3 ngày trước', { language: 'vi' });
    expect(date).toMatchObject({ text: '3 ngày trước', value: null, precision: 'day', relative: '-P3D', resolvedBy: 'unresolved' });
  });

  it('needs a time of day to place hours: a reference of a day gives no value for them', () => {
    expect(findDates('vor 2 Stunden', { language: 'de', reference: '2024-01-15' })[0]).toMatchObject({ value: null, precision: 'hour', relative: '-PT2H' });
  });

  it('takes "tomorrow" only as written: German "am Morgen" is "in the morning", not "morgen" (tomorrow)', () => {
    expect(found('Am Morgen sprach der Minister, morgen reist er ab.', 'de', reference)).toEqual([['morgen', '2024-01-16']]);
  });

  it('counts the weeks of "3 tuần trước" before reading "tuần trước" (last week)', () => {
    expect(findDates('3 tuần trước', { language: 'vi', reference })[0]).toMatchObject({ value: '2023-12-25', precision: 'day', relative: '-P3W' });
    expect(findDates('tuần trước', { language: 'vi', reference })[0]).toMatchObject({ value: '2024-W02', precision: 'week', relative: '-P1W' });
  });

  it('reads a Date reference in UTC and rejects a reference that is no date', () => {
    expect(found('wczoraj', 'pl', null)).toEqual([['wczoraj', null]]);
    expect(findDates('wczoraj', { language: 'pl', reference: new Date(Date.UTC(2024, 0, 15, 23, 0)) })[0]?.value).toBe('2024-01-14');
    expect(() => findDates('wczoraj', { language: 'pl', reference: 'last Monday' })).toThrow('not an ISO 8601 date');
  });
});

describe('findDates: written dates, times and zones', () => {
  it('reads times with am/pm and zone abbreviations from CLDR and the language data', () => {
    expect(found('The vote closed on January 15, 2024 at 4:32 pm EDT.', 'en')).toEqual([['January 15, 2024 at 4:32 pm EDT', '2024-01-15T16:32-04:00']]);
    expect(found('Встреча прошла 15 января 2024 г. в 10:30 MSK.', 'ru')).toEqual([['15 января 2024 г. в 10:30 MSK', '2024-01-15T10:30+03:00']]);
    expect(found('Die Sitzung begann am 15. Januar 2024 um 10:30 MEZ.', 'de')).toEqual([['15. Januar 2024 um 10:30 MEZ', '2024-01-15T10:30+01:00']]);
  });

  it('reads an abbreviation of a zone in capitals only (French "est" is "is")', () => {
    expect(found('Le 15 janvier 2024 à 10:30 est une date.', 'fr')).toEqual([['15 janvier 2024 à 10:30', '2024-01-15T10:30']]);
  });

  it('reads hyphenated dates, "del" before a year, and a time after a yearless date', () => {
    expect(found('Eingestellt am 12-Mär-2014 von der Redaktion', 'de')).toEqual([['12-Mär-2014', '2014-03-12']]);
    expect(found('Se inauguró el 12 de junio del 2012 en Lima.', 'es')).toEqual([['12 de junio del 2012', '2012-06-12']]);
    expect(found('Die Sitzung am 23. März 18.37 Uhr begann spät.', 'de', '2012-11-13')).toEqual([['23. März', '2012-03-23']]);
    expect(found('July 12th, 2014. July 13th, July 14th', 'en', '2000-01-01')).toEqual([
      ['July 12th, 2014', '2014-07-12'],
      ['July 13th', '2014-07-13'],
      ['July 14th', '2014-07-14'],
    ]);
  });

  it('reads CLDR month abbreviations of the text’s language', () => {
    expect(found('Spotkanie odbyło się 15 sty 2024 r.', 'pl')).toEqual([['15 sty 2024 r.', '2024-01-15']]);
    expect(found('La reunión fue el 15 ene. 2024.', 'es')).toEqual([['15 ene. 2024', '2024-01-15']]);
  });

  it('reads CJK dates with numeric months', () => {
    expect(found('外交部2024年1月13日表示，1月15日会谈。', 'zh', '2024-01-15')).toEqual([['2024年1月13日', '2024-01-13'], ['1月15日', '2024-01-15']]);
    expect(found('외교부는 2024년 1월 13일 발표했고 2024. 1. 14. 회담했다.', 'ko')).toEqual([['2024년 1월 13일', '2024-01-13'], ['2024. 1. 14.', '2024-01-14']]);
  });

  it('never returns an impossible date', () => {
    expect(found('The deal was signed on 31 April 2015.', 'en')).toEqual([]);
    expect(found('令和1年1月1日', 'ja')).toEqual([]);
  });
});

describe('findDates: numeric dates, weekdays with a time, a year after a day and month', () => {
  const reference = '2014-09-01T10:30';

  it('joins a date to its time with the words of CLDR date-time patterns and the language data', () => {
    expect(found('15 Ocak 2024 saat 10:30', 'tr')).toEqual([['15 Ocak 2024 saat 10:30', '2024-01-15T10:30']]);
    expect(found('15 يناير 2024 في 10:30', 'ar')).toEqual([['15 يناير 2024 في 10:30', '2024-01-15T10:30']]);
    expect(found('15 gennaio 2024 alle 10:30', 'it')).toEqual([['15 gennaio 2024 alle 10:30', '2024-01-15T10:30']]);
  });

  it('reads the Vietnamese day, month and year in figures with their words, and no month after a count (`3 tháng 10 ngày`, three months and ten days)', () => {
    expect(found('Hôm ngày 1 tháng 7 năm 2023, bộ trưởng nói', 'vi')).toEqual([['ngày 1 tháng 7 năm 2023', '2023-07-01']]);
    expect(found('Cuộc họp kéo dài 3 tháng 10 ngày.', 'vi', reference)).toEqual([]);
  });

  it('places a time by the flexible day periods of CLDR, with their hours, and gives no time that fits none', () => {
    expect(found('12 जनवरी 1997 7:30 शाम', 'hi')).toEqual([['12 जनवरी 1997 7:30 शाम', '1997-01-12T19:30']]);
    expect(found('15 января 2024 г. в 11:30 ночи', 'ru')).toEqual([['15 января 2024 г. в 11:30 ночи', '2024-01-15T23:30']]);
    expect(found('15 يناير 2024 10:30 مساءً', 'ar')).toEqual([['15 يناير 2024 10:30 مساءً', '2024-01-15T22:30']]);
    // CLDR's Russian evening is 18–22: 11:30 is neither 11:30 nor 23:30 of it, and the date keeps no time.
    expect(found('15 января 2024 г. в 11:30 вечера', 'ru')).toEqual([['15 января 2024 г. в 11:30 вечера', '2024-01-15']]);
    // Hindi am and pm words CLDR lacks come from the language data.
    expect(found('12 जनवरी 1997 11:08 अपराह्न', 'hi')).toEqual([['12 जनवरी 1997 11:08 अपराह्न', '1997-01-12T23:08']]);
  });

  it('gives no day to a weekday beside a date no form read', () => {
    expect(found('2011 წლის 17 მარტი, ოთხშაბათი', 'ka', '2012-11-13')).toEqual([]);
  });

  it('reads a two-digit year in figures, in the century nearest the reference, and a version number as no date', () => {
    expect(found('18.10.14 um 22:56 Uhr', 'de', reference)).toEqual([['18.10.14', '2014-10-18']]);
    expect(found('1/1/16 9:02', 'en', reference)).toEqual([['1/1/16', '2016-01-01']]);
    expect(found('Stand: 02.03.98', 'de', reference)).toEqual([['02.03.98', '1998-03-02']]);
    // With dots, a day or month of one figure is a version, not a date.
    expect(found('Version 1.2.10 ist erschienen.', 'de', reference)).toEqual([]);
  });

  it('reads dots with spaces around them as one date', () => {
    expect(found('am 26. 10. 2021 in Berlin', 'de', reference)).toEqual([['26. 10. 2021', '2021-10-26']]);
    expect(found('26. 10.21 14.12', 'de', reference)).toEqual([['26. 10.21', '2021-10-26']]);
  });

  it('reads a weekday, named or abbreviated, with a time as that day of the reference week', () => {
    expect(found('Jeu 15:12', 'fr', reference)).toEqual([['Jeu 15:12', '2014-08-28T15:12']]);
    expect(found('Sat 10:04 pm EDT', 'en', reference)).toEqual([['Sat 10:04 pm EDT', '2014-08-30T22:04-04:00']]);
    expect(found('Jeu 15:12', 'fr')).toEqual([['Jeu 15:12', '-W-4']]);
  });

  it('gives a year written right after a day and month to them, and a year ending one date none of the next', () => {
    expect(found('Сахаров скончался 14 декабря в 1989 году от остановки сердца.', 'ru')).toEqual([['14 декабря в 1989', '1989-12-14']]);
    expect(found('July 13th 2014 July 14th', 'en', '2020-01-01')).toEqual([
      ['July 13th 2014', '2014-07-13'],
      ['July 14th', '2014-07-14'],
    ]);
  });
});

describe('findDates: years not written, words of the day, lists of years', () => {
  it('places a day or month without a year in this year when at most a season ahead, else in the last', () => {
    expect(found('Las obras empezarán a partir de abril.', 'es', '2024-02-21')).toEqual([['a partir de abril', '2024-04']]);
    expect(found('The plan was first shown in November.', 'en', '2024-03-12')).toEqual([['in November', '2023-11']]);
    expect(found('The vote on 10 May was close.', 'en', '2012-11-13')).toEqual([['10 May', '2012-05-10']]);
  });

  it('reads a weekday with a part of the day written onto it (German `Montagabend`)', () => {
    expect(found('Der Rat hat am Montagabend entschieden.', 'de', '2024-05-07')).toEqual([['Montagabend', '2024-05-06']]);
  });

  it('reads a named expression of a script whose marks writers leave out without them (Persian `هفته آینده`)', () => {
    expect(found('کتابخانه هفته آینده باز می‌شود.', 'fa', '2024-01-10')).toEqual([['هفته آینده', '2024-W03']]);
  });

  it('carries the word that makes a number a year along a list of years, and no further', () => {
    expect(found('Glaciers lost 10% in 2022 and 2023, and 1,500 and 2000 people left.', 'en')).toEqual([
      ['in 2022', '2022'],
      ['2023', '2023'],
    ]);
    expect(found('seit 2019, 2020 und 2021', 'de')).toEqual([
      ['seit 2019', '2019'],
      ['2020', '2020'],
      ['2021', '2021'],
    ]);
  });
});

describe('findDates: other calendars, converted', () => {
  it('converts Thai Buddhist-era years', () => {
    expect(findDates('เมื่อวันที่ 15 มกราคม 2567 และ พ.ศ. 2566', { language: 'th' }).map((date) => [date.text, date.value, date.calendar])).toEqual([
      ['15 มกราคม 2567', '2024-01-15', 'buddhist'],
      ['พ.ศ. 2566', '2023', 'buddhist'],
    ]);
  });

  it('converts Solar Hijri dates written with a month name or in figures', () => {
    expect(found('وزیر روز ۲۴ دی ۱۴۰۲ گفت که در ۱۴۰۲/۱۲/۲۹ بازمی‌گردد.', 'fa')).toEqual([
      ['۲۴ دی ۱۴۰۲', '2024-01-14'],
      ['۱۴۰۲/۱۲/۲۹', '2024-03-19'],
    ]);
  });

  it('converts Hijri dates, and gives no date for a Hijri year alone (it straddles two Gregorian years)', () => {
    expect(found('بدأ الصيام في 1 رمضان 1445 هـ وانتهى عام 1445 هـ', 'ar')).toEqual([['1 رمضان 1445', '2024-03-11']]);
  });

  it('converts Minguo and Japanese era years', () => {
    expect(found('民國113年5月20日就職', 'zh')).toEqual([['民國113年5月20日', '2024-05-20']]);
    expect(found('令和6年1月13日と令和元年', 'ja')).toEqual([['令和6年1月13日', '2024-01-13'], ['令和元年', '2019']]);
    expect(findDates('平成31年4月30日', { language: 'ja' })[0]).toMatchObject({ value: '2019-04-30', calendar: 'japanese', resolvedBy: 'calendar' });
  });
});

describe('findDates: compounds and context', () => {
  const reference = '2014-09-01T10:30';

  it('reads compound relative expressions whole, their unit words from CLDR', () => {
    expect(findDates('2 lata, 3 miesiące, 1 tydzień, 2 dni, 4 godziny, 15 minut i 25 sekund temu', { language: 'pl', reference })[0]).toMatchObject({
      value: '2012-05-23T06:14',
      relative: '-P2Y3M1W2DT4H15M25S',
    });
    expect(found('2 ч. 21 мин. назад', 'ru', reference)).toEqual([['2 ч. 21 мин. назад', '2014-09-01T08:09']]);
    expect(found('Dans 1 an 11 mois', 'fr', reference)).toEqual([['Dans 1 an 11 mois', '2016-08']]);
    expect(found('2 гадзіны таму 10 хвіліны таму', 'be', reference)).toEqual([['2 гадзіны таму 10 хвіліны таму', '2014-09-01T08:20']]);
  });

  it('gives no date for a part of a compound it cannot read whole', () => {
    // `1月` is January, not a month: the compound is not read, nor its last part alone.
    expect(found('1年，1月，1周，1天，1小时，1分钟前', 'zh', reference)).toEqual([]);
  });

  it('reads a count before a word that is also a named period as the count (`4 tahun lalu` is four years ago, not last year)', () => {
    expect(found('Dia meninggal 4 tahun lalu.', 'id', reference)).toEqual([['4 tahun lalu', '2010']]);
  });

  it('reads a direction word and any duration CLDR writes: abbreviations, one-letter units in the past, approximations, words for one', () => {
    expect(found('vor 29h', 'de', reference)).toEqual([['vor 29h', '2014-08-31T05:30']]);
    expect(found('Vor etwa 23 Stunden', 'de', reference)).toEqual([['Vor etwa 23 Stunden', '2014-08-31T11:30']]);
    expect(found('Hace cerca de 23 horas', 'es', reference)).toEqual([['Hace cerca de 23 horas', '2014-08-31T11:30']]);
    expect(found('Publié il y a 2h', 'fr', reference)).toEqual([['il y a 2h', '2014-09-01T08:30']]);
    expect(found('Updated 15 hrs ago', 'en', reference)).toEqual([['15 hrs ago', '2014-08-31T19:30']]);
    expect(found('It happened a decade ago.', 'en', reference)).toEqual([['a decade ago', '2004']]);
    expect(found('1 decade and 11 months ago', 'en', reference)).toEqual([['1 decade and 11 months ago', '2003-10']]);
    expect(found('il ya 2 heures', 'fr', reference)).toEqual([['il ya 2 heures', '2014-09-01T08:30']]);
    expect(found('Aujourdʼhui', 'fr', reference)).toEqual([['Aujourdʼhui', '2014-09-01']]);
  });

  it('reads a future duration only with its number, and no unit word that stands for two units', () => {
    expect(found('in 2 weeks', 'en', reference)).toEqual([['in 2 weeks', '2014-09-15']]);
    expect(found('It was decided in a week of talks.', 'en', reference)).toEqual([]);
    // English `m` is a month and a minute in CLDR's durations: alone it is neither; CLDR's own `{0}m ago` is minutes.
    expect(found('2m', 'en', reference)).toEqual([]);
    expect(found('2m ago', 'en', reference)).toEqual([['2m ago', '2014-09-01T10:28']]);
  });

  it('reads a text that is only a duration as a time stamp (that long ago), and no duration in running text', () => {
    expect(found('2 giờ', 'vi', reference)).toEqual([['2 giờ', '2014-09-01T08:30']]);
    expect(found('1 year, 09 months, 01 weeks', 'en', reference)).toEqual([['1 year, 09 months, 01 weeks', '2012-11-24']]);
    expect(found('1年2个月', 'zh', reference)).toEqual([['1年2个月', '2013-07']]);
    expect(found('The talks lasted 2 hours.', 'en', reference)).toEqual([]);
    // A form that holds its own direction (Bengali `{0} সেকেন্ডে`, in N seconds) is not a duration.
    expect(found('10 সেকেন্ডে', 'bn', reference)).toEqual([['10 সেকেন্ডে', '2014-09-01T10:30']]);
  });

  it('gives a day and month the year of a full date before it in the same text', () => {
    expect(found('19 марта 2001, 20 марта, 21 марта был отличный день.', 'ru', '2000-01-01')).toEqual([
      ['19 марта 2001', '2001-03-19'],
      ['20 марта', '2001-03-20'],
      ['21 марта', '2001-03-21'],
    ]);
  });

  it('reads the language’s own am/pm words and seconds before am/pm', () => {
    expect(found('December 10, 2014, 11:02:21 pm', 'en')).toEqual([['December 10, 2014, 11:02:21 pm', '2014-12-10T23:02']]);
    expect(found('الاثنين 15 يناير 2024 10:30 م', 'ar')).toEqual([['15 يناير 2024 10:30 م', '2024-01-15T22:30']]);
  });
});

describe('findDates: days written alone and Traditional Chinese', () => {
  it('places a CJK day written alone in the reference month, or the month before when later than the reference day', () => {
    expect(found('外務省は20日に発表した。', 'ja', '2024-05-22')).toEqual([['20日', '2024-05-20']]);
    expect(found('시장은 28일 개장했다.', 'ko', '2024-06-03')).toEqual([['28일', '2024-05-28']]);
    // Without a reference a day alone is no date; a duration (3日間) or a relative day (3日前) is not a day of the month.
    expect(found('外務省は20日に発表した。', 'ja')).toEqual([]);
    expect(found('会談は3日間続いた。', 'ja', '2024-05-22')).toEqual([]);
  });

  it('reads Traditional Chinese relative expressions under zh (CLDR zh-Hant)', () => {
    expect(found('4 週後', 'zh', '2014-09-01T10:30')).toEqual([['4 週後', '2014-09-29']]);
    expect(found('5 分鐘前', 'zh', '2014-09-01T10:30')).toEqual([['5 分鐘前', '2014-09-01T10:25']]);
  });
});

describe('findDates: apostrophes a language writes for one another', () => {
  it('reads Ukrainian Friday with a straight apostrophe as with the modifier letter CLDR writes', () => {
    expect(found("Про це повідомили в п'ятницю в адміністрації.", 'uk', '2024-04-12')).toEqual([["п'ятницю", '2024-04-12']]);
    expect(found('Про це повідомили в пʼятницю в адміністрації.', 'uk', '2024-04-12')).toEqual([['пʼятницю', '2024-04-12']]);
  });
});
