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

describe('datelines before the language is known', () => {
  it('tells a dateline by any language’s month names, then reads it in the page’s language', () => {
    const page = ['Dijkversterking gaat in mei van start', '', 'Gepubliceerd op 4 maart 2024, 14:05', '', 'Het waterschap begint in mei met de versterking van de zeedijk bij het vissersdorp, maakte het waterschap maandag bekend tijdens een bijeenkomst.', ''].join('\n');
    const article = parseArticle(page);
    expect(article.language).toBe('nl');
    expect(article.published?.value).toBe('2024-03-04T14:05:00');
  });

  it('reads a numeric dateline whose dots stand apart (`5. 2. 2024 10:15`)', () => {
    const page = ['Obec postaví novou školní jídelnu', '', 'Aktualizováno: 5. 2. 2024 10:15', '', 'Zastupitelstvo v pondělí schválilo stavbu nové školní jídelny pro základní školu, práce mají začít v létě a skončit do konce roku.', ''].join('\n');
    expect(parseArticle(page).published?.value).toBe('2024-02-05T10:15:00');
  });

  it('reads a Hindi month written without its nukta (फरवरी)', () => {
    const page = ['गांवों में नया बिजली उपकेंद्र शुरू', '', 'प्रकाशित: 8 फरवरी 2024, 11:20', '', 'जिले के बारह गांवों को अब लगातार बिजली मिलेगी क्योंकि नया उपकेंद्र बुधवार को शुरू हो गया, बिजली विभाग ने यह जानकारी दी।', ''].join('\n');
    expect(parseArticle(page).published?.value.slice(0, 10)).toBe('2024-02-08');
  });
});
