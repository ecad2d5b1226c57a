import { analyse } from 'chardet';
import iconv from 'iconv-lite';
import { loadDecodingRules } from '../data/load.js';
import { ArticleParseError } from '../errors.js';
import { detectLanguage } from '../detector/detect-language.js';

/** The result of decoding: normalised text and how it was obtained. */
export interface DecodedText {
  /** NFC-normalised text with `\n` line endings; every offset of an Article indexes this string. */
  text: string;
  /** The encoding the bytes were read in, e.g. `utf-8`, `utf-16le`, `windows-1256`. */
  encoding: string;
  /** Things a person may want to check (a guessed legacy encoding, replacement characters). */
  warnings: string[];
}

/** Options for {@link decodeBytes}. */
export interface DecodeOptions {
  /** The file name, used in errors. */
  file?: string | null;
  /** Largest input accepted, in bytes (default 16 MiB). */
  maxBytes?: number;
  /** The charset the source declares (an HTTP header, an HTML `<meta charset>`); a BOM still wins. */
  charset?: string;
}

/** A news page is rarely above 1 MB; a larger file is usually a dump, not one article. */
export const DEFAULT_MAX_BYTES = 16 * 1024 * 1024;

/**
 * Decodes the bytes of a scraped page: BOM, UTF-8, UTF-16, legacy code pages (detected with
 * chardet, decoded with iconv-lite), then CRLF/CR → LF and NFC normalisation. Bytes that are
 * UTF-8 apart from a few invalid sequences (at most `maxInvalidUtf8Share` of the non-ASCII ones,
 * `data/decoding.json`) are read as UTF-8 with U+FFFD for the bad bytes and a warning.
 *
 * @param bytes the raw file content
 * @param options the file name for errors and a size limit
 * @returns the text, the encoding used and warnings
 * @throws ArticleParseError with code `empty`, `binary`, `too-large`, `undecodable` (no encoding fits) or `mostly-replacement-characters`
 * @example
 * decodeBytes(new TextEncoder().encode('Tin thế giới\r\n')).text; // 'Tin thế giới\n'
 */
export function decodeBytes(bytes: Uint8Array, options: DecodeOptions = {}): DecodedText {
  const file = options.file ?? null;
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (bytes.length > maxBytes) {
    throw new ArticleParseError('too-large', file, tooLargeMessage(bytes.length, maxBytes));
  }
  const warnings: string[] = [];
  const { raw, encoding, invalid } = decodeRaw(bytes, file, warnings, options.charset);
  const text = normaliseText(raw);
  if (text.trim().length === 0) {
    throw new ArticleParseError('empty', file, bytes.length === 0 ? 'file is empty' : 'file contains only white space');
  }
  const replacements = countReplacementCharacters(text);
  if (replacements > 0) {
    const letters = text.replace(/\s/gu, '').length;
    if (replacements / letters > loadDecodingRules().maxReplacementShare) {
      throw new ArticleParseError(
        'mostly-replacement-characters',
        file,
        `${replacements} of ${letters} characters are U+FFFD replacement characters: the text was damaged before it was saved`,
      );
    }
    // Replacements the decoder made are counted in their own warning; these were in the bytes already.
    const saved = replacements - invalid;
    if (saved > 0) warnings.push(`${saved} U+FFFD replacement characters in the text`);
  }
  return { text, encoding, warnings };
}

/** CRLF and CR become LF; the text is NFC-normalised. */
function normaliseText(raw: string): string {
  return raw.replace(/\r\n?/g, '\n').normalize('NFC');
}

function countReplacementCharacters(text: string): number {
  let count = 0;
  for (let i = text.indexOf('\uFFFD'); i !== -1; i = text.indexOf('\uFFFD', i + 1)) count++;
  return count;
}

/** Decoded text, its encoding, and how many invalid byte sequences the decoder replaced by U+FFFD. */
interface RawText {
  raw: string;
  encoding: string;
  invalid: number;
}

function decodeRaw(bytes: Uint8Array, file: string | null, warnings: string[], charset?: string): RawText {
  if (bytes.length === 0) throw new ArticleParseError('empty', file, 'file is empty');
  const declared = charset?.trim().toLowerCase();
  const hasBom = (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) || (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  if (declared && !hasBom && !/^utf-?8$/u.test(declared) && iconv.encodingExists(declared)) {
    return { raw: iconv.decode(Buffer.from(bytes), declared), encoding: declared, invalid: 0 };
  }
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    // A UTF-8 byte-order mark settles the encoding: invalid bytes are damage, whatever their share.
    const read = readUtf8(bytes.subarray(3));
    if (read.invalid > 0) warnings.push(invalidUtf8Warning(read));
    return { raw: read.text, encoding: 'utf-8', invalid: read.invalid };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { raw: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le', invalid: 0 };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { raw: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be', invalid: 0 };
  }
  const nulOffset = bytes.indexOf(0);
  if (nulOffset !== -1) {
    throw new ArticleParseError('binary', file, `binary data: NUL byte at offset ${nulOffset} (a text file has none; UTF-16 needs a byte-order mark)`);
  }
  try {
    return { raw: STRICT_UTF8.decode(bytes), encoding: 'utf-8', invalid: 0 };
  } catch {
    // Not valid UTF-8: counted below, to tell damage from another encoding.
  }
  const read = readUtf8(bytes);
  // A few bad bytes in a UTF-8 page are damage, not a sign of another encoding (see data/decoding.json).
  if (read.invalid <= loadDecodingRules().maxInvalidUtf8Share * read.nonAscii) {
    warnings.push(invalidUtf8Warning(read));
    return { raw: read.text, encoding: 'utf-8', invalid: read.invalid };
  }
  return { ...decodeLegacy(bytes, file, warnings), invalid: 0 };
}

