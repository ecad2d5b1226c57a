import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/index.js';
import { parseSeed } from './helpers.js';

/** The quotes of a short article in a language: the quoted words' start, and the speaker's name, type and resolution. */
function speakers(language: string, ...paragraphs: string[]): [string, string | null, string | null, boolean | null, string | null][] {
  const article = parseArticle(['Talks on the river dam resume after a long pause in the region', ...paragraphs].join('\n\n'), { file: `${language}.txt`, metadata: { language } });
  return article.quotes.filter((quote) => !quote.scare).map((quote) => [quote.text.split(' ').slice(0, 3).join(' '), quote.speaker?.name ?? null, quote.speaker?.type ?? null, quote.speaker?.resolved ?? null, quote.speaker?.as ?? null]);
}

describe('speakers the text describes', () => {
  it('resolves the descriptions of the seeds to their persons', () => {
    const polish = parseSeed('002_1304d1d541c6c9d0.txt').quotes.find((quote) => quote.text.startsWith('Skupiliśmy'))!;
    expect(polish.speaker).toMatchObject({ entityId: 'abdoulaye-diop', type: 'person', resolved: true, as: 'malijski dyplomata' });
    const vietnamese = parseSeed('001_d728a159c3b1bbfd.txt').quotes.find((quote) => quote.text.startsWith('Moscow có lịch sử'))!;
    expect(vietnamese.speaker).toMatchObject({ entityId: 'sergei-lavrov', type: 'person', resolved: true, as: 'Nhà ngoại giao Nga' });
  });

  it('resolves a pronoun to the person named before, and keeps the words it was written as', () => {
    expect(speakers('en', '"We will not load a single ship until the roster is withdrawn," union leader Grace Okafor told a rally.', '"The company has had three months to talk to us," she said, adding that the strike could last a week.')).toEqual([
      ['We will not', 'Grace Okafor', 'person', true, null],
      ['The company has', 'Grace Okafor', 'person', true, 'she'],
    ]);
    expect(speakers('ru', '"Вода поднимается на десять сантиметров в час", - сказал глава района Игорь Савченко.', '"Мы развернули пункты временного размещения", - добавил он.')[1]).toEqual(['Мы развернули пункты', 'Игорь Савченко', 'person', true, 'он']);
  });

  it('types groups, anonymous sources and organisations, unresolved', () => {
    expect(speakers('en', '"We have never seen demand like this at the cooling centres," one official said on condition of anonymity.')[0]?.slice(1, 4)).toEqual(['one official', 'anonymous', false]);
    expect(speakers('pl', 'Jak podaje gazeta, normy przekroczone są trzykrotnie. „Dzieci nie powinny dziś wychodzić na dwór” – ostrzegają lekarze.')[0]?.slice(1, 4)).toEqual(['lekarze', 'group', false]);
    expect(speakers('en', 'Officials met on Monday. "The ministry will publish the figures next week for every district," the ministry said.')[0]?.slice(1, 4)).toEqual(['the ministry', 'organisation', false]);
  });

  it('leaves a description no earlier name fits unresolved', () => {
    expect(speakers('en', '"We lost everything in the flood last night," a farmer said at the shelter.')).toEqual([['We lost everything', 'a farmer', 'description', false, null]]);
  });

  it('gives a quote whose own sentence names its speaker that speaker, not the previous one', () => {
    expect(speakers('id', '"Kami sudah mengerahkan perahu karet ke lima kelurahan," kata Kepala Badan Penanggulangan Bencana Daerah Bekasi, Rudi Hartono.').map((row) => row[1])).toEqual(['Rudi Hartono']);
    expect(speakers('ru', '"Вода поднимается на десять сантиметров в час", - сказал глава района Игорь Савченко.', '"Такого уровня воды не было с 2016 года", - рассказал РИА Новости местный житель.')[1]?.[1]).toBe('местный житель');
  });

  it('reads gender as data: a verb ending rules out the previous speaker, a title beside a name fits a pronoun', () => {
    expect(
      speakers(
        'pl',
        '„Prosimy mieszkańców, by zostawili samochody w domach” – powiedziała wiceprezydent miasta Anna Lisowska.',
        '„Autobusy będą jeździć częściej przez cały tydzień” – powiedział rzecznik przewoźnika Marek Nowak.',
        '„To rozwiązanie działa tylko wtedy, gdy korzysta z niego wiele osób” – dodała.',
      ).map((row) => [row[1], row[4]]),
    ).toEqual([
      ['Anna Lisowska', null],
      ['Marek Nowak', null],
      ['Anna Lisowska', 'dodała'],
    ]);
    expect(
      speakers('en', 'Ms Lena Ford, the engineer, met the minister. "The dam will hold through the whole winter season," said Lena Ford.', 'Mr Tom Hale arrived later. "We will check the gates every single morning," he said.', '"Nobody should worry about the river this year," she said.').map((row) => [row[1], row[4]]),
    ).toEqual([
      ['Lena Ford', null],
      ['Tom Hale', 'he'],
      ['Lena Ford', 'she'],
    ]);
  });
});
