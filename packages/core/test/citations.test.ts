import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/index.js';
import { creditFormAt, isPhotoCredit } from '../src/citations/credit-forms.js';
import { loadCoreData } from '../src/data/load.js';
import { MediaRegistrySchema } from '../src/data/schemas.js';

/** A short article: a title, then the paragraphs, parsed as plain text in a language. */
function cite(language: string, ...paragraphs: string[]): [string, string][] {
  const title = { en: 'Talks on the river dam resume after a long pause', ar: 'استئناف المحادثات حول سد النهر بعد توقف طويل' }[language as 'en' | 'ar'] ?? 'Talks on the river dam resume after a long pause in the region';
  const article = parseArticle([title, ...paragraphs].join('\n\n'), { file: `${language}.txt`, metadata: { language } });
  return article.citations.map((citation) => [citation.agency, citation.role]);
}

const FILLER = 'The ministers of both countries met for six hours and agreed to meet again next month in the capital.';

describe('wire datelines', () => {
  it('reads the agency of an English, Czech, Russian and Spanish dateline', () => {
    expect(cite('en', `MOSCOW, May 17, 2024 (Reuters) - ${FILLER}`)).toEqual([['Reuters', 'dateline']]);
    expect(cite('cs', 'Praha 12. listopadu (ČTK) – Ministři obou zemí se sešli na šest hodin a dohodli se, že se znovu sejdou příští měsíc.')).toEqual([['ČTK', 'dateline']]);
    expect(cite('ru', 'МОСКВА, 17 мая — РИА Новости. Министры двух стран встречались шесть часов и договорились встретиться снова в следующем месяце.')).toEqual([['RIA Novosti', 'dateline']]);
    expect(cite('es', 'Madrid, 5 mar (EFE).- Los ministros de ambos países se reunieron durante seis horas y acordaron volver a verse el mes próximo.')).toEqual([['EFE', 'dateline']]);
  });

  it('reads a Japanese bracket dateline, and no agency in a word that holds its short name', () => {
    expect(cite('ja', '【東京共同】農林水産省は7日、コメの平均価格が過去最高を更新したと発表した。政府は備蓄米を放出する方針だ。')).toEqual([['Kyodo News', 'dateline']]);
    expect(cite('ja', '両国は7日、共同声明によると、来月に首都で再び会談することで合意した。政府は詳細を発表していない。')).toEqual([]);
  });

  it('reads a dateline between slashes and one with two agencies', () => {
    expect(cite('ru', 'МОСКВА, 17 мая. /ТАСС/. Министры двух стран встречались шесть часов и договорились встретиться снова в следующем месяце.')).toEqual([['TASS', 'dateline']]);
    expect(cite('en', `PARIS (AFP/Reuters) - ${FILLER}`)).toEqual([['AFP', 'dateline'], ['Reuters', 'dateline']]);
  });

  it('leaves an agency in the middle of a sentence to the cues', () => {
    expect(cite('en', `Reuters journalists waited outside the building for six hours while the ministers met in the capital.`)).toEqual([]);
  });
});

describe('closing credits and sign-offs', () => {
  it('reads the credit that closes a paragraph', () => {
    expect(cite('ms', 'Menteri kedua-dua negara bertemu selama enam jam dan bersetuju untuk bertemu lagi bulan depan di ibu negara. -- BERNAMA')).toEqual([['Bernama', 'source-line']]);
    expect(cite('de', 'Die Minister beider Länder trafen sich sechs Stunden lang und wollen sich im nächsten Monat wieder treffen. (AFP/jW)')).toEqual([['AFP', 'source-line']]);
    expect(cite('ru', 'Министры двух стран встречались шесть часов и договорились встретиться снова в следующем месяце. – РИА Новости')).toEqual([['RIA Novosti', 'source-line']]);
  });

  it('tells a sign-off group apart from running brackets', () => {
    expect(creditFormAt('Die Minister trafen sich. (dpa/AFP/jW)', 27, 30, false)).toEqual({ role: 'source-line', start: 26, end: 38 });
    expect(creditFormAt('The deal (backed by AFP reporting and local sources) was signed.', 20, 23, false)).toBeNull();
  });
});

describe('photo credits', () => {
  it('reads agency/photographer credits and credit labels inside a line', () => {
    expect(isPhotoCredit('REUTERS/Maxim Shemetov', 0, 7)).toBe(true);
    expect(isPhotoCredit('Foto: Jan Woitas/dpa', 17, 20)).toBe(true);
    expect(isPhotoCredit('dpa/Reuters', 0, 3, (name) => name === 'Reuters')).toBe(false);
    expect(cite('de', `Die Minister beider Länder trafen sich sechs Stunden lang und wollen sich im nächsten Monat wieder treffen. Bild: dpa`)).toEqual([['dpa', 'credit']]);
  });
});

