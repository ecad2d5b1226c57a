import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { ArticleParseError } from '../src/errors.js';
import { loadDecodingRules } from '../src/data/load.js';
import { parseArticle } from '../src/parse-article.js';
import { decodeBytes } from '../src/decode/decode.js';

const samples = {
  ar: 'أشاد وزير خارجية مالي عبد الله ديوب، الأربعاء، بالتقدم الكبير الذي حققته بلاده في مجال الأمن بفضل الدعم الروسي.',
  pl: 'Ławrow złożył takie zobowiązanie w czwartek podczas rozmowy telefonicznej ze swoim malijskim odpowiednikiem Abdoulaye Diopem.',
  vi: 'Bộ Ngoại giao Nga ngày 30.6 đã ra tuyên bố sau khi Liên Hiệp Quốc kết thúc sứ mệnh gìn giữ hòa bình tại Mali.',
  ru: 'Министр иностранных дел России Сергей Лавров заявил в четверг, что Москва продолжит оказывать поддержку Мали в борьбе с терроризмом.',
};

/** Vietnamese as windows-1258 writes it: â ê ô ơ ư ă precomposed, the five tone marks combining. */
function toWindows1258Form(text: string): string {
  const TONES = /[\u0300\u0301\u0303\u0309\u0323]/gu;
  return text.normalize('NFD').replace(/(\p{L})(\p{M}+)/gu, (_, base: string, marks: string) => {
    const tones = marks.match(TONES)?.join('') ?? '';
    return (base + marks.replace(TONES, '')).normalize('NFC') + tones;
  });
}

function errorOf(fn: () => unknown): ArticleParseError {
  try {
    fn();
  } catch (error) {
    if (error instanceof ArticleParseError) return error;
    throw error;
  }
  throw new Error('expected an ArticleParseError');
}

