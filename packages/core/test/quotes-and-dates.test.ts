import { describe, expect, it } from 'vitest';
import { parseArticle, type Published } from '../src/index.js';
import { compileDatePatterns, extractDateMentions, findQuoteSpans, getResources, loadCoreData } from '../src/internals.js';
import { parseFixture } from './helpers.js';

describe('quote marks', () => {
  it.each([
    ['"straight"', 'straight'],
    ['“curly”', 'curly'],
    ['„Polish”', 'Polish'],
    ['„German“', 'German'],
    ['«guillemets»', 'guillemets'],
    ['‚single low‘', 'single low'],
    ['‘single’', 'single'],
    ['‹angle›', 'angle'],
    ['「Chinese」', 'Chinese'],
  ])('%s', (text, inner) => {
    const [span] = findQuoteSpans(`He said ${text} today.`);
    expect(`He said ${text} today.`.slice(span!.start, span!.end)).toBe(inner);
  });

  it('keeps nested quotes inside the outer one, ignores apostrophes and drops an unclosed quote', () => {
    const text = '«On a dit „non” à l’ONU», it’s over. "Unclosed';
    const spans = findQuoteSpans(text);
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(['On a dit „non” à l’ONU']);
  });
});

const article = (language: 'en' | 'fr' | 'ru', paragraphs: string[]) => parseArticle([`${paragraphs[0]}`, '', ...paragraphs.slice(1).flatMap((p) => [p, ''])].join('\n'), { file: `${language}.txt` });

describe('speakers', () => {
  it('English: "…," X said; continuation over sentences; Name: "…"', () => {
    const parsed = article('en', [
      'Mali and Russia deepen their military cooperation',
      '"We will keep training the Malian army and supplying equipment," Lavrov told reporters in Moscow on Wednesday. "Nobody can dictate to Bamako who its partners are."',
      'The Kremlin said: "Cooperation with Mali serves the security of the whole region and will continue."',
      'Security experts in the region were more cautious about the "new partnership" announced by both governments this week.',
    ]);
    expect(parsed.quotes.map((q) => [q.speaker?.name ?? null, q.cue ?? null, q.scare])).toEqual([
      ['Sergei Lavrov', 'told', false],
      ['Sergei Lavrov', null, false],
      ['Kremlin', 'said', false],
      [null, null, true],
    ]);
  });

  it('French: « … », a déclaré X; a quote spanning two sentences', () => {
    const parsed = article('fr', [
      'Le Mali salue le soutien russe',
      '« La Russie est un partenaire fiable. Elle respecte ses engagements envers le Mali », a déclaré Abdoulaye Diop lors d’une conférence de presse à Moscou.',
    ]);
    expect(parsed.quotes).toHaveLength(1);
    expect(parsed.quotes[0]).toMatchObject({ text: 'La Russie est un partenaire fiable. Elle respecte ses engagements envers le Mali', speaker: { entityId: 'abdoulaye-diop', name: 'Abdoulaye Diop' }, cue: 'a déclaré' });
  });

  it('Russian: «…», — заявил X; an organisation as speaker', () => {
    const parsed = article('ru', [
      'Россия продолжит помогать Мали',
      '«Мы продолжим поставки вооружений и обучение военных в Мали», — заявил Сергей Лавров журналистам в Москве в четверг.',
      'В Кремле отметили: «Сотрудничество с Бамако отвечает интересам обеих стран и будет расширяться».',
    ]);
    expect(parsed.quotes.map((q) => [q.speaker?.name ?? null, q.cue ?? null])).toEqual([
      ['Sergei Lavrov', 'заявил'],
      ['Kremlin', 'отметили'],
    ]);
  });

  it('leaves the speaker null when the text does not say who spoke', () => {
    const parsed = article('en', ['Mali and Russia deepen ties', 'Crowds in Bamako carried banners reading "Russia is our friend and partner" during the rally on Saturday afternoon.']);
    expect(parsed.quotes.map((q) => q.speaker)).toEqual([null]);
  });

  it('the Polish and Arabic test texts', () => {
    expect(parseFixture('articles/pl-inflected-names.txt').quotes.map((q) => [q.speaker?.name, q.cue])).toEqual([['Sergei Lavrov', 'powiedział']]);
    expect(parseFixture('articles/ar-cliticised-names.txt').quotes.map((q) => [q.speaker?.name, q.cue])).toEqual([['Vladimir Putin', 'وقال']]);
  });
});

