import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/index.js';
import { nameMatchesDomain, siteNameOfHomeLine, titleSuffix, withoutSiteName } from '../src/text/site-name.js';

const home = new Set(['home', 'trang chu', 'accueil']);
const body = 'The river rose two metres overnight, the mayor said on Monday, and residents were asked to stay home.\n\nEmergency crews worked through the night to pump water from the cellars of the old town.';
const url = 'https://www.harbour-gazette.example/2026/03/04/flood';

describe('site names in lines', () => {
  it('reads the name beside a home word on either side, in any language with home words', () => {
    expect(siteNameOfHomeLine('The Harbour Gazette | Home', home)).toBe('The Harbour Gazette');
    expect(siteNameOfHomeLine('Trang chủ - Báo Sông Hồng', home)).toBe('Báo Sông Hồng');
    expect(siteNameOfHomeLine('Home | Menu | Search', home)).toBeNull();
    expect(siteNameOfHomeLine('Home', home)).toBeNull();
    expect(siteNameOfHomeLine('The mayor said the flood was the worst in forty years and closed the bridges | Home', home)).toBeNull();
  });

  it('takes the last part of a headline after a separator as a candidate name', () => {
    expect(titleSuffix('Floods reach the old town | The Harbour Gazette')).toBe('The Harbour Gazette');
    expect(titleSuffix('Floods reach the old town – Báo Sông Hồng')).toBe('Báo Sông Hồng');
    expect(titleSuffix('Floods reach the old town')).toBeNull();
  });

  it('matches a name with the domain that spells it, its letters or its initials', () => {
    expect(nameMatchesDomain('Thanh Niên', 'thanhnien.vn')).toBe(true);
    expect(nameMatchesDomain('The Harbour Gazette', 'harbour-gazette.example')).toBe(true);
    expect(nameMatchesDomain('Voice of America', 'voanews.com')).toBe(true);
    expect(nameMatchesDomain('Reuters', 'harbour-gazette.example')).toBe(false);
    expect(nameMatchesDomain('AFP', 'harbour-gazette.example')).toBe(false);
  });

  it('drops the outlet\'s name after the headline, and only the outlet\'s', () => {
    expect(withoutSiteName('Floods reach the old town | The Harbour Gazette', 'The Harbour Gazette')).toBe('Floods reach the old town');
    expect(withoutSiteName('Floods reach the old town - VnExpress', 'VnExpress', 'vnexpress.net')).toBe('Floods reach the old town');
    expect(withoutSiteName('Lavrov meets Diop - a new chapter', 'The Harbour Gazette')).toBe('Lavrov meets Diop - a new chapter');
  });
});

describe('an outlet a page names itself', () => {
  it('from a site-name line, without a URL, and the line is navigation, not the headline', () => {
    const article = parseArticle(`The Harbour Gazette | Home\n\nFlood waters reach the old town\n\n${body}`);
    expect(article.outlet).toMatchObject({ key: 'name:the harbour gazette', name: 'The Harbour Gazette', source: 'text' });
    expect(article.title).toBe('Flood waters reach the old town');
  });

  it('from a registry outlet\'s site-name line in French', () => {
    const article = parseArticle(`Le Monde | Accueil\n\nLa crue atteint la vieille ville\n\nLe fleuve est monté de deux mètres dans la nuit, a déclaré le maire lundi.\n\nLes pompiers ont travaillé toute la nuit dans les caves du centre.`);
    expect(article.outlet).toMatchObject({ key: 'le-monde', id: 'le-monde', source: 'text' });
  });

  it('from the name after the headline that the page\'s domain spells, keyed by the domain', () => {
    const article = parseArticle(`Flood waters reach the old town | The Harbour Gazette\n\n${body}`, { metadata: { url } });
    expect(article.outlet).toMatchObject({ key: 'domain:harbour-gazette.example', name: 'The Harbour Gazette', domain: 'harbour-gazette.example', source: 'text' });
    expect(article.title).toBe('Flood waters reach the old town');
  });

  it('not from a source line naming where the story came from, but from one naming the site itself', () => {
    const wire = parseArticle(`Flood waters reach the old town\n\n${body}\n\nSource: AFP`, { metadata: { url } });
    expect(wire.outlet).toMatchObject({ key: 'domain:harbour-gazette.example', name: 'harbour-gazette.example', source: 'url' });
    const own = parseArticle(`Flood waters reach the old town\n\n${body}\n\nSource: Harbour Gazette`, { metadata: { url } });
    expect(own.outlet).toMatchObject({ key: 'domain:harbour-gazette.example', name: 'Harbour Gazette', source: 'source-line' });
  });

  it('from a copyright line naming a registry outlet by its alias', () => {
    const article = parseArticle(`Flood waters reach the old town\n\n${body}\n\n© 2026 Frankfurter Allgemeine Zeitung. Alle Rechte vorbehalten.`);
    expect(article.outlet).toMatchObject({ key: 'faz', name: 'Frankfurter Allgemeine Zeitung', source: 'text' });
  });

  it('from copyright lines as sites in many languages write them, but not from a photo credit', () => {
    const outletOf = (line: string) => parseArticle(`Flood waters reach the old town\n\n${body}\n\n${line}`).outlet?.name ?? null;
    expect(outletOf('Copyright © 2024 南岭日报 版权所有')).toBe('南岭日报');
    expect(outletOf('版权所有 © 南岭日报')).toBe('南岭日报');
    expect(outletOf('Copyright ⓒ 한빛일보 All rights reserved')).toBe('한빛일보');
    expect(outletOf('Copyright © 연합뉴스TV. 무단 전재 및 재배포 금지')).toBe('연합뉴스TV');
    expect(outletOf('© 2024 Gazzetta di Valle - Riproduzione riservata')).toBe('Gazzetta di Valle');
    expect(outletOf('© Sputnik / Ivan Petrov')).toBeNull();
  });

  it('with a URL of its own, not from a URL in the text or a source line that points to another site', () => {
    const copied = parseArticle(`Flood waters reach the old town\n\n${body}\n\nSource: https://www.rt.com/news/123456-flood-old-town/`, { metadata: { url } });
    expect(copied.outlet).toMatchObject({ key: 'domain:harbour-gazette.example', source: 'url' });
    const signed = parseArticle(`Flood waters reach the old town\n\n${body}\n\nالمصدر: الميادين نت`, { metadata: { url } });
    expect(signed.outlet).toMatchObject({ key: 'domain:harbour-gazette.example', source: 'url' });
    expect(parseArticle(`Flood waters reach the old town\n\n${body}\n\nالمصدر: الميادين نت`).outlet).toMatchObject({ key: 'al-mayadeen', source: 'source-line' });
  });
});
