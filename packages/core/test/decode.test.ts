import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { ArticleParseError } from '../src/errors.js';
import { decodeBytes } from '../src/pipeline/decode.js';

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
});
