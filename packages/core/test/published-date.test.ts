import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/index.js';
import { extractPublished, getResources, isDatelineLine, readFullDate } from '../src/internals.js';

const resources = getResources();
const fromLine = (line: string, language: string) => extractPublished({ datelines: [line], language }, resources);
const paragraph = 'Minister spraw zagranicznych Rosji Siergiej Ławrow zapewnił w czwartek, że Moskwa nadal będzie wspierać Mali w walce z terroryzmem.';

describe('labelled and written publication dates', () => {
  it.each([
    ['Opublikowano: 7.02.2023 10:15', 'pl', '2023-02-07T10:15:00', 'minute'],
    ['Opublikowano: 7 lutego 2023, 10:15', 'pl', '2023-02-07T10:15:00', 'minute'],
    ['Cập nhật lúc 09:05 ngày 01/07/2023 (GMT+7)', 'vi', '2023-07-01T09:05:00+07:00', 'minute'],
    ['نشر في 01/07/2023 - 09:05', 'ar', '2023-07-01T09:05:00', 'minute'],
    ['نشر في ٠١ يوليو ٢٠٢٣', 'ar', '2023-07-01', 'day'],
    ['تاريخ النشر: 5 آذار 2024', 'ar', '2024-03-05', 'day'],
    ['Published: July 1, 2023 at 09:05 GMT+3', 'en', '2023-07-01T09:05:00+03:00', 'minute'],
    ['Published 07/01/2023', 'en', '2023-07-01', 'day'],
    ['Publié le mercredi 5 juillet 2023 à 10h15', 'fr', '2023-07-05T10:15:00', 'minute'],
    ['Опубликовано: 11 ноября 2021, 14:30', 'ru', '2021-11-11T14:30:00', 'minute'],
    ['Publicado el 1 de julio de 2023', 'es', '2023-07-01', 'day'],
    ['Veröffentlicht am 3. März 2024, 08:00 Uhr', 'de', '2024-03-03T08:00:00', 'minute'],
    ['2023-07-01T09:05:00+02:00', 'pl', '2023-07-01T09:05:00+02:00', 'minute'],
    ['الثلاثاء 12 مارس 2024', 'ar', '2024-03-12', 'day'],
    ['Tuesday, 12 March 2024', 'en', '2024-03-12', 'day'],
    ['입력 2024.05.20 09:30', 'ko', '2024-05-20T09:30:00', 'minute'],
    ['2024/03/12 10:15', 'zh', '2024-03-12T10:15:00', 'minute'],
    ['2024年5月20日 10時30分', 'ja', '2024-05-20T10:30:00', 'minute'],
    ['2024年3月12日（火）9時05分', 'ja', '2024-03-12T09:05:00', 'minute'],
    ['2024年1月13日', 'zh', '2024-01-13', 'day'],
    ['2024년 1월 13일', 'ko', '2024-01-13', 'day'],
    ['2024. 1. 14.', 'ko', '2024-01-14', 'day'],
    ['Published: July 1, 2023 at 10:17 pm', 'en', '2023-07-01T22:17:00', 'minute'],
    ['Updated 07/01/2023 10:17 PM', 'en', '2023-07-01T22:17:00', 'minute'],
    ['Published 07/01/2023 12:05 a.m.', 'en', '2023-07-01T00:05:00', 'minute'],
    ['July 1, 2023 9:05 am GMT+3', 'en', '2023-07-01T09:05:00+03:00', 'minute'],
  ])('%s → %s', (line, language, value, precision) => {
    expect(isDatelineLine(line, resources)).toBe(true);
    expect(fromLine(line, language)).toMatchObject({ value, precision, source: 'dateline' });
  });

  it('gives no time for an hour that am or pm cannot have (13:17 pm), keeping the day', () => {
    expect(fromLine('Published: July 1, 2023 at 13:17 pm', 'en')).toMatchObject({ value: '2023-07-01', precision: 'day' });
  });

  it('reads a written date only with its four-digit year', () => {
    expect(readFullDate('Opublikowano: 7 lutego 2023, 10:15', resources.calendar)).toEqual({ parts: { year: 2023, month: 2, day: 7, hour: 10, minute: 15 }, index: 14, text: '7 lutego 2023, 10:15' });
    expect(readFullDate('تاريخ النشر: 5 آذار 2024', resources.calendar)?.parts).toEqual({ year: 2024, month: 3, day: 5 });
    expect(readFullDate('Updated: July 1, 2023 9:05', resources.calendar)?.text).toBe('July 1, 2023 9:05');
    for (const line of ['7 lutego, 10:15', '7 lutego 23', 'July 1 at 9:05', '12 komentarzy']) expect(readFullDate(line, resources.calendar)).toBeNull();
  });

  it('keeps the evidence as written, with the original digits', () => {
    expect(fromLine('نشر في ٠١ يوليو ٢٠٢٣', 'ar')?.evidence).toBe('٠١ يوليو ٢٠٢٣');
  });

  it.each([
    ['w czwartek'],
    ['الأربعاء'],
    ['Thursday'],
    [paragraph],
    ['Rosja zapowiedziała 7 lutego 2023 r. nowe dostawy zboża do Mali, a także wsparcie wojskowe dla junty.'],
  ])('is not a dateline: %s', (line) => {
    expect(isDatelineLine(line, resources)).toBe(false);
  });

  it('rejects impossible dates', () => {
    expect(fromLine('31/02/2023', 'pl')).toBeNull();
    expect(fromLine('32 lutego 2023', 'pl')).toBeNull();
  });

  it('reads m/d order for English and swaps an impossible month', () => {
    expect(fromLine('07/01/2023', 'en')?.value).toBe('2023-07-01');
    expect(fromLine('07/01/2023', 'pl')?.value).toBe('2023-01-07');
    expect(fromLine('25/12/2023', 'en')?.value).toBe('2023-12-25');
  });
});

