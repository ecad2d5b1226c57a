import { describe, expect, it } from 'vitest';
import { draftRegistry, EntityRegistrySchema, parseArticle, summariseUnlinkedNames } from '../src/index.js';

const page = (language: string, text: string, url: string) => parseArticle(`Headline\n\n${text}\n`, { metadata: { language, url } });

describe('the curation loop: names no registry holds, summarised and drafted', () => {
  const articles = [
    page('en', 'Chief executive Marta Olsen opened the Harbor Metals Research office. Olsen said it would hire.', 'https://a.example/1'),
    page('en', 'The mine of Marta Olsen, the chief executive, drew protests.', 'https://a.example/2'),
    page('ru', 'Глава компании Марта Ольсен открыла офис. Рудник Марты Ольсен вызвал протесты.', 'https://b.example/3'),
    page('pl', 'Burmistrz Jan Nowak spotkał się w Krakowie z delegacją. Jan Nowak wróci z Krakowa.', 'https://c.example/4'),
  ];

  it('groups inflected forms by key, and one name across scripts by its ASCII spelling', () => {
    const summaries = summariseUnlinkedNames(articles);
    const olsen = summaries.find((summary) => summary.name === 'Marta Olsen')!;
    expect(olsen.type).toBe('person');
    expect(olsen.languages).toEqual(['en', 'ru']);
    expect(olsen.keys).toEqual(['en:marta olsen', 'ru:март ольсен']);
    expect(olsen.mentions).toBe(5);
    expect(olsen.articles).toBe(3);
    expect(olsen.surfaces).toEqual({ en: ['Marta Olsen', 'Olsen'], ru: ['Марта Ольсен', 'Марты Ольсен'] });
    expect(olsen.example).toBe('Chief executive [Marta Olsen] opened the Harbor Metals Research office. Olsen said it…');
    expect(summaries.find((summary) => summary.keys.includes('pl:krak'))).toMatchObject({ type: 'place', mentions: 2, surfaces: { pl: ['Krakowa', 'Krakowie'] } });
    expect(summaries.find((summary) => summary.name === 'Harbor Metals Research')?.type).toBe('org');
  });

  it('drafts a valid registry of the names mentioned often enough, with ids that repeat none taken', () => {
    const draft = draftRegistry(summariseUnlinkedNames(articles), { minMentions: 2, takenIds: new Set(['jan-nowak']) });
    expect(() => EntityRegistrySchema.parse(draft)).not.toThrow();
    expect(draft.entities.map((entity) => entity.id)).toEqual(['marta-olsen', 'jan-nowak-2', 'krakowa']);
    expect(draft.entities[0]!.aliases['ru']).toEqual(['Марта Ольсен', 'Марты Ольсен']);
  });
});
