import { describe, expect, it } from 'vitest';
import { ARTICLE_ROLES, parseArticle, type Article } from '../src/index.js';
import { mentionKeysFor } from '../src/per-language.js';

/** Parses a page of a given language: a title line, then the text. */
function page(language: string, text: string): Article {
  return parseArticle(`Headline\n\n${text}\n`, { metadata: { language } });
}

/** The unlinked names of the article text as [surface, type]. */
function unlinked(article: Article): [string, string][] {
  return article.mentions.filter((m) => m.entityId === null && ARTICLE_ROLES.includes(m.role)).map((m) => [m.surface, m.type]);
}

describe('names no registry holds, in scripts with case', () => {
  it('finds runs of capitalised words, typed by titles, heading words and prepositions', () => {
    const article = page('en', 'Mayor Ann Clarke opened the new bridge in Northfield on Monday. The Harbour Trust paid for it, Clarke said.');
    expect(unlinked(article)).toEqual([
      ['Ann Clarke', 'person'],
      ['Northfield', 'place'],
      ['Harbour Trust', 'org'],
      ['Clarke', 'person'],
    ]);
    const clarke = article.mentions.filter((m) => m.name === 'Ann Clarke');
    expect(clarke.map((m) => [m.surface, m.key, m.evidence])).toEqual([
      ['Ann Clarke', 'en:ann clarke', ['capitalised', 'title']],
      ['Clarke', 'en:ann clarke', ['capitalised', 'surname']],
    ]);
    expect(clarke.map((m) => m.typeConfidence)).toEqual([0.85, 0.9]);
  });

  it('keeps a sentence-initial common word, a title alone and a portfolio out', () => {
    expect(unlinked(page('en', 'Engineers said the work would take a year. Minister of Transport Jo Reyes agreed.'))).toEqual([['Jo Reyes', 'person']]);
    const spanish = page('es', 'La ministra de Agricultura, Ana Ruiz, visitó Madrid y Valdoria.');
    expect(unlinked(spanish)).toEqual([
      ['Ana Ruiz', 'person'],
      ['Valdoria', 'place'],
    ]);
    // Madrid is a city of the gazetteer (CLDR's time-zone cities), so linked.
    expect(spanish.mentions.find((m) => m.surface === 'Madrid')?.entityId).toBe('madrid');
    expect(unlinked(page('el', 'Ο υπουργός Υγείας επισκέφθηκε το νοσοκομείο.'))).toEqual([]);
  });

  it('reads particles inside names and stop words that are also names', () => {
    expect(unlinked(page('nl', 'Volgens wethouder Jan de Vries gaat de bouw in maart van start.')).map(([name]) => name)).toEqual(['Jan de Vries']);
    expect(unlinked(page('de', '„Das war knapp“, sagte die Sprecherin des Landes, Petra Lange.'))).toEqual([['Petra Lange', 'person']]);
  });

  it('gives German nouns no name without a cue', () => {
    expect(unlinked(page('de', 'Der Gemeinderat hat den Neubau der Turnhalle in Niedersachsen beschlossen.'))).toEqual([['Niedersachsen', 'place']]);
  });

  it('shares one key across inflected forms', () => {
    const key = mentionKeysFor('pl');
    expect(key('Ławrowa')).toBe(key('Ławrowem'));
    expect(key('Krakowie')).toBe(key('Kraków'));
    const article = page('pl', 'Rozmowy w Krakowie trwały dwa dni. Burmistrz Jan Nowak przyjechał z Krakowa.');
    expect(article.mentions.filter((m) => m.type === 'place').map((m) => [m.surface, m.key])).toEqual([
      ['Krakowie', 'pl:krak'],
      ['Krakowa', 'pl:krak'],
    ]);
  });

  it('takes the place opening a dateline', () => {
    expect(unlinked(page('ms', 'PORT DICKSON, 15 Mac -- Eksport produk elektrik meningkat.'))).toEqual([['PORT DICKSON', 'place']]);
    expect(page('ms', 'KUALA LUMPUR, 15 Mac -- Eksport produk elektrik meningkat.').mentions.map((m) => [m.surface, m.entityId])).toEqual([['KUALA LUMPUR', 'kuala-lumpur']]);
    expect(unlinked(page('cs', 'Kolín 12. listopadu (ČTK) - Dopravci posílí noční spoje.')).map(([name]) => name)).toContain('Kolín');
  });
});

