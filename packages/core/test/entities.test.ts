import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ARTICLE_ROLES, loadEntityRegistry, parseArticle } from '../src/index.js';
import { compileEntityMatcher, loadCoreData } from '../src/internals.js';
import { parseFixture, parseSeed, SEEDS_DIR } from './helpers.js';
import { formsOfWord, lookupForms, stemsOf, wordFormRules } from '../src/entities/word-forms.js';
import { foldForMatching } from '../src/speed/fold-fast.js';

const data = loadCoreData();
const matcher = (language: string) => compileEntityMatcher(data.entities, data.media, data.inflection, language);
const ids = (language: string, text: string) => matcher(language).find(text).map((m) => [m.surface, m.entity.id]);

describe('the entity matcher', () => {
  it('reads Polish case endings from general rules, not lists of forms', () => {
    expect(ids('pl', 'Ławrow, Ławrowa, Ławrowem, Ławrowowi; Moskwa, Moskwy, Moskwie; Diop, Diopa, Diopem.').map(([, id]) => id)).toEqual([
      'sergei-lavrov', 'sergei-lavrov', 'sergei-lavrov', 'sergei-lavrov', 'moscow', 'moscow', 'moscow', 'abdoulaye-diop', 'abdoulaye-diop', 'abdoulaye-diop',
    ]);
  });

  it('reads Russian and Ukrainian cases', () => {
    expect(ids('ru', 'Лавров, Лаврова, Лаврову, Лавровым; в Москве, из Кремля').map(([, id]) => id)).toEqual([
      'sergei-lavrov', 'sergei-lavrov', 'sergei-lavrov', 'sergei-lavrov', 'moscow', 'kremlin',
    ]);
    expect(ids('uk', 'Путіна і Росії')).toEqual([['Путіна', 'vladimir-putin'], ['Росії', 'russia']]);
  });

  it('strips Arabic proclitics and the article contraction', () => {
    expect(ids('ar', 'ولافروف بلافروف للافروف للكرملين والكرملين فالكرملين')).toEqual([
      ['ولافروف', 'sergei-lavrov'], ['بلافروف', 'sergei-lavrov'], ['للافروف', 'sergei-lavrov'],
      ['للكرملين', 'kremlin'], ['والكرملين', 'kremlin'], ['فالكرملين', 'kremlin'],
    ]);
  });

  it('matches Vietnamese with and without diacritics, and the longest alias', () => {
    expect(ids('vi', 'Hội đồng Bảo an Liên Hiệp Quốc và Lien Hiep Quoc')).toEqual([['Hội đồng Bảo an Liên Hiệp Quốc', 'un-security-council'], ['Lien Hiep Quoc', 'united-nations']]);
  });

  it('matches short aliases only as whole words in their case', () => {
    expect(ids('en', 'The UN and AES met; un bon moment; Run, aes, RT reported.')).toEqual([['UN', 'united-nations'], ['AES', 'alliance-of-sahel-states'], ['RT', 'rt']]);
  });

  it('needs a capital where the alias has one (mali = small in Polish)', () => {
    expect(ids('en', 'mali żołnierze and Mali')).toEqual([['Mali', 'mali']]);
  });

  it('matches Chinese names inside runs of Han characters', () => {
    expect(ids('zh', '普京在莫斯科会见马里领导人')).toEqual([['普京', 'vladimir-putin'], ['莫斯科', 'moscow'], ['马里', 'mali']]);
  });

  it('matches Han and Latin names in one line, in order, whichever words come first', () => {
    const m = matcher('en');
    // The same words in two orders, so that the cache meets a Han word first in one and last in the other.
    expect(m.find('Putin met Diop in Moscow; 普京在莫斯科').map((x) => [x.surface, x.entity.id, x.start])).toEqual([
      ['Putin', 'vladimir-putin', 0], ['Diop', 'abdoulaye-diop', 10], ['Moscow', 'moscow', 18], ['普京', 'vladimir-putin', 26], ['莫斯科', 'moscow', 29],
    ]);
    expect(m.find('普京在莫斯科; Putin in Moscow').map((x) => [x.surface, x.entity.id])).toEqual([
      ['普京', 'vladimir-putin'], ['莫斯科', 'moscow'], ['Putin', 'vladimir-putin'], ['Moscow', 'moscow'],
    ]);
  });
});

