import { describe, expect, it } from 'vitest';
import { ArticleSchema } from '../src/index.js';
import { citationTuples, linesWithRole, parseFixture, roleOf } from './helpers.js';

describe('English page whose source line is the outlet URL', () => {
  const article = parseFixture('articles/en-france24-source-url.txt');

  it('reads headline, language, labelled date with GMT and the outlet from the URL', () => {
    expect(ArticleSchema.safeParse(article).success).toBe(true);
    expect(article.title).toBe('Mali junta hails Russian support as UN mission winds down');
    expect(article.language).toBe('en');
    expect(article.published).toEqual({ value: '2023-07-01T09:05:00+00:00', precision: 'minute', source: 'dateline', evidence: 'July 1, 2023 at 09:05 GMT' });
    expect(article.outlet).toMatchObject({ id: 'france-24', name: 'France 24', domain: 'france24.com', confidence: 0.8 });
    expect(article.sourceUrl).toBe('https://www.france24.com/en/africa/20230701-mali-junta-hails-russian-support');
    expect(article.translation).toEqual({ isTranslation: false });
  });

  it('cites Reuters and TASS as attributions, AFP and Getty Images as credits', () => {
    expect(citationTuples(article)).toEqual([
      ['Reuters', 'attribution'],
      ['AFP', 'credit'],
      ['Getty Images', 'credit'],
      ['TASS', 'attribution'],
    ]);
  });

  it('labels every line', () => {
    expect(linesWithRole(article, 'navigation')).toEqual(['Home', 'Africa', 'Middle East', 'Search']);
    expect(roleOf(article, 'FILE PHOTO:')).toBe('caption');
    expect(roleOf(article, 'Photo: AFP / Getty Images')).toBe('credit');
    expect(roleOf(article, 'Read more:')).toBe('related');
    expect(roleOf(article, '"We will continue')).toBe('body');
    expect(roleOf(article, 'Source:')).toBe('source');
    expect(linesWithRole(article, 'comments')).toEqual(['Comments (12)', 'Sign in to comment']);
    expect(linesWithRole(article, 'promo')).toEqual(['Most read', 'Ukraine war: what we know on day 500']);
  });
});

describe('French page that names no outlet', () => {
  const article = parseFixture('articles/fr-no-outlet.txt');

  it('reads headline, language and a written date with weekday and time', () => {
    expect(article.title).toBe("Le Mali salue l'aide militaire russe après le départ de la Minusma");
    expect(article.language).toBe('fr');
    expect(article.published).toMatchObject({ value: '2023-07-05T10:15:00', precision: 'minute', evidence: '5 juillet 2023 à 10h15' });
  });

  it('has no outlet, and says so, rather than guessing from the agencies it cites', () => {
    expect(article.outlet).toBeNull();
    expect(article.warnings).toContain('outlet: nothing in the text identifies the outlet');
  });

  it('cites AFP as credit and source line and TASS as attribution', () => {
    expect(citationTuples(article)).toEqual([
      ['AFP', 'credit'],
      ['TASS', 'attribution'],
      ['AFP', 'source-line'],
    ]);
    expect(article.citations[1]!.evidence).toBe("Selon l'agence TASS");
  });

  it('labels navigation, caption, teaser, comments and the most-read list', () => {
    expect(linesWithRole(article, 'navigation')).toEqual(['Accueil', 'Afrique', 'Monde', 'En direct']);
    expect(roleOf(article, 'Abdoulaye Diop et Sergueï Lavrov')).toBe('caption');
    expect(roleOf(article, 'Lire aussi')).toBe('related');
    expect(linesWithRole(article, 'comments')).toEqual(['Commentaires', 'Réagir']);
    expect(roleOf(article, 'Les plus lus')).toBe('promo');
    expect(linesWithRole(article, 'body')).toHaveLength(2);
  });
});

describe('Russian machine translation of an RT English article', () => {
  const article = parseFixture('articles/ru-machine-translation.txt');

  it('reads headline, language and a written date in the genitive', () => {
    expect(article.title).toBe('Лавров пообещал Мали военную помощь');
    expect(article.language).toBe('ru');
    expect(article.published).toMatchObject({ value: '2021-11-11T14:30:00', precision: 'minute' });
  });

  it('records the translation and attributes the outlet to the original, below certainty', () => {
    expect(article.translation).toEqual({
      isTranslation: true,
      tool: 'Google Translate',
      evidence: 'Переведено с помощью Google Переводчик',
      originalUrl: 'https://www.rt.com/russia/539999-lavrov-mali-weapons/',
      originalOutlet: 'RT',
      originalLanguage: 'en',
    });
    expect(article.outlet).toMatchObject({ name: 'RT', confidence: 0.6 });
  });

  it('finds agencies named in Cyrillic with their roles', () => {
    expect(citationTuples(article)).toEqual([
      ['TASS', 'attribution'],
      ['RIA Novosti', 'credit'],
      ['Interfax', 'attribution'],
    ]);
    expect(article.citations[0]!.evidence).toBe('сообщает ТАСС');
  });

  it('labels the credit with its label, the teaser and the translation note', () => {
    expect(roleOf(article, 'Фото: РИА Новости')).toBe('credit');
    expect(roleOf(article, 'Сергей Лавров и Абдулай Диоп')).toBe('caption');
    expect(roleOf(article, 'Читайте также')).toBe('related');
    expect(roleOf(article, 'Переведено с помощью')).toBe('translation-note');
    expect(roleOf(article, '«Мы не вмешиваемся')).toBe('body');
    expect(roleOf(article, 'Самое читаемое')).toBe('promo');
  });
});
