import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/index.js';
import { findQuoteSpans } from '../src/internals.js';

/** The quotes of a short article: the quoted text and the speaker's name. */
function quotes(language: string, ...paragraphs: string[]): [string, string | null][] {
  const article = parseArticle(['Talks on the river dam resume after a long pause in the region', ...paragraphs].join('\n\n'), { file: `${language}.txt`, metadata: { language } });
  return article.quotes.filter((quote) => !quote.scare).map((quote) => [quote.text, quote.speaker?.name ?? null]);
}

describe('quote marks', () => {
  it('pairs German »…« and reads its speaker', () => {
    expect(quotes('de', '»Wir haben die Fahrgäste rechtzeitig gewarnt«, sagte Gewerkschaftssprecherin Katrin Vogel.')).toEqual([['Wir haben die Fahrgäste rechtzeitig gewarnt', 'Katrin Vogel']]);
  });

  it('pairs straight single quotes, leaving apostrophes inside words alone', () => {
    expect(quotes('tr', "İl Müdürü Serkan Aydın, 'Türkiye'nin okulları her depreme hazır olmalıdır' dedi.")).toEqual([["Türkiye'nin okulları her depreme hazır olmalıdır", 'Serkan Aydın']]);
    expect(findQuoteSpans("It's the port's busiest week, the owner's team said.")).toEqual([]);
  });

  it('closes a French quote with the opening mark when it stands where a quote closes', () => {
    expect(findQuoteSpans('« Nous partirons demain matin avec toute l’équipe « a déclaré le colonel.')).toEqual([{ start: 1, end: 50, outerStart: 0, outerEnd: 51 }]);
    expect(quotes('fr', '« Nous partirons demain matin avec toute l’équipe « a déclaré le colonel Marc Delaunay.')).toEqual([[' Nous partirons demain matin avec toute l’équipe '.trim(), 'Marc Delaunay']]);
  });

  it('reads a quote running over paragraphs, the opening mark repeated and no closing one, with the speaker of its last piece', () => {
    expect(
      quotes(
        'en',
        '"The first part of the statement runs on past the end of this paragraph and has no closing mark.',
        '"This is where the statement ends, with the name of the minister after it," said Transport Minister Jo Reyes.',
      ),
    ).toEqual([
      ['The first part of the statement runs on past the end of this paragraph and has no closing mark.', 'Jo Reyes'],
      ['This is where the statement ends, with the name of the minister after it,', 'Jo Reyes'],
    ]);
  });

  it('drops a quote left open when the next paragraph opens with no quote mark', () => {
    expect(quotes('en', '"The first part of the statement has no closing mark at the end of this long paragraph.', 'The minister left the room without another word to the reporters waiting outside.')).toEqual([]);
  });
});