/** Bytes read as UTF-8, with the invalid sequences (each one U+FFFD in `text`) and the non-ASCII sequences (valid or not) counted. */
interface Utf8Reading {
  text: string;
  invalid: number;
  nonAscii: number;
}

/**
 * Reads bytes as UTF-8, replacing each invalid sequence by U+FFFD as the WHATWG decoder does, and
 * counts the sequences: a U+FFFD already in the bytes (EF BF BD) is a character, not an invalid one.
 */
function readUtf8(bytes: Uint8Array): Utf8Reading {
  const text = new TextDecoder('utf-8').decode(bytes);
  const encodedReplacements = countEncodedReplacements(bytes);
  let invalidAndSaved = 0;
  let nonAscii = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0x80 || (unit >= 0xdc00 && unit <= 0xdfff)) continue;
    nonAscii++;
    if (unit === 0xfffd) invalidAndSaved++;
  }
  return { text, invalid: invalidAndSaved - encodedReplacements, nonAscii };
}

function countEncodedReplacements(bytes: Uint8Array): number {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let count = 0;
  for (let i = buffer.indexOf(REPLACEMENT_BYTES); i !== -1; i = buffer.indexOf(REPLACEMENT_BYTES, i + 3)) count++;
  return count;
}

const REPLACEMENT_BYTES = Buffer.from([0xef, 0xbf, 0xbd]);
const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true });

function invalidUtf8Warning(read: Utf8Reading): string {
  const plural = read.invalid === 1 ? 'sequence' : 'sequences';
  return `not valid UTF-8 in ${read.invalid} byte ${plural} (of ${read.nonAscii} non-ASCII): read as UTF-8 with U+FFFD for the invalid bytes`;
}

/**
 * ISO-8859 code pages and the Windows code pages that extend them: byte statistics cannot tell
 * them apart reliably (ISO-8859-2 0xB9 is "š", windows-1250 0xB9 is "ą"), so both are tried.
 */
const CODE_PAGE_TWINS: Record<string, string> = {
  'iso-8859-1': 'windows-1252',
  'iso-8859-2': 'windows-1250',
  'iso-8859-5': 'windows-1251',
  'iso-8859-6': 'windows-1256',
  'iso-8859-7': 'windows-1253',
  'iso-8859-8': 'windows-1255',
  'iso-8859-9': 'windows-1254',
};

/**
 * Legacy code pages: chardet proposes candidates from byte statistics; each candidate (and its
 * ISO/Windows twin) is decoded, and the decoding that the language detector finds most natural wins.
 */
function decodeLegacy(bytes: Uint8Array, file: string | null, warnings: string[]): { raw: string; encoding: string } {
  const proposed = analyse(bytes)
    .map((match) => match.name.toLowerCase())
    .filter((name) => iconv.encodingExists(name) && !/^utf-?(8|16|32)/.test(name))
    .slice(0, 3);
  const candidates = [...new Set(proposed.flatMap((name) => [name, ...(CODE_PAGE_TWINS[name] ? [CODE_PAGE_TWINS[name]] : [])]))];
  if (candidates.length === 0) {
    throw new ArticleParseError('undecodable', file, 'not valid UTF-8 and no legacy encoding fits the bytes');
  }
  const buffer = Buffer.from(bytes);
  let best: { raw: string; encoding: string; score: number } | undefined;
  for (const [rank, encoding] of candidates.entries()) {
    const raw = iconv.decode(buffer, encoding);
    const guess = detectLanguage(raw.slice(0, 4000));
    // Earlier (more likely by byte statistics) candidates win ties.
    const score = guess.confidence - rank * 0.001;
    if (!best || score > best.score) best = { raw, encoding, score };
  }
  warnings.push(`not UTF-8: decoded as ${best!.encoding} (candidates by byte statistics, chosen by language model: ${candidates.join(', ')})`);
  return { raw: best!.raw, encoding: best!.encoding };
}

/**
 * The charset an HTML page declares in its first 1,024 bytes (`<meta charset="…">` or
 * `<meta http-equiv="Content-Type" content="text/html; charset=…">`), or undefined.
 *
 * @example
 * sniffHtmlCharset(Buffer.from('<meta charset="windows-1256">')); // 'windows-1256'
 */
export function sniffHtmlCharset(bytes: Uint8Array): string | undefined {
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1');
  return /<meta[^>]+charset\s*=\s*["']?([\w-]+)/iu.exec(head)?.[1];
}

/**
 * The message of a `too-large` error, in bytes and MB, with how to raise the limit.
 *
 * @example
 * tooLargeMessage(52_428_800, 16_777_216); // 'file is 52428800 bytes (52.4 MB), more than the limit of 16777216 bytes (16.8 MB) for one article; raise maxBytes (--max-bytes) if it really is one article'
 */
export function tooLargeMessage(size: number, maxBytes: number): string {
  const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;
  return `file is ${size} bytes (${mb(size)}), more than the limit of ${maxBytes} bytes (${mb(maxBytes)}) for one article; raise maxBytes (--max-bytes) if it really is one article`;
}