describe('decodeBytes', () => {
  it('reads UTF-8 with and without a BOM', () => {
    const bytes = new TextEncoder().encode(samples.vi);
    expect(decodeBytes(bytes)).toMatchObject({ text: samples.vi, encoding: 'utf-8', warnings: [] });
    expect(decodeBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...bytes])).text).toBe(samples.vi);
  });

  it('reads UTF-16 LE and BE with a BOM', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(samples.ar, 'utf16le')]);
    const be = Buffer.from(le);
    be.swap16();
    expect(decodeBytes(le)).toMatchObject({ text: samples.ar, encoding: 'utf-16le' });
    expect(decodeBytes(be)).toMatchObject({ text: samples.ar, encoding: 'utf-16be' });
  });

  it.each([
    ['windows-1256', samples.ar],
    ['windows-1250', samples.pl],
    ['windows-1251', samples.ru],
    ['koi8-r', samples.ru],
  ])('detects and decodes %s', (encoding, text) => {
    const decoded = decodeBytes(iconv.encode(text, encoding));
    expect(decoded.text).toBe(text);
    expect(decoded.encoding).toBe(encoding);
    expect(decoded.warnings[0]).toContain(`decoded as ${encoding}`);
  });

  it('decodes windows-1258 Vietnamese (base letters precomposed, tones combining) back to NFC', () => {
    const decoded = decodeBytes(iconv.encode(toWindows1258Form(samples.vi), 'windows-1258'));
    expect(decoded.encoding).toBe('windows-1258');
    expect(decoded.text).toBe(samples.vi);
  });

  it('normalises CRLF and CR line endings and NFC', () => {
    const decoded = decodeBytes(new TextEncoder().encode('Tie\u0302u \u0111e\u0302\u0300\r\nA\rB'));
    expect(decoded.text).toBe('Tiêu đề\nA\nB');
  });

  it('names the file and the problem for empty, blank, binary and damaged input', () => {
    expect(errorOf(() => decodeBytes(new Uint8Array(), { file: 'a.txt' }))).toMatchObject({ code: 'empty', message: 'a.txt: file is empty' });
    expect(errorOf(() => decodeBytes(new TextEncoder().encode(' \n\t\n'), { file: 'b.txt' }))).toMatchObject({ code: 'empty', message: 'b.txt: file contains only white space' });
    expect(errorOf(() => decodeBytes(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]), { file: 'c.zip' })).message).toBe(
      'c.zip: binary data: NUL byte at offset 4 (a text file has none; UTF-16 needs a byte-order mark)',
    );
    const damaged = new TextEncoder().encode('\uFFFD\uFFFD\uFFFD\uFFFD ok');
    expect(errorOf(() => decodeBytes(damaged, { file: 'd.txt' })).code).toBe('mostly-replacement-characters');
    expect(errorOf(() => decodeBytes(new Uint8Array(11), { file: 'e.txt', maxBytes: 10 })).code).toBe('too-large');
  });

  it('keeps a few replacement characters with a warning', () => {
    const decoded = decodeBytes(new TextEncoder().encode(`${samples.pl} \uFFFD`));
    expect(decoded.warnings).toEqual(['1 U+FFFD replacement characters in the text']);
  });

  it('keeps a UTF-8 page with a few bad bytes as UTF-8: U+FFFD for them and a warning that counts them', () => {
    const seed = readFileSync(new URL('../../../seeds/000_7d0d01de241d3518.txt', import.meta.url));
    // A truncated character: the last byte of a three-byte Vietnamese letter is lost.
    const at = seed.indexOf(Buffer.from('ế'));
    const truncated = Buffer.concat([seed.subarray(0, at + 2), seed.subarray(at + 3)]);
    const decoded = decodeBytes(truncated);
    expect(decoded.encoding).toBe('utf-8');
    expect(decoded.text).toBe(seed.toString('utf8').replace('ế', '\uFFFD').replace(/\r\n?/g, '\n').normalize('NFC'));
    expect(decoded.warnings).toEqual([expect.stringMatching(/^not valid UTF-8 in 1 byte sequence \(of \d+ non-ASCII\): read as UTF-8 with U\+FFFD for the invalid bytes$/)]);
  });

  it('keeps an Arabic page with one stray byte as Arabic, with its names', () => {
    const seed = readFileSync(new URL('../../../seeds/004_b8090609d7bbf526.txt', import.meta.url));
    const middle = seed.indexOf(0x20, seed.length >> 1);
    const stray = Buffer.concat([seed.subarray(0, middle), Buffer.from([0xd9]), seed.subarray(middle)]);
    const article = parseArticle(stray, { file: 'stray.txt' });
    expect(article.encoding).toBe('utf-8');
    expect(article.language).toBe('ar');
    expect(article.mentions.map((mention) => mention.entityId)).toContain('sergei-lavrov');
    expect(article.warnings).toContainEqual(expect.stringMatching(/^not valid UTF-8 in 1 byte sequence/));
  });

  it('reads bytes as a legacy code page only above the invalid share of data/decoding.json, and as UTF-8 at or below it', () => {
    const { maxInvalidUtf8Share } = loadDecodingRules();
    expect(maxInvalidUtf8Share).toBeGreaterThan(0);
    // Valid non-ASCII characters, then n stray Latin-1 bytes ("é" as windows-1252 writes it), each one invalid sequence.
    const text = `${samples.pl} ${samples.pl}`;
    const page = (strays: number) => Buffer.concat([Buffer.from(text), Buffer.alloc(strays, 0xe9), Buffer.from(' koniec.')]);
    const valid = [...text].filter((char) => char > '\x7f').length;
    const limit = Math.floor(maxInvalidUtf8Share * valid / (1 - maxInvalidUtf8Share));
    // Invalid sequences over all non-ASCII ones: limit / (valid + limit) is at or below the share, limit + 1 above it.
    expect(limit / (valid + limit)).toBeLessThanOrEqual(maxInvalidUtf8Share);
    expect((limit + 1) / (valid + limit + 1)).toBeGreaterThan(maxInvalidUtf8Share);
    expect(decodeBytes(page(limit)).encoding).toBe('utf-8');
    expect(decodeBytes(page(limit + 1)).encoding).not.toBe('utf-8');
  });

  it('reads a UTF-8 page as UTF-8 even when every non-ASCII byte is bad, if it starts with a UTF-8 byte-order mark', () => {
    const decoded = decodeBytes(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Caf'), Buffer.from([0xe9]), Buffer.from(' au lait, s\'il vous plait, merci beaucoup.')]));
    expect(decoded.encoding).toBe('utf-8');
    expect(decoded.text).toBe("Caf\uFFFD au lait, s'il vous plait, merci beaucoup.");
    expect(decoded.warnings).toEqual(['not valid UTF-8 in 1 byte sequence (of 1 non-ASCII): read as UTF-8 with U+FFFD for the invalid bytes']);
  });

  it('property: UTF-8 text in any script (30 or more non-ASCII characters) with 1-3 corrupted bytes is read as UTF-8, everything else intact', () => {
    const scripts = [samples.ar, samples.pl, samples.vi, samples.ru, '拉夫罗夫周四表示，俄罗斯将继续支持马里。', 'ラブロフ外相は木曜日、ロシアはマリへの支援を続けると述べた。', '라브로프 장관은 목요일 러시아가 말리를 계속 지원할 것이라고 말했다.', 'ลาฟรอฟกล่าวว่ารัสเซียจะสนับสนุนมาลีต่อไป', 'Ο Λαβρόφ δήλωσε ότι η Ρωσία θα συνεχίσει να στηρίζει το Μάλι.', 'לברוב אמר כי רוסיה תמשיך לתמוך במאלי.', 'लावरोव ने कहा कि रूस माली का समर्थन जारी रखेगा।'];
    const corruptions = fc.array(fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }), kind: fc.constantFrom('drop', 'stray', 'flip') }), { minLength: 1, maxLength: 3 });
    fc.assert(
      fc.property(fc.constantFrom(...scripts), fc.integer({ min: 0, max: 2 }), corruptions, (sentence, extra, damage) => {
        const nonAscii = [...sentence].filter((char) => char > '\x7f').length;
        const bytes = [...Buffer.from(`${sentence}\n`.repeat(Math.ceil(30 / nonAscii) + extra))];
        for (const { at, kind } of damage) {
          const i = Math.floor(at * bytes.length);
          if (kind === 'drop') bytes.splice(i, 1);
          else if (kind === 'stray') bytes.splice(i, 0, 0xc3);
          else bytes[i] = bytes[i]! ^ 0x40;
        }
        const buffer = Buffer.from(bytes);
        if (buffer.indexOf(0) !== -1) return;
        const decoded = decodeBytes(buffer);
        expect(decoded.encoding).toBe('utf-8');
        expect(decoded.text).toBe(buffer.toString('utf8').replace(/\r\n?/g, '\n').normalize('NFC'));
      }),
      { numRuns: 400, seed: 20 },
    );
  });
});
