import { describe, expect, it } from 'vitest';
import { ARTICLE_ROLES, type Article } from '../src/index.js';
import { parseSeed } from './helpers.js';

/** Entity ids named in title, lead and body, by type, sorted. */
function covered(article: Article, type: 'person' | 'place' | 'org' | 'media'): string[] {
  return [...new Set(article.mentions.filter((m) => m.type === type && ARTICLE_ROLES.includes(m.role)).flatMap((m) => (m.entityId === null ? [] : [m.entityId])))].sort();
}

/** Non-scare quotes as [speaker name, cue, first words]. */
function quoteTuples(article: Article): [string | null, string | null, string][] {
  return article.quotes.filter((q) => !q.scare).map((q) => [q.speaker?.name ?? null, q.cue ?? null, q.text.split(/\s+/u).slice(0, 3).join(' ')]);
}

/** Dates mentioned in title, lead and body as [surface, value]. */
function articleDates(article: Article): [string, string | null][] {
  return article.dates.filter((d) => ARTICLE_ROLES.includes(d.role)).map((d) => [d.surface, d.value]);
}

describe('seed 000 (Vietnamese): who, what, when', () => {
  const article = parseSeed('000_7d0d01de241d3518.txt');

  it('links the people, places and organisations of the body', () => {
    expect(covered(article, 'person')).toEqual(['abdoulaye-diop', 'sergei-lavrov']);
    expect(covered(article, 'place')).toEqual(['bamako', 'france', 'mali', 'moscow', 'russia']);
    expect(covered(article, 'org')).toEqual(['mali-foreign-ministry', 'minusma', 'russia-foreign-ministry', 'un-security-council', 'united-nations', 'wagner-group']);
    expect(covered(article, 'media')).toEqual(['afp', 'tass']);
    // Kidal is only in a photo caption: kept, labelled, not coverage.
    expect(article.mentions.find((m) => m.entityId === 'kidal')?.role).toBe('caption');
  });

  it('attributes each quote and flags the scare quotes', () => {
    expect(quoteTuples(article)).toEqual([
      ['Ministry of Foreign Affairs of Russia', 'cho hay', '[Ông] Sergei Lavrov'],
      ['Sergei Lavrov', 'cho hay', 'tái khẳng định'],
    ]);
    expect(article.quotes.filter((q) => q.scare).map((q) => q.text)).toEqual(['thất bại', 'người hướng dẫn']);
  });

  it('reads day.month dates and takes the year from the dateline, saying so', () => {
    expect(articleDates(article)).toEqual([
      ['ngày 30.6', '2023-06-30'],
      ['ngày 30.6', '2023-06-30'],
      ['ngày 30.6', '2023-06-30'],
      ['ngày 30.6', '2023-06-30'],
      ['ngày 16.6', '2023-06-16'],
      ['năm 2013', '2013'],
      ['năm 2020', '2020'],
    ]);
    expect(article.dates.find((d) => d.surface === 'ngày 16.6')).toMatchObject({ precision: 'day', inferred: 'year' });
    expect(article.dates.find((d) => d.surface === '23.7.2015')).toMatchObject({ value: '2015-07-23', role: 'caption' });
  });
});