describe('ambiguous names need context', () => {
  it('does not read Arabic مالي ("financial") as Mali without Malian context', () => {
    const article = parseFixture('articles/ar-financial-not-mali.txt');
    expect(article.mentions.map((m) => m.entityId)).toEqual(['egypt']);
  });

  it('reads مالي and الساحل as Mali and the Sahel when the article names Malian actors', () => {
    const article = parseFixture('articles/ar-cliticised-names.txt');
    const body = article.mentions.filter((m) => ARTICLE_ROLES.includes(m.role));
    expect(body.filter((m) => m.entityId === 'mali').map((m) => m.surface)).toEqual(['مالي', 'لمالي']);
    expect(body.find((m) => m.entityId === 'sahel')?.surface).toBe('الساحل');
    expect(body.map((m) => m.surface)).not.toContain('المالي');
  });

  it('does not read Polish "Mali żołnierze" (small soldiers) as Mali', () => {
    const mentions = parseFixture('articles/pl-mali-small.txt').mentions;
    expect(mentions.filter((m) => m.entityId !== null)).toEqual([]);
    expect(mentions.map((m) => [m.surface, m.type, m.key])).toEqual([['Krakowie', 'place', 'pl:krak']]);
  });
});

describe('test texts with inflected and cliticised names', () => {
  it('Polish: every form of Lavrov, Diop and Moscow', () => {
    const article = parseFixture('articles/pl-inflected-names.txt');
    const forms = (id: string) => article.mentions.filter((m) => m.entityId === id).map((m) => m.surface);
    expect(forms('sergei-lavrov')).toEqual(['Ławrow', 'Siergiej Ławrow', 'Ławrowem', 'Ławrow', 'Ławrowowi']);
    expect(forms('abdoulaye-diop')).toEqual(['Diopem', 'Abdoulaye Diopa', 'Diopowi', 'Diopa']);
    expect(forms('moscow')).toEqual(['Moskwie', 'Moskwą']);
    expect(forms('alliance-of-sahel-states')).toEqual(['Sojuszu Państw Sahelu']);
  });

  it('Arabic: clitics on Putin, Lavrov and the Kremlin', () => {
    const article = parseFixture('articles/ar-cliticised-names.txt');
    const forms = (id: string) => article.mentions.filter((m) => m.entityId === id).map((m) => m.surface);
    expect(forms('vladimir-putin')).toEqual(['بوتين', 'فلاديمير بوتين', 'بوتين', 'ولبوتين']);
    expect(forms('sergei-lavrov')).toEqual(['لافروف', 'بلافروف']);
    expect(forms('kremlin')).toEqual(['الكرملين', 'الكرملين', 'للكرملين']);
    expect(forms('tass')).toEqual(['تاس']);
  });

  it('English, French and Russian test articles', () => {
    const english = parseFixture('articles/en-france24-source-url.txt');
    expect(english.mentions.filter((m) => m.entityId === 'mali' && ARTICLE_ROLES.includes(m.role)).map((m) => m.surface)).toEqual(['Mali', "Mali's"]);
    expect(english.mentions.filter((m) => m.entityId === 'mali').at(-1)?.role).toBe('related');
    const french = parseFixture('articles/fr-no-outlet.txt');
    // An acronym after an elided article is matched as written (`l'ONU`).
    expect(french.mentions.filter((m) => ARTICLE_ROLES.includes(m.role)).map((m) => m.surface)).toEqual(['Mali', 'Minusma', 'Abdoulaye Diop', 'Moscou', 'Russie', 'TASS', 'Bamako', "l'ONU"]);
    expect(french.mentions.find((m) => m.surface === "l'ONU")?.entityId).toBe('united-nations');
    const russian = parseFixture('articles/ru-machine-translation.txt');
    expect(russian.mentions.filter((m) => m.entityId === 'sergei-lavrov').map((m) => m.surface)).toEqual(['Лавров', 'Сергей Лавров', 'Сергей Лавров', 'Лавров']);
  });
});

