import { describe, expect, it } from 'vitest';
import { languageFromUrl } from '../src/language/url-language.js';
import { parsePage } from '../src/index.js';

describe('languageFromUrl', () => {
  it.each([
    ['https://ar.example.com/news/1', 'ar', 'host ar.example.com'],
    ['https://portuguese.example.com/news/1', 'pt', 'host portuguese.example.com'],
    ['https://www.example.com/fr/monde/1', 'fr', 'path /fr/'],
    ['https://www.example.com/english/world/1', 'en', 'path /english/'],
  ])('%s names %s', (url, language, evidence) => {
    expect(languageFromUrl(url)).toEqual({ language, evidence });
  });

  it('finds none in hosts and paths that name no language', () => {
    for (const url of ['https://www.example.com/news/1', 'https://m.example.com/world', 'https://www.example.com/xq/1', 'not a url', undefined]) expect(languageFromUrl(url)).toBeNull();
  });

  it('gives the page\'s language when the text is too short to detect, and yields to a sure detector', () => {
    const short = parsePage({ url: 'https://www.example.com/pl/sport/1', text: 'Wyniki\n\n1:0, 2:2, 3:1' });
    expect([short.language, short.provenance.language]).toEqual(['pl', { source: 'url', evidence: 'the page\'s URL names "pl"' }]);
    const english = parsePage({ url: 'https://www.example.com/de/news/1', text: 'Port workers end strike after pay deal\n\nDock workers ended a week-long strike on Tuesday after their union accepted a new pay offer, the port authority said.' });
    expect(english.language).toBe('en');
    expect(english.warnings).toContainEqual(expect.stringMatching(/^language: the page's URL says "de" but the text reads as "en"/));
  });
});