describe('dates mentioned', () => {
  const resources = getResources();
  const calendars = loadCoreData().calendars;
  const read = (language: string, text: string, published: Published | null = null) => {
    const order = resources.languages.get(language)?.dateOrder ?? 'dmy';
    const patterns = compileDatePatterns(calendars, resources.calendar, language, order);
    return extractDateMentions([{ text, offset: 0, role: 'body' }], patterns, published).map((d) => [d.surface, d.value, d.precision, d.inferred ?? null]);
  };
  const published: Published = { value: '2023-07-01T09:05:00+07:00', precision: 'minute', source: 'dateline', evidence: '01/07/2023 09:05 GMT+7' };

  it.each([
    ['vi', 'vào ngày 23.7.2015', ['23.7.2015', '2015-07-23', 'day', null]],
    ['vi', 'ngày 30.6', ['ngày 30.6', '--06-30', 'day', null]],
    ['vi', 'gặp nhau ngày 11/11', ['ngày 11/11', '--11-11', 'day', null]],
    ['vi', 'từ tháng 8/2020', ['tháng 8/2020', '2020-08', 'month', null]],
    ['vi', 'vào năm 2013', ['năm 2013', '2013', 'year', null]],
    ['pl', 'W marcu Burkina Faso', ['W marcu', '--03', 'month', null]],
    ['pl', 'od 2012 r. uwikłane', ['od 2012', '2012', 'year', null]],
    ['pl', 'dnia 7 lutego 2023 r.', ['7 lutego 2023 r.', '2023-02-07', 'day', null]],
    ['ar', 'في يوليو 2023، خلال القمة', ['يوليو 2023', '2023-07', 'month', null]],
    ['ar', 'وفي نهاية عام 2023 اضطرت', ['عام 2023', '2023', 'year', null]],
    ['ar', 'في آذار/مارس الفائت', ['آذار/مارس', '--03', 'month', null]],
    ['ar', 'في شباط/فبراير', ['شباط/فبراير', '--02', 'month', null]],
    ['ru', '11 ноября 2021 года', ['11 ноября 2021 года', '2021-11-11', 'day', null]],
    ['fr', 'le 24 septembre', ['24 septembre', '--09-24', 'day', null]],
    ['en', 'since 2021', ['since 2021', '2021', 'year', null]],
  ])('%s: %s', (language, text, expected) => {
    expect(read(language, text)).toEqual([expected]);
  });

  it('resolves weekdays and missing years against the publication date, and says so', () => {
    expect(read('pl', 'w czwartek', published)).toEqual([['w czwartek', '2023-06-29', 'day', 'weekday']]);
    expect(read('ar', 'الأربعاء', published)).toEqual([['الأربعاء', '2023-06-28', 'day', 'weekday']]);
    expect(read('ru', 'в четверг', published)).toEqual([['в четверг', '2023-06-29', 'day', 'weekday']]);
    expect(read('pl', 'w sobotę', published)).toEqual([['w sobotę', '2023-07-01', 'day', 'weekday']]);
    expect(read('vi', 'ngày 30.6', published)).toEqual([['ngày 30.6', '2023-06-30', 'day', 'year']]);
    expect(read('fr', 'le 24 décembre', published)).toEqual([['24 décembre', '2022-12-24', 'day', 'year']]);
    expect(read('pl', 'w czwartek')).toEqual([['w czwartek', '-W-4', 'weekday', null]]);
  });

  it('does not take numbers, ordinals or impossible dates for dates', () => {
    expect(read('vi', 'Đức vội lên tiếng vụ tin đồn Mali tính đón 1.000 lính, lần thứ hai, 12 căn cứ, khoảng 10 năm')).toEqual([]);
    expect(read('vi', 'ngày 31.2')).toEqual([]);
    expect(read('en', 'Crowds of 2000 people; in May we may go')).toEqual([['in May', '--05', 'month', null]]);
  });
});
