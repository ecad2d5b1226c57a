import { describe, expect, it } from 'vitest';
import { parseArticle, ready } from '../src/index.js';

const swahili = 'Baraza la jiji lapitisha bajeti mpya\n\nBaraza la jiji liliamua Jumanne kukarabati jengo la shule ya msingi lililochakaa na kujenga jengo jipya kando yake. Kazi hiyo inatarajiwa kuanza mwezi ujao na kuchukua takriban miaka miwili.\n\nKwa mujibu wa mamlaka ya hali ya hewa, mvua kubwa iliyonyesha wiki iliyopita ilisababisha mafuriko katika vijiji kadhaa.';
const hausa = 'Majalisar birni ta amince da sabon kasafi\n\nMajalisar birnin ta yanke shawara ranar Talata cewa za a gyara tsohon ginin makarantar firamare tare da gina sabon gini a gefensa. Ana sa ran aikin zai fara wata mai zuwa.\n\nA cewar hukumar kula da yanayi, ruwan sama mai karfi da aka yi a makon da ya gabata ya mamaye gidaje a kauyuka da dama.';
const indonesian = 'Pelabuhan ikan baru mulai beroperasi\n\nPelabuhan ikan baru di pesisir utara mulai beroperasi pada hari Selasa, setelah dua tahun pembangunan yang tertunda karena cuaca buruk.\n\nKepala dinas kelautan setempat mengatakan nelayan kini bisa membongkar hasil tangkapan lebih cepat karena dermaga lebih panjang.';

describe('the second language detector', () => {
  it('before `await ready()`, the first detector answers alone and the warning names the call', () => {
    const article = parseArticle(swahili);
    expect(article.language).not.toBe('sw');
    expect(article.warnings).toContain('language: the second language detector was not asked: `await ready()` from @polynews/core before parseArticle (parseCorpus and the CLI do)');
    // A page without letters has no language for either detector: nothing to ask.
    expect(parseArticle('12 345\n\n2024').warnings.filter((warning) => warning.startsWith('language:'))).toEqual(['language: no language could be detected']);
  });

  it('after it, finds Swahili and Hausa, which the first detector has no model for', async () => {
    await ready();
    const sw = parseArticle(swahili);
    expect(sw.language).toBe('sw');
    expect(sw.provenance.language?.evidence).toMatch(/^detected by the second detector \(cld3\) with confidence (?:0\.9\d|1\.00)$/);
    expect(parseArticle(hausa).language).toBe('ha');
    expect(parseArticle(swahili).warnings.filter((warning) => warning.startsWith('language:'))).toEqual([]);
  });

  it('tells Indonesian from Malay by their own words, and otherwise reports them as close languages the page may settle', async () => {
    await ready();
    // setelah, bisa, karena, dinas: Malay would write selepas, boleh, kerana, jabatan.
    const told = parseArticle(indonesian);
    expect(told.language).toBe('id');
    expect(told.provenance.language?.evidence).toBe('detected, and told from its close languages by setelah, bisa, karena, dinas, with confidence 0.80');
    const malay = parseArticle('Majlis bandaraya lulus bajet baharu\n\nMajlis bandaraya memutuskan selepas mesyuarat pada hari Selasa bahawa wang itu akan digunakan untuk membaiki bangunan sekolah rendah yang lama.\n\nKerja-kerja dijangka bermula pada bulan depan dan siap dalam tempoh dua tahun.');
    expect(malay.language).toBe('ms');
    const plain = 'Harga bahan pokok naik lagi\n\nHarga beras, gula dan minyak goreng naik lagi minggu ini di banyak pasar tradisional di seluruh negara, menurut para pedagang.\n\nPara pedagang berharap harga akan turun menjelang akhir bulan.';
    const guessed = parseArticle(plain);
    expect(guessed.language).toBe('ms');
    expect(guessed.warnings).toContain('language: "ms" may be "id": close languages the detectors cannot tell apart; metadata or a URL naming one settles it');
    const settled = parseArticle(plain, { metadata: { language: 'id' } });
    expect(settled.language).toBe('id');
    expect(settled.warnings.filter((warning) => warning.startsWith('language:'))).toEqual([]);
  });
});