describe('seed 001 (Vietnamese, no dateline)', () => {
  const article = parseSeed('001_d728a159c3b1bbfd.txt');

  it('links the body entities', () => {
    expect(covered(article, 'person')).toEqual(['abdoulaye-diop', 'assimi-goita', 'sergei-lavrov']);
    expect(covered(article, 'place')).toEqual(['france', 'mali', 'moscow', 'paris', 'russia', 'west-africa']);
    expect(covered(article, 'org')).toEqual(['wagner-group']);
  });

  it('attributes quotes to a name, a description resolved to its person, and the continuing speaker', () => {
    expect(quoteTuples(article)).toEqual([
      ['Abdoulaye Diop', 'nói', 'Chúng tôi đang'],
      ['Sergei Lavrov', 'nêu rõ', 'Moscow có lịch'],
      ['Sergei Lavrov', 'nhấn mạnh', 'các chính phủ'],
      ['Sergei Lavrov', null, 'không hiểu điều'],
    ]);
    expect(article.quotes[1]!.speaker).toMatchObject({ entityId: 'sergei-lavrov', type: 'person', resolved: true, as: 'Nhà ngoại giao Nga' });
  });

  it('keeps yearless dates partial when the page shows no publication date', () => {
    expect(articleDates(article)).toEqual([
      ['tháng 8/2020', '2020-08'],
      ['tháng 5', '--05'],
      ['năm nay', null],
      ['tháng 9', '--09'],
      ['ngày 12/11', '--11-12'],
    ]);
    expect(article.dates.find((d) => d.surface === 'ngày 11/11')).toMatchObject({ value: '--11-11', role: 'caption' });
  });
});

describe('seed 002 (Polish, inflected names)', () => {
  const article = parseSeed('002_1304d1d541c6c9d0.txt');

  it('links inflected forms to their entity', () => {
    expect(covered(article, 'person')).toEqual(['abdoulaye-diop', 'sergei-lavrov']);
    expect(covered(article, 'place')).toEqual(['algeria', 'bamako', 'burkina-faso', 'france', 'mali', 'moscow', 'niamey', 'niger', 'ouagadougou', 'russia', 'sahel', 'tinzaouaten', 'west-africa']);
    expect(covered(article, 'org')).toEqual(['al-qaeda', 'alliance-of-sahel-states', 'islamic-state', 'united-nations', 'wagner-group']);
    const surfaces = (id: string) => [...new Set(article.mentions.filter((m) => m.entityId === id).map((m) => m.surface))];
    expect(surfaces('sergei-lavrov')).toEqual(['Siergiej Ławrow', 'Ławrow']);
    expect(surfaces('abdoulaye-diop')).toEqual(['Abdoulaye Diop', 'Abdoulaye Diopem', 'Diop']);
    expect(surfaces('moscow')).toEqual(['Moskwa', 'Moskwą']);
    expect(surfaces('russia')).toEqual(['Rosji', 'Rosję', 'Rosja']);
  });

  it('attributes the Polish quotes, the description resolved to the person it fits', () => {
    expect(quoteTuples(article)).toEqual([
      ['Abdoulaye Diop', 'napisał', 'Skupiliśmy się na'],
      ['Abdoulaye Diop', 'stwierdził', 'Rosyjski minister skorzystał'],
    ]);
    expect(article.quotes.filter((q) => q.scare).map((q) => q.text)).toEqual(['ważne kwestie', 'strategicznego', 'koalicję terrorystów', 'przyjaznym']);
  });

  it('keeps weekdays unresolved without a publication date', () => {
    expect(articleDates(article)).toEqual([
      ['w czwartek', '-W-4'],
      ['od 2012', '2012'],
      ['W zeszłym tygodniu', null],
      ['We wtorek', '-W-2'],
      ['W marcu', '--03'],
      ['w lutym', '--02'],
    ]);
    expect(article.dates[0]!.precision).toBe('weekday');
    // "Last week" with no publication date to count from: no value, the duration kept.
    expect(article.dates.find((date) => date.surface === 'W zeszłym tygodniu')).toMatchObject({ value: null, precision: 'week', relative: '-P1W' });
  });
});