describe('dates in the page URL', () => {
  it.each([
    ['https://www.thanhnien.vn/the-gioi/2023/07/01/mali-nga.html', '2023-07-01', 'day'],
    ['https://tass.ru/politika/20230701/mali', '2023-07-01', 'day'],
    ['https://www.lemonde.fr/afrique/article/2023/07/mali-russie_123.html', '2023-07', 'month'],
    ['https://news.example.org/world/mali-russia-talks-2023-06-30-a1b2', '2023-06-30', 'day'],
    ['https://news.example.org/world/mali-russia-talks-2023-6-3/', '2023-06-03', 'day'],
    ['https://example.pl/swiat/nid07022023-mali', '2023-02-07', 'day'],
    ['https://example.pl/swiat/NID07022023', '2023-02-07', 'day'],
    ['https://example.com/story?id=7&date=2023-02-07', '2023-02-07', 'day'],
    ['https://example.com/story_20230207_mali.html', '2023-02-07', 'day'],
  ])('%s → %s', (url, value, precision) => {
    expect(extractPublished({ datelines: [], language: 'vi', pageUrls: [url] }, resources)).toEqual({ value, precision, source: 'url', evidence: url });
  });

  it('prefers a dateline to the URL and ignores URLs without a date', () => {
    expect(extractPublished({ datelines: ['01/07/2023 09:05'], language: 'vi', pageUrls: ['https://x.vn/2022/01/01/a'] }, resources)?.value).toBe('2023-07-01T09:05:00');
    expect(extractPublished({ datelines: [], language: 'en', pageUrls: ['https://www.rt.com/africa/580123-mali-russia/'] }, resources)).toBeNull();
    // Numbers that look like dates but that the calendar rejects, or ids of eight digits, are no date.
    for (const url of ['https://x.com/2023-13-01-a', 'https://x.com/2023-04-31/a', 'https://x.com/a/12345678/', 'https://x.com/nid31022023']) {
      expect(extractPublished({ datelines: [], language: 'en', pageUrls: [url] }, resources)).toBeNull();
    }
  });

  it('takes the date from the URL of the page source line, never from a translated original', () => {
    const page = `Mali i Rosja podpisały nowe porozumienie\n\n${paragraph}\n\nŹródło: https://www.pap.pl/aktualnosci/2023/07/06/mali-rosja\n`;
    expect(parseArticle(page, { file: 'pap.txt' }).published).toMatchObject({ value: '2023-07-06', source: 'url' });
    const translated = `Mali i Rosja podpisały nowe porozumienie\n\n${paragraph}\n\nPrzetłumaczono przez translator Google z https://www.rt.com/news/2023/07/06/mali/\n`;
    const article = parseArticle(translated, { file: 'rt-pl.txt' });
    expect(article.translation.isTranslation).toBe(true);
    expect(article.published).toBeNull();
  });
});

describe('a date in a paragraph or a weekday is never the publication date', () => {
  it('finds no publication date in a page that only talks about dates', () => {
    const page = `Ławrow obiecał Mali wsparcie\n\n${paragraph} Spotkanie odbyło się 7 lutego 2023 r. w Bamako.\n\nW czwartek\n`;
    const article = parseArticle(page, { file: 'no-date.txt' });
    expect(article.published).toBeNull();
    expect(article.warnings).toContain('published: the page shows no publication date');
  });
});