describe('user entity files', () => {
  const dir = mkdtempSync(join(tmpdir(), 'polynews-entities-'));

  it('adds entities and aliases from a file', () => {
    const path = join(dir, 'extra.json');
    writeFileSync(path, JSON.stringify({ entities: [{ id: 'tuareg-rebels', name: 'Tuareg rebels', type: 'org', aliases: { pl: ['Tuaregowie'], ar: ['جماعات الطوارق'] } }, { id: 'mali', name: 'Mali', type: 'place', aliases: { pl: ['Malijczycy'] } }] }));
    const entities = loadEntityRegistry(path);
    expect(entities.entities.find((e) => e.id === 'mali')?.aliases['pl']).toEqual(['Malijczycy']);
    const polish = parseSeed('002_1304d1d541c6c9d0.txt');
    const withExtra = parseArticle(polish.text, { file: '002', entities });
    expect(polish.mentions.some((m) => m.entityId === 'tuareg-rebels')).toBe(false);
    expect(withExtra.mentions.find((m) => m.entityId === 'tuareg-rebels')?.surface).toBe('Tuaregów');
    const arabic = parseArticle(parseSeed('003_5454df684d767278.txt').text, { file: '003', entities });
    expect(arabic.mentions.find((m) => m.entityId === 'tuareg-rebels')?.surface).toBe('جماعات الطوارق');
  });

  it('names the file and the problem when the file is invalid', () => {
    const path = join(dir, 'bad.json');
    writeFileSync(path, JSON.stringify({ entities: [{ id: 'Bad Id', name: 'X', type: 'country', aliases: {} }] }));
    expect(() => loadEntityRegistry(path)).toThrow(new RegExp(`${path.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}: invalid data file: entities\\.0\\.id: expected a lower-case id`));
    expect(() => loadEntityRegistry(path)).toThrow(/entities\.0\.type/);
    const clash = join(dir, 'clash.json');
    writeFileSync(clash, JSON.stringify({ entities: [{ id: 'mali', name: 'Mali', type: 'person', aliases: { en: ['Mali'] } }] }));
    expect(() => loadEntityRegistry(clash)).toThrow(`${clash}: entity "mali" is a person here but a place in the registry`);
  });
});

describe('word forms', () => {
  it('builds one rules object per language, shared by every caller, and reads word forms through it', () => {
    const { inflection } = loadCoreData();
    const polish = wordFormRules(inflection, 'pl');
    expect(wordFormRules(inflection, 'pl')).toBe(polish);
    expect(wordFormRules(inflection, 'vi')).not.toBe(polish);
    const forms = formsOfWord('Ławrowowi', polish);
    expect(forms).toEqual(lookupForms('lawrowowi', polish));
    expect(forms).toContain('lawrow');
    expect(formsOfWord('Ławrowowi', polish)).toBe(forms);
  });

  it("gives a vocabulary the matcher's forms of a word: its fold and stems, and the same without a proclitic", () => {
    const data = loadCoreData();
    const polish = compileEntityMatcher(data.entities, data.media, data.inflection, 'pl');
    expect(polish.formsOf('Ławrowem')).toEqual(['lawrowem', 'lawrow']);
    expect(polish.formsOf('Ławrowem', 'lawrowem')).toEqual(['lawrowem', 'lawrow']);
    expect(polish.candidatesOf('Ławrowem', undefined, polish.formsOf('Ławrowem')).map((alias) => alias.entity.id)).toContain('sergei-lavrov');
    const arabic = compileEntityMatcher(data.entities, data.media, data.inflection, 'ar');
    expect(arabic.formsOf('ولافروف')).toContain('لافروف');
    expect(arabic.find('وقال لافروف').map((match) => match.entity.id)).toEqual(['sergei-lavrov']);
  });

  it('finds the same stems as trying every case ending, for every word of the seeds in every language with rules', () => {
    const { inflection } = loadCoreData();
    const words = new Set(readdirSync(SEEDS_DIR).flatMap((name) => readFileSync(join(SEEDS_DIR, name), 'utf8').match(/[\p{L}\p{M}]+/gu) ?? []).map(foldForMatching));
    for (const word of ['lawrowowi', 'moskwie', 'лаврову', 'путіна', 'putinem', 'x', '']) words.add(word);
    for (const language of Object.keys(inflection.languages)) {
      const rules = wordFormRules(inflection, language);
      const everyEnding = (folded: string) => rules.suffixes.filter((suffix) => folded.length - suffix.length >= rules.minStem && folded.endsWith(suffix)).map((suffix) => folded.slice(0, -suffix.length));
      for (const word of words) expect(stemsOf(word, rules)).toEqual(everyEnding(word));
    }
    expect(stemsOf('lawrowowi', wordFormRules(inflection, 'pl'))).toEqual(['lawrow', 'lawrowow']);
  });
});
