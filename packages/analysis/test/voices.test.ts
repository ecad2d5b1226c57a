import { describe, expect, it } from 'vitest';
import { corpusTables, NO_SPEAKER, quoteAttribution, voices } from '../src/index.js';
import { inlineCorpus } from './inline-corpus.js';
import { seedArticles } from './seeds.js';

describe('voices and quoteAttribution', () => {
  const tables = corpusTables(inlineCorpus());

  it('counts who is quoted per language, quotes without a speaker as one row, scare quotes left out', () => {
    expect(voices(tables).objects()).toEqual([
      { language: 'en', speaker: NO_SPEAKER, speakerId: null, attribution: 'none', quotes: 1, share: 1 / 3 },
      { language: 'en', speaker: 'Sergei Lavrov', speakerId: 'sergei-lavrov', attribution: 'linked', quotes: 1, share: 1 / 3 },
      { language: 'en', speaker: 'a Malian diplomat', speakerId: null, attribution: 'described', quotes: 1, share: 1 / 3 },
      { language: 'fr', speaker: 'Sergei Lavrov', speakerId: 'sergei-lavrov', attribution: 'linked', quotes: 2, share: 1 },
    ]);
    expect(voices(tables, { by: 'outlet', includeScare: true }).select('outlet', 'speaker', 'quotes').objects()[0]).toEqual({ outlet: 'Outlet A', speaker: NO_SPEAKER, quotes: 2 });
  });

  it('reports the share of quotes with no speaker', () => {
    expect(quoteAttribution(tables).objects()).toEqual([
      { language: 'en', quotes: 3, linked: 1, unlinked: 0, described: 1, noSpeaker: 1, noSpeakerShare: 1 / 3 },
      { language: 'fr', quotes: 2, linked: 2, unlinked: 0, described: 0, noSpeaker: 0, noSpeakerShare: 0 },
    ]);
    expect(quoteAttribution(tables, { by: [], includeScare: true }).objects()).toEqual([{ quotes: 6, linked: 3, unlinked: 0, described: 1, noSpeaker: 2, noSpeakerShare: 2 / 6 }]);
  });

  it('matches the speakers of the seed quotes', async () => {
    const articles = await seedArticles();
    const tables = corpusTables(articles);
    const full = articles.flatMap((article) => article.quotes.filter((quote) => !quote.scare));
    const all = quoteAttribution(tables, { by: [] }).objects()[0] as { quotes: number; linked: number; noSpeaker: number };
    expect(all.quotes).toBe(full.length);
    expect(all.linked).toBe(full.filter((quote) => quote.speaker?.entityId).length);
    expect(all.noSpeaker).toBe(full.filter((quote) => quote.speaker === null).length);
    const rows = voices(tables, { by: 'language' }).objects() as { language: string; speaker: string; quotes: number }[];
    const lavrov = Object.fromEntries(rows.filter((row) => row.speaker === 'Sergei Lavrov').map((row) => [row.language, row.quotes]));
    // "Nhà ngoại giao Nga" (the Russian diplomat) is resolved to Lavrov, "malijski dyplomata" to Diop.
    expect(lavrov['vi']).toBe(4);
    expect(rows).toContainEqual(expect.objectContaining({ language: 'pl', speaker: 'Abdoulaye Diop', attribution: 'linked', quotes: 2 }));
    expect(rows.filter((row) => row.speaker === 'malijski dyplomata')).toEqual([]);
    expect(rows).toContainEqual(expect.objectContaining({ language: 'ar', speaker: 'Assimi Goïta', attribution: 'linked' }));
    for (const language of ['vi', 'pl', 'ar']) {
      const shares = rows.filter((row) => row.language === language).reduce((sum, row) => sum + (row as unknown as { share: number }).share, 0);
      expect(shares).toBeCloseTo(1, 10);
    }
  });
});
