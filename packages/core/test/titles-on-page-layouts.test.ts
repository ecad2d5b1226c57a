import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/index.js';
import { isBreadcrumb } from '../src/classify/breadcrumb.js';
import { splitTitleDate } from '../src/metadata/title-date.js';
import { getResources } from '../src/resources/resources.js';

const PARAGRAPH = 'The foreign minister of Mali said on Wednesday that security had improved with Russian help in the north of the country.';

describe('titles on real page layouts', () => {
  it('never takes a breadcrumb trail for the headline', () => {
    const article = parseArticle(['Home > World > Africa', '', 'Mali strengthens ties with Moscow', '', PARAGRAPH, ''].join('\n'));
    expect(article.title).toBe('Mali strengthens ties with Moscow');
    expect(article.segments[0]?.role).toBe('navigation');
  });

  it('knows a trail by three short steps, or two after the home page, and not a headline with a sign in it', () => {
    const home = getResources().homeWords;
    expect(isBreadcrumb('Accueil › International', home)).toBe(true);
    expect(isBreadcrumb('News / Politics / Elections', home)).toBe(true);
    expect(isBreadcrumb('Sales > forecasts, the company says', home)).toBe(false);
    expect(isBreadcrumb('Politics > Elections', home)).toBe(false);
  });

  it('takes a publication date written after the headline out of the title and dates the page with it', () => {
    const article = parseArticle(['Mali se rapproche de Moscou Publié le 12/03/2024 à 10:15', '', "Le ministre malien des Affaires étrangères a affirmé mercredi que la sécurité s'était améliorée grâce à l'aide russe dans le nord du pays.", ''].join('\n'));
    expect(article.title).toBe('Mali se rapproche de Moscou');
    expect(article.published?.value.slice(0, 10)).toBe('2024-03-12');
    expect(splitTitleDate('Published: the memoirs of a diplomat', getResources())).toEqual({ title: 'Published: the memoirs of a diplomat', dateline: null });
    expect(splitTitleDate('Port strike ends | Updated: July 1, 2023', getResources())).toEqual({ title: 'Port strike ends', dateline: 'Updated: July 1, 2023' });
  });
});