describe('names no registry holds, in scripts without case', () => {
  it('reads the name a title leads to, past the words that describe the title', () => {
    expect(unlinked(page('ar', 'وقال وزير الخارجية المالي سالم الحسيني إن التعاون مستمر.'))).toEqual([['سالم الحسيني', 'person']]);
    expect(unlinked(page('hi', 'कार्यकारी अभियंता सुरेश वर्मा ने कहा कि काम जल्द पूरा होगा।'))).toEqual([['सुरेश वर्मा', 'person']]);
  });

  it('reads the name before a title that follows it', () => {
    expect(unlinked(page('ko', '윤석열 대통령은 회의에서 경제 대책을 발표했다.'))).toEqual([['윤석열', 'person']]);
  });

  it('reads organisations and places by their heading words', () => {
    expect(unlinked(page('ar', 'أعلنت وزارة المياه أن المحطة ستعمل قريبا.'))).toEqual([['وزارة المياه', 'org']]);
    expect(unlinked(page('th', 'กรมอุตุนิยมวิทยาประกาศเตือนประชาชนในภาคใต้ให้ระวังฝนตกหนัก')).map(([, type]) => type)).toEqual(['org', 'place']);
    expect(unlinked(page('zh', '南岭市新建的大桥昨日通车。'))).toEqual([['南岭市', 'place']]);
  });

  it('reads transliterated names by their dot', () => {
    expect(unlinked(page('zh', '阿卜杜拉耶·迪奥普今天抵达。'))).toEqual([['阿卜杜拉耶·迪奥普', 'person']]);
    expect(unlinked(page('zh', '外长谢尔盖·伊万诺夫说，会谈很顺利。'))).toEqual([['谢尔盖·伊万诺夫', 'person']]);
  });

  it('ends a name before a subject marker or a conjunction', () => {
    expect(unlinked(page('ur', 'صوبائی وزیر ٹرانسپورٹ نے افتتاح کیا۔'))).toEqual([]);
  });
});

describe('ambiguity: a name inside a longer name', () => {
  it('reads Bank Indonesia as a bank and the Southeast Asian cup as no mention of the region', () => {
    const article = page('id', 'Bank Indonesia menaikkan suku bunga. Timnas putri lolos ke semifinal Piala Asia Tenggara.');
    expect(article.mentions.filter((m) => m.entityId !== null)).toEqual([]);
    expect(unlinked(article)).toEqual([
      ['Bank Indonesia', 'org'],
      ['Piala Asia Tenggara', 'place'],
    ]);
  });

  it('reads Mỹ inside a Vietnamese personal name, and US$, as no mention of the United States', () => {
    const article = page('vi', 'Bà Nguyễn Thị Mỹ Linh cho biết giá tăng 5 US$ mỗi tấn.');
    expect(article.mentions.filter((m) => m.entityId === 'united-states')).toEqual([]);
    expect(unlinked(article)).toEqual([['Nguyễn Thị Mỹ Linh', 'person']]);
  });

  it('reads Japanese 中国地方 as the Chūgoku region, 中国 alone as China', () => {
    const article = page('ja', '中国地方では大雨が続いた。中国の外務省は会見した。');
    expect(article.mentions.map((m) => [m.surface, m.entityId])).toEqual([
      ['中国地方', null],
      ['中国', 'china'],
      ['外務省', null],
    ]);
  });
});

describe('names at the edges of a line', () => {
  it('never fails on a line that ends in a capitalised run', () => {
    expect(unlinked(page('ms', 'Ahli ekonomi, Dr Siti Aminah Yusof berkata.\n\n-- BERNAMA'))).toEqual([['Siti Aminah Yusof', 'person']]);
    expect(unlinked(page('en', 'Ann Clarke met Tom Reyes on the pier. Reyes thanked Ann Clarke.'))).toEqual([
      ['Ann Clarke', 'person'],
      ['Tom Reyes', 'person'],
      ['Reyes', 'person'],
      ['Ann Clarke', 'person'],
    ]);
  });
});