describe('attribution cues before and after the name, and reporting verbs', () => {
  it('reads a cue a few words before the name', () => {
    expect(cite('en', 'The dam will be finished next year, according to a report by Xinhua published on Monday evening.')).toEqual([['Xinhua', 'attribution']]);
    expect(cite('fr', 'Les deux ministres se sont rencontrés, selon des informations relayées par Le Monde et confirmées lundi soir.')).toEqual([['Le Monde', 'outlet-source']]);
  });

  it('reads cues written onto the name and cues after it', () => {
    expect(cite('zh', '据新华社报道，两国部长周一在首都举行了长达六个小时的会谈，并同意下个月再次会面。')).toEqual([['Xinhua', 'attribution']]);
    expect(cite('ja', '共同通信によると、両国の外相は月曜日に首都で六時間にわたって会談し、来月に再び会うことで合意した。')).toEqual([['Kyodo News', 'attribution']]);
    expect(cite('ko', '연합뉴스에 따르면 양국 장관은 월요일 수도에서 여섯 시간 동안 회담하고 다음 달 다시 만나기로 합의했다.')).toEqual([['Yonhap', 'attribution']]);
    expect(cite('tr', "Anadolu Ajansı'nın haberine göre iki ülkenin bakanları pazartesi günü başkentte altı saat görüştü ve gelecek ay yeniden bir araya gelme kararı aldı.")).toEqual([['Anadolu Agency', 'attribution']]);
  });

  it('reads a reporting verb beside the name', () => {
    expect(cite('en', 'Reuters reported on Monday that the ministers of both countries had met for six hours in the capital.')).toEqual([['Reuters', 'attribution']]);
    expect(cite('ar', 'وذكرت وكالة الأنباء القطرية أن وزيري البلدين اجتمعا ست ساعات في العاصمة واتفقا على اللقاء مجددا الشهر المقبل.')).toEqual([['QNA', 'attribution']]);
  });
});

describe('aliases that are also words', () => {
  it('cites Al Jazeera only where the text cites a source, never the island', () => {
    const island = parseArticle('عودة الصيادين إلى الجزيرة بعد العاصفة\n\nعاد الصيادون إلى الجزيرة صباح الاثنين بعد أن هدأت العاصفة التي ضربت الساحل طوال ثلاثة أيام متتالية.', { file: 'ar.txt', metadata: { language: 'ar' } });
    expect(island.citations).toEqual([]);
    expect(island.mentions.filter((mention) => mention.entityId === 'al-jazeera')).toEqual([]);
    expect(cite('ar', 'وبحسب الجزيرة فإن وزيري البلدين اجتمعا ست ساعات في العاصمة واتفقا على اللقاء مجددا الشهر المقبل.')).toEqual([['Al Jazeera', 'outlet-source']]);
  });

  it('reads a name the registry capitalises only when the text does (Indonesian antara, "between")', () => {
    expect(cite('id', 'Perundingan antara kedua menteri berlangsung enam jam menurut antara lain pejabat kementerian di ibu kota.')).toEqual([]);
    expect(cite('id', 'Kedua menteri bertemu selama enam jam di ibu kota dan sepakat bertemu lagi bulan depan, menurut Antara.')).toEqual([['Antara', 'attribution']]);
  });

  it('holds the cited-only aliases to the aliases they belong to', () => {
    const registry = loadCoreData().media;
    expect(registry.media.filter((medium) => medium.roles.includes('wire-agency')).length).toBeGreaterThanOrEqual(80);
    const bad = { media: [{ id: 'x', name: 'X', roles: ['outlet'], domains: [], country: null, languages: [], ownership: 'unknown', aliases: ['X'], citedOnly: ['Y'] }] };
    expect(MediaRegistrySchema.safeParse(bad).error?.issues[0]?.message).toBe('Y is not an alias of x');
  });
});

describe("the page's own outlet", () => {
  it('is no citation of itself, while another outlet is', () => {
    const text = 'Talks on the river dam resume after a long pause\n\nThe ministers met for six hours, the BBC reported on Monday, and agreed to meet again next month.';
    const own = parseArticle(text, { file: 'bbc.txt', metadata: { url: 'https://www.bbc.co.uk/news/world-1' } });
    expect(own.outlet?.id).toBe('bbc');
    expect(own.citations).toEqual([]);
    const other = parseArticle(text, { file: 'rfi.txt', metadata: { url: 'https://www.rfi.fr/en/africa/1' } });
    expect(other.citations.map((citation) => [citation.agency, citation.role])).toEqual([['BBC', 'outlet-source']]);
  });
});