describe('seed 003 (Arabic, RT Arabic)', () => {
  const article = parseSeed('003_5454df684d767278.txt');

  it('links the body entities; the trending headlines add no Netanyahu or Trump to coverage', () => {
    expect(covered(article, 'person')).toEqual(['abdoulaye-diop', 'sergei-lavrov', 'vladimir-putin']);
    expect(covered(article, 'place')).toEqual(['africa', 'china', 'kidal', 'mali', 'moscow', 'russia', 'saint-petersburg', 'turkey']);
    expect(covered(article, 'org')).toEqual(['united-nations']);
    const trending = article.mentions.filter((m) => m.entityId === 'benjamin-netanyahu' || m.entityId === 'donald-trump');
    expect(trending.map((m) => m.role)).toEqual(['promo', 'promo']);
  });

  it('links Mali through its proclitics but not the adjective المالي', () => {
    const surfaces = article.mentions.filter((m) => m.entityId === 'mali' && ARTICLE_ROLES.includes(m.role)).map((m) => m.surface);
    expect(surfaces).toHaveLength(11);
    expect(new Set(surfaces)).toEqual(new Set(['مالي', 'ومالي', 'لمالي']));
  });

  it('attributes the Arabic quotes (verb before subject)', () => {
    expect(quoteTuples(article)).toEqual([
      ['Abdoulaye Diop', 'وقال', 'علينا مواصلة التعاون'],
      ['Sergei Lavrov', 'وأكد', 'التعاون العسكري والفني'],
      ['Sergei Lavrov', 'وتابع', 'نرى أن القدرات'],
      [null, null, 'التي تحترم التزاماتها'],
      ['Sergei Lavrov', 'وقال', 'موسكو ستواصل تقديم'],
    ]);
  });

  it('reads the dates of the body', () => {
    expect(articleDates(article)).toEqual([
      ['الأربعاء', '-W-3'],
      ['الأربعاء', '-W-3'],
      ['عام 2023', '2023'],
      ['عام 2022', '2022'],
      ['عام 2023', '2023'],
      ['يوليو 2023', '2023-07'],
    ]);
  });
});

describe('seed 004 (Arabic, Al Mayadeen)', () => {
  const article = parseSeed('004_b8090609d7bbf526.txt');

  it('links the body entities', () => {
    expect(covered(article, 'person')).toEqual(['abdoulaye-diop', 'assimi-goita', 'sergei-lavrov', 'vladimir-putin']);
    expect(covered(article, 'place')).toEqual(['france', 'libya', 'mali', 'moscow', 'russia', 'sahel', 'united-states', 'washington']);
    expect(covered(article, 'org')).toEqual(['kremlin', 'nato', 'united-nations', 'us-state-department']);
    expect(covered(article, 'media')).toEqual(['al-mayadeen']);
    expect(article.mentions.find((m) => m.surface === 'لفلاديمير بوتين')?.entityId).toBe('vladimir-putin');
  });

  it('attributes quotes through a source marker, a verb without a name, and the paragraph subject', () => {
    expect(quoteTuples(article)).toEqual([
      ['Kremlin', 'وأورد', 'خلال هذا الاتصال'],
      ['Assimi Goïta', 'ونقل', 'شكره لفلاديمير بوتين'],
      ['Assimi Goïta', 'وكتب', 'مرتاح جداً لمحادثتي'],
      ['Assimi Goïta', 'وأضاف', 'أجرينا نقاشاً مباشراً'],
      ['Sergei Lavrov', null, 'العسكرية والعسكرية -'],
      [null, null, 'حملة التضليل التي'],
    ]);
    expect(article.quotes.filter((q) => q.scare).map((q) => q.text)).toEqual(['تويتر', 'الناتو']);
  });

  it('reads Levantine/standard month pairs, years and weekdays', () => {
    expect(articleDates(article)).toEqual([
      ['الأربعاء', '-W-3'],
      ['العام 2012', '2012'],
      ['شباط/فبراير', '--02'],
      ['آذار/مارس', '--03'],
      ['الأحد', '-W-7'],
      ['عام 2022', '2022'],
      ['الأسبوع الماضي', null],
      ['منذ 2020', '2020'],
      ['في 2020', '2020'],
      ['نهاية 2022', '2022'],
      ['آذار/مارس', '--03'],
      ['وآب/أغسطس', '--08'],
    ]);
  });
});
